package index

import "testing"

// "A lecture course is held in Osaka and a site visit in Cebu": the second
// half's verb is left out, and its place is where its own thing is held.
func TestGappedVenue(t *testing.T) {
	text := paperHeader("Venue Fixture", "May 2012") + "1. Training\n\n" +
		"The Port Safety Course (PSC) began in 2010. A lecture course is held in Osaka and a site visit in Cebu.\n"
	ix := mustOpen(t, Source{Name: "venue.md", Text: text})
	expectAnswers(t, ix, map[string]string{
		"where is the psc site visit held":     "Cebu",
		"where is the psc lecture course held": "Osaka",
	})
}
