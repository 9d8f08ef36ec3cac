package index

import (
	"slices"
	"testing"
)

// "Lao Cai" and "Thai Binh" are provinces of Vietnam: the country word
// that opens them names no country there, while "Laos" and a place of the
// country itself ("Singapore" as a city) still do.
func TestACountryWordInsideAnotherCountrysPlace(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"It runs in Lao Cai and Thai Binh provinces.", nil},
		{"It runs in Lao Cai, and Laos joins in 2008.", []string{"Laos"}},
		{"Thai and Lao experts met in Hanoi.", []string{"Thailand", "Laos"}},
	} {
		var got []string
		for _, m := range scanCountries(c.text) {
			got = append(got, m.name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// A sum of a Vietnamese province's programme is no sum for Laos because
// the province's name opens with "Lao".
func TestAPlaceNameIsNoCountryAsked(t *testing.T) {
	ix := mustOpen(t, Source{Name: "provinces.txt", Text: paperHeader("Japan's Cooperation on School Health", "May 2007") +
		"Overview: Japan supports school health in Vietnam.\n\n" +
		"1. Deworming\n\n" +
		"(1) The School Deworming Scheme (SDS) operates in 9 provinces, including Lao Cai and Ha Giang, and the Ministry of Health of Vietnam contributes 2.1 billion dong a year for it. Laos is not covered by the SDS.\n"})
	expectRefused(t, ix, "how much sds funding did laos get?")
	expectAnswers(t, ix, map[string]string{"how much does vietnam contribute to the sds?": "2.1 billion dong"})
}
