package index

import (
	"testing"
)

// "When did Japan pay" of "Japan paid ... and will pay the rest" dates the
// payment: an act asked after "did" is read only of verbs whose past ends
// in "-ed", which the forms read from the plain verb can match.
func TestCounterDidActIrregularPast(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "paid, and will pay the rest", doc: "Japan paid ¥400 million on 2 March 2006 and will pay the rest in FY2007.", q: "when did japan pay the ¥400 million?", span: "2 March 2006"},
		{name: "lent, and is to lend more", doc: "JBIC lent ¥4.2 billion on 12 May 2004 and is to lend a further ¥3 billion in FY2005.", q: "when did jbic lend the ¥4.2 billion?", span: "12 May 2004"},
	})
}

// "When did ASEAN ask Japan to establish it" asks when ASEAN asked: the
// verb after "to" is not the act "did" takes, and what was asked is no
// date.
func TestCounterDidActPastTheMainVerb(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "asked to establish", doc: "On 3 March 2005, ASEAN asked Japan to establish a fund for disaster relief.", q: "when did asean ask japan to establish the fund?", span: "3 March 2005"},
		{name: "announced a plan to contribute", doc: "On 5 May 2010, Japan announced its plan to contribute a further ¥500 million to the JALPF.", q: "when did japan announce its plan to contribute to the JALPF?", span: "5 May 2010"},
	})
}

// Only a word that names a country, a group or a region makes a body's
// name with "bank" or "foundation": "adb bank", "exim bank of thailand",
// "japanese foundation", "river bank" and "bridge foundation" are asked
// of what the documents name otherwise.
func TestCounterBodyHeadNotAName(t *testing.T) {
	cebu := "The Metro Cebu Sewerage Project was co-financed by the Asian Development Bank (ADB), which provided US$4.5 million."
	exim := "The Export-Import Bank of Thailand (EXIM Thailand) provided a loan of 1.2 billion baht for the Route 9 road."
	film := "The ASEAN Film Week was held in Tokyo in November 2005. The event was funded by the Japan Foundation with ¥30 million."
	checkRules(t, []ruleCase{
		{name: "ADB bank", doc: cebu, q: "how much did the adb bank provide for the cebu sewerage project?", span: "US$4.5 million"},
		{name: "exim bank of thailand", doc: exim, q: "how much did the exim bank of thailand lend for the route 9 road?", span: "1.2 billion baht"},
		{name: "japanese foundation", doc: film, q: "how much did the japanese foundation give to the asean film week?", span: "¥30 million"},
		{name: "river bank", doc: "Riverbank protection works along the Mekong in Vientiane were completed in March 2012 with ¥3.2 billion of grant aid.", q: "when were the mekong river bank protection works completed?", span: "March 2012"},
		{name: "bridge foundation", doc: "The foundations of the Neak Loeung Bridge were completed in June 2013.", q: "when was the bridge foundation completed?", span: "June 2013"},
	})
}

// A sentence that points back ("The delegation", "The team") and names a
// country of its own speaks of that country, not of the countries of the
// sentence before.
func TestCounterBackReferenceCountries(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "the delegation of Japan", doc: "Vietnam hosted the Third Ministerial Meeting in Hanoi on 5 May 2009, attended by delegations from ten countries. The delegation of Japan was led by Mr. Taro Aso, Minister for Foreign Affairs.", q: "who led the vietnamese delegation?"},
		{name: "the team from Thailand", doc: "A survey team visited Vietnam and Laos in May 2005 to survey flood damage. The team from Thailand was led by Dr. Somchai Wongsa.", q: "who led the team sent to vietnam?"},
	})
}

// "The Centre's trust fund" and "the Centre's training network" are
// things of the Centre the heading names, not the Centre: founding the
// fund or joining the network makes no one a member of it.
func TestCounterHeadingBodysOwnThings(t *testing.T) {
	for name, text := range map[string]string{
		"trust fund established by": "The Centre's trust fund was established in 2004 by Japan and the Republic of Korea.\n",
		"joined a network of it":    "Vietnam joined the Centre's training network on 20 January 2007.\n",
	} {
		ix := mustOpen(t, Source{Name: "centre.md", Text: paperHeader("Heritage Fixture", "February 2010") + "1. Southeast Asian Heritage Conservation Centre (SAHCC)\n\n" + text})
		if got := membershipRows(ix); len(got) != 0 {
			t.Errorf("%s: memberships %+v; the sentence makes no one a member of the Centre", name, got)
		}
	}
}

// "Which countries send trainees" of "Cambodia and Laos send trainees":
// the subject that does the sending asked is the answer, the first
// country with the rest.
func TestCounterSendersAreTheSubject(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "send trainees", doc: "Cambodia and Laos send about 40 trainees a year to the hotel school in Chiang Mai under the JTHPP.", q: "which countries send trainees to the JTHPP?", span: "Cambodia, Laos"},
		{name: "nominated officials", doc: "Cambodia, Laos and Myanmar nominated 25 officials for the customs course in Bangkok in FY2010.", q: "which countries nominated officials for the customs course?", span: "Cambodia, Laos, Myanmar"},
	})
}

// The countries people come from are the list after "from", not the
// countries named after it where they were sent or trained.
func TestCounterFromRunReadsDestinations(t *testing.T) {
	experts := "Experts from Japan were dispatched to Laos and Cambodia in FY2005."
	checkRules(t, []ruleCase{
		{name: "are the experts from", doc: experts, q: "which countries are the experts from?", span: "Japan"},
		{name: "sent experts to laos", doc: experts, q: "which countries sent experts to laos?", span: "Japan"},
		{name: "trained in Thailand", doc: "In FY2012, trainees from Cambodia and Laos were trained at the Thai-Japan Institute in Bangkok, Thailand.", q: "which countries send trainees to the thai-japan institute?", span: "Cambodia, Laos"},
	})
}

// A question's words of a body's name that a sentence writes only in part
// ("ASEAN-Japan Water Forum" of "asean-japan water policy dialogue") do
// not name what the sentence names.
func TestCounterLooseWordsWrittenInPart(t *testing.T) {
	doc := "The Japan-ASEAN Clean Water Facility (JACWF) was set up in Jakarta in July 2006.\n\n2. Forum\n\nThe ASEAN-Japan Water Forum was held in Bangkok on November 18, 2008."
	checkRules(t, []ruleCase{
		{name: "a forum for a dialogue", doc: doc, q: "where was the asean-japan water policy dialogue held?"},
	})
}

// ", followed by X on DATE" after a founding makes X a later member,
// never a founder.
func TestCounterFollowedByIsNoFounder(t *testing.T) {
	ix := mustOpen(t, Source{Name: "centre.md", Text: paperHeader("Heritage Fixture", "February 2010") + "1. Southeast Asian Heritage Conservation Centre (SAHCC)\n\nThe Centre was founded by Japan and Thailand on 1 April 2003, followed by Vietnam on 20 January 2007.\n"})
	for _, r := range membershipRows(ix) {
		if r.Country == "Vietnam" && r.Status == StatusFounding {
			t.Errorf("Vietnam made a founding member: %+v", r)
		}
	}
}
