package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
)

// A loan's terms are its interest rate and its repayment and grace
// periods: "The loan carries an interest rate of 0.55 per cent per annum,
// with a repayment period of 30 years including a grace period of 8
// years". They are neither sums nor dates, so they are read from the
// sentences when a question asks for one, whatever kind it seems to be.

var (
	reRateAsked = regexp.MustCompile(`\binterest(?:\s+rate)?\b|\brate of interest\b`)
	reTermAsked = regexp.MustCompile(`\b(?:repayment|grace|maturity|tenor|amorti[sz]ation)(?:\s+period)?\b|\brepay\b`)
	// reNoSumTerm asks a rate or a period that no sum can be: "what was
	// the tenor of the rayong loan" is not answered by the loan's sum.
	// "Repayment" may ask a sum, and so does any "how much" ("how much
	// was disbursed during the grace period").
	reNoSumTerm = regexp.MustCompile(`\b(?:` + lexicon.Alt("loan terms no sum answers") + `)\b`)
	reHowMuch   = regexp.MustCompile(`\bhow\s+much\b`)
	reRateSpan  = regexp.MustCompile(`(?i)\b\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)(?:\s+(?:per annum|a year|annually)\b)?`)
	reTermSpan  = regexp.MustCompile(`(?i)\b(?:\d+|` + lexicon.AltOf(lexicon.Words("number words")) + `)(?:-year\b|\s+years\b)`)
)

// loanTermBonus ranks a rate or period of the asked kind above the sums
// and dates of its sentence.
const loanTermBonus = 0.4

// loanOrgBonus ranks the rate or period whose own words name the
// organisation the question names above the others of its sentence.
const loanOrgBonus = 0.3

// loanCueBonus ranks the rate or period whose own words name the asked
// term ("grace", "repayment") above the others of its sentence.
const loanCueBonus = 0.3

// answerLoanTerms offers the interest rates, or the repayment and grace
// periods, of the sentences that cover the question. Which of a
// sentence's several is meant is read from the words that lead up to
// each ("a grace period of 8 years").
func (md *Model) answerLoanTerms(aq *asked, consider offerFunc) {
	var re *regexp.Regexp
	cue := ""
	switch {
	case reRateAsked.MatchString(aq.q):
		re, cue = reRateSpan, "interest"
	case reTermAsked.MatchString(aq.q):
		re = reTermSpan
		cue = strings.Fields(reTermAsked.FindString(aq.q))[0]
	default:
		return
	}
	cueStem := stemTerm(cue)
	for _, rec := range md.sents {
		// Only a sentence that names the term can give it: a cheap test
		// before the pattern.
		if !rec.terms.has(cueStem) {
			continue
		}
		ms := re.FindAllStringIndex(rec.text, -1)
		if len(ms) == 0 || !md.entityFit(aq.ent, rec) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue
		}
		preds := predicates{}
		prev := 0
		spans := make([]corpus.Span, len(ms))
		for k, m := range ms {
			spans[k] = corpus.Span{Start: rec.span.Start + m[0], End: rec.span.Start + m[1]}
		}
		for k, m := range ms {
			span := spans[k]
			text := rec.text[m[0]:m[1]]
			// "the JBIC loans have a tenor of 18 years; the dong loan has a
			// tenor of 12 years": the period whose own words the question
			// names.
			bonus := loanTermBonus + aq.nearness(rec, span) + preds.bonus(aq, rec, span) + aq.ownWordsBonus(rec, spans, k)
			// "a grace period of 8 years": the asked term's own word
			// leads up to it.
			// "Repayable over 40 years" says the repayment period in a
			// word of the same stem.
			lead := strings.ToLower(rec.text[prev:m[0]])
			if strings.Contains(lead, cue) || strings.Contains(lead, cueStem) {
				bonus += loanCueBonus
			}
			// "the JBIC and commercial bank loans have a tenor of 18
			// years": the organisation asked named in its own words.
			if own := rec.text[prev:m[0]]; len(aq.ent.orgs) > 0 && !slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return !namesOrg(own, o) }) {
				bonus += loanOrgBonus
			}
			prev = m[1]
			consider(answerFrom(rec, text, text+" — "+rec.text, span), cov, bonus)
		}
	}
}
