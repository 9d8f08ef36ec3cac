package index

import (
	"slices"
	"strings"
	"testing"
)

// The counted noun standing by another figure of the same sentence says
// nothing of which count is asked: the sentence that names the asked
// programme beside its count wins over one that repeats the noun.
func TestCountedNounRepeated(t *testing.T) {
	doc := "In FY2010, 312 candidates arrived in Japan, of whom 78 were nurse candidates. In order to raise the pass rate, the Government of Japan launched the Pre-Arrival Japanese Language Programme (PAJLP) on 1 April 2011. Under the PAJLP, six months of language training is provided in the home country to up to 400 candidates per year."
	checkRules(t, []ruleCase{
		{name: "the programme's count", doc: doc, q: "how many candidates per year under PAJLP", span: "up to 400"},
		{name: "the arrivals", doc: doc, q: "how many candidates arrived in japan in fy2010", span: "312"},
	})
}

// "312 trainees, 86 of them from Laos and 41 from Myanmar": the parts
// count the whole's noun, and the one whose own words the question names
// answers it; past a verb, "of them" is no part of the count right
// before, whose noun it would wrongly take.
func TestPartsOfThem(t *testing.T) {
	doc := "By the end of February 2012 the Regional Training Programme (RTP) had run 14 courses for 312 trainees, 86 of them from Laos and 41 from Myanmar."
	checkRules(t, []ruleCase{
		{name: "a part", doc: doc, q: "how many RTP trainees were from Laos", span: "86"},
		{name: "the other part", doc: doc, q: "how many rtp trainees came from myanmar", span: "41"},
		{name: "the whole", doc: doc, q: "how many rtp trainees in all", span: "312"},
	})
	ix := mustOpen(t, Source{Name: "r.md", Text: paperHeader("Title", "May 2013") + "1. Facts\n\nBy the end of March 2013, 412 officers from all ten ASEAN member states had completed courses there; 158 of them were women.\n"})
	for _, c := range ix.x.counts {
		if c.Value == 158 && c.Noun != "officers" {
			t.Errorf("158 counted as %q", c.Noun)
		}
	}
}

// A part of people counted with no noun of its own ("34 of them were
// women", "of whom 27 came from ...") is of the people counted before
// it, not of the countries they came from; the question that names the
// part's own words gets it, the one that does not the whole.
func TestPartsOfPeopleAfterPlaces(t *testing.T) {
	them := "The 90 trainees of the Regional Tax Audit Training Centre (RTATC) came from eight member countries, and 34 of them were women."
	whom := "At the Hanoi meeting of the Public Finance Dialogue, 112 officials took part, of whom 27 came from provincial finance departments."
	checkRules(t, []ruleCase{
		{name: "of them", doc: them, q: "how many of the rtatc trainees were women", span: "34"},
		{name: "its whole", doc: them, q: "how many rtatc trainees were there", span: "90"},
		{name: "of whom", doc: whom, q: "how many of the hanoi dialogue officials were from provincial finance departments", span: "27"},
		{name: "whom's whole", doc: whom, q: "how many officials took part in the hanoi meeting", span: "112"},
		// A word of the heading the part stands under ("finance") is the
		// whole's as much as the part's.
		{name: "heading's word", doc: "(1) Regional Tax Audit Training Centre (RTATC)\n\nThe Centre opened in 2007.\n\n(2) Japan-ASEAN Public Finance Dialogue\n\nThe Dialogue meets once a year. At the Hanoi meeting, 112 officials took part, of whom 27 came from provincial finance departments.", q: "how many officials at the hanoi public finance dialogue", span: "112"},
	})
	// Two wholes, each with its part: the second part is of the second
	// whole, the nearest before it, though the first part was read later.
	two := "By 2020, 180 nurses had finished the course, of whom 61 were men, together with 75 midwives, of whom 12 were over fifty."
	ix := mustOpen(t, Source{Name: "r.md", Text: paperHeader("Title", "March 2010") + "1. Facts\n\n" + them + "\n\n2. More\n\n" + two + "\n"})
	for _, c := range ix.x.counts {
		if c.Value == 34 && c.Noun != "trainees" {
			t.Errorf("34 counted as %q", c.Noun)
		}
		if c.Value == 12 && c.Noun != "midwives" {
			t.Errorf("12 counted as %q", c.Noun)
		}
	}
	// Its own words are its own though the first part said them too.
	two = "By 2020, 180 nurses had finished the course, of whom 61 were men, together with 75 midwives, of whom 14 were men."
	checkRules(t, []ruleCase{
		{name: "second part", doc: two, q: "how many of the midwives were men", span: "14"},
		{name: "first part", doc: two, q: "how many of the nurses were men", span: "61"},
	})
}

