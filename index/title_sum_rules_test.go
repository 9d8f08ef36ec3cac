package index

import "testing"

// headlineDoc's title rounds a sum, with its scale in a capital, that
// its text gives to the yen.
const headlineDoc = "# Japan Signs Three Grants Worth ¥21.4 Million for Schools in Leyte\n\n" +
	"**Embassy of Japan in the Philippines**\n\n" +
	"**TACLOBAN, 2 May 2024** — The Government of Japan today signed three grant contracts, providing a combined ¥21,400,000 for schools in Leyte.\n"

// "¥21.4 Million" is twenty-one million yen and more, not ¥21.4; the
// text's own sum answers before the headline's.
func TestHeadlineSumWithItsCapitalScale(t *testing.T) {
	ix := mustOpen(t, Source{Name: "release.md", Text: headlineDoc})
	var found bool
	for _, a := range ix.Amounts() {
		if a.Text == "¥21.4 Million" {
			found = true
			if a.Value != 21.4e6 {
				t.Errorf("¥21.4 Million read as %v", a.Value)
			}
		}
	}
	if !found {
		t.Errorf("no ¥21.4 Million in %v", ix.Amounts())
	}
	expectAnswers(t, ix, map[string]string{
		"total of the three grants in yen": "¥21,400,000",
	})
}

// A table that gives each sum in two currencies, in columns of the same
// name, answers "in pesos?" with the row's other sum.
func TestRowGivesTheSumInTheOtherCurrency(t *testing.T) {
	ix := mustOpen(t, Source{Name: "grants.md", Text: "# Grants Signed in Leyte\n\n" +
		"**Embassy of Japan in the Philippines**\n\n" +
		"| No. | Project | Amount (JPY) | Amount (PHP) |\n|---|---|---|---|\n" +
		"| 1 | Palo School Building Project (PSBP) | ¥8,100,000 | PHP 3,078,000 |\n" +
		"| 2 | Tanauan Health Unit Project (THUP) | ¥6,500,000 | PHP 2,470,000 |\n" +
		"| | **Total** | **¥14,600,000** | **PHP 5,548,000** |\n"})
	if a := ix.AnswerFollowUp("how much is the palo school grant", "in pesos?"); !a.Found || a.Span != "PHP 3,078,000" {
		t.Errorf("in pesos? after the palo school grant: %q (found %v)", a.Span, a.Found)
	}
}

// A row's status cell that speaks of a second phase does not make the
// row's sum the second phase's: the sum's cell and the row's label
// number it.
func TestOtherCellNumbersNoPhase(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: "Report of the Meeting\n\n" +
		"The Meeting reviewed the following projects:\n\n" +
		"| Project | Japanese contribution | Status |\n|---|---|---|\n" +
		"| KRTP | ¥640 million | Ongoing; second phase under consideration |\n" +
		"| SDEW | ¥210 million | Completed |\n\n" +
		"The Kobe Responder Training Programme (KRTP) trains search and rescue teams.\n"})
	expectAnswers(t, ix, map[string]string{"how much is japan putting into krtp": "¥640 million"})
	expectRefused(t, ix, "how much will japan put into phase 2 of krtp")
}

// "How much was disbursed in 2021" is not answered by a sum approved in
// 2021; what had been disbursed is.
func TestDisbursedIsNotApproved(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: "Report of the Meeting\n\n" +
		"7. The Meeting noted that in November 2021 the Management Team approved the reallocation of USD 240,000 within the Kobe Stockpile Project (KSP) budget to a new warehouse.\n\n" +
		"8. As of 30 June 2022, USD 1.9 million of the KSP budget had been disbursed.\n"})
	expectRefused(t, ix, "how much was disbursed under ksp in 2021")
	expectAnswers(t, ix, map[string]string{"how much of the ksp budget has been disbursed": "USD 1.9 million"})
}
