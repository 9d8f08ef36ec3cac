package index

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzBuildQuery checks that any user text builds a query (or none) that
// Bleve runs without error, and that query syntax never becomes an operator.
func FuzzBuildQuery(f *testing.F) {
	for _, s := range []string{"HIV", "*", "/.*.*.*/", "field:x", "+a -b", `"unbalanced`, "text:HIV^5~2", "\x00\xff", strings.Repeat("x", 7000)} {
		f.Add(s)
	}
	ix := seedIndex(f)
	f.Fuzz(func(t *testing.T, s string) {
		clean := CleanQuery(s)
		if !utf8.ValidString(clean) || utf8.RuneCountInString(clean) > MaxQueryRunes {
			t.Fatalf("CleanQuery(%q) = %q", s, clean)
		}
		res, err := ix.Search(s, 1)
		if err != nil && err != ErrEmptyQuery {
			t.Fatalf("Search(%q): %v", s, err)
		}
		if BuildQuery(s, nil) == nil && err != ErrEmptyQuery {
			t.Fatalf("no query for %q but no ErrEmptyQuery", s)
		}
		if len(res.Hits) > PageSize {
			t.Fatalf("%d hits on a page", len(res.Hits))
		}
		_ = ix.Answer(s)
	})
}
