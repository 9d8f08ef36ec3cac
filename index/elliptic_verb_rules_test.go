package index

import "testing"

// licencePaper has a count whose noun is left out before a verb of its
// own, and a number before an adjective in "-ed" and its noun.
func licencePaper() Source {
	return Source{Name: "licence.md", Text: paperHeader("Japan's Cooperation with ASEAN on Aircraft Maintenance", "June 2019") + `1. Licensing

In the licensing test held on 12 March 2019, 212 mechanics sat the test and 143 passed, a pass rate of 67%. The centre also employs 40 instructors and 30 trained inspectors.
`}
}

// "212 mechanics sat the test and 143 passed" counts 143 mechanics, which
// "how many passed" asks; "30 trained inspectors" counts inspectors.
func TestEllipticCountBeforeItsVerb(t *testing.T) {
	ix := mustOpen(t, licencePaper())
	got := map[string]string{}
	for _, c := range ix.x.counts {
		got[c.Text] = c.Noun
	}
	if got["143"] != "mechanics" || got["30"] != "trained inspectors" {
		t.Errorf("counts: %v, want 143 mechanics and 30 trained inspectors", got)
	}
	expectAnswers(t, ix, map[string]string{
		"how many mechanics passed the march 2019 test": "143",
		"how many mechanics sat the test":               "212",
	})
}
