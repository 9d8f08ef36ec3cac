package index

import "testing"

// riceGrantPaper gives a project's grant and its parts by country, and a
// percentage of rice, not of money, in a sentence that names one country.
func riceGrantPaper() Source {
	return Source{Name: "ricegrant.txt", Text: paperHeader("Japan's Cooperation on School Rice", "June 2007") +
		"Overview: Japan supports school rice in Cambodia and Laos.\n\n" +
		"1. School Rice\n\n" +
		"(1) Delta School Rice Project\nJapan's grant for the Delta School Rice Project (DSRP) totals ¥900 million, of which ¥500 million is allocated to Cambodia and ¥400 million to Laos. About 30 per cent of the rice served in Cambodian schools under the project is now milled locally.\n\n" +
		"2. Donors\n\n" +
		"(1) In 2006 Japan was the largest donor to school feeding in Laos, giving US$20 million, or about 25 per cent of the US$80 million given by all donors.\n"}
}

// "DSRP share for Cambodia" asks the part of the project's grant for
// Cambodia: the project is what the share is of, not who pays it, and
// the share of rice is no share of money.
func TestAProjectsShareForACountryIsItsPart(t *testing.T) {
	ix := mustOpen(t, riceGrantPaper())
	expectAnswers(t, ix, map[string]string{
		"dsrp share for cambodia?": "¥500 million",
		// A percentage of a sum is a share of money.
		"japan's share of school feeding aid to laos in 2006": "25 per cent",
	})
}
