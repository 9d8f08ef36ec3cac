package index

import (
	"slices"
	"strings"
	"testing"
)

// Rules read from an interview transcript and a lender's release: "it" as
// the body founded, a body named in an adjunct of purpose, payers named by
// their own words or passive after "to X", sums from several sources, and
// totals carried to their sum.

// "Cambodia, Laos and Viet Nam founded it in 2009" after the interviewer's
// question: "it" is the platform last named. Indonesia withdrew from it,
// not from the centre it turned to; Japan is not a member of it either.
func TestTranscriptMemberships(t *testing.T) {
	ix := mustOpen(t, Source{Name: "interview.md", Text: "# Interview\n\n22 July 2013\nMinistry of Foreign Affairs of Japan\n\n## Disasters\n\n" +
		"**Vice-Minister:** Flood data are exchanged through the Mekong Disaster Information Sharing Platform (MDISP).\n\n" +
		"**Host:** Who sits on that platform?\n\n" +
		"**Vice-Minister:** Cambodia, Laos and Viet Nam founded it in 2009. Thailand joined in March 2011. Indonesia held observer status from 2010 but withdrew in January 2013 in order to concentrate its resources on the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management, the AHA Centre, in Jakarta. Japan is not a member; we take part as a dialogue partner.\n"})
	got := membershipRows(ix)
	const mdisp = "Mekong Disaster Information Sharing Platform (MDISP)"
	expectMemberRows(t, got,
		membershipRow{"Cambodia", mdisp, "founding member", "2009"},
		membershipRow{"Vietnam", mdisp, "founding member", "2009"},
		membershipRow{"Thailand", mdisp, "joined", "March 2011"},
		membershipRow{"Indonesia", mdisp, "withdrew", "January 2013"},
		membershipRow{"Japan", mdisp, "not a member", ""},
	)
	for _, m := range got {
		if m.Org != mdisp {
			t.Errorf("wrong body %+v", m)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"when did thailand join MDISP":           "March 2011",
		"when did indonesia withdraw from mdisp": "January 2013",
	})
}

// "it" stands for a body one belongs to; an agency last named may be the
// scheme's sponsor, and a body named after "established it" is where, not
// what.
func TestItIsABodyJoined(t *testing.T) {
	ix := mustOpen(t, Source{Name: "it.md", Text: "# Notes\n\nMay 2015\nMinistry of Foreign Affairs of Japan\n\n## Support\n\nThe scheme is run with the Japan International Cooperation Agency (JICA).\n\nCambodia and Laos founded it in 2012.\n\n## Network\n\nThe clinic takes part in the Tri-Border Health Network. Cambodia, Laos and Viet Nam established it in March 2012 within the Development Triangle Area (DTA) in order to share referrals.\n"})
	got := membershipRows(ix)
	if !slices.Contains(got, membershipRow{"Laos", "Tri-Border Health Network", "founding member", "March 2012"}) {
		t.Errorf("missing the network's founders in %+v", got)
	}
	for _, m := range got {
		if m.Org != "Tri-Border Health Network" {
			t.Errorf("wrong body %+v", m)
		}
	}
}

// Who pays a sum: a passive "extended to X by Y" names Y; "with Japan
// contributing" names Japan, not the sentence's subject; "from JBIC and
// the commercial banks" credits no one alone, while "from JAIF and
// US$600,000 from Thailand" still credits JAIF.
func TestPayersOfThisRound(t *testing.T) {
	ix := mustOpen(t, Source{Name: "payers.md", Text: "# Payers\n\nMay 2018\nMinistry of Foreign Affairs of Japan\n\n## Money\n\n" +
		"JBIC issued a guarantee for a loan of VND 2,300 billion extended to VBPW by the Bank for Foreign Trade of Vietnam (Vietcombank). " +
		"The Coastal Project (RCLP) is a US$5 million grant administered by the Asian Development Bank (ADB), with Japan contributing US$3 million. " +
		"Of the total, US$1,760 million will come from JBIC and the commercial banks. " +
		"The cost was met by US$2.5 million from JAIF and US$600,000 from the Government of Thailand.\n"})
	got := map[string][2]string{}
	for _, a := range ix.x.amounts {
		got[a.Text] = [2]string{a.Payer, a.Via}
	}
	for sum, want := range map[string][2]string{
		"VND 2,300 billion": {"Bank for Foreign Trade of Vietnam", ""},
		"US$3 million":      {"Japan", ""},
		"US$1,760 million":  {"", ""},
		"US$2.5 million":    {"", "JAIF"},
	} {
		if g, ok := got[sum]; !ok || g != want {
			t.Errorf("%s (read: %v): payer and channel %q, want %q", sum, ok, g, want)
		}
	}
}

