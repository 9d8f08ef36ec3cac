package index

import (
	"slices"
	"strings"
	"testing"
)

// Rules read from a ministry's plain-text paper and an encyclopedia
// article: parts numbered in Roman numerals, a table whose columns line up
// under a rule of dashes, a quoted name defined "hereinafter", a status
// standing as a line's label, a section titled for the body its statuses
// are about, and a status none took up.

// paperDoc is a short plain-text paper in the ministry's manner.
const paperDoc = "Japan's Support for Water Safety in the Mekong\n\n" +
	"March 2006\n\nMinistry of Foreign Affairs of Japan\n\n" +
	"I. GENERAL POLICY\n\n" +
	"(a) Japan regards safe water as a basis of health in the region.\n\n" +
	"II. REGIONAL SCHEMES\n\n" +
	"The \"Mekong Network for Safe Water Testing and Monitoring\" (hereinafter \"MNSW\") was started on 4 May 2004. " +
	"Of the ¥900 million Japan gave it, ¥600 million was used for purchase of 1,500,000 test kits and ¥300 million for training.\n\n" +
	"Japan runs the \"Mekong Water Engineers Training Course\" (MWTC) in Vientiane.\n\n" +
	"The Basin Water Accord (BWA) was signed by Cambodia, Thailand and Viet Nam on 2 June 2003 as founding parties. Myanmar joined in May 2005.\n\n" +
	"III. RIVER LABORATORY CENTRE (RLC)\n\n" +
	"  • - Founding members: Cambodia, Lao PDR and Viet Nam.\n" +
	"  • - Thailand participates as observer.\n\n" +
	"IV. PER-COUNTRY AMOUNTS\n\n" +
	"Thailand, Malaysia and Singapore are not covered.\n\n" +
	"(a) Cambodia: Grant aid for wells in Kampot province. The E/N was signed on 3 March 2006.\n\n" +
	"(b) Lao PDR: Laboratory kits for Pakse. The E/N was signed on 9 April 2006.\n\n" +
	"  Country     Main item                Amount (yen)\n" +
	"  ----------  -----------------------  ------------\n" +
	"  Cambodia    Well drilling            410 million\n" +
	"  Lao PDR     Laboratory kits          250 million\n" +
	"  ----------  -----------------------  ------------\n" +
	"  Total                                660 million\n\n" +
	"V. PUMPS AND DONORS\n\n" +
	"(1) Asian Development Bank (ADB)\n" +
	"  • - The River Laboratory Centre was opened in Vientiane on 5 May 2005 with Japanese grant aid of ¥450 million for the building.\n" +
	"  • - ADB loan is US$25 million and Japan provides yen loan of ¥1.1 billion for the Delta Pump Station Project.\n" +
	"  • - Japan exchanges information with the World Bank on this pump station project.\n" +
	"  • - In FY2005, 80 engineers received training in Japan in the pump station field.\n" +
	"(2) Results (up to March 2006)\n" +
	"  1. 12 courses were held.\n"

