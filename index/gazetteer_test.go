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
