package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Names a question writes in full: the words of another body's name in
// the order a sentence writes them name what that sentence names; a body
// named with its head ("the World Bank", "the ASEAN Foundation") that no
// document writes so is not one the documents speak of.
func TestNamesWrittenInFull(t *testing.T) {
	water := "The Japan-ASEAN Clean Water Facility (JACWF) was set up in Jakarta in July 2006.\n\n2. Policy Dialogue\n\nThe First ASEAN-Japan Water Policy Dialogue was held in Bangkok on November 18, 2008."
	film := "The ASEAN Film Week was held in Tokyo from November 18 to 24, 2005, and 12 films from ASEAN countries were screened. The event was funded by the Japan Foundation with ¥30 million."
	cebu := "On 27 November 2009, a yen loan in the amount of ¥9.86 billion for the Metro Cebu Sewerage Improvement Project was signed in Manila. The Asian Development Bank (ADB) provided a further US$4.5 million."
	checkRules(t, []ruleCase{
		{name: "the dialogue's words in order", doc: water, q: "where did the first ASEAN-Japan water policy dialogue take place", span: "Bangkok"},
		{name: "the dialogue's date", doc: water, q: "when was the 1st asean-japan water policy dialogue", span: "November 18, 2008"},
		{name: "the facility", doc: water, q: "when was the japan asean water facility set up", span: "July 2006"},
		{name: "a foundation named in full", doc: film, q: "how much did the ASEAN Foundation contribute to the film week in tokyo"},
		{name: "the foundation named", doc: film, q: "how much did the japan foundation give the film week", span: "¥30 million"},
		{name: "a bank named in full", doc: cebu, q: "how much did the World Bank give for the cebu sewerage project?"},
		{name: "a bank's short form", doc: cebu, q: "how much did the WB give for the cebu sewerage project?"},
		{name: "the bank named", doc: cebu, q: "how much did the asian development bank provide", span: "US$4.5 million"},
	})
}

// An act asked after "did" ("when did the Diet approve it") is the act a
// date must be of; a sum only planned, its object however long, dates no
// payment.
func TestActsAskedAfterDid(t *testing.T) {
	planned := "A further contribution in the amount of ¥400 million is planned for FY2006, subject to the approval of the Diet."
	approved := "The Diet approved the further contribution of ¥400 million on 2 March 2006."
	plans := "The Government of Japan plans to contribute an additional ¥500 million to the JALPF in FY2012, subject to the approval of the Diet."
	checkRules(t, []ruleCase{
		{name: "approval only planned", doc: planned, q: "when did the diet approve the ¥400 million for fy2006?"},
		{name: "approval done", doc: approved, q: "when did the diet approve the ¥400 million?", span: "2 March 2006"},
		{name: "a long object", doc: plans, q: "when was the additional ¥500 million for FY2012 disbursed?"},
		{name: "the plan asked", doc: plans, q: "when is the additional ¥500 million to be contributed?", span: "FY2012"},
	})
}

// "Which countries send trainees" asks where the trainees come from: the
// countries after "trainees from" or "trainees are accepted from", not
// the countries that bear the cost.
func TestCountriesPeopleComeFrom(t *testing.T) {
	hotel := "The Japan-Thailand Hospitality Partnership Programme (JTHPP) is a third-country training programme, the cost of which is borne by Japan and Thailand on a 60-40 basis. Training is conducted at a hotel school in Chiang Mai, and trainees are accepted from Cambodia, Laos, Myanmar and Vietnam."
	water := "Japan implements the Japan-Singapore Water Partnership Programme (JSWPP) jointly with Singapore, the cost of which is borne by Japan and Singapore on a 60-40 basis. Every year, about 10 courses on desalination are offered in Singapore to trainees from Cambodia, Laos, Myanmar and Vietnam."
	care := "The Third-Country Training Programme (TCTP) on Elderly Care was held in Khon Kaen in June 2015 at a cost of US$385,000 shared between JICA and TICA. JICA and TICA funded 46 participants from Laos, Myanmar and Vietnam, whereas Cambodia declined to send anyone."
	checkRules(t, []ruleCase{
		{name: "accepted from", doc: hotel, q: "which countries send trainees to the JTHPP", span: "Cambodia, Laos, Myanmar, Vietnam"},
		{name: "trainees from", doc: water, q: "which countries send trainees to the JSWPP courses?", span: "Cambodia, Laos, Myanmar, Vietnam"},
		{name: "trainees are from", doc: water, q: "which countries are the JSWPP trainees from?", span: "Cambodia, Laos, Myanmar, Vietnam"},
		{name: "people of any kind", doc: care, q: "which countries sent ppl to the tctp", span: "Laos, Myanmar, Vietnam"},
	})
}

