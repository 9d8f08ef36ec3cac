package index

import "testing"

// calledOffEventPaper tells of one event put off, one called off and one held.
func calledOffEventPaper() Source {
	return Source{Name: "calledoff.md", Text: paperHeader("Japan's Cooperation with ASEAN on Flood Forecasting", "September 2012") + `1. Forecasting Centres

(1) Da Nang Centre

The opening ceremony of the Da Nang forecasting centre was originally planned for 14 June 2012 but was postponed because of a typhoon that struck the city on 12 June 2012. It is now scheduled for 20 November 2012.

(2) Seminars

A regional seminar on flood warnings was planned for Vientiane on 5-6 March 2012, but it had to be cancelled because floods in Laos closed the roads that week. The first seminar of the series was held in Hue on 4 May 2011 with 40 participants.
`}
}

// An event put off or called off did not take place as planned: "has it
// happened" is no, not the yes its words would give; one held is yes.
func TestCalledOffEventDidNotHappen(t *testing.T) {
	ix := mustOpen(t, calledOffEventPaper())
	expectAnswers(t, ix, map[string]string{
		"has the da nang opening ceremony happened yet":     "no",
		"did the vientiane flood warnings seminar go ahead": "no",
		"did the hue seminar take place":                    "yes",
	})
}
