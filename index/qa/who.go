package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/prose"
)

func (md *Model) answerWho(aq *asked, consider func(Answer, float64, float64)) {
	q := aq.q
	if reWhoPays.MatchString(q) {
		for i := range md.facts.Shares {
			sh := &md.facts.Shares[i]
			rec := md.sentenceOf(sh.Passage, sh.Span)
			if len(sh.Parties) == 0 || !md.entityFit(aq.ent, rec, sh.Parties...) {
				continue
			}
			var names []string
			for _, p := range sh.Parties {
				names = append(names, md.shortName(p))
			}
			consider(answerFrom(rec, strings.Join(names, ", "), strings.Join(sh.Parties, " and ")+" share the cost "+sh.Text, sh.Span), md.cov(aq, rec), 0.3+nearness(rec, sh.Span, aq.terms))
		}
		for i := range md.facts.Amounts {
			am := &md.facts.Amounts[i]
			rec := md.sentenceOf(am.Passage, am.Span)
			if am.Payer == "" || !md.entityFit(aq.ent, rec, am.Payer) {
				continue
			}
			consider(answerFrom(rec, md.shortName(am.Payer), am.Payer+" — "+am.Describe(), am.Span), md.cov(aq, rec), 0.15)
		}
	}
	if rePublished.MatchString(q) {
		for i, d := range md.docs {
			if d.Publisher == "" {
				continue
			}
			a := Answer{Span: d.Publisher, Text: d.Publisher + " published “" + d.Title + "”", Sentence: d.Title, Passage: d.Passages[0]}
			consider(a, 0.5+0.5*md.docCoverage(aq, d), 0.5-float64(i)*1e-3)
		}
	}
	if !reAskOrg.MatchString(q) {
		md.answerPerson(aq, consider)
	}
	named := map[string]bool{}
	for _, o := range aq.ent.orgs {
		named[o.Name] = true
	}
	wantFund := strings.Contains(q, "fund")
	for _, rec := range md.sents {
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue
		}
		// An organisation written twice in a row, "Long Name (ACR)", is
		// answered in the form written first.
		first := map[string]bool{}
		for _, o := range rec.orgs {
			org := md.src.OrgByKey(o.Key)
			if org == nil || named[org.Name] || first[o.Key] || md.namedLoosely(aq, org) {
				continue
			}
			first[o.Key] = true
			span := corpus.Span{Start: rec.span.Start + o.Span.Start, End: rec.span.Start + o.Span.End}
			bonus := 0.15 + nearness(rec, span, aq.terms)
			if reAtPlace.MatchString(rec.text[:o.Span.Start]) {
				bonus -= 0.1 // "set up at WHO": where, not who
			}
			if wantFund && strings.Contains(org.Name, "Fund") {
				bonus += 0.2
			}
			consider(answerFrom(rec, rec.text[o.Span.Start:o.Span.End], org.Display(), span), cov, bonus)
		}
		// "founded in 1996 by Indonesia, the Philippines and Thailand": the
		// agents of a passive verb, as one list.
		if !reAskOrg.MatchString(q) {
			var names []string
			var first, last corpus.Span
			for _, m := range rec.geos {
				if m.IsGroup {
					continue
				}
				if len(names) == 0 {
					if !reByAgent.MatchString(rec.text[:m.Span.Start]) {
						continue
					}
					first = m.Span
				} else if !reNameListGap.MatchString(rec.text[last.End:m.Span.Start]) {
					break
				}
				names = append(names, m.Name)
				last = m.Span
			}
			if len(names) > 0 {
				span := corpus.Span{Start: rec.span.Start + first.Start, End: rec.span.Start + last.End}
				consider(answerFrom(rec, strings.Join(names, ", "), strings.Join(names, ", "), span), cov, 0.2+nearness(rec, span, aq.terms))
			}
		}
		// "Who set up the AHPF?": a country can be the answer too, unless
		// an organisation is asked for.
		for _, m := range rec.geos {
			if m.IsGroup || slices.Contains(aq.ent.countries, m.Name) || reAskOrg.MatchString(q) || !reActs.MatchString(rec.text[m.Span.End:]) {
				continue
			}
			span := corpus.Span{Start: rec.span.Start + m.Span.Start, End: rec.span.Start + m.Span.End}
			consider(answerFrom(rec, m.Name, m.Name, span), cov, 0.1+nearness(rec, span, aq.terms))
		}
		// "Who is the workshop for?": the people after "for".
		if reWhoFor.MatchString(q) {
			// Brackets are blanked, not removed, so offsets still hold:
			// "for MFA (Ministry of Foreign Affairs) personnel of".
			blank := reParenGroup.ReplaceAllStringFunc(rec.text, func(p string) string { return strings.Repeat(" ", len(p)) })
			for _, m := range reForWhom.FindAllStringSubmatchIndex(blank, -1) {
				span := corpus.Span{Start: rec.span.Start + m[2], End: rec.span.Start + m[3]}
				who := strings.Join(strings.Fields(blank[m[2]:m[3]]), " ")
				consider(answerFrom(rec, who, who, span), cov, 0.3)
			}
		}
	}
}

