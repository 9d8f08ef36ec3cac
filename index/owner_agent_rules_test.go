package index

import "testing"

// "hosted by Malaysia's Department of Environment": the country owns the
// agent; the body it names is who hosts.
func TestPossessiveCountryOwnsTheAgent(t *testing.T) {
	text := paperHeader("Agent Fixture", "June 2018") + "1. Forum\n\n" +
		"The Coastal Cleanup Forum (CCF) was founded in 2015. The Forum's secretariat is hosted by Malaysia's Marine Pollution Department in Putrajaya.\n"
	ix := mustOpen(t, Source{Name: "agent.md", Text: text})
	expectAnswers(t, ix, map[string]string{
		"who hosts the ccf secretariat": "Marine Pollution Department",
	})
}
