package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Projects are read as units: an item's name, its bullets, a table row that
// repeats its short name, and the sentences that refer back to it; nothing
// leaks in from the next item.
func TestProjectUnits(t *testing.T) {
	doc := Source{Name: "projects-fixture.md", Text: `Projects Fixture

March 2022
Japan-ASEAN Integration Fund

1. Components

The programme had two components:

(a) River Warning Project in Albay, with the Office of Civil Defense (OCD) of the Philippines, from March 2019 to September 2021.
- 62 sirens installed in 11 municipalities
- completed on 15 October 2021

(b) Safe Schools Project in Palu, with the National Disaster Management Agency (BNPB) of Indonesia, from August 2019 to December 2021.
- 130 schools given evacuation plans

2. Budget

    Component                 US dollars
    (a) River Warning         US$1,200,000
    (b) Safe Schools          US$950,000

3. Loans

The Project for the Improvement of the Hue Water Supply was signed on 3 May 2010. The project will cost ¥2.1 billion and finish in March 2013. Thailand is not covered by this loan.

4. Other projects

The Expressway Tolling Study in Malaysia, approved in FY2017, was cancelled on 15 February 2019.

(a) Port Single Window Pilot. The pilot covers Sihanoukville. Progress stood at 72 per cent at the end of January 2016.
`}
	ix := mustOpen(t, doc)
	type card struct {
		Partners, Beneficiaries, Places, Dates, Funding []string
		Status                                          string
	}
	got := map[string]card{}
	for _, pr := range ix.Projects() {
		c := card{Partners: pr.Partners, Beneficiaries: pr.Beneficiaries, Funding: pr.Funding, Status: pr.Status}
		for _, pl := range pr.Places {
			c.Places = append(c.Places, pl.Name)
		}
		for _, d := range pr.Dates {
			c.Dates = append(c.Dates, d.Text)
		}
		got[pr.Name] = c
	}
	want := map[string]card{
		"River Warning Project in Albay": {
			Partners: []string{"Office of Civil Defense (OCD)"}, Beneficiaries: []string{"Philippines"}, Places: []string{"Albay"},
			Dates: []string{"March 2019", "September 2021", "15 October 2021"}, Funding: []string{"US$1,200,000"}, Status: "completed",
		},
		"Safe Schools Project in Palu": {
			Partners: []string{"National Disaster Management Agency (BNPB)"}, Beneficiaries: []string{"Indonesia"}, Places: []string{"Palu"},
			Dates: []string{"August 2019", "December 2021"}, Funding: []string{"US$950,000"},
		},
		"Project for the Improvement of the Hue Water Supply": {
			Beneficiaries: []string{"Vietnam"}, Places: []string{"Hue"},
			Dates: []string{"3 May 2010", "March 2013"}, Funding: []string{"¥2.1 billion"}, Status: "signed",
		},
		"Expressway Tolling Study": {
			Beneficiaries: []string{"Malaysia"}, Dates: []string{"FY2017", "15 February 2019"}, Status: "cancelled",
		},
		"Port Single Window Pilot": {
			Beneficiaries: []string{"Cambodia"}, Places: []string{"Sihanoukville"}, Dates: []string{"end of January 2016"}, Status: "72 per cent complete",
		},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("project cards (-want +got):\n%s", d)
	}
	// Whether a project is finished is read from its status.
	expectAnswers(t, ix, map[string]string{
		"is the river warning project finished?":   "yes",
		"is the port single window pilot complete": "no",
	})
}

