package index

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxFuzzBody is the longest text FuzzDocument reads: a paragraph or a
// few, enough for any sentence shape, short enough that each run is quick.
const maxFuzzBody = 2000

// FuzzDocument checks that any text a user adds as a document is read, its
// facts extracted and questions answered, without a crash. The seeds are
// the evaluation documents' paragraphs, whose shapes (lists, tables,
// transcripts, memberships) the rules were written for; the fuzzer bends
// them into shapes no one wrote.
func FuzzDocument(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "docs", "*.md"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		// A document's longest paragraph holds most of its shapes.
		longest := ""
		for _, para := range strings.Split(string(b), "\n\n") {
			if len(para) > len(longest) && len(para) <= maxFuzzBody {
				longest = para
			}
		}
		f.Add(longest)
	}
	questions := []string{"when did cambodia join", "how much did japan give", "who signed it", "where is the project", "which countries are members", "why was it postponed", "how many people were trained"}
	f.Fuzz(func(t *testing.T, body string) {
		if len(body) > maxFuzzBody {
			return // longer texts are the corpus tests' to read
		}
		ix, err := Open([]Source{{Name: "fuzz.md", Text: "Fuzzed Document\n\nJune 2015\nMinistry of Foreign Affairs of Japan\n\n## 1. Facts\n\n" + body + "\n"}}, Options{})
		if err != nil {
			return // not a document: refused, not a crash
		}
		defer ix.Close()
		for _, q := range questions {
			_ = ix.Answer(q)
		}
		_ = ix.Memberships()
		_ = ix.Projects()
	})
}
