package index

import "testing"

// "Date exchange of notes for philippines patrol boats signed" asks a
// day: of "signed in Manila on 28 August 2012, and the boats are to be
// delivered in early 2014", the signing's day, not the season after it.
func TestADateAskedIsADay(t *testing.T) {
	ix := mustOpen(t, Source{Name: "fisheries.md", Text: paperHeader("Japan-ASEAN Fisheries Cooperation", "May 2013") +
		"2. Patrol Boats\n\n" +
		"Japan provided grant aid of ¥1.86 billion in FY2012 to supply four 12-metre patrol boats to the Bureau of Fisheries and Aquatic Resources (BFAR) of the Philippines. " +
		"The Exchange of Notes was signed in Manila on 28 August 2012, and the boats are to be delivered in early 2014.\n"})
	expectAnswers(t, ix, map[string]string{"date exchange of notes for philippines patrol boats signed": "28 August 2012"})
}
