package index

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPayerOnlyFromGrammar checks that a sum is credited to a payer only
// when the sentence makes it the subject of a giving verb or the agent of a
// passive one, never because it is the first country named.
func TestPayerOnlyFromGrammar(t *testing.T) {
	doc := "Payer test\n\nMay 2010\nMinistry of Foreign Affairs of Japan\n\n" +
		"## 1. Grants\n\n" +
		"Under the agreement with Thailand, Japan will give Laos grant aid of ¥2.37 billion.\n\n" +
		"Cambodia received US$3.5 million for rural roads.\n\n" +
		"The bridge, costing 1,350 million baht, is financed by the Asian Development Bank (ADB).\n\n" +
		"Vietnam, Laos and Myanmar attended the workshop, which cost EUR 450,000.\n\n" +
		"The Government of Laos will contribute 9,600 million kip to the project.\n\n" +
		"Japan provided ¥24 million and the Thailand International Cooperation Agency (TICA) added 3.1 million baht.\n\n" +
		"UNICEF's share, US$960,000, pays for training.\n\n" +
		"For FY2012 the budget rises to 3.1 billion yen, and a further US$4.5 million is channelled through the Delta Trade Fund (DTF).\n\n" +
		"The Port Terminal Project in Cambodia, financed by a JICA ODA loan of ¥23.6 billion, opened in 2017.\n\n" +
		"The Border Facility Project between Cambodia and Thailand was co-financed by the Thailand International Cooperation Agency (TICA) with 450 million baht and by Japan with US$3.6 million.\n"
	ix := mustOpen(t, Source{Name: "payer-test.md", Text: doc})
	got := map[string]string{}
	cur := map[string]string{}
	for _, a := range ix.x.amounts {
		got[a.Text] = a.Payer
		cur[a.Text] = a.Currency
	}
	want := map[string]string{
		"¥2.37 billion":      "Japan",
		"US$3.5 million":     "",
		"1,350 million baht": "Asian Development Bank (ADB)",
		"EUR 450,000":        "",
		"9,600 million kip":  "Government of Laos",
		// The verb after a bracketed acronym is the agency's own.
		"¥24 million":      "Japan",
		"3.1 million baht": "Thailand International Cooperation Agency (TICA)",
		// A comma after the sum is not part of it; the owner of a share
		// pays it, though the document never spells its acronym out.
		"US$960,000":      "UNICEF",
		"3.1 billion yen": "",
		"US$4.5 million":  "",
		// Before a passive verb stands what is paid for; the payer is
		// the agent after "by", when the sum follows it directly.
		"¥23.6 billion":    "",
		"450 million baht": "Thailand International Cooperation Agency (TICA)",
		"US$3.6 million":   "Japan",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("payers (-want +got):\n%s", diff)
	}
	wantCur := map[string]string{"¥2.37 billion": "JPY", "US$3.5 million": "USD", "1,350 million baht": "THB", "EUR 450,000": "EUR", "9,600 million kip": "LAK", "¥24 million": "JPY", "3.1 million baht": "THB", "US$960,000": "USD", "3.1 billion yen": "JPY", "US$4.5 million": "USD", "¥23.6 billion": "JPY", "450 million baht": "THB", "US$3.6 million": "USD"}
	if diff := cmp.Diff(wantCur, cur); diff != "" {
		t.Errorf("currencies (-want +got):\n%s", diff)
	}
	// A sum asked by the fund it goes through.
	if a := ix.Answer("how much goes thru the dtf"); !a.Found || a.Span != "US$4.5 million" {
		t.Errorf("how much goes thru the dtf: found %v span %q", a.Found, a.Span)
	}
	// An organisation asked as the payer, by its acronym.
	if a := ix.Answer("how much did tica add"); !a.Found || a.Span != "3.1 million baht" {
		t.Errorf("how much did tica add: found %v span %q", a.Found, a.Span)
	}
}

