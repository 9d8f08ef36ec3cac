package qa

import (
	"regexp"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of "what does X do" answers.
const (
	// doesCoverage is how surely a sentence whose subject is the body
	// asked, in the present, says what it does: as sure as the sentence
	// that defines it says what it is.
	doesCoverage = 0.8
	// doesBonus puts what the body does above why it was set up, which
	// the purpose sentences say.
	doesBonus = 0.5
)

// reDoesAsked asks what a thing does: "what does kcopa actually do".
var reDoesAsked = regexp.MustCompile(`^\s*what\s+(?:does|do)\s+(?:the\s+)?\S.*?\s+(?:` + lexicon.Alt("adverbs before a verb") + `\s+)?do\s*\??\s*$`)

// reToDo is an infinitive "to do": "what does it aim to do".
var reToDo = regexp.MustCompile(`\bto\s+do\s*\??\s*$`)

// rePresentVerb opens a predicate in the present: "prepares", "collects",
// "gives" (not "is", "has"), perhaps after "also" or "now".
var rePresentVerb = regexp.MustCompile(`^\s+(?:(?:also|now|currently|mainly)\s+)?([a-z]+s)\b`)

// answerDoes answers "what does X do" with the sentences whose subject is
// X, by its short form, its name, its head ("The Centre") or "It" in a
// passage about it, in the present: "RECAP prepares joint review
// templates, runs mock assessments ...".
func (md *Model) answerDoes(aq *asked, consider offerFunc) {
	// "What does the programme aim to do" asks its aim, which the
	// purpose sentences say.
	if !reDoesAsked.MatchString(aq.q) || reToDo.MatchString(aq.q) || len(aq.ent.orgs) == 0 {
		return
	}
	for i, o := range aq.ent.orgs {
		key := orgKey(o)
		if i < len(aq.ent.orgKeys) {
			key = aq.ent.orgKeys[i]
		}
		subjects := []string{o.Name, "the " + o.Name}
		if o.Acronym != "" {
			subjects = append(subjects, o.Acronym, "the "+o.Acronym)
		}
		named := len(subjects) // the subjects after these refer to it
		if h := prose.NameHead(o.Name); h != "" {
			subjects = append(subjects, "The "+h)
		}
		subjects = append(subjects, "It")
		for _, rec := range md.sents {
			if !md.mentionsOrg(rec.p, key) {
				continue
			}
			for k, sub := range subjects {
				if !strings.HasPrefix(strings.ToLower(rec.text), strings.ToLower(sub)+" ") {
					continue
				}
				m := rePresentVerb.FindStringSubmatchIndex(rec.text[len(sub):])
				if m == nil || auxiliaries[rec.text[len(sub)+m[2]:len(sub)+m[3]]] {
					continue
				}
				// "The Centre" and "It" stand for the thing asked only in a
				// passage that names it before them; "It collects national
				// data" after "The Centre opened its doors": "it" is what
				// the sentence before spoke of.
				if k >= named && !namesBefore(rec, o) || sub == "It" && !md.namedBefore(rec, subjects[:len(subjects)-1]) {
					continue
				}
				from := len(sub) + m[2]
				span := strings.TrimRight(rec.text[from:], ".")
				a := answerFrom(rec, span, o.Display()+": "+span, corpus.Span{Start: rec.span.Start + from, End: rec.span.Start + from + len(span)})
				consider(a, doesCoverage, doesBonus)
				break
			}
		}
	}
}

// namedBefore reports whether the sentence before rec in its passage
// names one of names.
func (md *Model) namedBefore(rec *sentenceRec, names []string) bool {
	prev := md.sentenceBefore(rec)
	if prev == nil {
		return false
	}
	for _, n := range names {
		if hasPhrase(strings.ToLower(prev.text), strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// namesBefore reports whether rec's passage, before rec, writes o's
// name or short form.
func namesBefore(rec *sentenceRec, o *corpus.Org) bool {
	before := strings.ToLower(rec.p.Text[:max(0, min(len(rec.p.Text), rec.span.Start))])
	return strings.Contains(before, strings.ToLower(o.Name)) || o.Acronym != "" && hasPhrase(before, strings.ToLower(o.Acronym))
}

// auxiliaries are the verbs in "-s" that open no predicate of doing: "is",
// "has", "was".
var auxiliaries = lexicon.Set("finite auxiliaries", "auxiliaries")
