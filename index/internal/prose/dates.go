package prose

import (
	"regexp"
	"strings"
	"time"
)

// MonthNames are the months' names and their short forms ("Jan",
// "Sept"), as documents write them; extraction's dates and the answerer's
// date labels read months from this one list.
var MonthNames = func() []string {
	var out []string
	for m := time.January; m <= time.December; m++ {
		out = append(out, m.String())
	}
	for m := time.January; m <= time.December; m++ {
		if m != time.May {
			out = append(out, m.String()[:3])
		}
	}
	return append(out, "Sept")
}()

// MonthAlt is MonthNames as a regular-expression alternation, longest
// first so that "Sept" is not read as "Sep" and a stray "t".
var MonthAlt = func() string {
	names := append([]string(nil), MonthNames...)
	// A stable longest-first order: an alternation takes its first match.
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && len(names[j]) > len(names[j-1]); j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	return strings.Join(names, "|")
}()

// DateLabel is a date standing as the label a line opens with: "March
// 1959: ", "21 January 2016 — ", "FY2002: ", "2012–2015: ". A chronology
// dates each line so, and the label is neither a name nor a sentence's
// subject.
var DateLabel = regexp.MustCompile(`^\s*(?:(?:\d{1,2}\s+)?(?i:` + MonthAlt + `)\.?\s+\d{4}|(?:FY\s?)?\d{4}(?:[–-]\d{2,4})?)\s*[:—–]\s+`)
