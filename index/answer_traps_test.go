package index

import (
	"strings"
	"testing"
)

// Questions that look answerable but are not are refused, and their honest
// neighbours still answered.
func TestTraps(t *testing.T) {
	doc := Source{Name: "traps-fixture.md", Text: `Traps Fixture

June 2015
Ministry of Foreign Affairs

1. Meetings

The ninth Board meeting was held in Da Nang on 21 August 2014. Ms. Mai Anh opened the meeting.

2. Grants

Japan provided grants of US$2 million to Laos and US$3 million to Cambodia, while Thailand was expressly excluded from the programme.

Some 40 nurses from Laos and Cambodia were trained, while Thailand was expressly excluded. In 2016 some 300 customs, port and railway officials completed courses at the Fund's three regional training centres. Traffic on the ferry rose from 1,200 vehicles a day in 2012 to 3,400 vehicles a day in 2015. The floods of 2015 displaced some 9,000 people. The new ferry terminal was 45 per cent complete at the end of May 2016 and is expected to open in March 2018.

3. Membership

Cambodia joined the Delta Forum in 2009. Myanmar intends to join the Delta Forum in 2016.

4. Loans

The loan for the Thanlyin Bridge was signed with the Ministry of Finance on 19 January 2018. The next Board meeting will be held in Thailand.

5. Centres

Japan will open two training centres, in Hanoi and Jakarta. Vietnam will meet half of the running costs of the Hanoi centre, some 90 billion dong a year.

The next steering committee is scheduled for May 2019; the previous steering committee met in Yangon on 4 March 2018.

Mr. Lim Boon Heng, Deputy Secretary-General of ASEAN, attended.

6. Relief

Korea gave KRW 300 million and Japan US$200,000 for rice for Laos, while Cambodia was not included in this release.

The Relief Facility will run from April 2016 to March 2019. Rice was distributed between 2 May 2016 and 30 June 2016. Japan and Australia founded the River Fund. From 2017 it will help farmers in Laos and Myanmar.

Delivery of the seed is due to begin on 1 May 2017 and to finish by 30 June 2017.

Under the Seed Programme, Japan provided US$2 million and Thailand, as co-donor, US$500,000 for training extension officers from Laos and Cambodia. The Leaders welcomed the pledge by Malaysia of RM 5 million for courses for officials of Laos and Myanmar.

7. Outline

Executing agency: Ministry of Water Resources
Contractor: Delta Builders Joint Venture
Co-financier: Asian Development Bank (ADB), southern section
Loan amount: ¥1.4 billion
Grant limit: ¥2.1 billion
Completion: December 2019
`}
	ix := mustOpen(t, doc)
	refused := []string{
		"when will the thanlyin bridge be finished",
		"which city will host the next board meeting",
		"who is the minister of finance",
		"how much did cambodia receive in 2009",
		"what was the grant budget for fy2016",
		"where is the 10th board meeting",
		"how much did thailand get",
		"when did myanmar join the delta forum",
		"what is mai anh's role",
		// The Hanoi centre's sum is not the Jakarta centre's.
		"what is the budget for the jakarta centre",
		// The statement after the semicolon is about the previous one.
		"where will the next steering committee be held",
		// A deputy does not hold the office itself.
		"who is the secretary-general of asean",
		// Left out of the release is not a recipient.
		"how much did korea give to cambodia",
		// Nor is a country excluded from a training counted in it.
		"how many nurses from thailand were trained",
		// Nor is a count over two countries together one's alone.
		"how many nurses from laos were trained",
		// A yes-or-no question about receiving is not answered by the
		// country's own gift, which would read as "yes".
		"is korea getting any of the rice",
	}
	expectRefused(t, ix, refused...)
	answered := map[string]string{
		"when was the thanlyin bridge loan signed":         "19 January 2018",
		"which country will host the next board meeting":   "Thailand",
		"where will the next board meeting be held":        "Thailand",
		"which countries were excluded from the programme": "Thailand",
		"where was the ninth board meeting held":           "Da Nang",
		"how much did laos get":                            "US$2 million",
		"when did cambodia join the delta forum":           "2009",
		"when will myanmar join the delta forum":           "2016",
		"what is the budget for the hanoi centre":          "90 billion dong",
		"when will the next steering committee meet":       "May 2019",
		"who is the deputy secretary general of asean":     "Mr. Lim Boon Heng",
		"when does the relief facility run":                "April 2016 to March 2019",
		"when will the relief facility finish":             "March 2019",
		"when did the relief facility start":               "April 2016",
		"when did the rice distribution finish":            "30 June 2016",
		// Who gives is not who gets: "Korea gave ... and Japan US$200,000
		// for rice for Laos, while Cambodia was not included".
		"which countries got rice in the release":             "Laos",
		"which countries does the river fund help":            "Laos, Myanmar",
		"how many nurses from laos and cambodia were trained": "40",
		"how many officials trained in 2016":                  "300",
		"how many vehicles a day in 2015":                     "3,400",
		"when will the ferry terminal open":                   "March 2018",
		"how many people did the floods displace":             "9,000",
		// The event word nearest a date says what it dates.
		"when will the seed delivery finish": "30 June 2017",
		"when will the seed delivery begin":  "1 May 2017",
		// An outline table's label names what its value is.
		"who was the contractor":      "Delta Builders Joint Venture",
		"who co-financed the outline": "Asian Development Bank",
		"what is the grant limit":     "¥2.1 billion",
		// Donors, written with their verb, after an aside or as an agent,
		// are not who gets.
		"which countries got the seed programme training": "Laos, Cambodia",
		"which countries get malaysias courses":           "Laos, Myanmar",
	}
	for q, want := range answered {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%q: found %v span %q, want %q", q, a.Found, a.Span, want)
		}
	}
	// Yes or no on who receives: an express exclusion says no.
	for q, want := range map[string]string{
		"does thailand get any of the grants?": "no",
		"did thailand receive a grant":         "no",
		"does laos get a grant?":               "yes",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%q: found %v span %q (%s), want %q", q, a.Found, a.Span, a.Text, want)
		}
	}
	if a := ix.Answer("what is mai anh's role"); a.Note == "" {
		t.Errorf("a role the documents do not give is refused without saying what they do say")
	}
}

