package index

import "testing"

// "Viet Nam counterpart contribution" asks what Viet Nam pays: not a
// lender's sum in the same passage. "What is the viet nam government
// counterpart contribution for the port" asks a sum, for all its "what
// is ... for".
func TestCounterpartAskedOfItsCountry(t *testing.T) {
	ix := mustOpen(t, Source{Name: "port.txt", Text: "Port Loans\n\nMarch 2019\nBank\n\n2. Cai Mep Ha Container Terminal Project (CMDT)\n\n" +
		"(7) The bank's loan amounts to JPY 18.6 billion. ADB is providing a parallel loan of US$ 150 million, which it signed separately on the same day. As its counterpart contribution, the Government of Viet Nam will provide VND 1,240 billion for dredging of the access channel and for land clearance.\n"})
	expectAnswers(t, ix, map[string]string{
		"what is the viet nam government counterpart contribution for the port": "VND 1,240 billion",
		"viet nam counterpart contribution for the cmdt?":                       "VND 1,240 billion",
	})
}

// A lender's parallel loan in the passage is not the partner's
// counterpart contribution, whatever else the question's words match.
func TestCounterpartIsNoLendersSum(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "jbic-2019-03-vietnam-cofinancing-loan-press-release"))
	if a := ix.Answer("whats the viet nam counterpart contribution for the port"); a.Span == "US$ 150 million" {
		t.Errorf("answered with ADB's loan: %q", a.Text)
	}
}