// A sum whose verb is left out ("and Thailand, as co-donor, US$700,000",
// "and Malaysia the rest, some RM 27 million") is paid by the name after
// "and", and "how much did Thailand put in"
// answers with Thailand's sum, not the one its sentence credits to Japan.
func TestGappedPayer(t *testing.T) {
	doc := Source{Name: "gapped-fixture.md", Text: `Gapped Fixture

June 2012
Ministry of Foreign Affairs

1. Funding

Under the Customs Programme, Japan provided US$2.8 million and Thailand, as co-donor, US$700,000 for the training of customs officials. The Trust Fund was co-financed in a two-to-one ratio, Japan contributing US$10 million and Australia US$5 million. Japan meets 60 per cent of the refit cost and Malaysia the rest, some RM 27 million. The Port Programme has a budget of US$9.2 million, of which Japan provides US$4.4 million through the Regional Trust Facility (RTF) and the Islamic Development Bank (IsDB) US$3.3 million. The operator was set up with capital of US$30 million, of which Thai partners contributed US$16 million and foreign partners, including two banks and the Nordic Investment Fund (NIF), about US$14 million.
`}
	ix := mustOpen(t, doc)
	payers := map[string]string{}
	for _, a := range ix.x.amounts {
		payers[a.Text] = a.Payer
	}
	want := map[string]string{"US$2.8 million": "Japan", "US$700,000": "Thailand", "US$10 million": "Japan", "US$5 million": "Australia", "RM 27 million": "Malaysia", "US$9.2 million": "", "US$4.4 million": "Japan", "US$3.3 million": "Islamic Development Bank (IsDB)", "US$30 million": "", "US$16 million": "", "US$14 million": ""}
	if d := cmp.Diff(want, payers); d != "" {
		t.Errorf("payers (-want +got):\n%s", d)
	}
	expectAnswers(t, ix, map[string]string{
		"how much did thailand put into the customs programme":               "US$700,000",
		"how much did australia contribute to the trust fund":                "US$5 million",
		"what is the ratio between japan and australia on the trust fund":    "two-to-one",
		"how much in us dollars did japan provide for the customs programme": "US$2.8 million",
		"how much did the isdb put into the port programme":                  "US$3.3 million",
	})
}

// A giving word that is part of a name ("Emergency Grant Aid") is not the
// verb, so the clause's subject still pays; a sum goes to the country
// named right after it, and is ranked by it; "2.9 million people" is one
// count, never "9 million".
func TestPayerPastNamesAndRecipients(t *testing.T) {
	doc := "Relief test\n\nNovember 2013\nMinistry of Foreign Affairs of Japan\n\n## 1. Aid\n\n" +
		"Japan will extend Emergency Grant Aid of US$30 million (approximately 2.94 billion yen) to the Philippines and of US$200,000 to the Republic of Palau.\n\n" +
		"The storm had left 4,217 people dead, and about 2.9 million people had been displaced across 41 provinces.\n\n" +
		"Japan will extend a grant of 2.4 billion yen to Cambodia by 31 March 2006. The mission produced orders of US$3.4 million for Vietnamese suppliers. " +
		"JICA signed a loan of ¥18.742 billion for the Watu Rendo Geothermal Power Plant Project (WRGPP).\n"
	ix := mustOpen(t, Source{Name: "relief.md", Text: doc})
	got := map[string]string{}
	for _, a := range ix.x.amounts {
		got[a.Text] = a.Payer + " -> " + a.Recipient
	}
	// "a grant" after an article is a noun, not the verb; "for Vietnamese
	// suppliers" names no country; a project is what a sum pays for.
	want := map[string]string{
		"US$30 million":    "Japan -> Philippines",
		"2.94 billion yen": "Japan -> Philippines",
		"US$200,000":       "Japan -> Palau",
		"2.4 billion yen":  "Japan -> Cambodia",
		"US$3.4 million":   " -> ",
		"¥18.742 billion":  " -> ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("payers -> recipients (-want +got):\n%s", diff)
	}
	expectAnswers(t, ix, map[string]string{
		"how much was the grant to palau":         "US$200,000",
		"how much did japan give the philippines": "US$30 million",
	})
	var counts []string
	for _, c := range ix.x.counts {
		counts = append(counts, fmt.Sprintf("%s %s = %d", c.Text, c.Noun, c.Value))
	}
	wantCounts := []string{"4,217 people = 4217", "about 2.9 million people = 2900000", "41 provinces = 41"}
	if diff := cmp.Diff(wantCounts, counts); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
}

