package index

import "testing"

// pronounSubjectPaper tells two plans that were not kept, each in two
// sentences: the first plan in one, what became of it in the next, whose
// subject is "it" and which does not name the thing again.
func pronounSubjectPaper() Source {
	return Source{Name: "pronoun.md", Text: paperHeader("Japan's Cooperation with ASEAN on School Safety", "October 2011") + `1. Tacloban Training Centre

Construction of the Tacloban Training Centre (TTC) was finished in April 2011 with a grant of ¥640 million.

The handover ceremony was originally planned for 12 May 2011 but was postponed because of the regional elections held on 23 May 2011. It is now scheduled for 4 November 2011.

2. Regional Seminar

A regional seminar on safer school buildings was planned for Cebu on 3-5 March 2011, but it had to be cancelled because flooding in Leyte cut the roads to the airport. It took place instead in Iloilo on 8-10 June 2011, with 85 participants.
`}
}

// A sentence whose subject is "it" speaks of the subject of the sentence
// before; a place a meeting was moved to answers "where did it end up",
// not the one first planned nor one in the reason it was called off.
func TestPronounSubjectTakesUpTheOneBefore(t *testing.T) {
	ix := mustOpen(t, pronounSubjectPaper())
	expectAnswers(t, ix, map[string]string{
		"when is the ttc handover ceremony now scheduled":                    "4 November 2011",
		"where did the cancelled school buildings seminar end up being held": "Iloilo",
		"where was the school buildings seminar originally planned":          "Cebu",
		"when was the handover ceremony originally planned for":              "12 May 2011",
	})
}