// "For the Jalaur basin alone" asks a part: the total of both basins, in
// a sentence that does not name the basin, does not answer it; a sentence
// that names the part does, though it does not say "alone".
func TestPartAloneNeedsItsOwnSentence(t *testing.T) {
	ix := mustOpen(t, Source{Name: "part-alone.md", Text: "Procurement Notice\n\n15 February 2021\nJICA\n\n## Services\n\n" +
		"The consultant will serve the Bicol and Jalaur River Basins. " +
		"The services are estimated to require about 1,146 person-months, consisting of 312 person-months of international professionals and 834 person-months of national professionals. " +
		"The Bicol basin will take 700 person-months.\n"})
	if a := ix.Answer("how many person-months for the jalaur basin alone"); a.Found {
		t.Errorf("answered %q (%s)", a.Span, a.Text)
	}
	expectAnswers(t, ix, map[string]string{"how many person-months for the bicol basin alone": "700"})
}

// A meeting once planned and then held is past: the word nearest the date
// ("was finally held there on") says so, though "scheduled" stands
// earlier in the clause. And a number of graduates is no sum, so a "how
// much" question finds nothing to quote.
func TestPastAfterPlannedAndCountForSum(t *testing.T) {
	ix := mustOpen(t, Source{Name: "held-after-planned.md", Text: "Op-ed\n\nAugust 2022\nEmbassy of Japan\n\n" +
		"The regional ministerial meeting, first scheduled for Chiang Rai in November 2020, was postponed twice because of travel restrictions and was finally held there on 7 June 2022. " +
		"The two technical colleges bring Japan's model of technical education to Bangkok and will send their first 48 graduates into industry this year.\n"})
	expectRefused(t, ix, []string{
		"when is the next regional ministerial meeting",
		"how much did japan give the technical colleges",
	}...)
	expectAnswers(t, ix, map[string]string{
		"when was the regional ministerial meeting finally held": "7 June 2022",
		"how many graduates will the colleges send":              "48",
	})
}

