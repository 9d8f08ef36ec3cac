package index

import "testing"

// A count written as a word from thirteen to ninety opens its sentence
// ("Fourteen Japan Customs experts"); "total" before a noun of money asks
// a sum, before another plural a count; "leave" asks of a withdrawal.
func TestWordCountsTotalsAndLeaving(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "fourteen", doc: "Pilots began in 2015 at three ports. Fourteen Japan Customs experts have been dispatched since then.", q: "how many japan customs experts were sent", span: "Fourteen"},
		{name: "eighteen", doc: "The Institute opened in Bangkok in 2015. Eighteen courses are offered, from three-day refresher sessions to a 12-week diploma.", q: "how many courses does the institute offer", span: "Eighteen"},
		{name: "total of money", doc: "Since FY2012 Japan has worked with ASEAN on cold chains. Japan's commitments in this field now total approximately ¥15.8 billion, of which 14 experts cost ¥300 million.", q: "total japanese commitments for cold chain cooperation?", span: "¥15.8 billion"},
		{name: "total share", doc: "Four pilots are running, serving 22,500 households. Japan's share in the four running pilots totals ¥980 million.", q: "total japanese share across the four running pilots?", span: "¥980 million"},
		{name: "leave", doc: "Brunei Darussalam joined the Network in August 2007 because it wanted to share test methods. Brunei Darussalam withdrew from the Network in September 2009 because it now sends its samples to a laboratory in Singapore.", q: "why did brunei leave the network", span: "because it now sends its samples to a laboratory in Singapore"},
	})
}

// A post given "as" after a verb of posting is the person's ("seconded
// ... as Pharmacovigilance Adviser"), and a bare post under a sub-heading
// that names only an aspect is of the body the sub-heading before named.
func TestPostsByAsAndUnderAspectHeadings(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "as a post", doc: "Dr. Kenji Takamura, Senior Scientist at PMDA, has been seconded to the ASEAN Secretariat in Jakarta as Pharmacovigilance Adviser since 1 April 2009.", q: "who is the pharmacovigilance adviser", span: "Dr. Kenji Takamura"},
		{name: "under an aspect heading", doc: "(1) ASEAN-Japan Cold Chain Logistics Institute (AJCLI)\nThe Institute opened in Bangkok on 3 June 2015.\n\n(2) Courses and trainees\nEighteen courses are offered.\n\n(3) Management\nDr. Somchai Wattanakul is Executive Director. His deputy, Mr. Takeshi Ogura, is seconded from JICA.\n\n(4) Other Partner Academy (OPA)\nThe OPA trains drivers.",
			q: "who's the executive director of ajcli", span: "Dr. Somchai Wattanakul"},
		{name: "not of another body", doc: "(1) ASEAN-Japan Cold Chain Logistics Institute (AJCLI)\nThe Institute opened in Bangkok on 3 June 2015.\n\n(2) Other Partner Academy (OPA)\nThe OPA trains drivers.\n\n(3) Management\nDr. Somchai Wattanakul is Executive Director.",
			q: "who's the executive director of ajcli", span: ""},
	})
}

// "60 percent of that cost" points back at the sum the sentence before
// told of: what share of that thing a party paid is the percentage.
func TestShareOfASumPointedBackTo(t *testing.T) {
	checkRules(t, []ruleCase{{
		name: "of that cost",
		doc: "Japan is financing refrigerated warehouses (\"hubs\") at ports in four countries.\n\n" +
			"  Hub                      City           Country     Capacity (tonnes)   Opening year\n" +
			"  Hai Phong Port Hub       Hai Phong      Vietnam     12,000              2016\n" +
			"  Laem Chabang Hub         Laem Chabang   Thailand    10,000              2015\n" +
			"  Phnom Penh Hub           Phnom Penh     Cambodia     4,000              2017\n\n" +
			"Note: Capacities are design capacities.\n\n" +
			"The Vietnamese hub is financed by a yen loan of up to JPY 11.2 billion, signed in Hanoi on 8 February 2014.\n\n" +
			"The Laem Chabang Hub cost ¥1.5 billion to build. Japan bore 60 percent of that cost and the Ministry of Transport of Thailand the remaining 40 percent.",
		q: "what share of the laem chabang hub cost did japan pay", span: "60 percent", publisher: "Ministry of Foreign Affairs of Japan",
	}})
}

// A table's cell answers a question that names its row and its column
// ("capacity ... in tonnes", the unit in brackets not needed); a sum
// asked is not answered by a bare number of a cell.
func TestTableCellsByRowAndColumn(t *testing.T) {
	table := "Japan is financing refrigerated hubs at ports in four countries.\n\n" +
		"  Hub                      City           Country     Capacity (tonnes)   Cost\n" +
		"  Hai Phong Port Hub       Hai Phong      Vietnam     12,000              2,100\n" +
		"  Can Tho Agri-Food Hub    Can Tho        Vietnam      8,500              1,300\n" +
		"  Laem Chabang Hub         Laem Chabang   Thailand    10,000              1,500\n" +
		"  Phnom Penh Hub           Phnom Penh     Cambodia     4,000                480\n\n" +
		"Note: Capacities are design capacities; costs are in millions of yen."
	checkRules(t, []ruleCase{
		{name: "column with its unit", doc: table, q: "capacity of the laem chabang hub in tonnes", span: "10,000"},
		{name: "unit left out", doc: table, q: "what's the capacity of the phnom penh hub?", span: "4,000"},
	})
	ix := mustOpen(t, Source{Name: "rule.md", Text: "Rule Fixture\n\nMay 2015\nMinistry of Foreign Affairs\n\n1. Facts\n\n" + table + "\n"})
	if a := ix.Answer("how much did the can tho hub cost"); a.Span == "1,300" {
		t.Errorf("a bare cell answered a sum: %q", a.Text)
	}
}

// A month typed short in chat ("nov 2009") is the month the documents
// write out.
func TestMonthsTypedShort(t *testing.T) {
	doc := "At its meeting in Siem Reap in November 2009, the ASEAN Pharmaceutical Product Working Group (PPWG) requested Japan to extend RECAP to vaccines. " +
		"At its meeting in Manila in March 2009, the PPWG adopted a common dossier format."
	checkRules(t, []ruleCase{
		{name: "nov", doc: doc, q: "where did the ppwg meet in nov 2009", span: "Siem Reap"},
		{name: "mar", doc: doc, q: "where did the ppwg meet in mar 2009", span: "Manila"},
	})
}

// "Of which Japan bears US$900,000" makes the sum a part: a question
// about the total wants the whole, and one that names the party, its
// part.
func TestPartsBorneByAParty(t *testing.T) {
	doc := "Every year since 2008 the Thai FDA has hosted a two-week course on inspection for 18 inspectors from the CLMV countries. The cost is shared between Japan and Thailand at 60:40; the total for five years is estimated at US$1.5 million, of which Japan bears US$900,000 and Thailand US$600,000."
	checkRules(t, []ruleCase{
		{name: "the total", doc: doc, q: "total cost of the inspection course over 5 yrs?", span: "US$1.5 million"},
		{name: "the named party's part", doc: doc, q: "what is japan's part of the total cost", span: "US$900,000"},
	})
}
