package qa

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iaibot/iaibot/index/corpus"
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
	md.answerProjectShortForm(aq, consider)
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

// answerProjectShortForm answers what a project's short form stands for
// when only the project's name gives it, in brackets after the name, and
// its letters spell no run of the name's words, so no definition does:
// "Da Nang Coastal Wastewater Treatment Project (Phase 1) (DNWW)".
func (md *Model) answerProjectShortForm(aq *asked, consider offerFunc) {
	if reAbbreviationAsked.MatchString(aq.q) {
		return
	}
	for _, pr := range md.facts.Projects {
		acr, at, ok := prose.EndShortForm(pr.Name)
		if !ok || pr.Passage == nil {
			continue
		}
		if !reShortFormLetters.MatchString(acr) || !hasPhrase(aq.q, strings.ToLower(acr)) || slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return o.Acronym == acr }) {
			continue
		}
		name, sp, ok := projectNameWritten(pr, strings.TrimSpace(pr.Name[:at]), acr)
		if !ok || !lettersAreInitials(acr, name) {
			continue
		}
		rec := md.sentenceOf(pr.Passage, sp)
		if rec == nil {
			rec = wholePassage(pr.Passage)
		}
		consider(answerFrom(rec, name, acr+" stands for "+name, sp), definitionCoverage, expansionBonus)
	}
}

// lettersAreInitials reports whether every letter of a short form opens
// a word of the name, hyphenated parts and small words counted, in
// whatever order ("MWSA" of "Water Survey of Mekong Areas"), or its
// letters are the first letters of the name's words ("WUMCAP"), or its
// first letter opens the name: a bracket of other letters after a name is
// not its short form.
func lettersAreInitials(acr, name string) bool {
	initials := map[rune]bool{}
	words := strings.FieldsFunc(name, func(r rune) bool { return !prose.IsWordRune(r) })
	for _, w := range words {
		initials[unicode.ToUpper([]rune(w)[0])] = true
	}
	// "Dry Zone Village Water and Hygiene Improvement Project (DZ-WASH)":
	// letters that open as the name does are its short form, whatever
	// the rest spell.
	if len(words) > 0 && []rune(acr)[0] == unicode.ToUpper([]rune(words[0])[0]) {
		return true
	}
	for _, r := range acr {
		if unicode.IsLetter(r) && !initials[r] {
			// "WUMCAP" of "... Capacity Development of Water Utility
			// Management": a word may give its first letters, not only
			// its first.
			return prefixesOfWords(strings.ToLower(acr), words, map[int]bool{})
		}
	}
	return true
}

// prefixesOfWords reports whether acr, lower case, is the first letters
// of words of the name, each word used once, in whatever order: "wumcap"
// is "w", "u", "m", "ca" and "p" of "Project for Capacity Development of
// Water Utility Management".
func prefixesOfWords(acr string, words []string, used map[int]bool) bool {
	if acr == "" {
		return true
	}
	for i, w := range words {
		if used[i] {
			continue
		}
		w = strings.ToLower(w)
		for n := min(len(w), len(acr)); n >= 1; n-- {
			if w[:n] != acr[:n] {
				continue
			}
			used[i] = true
			if prefixesOfWords(acr[n:], words, used) {
				return true
			}
			used[i] = false
		}
	}
	return false
}

// projectNameWritten is a project's name as its passage writes it before
// the short form, whole where the list clipped it, and where it stands
// (an empty span when a heading over the passage gives it).
func projectNameWritten(pr *corpus.Project, name, acr string) (string, corpus.Span, bool) {
	head, _, clipped := strings.Cut(name, "…")
	for _, t := range []string{pr.Passage.Text, pr.Passage.Cite.SectionTitle, pr.Passage.Label} {
		i := strings.Index(t, head)
		if i < 0 {
			continue
		}
		j := strings.Index(t[i:], " ("+acr+")")
		if j <= 0 || !clipped && j != len(name) {
			continue
		}
		var sp corpus.Span
		if t == pr.Passage.Text {
			sp = corpus.Span{Start: i, End: i + j + len(acr) + 3}
		}
		return t[i : i+j], sp, true
	}
	return "", corpus.Span{}, false
}

// reShortFormLetters is a short form of capitals, with digits or a hyphen
// after its first two: "DNWW", "MCBC-I".
var reShortFormLetters = regexp.MustCompile(`^[A-Z]{2}[A-Z0-9-]*$`)
