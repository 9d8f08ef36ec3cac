package index

import (
	"slices"
	"strings"
	"testing"
)

// Counter-examples to the rules for item headings, venues, a sum's verb,
// partners, givers, people after a portfolio, spaced rows and projects
// pointed at: sentences of the genre those rules must not misread.

// A hard-wrapped sentence whose first line is all capitalised words and
// small words (names, titles, "the Government of ...") is no item's
// heading: the person's name is not cut at the line break, and the first
// line is no project.
func TestCounterWrappedNamesAreNoItemHeading(t *testing.T) {
	ix := mustOpen(t, Source{Name: "wrapped.txt", Text: paperHeader("Japan-Indonesia and Japan-Philippines Relations", "June 2006") + `1. Summit Meetings

(1) Prime Minister Junichiro Koizumi and President Susilo Bambang
Yudhoyono agreed in Tokyo on 2 June 2005 to launch the Japan-Indonesia
Investment Initiative.

(2) The Government of Japan and the Government of the Republic of the
Philippines signed the Exchange of Notes for a grant of ¥1.2 billion
for the Bohol Irrigation Project on 5 May 2006.
`})
	var names []string
	for _, p := range ix.x.people {
		names = append(names, p.Name)
	}
	if !slices.Contains(names, "Susilo Bambang Yudhoyono") {
		t.Errorf("people %q: the President's name was cut at the line break", names)
	}
	for _, pr := range ix.Projects() {
		if strings.HasPrefix(pr.Name, "Prime Minister") || strings.HasPrefix(pr.Name, "The Government of") {
			t.Errorf("a wrapped sentence's first line was made a project: %q", pr.Name)
		}
	}
	// The whole name, with the one-word title the paper writes before
	// it.
	if a := ix.Answer("who did koizumi meet"); a.Span != "President Susilo Bambang Yudhoyono" {
		t.Errorf("who did koizumi meet: found=%v span %q, want President Susilo Bambang Yudhoyono", a.Found, a.Span)
	}
}

// A city that opens a building's name ("the Jakarta Convention Center")
// is still where the meeting was: the city answers "in which city".
func TestCounterConventionCentreCityIsStillTheCity(t *testing.T) {
	ix := mustOpen(t, Source{Name: "venue.md", Text: paperHeader("Energy Cooperation", "August 2006") + `1. Meetings

The ASEAN-Japan Energy Ministers Meeting was held at the Jakarta Convention Center on 3 August 2006.
`})
	if a := ix.Answer("in which city was the energy ministers meeting held"); a.Span != "Jakarta" {
		t.Errorf("city of the meeting: found=%v span %q, want Jakarta", a.Found, a.Span)
	}
}

// A serial comma in a list of recipients or objects (", and the Lao PDR
// a total of ...") opens no clause of its own: the sum keeps its verb.
func TestCounterSerialCommaKeepsTheVerb(t *testing.T) {
	ix := mustOpen(t, Source{Name: "relief.md", Text: paperHeader("Flood Relief", "March 2007") + `1. Relief

Japan granted the Philippines, Viet Nam, and the Lao PDR a total of ¥600 million for flood control.

Japan provided relief goods such as tents, blankets, and the water purifiers worth ¥90 million to Sri Lanka.
`})
	for text, want := range map[string]string{"¥600 million": "granted", "¥90 million": "provided"} {
		if a := amountNamed(ix, text); a == nil || a.Verb != want {
			t.Errorf("%s: %+v, want verb %q", text, a, want)
		}
	}
}

// A partner whose costs alone are left out ("survey costs in Thailand
// are not covered") stays a partner when another sentence says it carries
// the work out jointly.
func TestCounterJointPartnerWithCostsLeftOutStaysPartner(t *testing.T) {
	ix := mustOpen(t, Source{Name: "corridor.md", Text: paperHeader("Mekong Cooperation", "March 2007") + `1. Transport

The East-West Corridor Survey Project is being carried out jointly with Thailand and Laos. Survey costs in Thailand are not covered by the project's grant and are borne by Thailand.
`})
	found := false
	for _, pr := range ix.Projects() {
		if strings.HasPrefix(pr.Name, "East-West Corridor Survey") {
			found = true
			if !slices.Contains(pr.Partners, "Thailand") {
				t.Errorf("%s: partners %v, want Thailand among them", pr.Name, pr.Partners)
			}
		}
	}
	if !found {
		t.Fatal("no East-West Corridor Survey project")
	}
}

