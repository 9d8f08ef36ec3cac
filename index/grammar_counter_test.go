package index

import (
	"strings"
	"testing"
)

// A town before ", near" a known town across a border is not in the
// known town's country.
func TestCounterNearPlaceAcrossBorder(t *testing.T) {
	ix := mustOpen(t, Source{Name: "border.md", Text: paperHeader("Japan's Cooperation with ASEAN on Border Trade", "March 2012") + `1. Dry Ports

(1) A dry port was opened at Poipet, near Aranyaprathet, in January 2011 with a grant of ¥420 million.

(2) A customs yard was built at Chong Mek, close to Pakse, in 2010.
`})
	for _, pl := range ix.x.places {
		if pl.Name == "Poipet" && pl.Country == "Thailand" {
			t.Errorf("Poipet placed in Thailand from %q", pl.AsWritten)
		}
		if pl.Name == "Chong Mek" && pl.Country == "Laos" {
			t.Errorf("Chong Mek placed in Laos from %q", pl.AsWritten)
		}
	}
}

// A body's heading asked is not answered by a group "led by" someone
// that only visited it.
func TestCounterLedByAnotherGroup(t *testing.T) {
	ix := mustOpen(t, Source{Name: "led.md", Text: paperHeader("Japan's Cooperation with ASEAN on Seed Banks", "June 2011") + `1. The ASEAN Rice Seed Centre

The ASEAN Rice Seed Centre (ARSC) was established in Los Banos in 2008. A JICA survey mission led by Mr. Kenji Harada visited the Centre in May 2010 to review its cold stores.
`})
	expectRefused(t, ix, "who heads the rice seed centre?", "who directs the arsc")
}

// A status-only line in a list whose lead names no body, or speaks only
// of a meeting's member countries, is not a status in the body an
// earlier paragraph spoke of.
func TestCounterLabelledStatusWrongBody(t *testing.T) {
	for _, lead := range []string{"Participation was as follows:", "Delegations from member and partner countries were as follows:"} {
		ix := mustOpen(t, Source{Name: "labelled.md", Text: paperHeader("Japan's Cooperation with ASEAN on Dams", "June 2011") + `1. Dam Safety

Vietnam joined the ASEAN Flood Data Network (AFDN) in 2009.

The Mekong Dam Safety Workshop was held in Vientiane in March 2011. ` + lead + `

  • - Laos: host
  • - China: observer
`})
		for _, m := range ix.x.memberships {
			if m.Country == "China" {
				t.Errorf("China made %s of %s from %q", m.Status, m.Org, m.Sentence)
			}
		}
	}
}

// A future or intended joining is not answered with a bare "no".
func TestCounterWillJoinIsNotNo(t *testing.T) {
	ix := mustOpen(t, Source{Name: "willjoin.md", Text: paperHeader("Japan's Cooperation with ASEAN on Ports", "June 2010") + `1. The Port Centre

The ASEAN Port Centre (APC) was established in Surabaya on 2 June 2005. Its members are Indonesia, Malaysia and Thailand. Laos has expressed its intention to join the Centre. Myanmar has been invited to join the Centre.
`})
	for _, q := range []string{"will laos join the apc?", "is laos expected to join the apc", "has myanmar been asked to join the apc?", "will laos become a member of the apc", "has myanmar been asked to become a member of the apc"} {
		if a := ix.Answer(q); a.Found && a.Span == "no" {
			t.Errorf("%q: bare no (%s)", q, a.Text)
		}
	}
}

// "Opened to traffic" is where a bridge opened to, not why.
func TestCounterOpenedToTrafficNoPurpose(t *testing.T) {
	ix := mustOpen(t, Source{Name: "bridge.md", Text: paperHeader("Japan's Cooperation with ASEAN on Bridges", "June 2010") + `1. The Tonle Kong Bridge

The Tonle Kong Bridge was built with a grant of ¥2.1 billion. The bridge was opened to traffic on 8 April 2010. The ferry terminal was opened to all vessels in 2011.
`})
	for _, q := range []string{"why was the tonle kong bridge opened?", "why was the ferry terminal opened"} {
		if a := ix.Answer(q); a.Found && (strings.HasPrefix(a.Span, "to traffic") || strings.HasPrefix(a.Span, "to all vessels")) {
			t.Errorf("%q: purpose %q", q, a.Span)
		}
	}
}

// A table's one figure under a column that counts something else does
// not count the row's label.
func TestCounterOneFigureRowOtherColumn(t *testing.T) {
	ix := mustOpen(t, Source{Name: "served.md", Text: paperHeader("Japan's Cooperation with ASEAN on Flood Control", "May 2011") + `1. Pumps

Japan financed mobile pumps for the Mekong provinces:

  Item                 Provinces served
  Mobile pumps         14
  Sandbag machines     6
`})
	for _, q := range []string{"how many mobile pumps did japan finance?", "how many sandbag machines were bought"} {
		if a := ix.Answer(q); a.Found {
			t.Errorf("%q: %q, a count of provinces", q, a.Text)
		}
	}
}

// An appointment past another person's name is not that person's.
func TestCounterAppointedPastAnotherName(t *testing.T) {
	ix := mustOpen(t, Source{Name: "appointed2.md", Text: paperHeader("Japan's Cooperation with ASEAN on Livestock", "April 2004") + `1. The Vaccine Board

The board met in Hanoi on 3 May 2003. The meeting was opened by Mr Ken Abe, and Dr Lan Pham, a Vietnamese professor, was elected as the first Chairperson of the board. On 9 May Mr Sato Jun, with Dr Vu Minh, a lecturer, was named as Secretary of the board. Mr Ito Ren, and the Lao delegate, a professor, was elected as Coordinator of the board.
`})
	for _, nr := range namesAndRoles(ix) {
		if (strings.Contains(nr.Name, "Ken Abe") || strings.Contains(nr.Name, "Sato Jun") || strings.Contains(nr.Name, "Ito Ren")) && nr.Role != "" {
			t.Errorf("%s given role %q", nr.Name, nr.Role)
		}
	}
	if a := ix.Answer("who is ken abe?"); strings.Contains(a.Text, "Chairperson") {
		t.Errorf("who is ken abe: %q", a.Text)
	}
}

// "due to" and "will" open no verb to come when the clause's own verb,
// past, follows them.
func TestCounterDueToIsNoPlan(t *testing.T) {
	ix := mustOpen(t, Source{Name: "dueto.md", Text: paperHeader("Japan's Cooperation with ASEAN on Bridges", "May 2012") + `1. The Tonle Kong Bridge

Work on the Tonle Kong Bridge was delayed due to floods and finished in March 2011. The toll station that will serve the bridge was completed in May 2011.
`})
	expectAnswers(t, ix, map[string]string{
		"when was the tonle kong bridge completed?": "March 2011",
		"when was the toll station finished?":       "May 2011",
	})
}

// Shorthand that ends on a role is not always a person question.
func TestCounterWhichCountryHoldsChair(t *testing.T) {
	ix := mustOpen(t, Source{Name: "chair.md", Text: paperHeader("Japan's Cooperation with ASEAN on Flood Data", "May 2011") + `1. The Flood Data Network

The ASEAN Flood Data Network (AFDN) was set up in 2009. Thailand holds the chair of the AFDN for 2011. Mr. Somsak Rattana of the Royal Irrigation Department is its Coordinator.
`})
	expectAnswers(t, ix, map[string]string{"which country holds the chair?": "Thailand"})
}
