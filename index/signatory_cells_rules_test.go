package index

import (
	"strings"
	"testing"
)

// addressingPaper tells of a network one country has signed the
// instrument of without yet being a member, and of a table of pilot towns
// whose cells are asked by their column's words.
func addressingPaper() Source {
	return Source{Name: "addressing.md", Text: paperHeader("Japan's Cooperation with ASEAN on Street Addressing", "May 2018") + `1. The Network

(1) The Addressing Forum

The ASEAN Addressing Forum (AAF) helps land and postal agencies share their address registers. Its Charter was signed in Manila on 2 March 2015 by four founding members: Indonesia, Malaysia, the Philippines and Thailand. Vietnam joined on 8 August 2016. Cambodia signed the Charter on 12 January 2018 but has not yet completed its ratification.

2. Pilot Towns

(1) Progress

Japan supports a pilot town in each of three countries:

  Country     Pilot city       Households mapped     Grant
  Laos        Pakse            61,000                ¥210 million
  Cambodia    Kampot           37,500                ¥180 million
  Myanmar     Taunggyi         under way             ¥250 million

Note: Households mapped are those in the national register at the end of March 2018.

The land survey of Pakse covered 1,850 hectares.
`}
}

// "Cambodia signed the Charter ... but has not yet completed its
// ratification" is a signatory, not a member: its own status, with the
// date it signed, and "no" to whether it is a member. Those who joined
// later are no answer to who signed the charter.
func TestSignatoryIsNotYetAMember(t *testing.T) {
	ix := mustOpen(t, addressingPaper())
	org := "ASEAN Addressing Forum (AAF)"
	expectMemberRows(t, membershipRows(ix),
		membershipRow{"Cambodia", org, StatusSigned, "12 January 2018"},
		membershipRow{"Vietnam", org, StatusJoined, "8 August 2016"},
	)
	for _, r := range membershipRows(ix) {
		if r.Country == "Cambodia" && r.Status != StatusSigned {
			t.Errorf("Cambodia also read as %q", r.Status)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"is cambodia a member of the aaf yet": "no",
		"has cambodia joined aaf":             "no",
	})
	if a := ix.Answer("which countries signed the aaf charter"); a.Found && a.Span == "Vietnam" {
		t.Errorf("who signed answered by who joined: %q", a.Text)
	}
}

// A table's cell is asked by its column's words, even a word the
// question's analysis takes for its frame ("city" asks where); a count
// asked of a column ("households mapped") is the cell's number; a size
// asked "how big" is a quantity, not a sum.
func TestTableCellsByTheirColumn(t *testing.T) {
	ix := mustOpen(t, addressingPaper())
	expectAnswers(t, ix, map[string]string{
		"laos pilot city":                        "Pakse",
		"how many households mapped in cambodia": "37,500",
		"how big was the pakse land survey":      "1,850 hectares",
	})
}

// A sum in a table's cell is listed with its row: "Grant: ¥210 million"
// alone does not say whose grant it is.
func TestRowSumsListedWithTheirRow(t *testing.T) {
	ix := mustOpen(t, addressingPaper())
	for _, sum := range []string{"¥210 million", "¥180 million"} {
		found := false
		for _, f := range ix.Funding() {
			if f.Amount == nil || f.Amount.Text != sum {
				continue
			}
			found = true
			if !strings.Contains(f.Text, f.Passage.Label+": Pilot city:") {
				t.Errorf("%s listed without its row: %q", sum, f.Text)
			}
		}
		if !found {
			t.Errorf("%s not listed", sum)
		}
	}
}

// depotPaper tells of depots whose openings were planned, put off and
// held at last, in a table and in sentences, and of a sum that is no loan.
func depotPaper() Source {
	return Source{Name: "depots.md", Text: paperHeader("Japan's Cooperation with Cambodia on Seed Depots", "March 2020") + `1. Seed Depots

(1) The Depots

Grant aid of ¥900 million builds three seed depots, as follows:

  Province     Depot            Opened                Grant
  Kandal       Ta Khmau         May 2018              ¥300 million
  Takeo        Angk Ta Saom     July 2019             ¥280 million
  Kampot       Chhuk            under construction    ¥320 million
  Svay Rieng   Sampov Meas      under construction    ¥210 million

The Chhuk depot was to open on 3 June 2019. The opening was put off owing to flooding of the access road from July to September 2019, and the depot is now expected to open in early 2020.

A fourth depot was built at Prey Veng with the remaining funds. The opening of the Prey Veng depot, first scheduled for 12 March 2019, was postponed owing to the late arrival of the cold rooms, and the depot finally opened on 30 April 2019.

(2) Seed Testing

Japan's contribution to the Seed Testing Project (STP) is ¥150 million over three years, for experts and equipment. Whether STP will continue beyond 2022 has not been decided.

(3) Seed Exchange

Japan will contribute US$80,000 a year to the Seed Exchange Network (SEN) from 2019 to 2021; its support after 2021 has not been decided.

(4) Next Steps

A grant of ¥400 million for a depot at Kratie has been appraised, but the Exchange of Notes has not yet been signed. Japan will consider signing the Exchange of Notes for the Kratie depot in FY2020. Japan has set aside ¥60 million for seed laboratories, but no funds have been disbursed. The seed bank at Kratie was to be ready by June 2019.
`}
}

