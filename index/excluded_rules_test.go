package index

import "testing"

// "Why is Thailand excluded" and "why isnt Thailand in it" are answered by
// the reason a sentence gives for its exclusion, however it words it; not
// by the reason for something else.
func TestWhyExcluded(t *testing.T) {
	doc := "Under the JACCF, the National Single Window Pilot Project (NSWPP) is being implemented in four countries: Cambodia, Laos, Myanmar and Vietnam. Thailand is not eligible for the NSWPP because it already operates a national single window of its own."
	language := "The Pre-Arrival Japanese Language Programme (PAJLP) is open to candidates from Indonesia and the Philippines. Thailand is not eligible, because its EPA with Japan does not cover nurses and care workers."
	joined := "Thailand joined the National Single Window Pilot Project (NSWPP) in 2008 because it wanted to link its ports."
	checkRules(t, []ruleCase{
		{name: "isnt in", doc: doc, q: "why isnt thailand in the NSWPP", span: "because it already operates a national single window of its own"},
		{name: "excluded", doc: doc, q: "why is thailand excluded from the nswpp?", span: "because it already operates a national single window of its own"},
		{name: "left out", doc: doc, q: "why was thailand left out of the NSWPP", span: "because it already operates a national single window of its own"},
		{name: "the programme in the sentence before", doc: language, q: "why is thailand excluded from the language programme", span: "because its EPA with Japan does not cover nurses and care workers"},
		{name: "isnt, the programme before", doc: language, q: "why isnt thailand in the language programme", span: "because its EPA with Japan does not cover nurses and care workers"},
		{name: "left out, the programme before", doc: language, q: "why was thailand left out of the language programme", span: "because its EPA with Japan does not cover nurses and care workers"},
		{name: "no exclusion said", doc: joined, q: "why is thailand excluded from the NSWPP"},
	})
}

// "Why isnt Thailand in it" asks the reason for an exclusion as "why is
// Thailand excluded" does: the reason the sentence after the exclusion
// gives answers it; a purpose of Thailand's joining does not.
func TestWhyIsntCountryIn(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "reason in the sentence after", doc: "The National Single Window Pilot Project (NSWPP) covers Cambodia, Laos, Myanmar and Vietnam. Thailand is not eligible for the NSWPP. This is because Thailand already operates a national single window of its own.", q: "why isnt thailand in the NSWPP", span: "because Thailand already operates a national single window of its own"},
	})
	ix := mustOpen(t, Source{Name: "r.md", Text: paperHeader("Title", "May 2015") + "1. Facts\n\nThailand joined the National Single Window Pilot Project (NSWPP) in 2014 to link its ports. Land acquisition costs are not eligible for NSWPP funding because the NSWPP finances only technical cooperation.\n"})
	if a := ix.Answer("why isnt thailand in the NSWPP"); a.Found && normSpan(a.Span) == "to link its ports" {
		t.Errorf("answered with the purpose of Thailand's joining")
	}
}

// "Which countries are not eligible for the course" lists those the
// sentence on that course leaves out: not an owner ("Japan's ODA") or a
// name in the reason after the exclusion, nor those another body's
// sentence leaves out.
func TestExcludedFromTheBodyAsked(t *testing.T) {
	doc := "1. Training\n\n(1) Satellite Data Application Course (SDAC)\n\nJICA offers a ten-week course in Tsukuba. Brunei Darussalam and Singapore are not eligible for the SDAC, as neither is a recipient of Japan's ODA.\n\n" +
		"(2) Census Processing Assistance Programme (CPAP)\n\nMalaysia is not eligible for the grant component of CPAP because it graduated from the DAC List."
	checkRules(t, []ruleCase{
		{name: "the course's", doc: doc, q: "which countries are not eligible for the sdac", span: "Brunei, Singapore"},
		{name: "the programme's", doc: doc, q: "which countries are not eligible for cpap", span: "Malaysia"},
	})
}

// "Fall outside" excludes; a reason opened by "since" without a comma,
// and a country written as an owner there ("Japan's general grant aid"),
// name no one left out.
func TestFallOutsideWithItsReason(t *testing.T) {
	doc := "A grant of ¥575 million was signed with the Government of Vietnam in Hanoi on 19 November 2021. Brunei Darussalam and Singapore fall outside this kind of assistance since their per capita income is above the threshold for Japan's general grant aid."
	checkRules(t, []ruleCase{
		{name: "yes or no", doc: doc, q: "is singapore eligible for the grant aid", span: "no", publisher: "Ministry of Foreign Affairs of Japan"},
		{name: "the list", doc: doc, q: "which countries cant get the grant aid", span: "Brunei, Singapore", publisher: "Ministry of Foreign Affairs of Japan"},
		{name: "owner", doc: "Brunei Darussalam and Singapore fall outside this kind of assistance, their income being above the threshold for Japan's general grant aid.", q: "which countries cant get the grant aid", span: "Brunei, Singapore"},
		{name: "reason", doc: "Brunei Darussalam falls outside the grant aid since its income is above that of Malaysia.", q: "which countries cant get the grant aid", span: "Brunei"},
		{name: "outside the scope asked", doc: "Japan started the Safe Clinics Programme (SCP) on 1 April 2010. Since general grant aid is not extended to countries above a certain income level, Brunei Darussalam and Singapore fall outside the scope of SCP.", q: "which countries are outside the scope of scp", span: "Brunei, Singapore"},
	})
}

// "Not considered for" a grant excludes; the country named as an owner
// in the reason after it ("as Japan's new assistance to Myanmar is
// limited to ...") is not left out, so a question whether it paid is not
// answered no by the exclusion.
func TestNotConsideredAndTheReasonsOwner(t *testing.T) {
	doc := "Japan paid for the Wako course in full. Myanmar was not considered for a grant of this kind, as Japan's new assistance to Myanmar is currently limited to projects that meet basic human needs."
	checkRules(t, []ruleCase{
		{name: "excluded", doc: doc, q: "is myanmar eligible for the grant", span: "no", publisher: "Ministry of Foreign Affairs of Japan"},
		{name: "owner in the reason", doc: doc, q: "is japan eligible for the grant", span: "", publisher: "Ministry of Foreign Affairs of Japan"},
	})
}

// "Which countries aren't eligible" asks the exclusion as "not eligible"
// does; "can receive no more than 120 patients" compares and leaves no
// one out, so Japan, asked in that sentence to build a centre, is not
// excluded.
func TestArentEligibleAndNoMoreThan(t *testing.T) {
	ix := mustOpen(t, Source{Name: "eligible.md", Text: paperHeader("Japan's Cooperation with ASEAN on Drug Control", "October 2003") + `1. Treatment

In January 2003 the National Drug Board of Cambodia requested Japan to construct a treatment centre in Kampot Province, since the only public treatment facility, in Phnom Penh, can receive no more than 120 patients. Brunei Darussalam and Singapore are not eligible for grant aid for such facilities, because their income levels exceed the ceiling for Japan's general grant aid.
`})
	for _, q := range []string{"which countries arent eligible for the treatment centre grant aid", "which countries aren't eligible for grant aid for treatment centres"} {
		if a := ix.Answer(q); !a.Found || a.Span != "Brunei, Singapore" {
			t.Errorf("%q: %v %q (%s)", q, a.Found, a.Span, a.Text)
		}
	}
}