// A place a question puts after "in" must be where the fact is: not a
// site the passage names after the fact, nor one the sentence drops, nor
// the country around it. And a sum split between two named payers gives
// neither the total: JAIF gave no yen.
func TestPlaceAfterFactAndSplitSum(t *testing.T) {
	ix := mustOpen(t, Source{Name: "place-after.md", Text: "Survey Report\n\nDecember 2019\nJETRO\n\n## Support\n\n" +
		"- **Mekong Skills Project (MSP).** The project runs courses at colleges in Savannakhet Province, Laos, and in Bavet, Cambodia. " +
		"Its total budget of ¥1.4 billion is shared between JICA, which provides ¥1.13 billion, and the Japan-ASEAN Integration Fund (JAIF), which contributes the equivalent of US$2.5 million. " +
		"By September 2019 it had trained 2,150 technicians. A third site planned in Phnom Penh was cancelled in July 2019.\n"})
	expectRefused(t, ix, []string{
		"how many technicians were trained in phnom penh",
		"how much did JAIF give in yen",
	}...)
	expectAnswers(t, ix, map[string]string{
		"how many technicians has the MSP trained": "2,150",
		"how much does JAIF contribute":            "US$2.5 million",
		"total budget of the MSP?":                 "¥1.4 billion",
	})
	for _, p := range ix.Projects() {
		for _, pl := range p.Places {
			if pl.Name == "Phnom Penh" {
				t.Errorf("%s: cancelled site Phnom Penh listed as a place", p.Name)
			}
		}
	}
}

// "The yen amount" asks yen as "in yen" does; "goes to Thailand" asks
// what Thailand gets, which a sum Thailand "instead contributes" is not;
// "fy2014" is no typo of the "FY2013" a document has, and "fy2018" finds
// its "fiscal year 2018"; a part "of which" is paid and dated as its whole.
func TestCurrencyNounReceiverAndFiscalYears(t *testing.T) {
	ix := mustOpen(t, Source{Name: "yen-amount.md", Text: "Minutes\n\nApril 2015\nHouse of Councillors\n\n## Disaster risk\n\n" +
		"The AHA Centre ICT upgrade is funded by JAIF with US$3.2 million. " +
		"Thailand instead contributes THB 15 million to the Disaster Initiative as a partner, and the European Union has added EUR 3 million. " +
		"In FY2013 alone, net disbursements to the five countries came to about ¥261 billion.\n\n## Transport\n\n" +
		"They welcomed Japan's commitment of ¥1.1 billion for the programme's fiscal year 2018 activities, of which 300 million yen will be channelled through the Japan-ASEAN Integration Fund (JAIF).\n"})
	expectRefused(t, ix, []string{
		"what's the yen amount for the AHA centre ICT upgrade",
		"how much disaster initiative money goes to thailand",
		"FY2014 disbursements to the five countries?",
	}...)
	expectAnswers(t, ix, map[string]string{
		"what's the dollar amount for the AHA centre ICT upgrade": "US$3.2 million",
		"how much does thailand contribute to the initiative":     "THB 15 million",
		"FY2013 disbursements to the five countries?":             "¥261 billion",
		"how much of japan's fy2018 commitment goes through jaif": "300 million yen",
	})
}

// A list asked in the negative ("which countries have no bilateral EPA")
// is not answered by a sentence that says the opposite of them.
func TestNegativeListAsked(t *testing.T) {
	ix := mustOpen(t, Source{Name: "negative-list.md", Text: "Survey\n\nDecember 2019\nJETRO\n\n## AJCEP\n\n" +
		"Most firms in Thailand, Indonesia and the Philippines prefer their country's bilateral EPA with Japan. " +
		"AJCEP use is highest among firms in Cambodia, Myanmar and Laos, since these three countries have no bilateral EPA with Japan.\n"})
	if a := ix.Answer("which countries have no bilateral EPA with japan"); a.Found && strings.Contains(a.Span, "Thailand") {
		t.Errorf("answered %q", a.Span)
	}
}
