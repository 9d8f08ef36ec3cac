package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQueryRunes bounds the user text a query is built from; longer input is
// cut, not rejected.
const MaxQueryRunes = 300

// CleanQuery makes user text safe to search: invalid UTF-8 and control
// characters become spaces, whitespace collapses, and the text is cut to
// MaxQueryRunes.
func CleanQuery(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError || unicode.Is(unicode.Cf, r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > MaxQueryRunes {
		s = string([]rune(s)[:MaxQueryRunes])
	}
	return s
}

// QueryTerms splits text into lowercase words of letters and digits. Query
// syntax characters (* / : + - " ~ ^) are dropped, so they are never
// operators.
func QueryTerms(text string) []string {
	var out []string
	for _, w := range WordRE.FindAllString(strings.ToLower(text), -1) {
		w = strings.Trim(w, "'’")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
