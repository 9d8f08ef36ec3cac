package index

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// subheadFixture writes its numbered sub-headings on lines of their own
// with a blank line after each, as many papers do.
const subheadFixture = "1. Fish Stocks\n\n" +
	"(1) ASEAN-Japan Stock Survey Fund\n\n" +
	"Japan proposed the ASEAN-Japan Stock Survey Fund (ASSF), which was launched on 1 July 2011 with US$4.5 million.\n\n" +
	"The founding members were Japan, Indonesia and Thailand. Cambodia joined on 2 April 2012. Brunei Darussalam participates as an observer. Timor-Leste has expressed interest in attending meetings as an observer.\n\n" +
	"(2) Joint Surveys\n\n" +
	"Surveys were held in the Gulf of Thailand.\n\n" +
	"2. Training\n\n" +
	"(1) Coastal Fisheries Training Centre\n\n" +
	"(2) Training in Japan\n\n" +
	"Around 35 trainees come to Japan every year.\n"

// A numbered sub-heading alone on its line heads the paragraph after the
// blank line, as one written right over it does: the paragraph is the
// item's, with the heading as its label. One followed by another item or
// a section stays a passage of its own.
func TestSubheadingOverABlankLine(t *testing.T) {
	d, err := ParseDocument("sub", paperHeader("Sub Fixture", "May 2013")+subheadFixture)
	if err != nil {
		t.Fatal(err)
	}
	type got struct{ Item, Label, Text string }
	var out []got
	for _, p := range d.Passages {
		if p.Cite.Section > 0 {
			out = append(out, got{p.Cite.Item, p.Label, p.Text})
		}
	}
	want := []got{
		{"(1)", "ASEAN-Japan Stock Survey Fund", "ASEAN-Japan Stock Survey Fund. Japan proposed the ASEAN-Japan Stock Survey Fund (ASSF), which was launched on 1 July 2011 with US$4.5 million."},
		{"", "", "The founding members were Japan, Indonesia and Thailand. Cambodia joined on 2 April 2012. Brunei Darussalam participates as an observer. Timor-Leste has expressed interest in attending meetings as an observer."},
		{"(2)", "Joint Surveys", "Joint Surveys. Surveys were held in the Gulf of Thailand."},
		{"(1)", "", "Coastal Fisheries Training Centre"},
		{"(2)", "Training in Japan", "Training in Japan. Around 35 trainees come to Japan every year."},
	}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("passages (-want +got):\n%s", diff)
	}
}

// The body a sub-heading names is what the paragraphs under it that name
// no body speak of: its founders, who joined, its observer; not a country
// that only wishes to attend as an observer.
func TestSubheadingBodyMembers(t *testing.T) {
	ix := mustOpen(t, Source{Name: "sub.md", Text: paperHeader("Sub Fixture", "May 2013") + subheadFixture})
	var got []string
	for _, m := range ix.x.memberships {
		got = append(got, m.Country+" "+m.Status+" "+m.Org)
	}
	for _, w := range []string{
		"Japan " + StatusFounding + " ASEAN-Japan Stock Survey Fund (ASSF)",
		"Thailand " + StatusFounding + " ASEAN-Japan Stock Survey Fund (ASSF)",
		"Cambodia " + StatusJoined + " ASEAN-Japan Stock Survey Fund (ASSF)",
		"Brunei " + StatusObserver + " ASEAN-Japan Stock Survey Fund (ASSF)",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, m := range ix.x.memberships {
		if m.Country == "Timor-Leste" {
			t.Errorf("wrong membership %+v", m.Country+" "+m.Status+" "+m.Org)
		}
	}
}

// A paragraph under a numbered sub-heading that names a body speaks of
// that body though it names none: "had completed courses there".
func TestSubheadingFramesItsParagraphs(t *testing.T) {
	doc := "Japan trains fisheries officers.\n\n1. Training\n\n(1) Japan-ASEAN Coastal Fisheries Training Centre\n\n" +
		"Training is centred on the Japan-ASEAN Coastal Fisheries Training Centre (JACFTC) in Rayong, Thailand.\n\n" +
		"By the end of March 2013, 412 fisheries officers had completed courses there.\n\n" +
		"(2) Regional Surveys\n\nBy the end of March 2013, 96 fisheries officers had completed survey training."
	checkRules(t, []ruleCase{
		{name: "under its sub-heading", doc: doc, q: "how many fisheries officers had completed courses at jacftc by march 2013", span: "412"},
	})
}

// Another country's intention in an earlier clause leaves an observer of
// its own clause an observer.
func TestObserverAfterAnotherCountrysIntention(t *testing.T) {
	ix := mustOpen(t, Source{Name: "obs.md", Text: paperHeader("Observer Fixture", "December 2005") + "1. Facts\n\n" +
		"The Asian Maritime Security Information Centre (AMSIC) opened in Singapore in 2005. Indonesia has been invited to join, Malaysia intends to join during 2006, and Vietnam is an observer.\n"})
	for _, m := range ix.x.memberships {
		if m.Country == "Vietnam" && m.Status == StatusObserver {
			return
		}
	}
	t.Errorf("Vietnam not read as an observer")
}
