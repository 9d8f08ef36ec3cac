package index

import "testing"

// Whether a thing was decided or done on a date set for it: "is yet to be
// decided" says no, "No ODA loan was signed" says no, and a sentence that
// leaves the venue open says nothing of the date.
func TestDecidedOrNotYet(t *testing.T) {
	mandalay := "For the Mandalay Water Supply Project in Myanmar, a grant of approximately ¥1.1 billion is being considered. The date of signing of the Exchange of Notes for the Mandalay project is yet to be decided."
	dialogue := "The Second ASEAN-Japan Water Policy Dialogue is scheduled to be held in October 2010; its venue has not yet been determined."
	loans := "FY2011: a total of ¥10.5 billion of grant aid and technical cooperation. No ODA loan was signed in FY2011."
	signed := "The Exchange of Notes for the Mekong grant was signed in Vientiane on April 14, 2009."
	checkRules(t, []ruleCase{
		{name: "yet to be decided", doc: mandalay, q: "was the mandalay exchange of notes already signed?", span: "no"},
		{name: "signed", doc: signed, q: "was the mekong exchange of notes signed?", span: "yes"},
		{name: "no loan signed", doc: loans, q: "was any ODA loan signed in fy2011", span: "no"},
		{name: "the venue open", doc: dialogue, q: "has the venue of the second dialogue been decided?", span: "no"},
		{name: "the date asked, the venue open", doc: dialogue, q: "has the date of the second dialogue been fixed?", span: "October 2010"},
	})
}

// "Were Singapore projects supported" of "17 projects were supported ...,
// excluding Singapore and Brunei" is a plain no.
func TestSupportedExcluded(t *testing.T) {
	grants := "In FY2005, 17 projects were supported in ASEAN countries under the Grassroots Grants, excluding Singapore and Brunei."
	checkRules(t, []ruleCase{
		{name: "excluded", doc: grants, q: "were singapore projects supported under the grassroots grants in fy2005", span: "no"},
	})
}

// A date that a decision dates ("was approved ... on 18 December 2009"),
// in a sentence that says no start or end, is not when the work decided
// on starts; a question that names the decision asks its date. A date
// something was moved from is not its new date when the sentence says the
// new one is not fixed.
func TestDecisionAndPostponedDatesAnswerNoStart(t *testing.T) {
	approved := "A second phase of the Budget and Treasury Modernisation Project (BTMP), worth up to ¥780 million over four years, was approved by the Government of Japan on 18 December 2009."
	postponed := "The regional workshop on disaster risk reduction, planned for Da Nang on 15-17 March 2022, has been postponed to a date to be decided."
	checkRules(t, []ruleCase{
		{name: "start asked", doc: approved, q: "what date does btmp phase 2 start", span: ""},
		{name: "decision asked", doc: approved, q: "when was btmp phase 2 approved", span: "18 December 2009"},
		{name: "decided end asked", doc: "| Item | Detail |\n|---|---|\n| Approved duration | 1 April 2021 to 30 September 2023 |\n| Status | Extended |", q: "what was the originally approved end date", span: "30 September 2023"},
		{name: "new date", doc: postponed, q: "whats the new date for the da nang drr workshop", span: ""},
		{name: "first date", doc: postponed, q: "when was the da nang drr workshop originally planned", span: "15-17 March 2022"},
	})
}

// "Since 1 November 2006, JICA has carried out the BTMP" says when the
// project started, though it writes no word of starting.
func TestSinceSaysAStart(t *testing.T) {
	doc := "Since 1 November 2006, JICA has carried out the Budget and Treasury Modernisation Project (BTMP) with the Ministry of Finance of Laos."
	checkRules(t, []ruleCase{
		{name: "start", doc: doc, q: "when did btmp start", span: "1 November 2006"},
		{name: "end", doc: doc, q: "when does btmp end", span: ""},
	})
}

// "Japan intends to sign the Exchange of Notes ... once the site survey
// is complete" has not signed it; a request to sign says neither.
func TestIntentionIsNoActDone(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "intends", doc: "Japan intends to sign the Exchange of Notes for the Pathein radar once the site survey is complete.", q: "has the exchange of notes for the pathein radar been signed", span: "no"},
		{name: "asked", doc: "Myanmar asked Japan to sign the Exchange of Notes for the Pathein radar before the rainy season.", q: "has the exchange of notes for the pathein radar been signed", span: ""},
	})
}

// "Extra" in a question is the document's "further" or "additional".
func TestExtraIsFurther(t *testing.T) {
	doc := "Japan has contributed US$6.0 million to JADIT to date. A further US$1.2 million was included in Japan's FY2021 supplementary budget but has not yet been disbursed."
	checkRules(t, []ruleCase{
		{name: "yes or no", doc: doc, q: "has the extra us$1.2 million for jadit been disbursed", span: "no"},
		{name: "sum", doc: doc, q: "how much extra is in the fy2021 budget for jadit", span: "US$1.2 million"},
	})
}

// "Japan will decide on the second phase of PTUP after an evaluation
// mission in May 2004": a date after a long object of a verb still to
// come dates no act done, so "when was it signed" is refused.
func TestFutureVerbWithALongObjectDatesNoAct(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2004-02-teachers.txt", Text: paperHeader("Teacher Training", "February 2004") + `1. Future Direction

Japan launched the Primary Teacher Upgrading Project (PTUP) on 1 October 2001. Japan will decide on the second phase of PTUP after an evaluation mission in May 2004.
`})
	if a := ix.Answer("when was ptup phase 2 signed"); !a.Refused() {
		t.Errorf("phase 2 signed: %q, want a refusal", a.Span)
	}
}

// "Japan pledged the loan for the PTTL ... The Exchange of Notes has not
// yet been signed": the day another item's notes were signed, which the
// question's other words reach, does not say when the PTTL's were.
func TestActDeniedOfTheThingAskedAnywhere(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2003-05-power.txt", Text: paperHeader("Power Connectivity", "May 2003") + `1. Cross-Border Transmission Lines

Japan supports the following interconnection projects:

  1. Phnom Penh - Takeo 220 kV Transmission Line (PTTL), Cambodia: to carry power to Phnom Penh. Yen loan of 4,150 million yen pledged.
  2. Chau Doc Substation Extension, An Giang Province, Vietnam: the Vietnamese end of the same link, financed by a yen loan of 2,870 million yen under an Exchange of Notes signed in Hanoi on March 29, 2002.
  3. Savannakhet - Mukdahan Interconnection (SMI), Laos: grant aid of 1,480 million yen; Exchange of Notes signed in Vientiane on 27 February 2003.

Japan pledged the loan for the PTTL at a meeting in Phnom Penh in June 2002. The Exchange of Notes has not yet been signed, because the resettlement plan is not complete.
`})
	if a := ix.Answer("when was the exchange of notes for the pttl loan signed"); !a.Refused() {
		t.Errorf("PTTL notes: %q, want a refusal", a.Span)
	}
	expectAnswers(t, ix, map[string]string{
		"when was the exchange of notes for the chau doc substation signed": "March 29, 2002",
	})
}
