package index

import (
	"slices"
	"testing"
)

// A quoted title followed by a project noun ("the "Safe Heads for
// Children" campaign") names a project, whose launcher after an opening
// phrase ("To change this, Japan launched") works on it and is not one it
// is for; a quoted phrase with no such noun names none.
func TestQuotedTitleBeforeAProjectNoun(t *testing.T) {
	ix := mustOpen(t, Source{Name: "campaign.md", Text: paperHeader("Campaign Fixture", "March 2016") + `1. Helmets

Helmet-wearing rates among child passengers remained low in 2012. To change this, Japan launched the "Safe Heads for Children" campaign in Hanoi on 10 September 2013, working with a regional NGO. Officials described the results as "Very Encouraging Indeed" in 2015.
`})
	pr, err := ix.Project("Safe Heads for Children")
	if err != nil {
		t.Fatalf("no project: %v (projects %v)", err, ix.Projects())
	}
	if !slices.ContainsFunc(pr.Places, func(p Place) bool { return p.Name == "Hanoi" }) {
		t.Errorf("places %+v, want Hanoi", pr.Places)
	}
	if slices.Contains(pr.Beneficiaries, "Japan") {
		t.Errorf("beneficiaries %v: Japan launched it", pr.Beneficiaries)
	}
	for _, p := range ix.Projects() {
		if p.Name == "Very Encouraging Indeed" {
			t.Errorf("a quoted phrase with no project noun read as a project")
		}
	}
}
