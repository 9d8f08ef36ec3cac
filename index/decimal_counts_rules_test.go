package index

import "testing"

// A number with decimals counts a unit of length ("12.4 km of drainage
// channels"), never people or things ("4.5 persons per household" is an
// average, no count of persons).
func TestDecimalCountsMeasure(t *testing.T) {
	ix := mustOpen(t, Source{Name: "drainage.txt", Text: paperHeader("Drainage Fixture", "May 2020") + "1. Works\n\n" +
		"The Can Tho Drainage Project (CTDP) built 12.4 km of drainage channels and 3 pumping stations. Households in the area have 4.5 persons on average.\n"})
	expectAnswers(t, ix, map[string]string{
		"how many km of drainage channels did ctdp build": "12.4 km",
	})
	for _, c := range ix.x.counts {
		if c.Text == "4.5" {
			t.Errorf("count %q %s", c.Text, c.Noun)
		}
	}
}
