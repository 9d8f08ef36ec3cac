package index

import "testing"

// A measured attribute asked by its noun ("what is the capacity of X") is
// not answered by the passage on X that gives none; the passage that
// does answers, and a state asked ("the status of") may still be read
// from a passage that never writes the word.
func TestMeasuredAttributeMustBeSaid(t *testing.T) {
	text := paperHeader("Attribute Fixture", "June 2018") + "1. Landfills\n\n" +
		"The Kampot landfill cell, planned for Kampot Province in Cambodia, was suspended in mid-2017 because land acquisition stalled. No funds had been disbursed for that site.\n\n" +
		"The Hue landfill cell, with a capacity of 1.4 million m3, opened in Hue in May 2016.\n"
	ix := mustOpen(t, Source{Name: "attr.md", Text: text})
	expectRefused(t, ix, "wat is the capacity of the kampot landfill cell")
	if a := ix.Answer("whats the status of the kampot landfill cell"); a.Refused() {
		t.Errorf("status of the kampot cell refused, want the passage that says it was suspended")
	}
}
