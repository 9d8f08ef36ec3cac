package index

import (
	"fmt"
	"testing"
)

func dumpAll(t *testing.T, ix *Index) {
	for _, r := range membershipRows(ix) {
		fmt.Printf("MEM %+v\n", r)
	}
	for _, a := range ix.x.amounts {
		d := ""
		if a.Date != nil {
			d = a.Date.Text
		}
		fmt.Printf("AMT %q verb=%q payer=%q date=%q\n", a.Text, a.Verb, a.Payer, d)
	}
	for _, p := range ix.x.purposes {
		fmt.Printf("PUR %q\n", p.Text)
	}
	fmt.Printf("PROJ %q\n", projectNames(ix.Projects()))
}

func ask(ix *Index, qs ...string) {
	for _, q := range qs {
		a := ix.Answer(q)
		fmt.Printf("Q %q -> found=%v span=%q text=%q\n", q, a.Found, a.Span, a.Text)
	}
}

func TestProbe1(t *testing.T) {
	text := "Flood Cooperation\n\nApril 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Mekong Flood Forecasting Network (MFFN)\n\n" +
		"Members of the Network:\n\n" +
		"  Country        Status (as of 1 April 2006)\n" +
		"  Laos           member\n" +
		"  Cambodia       observer\n\n" +
		"2. Emergency Grant Aid\n\n" +
		"On 28 December 2004, the Government of Japan decided to extend Emergency Grant Aid (US$4 million) to Indonesia.\n\n" +
		"3. Thailand Hospital\n\n" +
		"Japan contributed US$2 million in 2005, bringing its total contribution to the Thailand Hospital Project to US$10 million.\n\n" +
		"4. Visits\n\n" +
		"Thailand joined the Network on 9 August 2005. The Network opened its office in Bangkok on 1 October 2005. Myanmar joined on the same day as Thailand.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-flood.txt", Text: text})
	dumpAll(t, ix)
	for _, d := range ix.Documents() {
		for _, p := range d.Passages {
			fmt.Printf("P %s label=%q text=%q\n", p.Kind, p.Label, p.Text)
		}
	}
}
