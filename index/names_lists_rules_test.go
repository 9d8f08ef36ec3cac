package index

import "testing"

// gridPaper names a ministry whose field is a list, a chair held by a
// country that a titled person represents, and a police officer by his
// ranks.
func gridPaper() Source {
	return Source{Name: "grid.md", Text: paperHeader("Japan's Cooperation with the Mekong Region on Village Power", "October 2005") + `1. Village Power

In 2003 the Ministry of Public Works, Transport and Energy of Laos asked Japan to help bring power to upland villages. In response, JICA launched the Upland Solar Lighting Project (USLP).

The chair of the Village Power Network (VPN) rotates every year, and in 2005 it is held by Laos, represented by Dr. Khamsay Phommachanh, Vice Minister of the Ministry of Public Works, Transport and Energy.

The VPN Secretariat is hosted by the National Police of Thailand. Pol. Lt. Col. Anan Srisuk has served as its Executive Coordinator since the Secretariat opened.
`}
}

// A ministry whose field is a list is named whole, with the country it
// is of; a person after "represented by" is named whole, not cut at the
// dot of "Dr."; ranks are part of a name.
func TestListedMinistryAndTitledNames(t *testing.T) {
	ix := mustOpen(t, gridPaper())
	expectAnswers(t, ix, map[string]string{
		"who asked japan for the uslp":                             "Ministry of Public Works, Transport and Energy of Laos",
		"who represents laos as VPN chair in 2005":                 "Dr. Khamsay Phommachanh",
		"who is the executive coordinator of the VPN secretariat?": "Pol. Lt. Col. Anan Srisuk",
	})
	// No honorific stands for its person: "represented by Dr." is not
	// the agent "Dr".
	if a := ix.Answer("who represents the chair in 2005"); a.Span == "Dr" {
		t.Errorf("who represents the chair: the honorific alone, %q", a.Text)
	}
}
