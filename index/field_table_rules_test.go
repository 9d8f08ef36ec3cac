package index

import (
	"strings"
	"testing"
)

// evaluationSummary opens with a table of fields, as an ex-post
// evaluation does: one row names the project, and two rows pair two
// labels with two values.
func evaluationSummary() Source {
	return Source{Name: "evaluation.md", Text: "# Ex-Post Evaluation of the Coastal Industrial Polytechnic Project\n\nExternal Evaluator: Aiko Sato, Blue River Consultants\nPublished: May 2018\n\n" +
		"| Item | Detail |\n|---|---|\n" +
		"| Country | Republic of Indonesia |\n" +
		"| Project title | Coastal Industrial Polytechnic Project (CIPP) |\n" +
		"| Approved loan amount / disbursed amount | ¥9,100 million / ¥8,850 million |\n" +
		"| Counterpart funds (actual) | Rp 96.4 billion |\n" +
		"| Exchange of Notes / Loan Agreement | 3 March 2010 / 30 March 2010 |\n" +
		"| Actual completion | 31 May 2016 |\n\n" +
		"## 1. Background\n\n" +
		"Indonesia lacked technicians, and the Coastal Industrial Polytechnic Project (CIPP) trained them.\n"}
}

// A field row that pairs labels and values with " / " is a row a pair,
// so the approved sum is not read as disbursed; a column named only
// "Detail" adds nothing to its rows; and the rows of a table one of
// whose rows names the project are the project's.
func TestAFieldTableIsTheProjectsOwn(t *testing.T) {
	ix := mustOpen(t, evaluationSummary())
	for sum, verb := range map[string]string{"¥9,100 million": "approved", "¥8,850 million": "disbursed", "Rp 96.4 billion": ""} {
		am := amountNamed(ix, sum)
		if am == nil {
			t.Fatalf("no %s", sum)
		}
		if am.Project == nil || !strings.Contains(am.Project.Name, "CIPP") {
			t.Errorf("%s: project %v, want the CIPP", sum, am.Project)
		}
		if verb != "" && am.Verb != verb {
			t.Errorf("%s: verb %q, want %q", sum, am.Verb, verb)
		}
		if strings.Contains(am.Sentence, "Detail") || strings.Contains(am.Sentence, " / ") {
			t.Errorf("%s: its sentence keeps the table's pairing: %q", sum, am.Sentence)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"how much was the cipp loan approved for?":         "¥9,100 million",
		"cipp counterpart funds in rupiah?":                "Rp 96.4 billion",
		"loan agreement date for CIPP?":                    "30 March 2010",
		"when were the exchange of notes for cipp signed?": "3 March 2010",
		// "Completion" is when it finished, though the question says
		// "finish".
		"when did cipp actually finish": "31 May 2016",
	})
}
