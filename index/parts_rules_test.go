package index

import "testing"

// partsFixture has a total borne by two parties, each part in brackets
// after its name; grants to two countries in items; and a course named by
// its short form in one sentence and a count of courses in the next.
var partsFixture = Source{Name: "parts-rules.md", Text: paperHeader("Parts Fixture", "November 2004") + `1. Navigation Fund

The Straits Buoy Fund (SBF) was launched on 1 July 2003. Its initial capital of ¥640 million is borne by the Government of Japan (¥400 million) and the Japan Shipowners' Association (¥240 million).

2. Patrol Vessels

Grant aid was extended by the Government of Japan to two countries in 2004:

  1. Project for Construction of Patrol Boats (Indonesia): ¥1.9 billion for three patrol boats.
  2. Project for Coastal Patrol Capability (the Philippines): ¥1.2 billion for two patrol boats.

3. Training

(1) The Port Security Course (PSC), funded by JICA, was held in Kobe from 4th to 22nd October 2004. In FY2004, JICA is conducting 4 courses in this field.
`}

// A sum in brackets after a name is that name's part, found by the
// name's words; the total the parts make up is no one party's.
func TestPartsInBracketsAfterNames(t *testing.T) {
	ix := mustOpen(t, partsFixture)
	expectAnswers(t, ix, map[string]string{
		"how much did the shipowners association chip in to the buoy fund": "¥240 million",
		"how much did the government of japan put into the sbf":            "¥400 million",
		"sbf initial capital?": "¥640 million",
	})
	if a := amountNamed(ix, "¥640 million"); a == nil || a.Payer != "" {
		t.Errorf("the total has a payer: %+v", a)
	}
}

// "And the Philippines?" after "how much did Japan give Indonesia" asks
// of another recipient, not of another giver.
func TestFollowUpSwapsTheRecipient(t *testing.T) {
	ix := mustOpen(t, partsFixture)
	a := ix.AnswerFollowUp("How much grant aid did Japan give Indonesia for patrol boats?", "and the philippines?")
	if !a.Found || a.Span != "¥1.2 billion" {
		t.Errorf("follow-up: found=%v span %q, want ¥1.2 billion", a.Found, a.Span)
	}
}

// The sentence that names the course asked by its short form outranks the
// next one, which speaks of courses in its field.
func TestSentenceNamingTheAskedBody(t *testing.T) {
	ix := mustOpen(t, partsFixture)
	if a := ix.Answer("dates of the PSC course?"); !a.Found || a.Span != "4th to 22nd October 2004" {
		t.Errorf("found=%v span %q", a.Found, a.Span)
	}
}

// sidesFixture has a forum opened by two officials of two countries, and
// a sum whose parts leave their verb out after the first.
var sidesFixture = Source{Name: "sides.md", Text: paperHeader("Sides Fixture", "July 2003") + `1. Business Matching Forum

The first Forum was held in Hanoi from 24th to 26th April 2003. The Forum was opened by Mr. Taro Ishida, Parliamentary Vice-Minister for Foreign Affairs of Japan, and Mrs. Pham Thi Hoa, Vice-Minister of Trade of Vietnam.

2. Trust Fund

Japan has disbursed US$2 million to the Trust Fund, of which US$1.2 million is allocated to a pilot study for a single window and US$800,000 to the harmonisation of tariff nomenclature.
`}

// "From the Vietnamese side" and "which Japanese official" ask for the
// person whose role is that country's.
func TestPersonOfTheSideAsked(t *testing.T) {
	ix := mustOpen(t, sidesFixture)
	expectAnswers(t, ix, map[string]string{
		"who opened the forum from the vietnamese side":      "Mrs. Pham Thi Hoa",
		"which japanese official opened the matching forum?": "Mr. Taro Ishida",
	})
}

// A part whose verb is left out ("and US$800,000 to the harmonisation of
// tariff nomenclature") is found by the words after it.
func TestPartWithItsVerbLeftOut(t *testing.T) {
	ix := mustOpen(t, sidesFixture)
	a := ix.AnswerFollowUp("how much did japan disburse to the trust fund in total?", "and how much of that for tariff nomenclature?")
	if !a.Found || a.Span != "US$800,000" {
		t.Errorf("found=%v span %q, want US$800,000", a.Found, a.Span)
	}
}
