package index

import (
	"slices"
	"strings"
	"testing"
)

// aspectsPaper has sub-headings on lines of their own, in title case:
// some name a thing ("Clean Cities, Circular Seas (3CS)", a network),
// others only an aspect of the thing before ("Secretariat and Results",
// "Purpose and Contributions").
const aspectsPaper = `Marine Debris Fixture

November 2021
Ministry of Foreign Affairs of Japan

Overview: Japan supports ASEAN on marine debris.

1. Recycling in Cities

(1) Clean Cities, Circular Seas (3CS)

Under this initiative, JICA helps city governments separate waste at source.

(2) Capacity Building and Requests

By September 2021, 146 technicians had been trained. For FY2022 Japan has requested ¥650 million in its budget.

2. Beach Surveys

(1) ASEAN Coastal Litter Survey Network (ACLSN)

The network was launched in Manila on June 12, 2019. It links national agencies.

(2) Secretariat and Results

The secretariat is hosted by the Department of Marine and Coastal Resources of Thailand in Bangkok, and its coordinator is Ms. Maria Cristina Dizon.

3. Blue Seas Fund

(1) Purpose and Contributions

Established on 1st April 2020, the Fund gives small grants. Contributions pledged to date total US$23 million:

  - Japan: US$15 million
  - Republic of Korea: USD 2.4 million

4. Other Funds

The following projects were funded in 2020:

  - Reef Rescue Project: US$3 million in April 2020
  - Republic of Korea: USD 1.1 million in May 2020

(2) Youth Caravan: a joint volunteer tour in August 2008, costing ¥150 million.
`

// A title-case sub-heading that names only an aspect carries the body
// of the one before to its paragraph, and names no project; a heading
// that is a name and its short form names one; a short form that counts
// a letter ("3CS") is spelt out; a label that is only a place is a donor,
// not a project; a label set off by a colon names its item whatever its
// words.
func TestTitleCaseAspectHeadings(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2021-11-debris.md", Text: aspectsPaper})
	names := projectNames(ix.Projects())
	for _, not := range []string{"Capacity Building and Requests", "Purpose and Contributions", "Secretariat and Results", "Republic of Korea"} {
		if slices.Contains(names, not) {
			t.Errorf("%q is listed as a project: %q", not, names)
		}
	}
	for _, want := range []string{"Clean Cities, Circular Seas (3CS)", "Youth Caravan"} {
		if !slices.Contains(names, want) {
			t.Errorf("%q is not listed as a project: %q", want, names)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"where's the aclsn secretariat": "Bangkok",
		"aclsn coordinator?":            "Ms. Maria Cristina Dizon",
		"what is 3cs short for":         "Clean Cities, Circular Seas",
	})
}

// A period labelled by a part of the work ("Survey period") does not say
// when the work asked of ends; the work's own range does.
func TestOtherPartsPeriodIsNoEnd(t *testing.T) {
	checkRules(t, []ruleCase{{
		name: "survey period",
		doc: "(1) Plastic Flux Monitoring Programme (PFMP)\n\nIt runs from 1 April 2020 to 31 March 2024 and is financed by JICA.\n\n(2) Results to Date\n\nThe first round covered three rivers.\n\n" +
			"  River          Country       Sites   Survey period          Items per hour\n" +
			"  Mekong         Vietnam         5     Jun 2020 - May 2021      410\n" +
			"  Saigon         Vietnam         3     Jun 2020 - May 2021      730\n" +
			"  Pasig          Philippines     3     Jun 2020 - May 2021      880\n\nNote: Figures are medians.\n",
		q: "pfmp end date", span: "31 March 2024",
	}})
}

// "It has not yet been signed" after a sentence that names the thing
// denies its signing: a yes-or-no question is answered no, and its date
// is not asked for; a short form typed for a name the document writes
// out ("moc") is that name.
func TestDenialByPronounAfterItsThing(t *testing.T) {
	doc := "The text of a Memorandum of Cooperation between PMDA and the ASEAN Secretariat was agreed in March 2010. It has not yet been signed; signature is expected at the second Dialogue."
	checkRules(t, []ruleCase{
		{name: "yes or no", doc: doc, q: "has the memorandum of cooperation between pmda and the asean secretariat been signed", span: "no"},
		{name: "typed short form", doc: doc, q: "has the pmda moc been signed", span: "no"},
		{name: "its date", doc: doc, q: "when was the memorandum of cooperation between pmda and the asean secretariat signed", span: ""},
	})
}

