package index

import "testing"

// kindTotals is a paper whose totals list their parts by kind of aid, and
// which names a grant of its own elsewhere.
func kindTotals() Source {
	return Source{Name: "kinds.md", Text: paperHeader("Kinds Fixture", "August 2025") + `Overview: Between FY2018 and FY2025 Japan committed about ¥14.6 billion in total, consisting of ¥8.9 billion in grant aid, ¥4.2 billion in technical cooperation through JICA, and ¥1.5 billion in contributions through JAIF. From FY2014 to FY2019 Japan committed approximately ¥64 billion to land registration, of which ¥38.2 billion took the form of ODA loans; the remainder consisted of grant aid.

1. Port Scanners

The Port Scanner Project (PSP) provides container scanners. For Viet Nam, the Exchange of Notes for grant aid of ¥2.35 billion was signed in Hanoi on 18 March 2021. A second grant aid project, of ¥1.48 billion, went to Cambodia.

2. Rescue Centres

Japan provided grant aid of ¥690 million for the Palawan Rescue Centre. Grant aid also paid for two boats. The centre's grant aid covers its clinic. Further grant aid is planned for Laos.
`}
}

// The total of a kind of aid is the part the kind names when its whole
// names none; the whole is still the total when no kind is asked.
func TestKindOfAidPartIsItsTotal(t *testing.T) {
	ix := mustOpen(t, kindTotals())
	expectAnswers(t, ix, map[string]string{
		"how much grant aid in total":               "¥8.9 billion",
		"hw much grant aid overall":                 "¥8.9 billion",
		"how much in ODA loans fy2014-fy2019":       "¥38.2 billion",
		"how much did japan commit in total fy2018": "¥14.6 billion",
		"how much was the grant for PSP":            "¥2.35 billion",
	})
}
