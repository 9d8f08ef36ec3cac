package index

import "testing"

// A table of pilot sites, a row for each city, answers which countries
// have sites with the countries of every row, not of the first alone.
func TestTableRowsCountriesAsOneList(t *testing.T) {
	ix := mustOpen(t, Source{Name: "sites.md", Text: paperHeader("Japan's Cooperation with ASEAN on Digital Payments", "February 2019") + `1. Cross-Border QR Code Payments

(1) Pilot Sites

The Mekong QR Pilot (MQP) now operates at the following sites:

  Country     City          Start date           Merchants
  Thailand    Chiang Mai    12 March 2018        1,240
  Vietnam     Da Nang       12 March 2018        960
  Thailand    Chiang Rai    3 September 2018     415
  Vietnam     Hoi An        3 September 2018     380

Note: Merchant numbers are as of 31 January 2019.
`})
	expectAnswers(t, ix, map[string]string{
		"which countries have mqp pilot sites": "Thailand, Vietnam",
	})
}
