package index

import (
	"slices"
	"strings"
	"testing"
)

// bodyRefDoc has a project's sub-heading, then a network's, whose
// passage speaks of the network by its head noun.
const bodyRefDoc = "Annual Report\n\nDecember 2021\nThailand International Cooperation Agency\n\n" +
	"5.6 Project for Strengthening Cross-Border Health Security in Savannakhet Province (CBHS)\n\n" +
	"The CBHS is the only technical cooperation project under the programme. It was launched on 1 November 2019.\n\n" +
	"5.7 Mekong Border Health Surveillance Network (MBHSN)\n\n" +
	"Much of the data gathered by the CBHS feeds into the Mekong Border Health Surveillance Network (MBHSN), whose secretariat is hosted by the Department of Disease Control in Nonthaburi. " +
	"The network was founded in Udon Thani in March 2017 by the ministries of health of Thailand, Cambodia and Lao PDR. " +
	"The fourth annual meeting of the network was held online on 16 November 2021.\n"

// A dated sentence that opens by the head of a body its passage named
// ("The network was founded"), past another body named since, or by a
// thing "of the network", is dated for that body; a sub-heading naming
// the body ends the project's part before it.
func TestTimelineLabelsBodyReferredTo(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: bodyRefDoc})
	want := map[string]string{
		"March 2017":       "Mekong Border Health Surveillance Network (MBHSN)",
		"16 November 2021": "Mekong Border Health Surveillance Network (MBHSN)",
		"1 November 2019":  "Project for Strengthening Cross-Border Health Security in Savannakhet Province (CBHS)",
	}
	for _, d := range ix.Timeline() {
		if w, ok := want[d.Text]; ok {
			if d.Label != w {
				t.Errorf("%s labelled %q, want %q", d.Text, d.Label, w)
			}
			delete(want, d.Text)
		}
	}
	for d := range want {
		t.Errorf("no %s in the timeline", d)
	}
	for _, pr := range ix.x.projects {
		for _, e := range pr.Sentences {
			if strings.Contains(e.Passage.Text[e.Span.Start:e.Span.End], "network was founded") {
				t.Errorf("%s claims the network's founding", pr.Name)
			}
		}
	}
}

// A project whose name is clipped for the list keeps its short form, and
// is still named by it.
func TestClippedNameKeepsShortForm(t *testing.T) {
	ix := mustOpen(t, Source{Name: "minutes.md", Text: "# Minutes of the Third Meeting\n\n" +
		"## Project for Capacity Development of Agricultural Water Management and Extension in the Central Dry Zone (AWMEP)\n\n" +
		"The project began on 2 March 2015.\n\n" +
		"### 4. Progress\n\n" +
		"The AWMEP has spent US$ 214,500 on field channels.\n"})
	for _, pr := range ix.x.projects {
		if strings.Contains(pr.Name, "…") {
			if !strings.HasSuffix(pr.Name, "… (AWMEP)") {
				t.Errorf("clipped name %q, want it to keep its short form", pr.Name)
			}
			if !slices.Contains(pr.Funding, "US$ 214,500") {
				t.Errorf("%s funding %q, want the US$ 214,500 its short form's sentence gives", pr.Name, pr.Funding)
			}
			return
		}
	}
	t.Fatalf("no clipped project among %q", projectNames(ix.x.projects))
}
