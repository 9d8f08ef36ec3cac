package qa

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	porter "github.com/blevesearch/go-porterstemmer"

	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// synonyms map words that mean the same thing here to one stem, so "give",
// "provide" and "disburse" match each other. The lists are data, in the
// lexicon; they are read in a fixed order, words before their stems, so a
// word in two lists ("meet", a stem of "meeting") always maps the same way.
var synonyms = func() map[string]string {
	lists := lexicon.Pairs("synonyms")
	canons := make([]string, 0, len(lists))
	for c := range lists {
		canons = append(canons, c)
	}
	slices.Sort(canons)
	out := map[string]string{}
	for _, c := range canons {
		for _, w := range strings.Fields(lists[c]) {
			if _, ok := out[w]; !ok {
				out[w] = c
			}
		}
	}
	for _, c := range canons {
		for _, w := range strings.Fields(lists[c]) {
			if st := porter.StemString(w); out[st] == "" {
				out[st] = c
			}
		}
	}
	return out
}()

// ordinalForms map each ordinal word to its digits: "seventh" is "7th".
var ordinalForms = func() map[string]string {
	out := map[string]string{}
	for w, n := range numberPairs("ordinals") {
		out[w] = ordinalDigits(n)
	}
	return out
}()

// numberingNouns are the nouns a number after them numbers: "phase 2" is
// the second phase.
var numberingNouns = lexicon.Set("numbering nouns")

// maxOrdinalAlt bounds the numbers a question's digits also match as
// ordinals: a phase or a meeting, not a year or a sum.
const maxOrdinalAlt = 100

