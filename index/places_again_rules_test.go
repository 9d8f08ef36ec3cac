package index

import (
	"slices"
	"testing"
)

// placesWritten are the places the index holds, as "written / country".
func placesWritten(ix *Index) []string {
	var out []string
	for _, p := range ix.Places() {
		out = append(out, p.AsWritten+" / "+p.Country)
	}
	return out
}

// A place the gazetteer does not know, placed once by "Phnom Sruoch and
// Thpong districts" of a known province, is the same place in a sentence
// that names no other ("at a ceremony in Phnom Sruoch District"); one in
// a section whose places all lie in one country ("O Mon District", under
// a Can Tho project) is in that country, and its last word ("Mon", a
// state of Myanmar) is no place of its own. "Handover" asks of what was
// handed over.
func TestPlacesNamedAgainAndOneLetterWords(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.md", Text: paperHeader("Water Report", "June 2022") + `## 1. Kampong Speu water

1.1 In July 2020 the Kampong Speu Provincial Department of Rural Development in Cambodia requested new water points in Phnom Sruoch and Thpong districts.

1.2 The works were completed on 31 January 2022. The facilities were handed over to the department at a ceremony in Phnom Sruoch District on 24 February 2022.

## 2. Can Tho Water Supply Project (CTWSP)

(9) On 13 March 2019, the bank signed a loan agreement in Can Tho City, Viet Nam, for the Can Tho Water Supply Project.

(10) The project will construct a new water treatment plant in O Mon District with a capacity of 100,000 cubic metres per day.

(11) Engineers from Myanmar and Thailand visited the site in May 2019.
`})
	got := placesWritten(ix)
	for _, want := range []string{"Phnom Sruoch District / Cambodia", "O Mon District / Vietnam"} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q among %q", want, got)
		}
	}
	if slices.ContainsFunc(ix.Places(), func(p Place) bool { return p.Country == "Myanmar" }) {
		t.Errorf("a place in Myanmar among %q", got)
	}
	expectAnswers(t, ix, map[string]string{
		"where did the handover take place":              "Phnom Sruoch District",
		"date of the handover ceremony":                  "24 February 2022",
		"where is the ctwsp treatment plant going to be": "O Mon District",
	})
}
