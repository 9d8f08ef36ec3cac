package index

import "testing"

// coversOnlyPaper says which countries a project covers, and where it
// does not operate, after a sentence on its cost in one of them; and
// lists another project's places by a label line that says "covered by".
func coversOnlyPaper() Source {
	return Source{Name: "covers-only.txt", Text: "Japan's Cooperation with Cambodia, Laos and Vietnam on Safe Water\n\nAugust 2003\nMinistry of Foreign Affairs Japan\n\n" + `1. Household Filters

The Household Filter Project (HFP) is financed by a grant of US$1.5 million. In Cambodia a filter costs about 60,000 riel, of which the household pays 8,000 riel and HFP the remainder. HFP covers Cambodia and Vietnam only; it does not operate in Laos, where arsenic levels are lower.
`}
}

// The countries a project covers are those of the sentence that says so
// in the question's verb, less the one where it does not operate.
func TestCoversOnly(t *testing.T) {
	ix := mustOpen(t, coversOnlyPaper())
	if a := ix.Answer("which countries does hfp cover"); !a.Found || a.Span != "Cambodia, Vietnam" {
		t.Errorf("which countries does hfp cover: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}
