package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// "Its founding members were A for Japan, B for Laos ...": the status is
// the clause's subject, its list the members, and the body the one last
// named; a body a country joins "through" is its channel; founders date
// from the founding.
func TestListedMembersAndChannels(t *testing.T) {
	doc := "The Bureau also acts as secretariat of the Shiokawa Asia Water Network (SAWN), a peer-learning platform for public water utilities founded on 1 October 2012. " +
		"Its founding members were Shiokawa City for Japan, NPNL for Laos and the Phnom Penh Water Supply Authority (PPWSA) for Cambodia. " +
		"Vietnam joined in April 2016 through Hue Water Supply Joint Stock Company, and Myanmar joined in 2017 through the Yangon City Development Committee (YCDC).\n\n" +
		"The Mekong Maternal and Newborn Care Partnership (MMNCP) was founded in October 2013 in Vientiane, with Japan's support; its founding members were Thailand and Viet Nam."
	ix := mustOpen(t, Source{Name: "members.md", Text: "# Members\n\n## Networks\n\n" + doc + "\n"})
	got := membershipRows(ix)
	sawn, mmncp := "Shiokawa Asia Water Network (SAWN)", "Mekong Maternal and Newborn Care Partnership (MMNCP)"
	want := []membershipRow{
		{"Japan", sawn, StatusFounding, "1 October 2012"},
		{"Laos", sawn, StatusFounding, "1 October 2012"},
		{"Cambodia", sawn, StatusFounding, "1 October 2012"},
		{"Vietnam", sawn, StatusJoined, "April 2016"},
		{"Myanmar", sawn, StatusJoined, "2017"},
		{"Thailand", mmncp, StatusFounding, "October 2013"},
		{"Vietnam", mmncp, StatusFounding, "October 2013"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
}

// A document's ID stands for the project its title names by name, by its
// initials ("the MEEL Project") or by most of its words; a record of the
// work is no project, and a long form does not run back across brackets.
func TestTitleNamesItsProject(t *testing.T) {
	for _, tc := range []struct{ title, name string }{
		{"Kitakami's Role in the MEEL Project", "Mekong Engineering Education Link Project"},
		{"Remarks at the Handover Ceremony for the New Maternal and Child Health Wing of Magway Regional Hospital", "Project for Improvement of Maternal and Child Health Services at Magway Regional Hospital"},
	} {
		if !titleNames(tc.title, tc.name) {
			t.Errorf("%q does not name %q", tc.title, tc.name)
		}
	}
	if titleNames("Shiokawa City and Vientiane Capital Sign New Memorandum on Water and Sewerage Cooperation", "Project for Strengthening Water Quality Management in Vientiane Capital") {
		t.Error("three words of six name the project")
	}
	text := "# Kitakami's Role in the MEEL Project\n\nOctober 2019\n\nKitakami University\n\n## Start\n\n" +
		"Kitakami University leads the Mekong Engineering Education Link Project (MEEL Project), financed jointly by the Japan International Cooperation Agency (JICA) and the Japan-ASEAN Integration Fund (JAIF).\n\n" +
		"## Funding\n\nThe Record of Discussions for the MEEL Project was signed in Vientiane on 18 February 2016. The total cost of the project is ¥1.26 billion.\n"
	ix := mustOpen(t, Source{Name: "univ-2019-10-meel.md", Text: text})
	pr, err := ix.Project("univ-2019-10-meel")
	if err != nil {
		t.Fatal(err)
	}
	if pr.Name != "Mekong Engineering Education Link Project" {
		t.Errorf("the document stands for %q", pr.Name)
	}
	if !containsAll(pr.Funding, "¥1.26 billion", "Japan-ASEAN Integration Fund (JAIF)") || slices.ContainsFunc(pr.Funding, func(f string) bool { return strings.HasPrefix(f, "JICA)") }) {
		t.Errorf("funding %q", pr.Funding)
	}
	for _, p := range ix.Projects() {
		if opensRecord(p.Name) {
			t.Errorf("a record is listed as a project: %q", p.Name)
		}
	}
	// "The total cost of the project", before any other project is
	// named, is the titled one's, though the document names another.
	ix = mustOpen(t, Source{Name: "embassy-2018-01-wing.md", Text: "# Remarks at the Handover of the New Maternal and Child Health Wing of Magway Regional Hospital\n\nJanuary 2018\n\nEmbassy of Japan in Myanmar\n\n## Opening\n\n" +
		"Today we hand over the new wing, built under the Project for Improvement of Maternal and Child Health Services at Magway Regional Hospital.\n\n" +
		"## Cost\n\nThe total cost of the project came to 1.68 billion yen.\n\n## Next\n\nThe Magway Newborn Care Improvement Project will train midwives from 2019.\n"})
	pr, err = ix.Project("embassy-2018-01-wing")
	if err != nil {
		t.Fatal(err)
	}
	if !containsAll(pr.Funding, "1.68 billion yen") {
		t.Errorf("%s: funding %q", pr.Name, pr.Funding)
	}
}

func containsAll(list []string, want ...string) bool {
	for _, w := range want {
		if !slices.Contains(list, w) {
			return false
		}
	}
	return true
}