// "Japan and the Philippines split the mission's costs 70:30": a share
// whose parties are the subject of its verb, and who pays is answered as
// the sentence names them.
func TestJointSubjectShares(t *testing.T) {
	doc := "Shares test\n\nSeptember 2017\nMinistry of Foreign Affairs of Japan\n\n## 1. Missions\n\n" +
		"Japan and the Philippines split the mission's costs 70:30, Japan bearing travel and the Philippines the venues.\n\n" +
		"The cost of the charter flight was shared equally by JICA and the Government of Singapore.\n\n" +
		"Compensation came to US$1.0 million, which the Ministry of Economy and Finance (MEF) and the provincial administration shared equally.\n"
	ix := mustOpen(t, Source{Name: "shares.md", Text: doc})
	var got []string
	for _, s := range ix.x.shares {
		got = append(got, s.Text+": "+strings.Join(s.Parties, " + "))
	}
	want := []string{
		"70:30: Japan + Philippines",
		"shared equally: JICA + Government of Singapore",
		"shared equally: Ministry of Economy and Finance (MEF)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("share parties (-want +got):\n%s", diff)
	}
	expectAnswers(t, ix, map[string]string{
		"how are the mission costs split between japan and the philippines": "70:30",
		"who paid for the charter flight":                                   "JICA, Government of Singapore",
		"who paid the compensation":                                         "Ministry of Economy and Finance (MEF)",
	})
}

// A date dates the sum whose clause it is in: not one in a relative clause
// the comma closes before the sum, nor one standing nearer another sum
// across a break from this one. A fund's name keeps its possessive.
func TestSumDatesAndChannels(t *testing.T) {
	doc := "Dates test\n\nJune 2008\nMinistry of Foreign Affairs of Japan\n\n" +
		"## 1. Relief\n\n" +
		"In view of the damage caused by the storm, which struck the delta on 2 and 3 May, Japan has decided to extend additional grant aid of US$6 million. Of this amount, US$2 million will be provided through the United Nations Children's Fund (UNICEF).\n\n" +
		"Together with relief goods handed over on 7 May and the US$10 million announced on 20 May, this decision brings Japan's assistance to US$16.6 million in total.\n\n" +
		"Japan paid 120 million yen (about US$1.17 million) into the Reserve Fund in fiscal year 2012 and a further ¥38 million in FY2014.\n"
	ix := mustOpen(t, Source{Name: "dates-test.md", Text: doc})
	got := map[string]string{}
	for _, a := range ix.x.amounts {
		d := ""
		if a.Date != nil {
			d = a.Date.Text
		}
		got[a.Text] = d + " | " + a.Via
	}
	want := map[string]string{
		"US$6 million":    " | ",
		"US$2 million":    " | United Nations Children's Fund (UNICEF)",
		"US$10 million":   "20 May | ",
		"US$16.6 million": " | ",
		"120 million yen": "fiscal year 2012 | ",
		"US$1.17 million": "fiscal year 2012 | ",
		"¥38 million":     "FY2014 | ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates and channels (-want +got):\n%s", diff)
	}
}

// "A counterpart contribution from the Government of Myanmar of US$1.8
// million": the party the contribution comes from pays it, not the
// sentence's subject.
func TestPayerFromPartyOf(t *testing.T) {
	ix := mustOpen(t, Source{Name: "from-party.md", Text: "From party\n\nJune 2015\nAsian Development Bank\n\n## 1. Grant\n\nThe JFPR grant of US$9.5 million will be joined by a counterpart contribution from the Government of Myanmar of US$1.8 million.\n"})
	got := map[string]string{}
	for _, a := range ix.x.amounts {
		got[a.Text] = a.Payer
	}
	if got["US$1.8 million"] != "Government of Myanmar" {
		t.Errorf("payer of US$1.8 million = %q, want Government of Myanmar (all: %v)", got["US$1.8 million"], got)
	}
}

