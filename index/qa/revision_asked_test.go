package qa

import "testing"

// "New" asks a revised date only as the date's own word ("the new
// date", "the new deadline"); "the new bridges" are new things, whose
// date is asked plainly.
func TestRevisionAskedByNewDateNotNewThings(t *testing.T) {
	for q, want := range map[string]revision{
		"when did the new bridges open to traffic": unrevised,
		"whats the new date for the handover":      revisedTo,
		"new deadline for the bids?":               revisedTo,
		"when was the signing originally planned":  revisedFrom,
	} {
		if got := askedRevision(q); got != want {
			t.Errorf("askedRevision(%q) = %v, want %v", q, got, want)
		}
	}
}
