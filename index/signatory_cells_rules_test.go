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
