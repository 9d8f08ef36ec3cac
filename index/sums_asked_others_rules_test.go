package index

import "testing"

// "¥210 million has been requested in the budget" is a sum asked for; "the
// 56 billion riel is money from the Cambodian government budget" names no
// channel; and "Each of the other members contributes USD 20,000", after
// what Japan gave, is not Japan's.
func TestSumsAskedForAndOthersShares(t *testing.T) {
	ix := mustOpen(t, Source{Name: "briefing.txt", Text: paperHeader("Press Briefing", "March 2016") +
		"1. Road\n\n" +
		"The Cambodian share, approximately US$34 million, will be used mainly for land acquisition, and of that amount about 56 billion riel has been budgeted for resettlement compensation. " +
		"I would like to be careful here: the 56 billion riel is money from the Cambodian government budget; it is not part of the Japanese yen loan.\n\n" +
		"2. Water Centre\n\n" +
		"Japan has contributed a total of JPY 540 million to the Mekong Water Environment Centre from FY2013 to FY2015. " +
		"For FY2016, ¥210 million has been requested in the budget, which is currently under deliberation in the Diet, so it has not been approved yet. " +
		"Each of the other members contributes USD 20,000 a year.\n\n" +
		"3. Training\n\n" +
		"For FY2017, a further ¥30 million has been asked for the training programme.\n"})
	for _, sum := range []string{"¥210 million", "¥30 million"} {
		if am := amountNamed(ix, sum); am == nil || am.Verb != "requested" {
			t.Errorf("%s: %+v, want requested", sum, am)
		}
	}
	for _, am := range ix.x.amounts {
		if am.Via != "" && am.Text == "56 billion riel" {
			t.Errorf("56 billion riel comes through %q", am.Via)
		}
	}
	expectRefused(t, ix, "how much has japan put into the mekong water environment centre in fy2016?")
	expectAnswers(t, ix, map[string]string{"how much does each of the other members contribute?": "USD 20,000"})
}
