package qa

import (
	"regexp"
	"strings"

	"github.com/iaibot/iaibot/index/internal/prose"
)

func (md *Model) answerAcronym(aq *asked, consider func(Answer, float64, float64)) {
	q := aq.q
	reverse := regexp.MustCompile(`\b(acronym|abbreviation|abbreviated|short name|short form|shortened|initials)\b`).MatchString(q)
	for _, o := range aq.ent.orgs {
		if o.Acronym == "" {
			continue
		}
		named := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(o.Acronym) + `\b`).MatchString(q)
		rec := md.sentenceOf(o.Passage, o.Span)
		if rec == nil {
			rec = wholePassage(o.Passage)
		}
		if named {
			if o.General {
				// The documents never spell it out: say so rather than
				// answer from outside them.
				aq.note = "They use " + o.Acronym + " without spelling it out (it usually means " + o.Name + ")."
				continue
			}
			consider(answerFrom(rec, o.Name, o.Acronym+" stands for "+o.Name, o.Span), 1, 0.2)
		} else if reverse {
			consider(answerFrom(rec, o.Acronym, o.Name+" is abbreviated "+o.Acronym, o.Span), 1, 0.3)
		}
	}
	// "What does AJC stand for": people's initials for a name the
	// documents only write in full.
	for _, o := range aq.ent.orgs {
		d := prose.DerivedAcronym(o.Name)
		if o.Acronym != "" || d == "" || !strings.Contains(aq.q, strings.ToLower(d)) {
			continue
		}
		if rec := md.sentenceOf(o.Passage, o.Span); rec != nil {
			a := answerFrom(rec, o.Name, d+" is the "+o.Name+" (the documents write it in full, not as "+d+")", o.Span)
			consider(a, 0.65, 0.1)
		}
	}
	for _, g := range aq.ent.groups {
		grp := md.facts.Groups[g]
		if grp == nil || grp.Definition == "" || grp.Passage == nil {
			continue
		}
		if rec := md.sentenceOf(grp.Passage, grp.Span); rec != nil {
			consider(answerFrom(rec, grp.Definition, g+" stands for "+grp.Definition, grp.Span), 1, 0.2)
		}
	}
}