// A plan of the past ("was to open on 3 June 2019") is no opening; nor is
// the date of the reason it was put off; nor another row's date, when
// the question names what one row alone holds. A date first scheduled
// is the original one, and one something "finally opened on" is when it
// did. A loan asked of a sum of no loan is not answered.
func TestPlansOfThePast(t *testing.T) {
	ix := mustOpen(t, depotPaper())
	// Chat spelling of "when".
	expectAnswers(t, ix, map[string]string{"wen will the chhuk depot open": "early 2020"})
	expectRefused(t, ix,
		"when did the chhuk depot open",
		"when did the sampov meas depot open",
		"how much will japan lend for the seed testing project",
		"how much will japan lend for stp",
	)
	expectAnswers(t, ix, map[string]string{
		"prey veng depot opening was originally set for when?": "12 March 2019",
		"when did the prey veng depot open":                    "30 April 2019",
		"when did the ta khmau depot open":                     "May 2018",
		"how much is japan contributing to stp":                "¥150 million",
	})
}

// A yes or no asked of what a sentence says is still to come is no: a
// signing Japan "will consider", a depot that "was to open", funds of
// which "no funds have been disbursed". What a sentence says is not
// decided is answered so, unless the deciding is what is asked.
func TestStillToComeAndUndecided(t *testing.T) {
	ix := mustOpen(t, depotPaper())
	expectAnswers(t, ix, map[string]string{
		"has the exchange of notes for the kratie depot been signed": "no",
		"is the chhuk depot open yet":                                "no",
		"is the seed bank at kratie ready yet":                       "no",
		"has the ¥60 million for seed laboratories been disbursed":   "no",
		"will stp continue after 2022":                               "Whether STP will continue beyond 2022 has not been decided.",
		"has it been decided whether stp continues beyond 2022":      "no",
	})
	expectRefused(t, ix,
		"when was the exchange of notes for the kratie depot signed",
		"how much will japan give sen after 2021",
	)
	expectAnswers(t, ix, map[string]string{"how much does japan give sen a year": "US$80,000"})
}

// A count's list of parts runs past a country whose name ends in "s"
// ("40 from Laos" is no count of "from Laos"): the parts after it are read
// too.
func TestCountListPastCountryInS(t *testing.T) {
	ix := mustOpen(t, Source{Name: "officers.md", Text: paperHeader("Japan's Cooperation on Customs Training", "June 2016") + `1. Training

Since 2012, 120 customs officers have been trained in Yokohama: 50 from Vietnam, 40 from Laos and 30 from the Philippines.
`})
	expectAnswers(t, ix, map[string]string{
		"how many customs officers from laos":            "40",
		"how many customs officers from the philippines": "30",
	})
}

// What a body is for is said in a sentence that names it ("PRAL ... was
// therefore set up in order to prepare pest risk analysis dossiers"),
// over one in its passage that only says the work is lacking ("Few of the
// five countries have the staff or equipment to prepare such analyses").
func TestPurposeOfTheBodyNamed(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "mofa-2003-02-japan-cooperation-mekong-plant-quarantine"))
	a := ix.Answer("what is PRAL for")
	if !a.Found || !strings.Contains(a.Span, "prepare pest risk analysis dossiers") {
		t.Errorf("what is PRAL for: %q", a.Text)
	}
}

// A body that kept its short form after a change of name is defined by
// it, when the short form's letters follow the name's in order, half of
// them as initials: "(JOGMEC)", "(CCOP)". Letters that do not follow the
// name define nothing.
func TestRenamedBodiesShortForms(t *testing.T) {
	ix := mustOpen(t, Source{Name: "minerals.md", Text: paperHeader("Japan's Cooperation on Minerals", "June 2023") + `1. Bodies

The Japan Organization for Metals and Energy Security (JOGMEC) surveys deposits in Laos. The Coordinating Committee for Geoscience Programmes in East and Southeast Asia (CCOP) has taken part in the survey network as an observer. The Mineral Resources Survey Office of Laos (XYZW) keeps the records.
`})
	got := acronymsOf(ix)
	for acr, name := range map[string]string{
		"JOGMEC": "Japan Organization for Metals and Energy Security",
		"CCOP":   "Coordinating Committee for Geoscience Programmes in East and Southeast Asia",
	} {
		if got[acr] != name {
			t.Errorf("%s: %q, want %q", acr, got[acr], name)
		}
	}
	if n, ok := got["XYZW"]; ok {
		t.Errorf("XYZW defined as %q", n)
	}
}

// What a sum is for runs to the end of a list of things ("for land, an
// access road and staff housing at Kampot"), but not into a clause after
// a comma (", and the provinces spent ...").
func TestPurposeListsRunToTheirEnd(t *testing.T) {
	ix := mustOpen(t, Source{Name: "posts.md", Text: paperHeader("Japan's Cooperation on Border Posts", "May 2012") + `1. Posts

The Government of Cambodia has put up KHR 8 billion for land, an access road and staff housing at Kampot. Japan provided ¥300 million for staff training, and the provinces spent KHR 2 billion on fuel.
`})
	for sum, want := range map[string]string{
		"KHR 8 billion": "land, an access road and staff housing at Kampot",
		"¥300 million":  "staff training",
	} {
		if a := amountNamed(ix, sum); a == nil || a.Purpose != want {
			t.Errorf("%s: purpose %q, want %q", sum, func() string {
				if a == nil {
					return "(not read)"
				}
				return a.Purpose
			}(), want)
		}
	}
}
