package index

import (
	"slices"
	"strings"
	"testing"
)

// Counter-examples to the rules of tables_rules_test.go,
// members_rules_test.go and outline_rules_test.go: sentences on which a
// rule too broad would state a wrong fact or lose a right one.

const outlineFront = "\n\nSeptember 2006\nMinistry of Foreign Affairs of Japan\n\n"

// hasMembership reports whether rows hold country's status of a body
// whose name contains org.
func hasMembership(rows []membershipRow, country, org string) bool {
	return slices.ContainsFunc(rows, func(r membershipRow) bool {
		return r.Country == country && strings.Contains(r.Org, org)
	})
}

// A lead-in's "joined" says who the listed people joined, not that
// their countries (in brackets after their names) joined the body the
// section is about.
func TestLeadInListOfPersonsIsNoMembership(t *testing.T) {
	text := "Outline of the Network" + outlineFront +
		"1. Mekong Teachers University Network (MTUN)\n\nVietnam joined MTUN in 2004.\n\n" +
		"2. Mekong Flood Warning Network (MFWN)\n\nThe MFWN was launched in 2003. The following experts joined the team in 2004:\n\n" +
		"  • - Dr. Nguyen Van Binh (Vietnam)\n" +
		"  • - Mr. Somchai Wong (Thailand)\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-outline.txt", Text: text})
	rows := membershipRows(ix)
	for _, c := range []string{"Vietnam", "Thailand"} {
		if hasMembership(rows, c, "MFWN") {
			t.Errorf("%s, an expert's country, made a member of the MFWN: %+v", c, rows)
		}
	}
	expectRefused(t, ix, "when did thailand join the MFWN")
}

// A lead-in whose status qualifies someone else ("projects led by the
// founding members") lists no members: the items are projects, and the
// fiscal year dates the projects, not a founding.
func TestLeadInStatusQualifyingAnotherNounListsNoMembers(t *testing.T) {
	text := "Outline of the Network" + outlineFront +
		"1. Mekong Teachers University Network (MTUN)\n\nMTUN was established in Bangkok on 15 January 2003. " +
		"Joint research projects led by the founding members in FY2004:\n\n" +
		"  • - Teacher Training in Rural Schools (Cambodia)\n" +
		"  • - Mathematics Curriculum Reform (Laos)\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-outline.txt", Text: text})
	for _, r := range membershipRows(ix) {
		t.Errorf("membership from a list of projects: %+v", r)
	}
}

// "joined ... in 2004 and 2005, respectively": the second item joined
// in the second year, not the first.
func TestLeadInRespectivelyDates(t *testing.T) {
	text := "Outline of the Network" + outlineFront +
		"1. Mekong Teachers University Network (MTUN)\n\nMTUN was established in Bangkok on 15 January 2003.\n\n" +
		"The following universities joined the Network in 2004 and 2005, respectively:\n\n" +
		"  • - Hue University (Vietnam)\n" +
		"  • - Mandalay University (Myanmar)\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-outline.txt", Text: text})
	for _, r := range membershipRows(ix) {
		if r.Country == "Myanmar" && r.Date == "2004" {
			t.Errorf("Myanmar dated by the first of two years given respectively: %+v", r)
		}
	}
}

// "members since the launch of the MF" are members of the MF (or of
// nothing said), not of the body an earlier sentence named.
func TestMembersSinceLaunchOfTheBodyNamed(t *testing.T) {
	text := "Paper on Regional Cooperation" + outlineFront +
		"1. Regional Cooperation\n\nThailand joined the ASEAN Tourism Network (ATN) in 2001. " +
		"The Mekong Forum (MF) was launched in Bangkok on 5 May 2004. Laos and Myanmar have been members since the launch of the MF.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-paper.txt", Text: text})
	rows := membershipRows(ix)
	for _, c := range []string{"Laos", "Myanmar"} {
		if hasMembership(rows, c, "ATN") {
			t.Errorf("%s made a member of the ATN: %+v", c, rows)
		}
	}
	expectRefused(t, ix, "is laos a member of the ATN")
}

