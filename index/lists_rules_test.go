package index

import (
	"strings"
	"testing"
)

// A list's line that labels a country with a bare status is a
// membership of the body the list is about; a place a thing is near is
// not where it is; a spaced table's row that leaves its last cells empty
// keeps the table; a row of one figure counts its label, a row of two
// does not say which.
func TestListsTablesAndPlaces(t *testing.T) {
	ix := mustOpen(t, Source{Name: "lists.md", Text: paperHeader("Japan's Cooperation with ASEAN on Flood Control", "May 2011") + `1. ASEAN Flood Data Network (AFDN)

The AFDN links the flood agencies of the region. Its membership is as follows:

  • - Thailand and Vietnam: founding members (May 5, 2007)
  • - Cambodia: member, joined on 9 June 2009
  • - Myanmar: observer

2. Pumps

A pump depot was opened at Sukhadon, near Bangkok, on 2 March 2010, for the flood agencies of Thailand. The depot holds:

  Item                 Quantity
  Mobile pumps         140
  Sandbag machines     35

A second depot is planned in Ayutthaya:

  Item            Held     Ordered
  Field tents     90       60
  Life jackets    400      250

3. Grants

Grants were extended in FY2010 as follows:

  Country      Amount           Use
  Cambodia     ¥300 million     pumps
  Laos         ¥250 million     dykes
  Total        ¥550 million
`})
	var myanmar []string
	for _, m := range ix.x.memberships {
		if m.Country == "Myanmar" {
			myanmar = append(myanmar, m.Status+" of "+m.Org)
		}
	}
	if len(myanmar) != 1 || !strings.HasPrefix(myanmar[0], StatusObserver+" of ASEAN Flood Data Network") {
		t.Errorf("Myanmar's memberships %q, want one observer of the AFDN", myanmar)
	}
	// Bangkok is where the depot is near, not where it is; Ayutthaya
	// where a depot is only planned.
	for _, q := range []string{"where was the pump depot opened", "where was the second depot opened"} {
		if a := ix.Answer(q); a.Found && (a.Span == "Bangkok" || a.Span == "Ayutthaya") {
			t.Errorf("%q: %q", q, a.Text)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"how many mobile pumps r at the depot": "140",
		"how much did laos get in fy2010":      "¥250 million",
		"afdn founding members?":               "Thailand, Vietnam",
		"is myanmar a member of the afdn":      "no",
	})
	if a := ix.Answer("how many pumps are there"); a.Found && a.Span == "35" {
		t.Errorf("another row's figure answered: %q", a.Text)
	}
	// A row of two figures says how many only under the column asked.
	if a := ix.Answer("how many field tents"); a.Found && (a.Span == "90" || a.Span == "60") {
		t.Errorf("one of two figures answered: %q", a.Text)
	}
}

// A channel's name that runs on past "for" is the channel whole; the body
// after "to", whose name holds a "for" of its own, is the recipient, and
// what the sum is for comes after it. A fund listed as a project funds
// nothing by that, and a clause is no project's name.
func TestChannelRecipientAndPurpose(t *testing.T) {
	ix := mustOpen(t, Source{Name: "channel.md", Text: paperHeader("Japan's Cooperation with ASEAN on Forests", "May 2009") + `1. Forest Fires

(1) The Japan Trust Fund for Forest Fire Prevention was set up in 2006.

(2) The Government of Japan disbursed US$640,000 through the Japan Trust Fund for Forest Fire Prevention to the United Nations Office for Project Services (UNOPS) for the Peatland Fire Watch Initiative (PFWI). The Director of the Centre requested Japan to train its pilots, and a programme for this purpose is under consideration.
`})
	am := amountNamed(ix, "US$640,000")
	if am == nil {
		t.Fatal("no US$640,000")
	}
	if am.Via != "Japan Trust Fund for Forest Fire Prevention" || am.Recipient != "United Nations Office for Project Services (UNOPS)" || am.Purpose != "the Peatland Fire Watch Initiative (PFWI)" {
		t.Errorf("via %q, recipient %q, purpose %q", am.Via, am.Recipient, am.Purpose)
	}
	for _, f := range ix.Funding() {
		if strings.HasPrefix(f.Text, "Japan Trust Fund for Forest Fire Prevention: funds Japan Trust Fund") {
			t.Errorf("a fund funds itself: %q", f.Text)
		}
	}
	for _, pr := range ix.Projects() {
		if strings.Contains(pr.Name, " is under consideration") {
			t.Errorf("a clause read as a project: %q", pr.Name)
		}
	}
}

// A fund that a paper's section makes a project of ("Japan Trust Fund for
// Disaster Risk Reduction" under "Community-Based Disaster Risk
// Reduction") is not said to fund itself.
func TestFundFundsNotItself(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "mofa-2012-10-japan-asean-disaster-management-paper"))
	for _, f := range ix.Funding() {
		if name, uses, ok := strings.Cut(f.Text, ": funds "); ok && strings.Contains(uses, name) {
			t.Errorf("a fund funds itself: %q", f.Text)
		}
	}
}

