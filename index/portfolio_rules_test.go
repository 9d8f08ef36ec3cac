package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A minister's portfolio between the role and the name ends where its
// words do: the name after "Vice-Minister for Foreign Affairs" is a person
// with the whole title as role, and "who visited" is answered with the one
// who visited, not with the leader of a team named in the sentence before.
func TestNameAfterPortfolio(t *testing.T) {
	ix := mustOpen(t, Source{Name: "portfolio.md", Text: paperHeader("Portfolio Fixture", "March 2005") + `1. Visits

(1) A medical team of 20 members, led by Dr. Emi Sato, worked in Medan from 3rd to 17th January 2005.

(2) Parliamentary Vice-Minister for Foreign Affairs Jiro Tanabe visited Medan and Krabi from 9th to 12th February 2005. Vice-Minister of Public Works and Transport Somsak Phan received him in Vientiane.
`})
	got := namesAndRoles(ix)
	want := []nameRole{
		{"Emi Sato", ""},
		{"Jiro Tanabe", "Parliamentary Vice-Minister for Foreign Affairs"},
		{"Somsak Phan", "Vice-Minister of Public Works and Transport"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("people (-want +got):\n%s", d)
	}
	if a := ix.Answer("who visited medan"); !a.Found || a.Span != "Jiro Tanabe" {
		t.Errorf("who visited medan: found=%v span %q, want Jiro Tanabe", a.Found, a.Span)
	}
}

// The part a question names by the word that describes it alone is the
// answer, not the total it is part of: "of which US$30 million is
// bilateral".
func TestPartNamedByItsComplement(t *testing.T) {
	ix := mustOpen(t, Source{Name: "parts.md", Text: paperHeader("Parts Fixture", "March 2005") + `1. Pledges

At the leaders' meeting held in Jakarta on 6 January 2005, Japan announced up to US$50 million in grant aid for the affected countries, of which US$30 million is bilateral and US$20 million is channelled through international organizations.
`})
	expectAnswers(t, ix, map[string]string{
		"of the jakarta pledge how much was bilateral":      "US$30 million",
		"how much goes through international organizations": "US$20 million",
		"how much did japan pledge in jakarta":              "US$50 million",
	})
}

// A role said after an aside ("Mr. X, formerly of the JCG, serves as the
// first Executive Director of the Centre") is the person's; "of the
// Centre" in a section about the asked centre is of that centre, and
// "who heads it" asks for the holder of a role at its head, not the chair
// it does not name.
func TestHeadOfTheCentre(t *testing.T) {
	ix := mustOpen(t, Source{Name: "heads.md", Text: paperHeader("Heads Fixture", "November 2004") + `1. Regional Piracy Information Centre (RPIC)

(1) RPIC was inaugurated in Singapore on 29 March 2004.

(2) Japan contributed US$1.8 million toward the establishment of the Centre. Mr. Goro Hayashi, formerly of the Japan Coast Guard (JCG), serves as the first Executive Director of the Centre and is assisted by 4 analysts.
`})
	got := namesAndRoles(ix)
	if d := cmp.Diff([]nameRole{{"Goro Hayashi", "Executive Director of the Centre"}}, got); d != "" {
		t.Errorf("people (-want +got):\n%s", d)
	}
	expectAnswers(t, ix, map[string]string{
		"who is the executive director of rpic": "Mr. Goro Hayashi",
		"who heads rpic?":                       "Mr. Goro Hayashi",
	})
	expectRefused(t, ix, "who chairs rpic")
}
