package index

import (
	"slices"
	"strings"
	"testing"
)

// projectNamesOf are the names of the projects the index holds.
func projectNamesOf(ix *Index) []string {
	var out []string
	for _, pr := range ix.Projects() {
		out = append(out, pr.Name)
	}
	return out
}

// A name holds a number with its unit symbol ("500 kV"), and the date a
// request was made in before it ("in September 2018 for the ...") is no
// part of it; the letters of its short form spell the words around them.
func TestProjectNameWithAUnitAfterADate(t *testing.T) {
	ix := mustOpen(t, Source{Name: "brief.txt", Text: "Policy Brief\n\nJuly 2020\nInstitute\n\n" +
		"2.3 The Government of Lao PDR requested a Japanese ODA loan in September 2018 for the Nabong-Udon Thani 500 kV Interconnection Project (NUIP). The loan agreement, for ¥18.6 billion, was signed on 28 February 2019.\n"})
	if want := "Nabong-Udon Thani 500 kV Interconnection Project (NUIP)"; !slices.Contains(projectNamesOf(ix), want) {
		t.Errorf("projects %q, want %q among them", projectNamesOf(ix), want)
	}
	expectAnswers(t, ix, map[string]string{"whats nuip short for": "Nabong-Udon Thani 500 kV Interconnection Project"})
	if got, want := acronymsOf(ix)["NUIP"], "Nabong-Udon Thani 500 kV Interconnection Project"; got != want {
		t.Errorf("NUIP defined as %q, want %q", got, want)
	}
}

// A short form whose letters spell the name before its phase in brackets
// stands for the name with its phase.
func TestShortFormAfterAPhase(t *testing.T) {
	ix := mustOpen(t, Source{Name: "release.txt", Text: "Release\n\nMay 2016\nEmbassy\n\n" +
		"The Exchange of Notes for the Mekong Bridge Reconstruction Project (Phase 2) (MBRP) was signed in Phnom Penh on 3 May 2016.\n"})
	if got, want := acronymsOf(ix)["MBRP"], "Mekong Bridge Reconstruction Project (Phase 2)"; got != want {
		t.Errorf("MBRP defined as %q, want %q", got, want)
	}
}

// auditDoc files its findings under headings that give a label and a
// country before each project's name, one with its phase in brackets
// before the short form, one too long for a list's line.
const auditDoc = "# Audit Report\n\n" +
	"### Finding 1: Indonesia: Project for the Improvement of Medical Equipment at Referral Hospitals in North Sumatra Province (NSMEI)\n\n" +
	"4. The Exchange of Notes for the project was signed in Jakarta on 18 February 2013. The grant amounted to ¥1,482 million.\n\n" +
	"### Finding 3: Myanmar: Power Distribution Improvement Project in Mandalay and Sagaing Regions (MSPD)\n\n" +
	"15. The loan agreement for the MSPD was signed in Nay Pyi Taw on 20 August 2014.\n\n" +
	"### Finding 4: Viet Nam: Da Nang Coastal Wastewater Treatment Project (Phase 1) (DNWW)\n\n" +
	"20. The DNWW is intended to stop untreated wastewater from being discharged into Da Nang Bay. The loan agreement was signed in Hanoi on 31 March 2012.\n"

// A phase in brackets is part of a project's name, and the short form
// after it is the project's, though its letters spell no run of the
// name's words; a country a heading files a name under is no part of the
// name its short form stands for.
func TestProjectNamesUnderFindingsHeadings(t *testing.T) {
	ix := mustOpen(t, Source{Name: "audit.md", Text: auditDoc})
	if want := "Da Nang Coastal Wastewater Treatment Project (Phase 1) (DNWW)"; !slices.Contains(projectNamesOf(ix), want) {
		t.Errorf("projects %q, want %q among them", projectNamesOf(ix), want)
	}
	expectAnswers(t, ix, map[string]string{
		"DNWW = ?":                 "Da Nang Coastal Wastewater Treatment Project (Phase 1)",
		"what does MSPD stand for": "Power Distribution Improvement Project in Mandalay and Sagaing Regions",
		"nsmei full name":          "Project for the Improvement of Medical Equipment at Referral Hospitals in North Sumatra Province",
	})
}

// A name too long for a list's line is clipped before its short form,
// which the line keeps: the timeline still says which project a date is
// of.
func TestClippedNameKeepsItsShortFormInLines(t *testing.T) {
	ix := mustOpen(t, Source{Name: "audit.md", Text: auditDoc})
	var label string
	for _, d := range ix.Timeline() {
		if d.Text == "18 February 2013" {
			label = d.Label
		}
	}
	if !strings.HasSuffix(label, "… (NSMEI)") || len([]rune(label)) > 100 {
		t.Errorf("18 February 2013 labelled %q, want a clipped name ending in (NSMEI)", label)
	}
}

// "Vientiane the Record of Discussions for the Project ...": a phrase of
// capitals that runs from a place through the instrument signed names
// the project after the instrument.
func TestProjectNamedAfterTheInstrumentMidPhrase(t *testing.T) {
	ix := mustOpen(t, Source{Name: "paper.md", Text: "# Blood Safety\n\n" +
		"On 17 January 2012, JICA and the Ministry of Health of the Lao PDR signed in Vientiane the Record of Discussions for the Project for Strengthening the National Blood Transfusion Centre (SNBTC). The project started on 2 April 2012.\n"})
	if want := "Project for Strengthening the National Blood Transfusion Centre (SNBTC)"; !slices.Contains(projectNamesOf(ix), want) {
		t.Errorf("projects %q, want %q among them", projectNamesOf(ix), want)
	}
}

// "The Centre was established ... by four founding members": the head
// noun alone refers to the body the passage before named, whose founders
// they are, not to a body called "The Centre".
func TestFoundedSubjectByHeadNoun(t *testing.T) {
	ix := mustOpen(t, Source{Name: "audit.md", Text: "# Audit Report\n\n" +
		"### Finding 5: Japan's Contributions to the ASEAN Regional Centre for Water Utility Training (ARCWUT)\n\n" +
		"26. The ARCWUT, located in Bangkok, trains staff of public water utilities.\n\n" +
		"27. The Centre was established by an agreement signed in Bangkok on 3 July 2008 by four founding members: Cambodia, Lao PDR, Thailand and Viet Nam. Membership has since grown as follows:\n\n" +
		"- the Philippines joined on 21 January 2011;\n"})
	_, ms := ix.Members()
	founders := 0
	for _, m := range ms {
		if !strings.Contains(m.Org, "ARCWUT") {
			t.Errorf("%s %s of %q, want of ARCWUT", m.Country, m.Status, m.Org)
		}
		if m.Status == StatusFounding {
			founders++
		}
	}
	if founders != 4 {
		t.Errorf("%d founders, want 4: %v", founders, memberLines(ix))
	}
}
