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

// "Who co-finances X with Japan" of "co-financed by Japan, with ¥310
// million, and the European Union, with €2.5 million": the other one,
// though it is no country.
func TestWhoWithTheOneAsked(t *testing.T) {
	text := paperHeader("Partner Fixture", "September 2023") + "1. Data\n\n" +
		"The ASEAN Open Statistics Initiative (AOSI) was launched in mid-2021. It is co-financed by Japan, with ¥210 million, and the European Union, with €1.5 million.\n"
	ix := mustOpen(t, Source{Name: "partner.md", Text: text})
	expectAnswers(t, ix, map[string]string{"who co-finances aosi with japan": "European Union"})
}
