package qa

import (
	"slices"
	"testing"
)

// Typed initials stand for the one run of content words the documents
// write most often, at least twice; a run with a function word in it
// ("will also train") spells nothing, and two runs written as often
// leave the initials unread.
func TestExpandInitials(t *testing.T) {
	md := &Model{}
	for _, s := range []string{
		"The Mekong Water Fund will also train 40 officials.",
		"The Mekong Water Fund will also train 25 judges.",
		"Social security agreements spare posted workers.",
		"Japan signed a social security agreement with Laos.",
		"The Pacific Aid Council met twice. The Port Authority Commission met once.",
		"The Pacific Aid Council and the Port Authority Commission met in Suva.",
	} {
		md.sents = append(md.sents, &sentenceRec{text: s})
	}
	for w, want := range map[string][]string{
		"mwf":  {"mekong", "water", "fund"},
		"ssa":  {"social", "security", "agreements"},
		"wat":  nil, // "will also train"
		"pac":  nil, // two runs, as often
		"ab":   nil, // too short to be read
		"xyz":  nil,
		"mw2f": nil,
	} {
		if got := md.expandInitials(w); !slices.Equal(got, want) {
			t.Errorf("expandInitials(%q) = %q, want %q", w, got, want)
		}
	}
}
