package index

import "testing"

// A sum after "and" with its verb left out and an agent of its own ("and
// US$500,000 by the Government of Singapore") is that agent's; a
// yes-or-no question whether a country or a body pays is answered yes by
// such a sum, however the question words the paying ("co-fund") and
// however the sentence names the payer.
func TestPayersOfGappedSumsAndAskedGivers(t *testing.T) {
	safety := "CLMV Occupational Safety Trainers Programme: US$1.4 million, of which US$900,000 is borne by JALPF and US$500,000 by the Government of Singapore."
	hotel := "Since its start, a total of US$1.5 million has been spent on the Hospitality Programme, of which US$900,000 was provided by Japan and US$600,000 by Thailand, which hosts it."
	guide := "(1) Mekong Heritage Tourism Guide Programme (MHTGP)\nThe programme was implemented by the Japan International Cooperation Agency (JICA) in Siem Reap in May 2005. The cost of US$840,000 was borne by JICA."
	for _, tc := range []struct{ doc, sum, payer string }{
		{safety, "US$500,000", "Government of Singapore"},
		{hotel, "US$600,000", "Thailand"},
	} {
		ix := mustOpen(t, Source{Name: "payers.md", Text: paperHeader("Payers Fixture", "June 2011") + "1. Funding\n\n" + tc.doc + "\n"})
		am := amountNamed(ix, tc.sum)
		if am == nil {
			t.Errorf("%s: not read", tc.sum)
			continue
		}
		if am.Payer != tc.payer {
			t.Errorf("%s: payer %q, want %q", tc.sum, am.Payer, tc.payer)
		}
	}
	checkRules(t, []ruleCase{
		{name: "the part a country pays", doc: safety, q: "what is singapore paying for the CLMV occupational safety trainers programme", span: "US$500,000"},
		{name: "co-funds", doc: safety, q: "does singapore co-fund the CLMV occupational safety trainers programme?", span: "yes"},
		{name: "another country", doc: safety, q: "does thailand co-fund the CLMV occupational safety trainers programme?"},
		{name: "a body pays", doc: guide, q: "did JICA pay for the mekong guide programme", span: "yes"},
	})
}

// "So far", with no year named, asks what has been given: a sum only
// planned does not answer it, and does answer a question about the plan.
func TestPlannedSumNotSoFar(t *testing.T) {
	fund := "The JALPF was established on 3 March 2008 with an initial contribution from the Government of Japan in the amount of ¥1.6 billion. A further ¥450 million was extended in FY2010, bringing Japan's total contribution to ¥2.05 billion.\n\n2. Future Cooperation\n\nThe Government of Japan plans to contribute an additional ¥500 million to the JALPF in FY2012, subject to the approval of the Diet."
	ix := mustOpen(t, Source{Name: "rule.md", Text: "Rule Fixture\n\nJune 2011\nMinistry of Foreign Affairs\n\n1. Facts\n\n" + fund + "\n"})
	if a := ix.Answer("what's Japan's total contribution to the jalpf so far"); a.Span == "¥500 million" {
		t.Errorf("so far: answered with the planned %q", a.Span)
	}
	checkRules(t, []ruleCase{
		{name: "the plan", doc: fund, q: "how much will japan contribute to the jalpf in fy2012", span: "¥500 million"},
	})
}
