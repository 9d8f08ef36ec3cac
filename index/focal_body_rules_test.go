package index

import "testing"

// teacherNetwork gives a member a focal body "with ... as its" part, then
// an observer in the next sentence.
func teacherNetwork() Source {
	return Source{Name: "network.md", Text: paperHeader("Teacher Network Fixture", "March 2014") + `1. Regional Network

The ASEAN Nurse Educators Network (ANEN) was founded in Penang on 12 November 2008 by Indonesia, Malaysia and Thailand. Myanmar became a member on 7 September 2012, with the Department of Nursing Education (DNE) as its national focal institution. Cambodia has participated as an observer since 2011.
`}
}

// A body given a part for the member ("with the Department of Nursing
// Education (DNE) as its national focal institution") is neither the body
// joined nor the one the next sentence's observer sits in.
func TestFocalBodyIsNotTheBodyJoined(t *testing.T) {
	ix := mustOpen(t, teacherNetwork())
	const anen = "ASEAN Nurse Educators Network (ANEN)"
	expectMemberRows(t, membershipRows(ix),
		membershipRow{"Myanmar", anen, StatusJoined, "7 September 2012"},
		membershipRow{"Cambodia", anen, StatusObserver, "2011"},
	)
	expectAnswers(t, ix, map[string]string{"when did myanmar join anen": "7 September 2012"})
}
