package index

import "testing"

// shoutedDoc defines a network first in a heading written in capitals,
// then in its text as names are written.
const shoutedDoc = "Report of the Meeting\n\n" +
	"VI. MEKONG NETWORK OF FLOOD TRAINING CENTRES (MNFTC)\n\n" +
	"22. Thailand reported on the Mekong Network of Flood Training Centres (MNFTC), which was established in Bangkok on 4 May 2016 by its founding members Thailand and Viet Nam.\n\n" +
	"23. Myanmar has taken part in the work of the Network as an observer since 2 March 2020.\n"

// The network is named as its text writes it, and "the network" of a
// question is that one.
func TestNameAsTheTextWritesIt(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: shoutedDoc})
	names := map[string]bool{}
	for _, o := range ix.Orgs() {
		names[o.Name] = true
	}
	if !names["Mekong Network of Flood Training Centres"] || names["MEKONG NETWORK OF FLOOD TRAINING CENTRES"] {
		t.Errorf("the network named as the heading shouts it: %v", names)
	}
	if a := ix.Answer("myanmar status in the network?"); !a.Found || a.Span != "observer" {
		t.Errorf("myanmar status in the network?: %q (found %v)", a.Span, a.Found)
	}
}