// A numbered paragraph that opens with a title-case name, and goes on to
// a sum and a date, is a project by that name, whatever its last word.
func TestNumberedParagraphNamesAProject(t *testing.T) {
	ix := mustOpen(t, Source{Name: "numbered-fixture.md", Text: `Numbered Fixture

May 2014
Embassy of Japan

1. The Grants

(1) Hillside Village Clinic Roof. Japan will give US$51,200 to the People's Committee of Bac Ha District to replace the clinic roof by June 2014.

(2) Riverside Kindergarten Classrooms. A grant of US$63,900 goes to the district Women's Union to build three classrooms by October 2014.
`})
	got := map[string][]string{}
	for _, pr := range ix.Projects() {
		got[pr.Name] = pr.Funding
	}
	want := map[string][]string{
		"Hillside Village Clinic Roof":      {"US$51,200"},
		"Riverside Kindergarten Classrooms": {"US$63,900"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("projects (-want +got):\n%s", diff)
	}
}

// A sum in the brackets right after a project's name is that project's,
// though the sentence names another project too.
func TestBracketedSumBelongsToItsProject(t *testing.T) {
	ix := mustOpen(t, Source{Name: "bracket-fixture.md", Text: `Bracket Fixture

March 2011
Ministry of Foreign Affairs

1. Past Loans

Japan extended loans to Burma for, among others, the Moulmein Harbour Dredging Project (1978, ¥4.1 billion) and the Bago River Bridge Project (1983, ¥7.2 billion).
`})
	got := map[string][]string{}
	for _, pr := range ix.Projects() {
		got[pr.Name] = pr.Funding
	}
	want := map[string][]string{
		"Moulmein Harbour Dredging Project": {"¥4.1 billion"},
		"Bago River Bridge Project":         {"¥7.2 billion"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("projects (-want +got):\n%s", diff)
	}
}

// A title-case name right after "the project" is a project's, whatever its
// last word, and one the title holds in full is the document's project; a
// word or two of the title is not.
func TestProjectNamedAfterItsNoun(t *testing.T) {
	ix := mustOpen(t, Source{Name: "named-fixture.md", Text: `Delta Research Institute, Completion Report: Building the Response Capacity of the Delta Relief Hub (Phase I)

July 2015
Research Institute for Delta Relief

1. Overview

The project Building the Response Capacity of the Delta Relief Hub (Phase I) ran from 1 October 2012 to 30 June 2015 with a budget of US$4,860,000.

2. Research Programme

The institute's studies continued under its regular work.
`})
	var got []string
	for _, pr := range ix.Projects() {
		got = append(got, pr.Name)
	}
	want := []string{"Building the Response Capacity of the Delta Relief Hub (Phase I)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("projects (-want +got):\n%s", diff)
	}
}

// Missions, fairs, laboratories and guidebooks are pieces of work when
// words of their own name them; "the Mission of Japan to ASEAN" is not one,
// nor is a national plan.
func TestProjectHeadsOfOtherWork(t *testing.T) {
	ix := mustOpen(t, Source{Name: "heads-fixture.md", Text: `Heads Fixture

June 2016
ASEAN-Japan Centre

1. Activities

The SME Investment Mission to Myanmar visited Rangoon and Mandalay from 16 to 20 November 2015 with 28 companies, at a cost of ¥21 million. Japan will also provide 95 million yen for the Digital Forensics Laboratory in Vientiane Capital. The Mission of Japan to ASEAN attended. The work supports the Philippine Development Plan 2017.
`})
	var got []string
	for _, pr := range ix.Projects() {
		got = append(got, pr.Name)
	}
	want := []string{"SME Investment Mission to Myanmar", "Digital Forensics Laboratory in Vientiane Capital"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("projects (-want +got):\n%s", d)
	}
}

// Whether a project is approved is read from its status too: one still
// under consideration is not.
func TestProjectApprovedYesNo(t *testing.T) {
	ix := mustOpen(t, Source{Name: "approved-fixture.md", Text: `Approved Fixture

May 2008
Ministry of Foreign Affairs

1. Projects

(1) Delta Youth Caravan: a volunteer tour through Can Tho and Kampot in August 2008. Japan will provide ¥95 million. Status: under consideration.

(2) River Science Camp: a camp for 200 students in Hue from 3 to 8 March 2008, funded with US$0.4 million. Status: under way.
`})
	expectAnswers(t, ix, map[string]string{
		"is the delta youth caravan approved yet": "no",
		"is the river science camp approved":      "yes",
	})
}

// An item that funds something, in a list whose items are projects, is a
// project though its label has no project's head word; a list of other
// things is not made one.
func TestItemsOfAListOfProjects(t *testing.T) {
	ix := mustOpen(t, Source{Name: "list.md", Text: "Relief List\n\nNovember 2013\nMinistry of Foreign Affairs of Japan\n\n## 1. Grants\n\n" +
		"(1) Emergency Shelter Project for Displaced Families: US$7.5 million to the International Organization for Migration (IOM) for tents.\n\n" +
		"(2) WASH Emergency Response: US$6 million to the United Nations Children's Fund (UNICEF) to restore water supply in Guiuan, Eastern Samar.\n\n" +
		"## 2. Statements\n\n" +
		"(1) Opening Remarks: the Minister thanked the donors.\n\n" +
		"(2) Closing Remarks: the Secretary spoke of US$6 million in pledges.\n"})
	var names []string
	for _, pr := range ix.Projects() {
		names = append(names, pr.Name)
	}
	if diff := cmp.Diff([]string{"Emergency Shelter Project for Displaced Families", "WASH Emergency Response"}, names); diff != "" {
		t.Errorf("projects (-want +got):\n%s", diff)
	}
}

// A bold label whose stop is inside the bold ("**(2) Name.** Details")
// names its paragraph's project, so every sentence of the paragraph is
// the project's: its sums and its dates.
func TestBoldLabelWithItsStopInside(t *testing.T) {
	ix := mustOpen(t, Source{Name: "bold-stop.md", Text: `Flagship Projects

October 2012
Ministry of Foreign Affairs of Japan

## 3. Flagship Projects

**(1) Project for the Rehabilitation of the Kizuna Bridge.** The bridge crosses the Mekong at Kampong Cham. Japan will provide grant aid of ¥2.46 billion for a second rehabilitation. Works are scheduled from February 2013 to July 2014.

**(2) Phnom Penh Water Supply Project.** Japan extends a loan of ¥3.2 billion. Construction runs from April 2012 to March 2015.
`})
	got := map[string]string{}
	for _, pr := range ix.Projects() {
		var dates []string
		for _, d := range pr.Dates {
			dates = append(dates, d.Text)
		}
		got[pr.Name] = strings.Join(pr.Funding, ", ") + " | " + strings.Join(dates, ", ")
	}
	want := map[string]string{
		"Project for the Rehabilitation of the Kizuna Bridge": "¥2.46 billion | February 2013, July 2014",
		"Phnom Penh Water Supply Project":                     "¥3.2 billion | April 2012, March 2015",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("projects (-want +got):\n%s", diff)
	}
}

// A section titled only "The Project" tells of the project the document
// is about; goods imported from a country make it no beneficiary.
func TestTheProjectSection(t *testing.T) {
	ix := mustOpen(t, Source{Name: "project-section.md", Text: `Bank Signs Loan for the Son Hai Power Plant

September 2006
Japan Bank for International Cooperation

## 1. Overview

On 14 September 2006 the bank signed a loan agreement for the Son Hai Thermal Power Plant Project in Vietnam.

## 2. The Project

The plant will be built near Phan Thiet in Binh Thuan Province and will burn coal imported from Indonesia. Construction will take 46 months, from December 2006 to October 2010.
`})
	var pr *Project
	for _, p := range ix.Projects() {
		if p.Name == "Son Hai Thermal Power Plant Project" {
			pr = p
		}
	}
	if pr == nil {
		t.Fatalf("no Son Hai project in %v", ix.Projects())
	}
	var places, dates []string
	for _, pl := range pr.Places {
		places = append(places, pl.AsWritten)
	}
	for _, d := range pr.Dates {
		dates = append(dates, d.Text)
	}
	got := strings.Join(places, ", ") + " | " + strings.Join(dates, ", ") + " | " + strings.Join(pr.Beneficiaries, ", ")
	if want := "Phan Thiet, Binh Thuan Province | 14 September 2006, December 2006, October 2010 | Vietnam"; got != want {
		t.Errorf("project card: got %q, want %q", got, want)
	}
}

// A Markdown table's rows are items: the first cell names what the other
// cells, each under its column's name, describe.
func TestTableRowsAreItems(t *testing.T) {
	ix := mustOpen(t, Source{Name: "table.md", Text: `Country Chapter

July 2018
Japan International Cooperation Agency

## 2. Major Projects

The main projects under way at the end of the year are these.

| Project | Scheme | Amount | Location | Period |
|---|---|---|---|---|
| Batangas Flood Control Project | ODA loan | ¥9.4 billion | Batangas Province | June 2017 – 2024 |
| Rural Radio Network | Grant aid | 3.35 billion yen | Aparri, Cagayan | 2016 – 2019 |

Other work continued.
`})
	got := map[string]string{}
	for _, pr := range ix.Projects() {
		var dates []string
		for _, d := range pr.Dates {
			dates = append(dates, d.Text)
		}
		got[pr.Name] = strings.Join(pr.Funding, ", ") + " | " + strings.Join(dates, ", ")
	}
	want := map[string]string{
		"Batangas Flood Control Project": "¥9.4 billion | June 2017, 2024",
		"Rural Radio Network":            "3.35 billion yen | 2016, 2019",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("projects (-want +got):\n%s", diff)
	}
	a := ix.Answer("when does the batangas flood control project end")
	if !a.Found || a.Span != "2024" {
		t.Errorf("end of the row's period: found=%v span %q, want 2024", a.Found, a.Span)
	}
	if p := a.Passage; p == nil || p.Cite.Item != "row 1" || !strings.HasPrefix(p.Text, "Batangas Flood Control Project: Scheme: ODA loan; Amount: ¥9.4 billion;") {
		t.Errorf("row passage: %+v", p)
	}
}

// A table whose rows are numbered is read by the cell after the number;
// a number in a column whose name gives a currency ("Amount (US$)"), or
// in a table a "(Unit: million yen)" line opens, is a sum in it.
func TestTableUnitsAndRowNumbers(t *testing.T) {
	ix := mustOpen(t, Source{Name: "units.md", Text: `Grants

February 2019
Embassy of Japan in Cambodia

## 1. Projects signed

| No. | Project | Province | Amount (US$) |
|---|---|---|---|
| 1 | Prek Russey School Building | Kandal | 89,562 |
| 2 | Lumphat Maternity Ward | Ratanakiri | 91,045 |

## 2. Budget

(Unit: million yen)

| Item | FY2010 budget | FY2011 request | Change |
|---|---:|---:|---:|
| Youth exchange | 4,120 | 3,480 | −640 |

## 3. Partners

Unit: Project Management Unit, Ministry of Public Works

| Partner | Share (ADB) |
|---|---|
| Road works | 1,000 |
`})
	var got []string
	for _, a := range ix.x.amounts {
		got = append(got, a.Text+" | "+a.Passage.Label)
	}
	want := []string{
		"US$89,562 | Prek Russey School Building",
		"US$91,045 | Lumphat Maternity Ward",
		"4,120 million yen | Youth exchange",
		"3,480 million yen | Youth exchange",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sums of the tables (-want +got):\n%s", diff)
	}
	if !slices.ContainsFunc(ix.Documents()[0].Passages, func(p *Passage) bool { return strings.HasPrefix(p.Text, "Unit: Project Management Unit") }) {
		t.Errorf("a line that names a unit of an organisation was read as a table's unit and dropped")
	}
	if a := ix.Answer("how much is the grant for the lumphat maternity ward"); a.Span != "US$91,045" {
		t.Errorf("lumphat grant: %q", a.Span)
	}
}

// A document's ID or title stands for the project its title names; one
// whose title names no project stands for none.
func TestProjectByDocument(t *testing.T) {
	ix := mustOpen(t,
		Source{Name: "volcano-brief.md", Text: "Project Brief: Project for Strengthening Volcano Monitoring Capacity in Indonesia\n\nSeptember 2014\nJapan International Cooperation Agency\n\n## 1. Outline\n\n- **Project Title:** Project for Strengthening Volcano Monitoring Capacity (VOLMON)\n- **Period:** April 2012 to March 2016\n\n## 2. Progress\n\nThe Project commenced on 1 April 2012 with a Japanese contribution of ¥480 million.\n"},
		Source{Name: "press-conference.md", Text: "Press Conference\n\nJune 2008\nMinistry of Foreign Affairs of Japan\n\n## 1. Relief\n\nThe Bogale Port Survey was suspended in May 2008.\n"},
	)
	pr, err := ix.Project("volcano-brief")
	if err != nil || pr.Name != "Project for Strengthening Volcano Monitoring Capacity (VOLMON)" {
		t.Errorf("Project(volcano-brief) = %v, %v", pr, err)
	}
	if pr, err := ix.Project("press-conference"); err == nil {
		t.Errorf("Project(press-conference) = %q, want none: its title names no project", pr.Name)
	}
}

// A place a project's sentence leaves out ("The Mukdahan crossing in
// Thailand is not covered") is not where the project is, nor is its
// country one the project serves.
func TestProjectLeavesOutExcludedPlace(t *testing.T) {
	ix := mustOpen(t, Source{Name: "border.md", Text: `Border

August 2021
ASEAN Secretariat

## 1. Projects

- **Mekong Smart Border Connectivity Project**: upgrades customs facilities at Dansavanh in Savannakhet Province, Lao PDR. The project costs ¥3.2 billion. The Mukdahan crossing in Thailand is not covered, because Thai customs already operate a single window there.
`})
	for _, pr := range ix.Projects() {
		if pr.Name != "Mekong Smart Border Connectivity Project" {
			continue
		}
		var places []string
		for _, pl := range pr.Places {
			places = append(places, pl.Name)
		}
		if slices.Contains(places, "Mukdahan") || slices.Contains(pr.Beneficiaries, "Thailand") {
			t.Errorf("places %v, beneficiaries %v: Mukdahan is left out", places, pr.Beneficiaries)
		}
		if !slices.Contains(places, "Savannakhet") {
			t.Errorf("places %v, want Savannakhet", places)
		}
		return
	}
	t.Errorf("no Mekong Smart Border Connectivity Project among %d projects", len(ix.Projects()))
}

// A project only the title names, with its short form inside the title,
// is the document's: its ID finds it, and "the Project" and the short form
// in the text are its sentences. A short form of a document ("Record of
// Discussions (R/D)") is no party to it.
func TestProjectOnlyTheTitleNames(t *testing.T) {
	ix := mustOpen(t, Source{Name: "jcc-minutes.md", Text: "# Minutes of the Third Joint Coordinating Committee Meeting: Project for Capacity Development in Quality Rice Seed Production (QRSP) in Myanmar\n\n29 November 2016\n\nJapan International Cooperation Agency\n\n## 1. Opening\n\n" +
		"Under the Record of Discussions (R/D) signed on 20 September 2013, the Project started on 1 February 2014 and is scheduled to end on 31 January 2018. " +
		"QRSP works with the Department of Agriculture (DOA) in the Ayeyarwady and Bago Regions.\n"})
	pr, err := ix.Project("jcc-minutes")
	if err != nil {
		t.Fatalf("Project(jcc-minutes): %v", err)
	}
	if pr.Name != "Project for Capacity Development in Quality Rice Seed Production (QRSP) in Myanmar" {
		t.Errorf("name %q", pr.Name)
	}
	var when []string
	for _, d := range pr.Dates {
		when = append(when, d.Text)
	}
	if !slices.Contains(when, "1 February 2014") || !slices.Contains(when, "31 January 2018") {
		t.Errorf("dates %v", when)
	}
	if !slices.Contains(pr.Partners, "Department of Agriculture (DOA)") || slices.ContainsFunc(pr.Partners, func(p string) bool { return strings.Contains(p, "Record") }) {
		t.Errorf("partners %v", pr.Partners)
	}
}

// Items that list people, records of labelled fields, obligations that
// speak of "the Project" and a one-word label are no projects.
func TestItemsThatAreNoProjects(t *testing.T) {
	ix := mustOpen(t, Source{Name: "minutes-items.md", Text: "# Minutes of the Third Joint Coordinating Committee Meeting: Project for Quality Rice Seed Production (QRSP)\n\n29 November 2016\n\nJICA\n\n## 1. Attendance\n\n" +
		"- Mr. Takuya Oishi, Project Coordinator, QRSP\n- Ms. Thandar Hlaing, National Programme Officer\n\n## 2. Obligations\n\n" +
		"The Government of Myanmar shall:\n\n- Bear all expenses, other than those covered by the Grant, necessary for the Project\n\n## 3. Action Items\n\n" +
		"- Revise the PDM to Version 3: Responsible: Project team; Deadline: 28 February 2017\n\n## 4. Changes\n\n" +
		"**Cancellation.** The drying demonstration planned for 2016 has been cancelled, and its ¥9 million will be reallocated.\n"})
	var got []string
	for _, pr := range ix.Projects() {
		got = append(got, pr.Name)
	}
	if diff := cmp.Diff([]string{"Project for Quality Rice Seed Production (QRSP)"}, got); diff != "" {
		t.Errorf("projects (-want +got):\n%s", diff)
	}
}

// An audit case names its project in its outline's first sentence and
// tells of it under labels ("Findings.", "Request and response."): the
// labels are no projects, and the case's later passages are the
// project's, with its place.
func TestCaseSectionIsItsProjects(t *testing.T) {
	ix := mustOpen(t, Source{Name: "audit-case.md", Text: "# Audit Report\n\nNovember 2016\nBoard of Audit\n\n" +
		"### Case 4 (Viet Nam): Loan project suspended following irregular procurement\n\n" +
		"**Outline.** A loan agreement for the Dong Nai Province Rural Roads Upgrading Project was signed on 31 March 2011 for up to ¥5.3 billion. The project covered 26 road sections.\n\n" +
		"**Findings.** JICA suspended disbursements in September 2014. By then ¥1.92 billion had been disbursed, but only 9 of the 26 sections had been completed.\n\n" +
		"**Request and response.** The Board asked JICA to recover the misused funds. JICA cancelled the undisbursed balance of ¥3.38 billion in March 2016.\n"})
	var names []string
	for _, p := range ix.Projects() {
		names = append(names, p.Name)
	}
	if diff := cmp.Diff([]string{"Dong Nai Province Rural Roads Upgrading Project"}, names); diff != "" {
		t.Errorf("projects (-want +got):\n%s", diff)
	}
	expectAnswers(t, ix, map[string]string{"when did jica suspend disbursements in dong nai": "September 2014"})
}

// A background section that names one project among other loans is not
// about it: no later passage points back to a project.
func TestBackgroundSectionIsNoProjects(t *testing.T) {
	ix := mustOpen(t, Source{Name: "background.md", Text: "# Audit Report\n\nNovember 2016\nBoard of Audit\n\n## 2. Background\n\n" +
		"The audit examined the Dong Nai Province Rural Roads Upgrading Project among other loans signed in 2011.\n\n" +
		"Overall, JICA disbursed ¥1.2 trillion in ODA loans in FY2015 across 60 countries.\n"})
	for _, p := range ix.Projects() {
		for _, f := range p.Funding {
			if strings.Contains(f, "1.2 trillion") {
				t.Errorf("%s funded by %q", p.Name, f)
			}
		}
	}
}
