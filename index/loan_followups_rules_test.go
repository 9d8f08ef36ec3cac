package index

import "testing"

// loanFundPaper has a loan's terms in one sentence and a fund's sum so
// far with a part of it.
func loanFundPaper() Source {
	return Source{Name: "loanfund.md", Text: paperHeader("Japan's Cooperation with ASEAN on Clean Transport", "November 2022") + `1. Buses

JICA and the Government of Indonesia signed the loan agreement for the Surabaya Electric Bus Project (SEBP) on 3 May 2021. The interest rate is 0.10 percent per annum, and the loan is repayable over 40 years, including a grace period of 10 years.

A third loan, for the Kediri Charging Project (KCP), runs for 5 years of construction and is repayable within 25 years.

2. Platform

Japan supports the platform through the Clean Mobility Trust Fund (CMTF), which has provided US$6.2 million so far, of which US$2.1 million financed a regional charging data hub.
`}
}

// "Repayable over 40 years" says the repayment period in a word of its
// stem, beside "a grace period of 10 years"; a reply that
// names another of the loan's terms asks that term of the same loan.
func TestLoanTermsAndTheirFollowUps(t *testing.T) {
	ix := mustOpen(t, loanFundPaper())
	expectAnswers(t, ix, map[string]string{
		"whats the repayment period on the sebp loan": "40 years",
		"whats the grace period on the sebp loan":     "10 years",
		// The repayment period's own stem leads up to the second.
		"whats the repayment period on the kcp loan": "25 years",
	})
	for _, reply := range []string{"and the repayment period?", "what about the grace period"} {
		want := map[string]string{"and the repayment period?": "40 years", "what about the grace period": "10 years"}[reply]
		if a := ix.AnswerFollowUp("whats the interest rate on the sebp loan", reply); !a.Found || a.Span != want {
			t.Errorf("%q: %v %q, want %q", reply, a.Found, a.Span, want)
		}
	}
}

// "So far" asks the sum the sentence says is up to now, not its part;
// "how much of that" then asks the part of the sum given before.
func TestSoFarAndAPartOfThat(t *testing.T) {
	ix := mustOpen(t, loanFundPaper())
	expectAnswers(t, ix, map[string]string{
		"how much has the cmtf given so far": "US$6.2 million",
	})
	if a := ix.AnswerFollowUp("how much has the cmtf given so far", "how much of that went to the data hub"); !a.Found || a.Span != "US$2.1 million" {
		t.Errorf("part of that: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}