// Who pays, read from the grammar of a FAQ and an overview: a name before
// ", funded with" is funded; ", giving it a combined budget" gives
// nothing; a channel's name may hold "für", or "for" when its short form
// closes it; a fund's line lists only the sums sent through it by name,
// not those that come "from Japan".
func TestPassiveParticiplesAndChannels(t *testing.T) {
	ix := mustOpen(t, Source{Name: "channels.md", Text: `Channels

August 2021
ASEAN Secretariat

## 1. Funds

The Japan-ASEAN Integration Fund (JAIF) finances regional work. The Disaster Emergency Logistics System for ASEAN (DELSA), funded with 1.2 billion yen from JAIF, keeps stockpiles in Subang.

The pilot received US$1.1 million from JAIF and EUR 300,000 from the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ), giving it a combined budget of about US$1.43 million. The study was financed with US$1.5 million from the Japan Fund for Poverty Reduction (JFPR).

The ward's total cost is US$148,000, of which Japan is providing US$91,045 through the GGP and the Korea International Cooperation Agency (KOICA) is contributing US$56,955.
`})
	type row struct{ Payer, Via string }
	got := map[string]row{}
	for _, a := range ix.x.amounts {
		got[a.Text] = row{a.Payer, a.Via}
	}
	want := map[string]row{
		"1.2 billion yen": {"", "JAIF"},
		"US$1.1 million":  {"", "JAIF"},
		"EUR 300,000":     {"", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)"},
		"US$1.43 million": {"", ""},
		"US$1.5 million":  {"", "Japan Fund for Poverty Reduction (JFPR)"},
		"US$148,000":      {"", ""},
		"US$91,045":       {"Japan", "GGP"},
		"US$56,955":       {"Korea International Cooperation Agency (KOICA)", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("payers and channels (-want +got):\n%s", diff)
	}
	jaif := &Org{Name: "Japan-ASEAN Integration Fund", Acronym: "JAIF"}
	for via, want := range map[string]bool{"JAIF": true, "Japan-ASEAN Integration Fund (JAIF)": true, "the Japan-ASEAN Integration Fund": true, "Japan": false, "Japan-ASEAN": false} {
		if got := viaNames(via, jaif); got != want {
			t.Errorf("viaNames(%q, JAIF) = %v, want %v", via, got, want)
		}
	}
	if a := ix.Answer("how much was DELSA funded with"); a.Span != "1.2 billion yen" {
		t.Errorf("DELSA funded with: %q", a.Span)
	}
}

// A date that labels its line ("2013: exports ¥154.2 billion; imports
// ¥67.4 billion") dates every sum of the line.
func TestDateLabelsItsLine(t *testing.T) {
	ix := mustOpen(t, Source{Name: "trade.md", Text: "Trade\n\nMarch 2015\nMinistry of Foreign Affairs of Japan\n\n## 1. Trade\n\n- 2013: exports ¥154.2 billion; imports ¥67.4 billion\n- 2014: exports ¥128.9 billion; imports ¥88.0 billion\n"})
	got := map[string]string{}
	for _, a := range ix.x.amounts {
		if a.Date != nil {
			got[a.Text] = a.Date.Text
		}
	}
	want := map[string]string{"¥154.2 billion": "2013", "¥67.4 billion": "2013", "¥128.9 billion": "2014", "¥88.0 billion": "2014"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates of the sums (-want +got):\n%s", diff)
	}
	if a := ix.Answer("japan's imports in 2013?"); a.Span != "¥67.4 billion" {
		t.Errorf("imports in 2013: %q", a.Span)
	}
}

// "JICA provides ¥450 million and the Vietnamese side some ¥70 million
// (VND 18.5 billion)": the verb's subject pays its own sum, not the one
// after "and" with a subject of its own, nor that sum said again in
// brackets; "... contribution in dong?" asks a sum.
func TestGappedSubjectThatIsNoName(t *testing.T) {
	ix := mustOpen(t, Source{Name: "gapped.md", Text: "Gapped\n\nOctober 2012\nJapan International Cooperation Agency\n\n## 1. Cost\n\nThe project costs roughly ¥520 million in all, of which JICA provides ¥450 million and the Vietnamese side the equivalent of some ¥70 million (VND 18.5 billion) in counterpart staff, offices and local works.\n"})
	got := map[string]string{}
	for _, a := range ix.x.amounts {
		got[a.Text] = a.Payer
	}
	want := map[string]string{"¥520 million": "", "¥450 million": "JICA", "¥70 million": "", "VND 18.5 billion": ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("payers (-want +got):\n%s", diff)
	}
	if a := ix.Answer("vietnamese side contribution in dong?"); a.Kind != "money" || a.Span != "VND 18.5 billion" {
		t.Errorf("in dong: kind %s span %q", a.Kind, a.Span)
	}
}
