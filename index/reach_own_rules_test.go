package index

import (
	"os"
	"path/filepath"
	"testing"
)

// "Reach" asks what a project extends to; "own" carries nothing a
// sentence must hold. The rural electrification paper of the evaluation
// set is read whole: in a small fixture every word is rare enough that
// the question's one missing word does not tell.
func TestReachAndOwnAsked(t *testing.T) {
	p := filepath.Join("testdata", "docs", "mofa-2005-10-japan-cooperation-mekong-rural-electrification.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	ix := mustOpen(t, Source{Name: filepath.Base(p), Text: string(b)})
	expectAnswers(t, ix, map[string]string{
		"how many communes does regep reach":   "620",
		"vietnam's own contribution to regep?": "VND 1,150 billion",
	})
}
