package index

import (
	"strings"
	"testing"
)

// "toward X for Y": the sum goes toward X; the "for" inside its object
// is not the purpose.
func TestCounterTowardBeforeFor(t *testing.T) {
	ix := mustOpen(t, Source{Name: "toward.md", Text: paperHeader("Japan's Cooperation with ASEAN on Fisheries", "May 2011") + `1. Tonle Sap Fisheries

In 2010 the Government of Japan provided ¥40 million toward new boats for the fishermen of Tonle Sap.
`})
	am := amountNamed(ix, "¥40 million")
	if am == nil {
		t.Fatal("no sum")
	}
	if !strings.Contains(am.Purpose, "boats") {
		t.Errorf("purpose %q, want the new boats", am.Purpose)
	}
}

// A leading role of the asked body named in the sentence does not make
// the leader of another group its head.
func TestCounterLeadingRoleElsewhere(t *testing.T) {
	ix := mustOpen(t, Source{Name: "led2.md", Text: paperHeader("Japan's Cooperation with ASEAN on Seed Banks", "June 2011") + `1. The ASEAN Rice Seed Centre

The ASEAN Rice Seed Centre (ARSC) was established in Los Banos in 2008. In May 2010 the Director of the Centre welcomed a survey mission led by JICA adviser Mr. Kenji Harada.
`})
	for _, q := range []string{"who leads the centre?", "who directs the ARSC"} {
		if a := ix.Answer(q); a.Found {
			t.Errorf("%q: %q", q, a.Text)
		}
	}
}

// A sum that "would be provided" in a past report and was then paid is
// not still to come.
func TestCounterWouldBeReported(t *testing.T) {
	ix := mustOpen(t, Source{Name: "would.md", Text: paperHeader("Japan's Cooperation with ASEAN on Livestock", "April 2008") + `1. Vaccine Bank

In 2003 Japan announced that ¥60 million would be provided for vans, and the vans were delivered in 2004.
`})
	if am := amountNamed(ix, "¥60 million"); am == nil || strings.HasPrefix(am.Verb, "to be") {
		t.Errorf("¥60 million: %+v", am)
	}
}

// "Which countries declined scholarships" is not answered by a sentence
// that excludes countries from loans.
func TestCounterExcludedObjectHeld(t *testing.T) {
	ix := mustOpen(t, Source{Name: "excl.md", Text: paperHeader("Japan's Cooperation with ASEAN on Study Abroad", "May 2007") + `1. Loans

Singapore and Brunei Darussalam are not eligible for the ODA loans, because their income is above the threshold.

2. Nursing Scholarships

About 40 scholarships are offered each year to students from the region.
`})
	// The same question worded so that the word after "excluded" is no
	// noun is refused: the object taken as said is what answers.
	expectRefused(t, ix, "which countries are excluded from scholarships?")
	expectRefused(t, ix, "which countries declined scholarships?", "which countries rejected the scholarships?")
}

// "How many Japanese experts went to Laos": the count in Laos's clause,
// not the one that shares the question's adjective.
func TestCounterModifierOverPlace(t *testing.T) {
	ix := mustOpen(t, Source{Name: "experts.md", Text: paperHeader("Japan's Cooperation with ASEAN on Health", "May 2009") + `1. Experts

In 2008 the Japanese Government sent 12 experts to Laos to train nurses, and a year later it sent 30 Japanese experts to Vietnam.
`})
	expectAnswers(t, ix, map[string]string{"how many experts were sent to laos by the japanese?": "12", "how many japanese experts were sent to laos?": "12"})
}