// A number joined to a word by a hyphen ends a name ("COVID-19",
// "Himawari-8"): it counts nothing.
func TestNumberInANameCountsNothing(t *testing.T) {
	ix := mustOpen(t, Source{Name: "r.md", Text: paperHeader("Title", "May 2022") + "1. Facts\n\nMany could not receive the COVID-19 cash transfers. The Centre asked for Himawari-8 target-area observations over the sea. It trained 40 forecasters.\n"})
	for _, c := range ix.x.counts {
		if c.Value == 19 || c.Value == 8 {
			t.Errorf("%s counted as %q", c.Text, c.Noun)
		}
	}
	if !slices.ContainsFunc(ix.x.counts, func(c Count) bool { return c.Value == 40 }) {
		t.Errorf("40 forecasters not counted: %v", ix.x.counts)
	}
}

// "486 drivers and engineers, of whom 132 were train drivers": the part
// counts its kind of the whole's noun, and answers a question that names
// that kind, by the word as written ("trained" asks no "train drivers");
// "of whom 84 are themselves persons with disabilities" still counts the
// whole's assessors.
func TestPartThatIsAKindOfTheWhole(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2013-04-rail.txt", Text: paperHeader("Urban Rail", "April 2013") + `1. Safety Training

By the end of FY2012, the ASEAN Railway Safety Training Programme (ARSTP) had trained 486 drivers and engineers, of whom 132 were train drivers and 57 took part of their course in Japan.

2. Disability Assessment

By the end of March 2022, 310 assessors had been trained, of whom 84 are themselves persons with disabilities.
`})
	expectAnswers(t, ix, map[string]string{
		"how many of the arstp trainees were train drivers": "132",
		"how many train drivers has arstp trained":          "132",
		"how many drivers and engineers has arstp trained":  "486",
		"how many assessors are persons with disabilities":  "84",
	})
}

// "about 9,400 diesel and petrol city buses" counts buses though two
// modifiers joined by "and" stand before the noun; the count over "three
// cities: A, B and C" is none of another city's.
func TestCountWithJoinedModifiersOverPlaces(t *testing.T) {
	text := paperHeader("Buses Fixture", "June 2016") + "1. Transport\n\n" +
		"JICA and the Government of the Philippines signed a loan agreement in Manila for the Clean Bus Project (CBP). The project will replace about 9,400 diesel and petrol city buses with electric buses in three cities: Quezon City, Cebu City and Davao City.\n"
	ix := mustOpen(t, Source{Name: "buses.md", Text: text})
	expectAnswers(t, ix, map[string]string{"how many city buses will cbp replace": "9,400"})
	expectRefused(t, ix, "how many buses will cbp replace in manila")
}

// "... USD 900,000 funded the Sports Science Fellowship. Under the
// Fellowship, 52 young researchers ...": the name by its head alone is the
// one the sentence before gave, not another body whose name shares the
// question's words ("ASEAN Sports Science Network").
func TestNameByItsHeadAfterItsFullName(t *testing.T) {
	ix := mustOpen(t, Source{Name: "fellows.md", Text: paperHeader("Japan's Cooperation with ASEAN on Sport", "April 2017") + `1. Sports Science

The ASEAN Sports Science Network (ASSN) links national sports institutes. Japan has provided US$4.2 million, of which USD 900,000 funded the Sports Science Fellowship. Under the Fellowship, 52 young researchers have spent three to twelve months at Japanese universities, of whom 19 were women.
`})
	if a := ix.Answer("how many young researchers got the sports science fellowship"); !a.Found || !strings.HasPrefix(a.Span, "52") {
		t.Errorf("fellows: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}

// A part after "of whom" with its verb, then parts that leave the verb
// and the noun out ("185 in the Philippines and 145 in Vietnam"), each
// count the whole's noun in its own place; "in Laos" ends in "s" but is
// no noun of its own. A figure set against a count ("up from 9,800 at
// the previous fair") is no part of it.
func TestGappedPartsByPlace(t *testing.T) {
	ix := mustOpen(t, Source{Name: "gapped.md", Text: paperHeader("Japan's Cooperation with ASEAN on Building Safety", "October 2011") + `1. Inspector Training

Since FY2009 the code project has held in-country courses for municipal building inspectors. By the end of September 2011, 540 inspectors had been trained, of whom 210 were in Indonesia, 185 in the Philippines and 145 in Vietnam.

In 2010, 90 engineers were trained, 30 in Laos and 60 in Cambodia.

2. Public Awareness

The Safe Homes Fair took place at the Bangkok convention centre in October 2011. It drew some 12,400 visitors, up from 9,800 at the previous fair, and builders sold about 700 retrofit kits on site.
`})
	expectAnswers(t, ix, map[string]string{
		"how many inspectors were trained in indonesia":       "210",
		"how many inspectors were trained in the philippines": "185",
		"how many inspectors were trained in vietnam":         "145",
		"how many inspectors were trained":                    "540",
		"how many engineers were trained in laos":             "30",
		"how many visitors at the safe homes fair":            "12,400",
	})
}

// A count's noun may be a short unit ("2,750 ha", "28 km"), in a
// per-country list of places; "hectares" asks it in full, and "km" a
// count in kilometres.
func TestCountInShortUnits(t *testing.T) {
	ix := mustOpen(t, Source{Name: "units.txt", Text: paperHeader("Japan's Cooperation with ASEAN on Small Irrigation", "June 2004") + `1. Area Served

The area served by schemes rehabilitated with Japanese assistance was as follows at the end of March 2004:

Cambodia: Takeo Province 3,200 ha; Battambang Province 2,750 ha
Laos: Vientiane Capital 1,640 ha; Champasak Province 1,180 ha

2. Canals

Under the project, 28 km of main canals were lined in Takeo Province.

(b) Distribution network: some 64 kilometres of pipes will be laid to two districts, allowing about 18,000 new household connections.
`})
	expectAnswers(t, ix, map[string]string{
		"how many ha irrigated in battambang":                   "2,750 ha",
		"how many hectares are irrigated in champasak province": "1,180 ha",
		"how many km of canals were lined":                      "28 km",
	})
	if a := ix.AnswerFollowUp("how many ha are irrigated in takeo province", "and champasak?"); !a.Found || a.Span != "1,180 ha" {
		t.Errorf("follow-up: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}

// Whoever a sentence says were trained are trainees, whatever their noun
// ("has trained 186 microfinance supervisors"), and so is a part of them.
func TestTrainedAreTrainees(t *testing.T) {
	ix := mustOpen(t, Source{Name: "trained.md", Text: paperHeader("Japan's Cooperation with ASEAN on Microfinance", "February 2019") + `1. Supervisors

The Regional Microfinance Supervisors Course (RMSC) was launched in Manila on 17 October 2016. To date RMSC has trained 186 microfinance supervisors, of whom 44 came from Myanmar, where some 170 microfinance institutions hold licences.
`})
	expectAnswers(t, ix, map[string]string{
		"how many of the rmsc trainees were from myanmar": "44",
		"how many rmsc trainees":                          "186",
	})
}