// A body written with its host country in brackets is still what was
// joined when it is the object of the status ("a member of the Mekong
// Development Institute (Thailand)").
func TestJoinedBodyWithHostCountryInBrackets(t *testing.T) {
	text := "Paper on Regional Cooperation" + outlineFront +
		"1. Human Resource Development\n\nLao PDR became a member of the Mekong Development Institute (Thailand) in 2004.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-paper.txt", Text: text})
	if !hasMembership(membershipRows(ix), "Laos", "Mekong Development Institute") {
		t.Errorf("membership lost: %+v", membershipRows(ix))
	}
	expectAnswers(t, ix, map[string]string{"when did laos join the mekong development institute": "2004"})
}

// A row labelled with a country answers for the project and province
// its other cells name, though the question names no country.
func TestCountryRowAnswersForItsProjectAndProvince(t *testing.T) {
	text := "Japan's Grant Aid to the Mekong Region" + outlineFront +
		"1. Water Supply\n\nThe projects completed in FY2003 were as follows.\n\n" +
		"| Country | Project | Province | Outputs |\n|---|---|---|---|\n" +
		"| Cambodia | Takeo Rural Water Supply Project | Takeo | 120 wells |\n" +
		"| Laos | Pakse Water Supply Project | Champasak | 45 wells |\n"
	ix := mustOpen(t, Source{Name: "mofa-2004-06-grant.md", Text: text})
	expectAnswers(t, ix, map[string]string{
		"how many wells did the takeo rural water supply project build": "120",
		"how many wells in champasak province":                          "45",
	})
}

// A question about two countries is not answered by the row of one of
// them.
func TestOneCountrysRowDoesNotAnswerForTwo(t *testing.T) {
	text := "Japan's Training Cooperation" + outlineFront +
		"1. Training\n\nIn FY2003, JICA accepted trainees from the CLMV countries.\n\n" +
		"  Country     Trainees   Courses\n" +
		"  Cambodia       412        58\n" +
		"  Laos           230        31\n" +
		"  Myanmar        175        20\n" +
		"  Vietnam        640        77\n" +
		"  Total        1,457       186\n"
	ix := mustOpen(t, Source{Name: "mofa-2004-06-training.txt", Text: text})
	for _, q := range []string{"how many trainees from cambodia and laos", "how many trainees came from laos and vietnam"} {
		if a := ix.Answer(q); a.Found && slices.Contains([]string{"412", "230", "640", "1,457"}, a.Span) {
			t.Errorf("%q answered by one country's row: %q", q, a.Text)
		}
	}
}

// A fiscal year in a table's lead-in frames its rows only when it dates
// what they count: "Since FY1998" makes them cumulative, and "plans to
// accept ... in FY2005" makes them a plan, not trainees accepted.
func TestFiscalLeadInOfCumulativeOrPlannedRows(t *testing.T) {
	table := "  Country     Trainees   Courses\n" +
		"  Cambodia       412        58\n" +
		"  Vietnam        640        77\n" +
		"  Total        1,052       135\n"
	cumulative := mustOpen(t, Source{Name: "mofa-2004-06-training.txt", Text: "Japan's Training Cooperation" + outlineFront +
		"1. Training\n\nSince FY1998, JICA has accepted trainees from the CLMV countries.\n\n" + table})
	expectRefused(t, cumulative, "how many trainees from cambodia in fy1998")
	planned := mustOpen(t, Source{Name: "mofa-2004-06-plan.txt", Text: "Japan's Training Cooperation" + outlineFront +
		"1. Training\n\nJICA plans to accept trainees from the CLMV countries in FY2005.\n\n" + table})
	expectRefused(t, planned, "how many trainees did jica accept in fy2005", "how many trainees from cambodia were accepted in fy2005")
}

// A table's row under a lead-in that lists projects is labelled by its
// first cell, a country or "Grand Total", which is no project's name.
func TestTableRowsUnderProjectLeadInAreNotNamedByTheirCountry(t *testing.T) {
	text := "Japan's Grant Aid" + outlineFront +
		"1. Grant Aid\n\nIn FY2003, grant aid was extended to the following projects:\n\n" +
		"| Country | Project | Amount |\n|---|---|---|\n" +
		"| Lao PDR | Pakse Teacher Training College | ¥820 million |\n" +
		"| Viet Nam | Hue Central Hospital | ¥1.2 billion |\n" +
		"| Grand Total | | ¥2.02 billion |\n"
	ix := mustOpen(t, Source{Name: "mofa-2004-06-grant.md", Text: text})
	for _, name := range projectNames(ix.Projects()) {
		if name == "Lao PDR" || name == "Viet Nam" || name == "Grand Total" {
			t.Errorf("project %q among %q", name, projectNames(ix.Projects()))
		}
	}
}

