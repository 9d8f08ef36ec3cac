package qa

import "testing"

// A verb still to come with its object before a date marks the date as
// a plan; a cause ("due to floods") or an object that holds a clause of
// its own does not.
func TestUnrealisedDated(t *testing.T) {
	for before, want := range map[string]bool{
		"The Government of Japan intends to provide up to ¥600 million in ":     true,
		"The second depot will open on ":                                        true,
		"Japan plans to contribute an additional ¥500 million to the JALPF in ": true,
		"The ferry was closed due to high water levels in ":                     false,
		"Work was delayed due to floods and finished in ":                       false,
		"The station that will serve the bridge was completed in ":              false,
	} {
		if got := unrealisedDated(before); got != want {
			t.Errorf("%q: %v, want %v", before, got, want)
		}
	}
}
