package index

import (
	"strings"
	"testing"
)

// A body's setting up followed by "to" and a verb says what the body is
// for: "It was set up to train", "was created in the same year to pay
// for". A determiner after "to" makes it where the body opened, not why.
func TestLaunchedToIsAPurpose(t *testing.T) {
	ix := mustOpen(t, Source{Name: "launched-to.md", Text: paperHeader("Japan's Cooperation with ASEAN on Fisheries", "May 2005") + `1. The Fisheries Institute

The Fisheries Institute opened in Songkhla in 1999. It was established to train inspectors of fishing boats from the Mekong countries. The Boat Fund was created in the same year to pay for the inspectors' travel. The Net Library was opened to the public in 2001.
`})
	expectAnswers(t, ix, map[string]string{
		"why was the institute established": "to train inspectors of fishing boats from the Mekong countries",
		"why was the boat fund created?":    "to pay for the inspectors' travel",
	})
	if a := ix.Answer("why was the net library opened"); a.Found && a.Span == "to the public in 2001" {
		t.Errorf("a place the library opened to was given as its purpose: %q", a.Span)
	}
}

// "Set up" asks of a body launched or inaugurated as well as one
// established; "since" in an aside ("an observer since 1999") is no
// setting up.
func TestSetUpAsksOfALaunch(t *testing.T) {
	ix := mustOpen(t, Source{Name: "set-up.md", Text: paperHeader("Japan's Cooperation with ASEAN on Roads", "June 2010") + `1. The Road Safety Forum

The Road Safety Forum has its seat in Vientiane. It was inaugurated on 3 May 2008 with a view to halving road deaths in the Mekong countries by 2020. Korea, an observer since 2009, left the Forum on 1 April 2010 after ending its road programme.

2. The Bridge Network

The Bridge Network was launched in Hue in 2009 in order to share inspection data on river bridges.
`})
	expectAnswers(t, ix, map[string]string{
		"why was the forum set up":          "with a view to halving road deaths in the Mekong countries by 2020",
		"why was the bridge network set up": "in order to share inspection data on river bridges",
	})
}

// "Has it joined", "is it a member" name membership: an observer or a
// country that intends to join is a plain no, its status on the line.
// "Is it in the Centre" leaves the status as the answer.
func TestMembershipNamedIsAPlainNo(t *testing.T) {
	ix := mustOpen(t, Source{Name: "plain-no.md", Text: paperHeader("Japan's Cooperation with ASEAN on Ports", "June 2010") + `1. The Port Centre

The ASEAN Port Centre (APC) was established in Surabaya on 2 June 2005. Its members are Indonesia, Malaysia and Thailand. Vietnam participates as an observer. Laos has expressed its intention to join the Centre.
`})
	for q, want := range map[string]string{
		"has laos joined the apc yet":    "no",
		"is vietnam a member of the apc": "no",
		"is vietnam in the apc":          "observer",
	} {
		a := ix.Answer(q)
		if !a.Found || a.Span != want {
			t.Errorf("%q: found %v span %q (%s), want %q", q, a.Found, a.Span, a.Text, want)
		}
		if !strings.Contains(a.Text, "observer") && !strings.Contains(a.Text, "intends to join") {
			t.Errorf("%q: the line %q leaves out the status", q, a.Text)
		}
	}
}

// A body "set up to" do something is for that, over a purpose of a
// request in a later sentence.
func TestSetUpToIsAPurpose(t *testing.T) {
	doc := "The ASEAN Centre for Humanitarian Demining (ACHD) was set up to pool the region's demining expertise. At the second board meeting the members requested Japan to second two specialists, in order to build a shared database."
	checkRules(t, []ruleCase{
		{name: "set up to", doc: doc, q: "what is the achd for", span: "set up to pool the region's demining expertise"},
	})
}
