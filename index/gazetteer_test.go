package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Two-letter country aliases are read as typed in a question ("nz"), but
// dotted abbreviations of two letters are not, so "US$1 billion" names no
// country.
func TestShortCountryAliases(t *testing.T) {
	for text, want := range map[string][]string{
		"why did nz withdraw":                       {"New Zealand"},
		"the UK and NZ":                             {"United Kingdom", "New Zealand"},
		"JBIC will provide US$1 billion":            nil,
		"the U.S.A. joined":                         {"United States"},
		"in Vietnam, Indonesia and the Philippines": {"Vietnam", "Indonesia", "Philippines"},
		// A demonym a state and its dependency share is the state's;
		// a sea's name names no country.
		"the Indian Ocean earthquake":  nil,
		"in the South China Sea":       nil,
		"Indian and Dutch engineers":   {"India", "Netherlands"},
		"Congolese and Thai engineers": {"Thailand"},
	} {
		var got []string
		for _, m := range scanCountriesAnyCase(text) {
			got = append(got, m.name)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%q (-want +got):\n%s", text, d)
		}
	}
}

// A misspelt place keeps its words: "Dong Van" is not "Dongguan", and the
// short word of "Vu Van Thanh" is not one edit from "Vi Thanh".
func TestFuzzyPlacesKeepTheirWords(t *testing.T) {
	ix := mustOpen(t, Source{Name: "fuzzy-fixture.md", Text: `Fuzzy Fixture

May 2013
Embassy of Japan in Vietnam

1. Grants

Mr. Vu Van Thanh signed for the People's Committee of Dong Van District, Ha Giang Province. The clinic in Phnom Phen was also visited.
`})
	var got []string
	for _, p := range ix.Places() {
		got = append(got, p.Name)
	}
	want := []string{"Hà Giang", "Phnom Penh"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("places (-want +got):\n%s", d)
	}
}
