package index

import "testing"

// "And for HMP?" after "who signed the grant for Japan" asks the same of
// what the reply names in place of prev's last "for"; "how many yrs to
// repay" asks the repayment period; a channel written after a second sum
// ("¥7.2 billion and is co-financed with VND 460 billion from
// Vietcombank") is that sum's, not the first's, unless the second is the
// first again in brackets.
func TestForRepliesRepayAndChannels(t *testing.T) {
	ix := mustOpen(t, Source{Name: "loans.txt", Text: "Loans\n\nMarch 2019\nBank\n\n" +
		"1. Water\n\n" +
		"(9) The grant contract for the Kampong Speu Rural Water Project (KSRW), for US$ 98,560, was signed on 8 March 2021 in Phnom Penh by H.E. Mr. Tsuneo Okabe, Ambassador of Japan to Cambodia, and by Ms. Haruka Moriyama for HMP.\n\n" +
		"(11) For the Can Tho Water Supply Project (CTWS), the bank's loan amounts to ¥7.2 billion and is co-financed with VND 460 billion from the Joint Stock Commercial Bank for Foreign Trade of Vietnam (Vietcombank). The loan carries an interest rate of 1.20 per cent per annum, and the repayment period is 18 years, including a grace period of 5 years.\n\n" +
		"(12) For the Ca Na Gas Power Project (CNGP), the bank's loan amounts to up to USD 420 million (about ¥46 billion) through the Japan Export Credit Facility (JECF).\n"})
	for _, tc := range []struct{ prev, reply, want string }{
		{"who signed the ksrw grant for japan", "and for hmp?", "Ms. Haruka Moriyama"},
		{"how much is the bank lending for the ca na gas project?", "and for the can tho water project?", "¥7.2 billion"},
		{"how much is the ctws loan", "and how many yrs to repay", "18 years"},
	} {
		if a := ix.AnswerFollowUp(tc.prev, tc.reply); a.Span != tc.want {
			t.Errorf("%q after %q: got %q, want %q", tc.reply, tc.prev, a.Span, tc.want)
		}
	}
	for _, am := range ix.Amounts() {
		switch am.Text {
		case "¥7.2 billion":
			if am.Via != "" {
				t.Errorf("¥7.2 billion through %q", am.Via)
			}
		case "VND 460 billion", "USD 420 million":
			if am.Via == "" {
				t.Errorf("%s through no one", am.Text)
			}
		}
	}
}
