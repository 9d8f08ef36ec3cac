package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// layoutFixture writes its numbered sub-headings on a line of their own
// right over their paragraphs: the first ends as a name ends, the others
// in a place or in sentence case.
const layoutFixture = "1. Standards\n\n" +
	"(1) Regional Conformity Assessment Partnership (RCAP)\n" +
	"The partnership was agreed in Hanoi on 4 June 2015.\n\n" +
	"(2) Technical Cooperation in Myanmar\n" +
	"JICA's Project for Better Testing in Myanmar began in FY2016 with ¥300 million.\n\n" +
	"(3) Secretariat and costs\n" +
	"The Standards Office of Singapore hosts the secretariat.\n\n" +
	"(4) Regional Weights and Measures Alliance\n" +
	"The Regional Weights and Measures Alliance (RWMA) was set up in 2016. METI has earmarked ¥800 million for it.\n\n" +
	"(5) Training modules\n" +
	"The course is made up of two modules:\n" +
	"  (a) a three-week module on sampling;\n" +
	"  (b) a one-week module on calibration.\n"

// Once a document has written one numbered sub-heading on a line of its
// own over its paragraph, its other short ones are headings too, though
// they end in a place ("in Myanmar") or are in sentence case ("Secretariat
// and costs"): the heading is the label, not the opening words of the
// first sentence.
func TestSubheadingLayoutOfTheDocument(t *testing.T) {
	d, err := ParseDocument("layout", paperHeader("Layout Fixture", "May 2017")+layoutFixture)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, p := range d.Passages {
		if strings.HasPrefix(p.Cite.Item, "(") && p.Kind == KindParagraph {
			labels = append(labels, p.Label)
		}
	}
	want := []string{"Regional Conformity Assessment Partnership (RCAP)", "Technical Cooperation in Myanmar", "Secretariat and costs", "Regional Weights and Measures Alliance", "Training modules"}
	if diff := cmp.Diff(want, labels); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
}

