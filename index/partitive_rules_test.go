package index

import "testing"

// internsPaper breaks a count down by country with the noun after "of
// the", then counts a part of two nouns joined by "and".
func internsPaper() Source {
	return Source{Name: "interns.md", Text: paperHeader("Japan's Cooperation with ASEAN on Plant Internships", "May 2024") + `1. Internships

(1) Placements

Since the Plant Internship Scheme (PIS) began in FY2022, 410 interns have been placed at 31 plants; 118 of the interns came from Vietnam and 87 from Indonesia. Nine Japanese plants host the scheme, and 26 of the engineers and managers of those plants have visited partner universities.
`}
}

// "118 of the interns came from Vietnam and 87 from Indonesia" counts
// interns by country; "26 of the engineers and managers" is no count of
// engineers alone.
func TestPartOfNounCounts(t *testing.T) {
	ix := mustOpen(t, internsPaper())
	expectAnswers(t, ix, map[string]string{
		"how many pis interns from vietnam":   "118",
		"how many pis interns from indonesia": "87",
		"how many interns in total":           "410",
	})
	if a := ix.Answer("how many engineers visited universities"); a.Found && a.Span == "26" {
		t.Errorf("engineers: %q (%s), a count of engineers and managers together", a.Span, a.Text)
	}
}
