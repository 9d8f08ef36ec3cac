package index

import (
	"slices"
	"strings"
	"testing"
)

// chapterDoc is a partner government's chapter on one donor: a loan whose
// terms are bullets under a lettered item, a request for a project named
// by its short form, a list of priorities and of undertakings that
// continue their lead-in's clause, a field line and a post with its
// field, and a programme whose name holds "of a".
const chapterDoc = "Chapter 5. Japan\n\nPhnom Penh, September 2019\n\n" +
	"5.1 Japan remained the largest bilateral partner in 2018.\n\n" +
	"5.3.1 Kratie Water Supply Project (KWSP)\n\n" +
	"(a) The loan agreement for the KWSP was signed in Phnom Penh on 3 March 2017. The loan amounts to ¥9,100 million on the following terms:\n" +
	"  - interest rate: 0.01% per annum;\n" +
	"  - repayment period: 40 years, including a grace period of 10 years;\n" +
	"  - procurement: general untied.\n\n" +
	"(b) Construction of the KWSP treatment plant began in May 2018.\n\n" +
	"5.4.1 Battambang Urban Drainage Project (BUDP). On 2 April 2019 the ministry requested Japan to provide grant aid of US$ 21.0 million for the BUDP, owing to flooding along the Battambang River corridor. The request has not yet been approved.\n\n" +
	"5.4.2 Japan has provided ¥640 million in technical cooperation to the Mekong Drainage Data Network (MDDN), which the BUDP will also use.\n\n" +
	"5.6 REGIONAL COOPERATION: KAMPOT WATER ALLIANCE (KWA)\n\n" +
	"5.6.1 The Kampot Water Alliance (KWA) was established on 19 November 2014 at a meeting in Kep by its three founding members: Cambodia, Lao PDR and Viet Nam.\n\n" +
	"5.6.2 Membership of the KWA is as follows:\n" +
	"  - Founding members (19 November 2014): Cambodia, Lao PDR, Viet Nam.\n" +
	"  - Thailand joined on 8 June 2016.\n" +
	"  - The Philippines joined on 22 February 2018.\n\n" +
	"5.4.3 For FY2020 the government will give priority, in its dialogue with Japan, to the following:\n" +
	"  - timely release of counterpart funds for the KWSP;\n" +
	"  - greater use of national procurement systems for technical cooperation.\n\n" +
	"5.5 Under the Programme for the Supply of a Fisheries Research Vessel (PSFRV), Japan extended grant aid of ¥1.2 billion to Cambodia.\n\n" +
	"ANNEX. UNDERTAKINGS AND STAFF\n\n" +
	"JICA will, in accordance with the laws and regulations of Japan:\n" +
	"- dispatch the experts listed below;\n" +
	"- receive counterpart personnel for training in Japan;\n\n" +
	"Long-term experts: 3\n" +
	"- Chief Advisor / Water Supply Management: Mr. Koji Hamada (based in Kratie)\n" +
	"- Project Coordinator / Training (based in Phnom Penh)\n\n" +
	"Training in Japan: 25 counterpart personnel over the Project period.\n"

// Bullets under a lettered item that ends in a colon are led by that
// item, not by the heading before it: the loan's terms are its own.
func TestBulletsLedByTheItemBeforeThem(t *testing.T) {
	ix := mustOpen(t, Source{Name: "chapter.txt", Text: chapterDoc})
	expectAnswers(t, ix, map[string]string{
		"what interest rate is on the kwsp loan": "0.01% per annum",
		"repayment period of the kwsp loan":      "40 years",
	})
	if a := ix.AnswerFollowUp("what interest rate is on the kwsp loan", "grace period?"); !a.Found || a.Span != "10 years" {
		t.Errorf("grace period? after the rate: got %q (found %v)", a.Span, a.Found)
	}
}

// A sentence that names a project by its short form is about that
// project, though its other words name a river: the sum requested for
// the BUDP answers a question of Battambang drainage. A short form in a
// relative clause is of another thing.
func TestShortFormFramesItsSentence(t *testing.T) {
	ix := mustOpen(t, Source{Name: "chapter.txt", Text: chapterDoc})
	expectAnswers(t, ix, map[string]string{
		"how much grant aid did the ministry ask for for battambang drainage": "US$ 21.0 million",
	})
	// The ¥640 million is the network's, which the BUDP only uses.
	expectRefused(t, ix, "how much technical cooperation has japan given for battambang drainage")
}

