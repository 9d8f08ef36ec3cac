package qa

import (
	"strings"
	"testing"

	"github.com/iaibot/iaibot/index/corpus"
)

// A long sentence is cut to the clauses that hold the question's words,
// with an ellipsis where it is cut and the words still in bold; a short
// one is quoted whole.
func TestClauseQuote(t *testing.T) {
	long := "In its first phase the programme, designed over eighteen months of consultations in two capitals with district doctors, nurses, midwives and village health volunteers, built four training wards and a laboratory; the volunteers also repainted the rural schools of the province, while the doctors ran the clinics."
	at := func(s, w string) corpus.Span {
		i := strings.Index(s, w)
		return corpus.Span{Start: i, End: i + len(w)}
	}
	for _, tc := range []struct {
		text, want string
		words      []string
	}{
		{long, "…the volunteers also repainted the rural schools of the province…", []string{"repainted", "rural", "schools"}},
		{"The graduates staff the district clinics.", "The graduates staff the district clinics.", []string{"staff", "clinics"}},
	} {
		var spans []corpus.Span
		for _, w := range tc.words {
			spans = append(spans, at(tc.text, w))
		}
		got, gotSpans := clauseQuote(&sentenceRec{text: tc.text}, spans)
		if got != tc.want {
			t.Errorf("quote %q, want %q", got, tc.want)
			continue
		}
		for i, s := range gotSpans {
			if w := got[s.Start:s.End]; w != tc.words[i] {
				t.Errorf("span %d of %q is %q, want %q", i, got, w, tc.words[i])
			}
		}
	}
}
