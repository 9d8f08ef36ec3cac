package index

import "testing"

// therePaper spends money "there", in the place the sentence before
// named last, under a project that works in two places and whose name
// says the first.
func therePaper() Source {
	return Source{Name: "there.txt", Text: paperHeader("Japan's Cooperation with ASEAN on Small Irrigation", "June 2004") + `1. Projects

  1. Vientiane Valleys Irrigation Project (VVIP), a five-year technical cooperation project launched on 1 October 2001 in Vientiane Capital and Oudomxay Province, Laos, with a Japanese contribution of up to 390 million yen.

In Laos, most of the new work is now concentrated in Oudomxay Province, where mountain valleys leave farmers few alternatives to small gravity schemes. Expenditure there under VVIP has so far reached 168 million yen.
`}
}

// "Expenditure there ... has so far reached" is what has been spent in
// Oudomxay; it is not what has been spent in Vientiane, where the project
// also works.
func TestTherePointsToThePlaceBefore(t *testing.T) {
	ix := mustOpen(t, therePaper())
	expectAnswers(t, ix, map[string]string{
		"how much has been spent in oudomxay so far": "168 million yen",
	})
	if a := ix.Answer("how much has been spent in vientiane so far"); a.Found && a.Span == "168 million yen" {
		t.Errorf("Oudomxay's spending answered for Vientiane: %s", a.Text)
	}
}
