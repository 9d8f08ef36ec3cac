package index

import "testing"

// A place's spelling the document keeps to ("Oudomxay", twice, for the
// gazetteer's "Oudômxai") is its own romanisation and is shown as
// written; a spelling it uses once and that is no known name ("Luang
// Prabbang") is a slip, shown by the known name.
func TestPlaceSpellingKeptTo(t *testing.T) {
	ix := mustOpen(t, Source{Name: "variant.txt", Text: paperHeader("Japan's Cooperation with ASEAN on Small Irrigation", "June 2004") + `1. Projects

  1. Northern Valleys Irrigation Project (NVIP), a five-year technical cooperation project launched on 1 October 2001 in Oudomxay Province and Luang Prabbang, Laos, with a Japanese contribution of up to 390 million yen.

In Laos, most of the new work is now concentrated in Oudomxay Province.
`})
	seen := map[string]bool{}
	for _, pl := range ix.x.places {
		seen[pl.Written()] = true
	}
	if !seen["Oudomxay Province"] {
		t.Errorf("kept spelling not shown as written: %v", seen)
	}
	if seen["Luang Prabbang"] || !seen["Luang Prabang"] {
		t.Errorf("one-off slip shown as written: %v", seen)
	}
}