// A cell counts only when the figure is the whole cell: not the whole
// part of "1,250.5" hectares, a percentage, or "820 million".
func TestCellCountIsTheWholeCell(t *testing.T) {
	text := "Japan's Cooperation in Cambodia" + outlineFront +
		"1. Irrigation\n\n" +
		"| Province | Schemes | Hectares | Enrolment rates |\n|---|---|---|---|\n" +
		"| Takeo | 12 | 1,250.5 | 85% |\n| Kampot | 8 | 730.5 | 78% |\n\n" +
		"2. Aid\n\n" +
		"  Country     Grants          Loans\n" +
		"  Cambodia    820 million     1,200 million\n" +
		"  Laos        650 million     300 million\n"
	ix := mustOpen(t, Source{Name: "mofa-2004-06-cambodia.txt", Text: text})
	for _, c := range ix.x.counts {
		rest := c.Passage.Text[c.Span.End:]
		if strings.HasPrefix(rest, ".5") || strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, " million") {
			t.Errorf("count %q of %q cut from a cell: %q", c.Text, c.Noun, c.Passage.Text)
		}
	}
	expectAnswers(t, ix, map[string]string{"how many irrigation schemes in takeo": "12"})
	for _, q := range []string{"how many hectares were irrigated in takeo", "how many grants did laos receive"} {
		if a := ix.Answer(q); a.Found && (a.Span == "1,250" || a.Span == "650") {
			t.Errorf("%q answered %q", q, a.Text)
		}
	}
}

// "were set in March 2003" tells a past act: "set" is both a plan word
// and an irregular participle.
func TestSetInThePastIsNoPlan(t *testing.T) {
	text := "Progress Report" + outlineFront +
		"1. Targets\n\nThe performance targets of the Project were set in March 2003 at the first JCC meeting.\n"
	ix := mustOpen(t, Source{Name: "jica-2003-06-progress.txt", Text: text})
	expectAnswers(t, ix, map[string]string{"when were the performance targets set": "March 2003"})
}

// "Member or just observer?" is not "member" for one who joined and
// then withdrew, nor for one who joined as an observer.
func TestStatusChoiceOfWithdrawnOrObserverJoin(t *testing.T) {
	text := "Outline" + outlineFront +
		"1. Mekong Forum (MF)\n\nThe MF was launched in 2002. Singapore joined the MF in 2003 but withdrew in 2005. " +
		"Myanmar joined the MF as an observer in 2004.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-outline.txt", Text: text})
	for _, q := range []string{
		"is singapore a member of the MF or just an observer?",
		"is myanmar a member of the MF or just an observer?",
	} {
		if a := ix.Answer(q); a.Span == "member" {
			t.Errorf("%q answered %q", q, a.Text)
		}
	}
}

// "where?" after "When did Laos join MTUN?" asks a place, which the
// document does not give: not Laos's status, which "and Laos?" would ask.
func TestBareWhereAfterAJoinQuestion(t *testing.T) {
	text := "Outline" + outlineFront +
		"1. Mekong Teachers University Network (MTUN)\n\nMTUN was established in Bangkok on 15 January 2003. Laos joined MTUN on 2 August 2004.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-outline.txt", Text: text})
	prev := "When did Laos join MTUN?"
	if a := ix.AnswerFollowUp(prev, "where?"); a.Found && a.Kind != "where" {
		t.Errorf("%q after %q: a %s answer %q (%s)", "where?", prev, a.Kind, a.Span, a.Text)
	}
}

// A count written in a cell's words ("36 provincial laboratories") is read
// as a sentence's count is, by a word akin to the one asked ("labs"); only
// a figure alone in its cell counts just what its column names.
func TestCountInACellsWords(t *testing.T) {
	text := "Work Plan Matrix" + outlineFront +
		"1. Public Health\n\n| Code | Activity | Lead |\n|---|---|---|\n" +
		"| C3.3 | Laboratory strengthening – equipment and training for 36 provincial laboratories | ASEC |\n"
	ix := mustOpen(t, Source{Name: "asean-2020-11-matrix.md", Text: text})
	expectAnswers(t, ix, map[string]string{"no. of provincial labs under the lab strengthening activity": "36"})
}
