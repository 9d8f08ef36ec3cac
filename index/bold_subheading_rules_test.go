package index

import (
	"slices"
	"strings"
	"testing"
)

// whitePaperSection is a country section that sets its numbered project
// sub-headings in bold on lines of their own, with paragraphs under each
// that name the project only by its short form or not at all.
func whitePaperSection() Source {
	return Source{Name: "section.md", Text: "# Development Cooperation 2016 (excerpt)\n\n## Laos\n\nLaos has grown fast, yet many villages still lack power and roads.\n\n### Major Projects\n\n" +
		"**(1) Northern Grid Extension Project (NGEP)**\n\n" +
		"On 4 May 2015, the Government of the Lao People's Democratic Republic requested Japan to extend the grid to villages in the north. The loan agreement, which provides up to ¥9.4 billion, was signed in Vientiane on 2 March 2016.\n\n" +
		"The project covers Luang Prabang and Attapeu Provinces. It will build 14 substations and connect 180 villages. The Lao side will bear the cost of land, taxes and administration from its own budget, estimated at 96 billion kip. Sekong Province, although it was named in the request, is not covered by the loan because its roads could not be surveyed. Whether a second phase covering Sekong Province will follow has not yet been decided.\n\n" +
		"**(2) Vientiane Technicians Training Centre (VTTC) Project**\n\n" +
		"Japan provided grant aid of ¥1.02 billion for the centre's building. The centre opened on 9 January 2016 and trains 300 technicians a year.\n"}
}

// "**(1) Northern Grid Extension Project (NGEP)**" alone on its line
// heads the paragraphs under it as the same line without the bold does:
// they are the project's, so "how many substations will NGEP build" and
// "when was the NGEP loan agreement signed" are answered from them.
func TestBoldNumberedSubheadingHeadsItsParagraphs(t *testing.T) {
	ix := mustOpen(t, whitePaperSection())
	expectAnswers(t, ix, map[string]string{
		"how many substations will NGEP build":    "14",
		"when was the NGEP loan agreement signed": "2 March 2016",
		"when did the vttc open":                  "9 January 2016",
	})
}

// "Whether a second phase covering Sekong Province will follow has
// not yet been decided" gives the project no place: Sekong is not
// among its places, while the provinces it covers are.
func TestUndecidedPlaceIsNotTheProjects(t *testing.T) {
	ix := mustOpen(t, whitePaperSection())
	var places []string
	for _, pr := range ix.x.projects {
		if strings.Contains(pr.Name, "NGEP") {
			for _, pl := range pr.Places {
				places = append(places, pl.Name)
			}
		}
	}
	if !slices.Contains(places, "Luang Prabang") || slices.Contains(places, "Sekong") {
		t.Errorf("NGEP places %q: want Luang Prabang, not Sekong", places)
	}
}
