package index

import "testing"

// Sums listed in brackets with "respectively" pair off with the parties
// the cost is borne by or shared between; the sum the parties bear
// together is no one party's.
func TestRespectiveShares(t *testing.T) {
	doc := "Japan also cooperates with Malaysia through the Japan-Malaysia Urban Planners Programme (JMUPP). Its cost for FY2019, ¥180 million, is borne by Japan and Malaysia on a 60-40 basis (¥108 million and ¥72 million respectively)."
	shared := "The annual budget of the Centre, US$3.1 million, is shared between the Government of Japan and the Government of Thailand (US$2.5 million and US$0.6 million, respectively)."
	uneven := "The cost, ¥90 million, is borne by Japan, Malaysia and Thailand (¥60 million and ¥30 million respectively)."
	ix := mustOpen(t, Source{Name: "rule.md", Text: paperHeader("Rule Fixture", "July 2019") + "1. Facts\n\n" + doc + "\n\n" + shared + "\n\n" + uneven + "\n"})
	want := map[string]string{
		"¥180 million": "", "¥108 million": "Japan", "¥72 million": "Malaysia",
		"US$3.1 million": "", "US$2.5 million": "Japan", "US$0.6 million": "Thailand",
		"¥90 million": "", "¥60 million": "", "¥30 million": "",
	}
	for text, payer := range want {
		a := amountNamed(ix, text)
		if a == nil {
			t.Errorf("%s: not read as a sum", text)
			continue
		}
		if a.Payer != payer {
			t.Errorf("%s: payer %q, want %q", text, a.Payer, payer)
		}
	}
	checkRules(t, []ruleCase{
		{name: "the second party's share", doc: doc, q: "how much does malaysia put into the urban planners programme", span: "¥72 million"},
		{name: "the first party's share", doc: doc, q: "how much does japan pay for the JMUPP", span: "¥108 million"},
		{name: "the whole cost", doc: doc, q: "what is the total cost of the JMUPP in FY2019", span: "¥180 million"},
	})
}
