package qa

import (
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/prose"
)

func (md *Model) answerMember(aq *asked, consider func(Answer, float64, float64)) {
	for _, m := range md.facts.Memberships {
		if !slices.Contains(aq.ent.countries, m.Country) {
			continue
		}
		rec := md.sentenceOf(m.Passage, m.Span)
		if rec == nil {
			continue
		}
		if !md.orgAsked(aq, m.Org) {
			continue
		}
		orgTerms := md.termCache[m.Org]
		cov := 0.5 + 0.5*coverageSet(aq.terms, mergeTerms(orgTerms, map[string]bool{stemTerm(m.Country): true}, rec.terms))
		span := m.Status
		if m.Status == corpus.StatusJoined && m.Date != nil {
			span += " " + m.Date.Text
		}
		line := m.Country + ": " + span + " (" + m.Org + ")"
		if m.Note != "" {
			line += ", " + m.Note
		}
		consider(answerFrom(rec, span, line, m.Span), cov, 0.1)
	}
}

func mergeTerms(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for k := range s {
			out[k] = true
		}
	}
	return out
}

// statusSentence says a membership in words: "Laos intends to join the
// ASEAN-Japan Centre".
func statusSentence(m corpus.Membership) string {
	org := "the " + strings.TrimPrefix(m.Org, "the ")
	switch m.Status {
	case corpus.StatusIntends:
		return m.Country + " intends to join " + org
	case corpus.StatusNonMember:
		return m.Country + " is not a member of " + org
	case corpus.StatusObserver:
		return m.Country + " is an observer of " + org
	case corpus.StatusJoined:
		return m.Country + " has joined " + org
	default:
		return m.Country + " is a member of " + org
	}
}

// orgAsked reports whether org is compatible with what the question names:
// any organisation when it names none, else one of those.
func (md *Model) orgAsked(aq *asked, org string) bool {
	if len(aq.ent.orgs) == 0 {
		// "join ASEAN" asks about ASEAN, not the ASEAN-Japan Centre.
		for _, g := range aq.ent.groups {
			if prose.Fold(org) != prose.Fold(g) && !strings.HasPrefix(prose.Fold(org), prose.Fold(g)+" (") {
				return false
			}
		}
		return true
	}
	for _, o := range aq.ent.orgs {
		if strings.Contains(prose.CanonOrg(org), prose.CanonOrg(o.Name)) {
			return true
		}
	}
	return false
}
