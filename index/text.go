package index

import (
	"strings"
	"unicode"

	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// sentenceSpans splits a passage into sentences. It does not split after
// initials and common abbreviations ("Lao P.D.R.", "U.S.", "e.g.").
func sentenceSpans(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		if j < len(text) && text[j] != ' ' {
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k < len(text) {
			r := rune(text[k])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '(' {
				continue
			}
		}
		if c == '.' && isAbbrevBefore(text[start:i]) {
			continue
		}
		out = append(out, Span{Start: start, End: j})
		start = k
		i = k - 1
	}
	if start < len(text) && strings.TrimSpace(text[start:]) != "" {
		out = append(out, Span{Start: start, End: len(text)})
	}
	return out
}

var abbrevs = lexicon.Set("abbreviations")

func isAbbrevBefore(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	w = strings.TrimLeft(w, "(\"'")
	// Initials: "P.D.R", "U.S", single capitals.
	if len(w) <= 1 || strings.Contains(w, ".") {
		return true
	}
	return abbrevs[strings.ToLower(w)]
}

// wordToken is a word and where it is.
type wordToken struct {
	text       string
	span       Span
	hyphenNext bool // a hyphen joins it to the next word: "Phraya-Mekong"
	// afterHyphen is set on the word a hyphen joins to a capitalised one
	// before it: "based" of "Community-based", not "run" of "farmer-run".
	afterHyphen bool
}

func words(s string) []wordToken {
	idx := prose.WordRE.FindAllStringIndex(s, -1)
	out := make([]wordToken, len(idx))
	for i, m := range idx {
		out[i] = wordToken{text: s[m[0]:m[1]], span: Span{Start: m[0], End: m[1]}}
		if i > 0 && idx[i-1][1]+1 == m[0] && s[m[0]-1] == '-' {
			out[i-1].hyphenNext = true
			out[i].afterHyphen = unicode.IsUpper([]rune(out[i-1].text)[0])
		}
	}
	return out
}

// containing returns the sentence of spans that holds pos.
func containing(spans []Span, pos int) Span {
	for _, s := range spans {
		if pos >= s.Start && pos < s.End {
			return s
		}
	}
	if len(spans) > 0 {
		return spans[len(spans)-1]
	}
	return Span{}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