// A body a section's heading names is what "joined the Centre" under it
// joined, and what "The Centre was established ... by" founded; a list
// after ", followed by" shares the status before it.
func TestMembershipsOfTheHeadingsBody(t *testing.T) {
	ix := mustOpen(t, Source{Name: "centre.md", Text: paperHeader("Heritage Fixture", "February 2006") + `1. Southeast Asian Heritage Conservation Centre (SAHCC)

The Centre was established in Luang Prabang on 1 April 2003 by Japan, Cambodia and Laos as founding members. Thailand joined the Centre on 15 November 2004, and Indonesia joined on February 2, 2005. The Philippines joined the Centre on September 1, 2005, followed by Vietnam on 20 January 2007 and Malaysia on 2 March 2009. Myanmar takes part as an observer.
`})
	sahcc := "Southeast Asian Heritage Conservation Centre (SAHCC)"
	want := []membershipRow{
		{"Japan", sahcc, StatusFounding, "1 April 2003"},
		{"Cambodia", sahcc, StatusFounding, "1 April 2003"},
		{"Laos", sahcc, StatusFounding, "1 April 2003"},
		{"Thailand", sahcc, StatusJoined, "15 November 2004"},
		{"Indonesia", sahcc, StatusJoined, "February 2, 2005"},
		{"Philippines", sahcc, StatusJoined, "September 1, 2005"},
		{"Vietnam", sahcc, StatusJoined, "20 January 2007"},
		{"Malaysia", sahcc, StatusJoined, "2 March 2009"},
		{"Myanmar", sahcc, StatusObserver, ""},
	}
	if diff := cmp.Diff(want, membershipRows(ix)); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
	// The heading alone names the body "the Centre" refers to.
	ix = mustOpen(t, Source{Name: "joined.md", Text: paperHeader("Heritage Fixture", "February 2006") + `1. Southeast Asian Heritage Conservation Centre (SAHCC)

Thailand joined the Centre on 15 November 2004.
`})
	if diff := cmp.Diff([]membershipRow{{"Thailand", sahcc, StatusJoined, "15 November 2004"}}, membershipRows(ix)); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// A role given by assignment ("has been assigned as project leader"),
// and a team's leader asked with the countries the sentence before sent
// it to ("The team was led by").
func TestRolesAssignedAndTeamsLed(t *testing.T) {
	leader := "Under the project, 35 hydrological stations are being installed. Mr. Takeshi Ogura, an expert of the Japan International Cooperation Agency (JICA), has been assigned as project leader."
	team := "In FY2005, 14 Japanese tourism experts were dispatched to Laos and Cambodia in order to assist in the formulation of master plans. The team was led by Ms. Yuko Nakahara, Senior Adviser of JICA."
	checkRules(t, []ruleCase{
		{name: "assigned as", doc: leader, q: "who is the project leader?", span: "Mr. Takeshi Ogura"},
		{name: "the team sent", doc: team, q: "who led the expert team sent to laos and cambodia", span: "Ms. Yuko Nakahara"},
		{name: "a team sent elsewhere", doc: team, q: "who led the expert team sent to vietnam"},
	})
}

// "Which city is the JALPF administered from": the sentence that writes
// "administered" over one whose "held" the synonyms let match, in a paper
// whose ministers' dialogue was held elsewhere in a passage that names the
// fund too.
func TestWhereByTheActWritten(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "mofa-2011-06-japan-asean-labour-skills-paper"))
	for q, want := range map[string]string{
		"which city is the jalpf administered from":        "Jakarta",
		"where was the 2nd labour ministers dialogue held": "Kuala Lumpur",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%q: found=%v span %q, want %q", q, a.Found, a.Span, want)
		}
	}
}
