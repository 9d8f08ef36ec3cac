package index

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The same documents and question give the same answer every time: two
// indexes built apart answer every evaluation question alike, so nothing
// depends on the order Go happens to walk a map in.
func TestAnswersAreDeterministic(t *testing.T) {
	for _, id := range corpusEvalDocs(t) {
		a, b := mustOpen(t, corpusSource(t, id)), mustOpen(t, corpusSource(t, id))
		for _, c := range loadEval(t, id+".jsonl") {
			x, y := answerCase(a, c), answerCase(b, c)
			if x.Found != y.Found || x.Span != y.Span || x.Text != y.Text || x.Sentence != y.Sentence {
				t.Errorf("%s %q: answered %q, then %q", id, c.Q, x.Text, y.Text)
			}
		}
	}
}

// allSources are every document the tests know: the seed and the test
// corpus, in one index.
func allSources(t testing.TB) []Source {
	t.Helper()
	src := seedSources(t)
	for _, id := range corpusEvalDocs(t) {
		src = append(src, corpusSource(t, id))
	}
	return append(src, secondSource(t))
}

// allEvalCases are the questions of every evaluation file.
func allEvalCases(t *testing.T) []evalCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "eval", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []evalCase
	for _, f := range files {
		cases = append(cases, loadEval(t, filepath.Base(f))...)
	}
	return cases
}

// TestAnswersRepeat asks every evaluation question three times:
// an answer must not depend on the order in which a map yields its keys.
func TestAnswersRepeat(t *testing.T) {
	ix := mustOpen(t, allSources(t)...)
	cases := allEvalCases(t)
	var first []Answer
	for range 3 {
		var got []Answer
		for _, c := range cases {
			got = append(got, answerCase(ix, c))
		}
		if first == nil {
			first = got
			continue
		}
		for i := range got {
			if diff := cmp.Diff(first[i], got[i]); diff != "" {
				t.Errorf("%q answered twice (-first +later):\n%s", cases[i].Q, diff)
			}
		}
	}
}