// A payer named by its own words ("mizuho") picks the sum its list credits
// to it, and a follow-up naming another takes that one's; "bringing the
// total co-financing to" says the total; the body the question names in a sum's own sentence ranks it above one its passage names.
func TestNamedPayersAndTotals(t *testing.T) {
	doc := "On 16 October 2018, JBIC signed a loan agreement with VBPW for a buyer's credit of up to US$1,056 million. The loan is co-financed with MUFG Bank, Ltd., Sumitomo Mitsui Banking Corporation (SMBC) and Mizuho Bank, Ltd., bringing the total co-financing to US$1,760 million. Commercial banks: US$704 million, shared among MUFG Bank (US$324 million), SMBC (US$200 million) and Mizuho Bank (US$180 million)."
	checkRules(t, []ruleCase{
		{name: "a payer by its words", doc: doc, q: "hw much did mizuho put in", span: "US$180 million"},
		{name: "a payer by its acronym, with a chat verb", doc: doc, q: "how much did SMBC put in", span: "US$200 million"},
		{name: "a total carried to its sum", doc: "The co-financing banks will add US$704 million of co-financing, bringing the total co-financing to US$1,760 million.", q: "total co-financing amount?", span: "US$1,760 million"},
		{name: "the body named in the sum's own sentence", doc: doc, q: "how much is the JBIC loan", span: "US$1,056 million"},
	})
	ix := mustOpen(t, Source{Name: "named.md", Text: "# Loan\n\n## Financing\n\n" + doc + "\n"})
	if a := ix.AnswerFollowUp("hw much did mizuho put in", "and SMBC?"); a.Span != "US$200 million" {
		t.Errorf("and SMBC?: %q, want US$200 million", a.Span)
	}
	// "the bank" names several payers: it picks out none of them.
	if a := ix.Answer("how much did the bank put in"); a.Span == "US$180 million" {
		t.Errorf("the bank: %q, a payer it does not pick out", a.Span)
	}
}

// A rate or a period is no sum: "the tenor of the rayong loan" with no
// tenor given is refused, not answered with the loan; of two tenors, the
// one whose own words name the loan asked.
func TestLoanTenors(t *testing.T) {
	doc := "Tenor: the JBIC and commercial bank loans have a tenor of 18 years, with repayment in semi-annual instalments; the guaranteed dong loan has a tenor of 12 years. Thailand: Rayong Combined Cycle IPP (FY2016), a JBIC loan of US$630 million."
	checkRules(t, []ruleCase{
		{name: "the organisation's own", doc: doc, q: "what's the tenor of the jbic loan", span: "18 years"},
		{name: "the loan's own word", doc: doc, q: "tenor of the dong loan", span: "12 years"},
		{name: "no tenor given", doc: doc, q: "what was the tenor of the rayong loan"},
	})
}

// Asked in a currency, a sum of that currency is not the answer when its
// sentence gives the asked thing's own sum in another; a conversion is
// the same sum, whether bracketed or after ", or roughly".
func TestSumsInTheCurrencyAsked(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "another's sum in the currency", doc: "The total project cost is put at US$142 million, of which the Japanese ODA loan covers 9.6 billion yen and the Asian Development Bank (ADB) provides US$30 million.", q: "road loan amount in US dollars?"},
		{name: "a conversion after or roughly", doc: "The total cost came to 1.68 billion yen, of which Japan provided ¥1.52 billion and the Government of Myanmar contributed 2.1 billion kyat, or roughly US$1.5 million, for the access road.", q: "how much did the myanmar government contribute in dollars", span: "US$1.5 million"},
	})
}

// "How many of the villages are in Laos" is not answered by a count over
// Laos and Cambodia together; the counted noun follows the partitive.
func TestPartOfACountByCountry(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "a joint count", doc: "The programme now reaches 260 villages in Kampong Cham Province in Cambodia and in Champasak Province in Laos, and 2,400 local officials have been trained.", q: "how many of the villages r in laos"},
		{name: "the country's own count", doc: "The programme reaches 180 villages in Cambodia and 80 villages in Laos.", q: "how many of the villages are in laos", span: "80"},
	})
}

// "the ¥1.2 billion that the Government of Japan set aside": the subject
// of a relative clause on a sum, whose verb gives it, pays it.
func TestRelativeClauseGiver(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rel.md", Text: "# Fund\n\nMay 2021\nASEAN Secretariat\n\n## Financing\n\nThe Japan-ASEAN Integration Fund (JAIF) provided US$1,320,000 to the project. The JAIF contribution was drawn from the ¥1.2 billion that the Government of Japan set aside under JAIF 2.0 in fiscal 2020.\n"})
	for _, a := range ix.x.amounts {
		if a.Text == "¥1.2 billion" && a.Payer != "Government of Japan" {
			t.Errorf("¥1.2 billion paid by %q, want the Government of Japan", a.Payer)
		}
	}
	if a := ix.Answer("how much did JAIF spend in FY2020"); !a.Refused() {
		t.Errorf("JAIF's spending: answered %q, a sum Japan set aside", a.Span)
	}
}