// Field lines, posts with their fields, the end of a lead-in's clause
// and a project noun alone are no projects; a programme's name may hold
// "of a".
func TestProjectListHoldsOnlyProjects(t *testing.T) {
	ix := mustOpen(t, Source{Name: "chapter.txt", Text: chapterDoc})
	var names []string
	for _, p := range ix.Projects() {
		names = append(names, p.Name)
	}
	for _, bad := range []string{"Construction of", "interest rate", "repayment period", "procurement", "greater use", "receive counterpart", "Project Coordinator", "Chief Advisor"} {
		if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(strings.ToLower(n), strings.ToLower(bad)) }) {
			t.Errorf("%q read as a project: %q", bad, names)
		}
	}
	if slices.Contains(names, "Training") {
		t.Errorf("the noun Training alone read as a project: %q", names)
	}
	for _, want := range []string{"Kratie Water Supply Project (KWSP)", "Battambang Urban Drainage Project (BUDP)", "Programme for the Supply of a Fisheries Research Vessel (PSFRV)"} {
		if !slices.Contains(names, want) {
			t.Errorf("project %q missing from %q", want, names)
		}
	}
}

// sheetDoc is a development bank's data sheet: a row of technical
// assistance named in its Title cell, and a hub whose members are rows
// of a table.
const sheetDoc = "# Coastal Resilience Program: Project Data Sheet\n\n" +
	"## 1. Basic Data\n\n" +
	"| Field | Value |\n|---|---|\n" +
	"| Project Name | Coastal Resilience Program (CRP) |\n" +
	"| Project Type / Modality of Assistance | Loan; Grant; Technical Assistance |\n\n" +
	"## 3. Associated Technical Assistance\n\n" +
	"| TA Number | Title | Source | Amount | Approval |\n|---|---|---|---|---|\n" +
	"| TA 4411-REG | Coastal Warning Systems Technical Assistance (CWS-TA) | JFRC | USD 900,000 | 3 March 2020 |\n\n" +
	"## 8. Mekong Coastal Knowledge Hub\n\n" +
	"The Mekong Coastal Knowledge Hub (MCKH) was launched in Da Nang on 2 May 2016 by the coastal agencies of three countries. Its members are:\n\n" +
	"| Country | Member agency | Status | Date |\n|---|---|---|---|\n" +
	"| Thailand | Marine Department | Founding member | 2 May 2016 |\n" +
	"| Viet Nam | Da Nang Coastal Office | Founding member | 2 May 2016 |\n" +
	"| Philippines | Iloilo Coastal Office | Founding member | 2 May 2016 |\n" +
	"| Cambodia | Kampot Port Authority | Member | Joined 4 June 2018 |\n" +
	"| Lao PDR | Mekong River Office | Member | Joined 9 July 2019 |\n" +
	"| Malaysia | Penang Coastal Office | Signatory | Charter signed 18 February 2021 |\n"

// A row that gives its name in a Title cell is named there, not by its
// code; a field's label with a slash is no project.
func TestRowNamedByItsTitleCell(t *testing.T) {
	ix := mustOpen(t, Source{Name: "sheet.md", Text: sheetDoc})
	var names []string
	for _, p := range ix.Projects() {
		names = append(names, p.Name)
	}
	if !slices.Contains(names, "Coastal Warning Systems Technical Assistance (CWS-TA)") {
		t.Errorf("the TA row not named by its Title cell: %q", names)
	}
	for _, n := range names {
		if strings.HasPrefix(n, "TA 4411") || strings.Contains(n, "Modality") {
			t.Errorf("%q read as a project", n)
		}
	}
}

// "Which countries joined the hub after it was founded" names the
// founding only to date the joining: the answer is the later members,
// read from their rows together, not the founders.
func TestJoinedAfterTheFounding(t *testing.T) {
	for _, c := range []struct{ name, text, q, want string }{
		{"sheet.md", sheetDoc, "which countries joined mckh after it was founded", "Cambodia, Laos"},
		{"chapter.txt", chapterDoc, "which countries joined the kwa after it was founded", "Thailand, Philippines"},
	} {
		ix := mustOpen(t, Source{Name: c.name, Text: c.text})
		a := ix.Answer(c.q)
		if got, want := strings.Join(spanSet(a.Span), "|"), strings.Join(spanSet(c.want), "|"); got != want {
			t.Errorf("%q: got %q, want %q", c.q, a.Span, c.want)
		}
	}
}

