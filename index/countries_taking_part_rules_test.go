package index

import (
	"testing"
)

// takingPartPaper names, beside the countries a thing is in, the country
// that set it up, the country whose agency runs another and the country
// its experts come from, and a memorandum some countries have signed and
// others have not.
func takingPartPaper() Source {
	return Source{Name: "takingpart.md", Text: paperHeader("Japan's Cooperation with ASEAN on Product Safety", "July 2012") + `1. Recalls

(1) Product Recall Exchange

Since early 2010, Japan's Consumer Affairs Agency (CAA) has run a pilot Product Recall Exchange (PREX), under which agencies post recall notices. The pilot covers Malaysia, Singapore and Vietnam.

(2) Toy Safety Project

Japan launched the Toy Safety Project (TSP) on 1 June 2011 as a technical cooperation project. Mr. Kenji Ota, Chief Advisor, leads a team of four Japanese experts from the project office in Hanoi.

2. Standards

Japan and four ASEAN countries, namely Indonesia, Malaysia, Thailand and Viet Nam, signed the Memorandum on Toy Standards (MTS) on 5 May 2012. Cambodia and Laos have not yet signed the MTS.
`}
}

// The countries a thing is in are not the one that set it up, the one
// whose agency runs it, nor the one its experts come from.
func TestCountriesTakingPartLeaveOutGivers(t *testing.T) {
	ix := mustOpen(t, takingPartPaper())
	expectAnswers(t, ix, map[string]string{
		"which countries are in the prex pilot": "Malaysia, Singapore, Vietnam",
	})
	for _, q := range []string{"which countries does the tsp work in", "which countries does tsp cover"} {
		if a := ix.Answer(q); a.Found && a.Span == "Japan" {
			t.Errorf("%q answered %q (%s)", q, a.Span, a.Text)
		}
	}
	// Asked who set it up, the one who did is the answer.
	if a := ix.Answer("which country launched the tsp"); !a.Found || a.Span != "Japan" {
		t.Errorf("who launched it: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}

// "Which countries haven't signed" is answered by the sentence that
// denies the signing, not by the list of those who signed; and a denial's
// subjects are who did not do it, the first of them too.
func TestCountriesThatHaveNotDoneIt(t *testing.T) {
	ix := mustOpen(t, takingPartPaper())
	expectAnswers(t, ix, map[string]string{
		"which countries havent signed the mts yet": "Cambodia, Laos",
		"which countries signed the mts":            "Indonesia, Malaysia, Thailand, Vietnam",
	})
}
