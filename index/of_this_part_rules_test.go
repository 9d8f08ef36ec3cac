package index

import "testing"

// "How much of the commitment was ODA loans" is the part "Of this," gives
// in the sentence after the commitment, its own words naming the part;
// "Of this, ¥520 million was provided to Cambodia" after a grant is no
// part of the total that is grant aid.
func TestPartOfTheWholeBefore(t *testing.T) {
	for id, c := range map[string]struct{ q, want string }{
		"mofa-2023-11-japan-asean-hydrogen-ammonia-energy-transition-paper": {"how much of japan's commitment was ODA loans?", "¥61.4 billion"},
		"mofa-2002-10-japan-cooperation-mekong-iodine-nutrition":            {"how much of the total was grant aid?", "¥2.6 billion"},
	} {
		ix := mustOpen(t, corpusSource(t, id))
		if a := ix.Answer(c.q); !a.Found || a.Span != c.want {
			t.Errorf("%s: %v %q, want %q (%s)", c.q, a.Found, a.Span, c.want, a.Text)
		}
	}
}
