package index

import "testing"

// An act still to come in a condition ("will start once the Agreement is
// signed") or a request ("will urge the two centres to sign") does not say
// it was done: the sentence elsewhere that denies it answers.
func TestActInAConditionOrRequestIsNotDone(t *testing.T) {
	text := paperHeader("Conditions Fixture", "April 2020") + "1. Ports\n\n(1) Harbour Safety Pilot\n" +
		"The Harbour Safety Pilot (HSP) trains pilots in Davao. ¥90 million is set aside for its second phase but has not been released, since the Service Agreement with the Philippine Ports Authority has not yet been signed.\n\n" +
		"(2) Cooperation between Centres\n" +
		"An Exchange Letter between the Davao Training Centre (DTC) and the Kobe Maritime Centre (KMC) was agreed in Kobe on 2 March 2019 but has not yet been signed.\n\n" +
		"2. Next Steps\n\n" +
		"  - The second phase of HSP will start once the Service Agreement with the Philippine Ports Authority is signed.\n" +
		"  - Japan will urge DTC and KMC to sign their Exchange Letter soon.\n" +
		"  - Japan will encourage Cambodia, Laos, the Philippines and Vietnam to ratify the Port Code.\n"
	ix := mustOpen(t, Source{Name: "conditions.md", Text: text})
	for _, q := range []string{
		"has the service agreement for hsp phase 2 been signed",
		"has the dtc kmc exchange letter been signed yet",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != "no" {
			t.Errorf("%q: found %v span %q (%s), want no", q, a.Found, a.Span, a.Text)
		}
	}
	// Urged with a list of countries between the verb and "to": no yes.
	if a := ix.Answer("has vietnam ratified the port code"); a.Found && a.Span == "yes" {
		t.Errorf("has vietnam ratified the port code: %q", a.Text)
	}
}

// "cancelled in late 2014, before the exchange of notes was signed": the
// date is the cancellation's, not the signing's, which never came.
func TestActBeforeWhichNoDate(t *testing.T) {
	text := paperHeader("Before Fixture", "June 2016") + "1. Lighting\n\n" +
		"The Efficient Pumps Project (EPP) for Vietnam was planned as a grant. The project was cancelled in early 2015, before the exchange of notes was signed, because the partner changed its procurement rules.\n"
	ix := mustOpen(t, Source{Name: "before.md", Text: text})
	expectRefused(t, ix, "when was the exchange of notes for epp signed")
	expectAnswers(t, ix, map[string]string{"when was epp cancelled": "early 2015"})
}

// "When did the Cebu lab open" of "The Cebu laboratory is expected to open
// in FY2017", in a paper of 2016: it had not opened, and no other date
// of the document is its opening. Another study "due to start" does not
// refuse when this one started.
func TestPastAskedOfAnActStillToCome(t *testing.T) {
	text := paperHeader("Future Fixture", "June 2016") + "1. Laboratories\n\n" +
		"In January 2016 the Ministry of Energy asked Japan for test equipment for the laboratory under construction in Cebu. The Cebu laboratory is expected to open in FY2017.\n\n" +
		"2. Studies\n\nThe grid study began in April 2015 and will be completed in March 2017. The tariff study, to be led by Dr. Reyes, was due to start in July 2016.\n"
	ix := mustOpen(t, Source{Name: "future.md", Text: text})
	expectRefused(t, ix, "when did the cebu test lab open")
	expectAnswers(t, ix, map[string]string{
		"when will the cebu lab open":   "FY2017",
		"when did the grid study start": "April 2015",
	})
}

// A stage a condition waits on is not reached: "intends to join once its
// competition law is adopted" says the law is not adopted yet, though
// "adopted" is a word that says a stage is reached.
func TestStageAConditionWaitsOn(t *testing.T) {
	ix := mustOpen(t, Source{Name: "stage.md", Text: paperHeader("Japan's Cooperation with ASEAN on Fair Markets", "July 2012") + `1. Network

The ASEAN Fair Markets Network (AFMN) was founded on 2 May 2008 by Indonesia, Thailand and Vietnam. Myanmar has said that it intends to join once its market law is adopted, but it is not yet a member.
`})
	a := ix.Answer("has myanmar's market law been adopted yet")
	if !a.Found || a.Span != "no" {
		t.Errorf("adopted yet: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}

// waitingPaper has an act in a list of aims, an act not yet done that a
// question asks with "did", and one a draft is still awaiting.
func waitingPaper() Source {
	return Source{Name: "waiting.md", Text: paperHeader("Japan's Cooperation with ASEAN on Health", "June 2002") + `1. Nets

On 16 August 2001 the Ambassador of Japan and the Minister of Health of Cambodia signed the Exchange of Notes for a grant of 412 million yen for bed nets. A grant of 295 million yen for Laos was pledged at the consultations in Vientiane this May, but its Exchange of Notes has not yet been signed. Japan and Malaysia have held three rounds of consultations on a health memorandum since mid-2001, but the bilateral document has not yet been signed.

2. Curriculum

In early 2000, the Ministry of Education of Cambodia requested Japan to help it draft a national school health curriculum. JICA responded by launching a curriculum project on 1 September 2000. The draft curriculum was submitted to the Ministry in December 2001 and is awaiting formal approval.

3. Future Direction

Japan will give priority to the following:

  - to sign the Exchange of Notes for the bed net grant to Laos at an early date
  - to examine the request of the Ministry of Health of Laos
`}
}

// An item of aims ("- to sign the Exchange of Notes") is no act done; "did
// Malaysia sign" asks of the signing, which the date of the talks does
// not answer, nor the paper's date though the question says "document";
// a date of a draft "awaiting formal approval" is not when it was
// approved.
func TestActsWaitedOn(t *testing.T) {
	ix := mustOpen(t, waitingPaper())
	if a := ix.Answer("has the laos bed net exchange of notes been signed yet"); !a.Found || a.Span != "no" {
		t.Errorf("signed yet: %v %q (%s)", a.Found, a.Span, a.Text)
	}
	expectRefused(t, ix, "when did malaysia sign the bilateral document", "when was cambodia's draft curriculum approved")
}
