package index

import (
	"strings"
	"testing"
)

// calledOffPaper has a tender called off and not yet issued again, a
// table of what is in service, and a contribution whose part the next
// sentence takes "of this amount".
func calledOffPaper() Source {
	return Source{Name: "calledoff.md", Text: paperHeader("Japan's Cooperation with ASEAN on Clean Transport", "November 2022") + `1. Charging

(1) ASEAN Urban Charging Demonstration (AUCD)

The AUCD has opened public charging stations in three capitals:

  City            Stations   Opened
  Bangkok         24         15 January 2021
  Hanoi           12         20 October 2021
  Phnom Penh      6          1 August 2022

(2) Cancelled Tender

A tender for 35 charging stations along the highway between Surabaya and Malang, issued on 14 March 2022 with a budget of US$9.5 million, was cancelled on 2 July 2022 because every bid exceeded the budget. A revised tender has not yet been issued.

(3) Future Steps

  - Japan will consider supporting a revised Surabaya-Malang charging tender once new cost estimates are available.
  - The revised cost estimates are expected in early 2023.

2. Battery Safety

In January 2021 Japan made a contribution of $2,400,000 to UNIDO for the Battery Safety Programme (BSP), which is run from Bangkok. Of this amount, USD 640,000 was used to buy fire-safe storage for the Bangkok battery depot.
`}
}

// A date of the first tender does not say when the revised one, which
// the paper says has not yet been issued, was; nor does the paper's own
// date, since "issued" asks of the tender, not of the paper.
func TestRevisedTenderNotYetIssued(t *testing.T) {
	ix := mustOpen(t, calledOffPaper())
	expectRefused(t, ix, "when was the revised surabaya-malang charging tender issued")
	expectAnswers(t, ix, map[string]string{
		"when was the surabaya-malang charging tender issued": "14 March 2022",
		"when was this paper published":                       "November 2022",
	})
}

// A count of things called off says nothing of how many are in service,
// though it still says how many the tender was for.
func TestCalledOffCountIsNotInService(t *testing.T) {
	ix := mustOpen(t, calledOffPaper())
	expectRefused(t, ix, "how many aucd charging stations are open in surabaya")
	if a := ix.Answer("how many charging stations was the surabaya tender for"); !a.Found || !strings.Contains(a.Span, "35") {
		t.Errorf("stations of the tender: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}

// "Japan made a contribution of $2,400,000" names Japan as payer, and
// the part "of this amount" in the sentence after is Japan's too: neither
// answers what Thailand, where the programme is run, contributed.
func TestContributionMadeAndItsPart(t *testing.T) {
	ix := mustOpen(t, calledOffPaper())
	var payer string
	for _, am := range ix.x.amounts {
		if am.Text == "$2,400,000" {
			payer = am.Payer + " " + am.Verb
		}
	}
	if payer != "Japan contributed" {
		t.Errorf("payer and verb of $2,400,000: %q", payer)
	}
	expectRefused(t, ix, "how much did thailand contribute to the bsp")
	expectAnswers(t, ix, map[string]string{
		"how much did japan contribute to the bsp": "$2,400,000",
	})
}
