package prose

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"The ASEAN-Japan Centre": "asean japan centre",
		"Lao P.D.R.":             "lao pdr",
		"Timor–Leste":            "timor leste",
		"  the   Mekong  Forum ": "mekong forum",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDerivedAcronym(t *testing.T) {
	for in, want := range map[string]string{
		"ASEAN-Japan Centre":                     "AJC",
		"Japan International Cooperation Agency": "JICA",
		"Bank of Japan":                          "", // two words make no acronym people use
	} {
		if got := DerivedAcronym(in); got != want {
			t.Errorf("DerivedAcronym(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNameScore(t *testing.T) {
	for _, tc := range []struct {
		query, name string
		want        float64
	}{
		{"east west corridor", "East-West Economic Corridor", 1},
		{"corr", "East-West Corridor", 1},            // a clipped word
		{"the bridg", "Neak Loeung Bridge", 1},       // a typo; "the" does not count
		{"mekong bridge", "Neak Loeung Bridge", 0.5}, // one word of two
		{"the of", "Neak Loeung Bridge", 0},          // nothing but small words
	} {
		if got := NameScore(tc.query, tc.name); got != tc.want {
			t.Errorf("NameScore(%q, %q) = %v, want %v", tc.query, tc.name, got, tc.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b      string
		max, want int
	}{
		{"phonm penh", "phnom penh", 3, 1}, // a transposition is one edit
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 2, 2}, // gives up at max
		{"same", "same", 2, 0},
	} {
		if got := EditDistance(tc.a, tc.b, tc.max); got != tc.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.max, got, tc.want)
		}
	}
}

func TestClauses(t *testing.T) {
	s := "Costs of the Surabaya centre are shared 70:30, while those of the Chiang Mai centre are met on a 60-40 basis."
	at := 100 // where the sentence starts in its passage
	i := strings.Index(s, "60-40")
	sp := Span{Start: at + i, End: at + i + len("60-40")}
	got := ClauseAround(s, at, sp)
	if want := "those of the Chiang Mai centre are met on a 60-40 basis."; s[got.Start-at:got.End-at] != want {
		t.Errorf("ClauseAround = %q, want %q", s[got.Start-at:got.End-at], want)
	}
	if got, want := ClauseOf(s, Span{Start: i, End: i + 5}), " while those of the Chiang Mai centre are met on a 60-40 basis."; got != want {
		t.Errorf("ClauseOf = %q, want %q", got, want)
	}
	w := "Laos and Vietnam sent officials, whereas Cambodia declined."
	if got, want := ClauseOf(w, Span{Start: 0, End: 4}), "Laos and Vietnam sent officials"; got != want {
		t.Errorf("ClauseOf before whereas = %q, want %q", got, want)
	}
}

func TestMergeSpans(t *testing.T) {
	got := MergeSpans([]Span{{5, 8}, {1, 3}, {2, 4}, {8, 9}})
	if d := cmp.Diff([]Span{{1, 4}, {5, 9}}, got); d != "" {
		t.Errorf("MergeSpans (-want +got):\n%s", d)
	}
}

func TestQueries(t *testing.T) {
	if got := CleanQuery("  a\x00b\tc \xff "); got != "a b c" {
		t.Errorf("CleanQuery = %q", got)
	}
	if got := []rune(CleanQuery(strings.Repeat("x", 2*MaxQueryRunes))); len(got) != MaxQueryRunes {
		t.Errorf("CleanQuery kept %d runes, want %d", len(got), MaxQueryRunes)
	}
	if d := cmp.Diff([]string{"what's", "the", "fy2002", "budget"}, QueryTerms("What's *the* FY2002 budget?")); d != "" {
		t.Errorf("QueryTerms (-want +got):\n%s", d)
	}
}

func TestSmallHelpers(t *testing.T) {
	if d := cmp.Diff([]string{"a", "b"}, Uniq([]string{"a", "", "b", "a"})); d != "" {
		t.Errorf("Uniq (-want +got):\n%s", d)
	}
	if got := UpperFirst("élan"); got != "Élan" {
		t.Errorf("UpperFirst = %q", got)
	}
	if got := Clip("abcdef", 4); got != "abc…" {
		t.Errorf("Clip = %q", got)
	}
}