// ordinalDigits writes n as an ordinal in digits: 1st, 2nd, 3rd, 11th, 22nd.
func ordinalDigits(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// questionStop are words that carry no topic in a question.
var questionStop = lexicon.Set("question stop words")

// romanNumerals number phases and parts: "Phase II", "Package IV".
var romanNumerals = lexicon.Pairs("roman numerals")

// literalStem is a word's own stem, without the synonyms stemTerm maps
// it to: "trainees" and "courses" find each other's sentences, but a
// count of trainees is no count of courses.
func literalStem(w string) string {
	w = strings.ToLower(strings.Trim(w, "'’"))
	return porter.StemString(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
}

// stemTerm normalises one word for matching: lower case, a number word as
// its digits, stemmed, then mapped through synonyms.
func stemTerm(w string) string {
	w = strings.ToLower(strings.Trim(w, "'’"))
	// "Hoshino's share" is Hoshino's: the possessive is no word of its own.
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	// "the 5 projects" are "the five projects".
	if d, ok := numberWords[w]; ok {
		return d
	}
	// "Phase II" is "phase 2".
	if d, ok := romanNumerals[w]; ok {
		return d
	}
	// "the Seventh Meeting" is "the 7th meeting".
	if d, ok := ordinalForms[w]; ok {
		return d
	}
	if s, ok := synonyms[w]; ok {
		return s
	}
	st := porter.StemString(w)
	if s, ok := synonyms[st]; ok {
		return s
	}
	return st
}

// qterm is a content word of a question.
type qterm struct {
	word string   // as typed, lower case
	stem string   // matched against sentence terms
	alts []string // other stems that also match ("pay": give or cost)
	idf  float64
	// owner is set for a word typed as a possessor ("hoshino's share"):
	// a list's item that names the same owner ("Hoshino's to ¥6.3
	// billion") is the one asked, whatever noun the list shares.
	owner bool
}

// has reports whether terms hold t or one of its alternatives.
func (t qterm) in(terms map[string]bool) bool {
	if terms[t.stem] {
		return true
	}
	for _, a := range t.alts {
		if terms[a] {
			return true
		}
	}
	return false
}

// altStems are question words that may mean either of two things ("pay":
// who gives, or who bears a cost).
var altStems = func() map[string][]string {
	out := map[string][]string{}
	for w, stems := range lexicon.Pairs("alternative stems") {
		out[w] = strings.Fields(stems)
	}
	return out
}()

// Thresholds of typo correction.
const (
	// minCorrected is the shortest question word corrected to a word of
	// the documents: shorter ones are too close to too many.
	minCorrected = 4
	// minTermLen is the shortest question word kept: single letters carry
	// no topic.
	minTermLen = 2
	// minTypo is the shortest word corrected by edit distance; a shorter
	// one is taken as clipped ("coop") and completed instead.
	minTypo = 5
	// typoEdits is how many edits a typo may be off by; longTypoEdits for
	// a word of longWord letters or more, where two slips are common and
	// still leave it unmistakable.
	typoEdits     = 1
	longTypoEdits = 2
	longWord      = 8
	// minSharedStem and maxEndingDiff read "prioritise" as "priority":
	// at least minSharedStem letters in common at the start, and at most
	// maxEndingDiff more in the shorter word.
	minSharedStem = 6
	maxEndingDiff = 3
)

// questionTerms stems a question's content words, correcting typos to the
// nearest word of the corpus and expanding names to their canonical forms.
func (md *Model) questionTerms(q string) []qterm {
	var out []qterm
	seen := map[string]bool{}
	// prev is the word before the one being read: a number after a
	// numbering noun ("phase 2") is also an ordinal.
	var prev, prevWord string
	var add func(w string)
	add = func(w string) {
		st := stemTerm(w)
		// "fy2008" for a document's "fiscal year 2008": the year is the
		// word it has.
		if m := reFYWord.FindStringSubmatch(w); m != nil {
			if _, ok := md.idf[st]; !ok {
				st = m[1]
			}
		}
		// "ssa" for the documents' "social security agreement".
		if _, ok := md.idf[st]; !ok {
			if run := md.expandInitials(w); run != nil {
				for _, x := range run {
					add(x)
				}
				return
			}
		}
		if _, ok := md.idf[st]; !ok && len(w) >= minCorrected {
			// "homestay" for the documents' "Home-Stay": two words they
			// have, run together.
			if a, b, ok := md.splitCompound(w); ok {
				add(a)
				add(b)
				return
			}
			st = md.correctWord(w, st)
		}
		if seen[st] {
			return
		}
		seen[st] = true
		alts := altStems[w]
		// "phase 2" is also "the second phase"; "¥2 billion" is no
		// "second".
		if n, err := strconv.Atoi(st); err == nil && n > 0 && n < maxOrdinalAlt && numberingNouns[prev] {
			alts = append(slices.Clip(alts), ordinalDigits(n))
		}
		out = append(out, qterm{word: w, stem: st, alts: alts, idf: md.termIDF(st)})
	}
	lq := strings.ToLower(q)
	for _, at := range prose.WordRE.FindAllStringIndex(lq, -1) {
		// Read as the sentences are: "JAIF 2.0" has no 2 of its own.
		if inFigure(lq, at[0], at[1]) {
			if f, ok := figureTerm(lq, at[0]); ok && !seen[f] {
				seen[f] = true
				out = append(out, qterm{word: f, stem: f, idf: md.termIDF(f)})
			}
			continue
		}
		raw := lq[at[0]:at[1]]
		w := strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s")
		prev, prevWord = prevWord, w
		for _, part := range strings.Split(w, "-") {
			if len(part) < minTermLen && numberWords[part] == "" && romanNumerals[part] == "" && !isDigit(part) || questionStop[part] || prose.Stopwords[part] {
				continue
			}
			n := len(out)
			add(part)
			if len(out) > n && w != raw {
				out[n].owner = true
			}
		}
	}
	return out
}

// termIDF is a stem's idf, or the highest for one the documents lack.
func (md *Model) termIDF(st string) float64 {
	if idf, ok := md.idf[st]; ok {
		return idf
	}
	return md.maxIDF
}

// minCompoundPart is the shortest part of a compound split into two
// words: shorter ones ("a", "in") would split almost any word.
const minCompoundPart = 3

// splitCompound splits a word the documents lack into two words they
// have, when exactly one split does: "homestay" into "home" and "stay",
// "cybersecurity" into "cyber" and "security".
func (md *Model) splitCompound(w string) (string, string, bool) {
	var a, b string
	n := 0
	for i := minCompoundPart; i <= len(w)-minCompoundPart; i++ {
		l, r := w[:i], w[i:]
		if questionStop[l] || questionStop[r] || prose.Stopwords[l] || prose.Stopwords[r] {
			continue
		}
		if _, ok := md.idf[stemTerm(l)]; !ok {
			continue
		}
		if _, ok := md.idf[stemTerm(r)]; !ok {
			continue
		}
		a, b = l, r
		n++
	}
	return a, b, n == 1
}

// isDigit reports whether w is one digit: "the 5 projects" asks about five
// of them, though the word is short.
func isDigit(w string) bool { return len(w) == 1 && w[0] >= '0' && w[0] <= '9' }

// reFYWord is a fiscal year as a question writes it: "fy2008".
var reFYWord = regexp.MustCompile(`^fy((?:19|20)\d\d)$`)

// correctWord maps a word the documents lack to one they have: a clipped
// word to the shortest word it begins ("coop" -> "cooperation"), a typo to
// the word within one edit (two for long words). It returns st unchanged
// when nothing is close.
func (md *Model) correctWord(w, st string) string {
	// "fy2014" is no typo of "fy2013": a word with a digit names a year,
	// a number or a code, which one edit makes another.
	if strings.ContainsAny(w, "0123456789") {
		return st
	}
	limit := typoEdits + 1
	if len(w) >= longWord {
		limit = longTypoEdits + 1
	}
	// Of words equally close, the first in alphabetical order, so that
	// the answer does not depend on the order of a map.
	best, bestD := "", limit
	prefix := ""
	// Ties go to the word first in alphabetical order, so the same question
	// is corrected the same way in every process.
	for _, raw := range md.rawSorted {
		if len(w) < minTypo {
			if strings.HasPrefix(raw, w) && (prefix == "" || len(raw) < len(prefix) || len(raw) == len(prefix) && raw < prefix) {
				prefix = raw
			}
			continue
		}
		if d := prose.EditDistance(raw, w, limit); d < bestD || d == bestD && d < limit && raw < best {
			best, bestD = raw, d
		}
	}
	switch {
	case prefix != "":
		return stemTerm(prefix)
	case best != "":
		return stemTerm(best)
	}
	// Another form of the same word: "prioritise" and "priority" share
	// all but their endings.
	long := ""
	for _, raw := range md.rawSorted {
		n := commonPrefix(raw, w)
		if n >= minSharedStem && n >= min(len(raw), len(w))-maxEndingDiff && (long == "" || len(raw) < len(long) || len(raw) == len(long) && raw < long) {
			long = raw
		}
	}
	if long != "" {
		return stemTerm(long)
	}
	return st
}

// commonPrefix is how many bytes a and b share at the start.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