// A date after a denial of the act asked, in the same clause, is when
// it is expected, not when it was done: "the one for Myanmar has not yet
// been signed and is expected in late 2016" leaves "when was the
// agreement with myanmar signed" unanswered, though the one before it
// answers for Thailand.
func TestDenialBeforeTheDateInItsClause(t *testing.T) {
	doc := "The Loan Agreement for Thailand was signed in Bangkok on 3 May 2015. The one for Myanmar has not yet been signed and is expected in late 2016."
	checkRules(t, []ruleCase{
		{name: "denied", doc: doc, q: "when was the loan agreement for myanmar signed", span: ""},
		{name: "done", doc: doc, q: "when was the loan agreement for thailand signed", span: "3 May 2015"},
	})
}

// A paragraph under a sub-heading that names only an aspect ("(2)
// Costs and Staff") is the project's the sub-heading before named: its
// sums are the project's, though what a board there approves is not the
// project's status; a sub-heading that names work of its own by a
// project's noun ("(3) Third-country training") is not an aspect.
func TestAspectParagraphsBelongToTheProjectBefore(t *testing.T) {
	text := paperHeader("Centre Fixture", "November 2021") + "1. Knowledge\n\n" +
		"(1) Knowledge Centre for Ocean Plastics in ASEAN (KCOPA)\n\nThe Centre opened its doors in Jakarta on 22 January 2020.\n\n" +
		"(2) Costs and Staff\n\nJapan met the start-up cost of ¥380 million. A Governing Board meets once a year; at its third meeting it approved a work plan.\n\n" +
		"(3) Third-country training\n\nUnder the Japan-Thailand Partnership Programme (JTPP), launched in FY1998, courses are held in Thailand. The total cost was approximately ¥310 million.\n\n" +
		"(4) Costs\n\nThe third-country courses cost ¥45 million a year.\n"
	ix := mustOpen(t, Source{Name: "mofa-2021-11-centre.md", Text: text})
	var kcopa, jtpp *Project
	for _, pr := range ix.Projects() {
		switch {
		case strings.Contains(pr.Name, "KCOPA"):
			kcopa = pr
		case strings.Contains(pr.Name, "JTPP"):
			jtpp = pr
		}
	}
	if kcopa == nil || jtpp == nil {
		t.Fatalf("projects %q", projectNames(ix.Projects()))
	}
	if !slices.Contains(kcopa.Funding, "¥380 million") || slices.Contains(kcopa.Funding, "¥310 million") || slices.Contains(kcopa.Funding, "¥45 million") {
		t.Errorf("KCOPA funding %q", kcopa.Funding)
	}
	if kcopa.Status == "approved" {
		t.Errorf("KCOPA status %q: its board approved a work plan", kcopa.Status)
	}
	if !slices.Contains(jtpp.Funding, "¥310 million") {
		t.Errorf("JTPP funding %q", jtpp.Funding)
	}
}

// continuedPaper has a project's sub-heading over two paragraphs, a
// sub-heading that is a country's part ("Japan's Support") and one of a
// visit, then a section's own closing paragraph.
var continuedPaper = paperHeader("Continued Fixture", "May 2022") + "1. Social Protection\n\n" +
	"(1) Disability Identification and Social Assistance Project\n\n" +
	"JICA launched the Disability Identification and Social Assistance Project (DISAP) on 1st February 2021, with a Japanese contribution of JPY 480 million.\n\n" +
	"DISAP works with the Ministry of Social Affairs of Cambodia in Phnom Penh and in two pilot provinces: Siem Reap and Battambang. Ms. Yuko Tanabe, JICA Chief Advisor, leads a team of six experts.\n\n" +
	"(2) Japan's Support\n\nSo far Japan has provided US$6.4 million.\n\n" +
	"2. Forecasting\n\nThe Centre in Manila issues warnings. Mr. Ramon Cruz, Director of the Centre, opened it.\n"

