package index

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/iaibot/iaibot/index/internal/prose"
)

// Names are found by matching word sequences, not by regular expressions:
// one pass over a text's words finds every country, group and organisation
// in it, however many names there are.

// token is a word of a text: its folded form and where it is.
type token struct {
	norm string // lower case, dots and apostrophe variants folded
	raw  string // as written
	span Span
}

// tokenize splits text into words. Hyphens and spaces separate words; dots
// inside a word are kept ("P.D.R."), a dot ending a plain word is not.
func tokenize(s string) []token {
	// Every passage is tokenized several times while a corpus is read:
	// room for a word in five bytes saves growing the slice word by word.
	out := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !prose.IsWordRune(r) {
			i += w
			continue
		}
		start := i
		dots := false
		for i < len(s) {
			r, w = utf8.DecodeRuneInString(s[i:])
			if prose.IsWordRune(r) || r == '\'' || r == '’' {
				i += w
				continue
			}
			// A dot joins letters ("P.D.R") and ends an abbreviation.
			if r == '.' && i+1 < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+1:])
				if prose.IsWordRune(next) {
					dots = true
					i += w
					continue
				}
			}
			if r == '.' && dots {
				i += w
			}
			break
		}
		raw := strings.TrimRight(s[start:i], "'’")
		out = append(out, token{norm: normWord(raw), raw: raw, span: Span{Start: start, End: start + len(raw)}})
	}
	return out
}

// normWord folds one word for matching.
func normWord(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsAny(w, ".’") {
		w = foldDots(w)
	}
	// "Japan's" names Japan; "ESCAP's" names ESCAP.
	return strings.TrimSuffix(w, "'s")
}

// foldDots drops dots and writes ’ as '. A strings.Replacer built for each
// word cost more than all the rest of tokenizing.
func foldDots(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		switch {
		case w[i] == '.':
		case strings.HasPrefix(w[i:], "’"):
			b = append(b, '\'')
			i += len("’") - 1
		default:
			b = append(b, w[i])
		}
	}
	return string(b)
}

// phraseIndex finds known multi-word names in token lists.
type phraseIndex struct {
	byFirst map[string][]phrase // first word -> phrases, longest first
}

type phrase struct {
	words []string
	value string
}

// phraseWords splits a name into its folded words.
func phraseWords(name string, canon func(string) string) []string {
	var ws []string
	for _, t := range tokenize(name) {
		n := t.norm
		if canon != nil {
			n = canon(n)
		}
		ws = append(ws, n)
	}
	// A leading "the" is optional in text, so it is not part of the key.
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws
}

func (pi *phraseIndex) add(name, value string, canon func(string) string) {
	ws := phraseWords(name, canon)
	if len(ws) == 0 {
		return
	}
	if pi.byFirst == nil {
		pi.byFirst = map[string][]phrase{}
	}
	for _, p := range pi.byFirst[ws[0]] {
		if p.value == value && strings.Join(p.words, " ") == strings.Join(ws, " ") {
			return
		}
	}
	list := append(pi.byFirst[ws[0]], phrase{ws, value})
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	pi.byFirst[ws[0]] = list
}

// phraseMatch is a found name.
type phraseMatch struct {
	value string
	span  Span
	first int // index of its first token
	n     int // number of tokens
}

// find returns the non-overlapping names in toks, leftmost and longest
// first. accept, when set, vets the first token as written (e.g. that a
// country name is capitalised).
func (pi *phraseIndex) find(toks []token, canon func(string) string, accept func(token) bool) []phraseMatch {
	var out []phraseMatch
	for i := 0; i < len(toks); i++ {
		cands := pi.byFirst[canonOr(canon, toks[i].norm)]
		if len(cands) == 0 || (accept != nil && !accept(toks[i])) {
			continue
		}
		for _, p := range cands {
			if i+len(p.words) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(p.words); k++ {
				if canonOr(canon, toks[i+k].norm) != p.words[k] {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, phraseMatch{value: p.value, span: Span{Start: toks[i].span.Start, End: toks[i+len(p.words)-1].span.End}, first: i, n: len(p.words)})
				i += len(p.words) - 1
				break
			}
		}
	}
	return out
}

func canonOr(canon func(string) string, w string) string {
	if canon == nil {
		return w
	}
	return canon(w)
}

// canonOrgWord merges spellings one document may mix.
func canonOrgWord(w string) string {
	switch w {
	case "center":
		return "centre"
	case "organization":
		return "organisation"
	case "organizations":
		return "organisations"
	case "program":
		return "programme"
	case "programs":
		return "programmes"
	}
	return w
}

var (
	countryPhrases = func() *phraseIndex {
		pi := &phraseIndex{}
		for alias, c := range gaz.countryByAlias {
			pi.add(alias, c, nil)
		}
		return pi
	}()
	groupPhrases = func() *phraseIndex {
		pi := &phraseIndex{}
		for alias, g := range gaz.groupByAlias {
			pi.add(alias, g, nil)
		}
		return pi
	}()
)

func capitalised(t token) bool { return startsUpper(t.raw) }