// A sentence that points back to the organisation asked as giving ("The
// Bank will provide", "Its contribution") answers what it gives.
func TestCounterOrgGiverNamedByBackReference(t *testing.T) {
	ix := mustOpen(t, Source{Name: "health.md", Text: paperHeader("Health Cooperation", "March 2006") + `1. Health

(1) Avian Influenza Control
The Asian Development Bank (ADB) is co-financing the project with Japan. The Bank will provide US$12 million in loans to Viet Nam.

(2) Nurse Training
The Japan International Cooperation Agency (JICA) trained 300 nurses in Laos in 2005. Its contribution to the programme amounted to ¥150 million.
`})
	for q, want := range map[string]string{
		"how much will the adb provide":                          "US$12 million",
		"how much did jica contribute to the training programme": "¥150 million",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%q: found=%v refused=%v span %q, want %q", q, a.Found, a.Refused(), a.Span, want)
		}
	}
}

// An adviser's field, a province or a programme after "Adviser for
// Environment", "Chief Adviser for Rural Development" or "Officer for
// Information Technology" is no person.
func TestCounterPortfolioNeedsAPersonAfterIt(t *testing.T) {
	ix := mustOpen(t, Source{Name: "experts.md", Text: paperHeader("Experts", "March 2006") + `1. Experts

(1) A JICA expert served as Adviser for Environment Policy Planning at the Ministry of Natural Resources and Environment in Hanoi from April 2004.

(2) The Chief Adviser for Rural Development Kampong Cham Province worked with the provincial government from 2003 to 2006.

(3) The ASEAN Secretariat Officer for Information Technology Training Programs visited Tokyo in May 2005.
`})
	for _, p := range ix.x.people {
		t.Errorf("not a person: %q (role %q)", p.Name, p.Role)
	}
	if a := ix.Answer("who was the adviser for environment"); a.Found {
		t.Errorf("who was the adviser for environment: answered %q", a.Span)
	}
}

// A spaced table's row with an empty cell is not cut where the header's
// columns start because word boundaries happen to fall there: a regional
// programme's long name stays whole and names no country.
func TestCounterSpacedRowWithEmptyCellNotCutMidName(t *testing.T) {
	ix := mustOpen(t, Source{Name: "summary.txt", Text: paperHeader("Summary", "March 2006") + `1. Summary

  Project                      Country             Amount
  Bohol Irrigation Project     Philippines         ¥1.2 billion
  ASEAN Regional Programme for Disaster Management ¥300 million
  Hue Water Supply Project     Vietnam             ¥500 million
`})
	for _, pr := range ix.Projects() {
		if pr.Name == "ASEAN Regional Programme for" {
			t.Errorf("project name cut at the Country column: %q", pr.Name)
		}
	}
	for _, d := range ix.docs {
		for _, p := range d.Passages {
			if strings.Contains(p.Text, "Country: Disaster Management") {
				t.Errorf("the name's tail read as a country: %q", p.Text)
			}
		}
	}
}

// "Allocated for the study" is for the study the sentence names, not the
// passage's project.
func TestCounterPointedNounIsNotThePassageProject(t *testing.T) {
	ix := mustOpen(t, Source{Name: "water.md", Text: paperHeader("Water", "March 2009") + `1. Water

(1) Phnom Penh Water Supply Project (Phase II)
Japan provided ¥2.1 billion for this project in FY2007. A feasibility study of a sewerage system in Siem Reap was carried out in 2008, and ¥90 million was allocated for the study.
`})
	a := amountNamed(ix, "¥90 million")
	if a == nil {
		t.Fatal("no ¥90 million")
	}
	if strings.Contains(a.Describe(), "Phnom Penh Water Supply") {
		t.Errorf("the Siem Reap study's sum given to the water supply project: %s", a.Describe())
	}
}

// A relative clause without its relative word ("the schools Japan had
// provided") lends no giving verb to a sum that was only requested, and
// "would be extended only if" does not make a loan extended.
func TestCounterVerbAfterPurposeIsTheSums(t *testing.T) {
	ix := mustOpen(t, Source{Name: "loans.md", Text: paperHeader("Loans and Grants", "March 2009") + `1. Requests

(1) School Repairs
A request for ¥300 million for repairing the schools Japan had provided to Laos in 1998 was received in 2008.

(2) Hanoi Ring Road Project
A loan of ¥5 billion for the project would be extended only if the environmental review is completed.
`})
	if a := amountNamed(ix, "¥300 million"); a == nil || a.Verb == "provided" {
		t.Errorf("a requested sum read as provided: %+v", a)
	}
	if a := amountNamed(ix, "¥5 billion"); a == nil || a.Verb == "extended" {
		t.Errorf("a conditional loan read as extended: %+v", a)
	}
}
