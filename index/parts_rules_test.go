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
	for q, want := range map[string]string{
		"how much did the shipowners association chip in to the buoy fund": "¥240 million",
		"how much did the government of japan put into the sbf":            "¥400 million",
		"sbf initial capital?": "¥640 million",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%q: found=%v span %q, want %q", q, a.Found, a.Span, want)
		}
	}
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