// A short row that ends in a figure leaves a spaced table's last columns
// empty; one that ends in words ("Source    MAFF") is no row of it.
func TestShortRowsOfASpacedTable(t *testing.T) {
	head := "Title\n\nMay 2011\nMinistry of Foreign Affairs of Japan\n\n1. Grants\n\n"
	rows := "  Country      Amount           Use\n  Cambodia     ¥300 million     pumps\n  Laos         ¥250 million     dykes\n"
	for tail, table := range map[string]bool{
		"  Total        ¥550 million\n": true,
		"  Source       MAFF\n":         false,
	} {
		doc, err := ParseDocument("rows", head+rows+tail)
		if err != nil {
			t.Fatal(err)
		}
		rowsRead := 0
		for _, p := range doc.Passages {
			if p.IsTableRow() {
				rowsRead++
			}
		}
		if got := rowsRead > 0; got != table {
			t.Errorf("with %q: table read %v, want %v", tail, got, table)
		}
	}
}

// A sum's body named by its head noun ("to the Centre", "the running
// costs of the Network") in a section on that body is that body, and
// "toward" says what a sum is for.
func TestSumsNameTheSectionsBody(t *testing.T) {
	ix := mustOpen(t, Source{Name: "body.md", Text: paperHeader("Japan's Cooperation with ASEAN on Haze", "May 2012") + `1. ASEAN Haze Monitoring Network (AHMN)

The Government of Japan contributes approximately ¥40 million a year toward the running costs of the Network.

2. Support to the ASEAN Peatland Centre (APC)

The Government of Japan extended ¥900 million to the Centre through the Japan-ASEAN Solidarity Fund (JASF).
`})
	if am := amountNamed(ix, "¥40 million"); am == nil || am.Purpose != "the running costs of the Network (AHMN)" {
		t.Errorf("¥40 million: %+v", am)
	}
	if am := amountNamed(ix, "¥900 million"); am == nil || am.Recipient != "ASEAN Peatland Centre (APC)" {
		t.Errorf("¥900 million: %+v", am)
	}
}

// A party's share asked is not a percentage of a sentence that names no
// party; the word a count question puts before its noun picks the count
// so qualified; "so far" is no word a count must hold.
func TestSharesAndQualifiedCounts(t *testing.T) {
	ix := mustOpen(t, Source{Name: "shares.md", Text: paperHeader("Japan's Cooperation with ASEAN on Grain", "May 2003") + `1. Japan-Vietnam Grain Storage Programme (JVGSP)

Grain losses in storage are estimated at up to 12 per cent of the harvest. The cost of the programme is shared by Japan and Vietnam. In FY2002 its budget was ¥80 million, of which ¥50 million was borne by Japan and ¥30 million by Vietnam.

2. Network

The network links 14 member colleges in the region with 9 partner colleges in Japan. Colleges in the far north of Laos may join later.
`})
	expectAnswers(t, ix, map[string]string{
		"what was japan's share of the grain storage programme cost?": "¥50 million",
		"how many member colleges are in the network":                 "14",
		"how many partner colleges":                                   "9",
		// "So far" asks up to now, which a count says without the words.
		"how many member colleges so far": "14",
	})
}

// "Which countries can't get it" asks for the countries a sentence says
// are not eligible, though it words neither "can't" nor "get".
func TestCantGetAsksTheExcluded(t *testing.T) {
	ix := mustOpen(t, Source{Name: "cant.md", Text: paperHeader("Japan's Cooperation with ASEAN on Study Abroad", "May 2007") + `1. Japan-ASEAN Nursing Scholarships (JANS)

About 40 scholarships are offered each year. Brunei Darussalam and Singapore are not eligible, because their income is above the threshold of the programme.
`})
	expectAnswers(t, ix, map[string]string{
		"which countries cant get JANS scholarships?":    "Brunei, Singapore",
		"which countries can't receive the scholarships": "Brunei, Singapore",
	})
}

// A place "near" which a thing lies, with no place before it, is where
// it is, and one where a thing is only planned is not where it was
// opened; a team "led by" someone is headed by that one when the team is
// what is asked; a sum "toward" an act is for it.
func TestNearTeamsAndToward(t *testing.T) {
	ix := mustOpen(t, Source{Name: "near.md", Text: paperHeader("Japan's Cooperation with ASEAN on Roads", "May 2017") + `1. Coastal Road

Works on the Coastal Road were suspended in 2016 because the alignment crosses mangrove forest near Kep. The Road Safety Team, led by Ms. Emi Sato, serves as the secretariat of the project. Japan provided US$2.1 million toward the establishment of the Road Safety Team.

2. Depots

A second road depot is planned in Kampot; the date of its opening has not been decided.
`})
	// A place only planned is not where a thing was opened.
	expectRefused(t, ix, "where was the second road depot opened?")
	expectAnswers(t, ix, map[string]string{
		"where does the coastal road cross mangroves": "Kep",
		"who heads the road safety team":              "Ms. Emi Sato",
	})
	if am := amountNamed(ix, "US$2.1 million"); am == nil || am.Purpose != "the establishment of the Road Safety Team" {
		t.Errorf("US$2.1 million: %+v", am)
	}
}
