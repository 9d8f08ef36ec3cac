package index

import "testing"

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
