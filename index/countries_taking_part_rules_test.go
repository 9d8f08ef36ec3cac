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

// "Which countries does WMSI work in" of "WMSI works in four areas: ...
// in Cambodia, ... in Laos": "works" is the verb, though it may be a
// noun ("civil works"); and Japan, which launched it after an opening
// clause, is not where it works. The last of a list before a verb of
// spending ("Thailand and Laos will spend periods on site") sets nothing
// up.
func TestWorksInAfterAnOpeningClause(t *testing.T) {
	ix := mustOpen(t, Source{Name: "works.md", Text: paperHeader("Japan's Cooperation with ASEAN on Financial Inclusion", "February 2019") + `1. Financial Literacy

In order to help rural women use savings, credit and mobile payments with confidence, Japan launched the Women's Money Skills Initiative (WMSI) in December 2016, funding it with US$3.4 million over three years.

WMSI works in four areas: Kampot Province in Cambodia, Savannakhet Province in Laos, Ayeyarwady Region in Myanmar and Iloilo Province in the Philippines.

In addition, 40 engineers from public works agencies in Indonesia, Vietnam, Thailand and Laos will spend periods on site between 2017 and 2019 under the Bridge Training Programme (BTP).
`})
	expectAnswers(t, ix, map[string]string{
		"which countries does wmsi work in":                               "Cambodia, Laos, Myanmar, Philippines",
		"which country launched the wmsi":                                 "Japan",
		"which countries send engineers to the bridge training programme": "Indonesia, Vietnam, Thailand, Laos",
	})
}