func TestPaperPartsTablesAndQuotedNames(t *testing.T) {
	ix := mustOpen(t, Source{Name: "paper.txt", Text: paperDoc})
	// Roman numerals number the parts, so each passage cites its part.
	found := 0
	for _, p := range ix.docs[0].Passages {
		if strings.Contains(p.Text, "founding parties") {
			found++
			if p.Cite.Section != 2 || p.Cite.SectionTitle != "REGIONAL SCHEMES" {
				t.Errorf("cited as §%d %q, want §2 REGIONAL SCHEMES", p.Cite.Section, p.Cite.SectionTitle)
			}
		}
	}
	if found != 1 {
		t.Errorf("%d passages say \"founding parties\", want 1", found)
	}
	// The quoted name runs to its closing quote, past the words its short
	// form spells.
	if !slices.ContainsFunc(ix.Orgs(), func(o Org) bool {
		return o.Acronym == "MNSW" && o.Name == "Mekong Network for Safe Water Testing and Monitoring"
	}) {
		t.Errorf("MNSW not defined by its quoted name: %+v", ix.Orgs())
	}
	// Inside quotes a short form may skip words of the name.
	if !slices.ContainsFunc(ix.Orgs(), func(o Org) bool {
		return o.Acronym == "MWTC" && o.Name == "Mekong Water Engineers Training Course"
	}) {
		t.Errorf("MWTC not defined by its quoted name: %+v", ix.Orgs())
	}
	// A purpose runs past the comma inside a number; a table's row takes
	// its column's unit though its number carries a scale.
	amounts := map[string]string{}
	for _, a := range ix.Amounts() {
		amounts[a.Text] = a.Purpose
	}
	if got := amounts["¥600 million"]; got != "purchase of 1,500,000 test kits" {
		t.Errorf("purpose of ¥600 million = %q", got)
	}
	if _, ok := amounts["410 million yen"]; !ok {
		t.Errorf("table row's sum not read with its column's unit: %v", amounts)
	}
	expectAnswers(t, ix, map[string]string{
		"how much for well drilling in cambodia": "410 million yen",
		"what does MNSW stand for":               "Mekong Network for Safe Water Testing and Monitoring",
		// An undated item is dated by its lead-in.
		"how many courses were held up to march 2006": "12",
		// An item labelled with its country speaks of it throughout.
		"when was the E/N for wells in cambodia signed": "3 March 2006",
		"when was the laos E/N signed":                  "9 April 2006",
	})
	// Who pays: the owner of "Japanese grant aid", not the subject the
	// sentence opens with; a body whose loan a copula states.
	payers := map[string]string{}
	for _, a := range ix.Amounts() {
		payers[a.Text] = a.Payer
	}
	for sum, want := range map[string]string{"¥450 million": "Japan", "US$25 million": "Asian Development Bank", "¥1.1 billion": "Japan"} {
		if !strings.HasPrefix(payers[sum], want) {
			t.Errorf("payer of %s = %q, want %s", sum, payers[sum], want)
		}
	}
	// An item telling what a party does, or opening with its date, is no
	// project of the list.
	for _, pr := range ix.Projects() {
		if strings.HasPrefix(pr.Name, "Japan exchanges") || strings.HasPrefix(pr.Name, "In FY2005") {
			t.Errorf("a statement listed as a project: %q", pr.Name)
		}
	}
	// A country the lead-in leaves out gets none of the table's sums.
	expectRefused(t, ix, "how much does thailand put into well drilling")
	got := membershipRows(ix)
	const bwa, rlc = "Basin Water Accord (BWA)", "RIVER LABORATORY CENTRE (RLC)"
	expectMemberRows(t, got,
		// "signed ... as founding parties".
		membershipRow{"Cambodia", bwa, "founding member", "2 June 2003"},
		membershipRow{"Thailand", bwa, "founding member", "2 June 2003"},
		membershipRow{"Myanmar", bwa, "joined", "May 2005"},
	)
	// The status label lists the founders, and the part's title names the
	// body its statuses are about, not the body the part before listed.
	var centre []membershipRow
	for _, m := range got {
		if strings.HasSuffix(m.Org, "(RLC)") {
			centre = append(centre, membershipRow{m.Country, rlc, m.Status, m.Date})
		} else if m.Org != bwa {
			t.Errorf("membership of an unexpected body: %+v", m)
		}
		if m.Org == bwa && m.Country == "Thailand" && m.Status == "observer" {
			t.Errorf("the Centre's observer given to the Accord: %+v", m)
		}
	}
	expectMemberRows(t, centre,
		membershipRow{"Cambodia", rlc, "founding member", ""},
		membershipRow{"Laos", rlc, "founding member", ""},
		membershipRow{"Vietnam", rlc, "founding member", ""},
		membershipRow{"Thailand", rlc, "observer", ""},
	)
}

// articleDoc is a short encyclopedia article on a fund, whose membership
// section names no body.
const articleDoc = "# Mekong Village Bridges Fund\n\n" +
	"The **Mekong Village Bridges Fund** (**MVBF**) is a trust fund for village bridges. " +
	"It was set up by an exchange of letters between the Government of Japan and the ASEAN Secretariat signed on 3 May 2002, and its office is in Phnom Penh, Cambodia.\n\n" +
	"| Key | Value |\n|---|---|\n| Budget | ¥500 million (FY2020) |\n| Director | Dr. Anan Phommachanh |\n\n" +
	"## Funding\n\n" +
	"Japan has given ¥2 billion since 2002. Of this, ¥1.4 billion went to the Bridges Window and ¥600 million to the Training Window.\n\n" +
	"## Membership\n\n" +
	"The founding members were Japan, Lao PDR and Viet Nam. Myanmar joined on 1 April 2004. " +
	"The Asian Development Bank was invited to become an observer in 2015 but has not taken up the invitation. " +
	"Singapore is not a member.\n"

func TestArticleTitleFramesItsMembership(t *testing.T) {
	ix := mustOpen(t, Source{Name: "article.md", Text: articleDoc})
	got := membershipRows(ix)
	const fund = "Mekong Village Bridges Fund (MVBF)"
	expectMemberRows(t, got,
		membershipRow{"Japan", fund, "founding member", ""},
		membershipRow{"Laos", fund, "founding member", ""},
		membershipRow{"Vietnam", fund, "founding member", ""},
		membershipRow{"Myanmar", fund, "joined", "1 April 2004"},
		membershipRow{"Singapore", fund, "not a member", ""},
	)
	for _, m := range got {
		// The country where the office is did not found the fund with
		// the letters: it stands past the clause of "set up by".
		if m.Org != fund || m.Country == "Cambodia" {
			t.Errorf("wrong membership %+v", m)
		}
	}
	// An infobox's "Value" column says nothing of its values.
	if !slices.ContainsFunc(ix.docs[0].Passages, func(p *Passage) bool { return p.Text == "Budget: ¥500 million (FY2020)." }) {
		t.Error("infobox row not read as \"Budget: ¥500 million (FY2020).\"")
	}
	// An invitation not taken up is no date of joining.
	expectRefused(t, ix, "when did the asian development bank join as observer")
	expectAnswers(t, ix, map[string]string{
		"when did myanmar join": "1 April 2004",
		// Each sum of a list owns the phrase after it, "went to" or a
		// bare "to" before a name.
		"how much went to the bridges window":  "¥1.4 billion",
		"how much went to the training window": "¥600 million",
		// The infobox's role row names who holds it.
		"who is the current director": "Dr. Anan Phommachanh",
	})
}
