package index

import "testing"

// gridDoc gives a grant and a later request for more, a budget split
// after a colon, a count up to the end of a year, a request dated by the
// clause after its date, and a signing whose sentence places another act.
const gridDoc = "Policy Brief\n\nJuly 2020\nInstitute\n\n" +
	"2.6 The Exchange of Notes for the Phnom Penh Grid Modernisation Project (PPGMP) was signed in Phnom Penh on 11 July 2018. The Grant Agreement, for ¥2.15 billion, followed on 2 August 2018.\n\n" +
	"2.8 In January 2020 the Royal Government of Cambodia requested a further ¥1.35 billion in grant aid to extend the PPGMP approach to Siem Reap.\n\n" +
	"2.9 The Grid Code Harmonisation Study (GCHS) began in 2019. The GCHS budget is US$ 2.6 million: US$ 1.9 million from JAIF and US$ 700,000 from EGAT.\n\n" +
	"| Project | Country | Modality | Japanese financing | Period |\n|---|---|---|---|---|\n| GCHS | Cambodia, Lao PDR, Thailand, Viet Nam | JAIF-funded study | US$ 1.9 million | 2019 - 2021 |\n\n" +
	"2.10 By the end of FY2019, 185 engineers had completed courses of the Mekong Power System Operators Training Programme (MPSOT).\n\n" +
	"2.11 In January 2022, the Government of Cambodia requested Japan to fund a second phase of the MPSOT. Tokyo has not approved the request.\n\n" +
	"2.12 Malaysia signed the charter of the Mekong Power System Research Network (MPSRN) on 22 January 2022 but has not yet deposited its instrument of acceptance, which needs Cabinet approval in Putrajaya.\n"

// A sum only requested is not the grant given; a sum whose colon opens
// the sums after it is their whole.
func TestRequestedSumAndColonWhole(t *testing.T) {
	ix := mustOpen(t, Source{Name: "brief.txt", Text: gridDoc})
	expectAnswers(t, ix, map[string]string{
		"ppgmp grant amount":                          "¥2.15 billion",
		"how much did cambodia request for siem reap": "¥1.35 billion",
		"total budget of the grid code study":         "US$ 2.6 million",
	})
}

// A figure dated "by the end of" a year is the total up to it, not that
// year's; the date a request was made is not when the work asked for
// starts; a place in a relative clause with a verb of its own is not
// where the act the question asks was done.
func TestActsTheDateOrPlaceIsOf(t *testing.T) {
	ix := mustOpen(t, Source{Name: "brief.txt", Text: gridDoc})
	expectRefused(t, ix,
		"how many engineers did mpsot train in fy2019",
		"when does mpsot phase 2 start",
		"where did malaysia sign the mpsrn charter",
	)
	expectAnswers(t, ix, map[string]string{
		"how many engineers had completed mpsot by end of fy2019": "185",
		"when did cambodia request a second phase of mpsot":       "January 2022",
		"when was the request to start mpsot phase 2 made":        "January 2022",
	})
}

// A word that labels a later cell of a table's row is the column's
// header, not a place: "Date" is a city in Japan.
func TestTableHeaderIsNoPlace(t *testing.T) {
	ix := mustOpen(t, Source{Name: "commentary.md", Text: "# Commentary\n\n" +
		"The charter of the Regional Centre for Public Health Emergencies (RCPHE) was drafted with Japan's support.\n\n" +
		"| Country | Status | Date |\n|---|---|---|\n" +
		"| Malaysia | Signatory; membership not yet completed | Signed 22 January 2022 |\n" +
		"| Cambodia | Member (joined) | 3 June 2021 |\n"})
	for _, pl := range ix.Places() {
		if pl.AsWritten == "Date" {
			t.Errorf("the header Date read as a place in %q", pl.Passage.Text)
		}
	}
	expectRefused(t, ix, "where did malaysia sign the rcphe charter")
}

// "Who can attend the courses" asks who is eligible, which the sentence
// that says whom the courses are open to answers, though it writes no
// "attend"; a name elsewhere in the passage is not the answer.
func TestWhoMayTakePart(t *testing.T) {
	ix := mustOpen(t, Source{Name: "audit.md", Text: "# Audit Report\n\n" +
		"26. The ASEAN Regional Centre for Water Utility Training (ARCWUT), located in Bangkok, trains staff of public water utilities. Its courses are open to engineers and managers of public water utilities in member countries. Its Executive Director is Dr. Siriporn Chaiyasit.\n"})
	expectAnswers(t, ix, map[string]string{
		"who can attend arcwut courses": "Its courses are open to engineers and managers of public water utilities in member countries.",
	})
}

// "Has Japan approved the Siem Reap request" of "The request is still
// under review and has not been approved": a denial that names no actor
// answers for the one the question names; one that names another by
// "by" does not.
func TestDenialWithoutItsActor(t *testing.T) {
	ix := mustOpen(t, Source{Name: "brief.txt", Text: "Policy Brief\n\nJuly 2020\nInstitute\n\n" +
		"2.7 Japan has supported the power sector of the Mekong countries since 1995.\n\n" +
		"2.8 In January 2020 the Royal Government of Cambodia requested a further ¥1.35 billion in grant aid for a grid in Siem Reap. The request is still under review and has not been approved.\n\n" +
		"2.9 In March 2020 the Government of Laos requested a grant for a substation in Pakse. The request has not yet been approved by the Asian Development Bank.\n"})
	expectAnswers(t, ix, map[string]string{"has japan approved the siem reap request": "no"})
	if a := ix.Answer("has japan approved the pakse request"); a.Span == "no" {
		t.Errorf("%q: answered no from a denial by another: %s", "has japan approved the pakse request", a.Text)
	}
}
