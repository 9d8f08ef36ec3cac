package index

import "testing"

// "where is the Tumana pumping station" is the "Location" cell of the
// table row that names it; a signer who "signed on behalf of Japan" after
// his title acts for Japan, though his office's name holds another
// country.
func TestRowSiteAndSignerOnBehalfAfterTitle(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.md", Text: "# Progress Report\n\nManila, 4 March 2024\n\n" +
		"## 1. Works\n\n" +
		"| Facility | Location | Design Capacity |\n|---|---|---|\n" +
		"| Libis Pumping Station | Barangay Libis, Quezon City | 12 m3/s |\n" +
		"| Tumana Pumping Station | Barangay Tumana, Marikina City | 18 m3/s |\n\n" +
		"## 2. Loan\n\n" +
		"On 21 March 2023, the Loan Agreement for the Cebu Cold Chain Project (CCCP) was signed in Cebu City. " +
		"Mr. Hiroshi Sato, Chief Representative of the JICA Philippines Office, signed on behalf of Japan, and Ms. Maria Santos, Undersecretary of the Department of Finance, signed on behalf of the Government of the Philippines.\n"})
	expectAnswers(t, ix, map[string]string{
		"where is the tumana pumping station":          "Barangay Tumana, Marikina City",
		"who signed the cccp loan for japan":           "Mr. Hiroshi Sato",
		"who signed the cccp loan for the philippines": "Ms. Maria Santos",
	})
}
