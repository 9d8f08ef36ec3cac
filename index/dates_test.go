package index

import (
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/iaibot/iaibot/index/internal/prose"
)

// Dates in the forms documents write them, each with the days it covers.
func TestDateForms(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct {
		text, want, start, end string
	}{
		{"held on 14–15 March 2012 in Hanoi", "14–15 March 2012", "2012-03-14", "2012-03-15"},
		{"struck between 22 and 29 September 2014", "22 and 29 September 2014", "2014-09-22", "2014-09-29"},
		{"planned for February to June 2005", "February to June 2005", "2005-02-01", "2005-06-30"},
		{"from 15th to 21st July 2001", "15th to 21st July 2001", "2001-07-15", "2001-07-21"},
		{"signed on 3 March 2003", "3 March 2003", "2003-03-03", "2003-03-03"},
		{"run from 28 January to 8 February 2008", "28 January to 8 February 2008", "2008-01-28", "2008-02-08"},
		{"run from 28 December to 5 January 2009", "28 December to 5 January 2009", "2008-12-28", "2009-01-05"},
		// A day without a year is in the year that puts it nearest the
		// document's date, May 2015.
		{"held early on May 4", "May 4", "2015-05-04", "2015-05-04"},
		{"held on 20 December", "20 December", "2014-12-20", "2014-12-20"},
		// Two days of one event are one date, with or without a year.
		{"held in Tokyo on 4 and 5 February 2020", "4 and 5 February 2020", "2020-02-04", "2020-02-05"},
		{"which struck the delta on 2 and 3 May", "2 and 3 May", "2015-05-02", "2015-05-03"},
		// Days apart are no range: only the day with its month is read.
		{"held on 3 and 24 March 2020", "24 March 2020", "2020-03-24", "2020-03-24"},
		// The part of a year the document names is part of the date.
		{"extended in the second half of FY2018", "the second half of FY2018", "2018-01-01", "2018-12-31"},
		{"expected to open in autumn 2021", "autumn 2021", "2021-01-01", "2021-12-31"},
	} {
		ix := mustOpen(t, Source{Name: "dates.md", Text: "Dates\n\nMay 2015\nMinistry\n\n1. Dates\n\nThe event was " + c.text + ".\n"})
		if len(ix.x.dates) != 1 {
			t.Errorf("%q: %d dates, want 1", c.text, len(ix.x.dates))
			continue
		}
		d := ix.x.dates[0]
		if d.Text != c.want || !d.Start.Equal(day(c.start)) || !d.End.Equal(day(c.end)) {
			t.Errorf("%q: got %q %s..%s, want %q %s..%s", c.text, d.Text, d.Start.Format("2006-01-02"), d.End.Format("2006-01-02"), c.want, c.start, c.end)
		}
	}
}

// Counts written with thousands separators keep every digit: "1,800
// teachers" is 1,800, not 800.
func TestCountsWithSeparators(t *testing.T) {
	ix := mustOpen(t, Source{Name: "counts.md", Text: "Counts\n\nMay 2015\nMinistry\n\n1. Outputs\n\nThe project trained 1,800 teachers and some 3,200 officials in twelve provinces.\n"})
	got := map[string]int{}
	for _, c := range ix.x.counts {
		got[c.Text] = c.Value
	}
	for text, v := range map[string]int{"1,800": 1800, "some 3,200": 3200, "twelve": 12} {
		if got[text] != v {
			t.Errorf("count %q = %d, want %d (all: %v)", text, got[text], v, got)
		}
	}
	if a := ix.Answer("how many teachers were trained?"); !a.Found || a.Span != "1,800" {
		t.Errorf("how many teachers: %q", a.Span)
	}
}

// TestPatternsFromStarts checks that trying extraction's patterns only
// where a match can start finds exactly what trying them everywhere does,
// on every passage of the test documents.
func TestPatternsFromStarts(t *testing.T) {
	patterns := append(slices.Clone(reDates), reAcrAfter, reAcrComma, reAcrApposed, reAcrBefore, reAcronymUse, reOrgName, reShare, reAnyMonth,
		reCount, rePurpose, reStatus, reProjectish, reDescProj, rePlaceCand, reGiveVerb, reCostOfWhich, reCostOf, reShareWords,
		reOneShare, reDuration, reWhichDoes, reMoneyPre, reMoneyPost, prose.OrgRefRE)
	var texts []string
	for _, src := range allSources(t) {
		d, err := ParseDocument(DocumentID(src.Name), src.Text)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range d.Passages {
			texts = append(texts, p.Text)
		}
	}
	for _, s := range patterns {
		re := regexp.MustCompile(s.String())
		for _, text := range texts {
			want := re.FindAllStringSubmatchIndex(text, -1)
			if got := s.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s on %q: got %v, want %v", s, text, got, want)
			}
		}
	}
}
