package index

import "testing"

// "When was it signed" of a thing whose passage says it "has not yet been
// signed" is refused, whatever other date the passage gives of it; a
// thing the passage says was signed is still dated, and a denial of
// another thing's signing refuses nothing.
func TestWhenOfAnActThePassageDenies(t *testing.T) {
	denied := "ASEAN Member States began negotiating an Agreement on the Recognition of Driving Licences in 2014. The agreement is still under negotiation and has not yet been signed."
	mou := "A memorandum of understanding (MoU) on data sharing between the Hub and the AHA Centre has been negotiated but not yet signed. The third annual meeting is due to take place in the fourth quarter of 2020."
	other := "The loan agreement was signed in Manila on 27 August 2014. The memorandum on training has not yet been signed."
	checkRules(t, []ruleCase{
		{name: "talks began", doc: denied, q: "when was the driving licence recognition agreement signed"},
		{name: "negotiated but not yet", doc: mou, q: "when was the mou with the aha centre signed"},
		{name: "when talks began is still said", doc: denied, q: "when did negotiations on the driving licence agreement begin", span: "2014"},
		{name: "another thing's denial", doc: other, q: "when was the loan agreement signed", span: "27 August 2014"},
	})
}

// A sum the sentence gives to a country ("of which US$1.1 million went
// to Viet Nam") is that country's alone, and the whole it is part of is
// no other country's, though the sentence names others after it.
func TestSumsGoneToAnotherCountry(t *testing.T) {
	doc := "Through Grant Assistance for Grassroots Human Security Projects, Japan has provided grants of US$2.35 million in total, of which US$1.1 million went to Viet Nam, and 186,000 child helmets have been handed out in Viet Nam, Cambodia and Laos."
	checkRules(t, []ruleCase{
		{name: "the part's own country", doc: doc, q: "how much of the helmet grants went to viet nam", span: "US$1.1 million"},
		{name: "another country named later", doc: doc, q: "how much of the helmet grants went to cambodia"},
		{name: "how much did cambodia get", doc: doc, q: "how much did cambodia get for helmets"},
	})
}

// A place a section names counts for the passages after it, not for the
// section's opening sum before it; money set aside "for that survey" is
// a study's, not the grant for the thing surveyed.
func TestSectionPlacesCarryForward(t *testing.T) {
	doc := "4. Vehicle Inspection Centres\n\nFor vehicle inspection, Japan has so far committed grant aid of US$14.8 million to Myanmar.\n\n" +
		"Myanmar's first modern inspection centre was completed in Yangon with that grant aid and opened on 2 February 2015.\n\n" +
		"A second centre is planned in Mandalay, but its site has not yet been chosen. Japan will dispatch a preparatory survey team once the site is fixed, and ¥35 million has been set aside for that survey in FY2016.\n\n" +
		"The Mandalay Region Government has offered to pay the land costs. Japan provided US$2 million for equipment to Myanmar in FY2015."
	checkRules(t, []ruleCase{
		{name: "not before the place", doc: doc, q: "how much grant aid did japan commit in mandalay"},
		{name: "the survey asked", doc: doc, q: "how much was set aside for the mandalay survey", span: "¥35 million"},
		{name: "after the place", doc: doc, q: "how much did japan provide for equipment in mandalay", span: "US$2 million"},
	})
}

// "Has it been signed yet" is answered no when the passage tells of the
// thing and a later sentence denies the act of it by a noun the question
// names; a denial of another thing, or a passage that does not tell of
// the thing asked, answers nothing.
func TestYesNoOfAnActALaterSentenceDenies(t *testing.T) {
	doc := "ASEAN Member States began negotiating an Agreement on the Recognition of Driving Licences in 2014. The agreement is still under negotiation and has not yet been signed."
	other := "ASEAN Member States began negotiating an Agreement on the Recognition of Driving Licences in 2014. The memorandum on training has not yet been signed."
	cases := []struct {
		name, doc, q string
		no           bool
	}{
		{"denied by its noun", doc, "has the driving licence recognition agreement been signed yet", true},
		{"another thing denied", other, "has the driving licence recognition agreement been signed yet", false},
		{"not told of", doc, "has the vehicle inspection agreement been signed yet", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ix := mustOpen(t, Source{Name: "mofa-2016-03-denied.md", Text: paperHeader("Denied Fixture", "March 2016") + "1. Licences\n\n" + tc.doc + "\n"})
			a := ix.Answer(tc.q)
			if got := a.Found && a.Span == "no"; got != tc.no {
				t.Errorf("%q: found %v span %q (%s), want no=%v", tc.q, a.Found, a.Span, a.Text, tc.no)
			}
		})
	}
}

// "The Mandalay inspection centre", which the document names so, is that
// centre, not any inspection money of Myanmar; a place the document does
// not write before that noun still stands for its country.
func TestPlaceNamingOneThing(t *testing.T) {
	doc := "For vehicle inspection, Japan has committed grant aid of US$14.8 million to Myanmar.\n\n" +
		"A second centre is planned in Mandalay. Japan will decide on grant aid for the Mandalay inspection centre after a survey."
	checkRules(t, []ruleCase{
		{name: "the thing the document names", doc: doc, q: "how much grant aid did japan give for the mandalay inspection centre"},
		{name: "a phrase the document does not write", doc: doc, q: "how much grant aid did japan give for the mandalay vehicle works", span: "US$14.8 million"},
	})
}

// "Picked" asks what a document says "chosen": "has a site been picked"
// is no when its site "has not yet been chosen"; "why was it picked" is
// answered by why it "was chosen".
func TestPickedIsChosen(t *testing.T) {
	doc := "A second centre is planned in Mandalay, but its site has not yet been chosen, since the regional government is still comparing plots. The Korat site was chosen because of its low level of radio interference."
	checkRules(t, []ruleCase{
		{name: "not yet chosen", doc: doc, q: "has a site for the mandalay centre been picked", span: "no"},
		{name: "why chosen", doc: doc, q: "why was the korat site picked", span: "because of its low level of radio interference"},
	})
}

// "How much is still not disbursed" is answered by the sum whose clause
// says it is not yet disbursed, not the commitment; and that sum takes no
// verb from the clause before its semicolon.
func TestSumNotYetDisbursed(t *testing.T) {
	doc := "Japan supports the hub through JAIF, to which it has committed US$3.5 million for FY2018-FY2020. Of this amount, US$1.2 million has been disbursed for servers and workshops; the remaining US$2.3 million has been budgeted but not yet disbursed, pending approval of the work plan."
	checkRules(t, []ruleCase{
		{name: "not yet disbursed", doc: doc, q: "how much of the jaif money for the hub is still not disbursed", span: "US$2.3 million"},
	})
	ix := mustOpen(t, Source{Name: "rule.md", Text: paperHeader("Rule Fixture", "February 2020") + "1. Hub\n\n" + doc + "\n"})
	for _, am := range ix.Amounts() {
		if am.Text == "US$2.3 million" && am.Verb == "disbursed" {
			t.Errorf("the undisbursed sum took the verb of the clause before: %+v", am.Verb)
		}
	}
}
