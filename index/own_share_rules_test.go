package index

import "testing"

// A party's share asked by its possessive is the sum the sentence calls
// that party's share, not the split it is part of, nor another figure of
// the sentence.
func TestOwnShareOverTheSplit(t *testing.T) {
	text := paperHeader("Shares Fixture", "August 2016") + "1. Training\n\n" +
		"The cost of the Penang drill is shared by Japan and Malaysia on a 70:30 basis, and Malaysia's share for FY2015 is RM 1.2 million.\n\n" +
		"The Cebu Water Project (CWP) is financed by a loan of ¥9.8 billion at an interest rate of 0.3 percent. The Cebu Provincial Government provides the land, and its share of the cost is estimated at PHP 410 million.\n\n" +
		"The costs of the Hoi An Partnership (HAP) are shared between Japan and Hoi An in a ratio of 80:20; Hoi An's share so far amounts to VND 5.6 billion.\n\n" +
		"Daiwa Koki Co., Ltd. (\"Daiwa\") and Tanaka Kensetsu (\"Tanaka\") won the contract. Of the ¥9.4 billion contract value, Daiwa's share amounts to ¥5.1 billion, Tanaka's to ¥4.3 billion and the rest to local firms.\n"
	ix := mustOpen(t, Source{Name: "shares.md", Text: text})
	expectAnswers(t, ix, map[string]string{
		"malaysia's share of the penang drill for fy2015":              "RM 1.2 million",
		"whats the cebu provincial government's share of the cwp cost": "PHP 410 million",
		"hoi an's share of hap costs so far":                           "VND 5.6 billion",
		"how is the cost of the penang drill shared":                   "70:30",
		// Another party's share in the sentence is not the one asked.
		"what's tanaka's share of the contract": "¥4.3 billion",
	})
}

// "How much of that total went through X" asks the part, though it says
// "total".
func TestPartOfTheTotalAsked(t *testing.T) {
	text := paperHeader("Totals Fixture", "March 2021") + "1. Overview\n\n" +
		"From FY2016 to FY2020 Japan committed approximately ¥5.2 billion to port safety in ASEAN countries, of which about ¥1.9 billion was channelled through the regional training programmes.\n"
	ix := mustOpen(t, Source{Name: "totals.md", Text: text})
	expectAnswers(t, ix, map[string]string{
		"how much of that total went thru the regional programmes":    "¥1.9 billion",
		"how much of the fy2016-20 total went to regional programmes": "¥1.9 billion",
		"total japan committed to port safety":                        "¥5.2 billion",
	})
}

// "Japan's share is ¥96 million and Malaysia's is RM 1.9 million":
// Malaysia's share has its noun left out, and "malaysia's fy2016 share"
// asks it with a year between.
func TestGappedShareAndAYearBetween(t *testing.T) {
	ix := mustOpen(t, Source{Name: "gappedshare.md", Text: paperHeader("Japan's Cooperation with ASEAN on Sport", "April 2017") + `1. Exchange

The Japan-ASEAN Youth Games Exchange (JAYGE) began on 1 April 2015. Its costs are shared between Japan and Malaysia on a 70:30 basis; for FY2016 Japan's share is ¥96 million and Malaysia's is RM 1.9 million.
`})
	expectAnswers(t, ix, map[string]string{
		"how much is malaysia's fy2016 share of jayge?": "RM 1.9 million",
		"how much is japan's fy2016 share of jayge?":    "¥96 million",
	})
	if a := ix.AnswerFollowUp("how much is japan's fy2016 share of jayge?", "and malaysia's?"); !a.Found || a.Span != "RM 1.9 million" {
		t.Errorf("and malaysia's: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}

// "japan's rmstp contribution" asks what Japan gives to the programme
// the possessive's gift is for; "bsp contribution" asks what the central
// bank named before its gift gives.
func TestPossessiveBeforeProgrammeGift(t *testing.T) {
	ix := mustOpen(t, Source{Name: "possessive.md", Text: paperHeader("Japan's Cooperation with ASEAN on Microfinance", "February 2019") + `1. Supervisors

Bangko Sentral ng Pilipinas (BSP) and Japan launched the Regional Microfinance Supervisors Course (RMSC) in Manila on 17 October 2016. For FY2018, Japan's contribution is JPY 95 million, while BSP provides the venue and lecturers, valued at PHP 14.5 million.
`})
	expectAnswers(t, ix, map[string]string{
		"japan's rmsc contribution for fy2018?": "JPY 95 million",
		"japans rmsc contribution for fy2018":   "JPY 95 million",
		"bsp contribution to rmsc":              "PHP 14.5 million",
	})
}
