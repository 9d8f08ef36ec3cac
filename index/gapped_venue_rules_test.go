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

// "signed in Vientiane the Exchange of Notes for ... the Luang Prabang
// Heritage House": the place right after the act asked is where it was
// done, not the place that opens the name of what it was for.
func TestPlaceOfTheActAsked(t *testing.T) {
	text := paperHeader("Act Fixture", "May 2004") + "1. Grants\n\n" +
		"On 9 March 2004, the Ambassador of Japan and the Minister of Culture of Laos signed in Vientiane the Exchange of Notes for a grant of 38.5 million yen to provide the Luang Prabang Heritage House with laboratory equipment.\n"
	ix := mustOpen(t, Source{Name: "act.md", Text: text})
	expectAnswers(t, ix, map[string]string{
		"where was the exchange of notes for the heritage house signed": "Vientiane",
	})
}
