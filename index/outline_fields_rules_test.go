package index

import (
	"strings"
	"testing"
)

// A heading "Outline of the Project" points to the document's project and
// names none; the bullets of labelled fields under it ("- **Total
// cost:** approximately ¥486 million") are the project its "Project
// title" bullet names.
func TestOutlineFieldBulletsAreTheTitledProjects(t *testing.T) {
	ix := mustOpen(t, Source{Name: "evaluation.md", Text: "# Summary of Terminal Evaluation\n\nJICA Laos Office\nMarch 2015\n\n## 1. Outline of the Project\n\n" +
		"- **Country:** Lao People's Democratic Republic\n" +
		"- **Project title:** Project for Improving Nursing Education (PINE)\n" +
		"- **Total cost:** approximately ¥412 million (Japanese side)\n" +
		"- **Period of cooperation:** 1 April 2012 – 31 March 2015\n\n" +
		"## 2. Achievements\n\nThe revised nursing curriculum was approved on 14 April 2014.\n"})
	for _, pr := range ix.x.projects {
		if pr.Name == "Outline of the Project" {
			t.Errorf("the heading is listed as a project")
		}
	}
	am := amountNamed(ix, "¥412 million")
	if am == nil || am.Project == nil || !strings.Contains(am.Project.Name, "PINE") {
		t.Errorf("¥412 million: %+v, want PINE's", am)
	}
}

// "2. Project Outline" is about the project the document's title names,
// though the outline's own name for it adds a word ("... Loan"): the
// title's words pick it, not the first project the document names.
func TestProjectSectionIsTheTitlesProject(t *testing.T) {
	monitoring := &projectUnit{pr: &Project{Name: "Project for Strengthening River Monitoring in the Mekong Delta"}}
	dredging := &projectUnit{pr: &Project{Name: "River Dredging Project for the Lower Mekong Delta Loan"}}
	if got := mainUnit([]*projectUnit{monitoring, dredging}, "Ex-Ante Evaluation: River Dredging Project for the Lower Mekong Delta"); got != dredging {
		t.Errorf("main project %q, want the dredging loan", got.pr.Name)
	}
}
