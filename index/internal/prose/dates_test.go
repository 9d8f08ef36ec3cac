package prose

import "testing"

func TestDateLabel(t *testing.T) {
	for text, want := range map[string]string{
		"March 1959: Agreement signed.":      "March 1959: ",
		"Sept 2015: Thailand joined.":        "Sept 2015: ",
		"21 January 2016 — Loan signed.":     "21 January 2016 — ",
		"FY2002: Grant of ¥1.04 billion.":    "FY2002: ",
		"2012–2015: Second phase.":           "2012–2015: ",
		"  june 2015: Pursat road study.":    "  june 2015: ",
		"2015 was the year the road opened.": "",
		"March 1959 Agreement signed.":       "",
		"Mayor of Hue: opened the bridge.":   "",
	} {
		if got := DateLabel.FindString(text); got != want {
			t.Errorf("DateLabel in %q = %q, want %q", text, got, want)
		}
	}
}