// reActs is a verb right after a name: the name is the one who acts
// ("Japan set up the AHPF"), not a place or a beneficiary.
var reActs = regexp.MustCompile(`^\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+|then\s+)?(?:[a-z]+ed|[a-z]+s|set|put|sent|gave|made|began|took|led|built|held|ran|paid|set up)\b`)

var reNameListGap = regexp.MustCompile(`^\s*(?:,|and|,\s+and)\s+(?:the\s+)?$`)

var reByAgent = regexp.MustCompile(`(?i)\bby\s+(?:the\s+)?$`)

var reAtPlace = regexp.MustCompile(`(?i)\b(?:at|in)\s+(?:the\s+)?$`)

var reAskOrg = regexp.MustCompile(`\b(?:which|what)\s+(?:organi[sz]ations?|orgs?|agency|agencies|bank|fund|body|institution|partners?)\b`)

var reParenGroup = regexp.MustCompile(`\([^()]*\)`)

var reForWhom = regexp.MustCompile(`\bfor\s+((?:non-)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:of|from|in)\b`)

// shortName gives an organisation by its acronym when it has one, as
// people say it: "JICA", not "Japan International Cooperation Agency (JICA)".
func (md *Model) shortName(name string) string {
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		return name[i+2 : len(name)-1]
	}
	return name
}

// namedLoosely reports whether the question names org in other words: its
// rarest word is in the question. "Who pays for the visayas centre" names
// the Visayas Health Training Centre, which is then not its own answer.
func (md *Model) namedLoosely(aq *asked, org *corpus.Org) bool {
	rarest, idf := "", 0.0
	for _, w := range prose.WordRE.FindAllString(strings.ToLower(org.Name), -1) {
		if prose.Stopwords[w] {
			continue
		}
		if st := stemTerm(w); md.idf[st] > idf {
			rarest, idf = st, md.idf[st]
		}
	}
	for _, t := range aq.terms {
		if t.stem == rarest {
			return true
		}
	}
	return false
}

// namesAny reports whether text names any of the countries, inside an
// organisation's name included ("Government of Indonesia").
func (md *Model) namesAny(text string, countries []string) bool {
	for _, m := range md.src.AllGeoMentions(text) {
		if slices.Contains(countries, m.Name) {
			return true
		}
	}
	return false
}

var (
	reWhoPays = regexp.MustCompile(`\b(pay|pays|paid|paying|funding|financing|covers|covering|fund|funds|funded|finance|finances|bear|bears|borne|cost|costs|share|shares|split)\b`)
	reWhoFor  = regexp.MustCompile(`\b(for|aimed at|targeted at|target|intended for|meant for|benefit|benefits)\s*\??$|\b(attend|attends|attended|participants?|trainees?|takes? part|went to|go to|goes to)\b`)
)
