package prose

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestStartREFindsWhatRegexpFinds compares StartRE with the regexp it
// wraps on patterns of the shapes extraction uses and on texts built to
// trip it: word boundaries after letters, digits, punctuation and
// characters of several bytes, case folding beyond ASCII (ſ, K) and
// invalid UTF-8.
func TestStartREFindsWhatRegexpFinds(t *testing.T) {
	patterns := []string{
		`\b(May|June|Sept?)\.?\s+(\d{1,2})\b`,
		`(?i)\b(shared|split|kept|spent)\s+(\w+)`,
		`\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b|\b(between)\s+x`,
		`(?i)\b(?:FY\s?|fiscal year\s+)(\d{4})\b`,
		`\b((?:[A-Z][\p{L}0-9]*\s+){0,3}(?:Fund|Centre|Ministry))\b`,
		`(?i)\b(?:the|its)\s+(centre|fund)\b`,
		`(\$|US\$|¥|€)\s?(\d+)`,
		`,\s+which\s+(trains|funds)\b`,
		`(?i)\b(\d{1,3}|one|two)-(year|month)\b`,
		`[\p{L}\p{N}][\p{L}\p{N}'’]*`,
		`\B(ing)\b`,
		`(?i)k\w+|ſ\w*`,
		`^May`,
		`x*`,
		`[^a]b`,
		`\b€\d`,
		`(?m)^\s*\d+\.`,
	}
	texts := []string{
		"", "May 5", "x May 5", "_May 5", "Mayor 5 May 12", "é May 3 éMay 4 ÉMay 5", "on 3-5 June and 12–14 Sept. 2003",
		"FY2001FY2002 fY 2003 FISCAL YEAR 2004 fiscal year2005", "the Centre, the fund; its FUND, itsfund",
		"Asian Development Fund and The Mekong Institute Centre of Ministry", "€5 and US$ 12, $3 ¥400",
		", which trains nurses, which funds", "a five-year plan, 12-month and 1000-year", "ſhared ſplit Kept kept ſ",
		"running ing sing", "\xc5May 5 \xffJune 6 \xe2\x80May 7", "1.\n 2. x 3.", "bab ab b",
	}
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"May", " ", "5", "June", "-", "–", "é", "ſ", "K", "k", "shared", "the", "Fund", "Centre", "Ministry", "of", "\xc5", "_", "x", "$", "€", ",", " which ", "trains", "FY", "2001", "ing", "\n", "12", "year"}
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	slow := map[string]bool{`^May`: true, `x*`: true, `[^a]b`: true, `(?m)^\s*\d+\.`: true}
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		s := NewStartRE(re)
		if (s.anchored == nil) != slow[p] {
			t.Errorf("%s: tried only where a match can start: %v, want %v", p, s.anchored != nil, !slow[p])
		}
		for _, text := range texts {
			want := re.FindAllStringSubmatchIndex(text, -1)
			if got := s.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s on %q: got %v, want %v", p, text, got, want)
			}
			if got, want := s.FindAllStringIndex(text, 2), re.FindAllStringIndex(text, 2); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s first two on %q: got %v, want %v", p, text, got, want)
			}
			if got, want := s.FindStringSubmatchIndex(text), re.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
				t.Fatalf("%s first on %q: got %v, want %v", p, text, got, want)
			}
			if got, want := s.FindAllString(text, -1), re.FindAllString(text, -1); !slices.Equal(got, want) {
				t.Fatalf("%s all strings on %q: got %q, want %q", p, text, got, want)
			}
			if got, want := s.FindAllStringSubmatch(text, -1), re.FindAllStringSubmatch(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s all submatches on %q: got %q, want %q", p, text, got, want)
			}
			if got, want := s.FindStringSubmatch(text), re.FindStringSubmatch(text); !slices.Equal(got, want) {
				t.Fatalf("%s submatches on %q: got %q, want %q", p, text, got, want)
			}
			if got, want := s.FindString(text), re.FindString(text); got != want {
				t.Fatalf("%s first string on %q: got %q, want %q", p, text, got, want)
			}
			if got, want := s.MatchString(text), re.MatchString(text); got != want {
				t.Fatalf("%s matches %q: got %v, want %v", p, text, got, want)
			}
		}
	}
}

// TestWordREFindsWhatThePatternFinds compares the scan of WordRE with the
// pattern it stands for, on texts of letters, digits, apostrophes,
// letters and numbers of other scripts, marks and invalid UTF-8.
func TestWordREFindsWhatThePatternFinds(t *testing.T) {
	re := regexp.MustCompile(wordPattern)
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "Z", "9", "'", "’", " ", "-", ".", "é", "ß", "Ⅻ", "½", "٣", "漢", "\u0301", "\xff", "\xe2\x80", "’s", "don't", "P.D.R.", "\n"}
	texts := []string{"", "'", "’a", "Japan's ESCAP’s 1,800 Lao P.D.R.", "é\u0301e", "\xffa\xff'b"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := WordRE.FindAllStringIndex(text, -1), re.FindAllStringIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q: got %v, want %v", text, got, want)
		}
		if got, want := WordRE.FindAllString(text, 2), re.FindAllString(text, 2); !slices.Equal(got, want) {
			t.Fatalf("%q: got %q, want %q", text, got, want)
		}
	}
}
