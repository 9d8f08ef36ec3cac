package index

import "testing"

// loansPaper is a paper with a loan named by its short form in Vietnam
// and one of another country, and two governments' shares of their own.
func loansPaper() Source {
	return Source{Name: "loans.md", Text: paperHeader("Loans Fixture", "September 2019") + `1. Land Databases

(1) Digital Land Database Project in Vietnam

The Digital Land Database Project (DLDP) aims to build a single land database in 8 provinces. The Loan Agreement for an ODA loan of ¥14.6 billion for DLDP was signed in Hanoi on 6th November 2018.

(2) Philippine Cadastral Modernisation Project

The Philippine Cadastral Modernisation Project (PCMP) will digitise cadastral maps in 9 regions. JICA and the Government of the Philippines signed the Loan Agreement for an ODA loan of ¥23.6 billion in Manila on March 15, 2019.

2. School Feeding

Japan contributes US$2.3 million through WFP for fortified rice, while the Government of Laos provides 850 million kip for kitchens and cooks. The Government of Cambodia provides 600 million riels for kitchens and cooks, and 1.2 billion riels a year for provincial salt inspectors.
`}
}

// A reply names its own thing: "the philippine one" of another project's
// loan, a country's possessive with words of its own, "them" of a count's
// part, and "it" of the project a question about a sum named.
func TestFollowUpsNameTheirOwnThing(t *testing.T) {
	loans := mustOpen(t, loansPaper())
	course := mustOpen(t, courseBreakdown())
	rangers := mustOpen(t, rangerPaper())
	for _, c := range []struct {
		ix                *Index
		prev, reply, want string
	}{
		{loans, "hw much was the DLDP loan", "and the philippine one?", "¥23.6 billion"},
		{loans, "how much does the laos govt pay for kitchens and cooks", "what about cambodia's govt contribution for salt inspectors", "1.2 billion riels"},
		{course, "how many ppl completed GTC", "how many of them women", "38"},
		{rangers, "how much is RCP worth", "when does it end", "March 2026"},
	} {
		if a := c.ix.AnswerFollowUp(c.prev, c.reply); !a.Found || a.Span != c.want {
			t.Errorf("%q after %q (read %q): found %v span %q, want %q", c.reply, c.prev, c.ix.FollowUp(c.prev, c.reply), a.Found, a.Span, c.want)
		}
	}
}

// A sum right after "and", with no subject or verb of its own, is the
// payer's of the sum before it, and its own words after a rate ("a year
// for provincial salt inspectors") are its own.
func TestGappedSumSharesItsPayer(t *testing.T) {
	ix := mustOpen(t, loansPaper())
	expectAnswers(t, ix, map[string]string{
		"how much does cambodia pay for salt inspectors": "1.2 billion riels",
		"how much does cambodia pay for kitchens":        "600 million riels",
	})
	for _, f := range ix.Funding() {
		if f.Amount.Text == "1.2 billion riels" && f.Amount.Payer != "Government of Cambodia" {
			t.Errorf("1.2 billion riels paid by %q", f.Amount.Payer)
		}
	}
}
