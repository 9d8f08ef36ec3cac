package index

import "testing"

// indicatorTable gives an indicator's baseline, target and actual
// figures in one row, and a cost's plan and actual in another.
func indicatorTable() Source {
	return Source{Name: "indicators.md", Text: "# Ex-Post Evaluation of the Coastal Skills Project\n\nExternal Evaluator: Aiko Sato\nPublished: May 2021\n\n" +
		"## 3. Effectiveness\n\n" +
		"| Indicator | Baseline (2011) | Target (2020) | Actual (2020) |\n|---|---|---|---|\n" +
		"| Graduates employed within six months | 58% | 75% | 82.4% |\n\n" +
		"## 4. Efficiency\n\n" +
		"| Item | Plan | Actual |\n|---|---|---|\n" +
		"| Total cost of the training vessels | ¥2,100 million | ¥2,050 million |\n" +
		"| Total cost of the skills centres | ¥17,435 million | ¥16,950 million |\n"}
}

// A question that names no kind of figure asks what came to pass, the
// actual; one that names a kind asks that kind's cell; and "and the
// actual?" after the plan asks the same figure of the other kind.
func TestARowsCellIsTheKindOfFigureAsked(t *testing.T) {
	ix := mustOpen(t, indicatorTable())
	expectAnswers(t, ix, map[string]string{
		"what share of graduates got jobs within six months in 2020?":       "82.4%",
		"what was the target share of graduates employed within six months": "75%",
		"baseline share of graduates employed within six months":            "58%",
		"what was the planned total cost of the skills centres?":            "¥17,435 million",
	})
	for prev, follow := range map[string]string{
		"what was the planned total cost of the skills centres?":            "and the actual?",
		"what was the target share of graduates employed within six months": "and the actual figure?",
	} {
		want := map[string]string{"and the actual?": "¥16,950 million", "and the actual figure?": "82.4%"}[follow]
		if a := ix.AnswerFollowUp(prev, follow); !a.Found || a.Span != want {
			t.Errorf("%q after %q: %q, want %q", follow, prev, a.Span, want)
		}
	}
	// The follow-up asks the same figure of the kind it names, in place
	// of the kind its question named.
	if q := ix.FollowUp("what was the planned total cost of the skills centres?", "and the actual?"); q != "what was the actual total cost of the skills centres?" {
		t.Errorf("follow-up read as %q", q)
	}
}