// A bold label several turns open with is a speaker's, not a project's
// name, and a sum after "Phase II" in a passage that named one project is
// that project's.
func TestSpeakerLabelsAndPhases(t *testing.T) {
	ix := mustOpen(t, Source{Name: "turns.md", Text: "# Interview\n\n22 July 2013\nMinistry of Foreign Affairs of Japan\n\n## Disasters\n\n" +
		"**Kurata:** What is Japan doing on disaster risk reduction?\n\n" +
		"**Vice-Minister Shimamura:** Since fiscal 2011 we have supported the Mekong Flood Early Warning Programme (MFEWP). Villages along the river are flooded every year. Phase II will run from April 2014 to March 2017 with a Japanese budget of ¥1.2 billion.\n\n" +
		"**Kurata:** And the money?\n\n" +
		"**Vice-Minister Shimamura:** The Cambodian government will contribute about 6 billion riels in 2014 to relocate power lines.\n"})
	for _, pr := range ix.Projects() {
		if strings.Contains(pr.Name, "Shimamura") || strings.Contains(pr.Name, "Kurata") {
			t.Errorf("a speaker read as project %q", pr.Name)
		}
	}
	for _, a := range ix.x.amounts {
		if a.Text == "¥1.2 billion" && (a.Project == nil || !strings.HasPrefix(a.Project.Name, "Mekong Flood Early Warning Programme")) {
			t.Errorf("¥1.2 billion for %+v, want the programme Phase II is of", a.Project)
		}
	}
}

// Rules read from a notice of award, a memorandum's annex table and a
// budget review sheet.

// A table label that names another country says whose a sum is; an
// identifier the question names ("CP-2A") must be in the answer's
// passage; a short form of a thing ("Approved Budget for the Contract
// (ABC)") is no one who acts; "who won" asks who an award goes to.
func TestAwardsCodesAndLabels(t *testing.T) {
	award := "## Packages\n\nThe Japan International Cooperation Agency (JICA) concurred in the evaluation on 8 March 2017. The DPWH hereby awards Contract Package CP-2B to the joint venture of Hoshino Engineering Corporation and Sta. Clara Heavy Works Corporation for a contract price of PHP 2,490,109,800.00. The contract shall be signed no later than 7 April 2017.\n\n## Rebid\n\nPackage CP-2A was declared a failure of bidding on 22 July 2016 because both bids exceeded its Approved Budget for the Contract (ABC). It is being rebid.\n"
	ix := mustOpen(t, Source{Name: "award.md", Text: "# Notice of Award\n\n20 March 2017\nDepartment of Public Works and Highways (DPWH)\n\n" + award})
	expectAnswers(t, ix, map[string]string{"who won CP-2B": "Hoshino Engineering Corporation", "who won the contract": "Hoshino Engineering Corporation"})
	for _, q := range []string{"who won the cp-2a rebid", "when will the cp-2a contract be signed"} {
		if a := ix.Answer(q); !a.Refused() {
			t.Errorf("%q: answered %q", q, a.Span)
		}
	}
	checkRules(t, []ruleCase{
		{name: "another country's label", doc: "Third-Country Training Programme: Location: Mahosot Hospital, Vientiane; Japanese contribution: ¥200 million (approximately US$1.8 million); Lao contribution: LAK 2 billion.", q: "how much is the lao contribution in yen"},
	})
}

// "How many persons were trained in FY2017" is read from a table row whose
// label counts persons, under the year's column.
func TestCountsInATableRow(t *testing.T) {
	ix := mustOpen(t, Source{Name: "sheet.md", Text: "# Review Sheet\n\nAugust 2019\nMinistry of Agriculture, Forestry and Fisheries\n\n## Indicators\n\n| Indicator | FY2016 | FY2017 | FY2018 |\n|---|---|---|---|\n| Persons trained | 540 | 860 | 720 |\n| Villages covered (cumulative) | 48 | 97 | 126 |\n| Share of farmer groups cutting losses | 18% | 34% | 47% |\n"})
	expectAnswers(t, ix, map[string]string{
		"how many persons were trained in FY2017":    "860",
		"how many villages covered by end of fy2018": "126",
	})
	if a := ix.Answer("how many persons were trained in FY2020"); !a.Refused() {
		t.Errorf("a year the table has no column for: answered %q", a.Span)
	}
	// A quote needs one of the question's own words: a share may be a
	// cost, but "Share of farmer groups" says nothing of a budget.
	if a := ix.Answer("FY2018 budget?"); !a.Refused() {
		t.Errorf("FY2018 budget?: answered %q", a.Text)
	}
}

