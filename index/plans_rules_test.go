package index

import (
	"slices"
	"strings"
	"testing"
)

// Rules on what is still to come, on parts and wholes, and on names that
// look like other words: a question in the past tense about an act a
// sentence only plans, a date left open, a country that is no member of
// the body whose members pay, a group defined by the countries its
// letters spell, a place that opens with an auxiliary, and a figure that
// is part of another.

// plansDoc is a short plain-text paper in a ministry's manner.
const plansDoc = "Japan's Support for River Ports in Cambodia, Lao PDR and Myanmar\n\n" +
	"May 2004\n\nMinistry of Foreign Affairs of Japan\n\n" +
	"Overview: Cambodia, Lao PDR and Viet Nam (hereafter \"CLV\") are the focus of this paper. " +
	"The Mekong Port Forum (hereafter \"MPF\") meets every year. Thailand, Cambodia and Laos (TCL) share the upper river. " +
	"In FY2003 total Japan's ODA to CLV was ¥95.2 billion. Further assistance is up to US$2.0 billion over three years from FY2005. " +
	"Cambodia, Laos and Viet Nam joined the Mekong Port Forum in between 1996 and 1998.\n\n" +
	"1. Ports\n\n" +
	"(1) Can Tho River Port Project: yen loan (¥7.5 billion). The Loan Agreement is expected to be signed in June 2004.\n" +
	"(2) Kratie Jetty Project: grant aid (¥900 million). The Exchange of Notes was signed on 2 February 2004.\n" +
	"(3) Route 7 Ferry Landings Project: grant aid (¥1.3 billion) for 5 landings in Stung Treng province.\n" +
	"(4) The Lao side asked Japan to extend the Kratie Jetty Project to Pakse.\n" +
	"(5) Mekong Port Skills Pilot Project: grant aid (¥200 million) in Kampot. Thailand is not included in the pilot.\n" +
	"(6) Cambodia bears ¥40 million for land acquisition at the landings.\n\n" +
	"2. Meetings\n\n" +
	"The first Mekong Port Officials Meeting was held in Hanoi on 3-4 March 2003; the second meeting will be held in Vientiane in 2004, date is to be decided. " +
	"The next donor meeting is planned in Phnom Penh in September 2004.\n\n" +
	"The Third Port Safety Seminar was first planned for May 2003. It was postponed owing to floods. The seminar was eventually held on 8 September 2003.\n\n" +
	"The Framework on River Navigation was signed in Bali on 9 October 2003 with Indonesia as witness.\n\n" +
	"3. Training\n\n" +
	"JICA will train 2,400 persons in Laos and in Japan during FY2004-FY2006, of which 900 persons from Cambodia. " +
	"The second phase of the Pilot Training Programme was launched in May 2004. The phase has a budget of US$2.5 million. " +
	"The budget includes 60 patrol boats for the river police. Japan will also send 100 Japanese youth to the ports.\n\n" +
	"4. Mekong Port Skills Centre (MPSC)\n\n" +
	"  - The MPSC was founded in Vientiane on 1 April 2001 by Japan and Lao PDR as founding members.\n" +
	"  - Cambodia joined on 5 May 2002.\n" +
	"  - Myanmar intends to join in FY2005, but is not yet member.\n" +
	"  - Thailand participates as observer.\n" +
	"  - Director is Mr. Taro Hoshino (former JICA).\n" +
	"  - Each member country pays US$30,000 per year.\n\n" +
	"5. Cambodia\n\n" +
	"(1) At the Consultative Group Meeting held in Tokyo on 11 June 2001, Japan pledged US$100 million.\n" +
	"(2) Siem Reap Drainage Project (Phase II): grant aid (¥800 million). Exchange of Notes signed on 4 March 2002.\n"

