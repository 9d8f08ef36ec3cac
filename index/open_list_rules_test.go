package index

import "testing"

// "Several questions remain open: the signing of the Record of
// Discussions ..." neither says the signing happened nor denies it; the
// sentence that denies it answers.
func TestOpenListSaysNeither(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: paperHeader("Logistics Training", "December 2021") +
		"1. Logistics\n\n" +
		"A second phase of the RTLSCM, covering 2022 to 2024, has been agreed in principle. The Record of Discussions for the second phase, however, has not yet been signed.\n\n" +
		"2. Outlook\n\n" +
		"Several questions remain open: the signing of the Record of Discussions for the second phase of the RTLSCM, and the terms on which Myanmar might rejoin the course.\n"})
	expectAnswers(t, ix, map[string]string{"has the phase 2 record of discussions for rtlscm been signed yet": "no"})
}
