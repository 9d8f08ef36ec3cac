package index

import (
	"strings"
	"testing"
)

// rabiesPaper lists its four partner countries in its title, has a
// section titled with one of them, a total with its parts, and meetings
// put off or left open.
func rabiesPaper() Source {
	return Source{Name: "rabies.md", Text: paperHeader("Japan's Cooperation with Laos, Cambodia, Myanmar and Vietnam on Rabies Control", "June 2004") + `1. Overview

From FY2001 to FY2004 Japan committed about ¥2.1 billion to rabies control and dog vaccination in the four countries, of which ¥1.2 billion took the form of grant aid, ¥0.7 billion was technical cooperation through JICA, and ¥0.2 billion went to regional activities.

2. Vaccinators

(1) Training

The Rabies Control Project (RCP) trains district vaccinators in each country:

  Country     Centre          Vaccinators trained
  Laos        Pakse           44
  Cambodia    Takeo           31
  Myanmar     Bago            25
  Vietnam     Vinh            52

So far 152 district vaccinators have completed RCP training, of whom 40 are women.

Japan provides a grant of ¥600 million for the RCP, of which ¥350 million is for Laos and ¥250 million for Myanmar.

3. Cambodia

(1) Donors

At the donor meeting held in Osaka on 3 May 2003, Japan pledged US$20 million for rural health.

4. Meetings

(1) Reviews

The second review meeting, planned for 9 May 2004 in Hanoi, was postponed because of flooding, and no new date has been set.

The regional rabies forum will meet again in 2005; whether it will meet in Yangon or Vientiane has not been decided.

(2) Vaccine Stocks

JICA meets Japan's share of the vaccine costs, ¥90 million over three years, and sends two experts. Some forum members have proposed a regional vaccine bank. No decision has been taken on such a bank, nor on whether Japan would finance it.
`}
}

// A title that lists four countries names the paper's scope: the whole
// count of vaccinators is no one country's, and the table's row is.
// A section titled with one country speaks of it, though its sentence
// names only Japan and a Japanese city.
func TestTitleListIsAScopeNotEachSentences(t *testing.T) {
	ix := mustOpen(t, rabiesPaper())
	expectAnswers(t, ix, map[string]string{
		"how many district vaccinators has cambodia had trained under rcp": "31",
		"how much did japan pledge at the cambodia donor meeting":          "US$20 million",
	})
}

// "of which" parts are asked by what they alone say: the whole's own
// words ("to rabies control") ask the whole, a country that only a part
// names asks that part.
func TestWholeAndPartsOfWhich(t *testing.T) {
	ix := mustOpen(t, rabiesPaper())
	expectAnswers(t, ix, map[string]string{
		"how much did japan commit to rabies control and dog vaccination from FY2001 to FY2004": "¥2.1 billion",
		"how much is the rcp grant for myanmar":                                                 "¥250 million",
	})
}

// A meeting put off with no new date has no new date, and where it was
// to be held is not where it will be; a venue a whether-clause leaves
// open is no venue.
func TestPutOffAndUndecidedMeetings(t *testing.T) {
	ix := mustOpen(t, rabiesPaper())
	expectRefused(t, ix,
		"what's the new date for the second review meeting",
		"where will the second review meeting be held",
		"where will the regional rabies forum meet in 2005",
		// The matter the question names is one the paper leaves open.
		"how much will japan put into the regional vaccine bank",
	)
	expectAnswers(t, ix, map[string]string{
		"where was the second review meeting planned": "Hanoi",
	})
}

// "How much is the RCP grant": the grant is the project's, not one the
// project gives; a bare "grant" after "is" is a noun.
func TestGrantNamedByItsProject(t *testing.T) {
	ix := mustOpen(t, rabiesPaper())
	expectAnswers(t, ix, map[string]string{
		"how much is the rcp grant": "¥600 million",
	})
}

// "A grant of ¥300 million for a similar project" in the CJP's passage
// is another project's, not the CJP's.
func TestSimilarProjectIsAnother(t *testing.T) {
	ix := mustOpen(t, Source{Name: "jars.md", Text: paperHeader("Japan's Cooperation with Myanmar on Water Jars", "May 2004") + `1. Jar Covers

Households store rainwater in open jars, where mosquitoes breed. Notes were exchanged in Yangon on 4 June 2003 for grant aid of ¥900 million for the Clean Jar Project (CJP), which supplies treated covers to 60,000 households. A grant of ¥300 million for a similar project in Bago has been appraised.
`})
	expectAnswers(t, ix, map[string]string{
		"CJP grant amount": "¥900 million",
	})
}

