package index

import "testing"

// The counted noun standing by another figure of the same sentence says
// nothing of which count is asked: the sentence that names the asked
// programme beside its count wins over one that repeats the noun.
func TestCountedNounRepeated(t *testing.T) {
	doc := "In FY2010, 312 candidates arrived in Japan, of whom 78 were nurse candidates. In order to raise the pass rate, the Government of Japan launched the Pre-Arrival Japanese Language Programme (PAJLP) on 1 April 2011. Under the PAJLP, six months of language training is provided in the home country to up to 400 candidates per year."
	checkRules(t, []ruleCase{
		{name: "the programme's count", doc: doc, q: "how many candidates per year under PAJLP", span: "up to 400"},
		{name: "the arrivals", doc: doc, q: "how many candidates arrived in japan in fy2010", span: "312"},
	})
}
