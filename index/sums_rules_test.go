package index

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A total carried to its sum by "bringing the total ... to" has no payer
// and no verb of its own; a sum in brackets takes the date written right
// after it, not one outside the brackets; a sum of several years listed
// is dated by none of them; "the Fund" is a noun, not a verb of funding.
func TestTotalsPartsAndTheirDates(t *testing.T) {
	text := "Energy Cooperation\n\nMarch 2008\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Solar Centre\n\n" +
		"The Government of Japan contributed a total of ¥630 million in FY2005 and FY2006 (¥280 million in FY2005 and ¥350 million in FY2006).\n\n" +
		"2. Solar Fund\n\n" +
		"The Islamic Development Bank (IsDB) contributed US$2 million, bringing the total resources of the Fund to US$11 million.\n"
	ix := mustOpen(t, Source{Name: "mofa-2008-03-solar.txt", Text: text})
	type row struct{ Text, Verb, Payer, Date string }
	var got []row
	for _, a := range ix.x.amounts {
		d := ""
		if a.Date != nil {
			d = a.Date.Text
		}
		got = append(got, row{a.Text, a.Verb, a.Payer, d})
	}
	want := []row{
		{"¥630 million", "contributed", "Government of Japan", ""},
		{"¥280 million", "", "Government of Japan", "FY2005"},
		{"¥350 million", "contributed", "Government of Japan", "FY2006"},
		{"US$2 million", "contributed", "Islamic Development Bank (IsDB)", ""},
		{"US$11 million", "", "", ""},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("amounts (-want +got):\n%s", d)
	}
}

// A count answers "how many" only of its own noun, not of a word the
// answerer reads as its synonym to find sentences ("trainees" for
// "courses").
func TestCountsOfTheirOwnNoun(t *testing.T) {
	text := "Training\n\nMarch 2005\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Forecasting Courses\n\n" +
		"Each year, 5 courses are held in Hanoi, each accepting up to 18 trainees from CLMV. " +
		"The Meteorological Agency will offer 4 training courses in Osaka, accepting a total of 30 trainees.\n"
	ix := mustOpen(t, Source{Name: "mofa-2005-03-training.txt", Text: text})
	expectAnswers(t, ix, map[string]string{
		"how many courses per year in hanoi":                    "5",
		"how many trainees will the meteorological agency take": "30",
	})
}

// A table's row with one sum and one date dates the sum; a row labelled
// with a country is that country's alone on another country's page.
func TestTableRowSumsDatedAndOwned(t *testing.T) {
	text := "Relief\n\nMarch 2005\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Emergency Grant Aid\n\n" +
		"Emergency Grant Aid of US$9 million in total was extended to the affected ASEAN countries, as follows:\n\n" +
		"  Country      Amount           Date of decision\n" +
		"  Indonesia    US$6.5 million   28 December 2004\n" +
		"  Thailand     US$2.5 million   January 4, 2005\n"
	ix := mustOpen(t, Source{Name: "mofa-2005-03-relief.txt", Text: text})
	joined := fundingTexts(t, ix, "Thailand")
	if strings.Contains(joined, "US$6.5 million") {
		t.Errorf("Indonesia's row on Thailand's page:\n%s", joined)
	}
	if !strings.Contains(joined, "US$2.5 million on January 4, 2005") {
		t.Errorf("Thailand's row not dated:\n%s", joined)
	}
}

// "for FY2009" after a sum is when, not what for.
func TestForAYearIsNoPurpose(t *testing.T) {
	text := "Energy Cooperation\n\nMarch 2008\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Solar Centre\n\nA further contribution of up to ¥90 million for FY2009 is being planned, subject to the approval of the Diet.\n"
	ix := mustOpen(t, Source{Name: "mofa-2008-03-solar.txt", Text: text})
	for _, a := range ix.x.amounts {
		if a.Purpose != "" {
			t.Errorf("%s: purpose %q", a.Text, a.Purpose)
		}
	}
}
