package index

import "testing"

// A signatory told in two sentences ("signed the Charter on ...; ...
// therefore not yet a member") and in a table cell whose own semicolon
// splits it ("Signed instrument of accession on ...; domestic procedures
// not completed") is a signatory short of membership, dated by its
// signing.
func TestPendingSignatoriesAcrossSentencesAndCells(t *testing.T) {
	ix := mustOpen(t, Source{Name: "asean-2024-02-progress-report.md", Text: "# Progress Report\n\nJakarta, 2 February 2024\n\n" +
		"## 1. Regional Centre\n\n" +
		"The Mekong Seed Quality Centre (MSQC) was set up in Vientiane. Its Charter was signed on 4 April 2019 by its founding members: Lao PDR, Thailand and Viet Nam. " +
		"Cambodia signed the Charter on 6 May 2022; the signature was made by its Minister of Agriculture. Ratification by Cambodia is still pending, and Cambodia is therefore not yet a member.\n\n" +
		"## 2. Engineering Network\n\n" +
		"Table 2: Membership of the Mekong Bridge Engineering Network (MBEN)\n\n" +
		"| Country | Institute | Status |\n|---|---|---|\n" +
		"| Thailand | Bureau of Road Research | Joined 5 June 2018 |\n" +
		"| Philippines | Bureau of Research and Standards | Signed instrument of accession on 23 March 2022; domestic procedures not completed |\n"})
	rows := membershipRows(ix)
	expectMemberRows(t, rows,
		membershipRow{"Cambodia", "Mekong Seed Quality Centre (MSQC)", StatusSigned, "6 May 2022"},
		membershipRow{"Philippines", "Mekong Bridge Engineering Network (MBEN)", StatusSigned, "23 March 2022"})
}
