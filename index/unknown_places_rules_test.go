package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Places the gazetteer does not know, read from where they stand: a name
// "at" or "in" a known place lies in that place's country ("at Bang Sue
// in Bangkok"), and a district in a sentence that names no known place
// and points back at the sentence before ("The grant supplied") lies in
// the country of the passage's places before it, leaving out those people
// come from or go back to. A title's words before "in" ("Capacity
// Development in Decentralised Wastewater Management in Vientiane") are
// no place.
func TestUnknownPlacesFromTheirSetting(t *testing.T) {
	text := "Japan's Cooperation on Urban Transport\n\nApril 2013\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Training\n\nIts regional base is the Railway Training Centre of the State Railway of Thailand at Bang Sue in Bangkok.\n\n" +
		"2. Buses\n\nOn 14 September 2011, notes were exchanged in Vientiane for a grant for the Vientiane Bus Rapid Transit Project (VBRT). " +
		"The grant supplied 42 low-floor buses and a depot in Sikhottabong District.\n\n" +
		"3. Relief\n\nThe medical team flew in from Narita on 20 May. The team has completed its mission in Labutta Township.\n\n" +
		"4. Sewerage\n\nJICA approved the Project for Capacity Development in Decentralised Wastewater Management in Vientiane Capital.\n"
	ix := mustOpen(t, Source{Name: "mofa-2013-04-transport.txt", Text: text})
	type row struct{ Written, Country string }
	var got []row
	for _, p := range ix.x.places {
		got = append(got, row{p.Written(), p.Country})
	}
	want := []row{
		{"Bang Sue", "Thailand"},
		{"Bangkok", "Thailand"},
		{"Vientiane", "Laos"},
		{"Vientiane", "Laos"},
		{"Sikhottabong District", "Laos"},
		{"Narita", "Japan"},
		{"Vientiane Capital", "Laos"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("places (-want +got):\n%s", d)
	}
	expectAnswers(t, ix, map[string]string{
		"where is the vbrt depot": "Sikhottabong District",
	})
}
