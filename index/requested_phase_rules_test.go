package index

import (
	"testing"

	"github.com/iaibot/iaibot/index/corpus"
)

// phaseRequestDoc signs a loan and tells of a request for its second
// phase: a sum set off by "with" after the request, past a purpose
// clause whose verb moves something else, and what is still undecided
// about the phase.
const phaseRequestDoc = "# Remarks at the Loan Signing\n\nManila, 4 April 2025\n\n" +
	"The Loan Agreement for the Bicol River Flood Control Project (BRFCP) was signed this morning. The loan amount is ¥41,200 million.\n\n" +
	"On 3 March 2024, the Government of the Philippines requested Japan to consider BRFCP Phase II, in order to extend protection to Naga and Iriga, with an indicative loan amount of JPY 30,500 million. This request has not yet been approved. The Philippine counterpart share for Phase II has also not yet been decided, and the scale and timing of a third phase have not yet been decided.\n"

// A verb after "in order to" moves what it takes, not the sum; a sum
// set off by "with ... amount of" after a request was asked for.
func TestSumWithARequestIsRequested(t *testing.T) {
	ix := mustOpen(t, Source{Name: "remarks.md", Text: phaseRequestDoc})
	am := amountNamed(ix, "JPY 30,500 million")
	if am == nil || am.Verb != corpus.RequestedVerb {
		t.Fatalf("JPY 30,500 million: %+v, want requested", am)
	}
}

// A plain "how much is the loan" is the loan given, not a sum only asked
// for; a question of the request still gets the sum asked for.
func TestRequestedSumBelowGivenOne(t *testing.T) {
	ix := mustOpen(t, Source{Name: "remarks.md", Text: phaseRequestDoc})
	expectAnswers(t, ix, map[string]string{
		"how much is the brfcp loan":                                     "¥41,200 million",
		"what amount did the philippines ask for in the phase 2 request": "JPY 30,500 million",
		"how much was the phase ii loan the philippines asked japan for": "JPY 30,500 million",
	})
}

// A sentence beside the sum that says the thing asked (its head, "the
// counterpart share") is not decided refuses the sum; one that leaves
// only another thing open ("the scale and timing of a third phase")
// does not.
func TestUndecidedBesideTheSum(t *testing.T) {
	ix := mustOpen(t, Source{Name: "remarks.md", Text: phaseRequestDoc})
	expectRefused(t, ix, "philippine counterpart share for phase ii?")
}
