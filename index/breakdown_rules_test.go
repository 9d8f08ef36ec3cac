package index

import "testing"

// courseBreakdown is a paper whose course count is broken down by
// country in the sentence after it, with no noun of its own.
func courseBreakdown() Source {
	return Source{Name: "course.md", Text: paperHeader("Course Fixture", "September 2019") + `1. Human Resource Development

(1) Geodesy Training Course

Since FY2015, JICA has run the Geodesy Training Course (GTC), a ten-week course held each year at the headquarters in Tsukuba, Ibaraki Prefecture. Japan bears the full cost, about ¥95 million a year. To date 126 surveyors and land officials have completed GTC, of whom 38 are women. By country, 27 came from Myanmar, 19 from Cambodia, 14 from Laos and 11 from Vietnam; the rest came from other ASEAN countries.

(2) Training in the Field

In addition, JICA experts have trained 540 staff of survey departments and land offices in their own countries, of whom 120 are women.

2. Cambodia

Japan has helped Cambodia to build 22 reference stations. The Land Titling Project in Cambodia has completed systematic registration in 140 villages, and 61,300 land titles have been issued.
`}
}

// "By country, 27 came from Myanmar" counts the surveyors of the
// sentence before, who completed the course and so are its trainees;
// "ppl" asks of surveyors as of any persons.
func TestBrokenDownCountsAreOfTheCountBefore(t *testing.T) {
	ix := mustOpen(t, courseBreakdown())
	expectAnswers(t, ix, map[string]string{
		"how many gtc trainees came from myanmar":        "27",
		"how many surveyors from cambodia completed gtc": "19",
		"how many ppl completed GTC":                     "126",
	})
	if a := ix.AnswerFollowUp("how many gtc trainees came from myanmar", "and from laos?"); !a.Found || a.Span != "14" {
		t.Errorf("follow-up for laos: found %v span %q", a.Found, a.Span)
	}
}
