package index

import (
	"strings"
	"testing"
)

// "Is there a date for the 2014 MTEN annual meeting" of "Myanmar has
// offered to host the 2014 MTEN annual meeting in Yangon, but the date
// of the meeting has not yet been decided": the date asked is the one the
// sentence's other clause leaves open, not a yes for the clause that
// names the meeting.
func TestDateAskedIsTheOneLeftOpen(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mten.md", Text: paperHeader("Teacher Network Fixture", "March 2014") + "1. Network\n\nThe Mekong Teacher Educators Network (MTEN) was founded in 2008. Myanmar has offered to host the 2014 MTEN annual meeting in Yangon, but the date of the meeting has not yet been decided.\n"})
	a := ix.Answer("is there a date for the 2014 mten annual meeting?")
	if !strings.Contains(a.Span, "the date of the meeting has not yet been decided") {
		t.Errorf("answer %q (%s), want the undecided date", a.Span, a.Text)
	}
}
