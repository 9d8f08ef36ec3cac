// Package prose holds the text rules that extraction and the answerer
// share: words and stop words, spans and clauses, clipping, and the
// folding and spelling merges that make two ways of writing a name one
// key. Both sides must read text the same way, so these live here once
// rather than in either of them.
package prose

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iaibot/iaibot/index/internal/lexicon"
)

// Span is a byte range of a passage's text.
type Span struct{ Start, End int }

// MergeSpans sorts spans and joins overlapping ones.
func MergeSpans(in []Span) []Span {
	if len(in) == 0 {
		return nil
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Start < in[j].Start })
	out := []Span{in[0]}
	for _, s := range in[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// WordRE is a word: letters and digits, with apostrophes inside. It finds
// what the pattern wordPattern finds, by a scan of the runes: every
// sentence's words are read several times while a corpus is, and the
// pattern cost several times more.
var WordRE wordFinder

const wordPattern = `[\p{L}\p{N}][\p{L}\p{N}'’]*`

type wordFinder struct{}

// FindAllStringIndex is regexp.MustCompile(wordPattern).FindAllStringIndex.
func (f wordFinder) FindAllStringIndex(s string, n int) [][]int {
	// The bounds of all the words share one allocation.
	var flat []int
	f.each(s, n, func(start, end int) { flat = append(flat, start, end) })
	if flat == nil {
		return nil
	}
	out := make([][]int, len(flat)/2)
	for i := range out {
		out[i] = flat[2*i : 2*i+2 : 2*i+2]
	}
	return out
}

// FindAllString is regexp.MustCompile(wordPattern).FindAllString.
func (f wordFinder) FindAllString(s string, n int) []string {
	var out []string
	f.each(s, n, func(start, end int) { out = append(out, s[start:end]) })
	return out
}

// each calls fn with the bounds of each of the first n words of s, or of
// all of them if n < 0.
func (wordFinder) each(s string, n int, fn func(start, end int)) {
	for i, found := 0, 0; i < len(s) && (n < 0 || found < n); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			i += w
			continue
		}
		start := i
		i += w
		for i < len(s) {
			r, w = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\'' && r != '’' {
				break
			}
			i += w
		}
		fn(start, i)
		found++
	}
}

// Stopwords are the small words a name or a phrase may hold that say
// nothing of what it is about.
var Stopwords = lexicon.Set("name small words")

// IsWordRune reports whether r can be part of a word.
func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Clip cuts s to n runes, marking the cut with an ellipsis.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// reShortFormEnd is a short form in brackets closing a name: " (NSMEI)".
var reShortFormEnd = regexp.MustCompile(`\s\(([A-Z][A-Za-z0-9-]{1,15})\)$`)

// EndShortForm is the short form in brackets that closes a name, and
// where the space before its bracket stands: "NSMEI" of "... Province
// (NSMEI)".
func EndShortForm(name string) (short string, at int, ok bool) {
	m := reShortFormEnd.FindStringSubmatchIndex(name)
	if m == nil {
		return "", 0, false
	}
	return name[m[2]:m[3]], m[0], true
}

// ClipName clips a name to n runes as Clip does, but keeps the short form
// in brackets that closes it: the short form is what readers know the
// name by, and what a list's line must still show.
func ClipName(s string, n int) string {
	_, at, ok := EndShortForm(s)
	if !ok || utf8.RuneCountInString(s) <= n {
		return Clip(s, n)
	}
	tail := s[at:]
	return Clip(s[:at], n-utf8.RuneCountInString(tail)) + tail
}

// UpperFirst capitalises the first letter of s.
func UpperFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// Uniq drops empty and repeated strings, keeping the first of each.
func Uniq(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
