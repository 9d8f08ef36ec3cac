package index

import "testing"

// nowDatePaper tells two plans the facts went beyond, each in two
// sentences: the first plan in one, the date that stands now in the next,
// which does not name the work again.
func nowDatePaper() Source {
	return Source{Name: "nowdate.md", Text: paperHeader("Japan's Cooperation with ASEAN on Rural Roads", "May 2012") + `1. Road Works

(1) Delay of Canal Works

The rehabilitation of the 14-kilometre Stung Chinit main canal in Kampong Thom Province, carried out under IWUP, was originally to be completed in June 2011. Work was halted for four months because of a dispute over land needed to widen the canal embankment, and completion is now expected in September 2012.

(2) Seminar Moved to Luang Prabang

The third regional seminar on road maintenance was to be held in Vientiane on 6-8 March 2012. Because the venue is under repair, it has been moved to Luang Prabang and will now take place on 10-12 June 2012.
`}
}

// "Now" asks the date that stands after the change, which the sentence
// after the first plan gives with "now expected" or "will now take
// place"; "originally" still asks the first plan.
func TestDateThatStandsNow(t *testing.T) {
	ix := mustOpen(t, nowDatePaper())
	expectAnswers(t, ix, map[string]string{
		"when is the stung chinit canal now supposed to be finished":    "September 2012",
		"when was the stung chinit canal originally due to be finished": "June 2011",
		"when will the stung chinit canal be completed":                 "September 2012",
		"whens the road maintenance seminar in luang prabang now":       "10-12 June 2012",
		"when was the road maintenance seminar originally planned":      "6-8 March 2012",
	})
}
