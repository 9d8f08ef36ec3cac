package qa

import (
	"regexp"
	"strings"
)

func (md *Model) answerMoney(aq *asked, consider func(Answer, float64, float64)) {
	wantShare := reWantShare.MatchString(aq.q)
	cur := reCurrencyWord.FindString(aq.q)
	for i := range md.facts.Amounts {
		am := &md.facts.Amounts[i]
		rec := md.sentenceOf(am.Passage, am.Span)
		// The country asked about must be named with the sum itself: a
		// project's beneficiaries did not each receive the sum.
		if am.EquivalentOf != "" && !reCurrencyWord.MatchString(aq.q) || !md.entityFit(aq.ent, rec, am.Payer) {
			continue
		}
		bonus := 0.2 + nearness(rec, am.Span, aq.terms)
		if cur != "" && (strings.HasPrefix(cur, "yen") || cur == "jpy") != (am.Currency == "JPY") {
			bonus -= 0.2
		}
		if wantShare {
			bonus -= 0.2
		}
		consider(answerFrom(rec, am.Text, am.Describe(), am.Span), md.cov(aq, rec), bonus)
	}
	for i := range md.facts.Shares {
		sh := &md.facts.Shares[i]
		rec := md.sentenceOf(sh.Passage, sh.Span)
		// "How much did Japan give to Thailand" is not answered by a ratio,
		// unless the country named is one of those sharing the cost.
		if len(aq.ent.countries) > 0 && !wantShare && !md.namesAny(strings.Join(sh.Parties, "; "), aq.ent.countries) {
			continue
		}
		if !md.entityFit(aq.ent, rec, sh.Parties...) {
			continue
		}
		bonus := 0.1 + nearness(rec, sh.Span, aq.terms)
		if wantShare {
			bonus += 0.3
		}
		line := sh.Text + " cost share"
		if len(sh.Parties) > 0 {
			line += " between " + strings.Join(sh.Parties, " and ")
		}
		if sh.What != "" {
			line += ", for " + sh.What
		}
		consider(answerFrom(rec, sh.Text, line, sh.Span), md.cov(aq, rec), bonus)
	}
}

var reCurrencyWord = regexp.MustCompile(`\b(yen|dollars?|usd|jpy|us\$)\b`)

var reWantShare = regexp.MustCompile(`\b(share|shared|split|ratio|basis|borne|proportion|percent|percentage|between|%)\b`)
