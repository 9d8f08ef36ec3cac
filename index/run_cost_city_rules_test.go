package index

import "testing"

// internshipPaper has a programme run by a body known only by its short
// form, a loan beside the plant's total cost, and a project piloted in
// two cities that a country joined in the same sentence.
func internshipPaper() Source {
	return Source{Name: "internships.md", Text: paperHeader("Japan's Cooperation with ASEAN on Engineering Skills", "August 2024") + `1. Internships

(1) Placements

The Regional Engineering Internship Scheme (REIS) is run by JETRO with funding from the Ministry of Economy, Trade and Industry (METI). It places young engineers in Japanese plants for six months.

(2) Finance

On 3 October 2023 in Tokyo, the Japan Bank for International Cooperation (JBIC) signed a loan of up to US$120 million to a joint venture between a Japanese wafer maker and an Indonesian partner. The venture is building a silicon wafer plant in Batam, Riau Islands, at a total cost of US$210 million, with the balance from commercial banks.

(3) Reporting

The Plant Safety Reporting Project (PSRP) is being piloted in 14 plants in Cebu City and Davao City, and Thailand joined the project in FY2023 with 6 plants in Chon Buri.
`}
}

// "Is run by JETRO" names who runs it, though "run" does not end in -ed;
// a total cost is not the loan asked; a city joined by "and" to one
// after "in" is where a project is piloted, not a member of it.
func TestRunByCostAndCitiesInList(t *testing.T) {
	ix := mustOpen(t, internshipPaper())
	expectAnswers(t, ix, map[string]string{
		"who runs REIS": "JETRO",
		"jbic loan amount for the silicon wafer plant": "US$120 million",
	})
	var members []string
	for _, m := range ix.Memberships() {
		members = append(members, m.Country+" "+m.Status)
	}
	if len(members) != 1 || members[0] != "Thailand "+StatusJoined {
		t.Errorf("members %q, want Thailand joined alone", members)
	}
}
