package index

import "testing"

// "When was the centre inaugurated" asks the day it opened, which its
// sentence says as "formally opened", not the day its building began or
// it was handed over.
func TestInauguratedAsksTheOpening(t *testing.T) {
	ix := mustOpen(t, Source{Name: "hatchery.txt", Text: paperHeader("Japan's Cooperation on Fish Hatcheries", "October 2019") +
		"Overview: Japan supports fish hatcheries in Cambodia.\n\n" +
		"1. Riverside Hatchery Centre\n\n" +
		"(1) The Riverside Hatchery Centre breeds carp and tilapia fry for 40 villages. Construction of the centre began in March 2018.\n\n" +
		"(2) The Notes for the centre were exchanged on 4 April 2017. The centre was handed over to the Fisheries Administration on 2 May 2019 and was formally opened on 20 June 2019.\n"})
	expectAnswers(t, ix, map[string]string{"when was the riverside hatchery centre inaugurated": "20 June 2019"})
}

// "The Takeo Hatchery Centre": a heading whose name holds a place carries
// the place to the section's sentences that say "the centre", as it
// carries the name.
func TestAPlaceInsideAHeadingsNameCarries(t *testing.T) {
	ix := mustOpen(t, Source{Name: "takeo.txt", Text: paperHeader("Japan's Cooperation on Fish Hatcheries", "October 2019") +
		"Overview: Japan supports fish hatcheries in Cambodia.\n\n" +
		"1. Takeo Hatchery Centre\n\n" +
		"(1) The Takeo Hatchery Centre breeds carp fry for 40 villages.\n\n" +
		"(2) The centre was handed over to the Fisheries Administration on 2 May 2019 and was formally opened on 20 June 2019.\n"})
	expectAnswers(t, ix, map[string]string{"when was the takeo hatchery centre opened": "20 June 2019"})
}