// A paragraph after the first under a project's sub-heading, which the
// layout cites by its section alone, still tells of that project: its
// places, and the person it names with a role as one who works on it. A
// sub-heading of a country's part names no project, though it names a
// place; a person outside any project's text is no project's.
func TestSubheadingCoversItsLaterParagraphs(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2022-05-continued.md", Text: continuedPaper})
	var disap *Project
	for _, pr := range ix.Projects() {
		if strings.Contains(pr.Name, "DISAP") {
			disap = pr
		}
		if pr.Name == "Japan's Support" {
			t.Errorf("%q is listed as a project", pr.Name)
		}
		for _, w := range pr.Partners {
			if strings.Contains(w, "Cruz") {
				t.Errorf("%s lists %q, named outside it", pr.Name, w)
			}
		}
	}
	if disap == nil {
		t.Fatalf("no DISAP among %q", projectNames(ix.Projects()))
	}
	var places []string
	for _, pl := range disap.Places {
		places = append(places, pl.Name)
	}
	if !slices.Contains(places, "Siem Reap") {
		t.Errorf("DISAP places %q lack Siem Reap", places)
	}
	if !slices.Contains(disap.Partners, "Ms. Yuko Tanabe (JICA Chief Advisor)") {
		t.Errorf("DISAP partners %q lack its Chief Advisor", disap.Partners)
	}
}

// A project's places stand in for a sentence's own only when the project
// is in one country: the Exchange of Notes for the Vietnamese radars is
// not one for the Pathein radar, and a programme run in five countries
// has no Lao sum. A sub-heading that names one country speaks of it in
// the sentences under it that name no place but the document's own
// country.
func TestProjectPlacesAndHeadingCountry(t *testing.T) {
	const mofa = "Ministry of Foreign Affairs of Japan"
	radar := "2. Weather Radar\n\n(1) Coastal Doppler Radar Network Project\n\n" +
		"JICA launched the Coastal Doppler Radar Network Project (CDRNP) in 2014. It covers Quy Nhon, Vietnam and Pathein, Myanmar.\n\n" +
		"(2) Financing\n\nThe Exchange of Notes for a grant of ¥2.45 billion was signed in Tokyo on February 4, 2016. For the Pathein radar, a grant of about ¥1.6 billion is under consideration.\n"
	cities := "2. Accessible Cities\n\n(1) Inclusive Cities Accessibility Programme\n\n" +
		"The Inclusive Cities Accessibility Programme (ICAP) runs in Yogyakarta, Indonesia, Da Nang, Vietnam and Luang Prabang, Laos. Japan's contribution is up to ¥1.35 billion.\n\n" +
		"(2) Portable terminal for Lao PDR\n\nThe Government asked for a receiving terminal. Japan responded with grant aid of up to ¥20 million.\n"
	checkRules(t, []ruleCase{
		{name: "own place", doc: radar, q: "when was the exchange of notes for the pathein radar signed", span: "", publisher: mofa},
		{name: "own place kept", doc: radar, q: "when was the exchange of notes for the radars signed in tokyo", span: "February 4, 2016", publisher: mofa},
		{name: "several countries", doc: cities, q: "how much is japan giving for the laos disability id project", span: "", publisher: mofa},
		{name: "heading country", doc: cities, q: "how much was the grant for the lao terminal", span: "¥20 million", publisher: mofa},
	})
}

// The places an aspect's sub-heading of a project lists as items are the
// project's places.
func TestAspectListsTheProjectsPlaces(t *testing.T) {
	text := paperHeader("Sites Fixture", "November 2017") + "1. Weather Radar\n\n(1) Coastal Doppler Radar Network Project\n\n" +
		"JICA launched the Coastal Doppler Radar Network Project (CDRNP) in 2014 to install radars.\n\n" +
		"(2) Radar Stations\n\nCDRNP covers the following sites:\n\n  1. Virac, Catanduanes Province, the Philippines\n  2. Quy Nhon, Binh Dinh Province, Vietnam\n\n" +
		"(3) Other Work\n\nThe Bureau trains forecasters in Manila.\n"
	ix := mustOpen(t, Source{Name: "mofa-2017-11-sites.md", Text: text})
	for _, pr := range ix.Projects() {
		if !strings.Contains(pr.Name, "CDRNP") {
			continue
		}
		var places []string
		for _, pl := range pr.Places {
			places = append(places, pl.Name)
		}
		if !slices.Contains(places, "Catanduanes") || !slices.Contains(places, "Bình Định") {
			t.Errorf("CDRNP places %q lack its sites' provinces", places)
		}
		return
	}
	t.Fatalf("no CDRNP among %q", projectNames(ix.Projects()))
}
