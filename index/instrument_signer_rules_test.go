package index

import "testing"

// signersDoc names the signers of a loan agreement, each on behalf of
// his side, and those of the exchange of notes before it, by name alone.
const signersDoc = "# Remarks at the Loan Signing\n\nManila, 4 April 2025\n\n" +
	"The Government of the Philippines requested the loan in 2023, and the Exchange of Notes was signed on 12 February 2025 by Ambassador Endo and Mr. Ramon Villar, Undersecretary of Foreign Affairs.\n\n" +
	"This morning, Mr. Kato, on behalf of JICA, and Ms. Liza Santos, on behalf of the Government of the Republic of the Philippines, signed the loan agreement for the Bicol River Flood Control Project.\n"

// "Who signed the exchange of notes" is not answered from a sentence that
// names only another instrument signed, however well it names the side.
func TestSignerOfTheInstrumentAsked(t *testing.T) {
	ix := mustOpen(t, Source{Name: "remarks.md", Text: signersDoc})
	expectAnswers(t, ix, map[string]string{
		"who signed the exchange of notes for the philippine side": "Mr. Ramon Villar",
		"who signed the loan for the philippines":                  "Ms. Liza Santos",
	})
}
