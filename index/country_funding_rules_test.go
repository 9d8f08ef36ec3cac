package index

import "testing"

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