// The reviewer's counter-examples to this round's rules, each once a
// wrong or a lost fact.
func TestFifthReviewCounterExamples(t *testing.T) {
	open := func(body string) *Index {
		return mustOpen(t, Source{Name: "r.md", Text: "# Review\n\nMay 2015\nMinistry of Foreign Affairs of Japan\n\n" + body})
	}
	// Memberships: "it" is no unnamed body, and no body a section before
	// named; a body named after "thanks to" may still be "it".
	for _, body := range []string{
		"## A\n\nThe Mekong River Commission (MRC) shares flood data with a regional training centre in Vientiane. Laos and Thailand established it in 2008.\n",
		"## A\n\nData are shared through the Mekong River Commission (MRC).\n\n## B\n\nA new flood centre opened in Phnom Penh in 2014. Cambodia and Viet Nam established it in 2013.\n",
	} {
		if rows := membershipRows(open(body)); len(rows) > 0 {
			t.Errorf("memberships of an unnamed body: %+v", rows)
		}
	}
	rows := membershipRows(open("## A\n\nJapan supports the ASEAN Disaster Forum. Flood data are shared thanks to the Mekong Disaster Information Sharing Platform (MDISP). Cambodia and Laos founded it in 2009.\n"))
	if want := (membershipRow{"Laos", "Mekong Disaster Information Sharing Platform (MDISP)", "founding member", "2009"}); !slices.Contains(rows, want) {
		t.Errorf("missing %+v in %+v", want, rows)
	}
	// Payers and channels.
	ix := open("## Money\n\nThe Asian Development Bank (ADB) concluded a co-financing agreement with the Government of Laos providing US$30 million in loans for the road. The centre is run from the US$4 million that Japan and Korea provided in 2015. Japan will provide ¥500 million through JICA and ASEAN will host the workshops. Each school may receive 10 million baht, or about US$50,000 in equipment.\n")
	amounts := map[string]Amount{}
	for _, a := range ix.x.amounts {
		amounts[a.Text] = a
	}
	for sum, want := range map[string][2]string{"US$30 million": {"Asian Development Bank (ADB)", ""}, "US$4 million": {"", ""}, "¥500 million": {"Japan", "JICA"}} {
		a, ok := amounts[sum]
		if !ok {
			t.Errorf("%s not read", sum)
			continue
		}
		if got := [2]string{a.Payer, a.Via}; got != want {
			t.Errorf("%s: payer and channel %q, want %q", sum, got, want)
		}
	}
	if a, ok := amounts["10 million baht"]; !ok || a.Equivalent != "" {
		t.Errorf("10 million baht: equivalent %q, an alternative is no conversion", a.Equivalent)
	}
	// A phase of another plan is no sum of the project named before.
	for _, a := range open("## A\n\nJapan funds the Mekong Flood Early Warning Programme (MFEWP). Phase 1 of the national irrigation master plan, financed by ADB with US$40 million, ended in 2012.\n").x.amounts {
		if a.Project != nil {
			t.Errorf("%s for %s, a phase of another plan", a.Text, a.Project.Name)
		}
	}
	checkRules(t, []ruleCase{
		{name: "a programme is a body", doc: "The project is implemented by the United Nations Development Programme (UNDP) with funding from the Japan International Cooperation Agency (JICA).", q: "who implements the project", span: "United Nations Development Programme"},
		{name: "the count's own phrase", doc: "The programme reaches 80 villages in Laos and 180 villages in Cambodia.", q: "how many of the villages are in laos", span: "80"},
		{name: "won is a currency after a figure", doc: "The Korea Foundation awarded 50 million won to the ASEAN University Network (AUN) for scholarships.", q: "who gave 50 million won", span: "Korea Foundation"},
		{name: "subject to is no award's to", doc: "The DPWH awarded Contract Package CP-1 in March 2017, subject to the concurrence of the Japan International Cooperation Agency (JICA).", q: "who won CP-1"},
		{name: "a sum asked in a grace period", doc: "Japan disbursed ¥2 billion during the grace period of ten years.", q: "how much was disbursed during the grace period", span: "¥2 billion"},
	})
	// A sentence that writes another package's identifier speaks of it.
	if a := open("## Packages\n\nPackage CP-2A was declared a failure of bidding in July 2016. The CP-2B contract was signed on 3 June 2017.\n").Answer("when was the cp-2a contract signed"); a.Span == "3 June 2017" {
		t.Errorf("CP-2A signing: answered CP-2B's date")
	}
	table := open("## Indicators\n\n| Indicator | FY2016 | FY2017 |\n|---|---|---|\n| Women trained | 300 | 410 |\n| Staff costs (US$ thousand) | 120 | 130 |\n")
	for _, q := range []string{"how many men were trained in FY2017", "how many staff in FY2017"} {
		if a := table.Answer(q); a.Span != "" {
			t.Errorf("%q: answered %q", q, a.Span)
		}
	}
}
