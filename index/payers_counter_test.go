package index

import "testing"

// "And US$800,000 by X" makes X the payer only after a giving verb with an
// agent of its own: "received by" and "executed by" name who receives or
// spends it.
func TestCounterGappedAgentIsNotAlwaysThePayer(t *testing.T) {
	for _, tc := range []struct{ doc, sum, wrong string }{
		{"Of the US$2 million disbursed from the JAIF for flood relief in 2011, US$1.2 million was received by Cambodia and US$800,000 by Laos.", "US$800,000", "Laos"},
		{"Of the grant of US$2 million for the Mekong Child Health Project, US$1.2 million is executed by UNDP and US$800,000 by UNICEF.", "US$800,000", "UNICEF"},
	} {
		ix := mustOpen(t, Source{Name: "payers.md", Text: paperHeader("Payers Fixture", "June 2011") + "1. Funding\n\n" + tc.doc + "\n"})
		am := amountNamed(ix, tc.sum)
		if am == nil {
			t.Errorf("%s: not read", tc.sum)
			continue
		}
		if am.Payer == tc.wrong {
			t.Errorf("%s: payer %q; %s receives or spends it, it does not pay it (%q)", tc.sum, am.Payer, tc.wrong, tc.doc)
		}
	}
}

// "Did Thailand pay for the marketing programme" is not answered yes by
// the sum Thailand pays for the guide programme, nor "did JICA fund the
// second phase" by the first phase's: every word of the question but the
// paying must be the sentence's.
func TestCounterPayerOfAnotherProgramme(t *testing.T) {
	heritage := "The Mekong Heritage Tourism Guide Programme was implemented in Siem Reap in May 2005; its cost of US$840,000 was borne by the Government of Thailand. The Mekong Heritage Tourism Marketing Programme was funded by JICA with US$500,000."
	bridge := "The first phase of the Neak Loeung Bridge study was funded by JICA with US$1.5 million. The second phase was funded by the Asian Development Bank (ADB)."
	checkRules(t, []ruleCase{
		{name: "thailand paid for the guide programme, not the marketing one", doc: heritage, q: "did thailand pay for the mekong heritage tourism marketing programme?"},
		{name: "jica paid for the first phase, not the second", doc: bridge, q: "did JICA fund the second phase of the neak loeung bridge study?"},
	})
}

// "Has Singapore supported it" and "is it supported by Singapore" ask of
// a giver, which an exclusion of Singapore's trainees does not deny.
func TestCounterSupportedByIsNotReceiving(t *testing.T) {
	jspp := "Japan implements the Japan-Singapore Partnership Programme (JSPP) jointly with Singapore; the cost is borne by Japan and Singapore on a 60-40 basis. Trainees are accepted from all ASEAN countries, excluding Singapore and Brunei."
	checkRules(t, []ruleCase{
		{name: "has supported", doc: jspp, q: "has singapore supported the JSPP?", span: "yes"},
		{name: "supported by", doc: jspp, q: "is the JSPP supported by singapore?", span: "yes"},
	})
}

// A sentence that leaves the date or the place open in other words ("when
// it will be held has not yet been decided") answers whether the date or
// the location is fixed, and "take place" asks of no place.
func TestCounterDecidedNounInOtherWords(t *testing.T) {
	dialogue := "The Second ASEAN-Japan Water Policy Dialogue has been postponed, and when it will be held has not yet been decided."
	summit := "It has not yet been decided where the Third Mekong-Japan Summit will be held."
	held := "The Second ASEAN-Japan Water Policy Dialogue was held in Hanoi on 12 October 2010."
	checkRules(t, []ruleCase{
		{name: "when it will be held not decided", doc: dialogue, q: "has the date of the second asean-japan water policy dialogue been fixed?", span: "no"},
		{name: "where it will be held not decided", doc: summit, q: "has the location of the third mekong-japan summit been decided?", span: "no"},
		{name: "take place", doc: held, q: "did the second water policy dialogue take place?", span: "yes"},
	})
}

// A sentence about the date or venue of another event ("The date of the
// Fourth Meeting") does not answer for the event before it.
func TestCounterDateOfAnotherEvent(t *testing.T) {
	notes := "The Exchange of Notes for the Mandalay Water Supply Project was signed on 5 May 2010. The date of signing of the Exchange of Notes for the Yangon Port Project is yet to be decided."
	hanoi := "Vietnam hosted the Third Mekong-Japan Foreign Ministers' Meeting in Hanoi on 5 May 2009. The date of the Fourth Meeting has not yet been fixed."
	dialogue := "The Second ASEAN-Japan Water Policy Dialogue was held in Hanoi on 12 October 2010. The venue of the Third Dialogue, to be held in 2012, has not been decided."
	checkRules(t, []ruleCase{
		{name: "mandalay signed, yangon open", doc: notes, q: "has the date for the mandalay exchange of notes been fixed?", span: "5 May 2010"},
		{name: "the meeting in hanoi held", doc: hanoi, q: "was the date of the meeting in hanoi fixed?", span: "5 May 2009"},
		{name: "the second dialogue held in hanoi", doc: dialogue, q: "was the venue of the second dialogue decided?", span: "Hanoi"},
	})
}

// The list after "from" goes on past counts in brackets, "or" and "as
// well as".
func TestCounterFromListGoesOn(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "counts in brackets", doc: "Every year, about 10 courses on desalination are offered to trainees from Cambodia (12), Laos (10), Myanmar (8) and Vietnam (10).", q: "which countries send trainees to the desalination courses?", span: "Cambodia, Laos, Myanmar, Vietnam"},
		{name: "as well as, no from", doc: "Every year, about 10 courses on desalination are offered to trainees from Cambodia, Laos and Myanmar as well as Vietnam.", q: "which countries send trainees to the desalination courses?", span: "Cambodia, Laos, Myanmar, Vietnam"},
		{name: "or", doc: "Every year, about 10 courses on desalination are offered to trainees from Cambodia, Laos, Myanmar or Vietnam.", q: "which countries send trainees to the desalination courses?", span: "Cambodia, Laos, Myanmar, Vietnam"},
		{name: "as well as", doc: "In FY2010, 45 officials from Cambodia, Laos and Myanmar, as well as from Vietnam, attended the customs course in Bangkok.", q: "officials from which countries attended the customs course?", span: "Cambodia, Laos, Myanmar, Vietnam"},
	})
}

// A subject that sends something else than what is asked ("Japan sends
// instructors") is no sender of trainees.
func TestCounterSubjectSendsSomethingElse(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "sends instructors", doc: "Japan sends two instructors a year to the JTHPP, and Cambodia and Laos send about 40 trainees.", q: "which countries send trainees to the JTHPP?", span: "Cambodia, Laos"},
		{name: "while", doc: "Singapore sends instructors to the JSPP courses, while Cambodia, Laos, Myanmar and Vietnam send trainees.", q: "which countries send trainees to the JSPP courses?", span: "Cambodia, Laos, Myanmar, Vietnam"},
	})
}

// "Did Singapore contribute to the second phase" of a sentence that says
// it did not is no yes from the first phase's sum.
func TestCounterNotTheSecondPhase(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "not the second phase", doc: "Singapore contributed US$500,000 to the first phase of the Mekong Water Programme. Singapore did not contribute to the second phase of the Mekong Water Programme.", q: "did singapore contribute to the second phase of the mekong water programme?", span: "no"},
	})
}