func TestPlansPartsAndNames(t *testing.T) {
	ix := mustOpen(t, Source{Name: "plans.txt", Text: plansDoc})
	expectAnswers(t, ix, map[string]string{
		// A group spelt by the initials of the countries before it,
		// quoted or not; a short form defined "hereafter".
		"what does CLV stand for": "Cambodia, Lao PDR and Viet Nam",
		"what does TCL stand for": "Thailand, Cambodia and Laos",
		"what does MPF stand for": "Mekong Port Forum",
		// "Can Tho" opens with an auxiliary but asks no yes or no.
		"can tho river port loan amount": "¥7.5 billion",
		// The publisher's country pledging at a meeting in its capital
		// does not make the date another country's.
		"when was the cambodia consultative group meeting in tokyo": "11 June 2001",
		// A sentence that numbers nothing is of the phase its item numbers.
		"when was the exchange of notes for siem reap drainage phase II signed": "4 March 2002",
		// "The phase has a budget": the phase the sentence before numbers.
		"pilot training programme phase 2 budget?": "US$2.5 million",
		// Back over sentences that each point back, to the one that numbers.
		"when did the third port safety seminar actually take place": "8 September 2003",
		// "Youth" counts people, as "staff" does.
		"how many japanese youth will japan send": "100",
		// ODA is money.
		"total japan oda to clv in fy2003?": "¥95.2 billion",
		// What a party pays for a thing named after the verb.
		"what is cambodia paying for land acquisition": "¥40 million",
		// "Route 7" is a name, not a question of place.
		"cost of route 7 ferry landings project": "¥1.3 billion",
		// A signing done is a date; the same verb to come is none.
		"when was the kratie jetty exchange of notes signed": "2 February 2004",
		// Each statement of a sentence numbers its own meeting.
		"where will the second mekong port officials meeting be held": "Vientiane",
		"where was the first mekong port officials meeting held":      "Hanoi",
		// A place shared by two countries is the one the document names.
		"where was the framework on river navigation signed": "Bali",
		// The whole, unless the question names the part's own words.
		"how many persons will jica train":               "2,400",
		"how many persons from cambodia will jica train": "900",
		// "Director is Mr. X": the title the name completes.
		"who is the director of the mpsc": "Mr. Taro Hoshino",
		// A member pays what each member pays.
		"how much does cambodia pay for its mpsc membership": "US$30,000",
		// "Or an observer" asks which status, not whether.
		"is thailand a member of the mpsc or an observer": "observer",
		// An act still to come is not done.
		"is the can tho loan agreement signed yet": "no",
	})
	expectRefused(t, ix,
		// "is expected to be signed in June 2004" is no signing.
		"when was the can tho loan agreement signed",
		// Vientiane's date "is to be decided": 2004 is no date of a day.
		"what date is the second mekong port officials meeting",
		// Phnom Penh is named only for a meeting still planned.
		"what was agreed at the phnom penh donor meeting in september 2004",
		// Myanmar only intends to join: "each member country" is not it.
		"how much does myanmar pay for its mpsc membership",
	)
	// "from FY2005" dates a sum; it is no channel the sum goes through.
	for _, am := range ix.Amounts() {
		if am.Via != "" && strings.Contains(am.Via, "FY") {
			t.Errorf("a fiscal year read as a channel: %+v", am)
		}
	}
	// The pilot project, not the Skills Centre whose words it shares, is
	// what is asked about: Thailand's seat at the Centre does not answer.
	if a := ix.Answer("is thailand part of the mekong port skills pilot"); a.Found && a.Span == "observer" {
		t.Errorf("a body's status for a project: %q", a.Text)
	}
	// A request to extend says neither yes nor no of an extension.
	if a := ix.Answer("was the kratie jetty project extended"); a.Found && a.Span == "no" {
		t.Errorf("a request read as a refusal: %q", a.Text)
	}
	// "extend the Kratie Jetty Project to Pakse" names the project
	// "Kratie Jetty Project": where it is to reach is no part of its name.
	for _, pr := range ix.Projects() {
		if strings.Contains(pr.Name, "Pakse") {
			t.Errorf("a destination read into a project's name: %q", pr.Name)
		}
	}
	// "joined ... in between 1996 and 1998" dates no one's joining.
	for _, m := range membershipRows(ix) {
		if strings.HasPrefix(m.Org, "Mekong Port Forum") && m.Date != "" {
			t.Errorf("a range given as a joining date: %+v", m)
		}
	}
	if !slices.ContainsFunc(membershipRows(ix), func(m membershipRow) bool {
		return m.Country == "Laos" && strings.HasPrefix(m.Org, "Mekong Port Forum") && m.Status == "joined"
	}) {
		t.Errorf("the joining itself lost with its date: %+v", membershipRows(ix))
	}
}

