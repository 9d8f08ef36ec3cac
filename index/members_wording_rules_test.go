package index

import (
	"slices"
	"testing"
)

// A hub's members listed in the paragraph after the one its heading's
// paragraph opens with are that hub's; "have not applied for membership"
// makes no one a would-be member; "encourage X to complete its accession"
// has X not yet joined; "joined the team" joins no body named before.
func TestMembersAsTheHubsParagraphsWord(t *testing.T) {
	ix := mustOpen(t, Source{Name: "hub.md", Text: paperHeader("Hub Fixture", "February 2020") + `1. Small Satellite

(1) Joint Earth Observation Microsatellite for ASEAN (JEMA-1)

The satellite is being built with the Malaysian Space Agency (MYSA), and its images will be downlinked to the Mekong-Andaman Ground Receiving Station (MAGRS). Six more engineers, from Indonesia, the Philippines and Viet Nam, joined the team in 2019 for on-the-job training.

2. Regional Data Hub

(1) Establishment and membership

The ASEAN Satellite Data Hub (ASDH) was launched in Jakarta on 15 November 2018. It is hosted by the Indonesian National Institute of Aeronautics and Space (LAPAN).

The founding members were Indonesia, Malaysia, Thailand and Japan. Cambodia became the fifth member on 3 July 2019. Brunei Darussalam and Singapore have not applied for membership.

(2) Next steps

Japan intends to:
  1. help ASDH conclude its MoU with the AHA Centre;
  2. encourage Myanmar to complete its accession to the hub.
`})
	const hub = "ASEAN Satellite Data Hub (ASDH)"
	got := membershipRows(ix)
	expectMemberRows(t, got,
		membershipRow{"Indonesia", hub, StatusFounding, ""},
		membershipRow{"Japan", hub, StatusFounding, ""},
		membershipRow{"Cambodia", hub, StatusJoined, "3 July 2019"},
		membershipRow{"Brunei", hub, StatusNonMember, ""},
	)
	for _, r := range got {
		if r.Country == "Myanmar" && r.Status == StatusJoined || r.Country == "Singapore" && r.Status == StatusIntends || r.Org != hub {
			t.Errorf("wrong membership %+v", r)
		}
	}
	if !slices.ContainsFunc(got, func(r membershipRow) bool { return r.Country == "Myanmar" && r.Status == StatusIntends }) {
		t.Errorf("Myanmar's accession to complete not read as meant: %+v", got)
	}
}

// Asked a country's status, an intent to join is given in the document's
// words with the verb that states it; one with no such verb keeps the
// status's own words.
func TestIntentInTheDocumentsWords(t *testing.T) {
	doc := "The ASEAN-Japan Road Safety Research Network (AJ-RSRN) was founded in 2013. Cambodia has stated its intention to join the network, and Laos intends to join it in 2017."
	checkRules(t, []ruleCase{
		{name: "stated", doc: doc, q: "whats cambodia's status in the aj-rsrn", span: "has stated its intention to join"},
		{name: "plain", doc: doc, q: "whats laos's status in the aj-rsrn", span: "intends to join"},
	})
}
