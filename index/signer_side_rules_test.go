package index

import "testing"

// signedDoc has a loan signed by an agency's country office and by a
// partner's official named after their title: the agency's name says
// whose side its office is on.
const signedDoc = "Meeting Report\n\n" +
	"The Japan International Cooperation Agency (JICA) reported on the Leyte Flood Warning Project (LFWP).\n\n" +
	"12. The Loan Agreement for ¥4.8 billion was signed in Manila on 3 June 2021 by Mr. Hiroshi Kaneda, Chief Representative of the JICA Philippines Office, and Secretary Ramon Dizon of the Department of Finance.\n"

// ", and Secretary Ramon Dizon of ..." opens the next person, not more of
// the first one's title; an office of JICA in the Philippines signs for
// JICA's side, not the Philippine one.
func TestSignerSideByTheAgencysName(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: signedDoc})
	expectAnswers(t, ix, map[string]string{
		"who signed the loan on the philippine side": "Secretary Ramon Dizon",
		"who is hiroshi kaneda":                      "Chief Representative of the JICA Philippines Office",
	})
}
