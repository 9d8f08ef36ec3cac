package index

import "testing"

// daycarePaper has a body's pilots in a table whose lead-in names the
// body and owns a thing by Japan's possessive, one pilot put off, and a
// project whose places are written with their countries' possessives.
func daycarePaper() Source {
	return Source{Name: "daycare.md", Text: paperHeader("Japan's Cooperation with ASEAN on Day Care for Older People", "December 2020") + `1. Pilots

The Village Day Care Pilots (VDCP) adapt Japan's long-term care insurance model to rural districts, so that older people can stay at home.

  Country      City           Centres   Started
  Thailand     Khon Kaen      6         2018
  Indonesia    Surakarta      4         2019
  Vietnam      Hue            3         2019
  Malaysia     Ipoh           -         postponed

Note: The Ipoh pilot, due to start in April 2020, was postponed; no new date has been set.

Japan provides ¥300 million for the VDCP pilot in Thailand, while the Government of Thailand pays THB 20 million for the pilots' staff.

The Home Nursing Project (HNP) introduces Japan's visiting care model to Cambodia and Laos.

2. Gauges

The River Gauge Project (RGP) will install gauges in 30 villages in Laos's Attapeu province and Cambodia's Kratie province.
`}
}

// The countries of a table's rows answer for the body its lead-in names,
// not the country whose thing the lead-in says the body adapts; a row put
// off is not running; a country that owns a named place is where a
// project works.
func TestTableRowCountries(t *testing.T) {
	ix := mustOpen(t, daycarePaper())
	expectAnswers(t, ix, map[string]string{
		"which countries have vdcp pilots":                          "Thailand, Indonesia, Vietnam, Malaysia",
		"which countries have vdcp pilots actually running":         "Thailand, Indonesia, Vietnam",
		"which countries does the river gauge project cover":        "Laos, Cambodia",
		"which countries is the home nursing project introduced to": "Cambodia, Laos",
	})
}
