package index

import (
	"strings"
	"testing"
)

// A country's page lists no sum the sentence gives to another country,
// though the sentence names it after; the country given the sum has it.
func TestCountryFundingLeavesOutOthersSums(t *testing.T) {
	ix := mustOpen(t, Source{Name: "helmets.md", Text: paperHeader("Helmets Fixture", "March 2016") + "1. Helmets\n\nJapan has provided grants of US$2.35 million in total, of which US$1.1 million went to Viet Nam, and 186,000 child helmets have been handed out in Viet Nam, Cambodia and Laos.\n"})
	has := func(country, sum string) bool {
		c, err := ix.Country(country)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range c.Funding {
			if f.Amount != nil && f.Amount.Text == sum {
				return true
			}
		}
		return false
	}
	if has("Cambodia", "US$1.1 million") {
		t.Error("Cambodia's page lists the sum that went to Viet Nam")
	}
	if !has("Vietnam", "US$1.1 million") {
		t.Error("Viet Nam's page lacks the sum it was given")
	}
	if !has("Cambodia", "US$2.35 million") {
		t.Error("Cambodia's page lacks the total its helmets came from")
	}
}

// A country a project may or may not reach ("whether Japan will extend
// the project to Laos has not been decided") is not the project's, and
// its page lists none of the project's sums.
func TestUndecidedCountryIsNoProjects(t *testing.T) {
	ix := mustOpen(t, Source{Name: "growth.md", Text: paperHeader("Japan's Cooperation with Cambodia, Laos, Myanmar and Vietnam on Child Nutrition", "October 2002") + "1. Growth Monitoring by Village Health Volunteers\n\nThe Community Growth Project (CGP), a JICA technical cooperation project, began on 1 October 2001 and will run for three years at a cost of ¥380 million. Village health volunteers weigh every child under three years of age once a month. CGP operates in Takeo Province, Cambodia, and in Magway Division, Myanmar. It has so far trained 1,240 village health volunteers in 310 villages.\n\nMr. Hiroshi Kawabata observed that the monthly weighing has become a meeting point where mothers learn about hygiene.\n\nLaos has expressed interest in CGP, but whether Japan will extend the project to Laos has not been decided, and no budget has been set aside for it.\n"})
	for country, want := range map[string]bool{"Laos": false, "Cambodia": true} {
		c, err := ix.Country(country)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range c.Funding {
			got = got || f.Amount != nil && f.Amount.Text == "¥380 million"
		}
		if got != want {
			t.Errorf("%s's page lists CGP's ¥380 million: %v, want %v", country, got, want)
		}
	}
}

// "for this purpose" points back and names no purpose: the funding line
// quotes its sentence, which says what the sum went through.
func TestPointedPurposeIsNone(t *testing.T) {
	ix := mustOpen(t, Source{Name: "unicef.md", Text: paperHeader("Purpose Fixture", "October 2002") + "1. Salt\n\nThe plants in Myanmar were supplied through UNICEF, to which Japan contributed US$1.8 million for this purpose.\n"})
	for _, f := range ix.Funding() {
		if f.Amount != nil && f.Amount.Text == "US$1.8 million" {
			if f.Amount.Purpose != "" || !strings.Contains(f.Text, "UNICEF") {
				t.Errorf("line %q, purpose %q", f.Text, f.Amount.Purpose)
			}
			return
		}
	}
	t.Error("no line for US$1.8 million")
}

// A sum another country pays, in a clause of its own after the one that
// names this country ("hosted by Thailand, which contributes 12 million
// baht a year, while Myanmar pays ... USD 45,000"), is not on this
// country's page; its own sum is.
func TestCountryFundingLeavesOutAnotherPayersClause(t *testing.T) {
	ix := mustOpen(t, Source{Name: "grid.md", Text: paperHeader("Grid Council Fixture", "December 2017") + "1. Grid Council\n\nThe secretariat of the Mekong Grid Council (MGC) is located in Bangkok and is hosted by Thailand, which contributes 12 million baht a year to its operation, while Myanmar pays an annual membership contribution of USD 45,000.\n"})
	c, err := ix.Country("Thailand")
	if err != nil {
		t.Fatal(err)
	}
	var sums []string
	for _, f := range c.Funding {
		if f.Amount != nil {
			sums = append(sums, f.Amount.Text)
		}
	}
	if got := strings.Join(sums, "; "); !strings.Contains(got, "12 million baht") || strings.Contains(got, "USD 45,000") {
		t.Errorf("Thailand's sums: %s", got)
	}
}
