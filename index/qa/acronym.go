package qa

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of acronym answers.
const (
	// definitionCoverage is the coverage of a definition whose acronym
	// or name the question holds: the name alone picks the fact.
	definitionCoverage = 1
	// expansionBonus and abbreviationBonus rank a definition above any
	// sentence that merely uses the acronym; asked for the short form
	// ("what is the acronym for ..."), the short form wins.
	expansionBonus    = 0.2
	abbreviationBonus = 0.3
	// initialsCoverage and initialsBonus are for a name the documents only
	// write in full, asked for by initials people make up ("AJC"): likely,
	// not certain, what was meant.
	initialsCoverage = 0.65
	initialsBonus    = 0.1
)

// reAbbreviationAsked asks for the short form of a name.
var reAbbreviationAsked = regexp.MustCompile(`\b(acronym|abbreviation|abbreviated|short name|short form|shortened|initials)\b`)

// answerAcronym answers what an acronym stands for, or what a name is
// abbreviated to.
func (md *Model) answerAcronym(aq *asked, consider offerFunc) {
	q := aq.q
	reverse := reAbbreviationAsked.MatchString(q)
	for _, o := range aq.ent.orgs {
		if o.Acronym == "" {
			continue
		}
		// "IMC" asks for "IMCs", the plural the document defines.
		named := hasPhrase(strings.ToLower(q), strings.ToLower(o.Acronym))
		if s := prose.SingularAcronym(o.Acronym); s != "" {
			named = named || hasPhrase(strings.ToLower(q), strings.ToLower(s))
		}
		// "JEMA" asks for "JEMA-1", the one of its series the documents
		// define.
		if letters, _, ok := strings.Cut(o.Acronym, "-"); ok && len(letters) >= minShortFormAsked && strings.Trim(o.Acronym[len(letters)+1:], "0123456789") == "" {
			named = named || hasPhrase(strings.ToLower(q), strings.ToLower(letters)) && !strings.Contains(strings.ToLower(q), strings.ToLower(letters)+"-")
		}
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
			consider(answerFrom(rec, o.Name, o.Acronym+" stands for "+o.Name, o.Span), definitionCoverage, expansionBonus)
		} else if reverse {
			consider(answerFrom(rec, o.Acronym, o.Name+" is abbreviated "+o.Acronym, o.Span), definitionCoverage, abbreviationBonus)
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
			consider(a, initialsCoverage, initialsBonus)
		}
	}
	for _, g := range aq.ent.groups {
		grp := md.facts.Groups[g]
		if grp == nil || grp.Definition == "" || grp.Passage == nil {
			continue
		}
		if rec := md.sentenceOf(grp.Passage, grp.Span); rec != nil {
			consider(answerFrom(rec, grp.Definition, g+" stands for "+grp.Definition, grp.Span), definitionCoverage, expansionBonus)
		}
	}
}

// hasPhrase reports whether s holds phrase p as whole words.
func hasPhrase(s, p string) bool {
	_, ok := phraseEnd(s, p)
	return ok
}

// phraseEnd is where the first whole-word occurrence of p in s ends.
func phraseEnd(s, p string) (int, bool) {
	for off := 0; p != ""; {
		i := strings.Index(s[off:], p)
		if i < 0 {
			return 0, false
		}
		i += off
		end := i + len(p)
		if (i == 0 || !prose.IsWordRune(lastRune(s[:i]))) && (end == len(s) || !prose.IsWordRune(firstRune(s[end:]))) {
			return end, true
		}
		off = i + 1
	}
	return 0, false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
