package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A country is left out of something when it is the object of an
// exclusion cue, with nothing but names between, or the subject of a
// denial right after it; another country of the same clause is not.
func TestCountryLeftOut(t *testing.T) {
	ix := mustOpen(t, Source{Name: "left.md", Text: paperHeader("Left Out Fixture", "July 2019") + "1. Facts\n\n" +
		"The Facility covers Cambodia, Laos, Myanmar and Vietnam. Thailand is not eligible, because it already operates a village fund.\n\n" +
		"The Initiative is open to all ASEAN Member States excluding Singapore and Brunei Darussalam, which are not eligible for grant aid because of their income levels.\n\n" +
		"Grants go to Indonesia and the Philippines, excluding projects in Malaysia's capital region. Malaysia supports the Initiative.\n\n" +
		"Timor-Leste and Myanmar are ineligible for the loans.\n\n" +
		"Note: Vietnam is not eligible for grant aid. The grant covers only the Cambodian side: Laos and Mongolia are not covered by this grant.\n\n" +
		"China, which is not a Paris Club member, is not covered by this arrangement.\n"})
	for country, want := range map[string][]string{
		"Thailand":    {"Thailand is not eligible, because it already operates a village fund."},
		"Singapore":   {"The Initiative is open to all ASEAN Member States excluding Singapore and Brunei Darussalam, which are not eligible for grant aid because of their income levels."},
		"Brunei":      {"The Initiative is open to all ASEAN Member States excluding Singapore and Brunei Darussalam, which are not eligible for grant aid because of their income levels."},
		"Timor-Leste": {"Timor-Leste and Myanmar are ineligible for the loans."},
		"Myanmar":     {"Timor-Leste and Myanmar are ineligible for the loans."},
		"Vietnam":     {"Note: Vietnam is not eligible for grant aid."},
		"Laos":        {"The grant covers only the Cambodian side: Laos and Mongolia are not covered by this grant."},
		"Mongolia":    {"The grant covers only the Cambodian side: Laos and Mongolia are not covered by this grant."},
		"China":       {"China, which is not a Paris Club member, is not covered by this arrangement."},
		"Cambodia":    nil,
		"Indonesia":   nil,
		"Malaysia":    nil,
		"Philippines": nil,
	} {
		if diff := cmp.Diff(want, leftOutIn(t, ix, country)); diff != "" {
			t.Errorf("%s left out (-want +got):\n%s", country, diff)
		}
	}
}

// The subject of a denial after an opening phrase, a conjunction or a
// "no longer", and the whole list of an opening "Excluding A, B and C,"
// or "Except for A,".
func TestCountryLeftOutAfterOpeners(t *testing.T) {
	for _, c := range []struct{ doc, country string }{
		{"Under the programme, Thailand is not eligible for grant aid.", "Thailand"},
		{"In addition, Singapore and Brunei Darussalam are not eligible for the scheme.", "Brunei"},
		{"As high-income economies, Singapore and Brunei are not eligible.", "Singapore"},
		{"Following its graduation from ODA in 2010, Thailand is not eligible for grant aid.", "Thailand"},
		{"Cambodia, Laos and Myanmar are eligible, and Thailand is not eligible.", "Thailand"},
		{"Since 2015, Thailand is no longer a beneficiary.", "Thailand"},
		{"Except for Singapore, all ASEAN Member States are eligible.", "Singapore"},
		{"Excluding Singapore, Brunei and Malaysia, all ASEAN Member States are eligible.", "Brunei"},
		{"Excluding Singapore, Brunei and Malaysia, all ASEAN Member States are eligible.", "Malaysia"},
	} {
		if got := counterLeftOut(t, c.doc, c.country); len(got) != 1 || got[0] != c.doc {
			t.Errorf("%s: left out by %q, want the sentence %q", c.country, got, c.doc)
		}
	}
}
