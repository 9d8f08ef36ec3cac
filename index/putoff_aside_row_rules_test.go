package index

import "testing"

// centresPaper has a signing planned for a day and put off, a pronoun
// after a sentence that sets two projects aside before naming a third,
// and a table of centres by country beside a sentence on one centre
// that the table's rows do not name.
func centresPaper() Source {
	return Source{Name: "centres.md", Text: paperHeader("Japan's Cooperation with ASEAN on Vocational Training", "June 2022") + `1. Centres

(1) Opening

The Bohol Training Centre (BTC) in Tagbilaran, the Philippines, opened on 2nd March 2021 in order to train welders and electricians. Japan financed its workshops with grant aid of ¥1.4 billion.

The centres are as follows:

  Country        City            Field                  Opening      Trainees per year
  Vietnam        Da Nang         welding                2020         110
  Philippines    Tagbilaran      electrical work        2021         70

(2) Loans

The Loan Agreement for an ODA loan of ¥18.2 billion for the Cebu Skills Project (CSKP) was signed by JICA and the Government of the Philippines in Manila on 24 January 2022. The Loan Agreement for an ODA loan of ¥6.5 billion for the Hue Workshop Project (HWP) was signed in Hanoi on 11 February 2022. Apart from CSKP and HWP, JICA finances the Davao Depot Project (DDP) in Mindanao. Its Loan Agreement, for an ODA loan of ¥9.1 billion, was signed in Davao on 3 March 2022.

2. Future Direction

The signing of the Exchange of Notes for grant aid of ¥450 million to Cambodia, for a training wing in Kampot, was planned in Phnom Penh for 12 May 2022 but was postponed owing to a change of minister; no new date has been set.
`}
}

// A day an act was planned for and put off is not when it was done; a
// pronoun after "Apart from A and B, X finances C" stands for C; a table
// row answers only for what the question names of it.
func TestPutOffAsideAndRowRules(t *testing.T) {
	ix := mustOpen(t, centresPaper())
	expectAnswers(t, ix, map[string]string{
		"when did BTC open":                          "2nd March 2021",
		"when did the vietnam centre open":           "2020",
		"when was the HWP loan agreement signed":     "11 February 2022",
		"when was the DDP loan agreement signed":     "3 March 2022",
		"when was the kampot EoN originally planned": "12 May 2022",
	})
	expectRefused(t, ix, "when was the EoN for the kampot training wing signed")
}
