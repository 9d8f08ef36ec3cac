package qa

import "testing"

// The first word of asking or giving says which a money question asks:
// "extend" after "asking for" is what is asked for, and "asked" after
// "extend" tells when it was given.
func TestRequestAskedByTheFirstWord(t *testing.T) {
	for q, want := range map[string]bool{
		"how much is myanmar asking for to extend the road": true,
		"how much did laos request":                         true,
		"how much did japan extend after laos asked":        false,
		"how much did japan give":                           false,
	} {
		if got := requestAsked(q); got != want {
			t.Errorf("requestAsked(%q) = %v, want %v", q, got, want)
		}
	}
}
