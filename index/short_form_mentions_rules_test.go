package index

import (
	"slices"
	"strings"
	"testing"
)

// shortFormDoc names its projects in full once, then by short form.
const shortFormDoc = "News Release\n\n17 August 2018\nDepartment of Finance\n\n" +
	"The loans will fund the Pampanga Delta Flood Risk Management Project (PDFRMP) and the Laoag Bridge Project (LBP). " +
	"Grants were concluded as follows:\n\n" +
	"  1. Project for Improvement of Solid Waste Management in Vientiane (Laos): ¥1,120 million, E/N signed on 22 January 2008\n\n" +
	"| Agreement | Type | Amount |\n|---|---|---|\n| PDFRMP | ODA loan | ¥38.4 billion |\n| LBP | ODA loan | ¥2.1 billion |\n\n" +
	"Taming the delta\n\n" +
	"The PDFRMP aims to reduce recurrent flooding in the lower Pampanga River basin. " +
	"The loan was requested on 12 June 2016. " +
	"Officials of Cambodia and Viet Nam met the road agencies in Bangkok on 3 May 2017.\n\n" +
	"The LBP is one element of Japan's wider support for connectivity in the Mekong region.\n\n" +
	"Laos: Status: member; Joined: 5 February 2008.\n"

// A sentence whose subject is a project's short form is the project's,
// and so is one after it that refers back by "the loan"; one that only
// holds a weak head ("the road agencies") is not.
func TestShortFormNamesItsProject(t *testing.T) {
	ix := mustOpen(t, Source{Name: "release.txt", Text: shortFormDoc})
	byName := map[string]*Project{}
	for _, pr := range ix.x.projects {
		if m := reEndShortForm.FindStringSubmatch(pr.Name); m != nil {
			byName[m[1]] = pr
		}
	}
	pd := byName["PDFRMP"]
	if pd == nil {
		t.Fatalf("no PDFRMP among %q", projectNames(ix.x.projects))
	}
	if !slices.Contains(pd.Funding, "¥38.4 billion") {
		t.Errorf("PDFRMP funding %q lacks the ¥38.4 billion of its table row", pd.Funding)
	}
	var dates []string
	for _, d := range pd.Dates {
		dates = append(dates, d.Text)
	}
	if !slices.Contains(dates, "12 June 2016") || slices.Contains(dates, "3 May 2017") {
		t.Errorf("PDFRMP dates %q: want the request's 12 June 2016, not the road agencies' meeting", dates)
	}
	// "in the Mekong region" of a later mention does not make the
	// region's members the bridge's beneficiaries.
	if lbp := byName["LBP"]; lbp == nil || slices.Contains(lbp.Beneficiaries, "Vietnam") {
		t.Errorf("LBP: %+v, want no Mekong members as beneficiaries", lbp)
	}
	// "(Laos)" says where the project is; it is no short form, and the
	// members' row that opens with "Laos" is not the project's.
	for _, pr := range ix.x.projects {
		for _, e := range pr.Sentences {
			if strings.HasPrefix(e.Passage.Text[e.Span.Start:], "Laos: Status") {
				t.Errorf("%s claims the members' row", pr.Name)
			}
		}
	}
}

// The timeline says which project a dated sentence is about when the
// sentence only refers back to it.
func TestTimelineLabelsProjectSentences(t *testing.T) {
	ix := mustOpen(t, Source{Name: "release.txt", Text: shortFormDoc})
	for _, d := range ix.Timeline() {
		if d.Text == "12 June 2016" && d.Label != "Pampanga Delta Flood Risk Management Project (PDFRMP)" {
			t.Errorf("12 June 2016 labelled %q, want the PDFRMP", d.Label)
		}
		if d.Text == "3 May 2017" && d.Label != "" {
			t.Errorf("3 May 2017 labelled %q, want none", d.Label)
		}
	}
}

// A sum in a table row whose project is known is quoted with its row,
// not the cell cut at a semicolon inside brackets: the row says whose it
// is and that it is only requested.
func TestTableRowSumQuotesItsRow(t *testing.T) {
	ix := mustOpen(t, Source{Name: "paper.txt", Text: "Subsidence\n\nFebruary 2017\nMinistry of Foreign Affairs of Japan\n\n" +
		"The proposed Central Luzon Groundwater Management Project (CLGMP) would train staff.\n\n" +
		"| Project | Country | Japanese contribution |\n|---|---|---|\n| CLGMP | Philippines | ¥1.1 billion (requested; not approved) |\n"})
	for _, a := range ix.Amounts() {
		if a.Text != "¥1.1 billion" || !a.Passage.IsTableRow() {
			continue
		}
		if d := a.Describe(); !strings.Contains(d, "Philippines") || !strings.Contains(d, "not approved") {
			t.Errorf("the row's sum reads %q, want its row quoted", d)
		}
		return
	}
	t.Fatal("no ¥1.1 billion read from the row")
}
