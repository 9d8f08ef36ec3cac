package index

import "testing"

// wellPaper has a project whose run is a range of fiscal years in a
// sentence after the one that names it, a party's contribution said in a
// sentence of its own, a signing still to come far before its date, and a
// meeting's co-chair given on one side only.
func wellPaper() Source {
	return Source{Name: "wells.md", Text: paperHeader("Japan's Cooperation with ASEAN on Village Wells", "October 2016") + `1. Wells

(1) Deep Wells

In 2013 the Ministry of Rural Development of Cambodia asked Japan for help with village water. JICA therefore launched the Deep Well Drilling Project (DWDP) in Kampong Speu. Japan's grant amounts to ¥900 million over four years, from FY2015 to FY2019.

(2) Pump Repair

The Pump Repair Training Project (PRTP) began on 1 June 2014 and trains mechanics for every district. Japan's contribution is ¥310 million over three years.

(3) Laos

Japan expects to sign the Exchange of Notes for the ¥280 million pump grant to Laos in Vientiane before the end of FY2016.

2. Dialogue

The ASEAN-Japan Water Dialogue met for the second time in Manila in May 2016 and was co-chaired on the Japanese side by Mr. Taro Ishida, Director of the Water Division at the Ministry of Foreign Affairs.
`}
}

// "Runs until which fiscal year" asks the end of a range of fiscal
// years; "cost to japan" asks what Japan pays.
func TestUntilWhichAndCostTo(t *testing.T) {
	ix := mustOpen(t, wellPaper())
	expectAnswers(t, ix, map[string]string{
		"DWDP runs until which fiscal year": "FY2019",
		"PRTP cost to japan?":               "¥310 million",
	})
}

// A signing still to come, said far before its date, neither dates a
// past signing nor says it was done.
func TestSigningStillToComeFarBack(t *testing.T) {
	ix := mustOpen(t, wellPaper())
	expectRefused(t, ix, "when was the exchange of notes for the laos pump grant signed?")
	expectAnswers(t, ix, map[string]string{
		"has the exchange of notes for the laos pump grant been signed yet": "no",
	})
}

// A person the sentence gives one side is not the other side's.
func TestOtherSideRefused(t *testing.T) {
	ix := mustOpen(t, wellPaper())
	expectRefused(t, ix, "who co-chaired the second water dialogue for the philippine side?")
	expectAnswers(t, ix, map[string]string{
		"who co-chaired the second water dialogue for the japanese side?": "Mr. Taro Ishida",
	})
}