// nurseryPaper names a country in two spellings: "Viet Nam" in its text,
// as users may type it or not.
func nurseryPaper() Source {
	return Source{Name: "nursery.md", Text: paperHeader("Japan's Cooperation with ASEAN on Coastal Forests", "April 2019") + `1. Nurseries

(1) Delta Nursery Project

Notes for grant aid of ¥1.2 billion for the Delta Nursery Project (DNP) were exchanged in Hanoi on 9 March 2018. The Government of Viet Nam contributes VND 40 billion for land and nursery staff.

(2) Seed Bank

At the request of Indonesia's Ministry of Marine Affairs, made in 2017, Japan launched the Coastal Seed Bank Project (CSBP) in April 2018. A team of six experts works under Dr. Aiko Tanaka, Chief Adviser of CSBP. CSBP covers Indonesia and Malaysia only.

(3) Crab Hatchery

In response to a request from the Department of Fisheries of Malaysia in May 2016, JICA launched the Mud Crab Hatchery Project (MCHP) on 1 October 2017.

The Community-based Reef Watch Project (CRWP) trains divers, and it helps villages set up farmer-run water user groups (WUGs).

(4) Mooring Buoys

Under the Reef Buoy Project (RBP), Japan extended grant aid of ¥900 million for 300 mooring buoys and two service boats.

2. Training of Wardens

Since FY2019, the forestry department has run the Coastal Warden Training Programme (CWTP) in Bangkok, with a simulator supplied by Japan. So far 120 wardens have completed CWTP in Bangkok. By country, they come from:

- Malaysia: 40
- Indonesia: 30
- Thailand: 50

Lessons are given in English with interpretation, because the wardens come from five countries that share no common language.

After storms wrecked two nurseries in 2016, the Government of the Philippines asked Japan for boats to reach the outer islands all year round.

Crab fishing, which had been banned in the replanted belts, has been permitted in the outer belt since May 2019.
`}
}

// "The Government of Viet Nam" pays for Vietnam however the question
// spells it, and a question's "viet nam" is a country, held by a
// sentence that names Hanoi.
func TestCountrySpellings(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	expectAnswers(t, ix, map[string]string{
		"how much does vietnam put into dnp":  "VND 40 billion",
		"when did viet nam get the dnp grant": "9 March 2018",
	})
}

// "At the request of Indonesia's Ministry of Marine Affairs" names who asked,
// the body and not its country's possessive, above a name the passage
// gives another role.
func TestRequestedAtTheRequestOf(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	expectAnswers(t, ix, map[string]string{
		"who asked japan for CSBP": "Indonesia's Ministry of Marine Affairs",
	})
}

// A paragraph that names no body of its own speaks of the body the
// section's first passage defines, when the heading names it in short:
// "Lessons are given in English ..." after the CWTP is defined, under
// "Training of Wardens".
func TestSectionBodyCarriesToLaterParagraphs(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	if a := ix.Answer("why are cwtp lessons in english"); !a.Found || !strings.Contains(a.Text, "share no common language") {
		t.Errorf("why-question answered %q, want the reason", a.Text)
	}
}

// "asked Japan for boats to reach ...": what was asked for is the thing
// after "for", with its purpose, not the verb after "to".
func TestAskedForAThingToDoSomething(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	if a := ix.Answer("what did the philippines ask japan for"); !a.Found || !strings.HasPrefix(strings.ToLower(a.Span), "boats to reach") {
		t.Errorf("request answered %q (%q), want the boats asked for", a.Span, a.Text)
	}
}

// "CSBP covers Indonesia and Malaysia only": no of any other country, yes
// of those it lists.
func TestOnlyListAnswersWhetherCovered(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	expectAnswers(t, ix, map[string]string{
		"does csbp cover myanmar?": "no",
		"does csbp cover malaysia": "yes",
	})
}

// "allowed" asks what a sentence says is "permitted".
func TestAllowedIsPermitted(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	expectAnswers(t, ix, map[string]string{
		"is crab fishing allowed in the outer belt now": "yes",
	})
}

// A list item that is a country and a number counts, for that country,
// what its lead-in counts: "120 wardens ... By country, they come from:"
// over "Malaysia: 40". The lead-in's own place (Bangkok) does
// not make the whole Thailand's.
func TestListItemCountsTheLeadsNoun(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	expectAnswers(t, ix, map[string]string{
		"how many wardens from malaysia":      "40",
		"how many cwtp wardens from thailand": "50",
	})
	if q := ix.FollowUp("how many wardens from malaysia", "and from indonesia?"); q != "how many wardens from indonesia" {
		t.Errorf("follow-up with a preposition read as %q", q)
	}
	// A reply naming another project by its short form asks of it.
	if q := ix.FollowUp("when did CSBP start", "and when did cwtp start"); q != "when did cwtp start" {
		t.Errorf("follow-up naming another project read as %q", q)
	}
}

// A date in the phrase of the request an act answered dates the request,
// not the act.
func TestRequestPhraseDatesTheRequest(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	expectAnswers(t, ix, map[string]string{
		"when did MCHP start":                "1 October 2017",
		"when did malaysia request the MCHP": "May 2016",
	})
}

// "Community-based Reef Watch Project (CRWP)": the lower-case part of a
// capitalised hyphenated word is the name's, unspelt; a lower-case
// word's ("farmer-run") is not.
func TestHyphenatedWordInANamesShortForm(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	got := acronymsOf(ix)
	if got["CRWP"] != "Community-based Reef Watch Project" {
		t.Errorf("CRWP read as %q", got["CRWP"])
	}
	if n := got["WUGs"]; n != "" && n != "water user groups" {
		t.Errorf("WUGs read as %q", n)
	}
}

// A sum whose own words say only what it buys is listed with the project
// its passage funds: "¥900 million ... for 300 mooring buoys" is the
// RBP's.
func TestFundingLineNamesItsProject(t *testing.T) {
	ix := mustOpen(t, nurseryPaper())
	a := amountNamed(ix, "¥900 million")
	if a == nil {
		t.Fatal("¥900 million not read")
	}
	if d := a.Describe(); !strings.Contains(d, "RBP") || !strings.Contains(d, "mooring buoys") {
		t.Errorf("funding line %q, want its purpose and its project", d)
	}
}
