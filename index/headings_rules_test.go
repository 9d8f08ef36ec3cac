package index

import (
	"slices"
	"strings"
	"testing"
)

// headingsFixture has numbered items whose first line is the item's name,
// a summary table whose cells fill their columns, a country shut out of a
// grant scheme, a text named after a city, and two loans in one sentence
// with subjects of their own.
var headingsFixture = Source{Name: "headings.md", Text: paperHeader("Headings Fixture", "November 2009") + `1. Customs

(1) Border Clearance Modernisation Project (Laos)
An ODA loan in the amount of ¥2.7 billion was extended for this project. The loan agreement was signed in Vientiane on 5 March 2009. A second-phase loan is under consideration, but its timing has not been determined.

(2) Regional Tariff Officers Course
The course was held in Osaka from 2nd to 20th June 2009 for 30 officers.

(3) Two loans were signed
in 2009 for roads.

2. Grant Aid for Urban Drainage and Water Supply

Grant aid was extended to two cities. The two grants total ¥900 million, of which ¥500 million is for Hue and ¥400 million for Pakse.

Note: Malaysia is not eligible for grant aid under this scheme because of its income level; cooperation with Malaysia in this field takes the form of technical cooperation.

3. Loans

A loan agreement for the Surabaya Drainage Project in the amount of ¥11.2 billion was signed in Jakarta on 2 July 2009, and a loan of up to ¥6.4 billion for the Cebu Flood Control Project was pledged in FY2009. The Cebu project is co-financed by the Asian Development Bank (ADB), whose share is to be decided at appraisal.

4. Dialogue

The first Environment Ministers' Dialogue was held in Hanoi on 9 October 2008. The second Dialogue is planned for 2010 with a view to reviewing progress under the Hanoi Statement; its date and venue have yet to be decided.

5. Summary

  Project                          Form            Amount
  Border Clearance (Laos)          ODA loan        ¥2.7 billion
  Tariff Officers Course (JICA)    Technical coop. ¥80 million
  Hue Grant (Vietnam)              Grant aid       ¥500 million
`}

// An item's first line that reads as a name is its label: the item is a
// project, a sum in it "for this project" is for that project, and the
// line is no part of the next sentence. A sentence wrapped over two lines
// is no heading.
func TestItemHeadingLines(t *testing.T) {
	ix := mustOpen(t, headingsFixture)
	var names []string
	for _, pr := range ix.Projects() {
		names = append(names, pr.Name)
	}
	for _, want := range []string{"Border Clearance Modernisation Project (Laos)", "Regional Tariff Officers Course"} {
		if !slices.Contains(names, want) {
			t.Errorf("projects %q lack %q", names, want)
		}
	}
	if slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, "Two loans") }) {
		t.Errorf("a sentence wrapped over two lines was read as a heading: %q", names)
	}
	a := amountNamed(ix, "¥2.7 billion")
	if a == nil || !strings.Contains(a.Describe(), "for Border Clearance Modernisation Project (Laos)") || a.Purpose != "" {
		t.Errorf("the loan under the heading: %+v (%v)", a, a.Describe())
	}
	if a != nil && strings.HasPrefix(a.Sentence, "Border") {
		t.Errorf("the heading ran into the sentence: %q", a.Sentence)
	}
}

// A row whose cell fills its column, one space before the next, is cut
// where the header's columns start: each sum is its own row's.
func TestSpacedRowCutAtHeaderStarts(t *testing.T) {
	ix := mustOpen(t, headingsFixture)
	for text, want := range map[string]string{"¥80 million": "Tariff Officers Course (JICA)", "¥500 million": "Hue Grant (Vietnam)"} {
		found := false
		for _, a := range ix.x.amounts {
			if a.Text == text && a.Passage.IsTableRow() {
				found = true
				if !strings.Contains(a.Describe(), "for "+want) {
					t.Errorf("%s in the table: %s, want it for %s", text, a.Describe(), want)
				}
			}
		}
		if !found {
			t.Errorf("%s was read in no table row", text)
		}
	}
}

// A country a scheme's note shuts out is neither helped by it nor a
// partner in it, though the note names it again in another clause: its
// page lists none of the scheme's sums.
func TestExcludedCountryIsNoPartner(t *testing.T) {
	ix := mustOpen(t, headingsFixture)
	if got := fundingTexts(t, ix, "Malaysia"); got != "" {
		t.Errorf("Malaysia's page lists sums of a scheme it is not eligible for:\n%s", got)
	}
	c, err := ix.Country("Malaysia")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Projects) > 0 {
		t.Errorf("Malaysia's page lists projects: %v", c.Projects[0].Name)
	}
}

// Two loans in one sentence, each with a subject of its own: each sum
// has its clause's verb and purpose, and is found by its own words.
func TestLoansWithSubjectsOfTheirOwn(t *testing.T) {
	ix := mustOpen(t, headingsFixture)
	if a := amountNamed(ix, "¥6.4 billion"); a == nil || a.Verb != "pledged" || a.Purpose != "the Cebu Flood Control Project" {
		t.Errorf("second loan: %+v", a)
	}
	expectAnswers(t, ix, map[string]string{
		"surabaya drainage loan amt": "¥11.2 billion",
		"how much is the cebu loan":  "¥6.4 billion",
	})
}

// Questions the fixture does not answer: the ADB's part is not decided,
// the second dialogue's venue is not the city a text is named after, and
// the second phase's loan is not the one signed.
// "How much did the ADB ..." names it as the one giving; "the JFPR grant
// to X" uses "grant" as a noun.
func TestTrapsOfGiversAndNamedTexts(t *testing.T) {
	ix := mustOpen(t, headingsFixture)
	expectRefused(t, ix,
		"How much is the ADB putting into the Cebu flood project?",
		"how much did the ADB contribute to the cebu project",
		"where will the second ministers dialogue be held?",
		"when was the second-phase loan for border clearance signed",
	)
	expectAnswers(t, ix, map[string]string{
		"where was the first ministers dialogue held": "Hanoi",
		"when was the border clearance loan signed":   "5 March 2009",
	})
}
