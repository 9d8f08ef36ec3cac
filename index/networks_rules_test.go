package index

import (
	"slices"
	"strings"
	"testing"
)

// networkPaper has a network whose founders follow a colon with an aside
// after their list, members who join in a sentence that names another
// scheme, a member represented by an agency of its own, and a signatory
// whose "letter of accession" is not yet membership.
func networkPaper() Source {
	return Source{Name: "networks.txt", Text: paperHeader("Japan's Cooperation on Delta Gauging", "March 2017") +
		"Overview: Japan supports the Delta Gauge Network (DGN) and the Yangon River Programme (YRP).\n\n" +
		"1. Delta Gauge Network\n\n" +
		"(1) The DGN was set up on 4 May 2012 at a meeting in Manila by three founding members: Indonesia, Vietnam and the Philippines, each sending its survey agency. The network aims to share levelling data.\n\n" +
		"(2) Membership has grown since. Cambodia joined on 2 March 2014, and Myanmar followed on 9 June 2015, soon after the YRP was approved. Laos has taken part as an observer since July 2015. Malaysia signed a letter of accession on 1 October 2016 but has not yet completed its domestic procedures.\n\n" +
		"2. Mekong Parasite Laboratory Network\n\n" +
		"(1) The Mekong Parasite Laboratory Network (MPLN) was established on 12 November 2002 at a meeting held in Khon Kaen, with Thailand and Laos as its founding members.\n\n" +
		"3. Hatchery Network\n\n" +
		"(1) The Asian Hatchery Network (AHN) was founded in 2018. Its founding members are Cambodia, Laos and Thailand. Myanmar joined the network on 4 June 2019, and the Philippines, represented by its Bureau of Fisheries and Aquatic Resources, joined on 21 March 2021. Indonesia has taken part as an observer since 2020.\n"}
}

// memberOf reports whether ix reads country with status in a body
// whose name holds org.
func memberOf(ix *Index, country, status, org string) bool {
	_, ms := ix.Members()
	return slices.ContainsFunc(ms, func(m Membership) bool {
		return m.Country == country && m.Status == status && strings.Contains(m.Org, org)
	})
}

// "by three founding members: Indonesia, Vietnam and the Philippines,
// each sending its survey agency": the list after the colon ends where
// its aside starts, and the members who join after it join the same
// body, though the sentence names another scheme.
func TestFoundersListedAfterAColonBeforeAnAside(t *testing.T) {
	ix := mustOpen(t, networkPaper())
	for _, c := range []string{"Indonesia", "Vietnam", "Philippines"} {
		if !memberOf(ix, c, StatusFounding, "DGN") {
			t.Errorf("%s is no founding member of the DGN: %q", c, membershipLines(ix))
		}
	}
	for _, m := range []struct{ country, status string }{{"Cambodia", StatusJoined}, {"Myanmar", StatusJoined}, {"Laos", StatusObserver}, {"Malaysia", StatusSigned}} {
		if !memberOf(ix, m.country, m.status, "DGN") {
			t.Errorf("%s is not %s of the DGN: %q", m.country, m.status, membershipLines(ix))
		}
	}
	if slices.ContainsFunc(membershipLines(ix), func(l string) bool { return strings.Contains(l, "YRP") }) {
		t.Errorf("a member of the programme approved: %q", membershipLines(ix))
	}
}

// "The Mekong Parasite Laboratory Network (MPLN) was established ...
// with Thailand and Laos as its founding members": "Laboratory" is the
// head of no scheme of its own inside the Network's name.
func TestFoundersOfTheWholeNameNotItsHead(t *testing.T) {
	ix := mustOpen(t, networkPaper())
	for _, c := range []string{"Thailand", "Laos"} {
		if !memberOf(ix, c, StatusFounding, "Mekong Parasite Laboratory Network (MPLN)") {
			t.Errorf("%s: %q", c, membershipLines(ix))
		}
	}
}

// "the Philippines, represented by its Bureau of Fisheries ..., joined":
// the agency is the member's channel, not the body it joined, and the
// statuses after it stay the Network's.
func TestRepresentedByItsAgencyIsAChannel(t *testing.T) {
	ix := mustOpen(t, networkPaper())
	if !memberOf(ix, "Philippines", StatusJoined, "AHN") || !memberOf(ix, "Indonesia", StatusObserver, "AHN") {
		t.Errorf("%q", membershipLines(ix))
	}
	if slices.ContainsFunc(membershipLines(ix), func(l string) bool { return strings.Contains(l, "Bureau") }) {
		t.Errorf("the agency read as a body joined: %q", membershipLines(ix))
	}
}