// Counter: with no heading of the layout seen first, a short numbered
// line that ends in no name's head is no heading, as a line of a wrapped
// sentence would not be.
func TestSubheadingLayoutNeedsOneSeen(t *testing.T) {
	text := paperHeader("Layout Fixture", "May 2017") + "1. Standards\n\n(1) Technical Cooperation in Myanmar\nJICA began a project in FY2016.\n"
	d, err := ParseDocument("layout", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Passages {
		if p.Label != "" {
			t.Errorf("label %q on %q, want none", p.Label, p.Text)
		}
	}
}

// Projects: a heading's name whose short form the text gives later is
// listed with it; a lettered item that opens with "a" describes a part
// of the course, it names no project.
func TestProjectsOfTheLayout(t *testing.T) {
	ix := mustOpen(t, Source{Name: "layout.md", Text: paperHeader("Layout Fixture", "May 2017") + layoutFixture})
	var names []string
	for _, pr := range ix.Projects() {
		names = append(names, pr.Name)
	}
	if !slices.Contains(names, "Regional Weights and Measures Alliance (RWMA)") {
		t.Errorf("projects %q lack the alliance with its short form", names)
	}
	for _, n := range names {
		if strings.Contains(strings.ToLower(n), "module") || strings.Contains(n, "Myanmar JICA") {
			t.Errorf("project %q, want none such", n)
		}
	}
}

// "founded ... by its five founding members, A, B, C, D and E, in order
// to ...": the list ends where the clause goes on with no name.
func TestFoundersBeforeAPurpose(t *testing.T) {
	text := paperHeader("Founders Fixture", "May 2014") + "1. Security\n\n(1) ASEAN-Japan Cargo Screening Network (ACSN)\n" +
		"ACSN was founded in Manila on 2 May 2012 by its four founding members, Japan, Indonesia, Malaysia and Thailand, in order to share instructors. Vietnam joined on 3 March 2013.\n"
	ix := mustOpen(t, Source{Name: "founders.md", Text: text})
	var got []string
	for _, m := range ix.x.memberships {
		got = append(got, m.Country+" "+m.Status)
	}
	want := []string{"Japan " + StatusFounding, "Indonesia " + StatusFounding, "Malaysia " + StatusFounding, "Thailand " + StatusFounding, "Vietnam " + StatusJoined}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// A table of a reserve's participants gives each country's status and the
// day it joined; "came in on" a day is a joining.
func TestReserveTableAndCameIn(t *testing.T) {
	text := paperHeader("Reserve Fixture", "June 2015") + "1. ASEAN-Japan Seed Reserve (AJSR)\n\n" +
		"The memorandum setting up the Reserve was signed on 5 March 2013.\n\n" +
		"  Country       Status             Joined\n" +
		"  Japan         Founding member    5 March 2013\n" +
		"  Cambodia      Member             20 November 2013\n" +
		"  Malaysia      Observer           -\n\n" +
		"Laos came in on 16 January 2015.\n"
	ix := mustOpen(t, Source{Name: "reserve.md", Text: text})
	var got []string
	for _, m := range ix.x.memberships {
		date := ""
		if m.Date != nil {
			date = " " + m.Date.Text
		}
		got = append(got, m.Country+" "+m.Status+date+" "+m.Org)
	}
	body := "ASEAN-Japan Seed Reserve (AJSR)"
	want := []string{
		"Japan " + StatusFounding + " 5 March 2013 " + body,
		"Cambodia " + StatusMember + " 20 November 2013 " + body,
		"Malaysia " + StatusObserver + " " + body,
		"Laos " + StatusJoined + " 16 January 2015 " + body,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// "Exchanges of Notes signed in Yangon on D1 and in Vientiane on D2,
// Japan will provide ¥535 million to Myanmar and ¥480 million to Laos":
// which day is whose sum the sentence does not say, so neither is dated.
// Counter: one act on one day dates its sum.
func TestParallelDatesDateNoSum(t *testing.T) {
	text := paperHeader("Dates Fixture", "February 2018") + "1. Grants\n\n" +
		"Under Exchanges of Notes signed in Yangon on 14 December 2017 and in Vientiane on 30 January 2018, Japan will provide grant aid of ¥535 million to Myanmar and ¥480 million to the Lao PDR.\n\n" +
		"Under an Exchange of Notes signed in Phnom Penh on 2 March 2018, Japan will provide grant aid of ¥610 million to Cambodia.\n"
	ix := mustOpen(t, Source{Name: "dates.md", Text: text})
	dated := map[string]string{}
	for _, am := range ix.Amounts() {
		dated[am.Text] = ""
		if am.Date != nil {
			dated[am.Text] = am.Date.Text
		}
	}
	want := map[string]string{"¥535 million": "", "¥480 million": "", "¥610 million": "2 March 2018"}
	if diff := cmp.Diff(want, dated); diff != "" {
		t.Errorf("sums' dates (-want +got):\n%s", diff)
	}
}

// A year that names a table's column ("FY2016: 8") heads the column's
// figures: the timeline leaves it out. Counter: a row labelled with its
// year, and a date in a cell, stay.
func TestTimelineLeavesOutColumnNames(t *testing.T) {
	text := paperHeader("Timeline Fixture", "February 2018") + "1. Trainees\n\n" +
		"Trainees by year\n\n" +
		"  Country      FY2015   FY2016   Opened\n" +
		"  Cambodia     6        8        2 May 2017\n" +
		"  Laos         5        6        9 June 2016\n"
	ix := mustOpen(t, Source{Name: "timeline.md", Text: text})
	var got []string
	for _, d := range ix.Timeline() {
		if d.Passage != nil && d.Passage.Cite.Section > 0 {
			got = append(got, d.Text)
		}
	}
	want := []string{"9 June 2016", "2 May 2017"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
}
