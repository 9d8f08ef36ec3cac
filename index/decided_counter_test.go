package index

import "testing"

// "Provided by Japan ..., of which US$800,000 was received by Cambodia and
// US$400,000 by Laos": the agent after the gapped sum receives it; the
// giving verb's own agent is further back.
func TestCounterGappedReceivers(t *testing.T) {
	flood := "US$1.2 million was provided by Japan for flood relief in 2011, of which US$800,000 was received by Cambodia and US$400,000 by Laos."
	checkRules(t, []ruleCase{
		{name: "a receiver asked as giver", doc: flood, q: "how much did laos provide for flood relief?"},
	})
	ix := mustOpen(t, Source{Name: "payers.md", Text: paperHeader("Payers Fixture", "June 2011") + "1. Funding\n\n" + flood + "\n"})
	if am := amountNamed(ix, "US$400,000"); am != nil && am.Payer == "Laos" {
		t.Errorf("US$400,000: payer Laos, which receives it")
	}
}

// An exclusion denies a yes only of the mention it takes as its object:
// "implemented jointly by Japan and Singapore, and trainees are accepted
// ... excluding Singapore" says Singapore implements it.
func TestCounterExclusionOfAnotherMention(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "excluded elsewhere", doc: "The Japan-Singapore Partnership Programme (JSPP) is implemented jointly by Japan and Singapore, and trainees are accepted from all ASEAN countries excluding Singapore and Brunei.", q: "is the jspp implemented jointly by singapore?", span: "yes"},
	})
}

// The size of a team is no sum, though "aid" names one elsewhere; and a
// sentence that says another thing of a meeting was decided (its date,
// its venue, its agenda) is no yes of the place, the time or the date.
func TestCounterSizeAndDecidedNouns(t *testing.T) {
	for _, tc := range []struct{ doc, q, wrong string }{
		{"In January 2005, Japan sent a medical aid team of 21 members to Aceh, together with relief goods worth ¥50 million.", "what was the size of the medical aid team sent to aceh?", "¥50 million"},
		{"The date of the Fourth Mekong-Japan Foreign Ministers' Meeting has been decided.", "has the place of the fourth mekong-japan foreign ministers' meeting been decided?", "yes"},
		{"The venue of the Fourth Mekong-Japan Foreign Ministers' Meeting has been decided.", "has the time of the fourth mekong-japan foreign ministers' meeting been decided?", "yes"},
		{"The agenda of the Third Mekong-Japan Summit has been decided.", "has the date of the third mekong-japan summit been decided?", "yes"},
	} {
		ix := mustOpen(t, Source{Name: "rule.md", Text: "Rule Fixture\n\nMay 2015\nMinistry of Foreign Affairs\n\n1. Facts\n\n" + tc.doc + "\n"})
		if a := ix.Answer(tc.q); a.Found && normSpan(a.Span) == normSpan(tc.wrong) {
			t.Errorf("%q: answered %q", tc.q, a.Span)
		}
	}
}