// flukePaper is in the ministry's older plain-text layout: a project's
// numbered sub-heading, then sibling items with no heading that go on
// about "the project" or turn to something else; a name that opens with
// "Project for", which its acronym leaves out; shares named by an
// adjective and by "of"; and a district the gazetteer does not have,
// two letters from one it has.
func flukePaper() Source {
	return Source{Name: "fluke.txt", Text: paperHeader("Japan's Cooperation on Liver Fluke Control", "April 2005") +
		"1. Cooperation with Laos\n\n" +
		"(1) Community Fluke Control Project (CFCP)\nThe Community Fluke Control Project (CFCP) started on 1 April 2003 in Champasack Province.\n\n" +
		"(2) On the Lao side the project is directed by Dr. Bounmy Keola, Director of the Department of Hygiene; the Japanese team is led by Mr. Kenta Ono, JICA Chief Adviser, who is based in Pakse. To date 12 Japanese experts have been dispatched.\n\n" +
		"(3) On 22 December 2004 the Lao Government requested grant aid for a laboratory in Savannakhet, at an estimated cost of ¥480 million.\n\n" +
		"2. Cooperation with Cambodia and Thailand\n\n" +
		"(1) Japan extends grant aid of ¥612 million for the Project for Strengthening Parasitology Laboratories (SPL).\n\n" +
		"(2) The School Health Programme (SHP) is run jointly by Japan and Thailand. Its costs are shared between Japan and Thailand on a 70:30 basis; for FY2004 to FY2006 the Japanese share is ¥96 million and the share of the Thai Ministry of Public Health is 15.3 million baht.\n\n" +
		"(3) The SHP data centre was opened on 27 September 2004 in Bang Phli District, Samut Prakan.\n"}
}

// An item with no heading of its own that speaks of "the project" goes
// on about the project the item before it is headed with; one that does
// not speak of it is not about it.
func TestUnheadedItemGoesOnAboutTheProjectBefore(t *testing.T) {
	ix := mustOpen(t, flukePaper())
	expectAnswers(t, ix, map[string]string{
		"who heads the lao side of cfcp":                  "Dr. Bounmy Keola",
		"where is the jica chief adviser for cfcp based?": "Pakse",
	})
	if a := ix.Answer("number of japanese experts sent to cfcp so far"); !a.Found || !strings.HasPrefix(a.Span, "12") {
		t.Errorf("experts: %q (%s)", a.Span, a.Text)
	}
	if a := ix.Answer("how much does the cfcp cost"); a.Found && a.Span == "¥480 million" {
		t.Errorf("the laboratory requested read as CFCP's cost: %s", a.Text)
	}
}

// "Project for Strengthening Parasitology Laboratories (SPL)": the name
// keeps the head its acronym leaves out.
func TestProjectForNameKeepsItsHead(t *testing.T) {
	ix := mustOpen(t, flukePaper())
	if got := acronymsOf(ix)["SPL"]; got != "Project for Strengthening Parasitology Laboratories" {
		t.Errorf("SPL stands for %q", got)
	}
}

// "the Japanese share is ¥96 million and the share of the Thai Ministry
// of Public Health is 15.3 million baht": each country's share asked is
// its sum, not the ratio of the sentence before.
func TestShareNamedByAdjectiveOrOf(t *testing.T) {
	ix := mustOpen(t, flukePaper())
	expectAnswers(t, ix, map[string]string{
		"thailands share of the school health programme costs": "15.3 million baht",
		"japan's share for SHP?":                               "¥96 million",
	})
}

// "Bang Phli" is two letters from "Bang Phae", another district: two
// edits in one word that change its letters are no misspelling.
func TestTwoLettersChangedNameAnotherPlace(t *testing.T) {
	ix := mustOpen(t, flukePaper())
	a := ix.Answer("where is the SHP data centre located?")
	if !a.Found || strings.Contains(a.Text, "Bang Phae") || !strings.Contains(a.Text, "Samut Prakan") {
		t.Errorf("data centre: %q", a.Text)
	}
}

