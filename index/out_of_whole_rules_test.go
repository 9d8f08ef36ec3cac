package index

import "testing"

// outOfPaper counts a part before the whole it was counted out of, in a
// sentence that says "there" of the place the one before named.
func outOfPaper() Source {
	return Source{Name: "outof.md", Text: paperHeader("Japan's Cooperation with the Mekong Countries on School Buildings", "June 2006") + `1. Classrooms

The project has given priority to Kampot Province, where few schools could stay open in the rainy season when the project began. Twelve flood-proof classrooms have been built there since then, out of 40 classrooms built or rehabilitated under the project in the three countries.
`}
}

// The count after "out of" is the whole the one before it is part of: it
// answers only a question that asks a total.
func TestCountOutOfAWholeIsThePart(t *testing.T) {
	ix := mustOpen(t, outOfPaper())
	expectAnswers(t, ix, map[string]string{
		"how many classrooms were built in kampot": "Twelve",
		"how many classrooms were built in total":  "40",
	})
}
