package index

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

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

// TestAnswersAreDeterministic asks every evaluation question three times:
// an answer must not depend on the order in which a map yields its keys.
func TestAnswersAreDeterministic(t *testing.T) {
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
