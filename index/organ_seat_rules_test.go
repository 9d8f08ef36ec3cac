package index

import "testing"

// talentNetworkPaper names a network's secretariat and steering
// committee by the network's short form, says the secretariat is based
// in a country, and names the committee in full only in a plan.
func talentNetworkPaper() Source {
	return Source{Name: "talent.md", Text: paperHeader("Japan's Cooperation with ASEAN on Engineering Talent", "July 2024") + `1. The Network

(1) Members

The ASEAN-Japan Engineering Talent Network (AJETN) links training centres and employers in order to match engineers with jobs.

(2) Secretariat and Meetings

The AJETN Secretariat is based in Malaysia and headed by Dr. Tan Mei Ling, Executive Secretary. The Steering Committee is chaired by Mr. Somchai Rattana, Deputy Permanent Secretary of the Ministry of Labour of Thailand. The second Steering Committee meeting, held in Chiang Mai on 4 June 2024, brought together 64 participants.

2. Future Direction

The third AJETN Steering Committee meeting will be held in 2025; its venue has not yet been decided.
`}
}

// "The Steering Committee" in the AJETN's passage is the "AJETN Steering
// Committee" a plan names in full; the secretariat's seat is a country
// when no city is named; the next meeting's venue stays unsaid.
func TestOrganByShortFormAndSeatInCountry(t *testing.T) {
	ix := mustOpen(t, talentNetworkPaper())
	expectAnswers(t, ix, map[string]string{
		"who chairs the ajetn steering committee":            "Mr. Somchai Rattana",
		"where was the 2nd ajetn steering committee meeting": "Chiang Mai",
		"where is the ajetn secretariat based?":              "Malaysia",
	})
	if a := ix.Answer("where will the third ajetn steering committee meeting be held"); a.Found {
		t.Errorf("third meeting: %q (%s), a venue not yet decided", a.Span, a.Text)
	}
}
