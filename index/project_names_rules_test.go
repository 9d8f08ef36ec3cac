package index

import (
	"slices"
	"strings"
	"testing"
)

// "the Exchange of Notes for the Luang Prabang Water Supply Expansion
// Project" names the project, not the notes; and the items of what a
// project delivered ("two distribution reservoirs", "47 kilometres of
// pipelines") are no projects.
func TestProjectNamesWithoutInstrumentsOrCounts(t *testing.T) {
	ix := mustOpen(t, Source{Name: "speech.txt", Text: "Remarks by the Ambassador\n\n" +
		"A long friendship\n\n" +
		"Following a preparatory survey, the Exchange of Notes for the Luang Prabang Water Supply Expansion Project (LPWSEP) was signed in Vientiane on 18 March 2013. The grant amounts to ¥2.37 billion.\n\n" +
		"What we hand over today\n\n" +
		"The project has delivered:\n" +
		"- the Nam Khan Water Treatment Plant, with a capacity of 24,000 cubic metres per day;\n" +
		"- two distribution reservoirs, at Ban Naxang and Ban Phonpheng;\n" +
		"- 47 kilometres of transmission and distribution pipelines; and\n" +
		"- a water quality laboratory.\n"})
	names := projectNames(ix.x.projects)
	if !slices.Contains(names, "Luang Prabang Water Supply Expansion Project (LPWSEP)") {
		t.Errorf("projects %q lack the LPWSEP by its own name", names)
	}
	for _, n := range names {
		if strings.HasPrefix(n, "Exchange of Notes") || strings.Contains(n, "reservoirs") || strings.Contains(n, "kilometres") {
			t.Errorf("%q listed as a project", n)
		}
	}
}
