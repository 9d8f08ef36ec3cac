package index

import "testing"

// wardsPaper has a project's grant that covers wards beside a duration
// in its passage, a table of pilot sites under an aspect sub-heading
// with a note on the table that gives the total, and a count whose noun
// opens with a hyphenated word.
func wardsPaper() Source {
	return Source{Name: "wards.md", Text: paperHeader("Japan's Cooperation with ASEAN on Safer Wards", "October 2016") + `1. Ward Accreditation Pilots

(1) Ward Safety Accreditation Pilot Project

In January 2014, the Ministry of Health of Cambodia requested Japan to help it prepare ward standards. In response, JICA launched the Ward Safety Accreditation Pilot Project (WSAP) in FY2014 in order to test ward standards in public hospitals. Japan's contribution is ¥600 million over three years. A grant to Cambodia finances hand-washing stations for 6 wards of two general hospitals, and 52,000 alcohol-based hand rubs were supplied.

(2) Sites

  Country     City          Pilot wards    Started
  Cambodia    Phnom Penh    4              FY2014
  Laos        Vientiane     3              FY2015

Note: Pilot wards are public wards selected by each Ministry of Health. By September 2016, 5 of the 7 pilot wards had completed their first survey.

(3) Infection Control

The Ward Infection Project (WIP), which began on 1 April 2015, trains an infection control nurse for every ward covered by the grant to Cambodia. Japan's contribution to Cambodia is JPY 540 million over three years.

2. Future Direction

  - The signing of a grant for wards in Savannakhet was postponed owing to a change of leadership at the Lao Ministry of Health.
`}
}

// "Number of wards" counts wards, not years; a note on a table speaks of
// the body the rows do; "alcohol based hand rubs" asks the noun
// "alcohol-based hand rubs" writes.
func TestCountNounAndTableNote(t *testing.T) {
	ix := mustOpen(t, wardsPaper())
	expectAnswers(t, ix, map[string]string{
		"number of wards covered by the cambodia grant": "6",
		"how many pilot wards in total under WSAP":      "7",
		"number of alcohol based hand rubs supplied":    "52,000",
	})
}