// reportDoc is a workshop report in Markdown: a front matter of labelled
// lines, a programme grid whose rows each name their chair, sub-sections
// numbered "2.1", and a project under one of them.
const reportDoc = "# Regional Workshop on River Port Safety\n\n" +
	"- **Dates:** 4–6 June 2018\n" +
	"- **Venue:** Riverside Hotel, Vientiane, Lao PDR\n\n" +
	"## 1. Background\n\n" +
	"This workshop is the third of the series. The second workshop was held in Hanoi on 2-3 May 2017.\n\n" +
	"## 2. Programme\n\n" +
	"| Time | Session | Chair / Speaker |\n" +
	"|---|---|---|\n" +
	"| 09:00–10:00 | Opening Session | Chair: Dr. Anan Srisawat, Director, Port Authority of Thailand; Remarks: Mr. Kenji Ueda, President, MPSA |\n" +
	"| 10:30–12:00 | Session 2: Dredging | Chair: Ms. Tran Thi Mai, Deputy Director, Maritime Institute, Hai Phong, Viet Nam |\n" +
	"| 14:00–15:00 | Closing | Mr. Kenji Ueda; Dr. Anan Srisawat |\n\n" +
	"## 3. Summary\n\n" +
	"### 3.1 Pakse Jetty Rehabilitation Project\n\n" +
	"- Financed by a JICA grant of ¥210 million; completed in March 2018.\n\n" +
	"### 3.2 Training\n\n" +
	"- 150 pilots were trained.\n\n" +
	"## 4. Next Steps\n\n" +
	"- **Funding pledged:** MPSA pledged ¥90 million for the port database. Total new Japanese-side support is approx. ¥120 million.\n" +
	"- **Follow-up meeting:** The fourth workshop is planned in Phnom Penh, Cambodia in March 2019.\n\n" +
	"## 5. List of Participants\n\n" +
	"| Country | No. |\n" +
	"|---|---|\n" +
	"| Lao PDR | 12 |\n" +
	"| Viet Nam | 9 |\n"

func TestReportGridAndSections(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.md", Text: reportDoc})
	expectAnswers(t, ix, map[string]string{
		// The row of the session asked, its role's line, its person
		// before the body they are of.
		"who chaired the opening session": "Dr. Anan Srisawat",
		"who chaired session 2":           "Ms. Tran Thi Mai",
		// What a party pledges, with what it is for after the verb.
		"what did MPSA pledge for the port database": "¥90 million",
		// A row labelled with the country asked, in a table titled for
		// what is counted.
		"how many participants from viet nam": "9",
	})
	// "who funds it?" after "cost of X": "it" is X, not the cost.
	if got, want := ix.FollowUp("cost of pakse jetty rehabilitation project", "who funds it?"), "who funds the pakse jetty rehabilitation project"; got != want {
		t.Errorf("who funds it: %q, want %q", got, want)
	}
	// "## 4. Next Steps" after "### 3.1 ...": each heading has a number of
	// its own, so the next steps are no part of the project above.
	seen := map[int]string{}
	for _, p := range ix.Documents()[0].Passages {
		if p.Cite.Section == 0 {
			continue
		}
		if title, ok := seen[p.Cite.Section]; ok && title != p.Cite.SectionTitle {
			t.Errorf("§%d is both %q and %q", p.Cite.Section, title, p.Cite.SectionTitle)
		}
		seen[p.Cite.Section] = p.Cite.SectionTitle
	}
	pr, err := ix.Project("Pakse Jetty Rehabilitation Project")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range pr.Funding {
		if f != "¥210 million" {
			t.Errorf("project funded by another section's sum: %+v", f)
		}
	}
	for _, pl := range pr.Places {
		if pl.Name == "Phnom Penh" {
			t.Errorf("project placed by another section's sentence: %+v", pr.Places)
		}
	}
}

// TestProgrammeGridChairs asks a workshop report's programme grid for the
// chair of each session: three grids of rows, each with a "Chair:" line,
// one row also naming who gave remarks, one chair named with the body
// they work for.
func TestProgrammeGridChairs(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "conf-2017-09-asean-japan-workshop-programme-and-summary"))
	expectAnswers(t, ix, map[string]string{
		"who chaired the opening session":      "Dr. Somphone Keovilay",
		"who chairs session 4 on training":     "Ms. Nguyen Thi Hoa",
		"who chaired the ACCN network meeting": "Mr. Chea Sophal",
	})
	// A plan's row labelled "Lead:" does not answer who leads its review
	// as well as the sentence that says who will lead it.
	ix = mustOpen(t, corpusSource(t, "asean-2020-11-asean-japan-work-plan-implementation-matrix"))
	if a := ix.Answer("who's leading the mid-term review of the cold chain pilot"); !strings.Contains(a.Span, "Ratna Widjaja") {
		t.Errorf("leader of the review: %q (%s)", a.Span, a.Text)
	}
}
