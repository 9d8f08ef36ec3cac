package index

import "testing"

// terminalEvaluation is a terminal evaluation whose outline names its
// project under a "Project title" field; its inputs, further on, never
// name it, and one paragraph is about a separate grant project.
func terminalEvaluation() Source {
	return Source{Name: "evaluation.md", Text: "# Summary of Terminal Evaluation\n\nJICA Laos Office\nMarch 2015\n\n## 1. Outline of the Project\n\n" +
		"- **Country:** Lao People's Democratic Republic\n" +
		"- **Project title:** Project for Improving Nursing Education (PINE)\n" +
		"- **Period of cooperation:** 1 April 2012 – 31 March 2015\n\n" +
		"### 1-1 Background\n\n" +
		"PINE works alongside a grant aid project, the Project for Construction of Nursing School Dormitories (PCND). The Exchange of Notes for PCND, with a grant limit of ¥540 million, was signed in Vientiane on 3 July 2013.\n\n" +
		"### 1-2 Inputs\n\n" +
		"*Lao side*\n\n" +
		"- Counterpart personnel: 30 nursing teachers\n" +
		"- Counterpart budget: 2,300 million kip over three years\n"}
}

// The project an outline's "Project title" field names is the one its
// passages speak of when they name no other project: the counterpart
// budget is PINE's, while the grant of the paragraph that names PCND
// stays PCND's.
func TestOutlineTitledProjectOwnsUnnamedPassages(t *testing.T) {
	ix := mustOpen(t, terminalEvaluation())
	expectAnswers(t, ix, map[string]string{
		"lao counterpart budget for PINE?": "2,300 million kip",
		"grant limit for PCND?":            "¥540 million",
	})
	expectRefused(t, ix, "what was the grant limit for PINE?")
}
