package index

import "testing"

// A party asked for a thing with no article before it ("asked Japan for
// support in densifying ...") made a request of that thing, not of what
// a purpose or an undecided clause after it says.
func TestRequestForABareNoun(t *testing.T) {
	ix := mustOpen(t, Source{Name: "cors.md", Text: paperHeader("Request Fixture", "September 2019") + `1. Future Direction

  - The Government of Indonesia has asked Japan for support in densifying its reference network in Eastern Indonesia; whether Japan will finance it has not been decided.
  - Japan will encourage Cambodia to complete its acceptance of the Memorandum.
`})
	expectAnswers(t, ix, map[string]string{
		"what has indonesia asked japan for": "support in densifying its reference network in Eastern Indonesia",
	})
}