// The day a meeting was to have been held, before it was put off, is not
// when it is now; a question of the day it was planned for asks it.
func TestDayPutOffIsNotTheDayNow(t *testing.T) {
	ix := mustOpen(t, Source{Name: "paper.txt", Text: "Japan-ASEAN Cooperation on Migrant Workers\n\nJune 2021\n\n" +
		"1. Japan supports the ASEAN Labour Inspection Network (ALIN) through JAIF.\n\n" +
		"2. The third ALIN senior officials' meeting, which was to have been held in Hanoi on 4-5 June 2021, has been postponed because the host ministry is being reorganised. A new date has not yet been set.\n"})
	expectRefused(t, ix, "when is the rescheduled 3rd alin senior officials meeting")
	expectAnswers(t, ix, map[string]string{
		"when was the third alin senior officials meeting supposed to be held": "4-5 June 2021",
		"the third alin meeting was planned for when":                          "4-5 June 2021",
	})
}

// The day a sentence opens with dates the request its verb says was made;
// a date in the aim after it ("in order to ... after the floods of
// October 2020") is the aim's, and a log line that only names the
// request is dated by its entry.
func TestRequestDatedByItsVerb(t *testing.T) {
	ix := mustOpen(t, Source{Name: "sheet.md", Text: "# Flood Program: Data Sheet\n\n## 7. Additional financing\n\n" +
		"On 12 April 2022, the Ministry of Finance of Cambodia requested ADB to provide additional financing of US$ 30.0 million in order to extend the embankment works in Kampot after the floods of November 2021. The request has not yet been approved.\n\n" +
		"## 12. Update log\n\n" +
		"- 20 April 2022: Update: Additional financing request of the Government of Cambodia recorded.\n" +
		"- 15 June 2022: Update: Implementation progress updated to 31 May 2022.\n"})
	expectAnswers(t, ix, map[string]string{
		"wen did cambodia request the additional financing": "12 April 2022",
	})
}

// Of two places in one sentence, the one in the country the question
// names.
func TestPlaceInTheCountryAsked(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rd.txt", Text: "Record of Discussions\n\nJune 2019\n\n" +
		"2.6 Project offices will be set up at the ministry's headquarters in Hanoi and at the department's regional office in Vientiane.\n"})
	expectAnswers(t, ix, map[string]string{
		"where will the lao project office be":        "Vientiane",
		"where will the vietnamese project office be": "Hanoi",
	})
}

// A row's date in an act's column answers whether the act was done only
// for the row the question names: the approval of a technical
// assistance says nothing of the additional financing.
func TestCellActOnlyOfTheRowNamed(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "pds-2021-06-flood-resilience-cofinancing-data-sheet"))
	if a := ix.Answer("has the additional financing been approved yet"); a.Span == "yes" {
		t.Errorf("the TA row's approval answered yes: %q", a.Text)
	}
}

// A heading names a thing and says nothing of it: "how much is phase II"
// is refused, not answered by quoting "5.9 KWSP Phase II.".
func TestHeadingIsNoQuote(t *testing.T) {
	ix := mustOpen(t, Source{Name: "chapter.txt", Text: "Chapter 5. Japan\n\nSeptember 2019\n\n" +
		"5.1 The Kratie Water Supply Project (KWSP) was completed in 2018.\n\n" +
		"5.9 KWSP Phase II. The government intends to request a second phase of the KWSP. Its scope has not yet been discussed with Japan.\n"})
	expectRefused(t, ix, "how much is kwsp phase II")
}

// "(hereinafter referred to as "the Project")" makes "the Project" of
// later sentences that project, though another is named between.
func TestDefinedTermIsItsProject(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rd.txt", Text: "RECORD OF DISCUSSIONS\n\nHanoi, 2 May 2019\n\n" +
		"2.1 Title: the Project for Mangrove Restoration in the Mekong Delta (MRMD) (hereinafter referred to as \"the Project\").\n\n" +
		"3.1 The Project builds on the Project for Coastal Forest Mapping (CFM), completed in 2017.\n\n" +
		"4.1 The Japanese contribution to the Project is estimated at JPY 540 million.\n"})
	expectAnswers(t, ix, map[string]string{
		"how much is japan putting into mrmd": "JPY 540 million",
	})
	for _, f := range ix.Funding() {
		if strings.Contains(f.Text, "540") && !strings.Contains(f.Text, "MRMD") {
			t.Errorf("JPY 540 million listed without its project: %q", f.Text)
		}
	}
}

// A row whose status cell says "Signatory" is a signatory, not yet a
// member, dated by its row.
func TestSignatoryCell(t *testing.T) {
	ix := mustOpen(t, Source{Name: "sheet.md", Text: sheetDoc})
	for _, m := range ix.Memberships() {
		if m.Country != "Malaysia" {
			continue
		}
		if m.Status != StatusSigned || m.Date == nil || m.Date.Text != "18 February 2021" {
			t.Errorf("Malaysia: status %q, date %v; want signed on 18 February 2021", m.Status, m.Date)
		}
		return
	}
	t.Errorf("Malaysia's row read as no membership")
}
