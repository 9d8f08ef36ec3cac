package index

import "testing"

// "The JICA loan" is the loan JICA lends when the documents give sums JICA
// pays, not another party's sum in its passage; "the PCG loan" is the
// coast guard's, which pays nothing, and is still the loan it gets.
func TestLoanNamedByItsLender(t *testing.T) {
	for _, tc := range []struct{ doc, q, want string }{
		{"dpwh-2017-03-notice-of-award-bid-evaluation", "hw much is the jica loan", "¥29.4 billion"},
		{"jica-2019-05-philippines-flood-control-loan-ex-ante-evaluation", "how big is the jica loan for the agusan flood project", "18,739 million yen"},
		{"mofa-2017-09-asean-coast-guard-capacity-building-programme-overview", "how much was the pcg loan for the 44 metre boats", "¥18.73 billion"},
	} {
		ix := mustOpen(t, corpusSource(t, tc.doc))
		if a := ix.Answer(tc.q); a.Span != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.doc, tc.q, a.Span, tc.want)
		}
	}
}
