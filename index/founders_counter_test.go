package index

import (
	"strings"
	"testing"
)

// counterIndex indexes body under a paper header.
func counterIndex(t *testing.T, body string) *Index {
	t.Helper()
	return mustOpen(t, Source{Name: "counter.md", Text: paperHeader("Counter Fixture", "November 2009") + body})
}

// Members that joined a body later, told of in prose, are not its
// founders: "joined" says the body was there before them.
func TestCounterFoundersFromLaterJoinsInProse(t *testing.T) {
	ix := counterIndex(t, `1. Clean Water Network (CWN)

(1) The CWN was launched in Kuala Lumpur on 14 March 2006 in order to share data on river quality.

(2) Cambodia and Laos joined the CWN on 2 August 2007, and Myanmar joined the CWN on 5 February 2008.
`)
	for _, q := range []string{"which countries were founding members of the CWN", "which countries founded the CWN?"} {
		if a := ix.Answer(q); a.Found && strings.Contains(a.Span, "Cambodia") {
			t.Errorf("%q: founders %q (%s), from members that joined a year after the launch", q, a.Span, a.Text)
		}
	}
}

// A table's first "Joined" day after the body's launch is not its
// founding day.
func TestCounterFoundersFirstJoinAfterLaunch(t *testing.T) {
	ix := counterIndex(t, `1. Clean Water Network (CWN)

(1) The CWN was launched in Kuala Lumpur on 14 March 2006 by the Government of Japan in order to share data on river quality.

(2) Membership of the Network is as follows:

  Country        Status     Joined
  Indonesia      member     1 October 2006
  Malaysia       member     1 October 2006
  Vietnam        member     2 August 2007
`)
	if a := ix.Answer("which countries were founding members of the CWN"); a.Found && strings.Contains(a.Span, "Malaysia") {
		t.Errorf("founders %q (%s): the first members joined six months after the launch", a.Span, a.Text)
	}
}

// "Set up" or "established" describing the body asked does not ask for
// its founders: the members are all five.
func TestCounterMembersOfABodySetUpInAYear(t *testing.T) {
	ix := counterIndex(t, `1. Clean Water Network (CWN)

(1) The CWN was set up in Kuala Lumpur on 14 March 2006 to share data on river quality.

(2) Membership of the Network is as follows:

  Country        Status     Joined
  Indonesia      member     14 March 2006
  Malaysia       member     14 March 2006
  Vietnam        member     14 March 2006
  Cambodia       member     2 August 2007
  Laos           member     5 February 2008
`)
	expectAnswers(t, ix, map[string]string{
		"which countries are members of the CWN set up in 2006?":    "Indonesia, Malaysia, Vietnam, Cambodia, Laos",
		"which countries are members of the newly established CWN?": "Indonesia, Malaysia, Vietnam, Cambodia, Laos",
	})
}

// "Which official document" asks for a document: "official" there is an
// adjective, not the person asked.
func TestCounterWhichOfficialDocument(t *testing.T) {
	ix := counterIndex(t, `1. Japan-Laos Cooperation

(1) On 12 June 2008 Japan and Laos signed the Japan-Laos Investment Agreement in Vientiane; it was signed by Ambassador Hideo Sato and Vice-Minister Somsak Phan.
`)
	for _, q := range []string{"which official document was signed in vientiane on 12 june 2008?", "which official agreement did japan and laos sign?"} {
		if a := ix.Answer(q); !a.Found || !strings.Contains(a.Span, "Japan-Laos Investment Agreement") {
			t.Errorf("%q: found=%v span %q (%s), want the sentence naming the agreement", q, a.Found, a.Span, a.Text)
		}
	}
}

// "Who thanked the Japanese side" asks for the one who thanked Japan,
// not for a person of Japan's side.
func TestCounterSideAsTheObject(t *testing.T) {
	ix := counterIndex(t, `1. Bridge

(1) At the ceremony, Mr. Bounnhang Vorachith, Vice-President of Laos, thanked the Japanese side for its support, and Mr. Hideo Sato, Ambassador of Japan, replied.
`)
	expectAnswers(t, ix, map[string]string{
		"who thanked the japanese side?": "Mr. Bounnhang Vorachith",
	})
}

// "And Australia?" after "how much did Japan give Indonesia" asks what
// Australia gave Indonesia when the papers tell of that.
func TestCounterFollowUpWithAnotherGiver(t *testing.T) {
	ix := counterIndex(t, `1. Tsunami Relief

(1) In January 2005 Japan gave Indonesia US$146 million in grant aid for reconstruction in Aceh.

(2) In the same month Australia gave Indonesia A$1 billion for reconstruction in Aceh.
`)
	if a := ix.AnswerFollowUp("How much did Japan give Indonesia?", "and Australia?"); !a.Found || a.Span != "A$1 billion" {
		t.Errorf("follow-up %q: found=%v span %q, want A$1 billion", ix.FollowUp("How much did Japan give Indonesia?", "and Australia?"), a.Found, a.Span)
	}
}

// A breakdown by year in brackets after the one giver leaves the giver
// the payer of the whole.
func TestCounterOneGiverWithABreakdownInBrackets(t *testing.T) {
	ix := counterIndex(t, `1. Trust Fund

(1) A total of US$6 million was contributed by the Government of Japan (US$2 million in each of FY2007, FY2008 and FY2009) to the ASEAN Trust Fund.
`)
	if a := amountNamed(ix, "US$6 million"); a == nil || a.Payer != "Government of Japan" {
		var got string
		if a != nil {
			got = a.Describe()
		}
		t.Errorf("the total lost its one payer: %s", got)
	}
}

// "Officials from which countries": a sentence whose countries stand
// before "officials from" ("which sent officials from their ministries")
// still answers.
func TestCounterOfficialsFromAfterTheCountries(t *testing.T) {
	ix := counterIndex(t, `1. Wastewater Seminar

(1) The wastewater seminar held in Bangkok in July 2009 was attended by Cambodia, Laos and Viet Nam, which sent officials from their environment ministries.
`)
	expectAnswers(t, ix, map[string]string{
		"officials from which countries attended the wastewater seminar?": "Cambodia, Laos, Vietnam",
	})
}

// A total borne by two parties whose parts are in Singapore dollars is
// no one party's either: "S$" is a sum's sign as "US$" is.
func TestCounterPartsInBracketsInSingaporeDollars(t *testing.T) {
	ix := counterIndex(t, `1. Japan-Singapore Partnership Programme

(1) The total cost of the third-country training course, S$1.2 million, is borne by the Government of Singapore (S$700,000) and the Government of Japan (S$500,000).
`)
	if a := amountNamed(ix, "S$1.2 million"); a == nil || a.Payer != "" {
		var got string
		if a != nil {
			got = a.Describe()
		}
		t.Errorf("the total has one payer: %s", got)
	}
}
