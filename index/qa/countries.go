package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/prose"
)

func (md *Model) answerCountries(aq *asked, consider func(Answer, float64, float64)) {
	q := aq.q
	// "What are the CLMV countries?"
	for _, g := range aq.ent.groups {
		grp := md.facts.Groups[g]
		if grp == nil || grp.Passage == nil {
			continue
		}
		rec := md.sentenceOf(grp.Passage, grp.Span)
		if rec == nil {
			continue
		}
		// Only when the group is what is asked about, not a qualifier:
		// the question's words must be the group's own.
		terms := md.termsOf(g + " " + strings.Join(grp.Members, " ") + " " + strings.Join(grp.Aliases, " ") + " countries members nations")
		consider(answerFrom(rec, strings.Join(grp.Members, ", "), g+": "+strings.Join(grp.Members, ", "), grp.Span), coverageSet(aq.terms, terms), 0.3)
	}
	// Members of an organisation, or those with a given status.
	for _, o := range aq.ent.orgs {
		var names []string
		var spans []corpus.Span
		var rec *sentenceRec
		for _, m := range md.facts.Memberships {
			if !strings.Contains(m.Org, o.Name) || (m.Status != corpus.StatusMember && m.Status != corpus.StatusJoined) {
				continue
			}
			if len(aq.ent.groups) > 0 && !md.inGroups(m.Country, aq.ent.groups) {
				continue
			}
			names = append(names, m.Country)
			spans = append(spans, m.Span)
			if rec == nil {
				rec = md.sentenceOf(m.Passage, m.Span)
			}
		}
		if len(names) > 0 && rec != nil && rePlural.MatchString(q) {
			consider(answerFrom(rec, strings.Join(prose.Uniq(names), ", "), "Members of "+o.Name+": "+strings.Join(prose.Uniq(names), ", "), spans...), 0.7+0.3*md.cov(aq, rec), 0.4)
		}
	}
	statusAsked := len(aq.ent.orgs) > 0 || reStatusCue.MatchString(q)
	for _, m := range md.facts.Memberships {
		if !statusAsked {
			break
		}
		rec := md.sentenceOf(m.Passage, m.Span)
		if rec == nil || !md.orgAsked(aq, m.Org) {
			continue
		}
		bonus := 0.0
		if re := reStatusWant[m.Status]; re != nil && re.MatchString(q) {
			bonus = 0.25
		}
		if m.Date != nil && strings.Contains(q, strings.ToLower(m.Date.Start.Format("January"))) {
			bonus += 0.1
		}
		consider(answerFrom(rec, m.Country, m.Country+": "+m.Status+" ("+m.Org+")", m.Span), md.cov(aq, rec), bonus)
	}
	for _, rec := range md.sents {
		if !md.entityFit(entities{orgs: aq.ent.orgs, places: aq.ent.places, groups: aq.ent.groups}, rec) {
			continue
		}
		var names []string
		var spans []corpus.Span
		for _, m := range rec.geos {
			ns := []string{m.Name}
			if m.IsGroup {
				g := md.facts.Groups[m.Name]
				if g == nil || !corpus.Expandable(m.Name) {
					continue
				}
				ns = g.Members
			}
			names = append(names, ns...)
			spans = append(spans, corpus.Span{Start: rec.span.Start + m.Span.Start, End: rec.span.Start + m.Span.End})
		}
		// The sentence's subject is the actor, not the answer, when the
		// question asks who benefits.
		if len(names) > 0 && strings.HasPrefix(rec.text, names[0]) && (len(names) > 1 || reBeneficiary.MatchString(q)) {
			names = names[1:]
		}
		var out []string
		for _, n := range prose.Uniq(names) {
			if !slices.Contains(aq.ent.countries, n) && !md.inGroups(n, expandableOnly(aq.ent.groups)) {
				out = append(out, n)
			}
		}
		if len(out) == 0 {
			continue
		}
		consider(answerFrom(rec, strings.Join(out, ", "), strings.Join(out, ", "), spans...), md.cov(aq, rec), 0.05)
	}
}

func (md *Model) inGroups(country string, groups []string) bool {
	for _, g := range groups {
		if grp := md.facts.Groups[g]; grp != nil && slices.Contains(grp.Members, country) {
			return true
		}
	}
	return false
}

func expandableOnly(groups []string) []string {
	var out []string
	for _, g := range groups {
		if corpus.Expandable(g) {
			out = append(out, g)
		}
	}
	return out
}

var (
	rePlural      = regexp.MustCompile(`\b(countries|nations|members|states|ones)\b`)
	reBeneficiary = regexp.MustCompile(`\b(benefit|benefits|benefited|help|helped|helps|assist|assisted|receive|received|receives|get|gets|got|target|targets|aimed|for)\b`)
	reStatusWant  = map[string]*regexp.Regexp{
		corpus.StatusIntends:   regexp.MustCompile(`\b(want|wants|wanted|intend|intends|intention|plan|plans|planning|wish|wishes|expressed|hope|hopes)\b`),
		corpus.StatusNonMember: regexp.MustCompile(`\b(not|non|isn't|encouraged|urged|yet|outside)\b`),
		corpus.StatusJoined:    regexp.MustCompile(`\b(joined|became|become|signed up|entered)\b`),
		corpus.StatusMember:    regexp.MustCompile(`\b(already|is a member|are members|member)\b`),
	}
	reStatusCue = regexp.MustCompile(`\b(join|joined|joining|intend|intends|intention|want|wants|encouraged|become|became|observer|non-member|not a member)\b`)
)
