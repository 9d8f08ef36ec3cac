package index

import (
	"strings"
	"testing"
)

// reportSummary opens with a block of fields in bold, one a line, as a
// project report's summary does, then names a platform that "received"
// its sum.
func reportSummary() Source {
	return Source{Name: "report.md", Text: "# Project Completion Report (Summary)\n\n" +
		"**Country:** Kingdom of Cambodia\n" +
		"**Project title:** Rice Seed Quality Improvement Project in Battambang (RSQIP)\n" +
		"**Project period:** 1 April 2016 to 31 March 2021\n" +
		"**Total Japanese input:** ¥512 million\n" +
		"**Cambodian counterpart budget:** 2.4 billion riel\n\n" +
		"## 1. Regional work\n\n" +
		"Japan supported seed testing through the Regional Seed Testing Platform (RSTP), which received USD 0.9 million from FY2017 to FY2020.\n"}
}

// Each bold field is a sentence of its own, read with the block: the
// input and the budget are the project's, and their lines quote their
// own field, not the block run together.
func TestABlockOfBoldFieldsIsOneSentenceEach(t *testing.T) {
	ix := mustOpen(t, reportSummary())
	for _, sum := range []string{"¥512 million", "2.4 billion riel"} {
		am := amountNamed(ix, sum)
		if am == nil {
			t.Fatalf("no %s", sum)
		}
		if am.Project == nil || !strings.Contains(am.Project.Name, "RSQIP") {
			t.Errorf("%s: project %v, want the RSQIP", sum, am.Project)
		}
		if strings.Contains(am.Sentence, "Project period") {
			t.Errorf("%s: its sentence runs the fields together: %q", sum, am.Sentence)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"how much did japan put into the rsqip in total?": "¥512 million",
		// The platform's sum says the funding asked, though its sentence
		// says "received".
		"RSTP funding?": "USD 0.9 million",
	})
}