// "JICA's ¥420 million to FSPC is matched by 1.6 billion riel, and the
// Lao Government has committed 2.9 billion kip to LHBMP": of a sentence's
// clauses, the sum whose own clause names the project asked.
func TestSumOfTheClauseThatNamesTheProject(t *testing.T) {
	ix := mustOpen(t, Source{Name: "hatch.md", Text: paperHeader("Aquaculture Seed Production", "September 2022") +
		"## 3. Budget\n\nJICA supports the Freshwater Seed Project in Cambodia (FSPC) and the Lao Hatchery Broodstock Management Project (LHBMP). JICA's contribution of ¥420 million to FSPC is matched by Cambodian counterpart funding of 1.6 billion riel, and the Lao Government has committed 2.9 billion kip to LHBMP for staff and ponds.\n"})
	expectAnswers(t, ix, map[string]string{"budget for LHBMP?": "2.9 billion kip"})
}

// flukeMorePaper holds a start dated by its own verb before the range
// that restates the period, a country "not a beneficiary" for a reason
// given with "since", a director said with "whose ... director is" whose
// own title is a deputy's, and a team led by its chief advisor.
func flukeMorePaper() Source {
	return Source{Name: "flukemore.md", Text: paperHeader("Japan's Cooperation on Food-borne Parasites", "April 2005") +
		"## 1. Laos\n\nThe Community Fluke Control Project (CFCP), implemented by JICA, started on 1 April 2003 and will run for five years, from FY2003 to FY2007.\n\n" +
		"## 2. Drug Supply\n\nJapan contributed US$1.8 million to WHO for the Mekong Drug Supply Initiative (MDSI). Thailand is not a beneficiary of the initiative, since it procures these drugs from its own domestic manufacturers.\n\n" +
		"## 3. Vietnam\n\nThe Red River Clonorchiasis Project (RRCP) was started by JICA in Nam Dinh Province. Three Japanese experts have worked with the project, whose Vietnamese director is Dr. Tran Thi Hoa, Deputy Director of the Nam Dinh Provincial Health Service.\n\n" +
		"## 4. Indonesia\n\nThe Jakarta Groundwater Regulation Project (JGRP) started in 2015. The project team, led by Chief Advisor Mr. Hiroshi Kanda, has helped the province to register 4,312 deep wells.\n"}
}

func TestStartDatedBeforeItsRange(t *testing.T) {
	ix := mustOpen(t, flukeMorePaper())
	expectAnswers(t, ix, map[string]string{"when did the CFCP start": "1 April 2003"})
}

// "left out" asks the exclusion "not a beneficiary" says.
func TestLeftOutAsksNotABeneficiary(t *testing.T) {
	ix := mustOpen(t, flukeMorePaper())
	if a := ix.Answer("why is thailand left out of the mdsi"); !a.Found || !strings.Contains(a.Span, "procures these drugs") {
		t.Errorf("left out: %q (%s)", a.Span, a.Text)
	}
}

func TestRoleSaidBeforeTheName(t *testing.T) {
	ix := mustOpen(t, flukeMorePaper())
	expectAnswers(t, ix, map[string]string{"who is the vietnamese director of rrcp": "Dr. Tran Thi Hoa"})
}

// "The project team, led by" answers who leads the team asked, though a
// team led by someone heads no body.
func TestTeamAskedIsTheTeamLed(t *testing.T) {
	ix := mustOpen(t, flukeMorePaper())
	expectAnswers(t, ix, map[string]string{"who leads the JGRP team?": "Mr. Hiroshi Kanda"})
}

// "why was it pushed back again" after "when was the signing originally
// planned": the reply's own verb takes the place of prev's, which would
// otherwise ask why a plan was pushed back.
func TestFollowUpOwnVerbReplacesPrevs(t *testing.T) {
	ix := mustOpen(t, Source{Name: "signing.md", Text: paperHeader("Water Partnership", "September 2021") +
		"## 1. Memorandum\n\nThe new memorandum was originally to have been signed in March 2020 at the Water Forum, but the ceremony was postponed owing to the COVID-19 pandemic. It was rescheduled for June 2021 and then put back once more, to September 2021, after the city entered a lockdown in April 2021.\n"})
	prev := "when was the signing originally planned"
	if q := ix.FollowUp(prev, "why was it pushed back again after june 2021"); strings.Contains(q, "planned") {
		t.Errorf("rewritten as %q", q)
	}
}
