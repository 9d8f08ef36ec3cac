package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// "Main topics:" over numbered lines with no blank line between is a list
// of the topics, not the document's sections: the sections are the
// numbered headings that come after it.
func TestNumberedLinesAfterAColonAreAList(t *testing.T) {
	d, err := ParseDocument("briefing", "Press Conference by the Press Secretary (Excerpt)\n\n"+
		"Wednesday, 16 March 2016, 4:30 p.m.\n"+
		"Press Conference Room, Ministry of Foreign Affairs, Tokyo\n\n"+
		"Main topics:\n"+
		"1. Signing of the Exchange of Notes concerning a Loan to Cambodia\n"+
		"2. Emergency Grant Aid in response to the floods in Laos\n\n"+
		"1. Japanese ODA Loan to Cambodia\n\n"+
		"First, on 14 March 2016 the notes for the road loan were signed.\n\n"+
		"2. Emergency Grant Aid for Laos\n\n"+
		"Second, Japan decided to extend Emergency Grant Aid of US$1.5 million.\n")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range d.Passages {
		got[p.Text] = p.Cite.SectionTitle
	}
	want := map[string]string{
		"First, on 14 March 2016 the notes for the road loan were signed.":       "Japanese ODA Loan to Cambodia",
		"Second, Japan decided to extend Emergency Grant Aid of US$1.5 million.": "Emergency Grant Aid for Laos",
	}
	for text, title := range want {
		if diff := cmp.Diff(title, got[text]); diff != "" {
			t.Errorf("section of %q (-want +got):\n%s", text, diff)
		}
	}
}
