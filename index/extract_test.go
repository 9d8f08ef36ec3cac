package index

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func projectNames(ps []*Project) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func TestParseSeedFrontMatterAndCitations(t *testing.T) {
	ix := seedIndex(t)
	d := ix.Documents()[0]
	if diff := cmp.Diff(
		[]string{"mofa-2001-11-japan-cooperation-iai", `Japan's Cooperation to "Initiative for ASEAN Integration (IAI)"`, "Ministry of Foreign Affairs Japan", "November 2001", "2001-11-01"},
		[]string{d.ID, d.Title, d.Publisher, d.DateText, d.Date.Format("2006-01-02")}); diff != "" {
		t.Errorf("front matter (-want +got):\n%s", diff)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Kind+" | "+p.Cite.String())
	}
	doc := "mofa-2001-11-japan-cooperation-iai"
	want := []string{
		"title | " + doc,
		"overview | " + doc + " · Overview",
		"paragraph | " + doc + " §1 Cooperation with the ASEAN Secretariat",
		"item | " + doc + " §1 Cooperation with the ASEAN Secretariat, item 1",
		"item | " + doc + " §1 Cooperation with the ASEAN Secretariat, item 2",
		"item | " + doc + " §1 Cooperation with the ASEAN Secretariat, item 3",
		"item | " + doc + " §1 Cooperation with the ASEAN Secretariat, item 4",
		"item | " + doc + " §1 Cooperation with the ASEAN Secretariat, item 5",
		"paragraph | " + doc + " §2 Mekong Subregion Development",
		"paragraph | " + doc + " §3 Cooperation with other ASEAN members",
		"paragraph | " + doc + " §4 Cooperation with ASEAN-Japan Centre in Tokyo (1)",
		"paragraph | " + doc + " §4 Cooperation with ASEAN-Japan Centre in Tokyo (2)",
		"bullet | " + doc + " §4 Cooperation with ASEAN-Japan Centre in Tokyo (2) bullet 1",
		"bullet | " + doc + " §4 Cooperation with ASEAN-Japan Centre in Tokyo (2) bullet 2",
		"bullet | " + doc + " §4 Cooperation with ASEAN-Japan Centre in Tokyo (2) bullet 3",
		"paragraph | " + doc + " §5 Cooperation with ESCAP",
		"paragraph | " + doc + " §6 Transnational Issues",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("passages (-want +got):\n%s", diff)
	}
	// The navigation line at the end of the web page is not a passage.
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "Back to Index") {
			t.Errorf("navigation text indexed as %s", p.ID)
		}
	}
	// Bullets keep the paragraph that introduces them.
	if got := d.Passages[12].Lead; !strings.HasPrefix(got, "ASEAN-Japan Centre has such useful programs") {
		t.Errorf("bullet lead = %q", got)
	}
}

func TestExtractSeedProjects(t *testing.T) {
	ix := seedIndex(t)
	want := []string{
		"ICT Cooperation to Cambodia, Laos, Myanmar and Vietnam",
		"Attachment Programme at the ASEAN Secretariat for Junior Diplomats of CLMV",
		"Human Capacity Building Workshop for MFA personnel of the CLMV",
		"HRD Workshop for non-MFA personnel of the CLMV",
		"Workshop to Formulate a Workplan for the Integration of ASEAN New Member Countries: CLMV into ASEAN",
		"East-West Corridor",
		"2nd East-West Corridor",
		"Japan-Singapore Partnership Program for the 21st Century (JSPP21)",
		"Construct web-site",
		"Dispatch economic delegations to ASEAN countries",
		"Organize regular exhibitions in Japan",
		"Project to facilitate trade by removing procedural and regulatory barriers",
	}
	if diff := cmp.Diff(want, projectNames(ix.Projects())); diff != "" {
		t.Fatalf("projects (-want +got):\n%s", diff)
	}
	type card struct {
		Partners, Beneficiaries, Places, Dates, Funding []string
		Status                                          string
	}
	cardOf := func(p *Project) card {
		c := card{Partners: p.Partners, Beneficiaries: p.Beneficiaries, Funding: p.Funding, Status: p.Status}
		for _, pl := range p.Places {
			c.Places = append(c.Places, pl.Name+"/"+pl.Country)
		}
		for _, d := range p.Dates {
			c.Dates = append(c.Dates, d.Resolved())
		}
		return c
	}
	clmv := []string{"Cambodia", "Laos", "Myanmar", "Vietnam"}
	jagef := []string{"Japan-ASEAN General Exchange Fund (JAGEF)"}
	for _, tc := range []struct {
		name string
		want card
	}{
		{"Workshop to Formulate a Workplan for the Integration of ASEAN New Member Countries: CLMV into ASEAN", card{
			Partners: []string{"ASEAN Secretariat"}, Beneficiaries: clmv, Places: []string{"Phnom Penh/Cambodia"},
			Dates: []string{"20-22 November 2001"}, Funding: jagef, Status: "carried out or under consideration"}},
		{"ICT Cooperation to Cambodia, Laos, Myanmar and Vietnam", card{
			Partners: []string{"ASEAN Secretariat"}, Beneficiaries: clmv, Funding: jagef, Status: "carried out or under consideration"}},
		{"East-West Corridor", card{Beneficiaries: []string{"Myanmar", "Thailand", "Vietnam"},
			Places: []string{"Mawlamyine/Myanmar", "Mukdahan/Thailand", "Da Nang/Vietnam"}}},
		{"2nd East-West Corridor", card{Beneficiaries: []string{"Vietnam", "Cambodia", "Thailand"},
			Places: []string{"Ho Chi Minh City/Vietnam", "Phnom Penh/Cambodia", "Bangkok/Thailand"}}},
		{"Japan-Singapore Partnership Program for the 21st Century (JSPP21)", card{
			Partners: []string{"Japan", "Singapore"}, Funding: []string{"cost shared 50-50 by Japan and Singapore"}}},
		{"Project to facilitate trade by removing procedural and regulatory barriers", card{
			Partners: []string{"Economic and Social Commission for Asia and the Pacific (ESCAP)", "Japan"}, Beneficiaries: []string{"Cambodia", "Laos", "Vietnam"},
			Dates: []string{"February 2000", "2000"}, Funding: []string{"$98,520", "Japan ESCAP Cooperation Fund"}, Status: "ongoing since February 2000"}},
		{"Construct web-site", card{Partners: []string{"ASEAN-Japan Centre"}}},
	} {
		p, err := ix.Project(tc.name)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		// The ICT item's own text names the recipient ministries.
		got := cardOf(p)
		if tc.name == "ICT Cooperation to Cambodia, Laos, Myanmar and Vietnam" {
			got.Partners = withoutMinistries(got.Partners)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func withoutMinistries(ps []string) []string {
	var out []string
	for _, p := range ps {
		if !strings.HasPrefix(p, "Ministries") {
			out = append(out, p)
		}
	}
	return out
}

func TestExtractSeedCountriesPlacesAndGroups(t *testing.T) {
	ix := seedIndex(t)
	mentioned := map[string]bool{}
	for _, d := range ix.Documents() {
		for _, p := range d.Passages {
			for _, c := range ix.PassageCountries(p) {
				mentioned[c] = true
			}
		}
	}
	var got []string
	for c := range mentioned {
		got = append(got, c)
	}
	sort.Strings(got)
	if diff := cmp.Diff([]string{"Cambodia", "Japan", "Laos", "Myanmar", "Philippines", "Singapore", "Thailand", "Vietnam"}, got); diff != "" {
		t.Errorf("countries (-want +got):\n%s", diff)
	}
	var places []string
	for _, p := range ix.Places() {
		places = append(places, p.AsWritten+" -> "+p.Name+", "+p.Country)
	}
	if diff := cmp.Diff([]string{
		"Phnom Phen -> Phnom Penh, Cambodia",
		"Maulamyaing -> Mawlamyine, Myanmar",
		"Mukdahan -> Mukdahan, Thailand",
		"Da Nang -> Da Nang, Vietnam",
		"Ho Chi Minh City -> Ho Chi Minh City, Vietnam",
		"Phnom Penh -> Phnom Penh, Cambodia",
		"Bangkok -> Bangkok, Thailand",
		"Tokyo -> Tokyo, Japan",
	}, places); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
	groups := map[string][]string{}
	for _, g := range ix.Groups() {
		groups[g.Name] = g.Members
	}
	if diff := cmp.Diff(map[string][]string{
		"ASEAN":     {"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Vietnam"},
		"CLMV":      {"Cambodia", "Laos", "Myanmar", "Vietnam"},
		"Indochina": {"Cambodia", "Laos", "Vietnam"},
	}, groups); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	for _, g := range ix.Groups() {
		if g.Name == "CLMV" && g.Definition != "Cambodia, Laos, Myanmar and Vietnam" {
			t.Errorf("CLMV definition = %q", g.Definition)
		}
	}
}

func TestExtractSeedOrganisations(t *testing.T) {
	ix := seedIndex(t)
	got := map[string]string{}
	for _, o := range ix.Orgs() {
		key := o.Acronym
		if key == "" {
			key = "(name)"
		}
		if o.General {
			key += " (general)"
		}
		if old, ok := got[key]; ok {
			got[key] = old + "; " + o.Name
		} else {
			got[key] = o.Name
		}
	}
	want := map[string]string{
		"IAI":           "Initiative for ASEAN Integration",
		"ODA":           "Official Development Assistance",
		"JAGEF":         "Japan-ASEAN General Exchange Fund",
		"MFA":           "Ministry of Foreign Affairs",
		"ADB":           "Asian Development Bank",
		"JSPP21":        "Japan-Singapore Partnership Program for the 21st Century",
		"ESCAP":         "Economic and Social Commission for Asia and the Pacific",
		"ICT (general)": "Information and Communication Technology",
		"IT (general)":  "Information Technology",
		"HRD (general)": "Human Resource Development",
		"(name)":        "ASEAN Secretariat; Ministries of Foreign Affairs; ASEAN-Japan Centre; United Nations Economic and Social Commission for Asia and the Pacific; Japan ESCAP Cooperation Fund",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("organisations (-want +got):\n%s", diff)
	}
}

func TestExtractSeedMoneyDatesCountsMemberships(t *testing.T) {
	ix := seedIndex(t)
	var amounts []string
	for _, a := range ix.Amounts() {
		amounts = append(amounts, a.Describe()+" ["+a.Currency+"]")
	}
	if diff := cmp.Diff([]string{
		"$98,520, disbursed by Japan in 2000 through the Japan ESCAP Cooperation Fund, for the project to facilitate trade by removing procedural and regulatory barriers [USD]",
	}, amounts); diff != "" {
		t.Errorf("amounts (-want +got):\n%s", diff)
	}
	var shares []string
	for _, s := range ix.Shares() {
		shares = append(shares, s.Describe()+" | "+s.What)
	}
	if diff := cmp.Diff([]string{"cost shared 50-50 by Japan and Singapore | a joint program for building human resources of developing countries"}, shares); diff != "" {
		t.Errorf("shares (-want +got):\n%s", diff)
	}
	var dates []string
	for _, d := range ix.Dates() {
		s := d.Text + " = " + d.Start.Format("2006-01-02") + ".." + d.End.Format("2006-01-02")
		if d.Since {
			s += " since"
		}
		if d.Relative {
			s += " relative"
		}
		dates = append(dates, s)
	}
	if diff := cmp.Diff([]string{
		"20-22 November 2001 = 2001-11-20..2001-11-22",
		"15th to 21st July 2001 = 2001-07-15..2001-07-21",
		"June 11, 2001 = 2001-06-11..2001-06-11",
		"February 2000 = 2000-02-01..2000-02-29 since",
		"last year = 2000-01-01..2000-12-31 relative",
	}, dates); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
	var counts []string
	for _, c := range ix.Counts() {
		counts = append(counts, c.Text+" "+c.Noun)
	}
	if diff := cmp.Diff([]string{"nearly 20 training courses"}, counts); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	var ms []string
	for _, m := range ix.Memberships() {
		s := m.Country + " " + m.Status + " " + m.Org
		if m.Date != nil {
			s += " on " + m.Date.Text
		}
		if m.Note != "" {
			s += " (" + m.Note + ")"
		}
		ms = append(ms, s)
	}
	if diff := cmp.Diff([]string{
		"Singapore member ASEAN",
		"Thailand member ASEAN",
		"Philippines member ASEAN",
		"Vietnam member ASEAN-Japan Centre",
		"Cambodia joined ASEAN-Japan Centre on June 11, 2001",
		"Laos intends to join ASEAN-Japan Centre",
		"Myanmar not a member ASEAN-Japan Centre (encouraged to join)",
	}, ms); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// TestExtractSecondDocument proves extraction is not tuned to the seed: a
// Markdown document with other countries, currencies, date forms and list
// styles.
func TestExtractSecondDocument(t *testing.T) {
	ix := mustOpen(t, secondSource(t))
	d := ix.Documents()[0]
	if diff := cmp.Diff([]string{"JICA Cooperation in Health and Education: From the Mekong to the Archipelago", "Japan International Cooperation Agency (JICA)", "March 2003"},
		[]string{d.Title, d.Publisher, d.DateText}); diff != "" {
		t.Errorf("front matter (-want +got):\n%s", diff)
	}
	var cites []string
	for _, p := range d.Passages {
		if p.Kind == KindItem || p.Kind == KindBullet {
			cites = append(cites, p.Cite.Item)
		}
	}
	if diff := cmp.Diff([]string{"(a)", "(b)", "(c)", "bullet 1", "bullet 2", "bullet 3", "1", "2", "3"}, cites); diff != "" {
		t.Errorf("list items (-want +got):\n%s", diff)
	}
	var amounts []string
	for _, a := range ix.Amounts() {
		amounts = append(amounts, a.Text+" "+a.Currency+" "+strconv.FormatFloat(a.Value, 'f', -1, 64))
	}
	if diff := cmp.Diff([]string{"¥350 million JPY 350000000", "$1.2 million USD 1200000", "6.8 billion yen JPY 6800000000", "US$56.6 million USD 56600000"}, amounts); diff != "" {
		t.Errorf("amounts (-want +got):\n%s", diff)
	}
	var shares []string
	for _, s := range ix.Shares() {
		shares = append(shares, s.Describe()+" | "+s.What)
	}
	if diff := cmp.Diff([]string{
		"cost shared 70:30 by Japan International Cooperation Agency (JICA) and Government of Indonesia | the Surabaya centre",
		"cost shared 60-40 by Japan International Cooperation Agency (JICA) and Thai Ministry of Public Health | the Chiang Mai centre",
	}, shares); diff != "" {
		t.Errorf("shares (-want +got):\n%s", diff)
	}
	var dates []string
	for _, d := range ix.Dates() {
		dates = append(dates, d.Text+" = "+d.Resolved())
	}
	if diff := cmp.Diff([]string{
		"April 1999 = April 1999", "FY2003 = FY2003", "FY2002 = FY2002", "5 to 9 August 2002 = 5 to 9 August 2002",
		"FY2000 = FY2000", "April 2, 2002 = April 2, 2002", "last year = 2002", "3 March 2003 = 3 March 2003",
		"1996 = 1996", "1998 = 1998", "2001 = 2001", "20 May 2002 = 20 May 2002", "next year = 2004",
		"This year = 2003", "12 to 23 May 2003 = 12 to 23 May 2003",
	}, dates); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
	var places []string
	for _, p := range ix.Places() {
		if p.AsWritten != p.Name {
			places = append(places, p.AsWritten+" -> "+p.Name)
		}
	}
	if diff := cmp.Diff([]string{"Jogjakarta -> Yogyakarta"}, places); diff != "" {
		t.Errorf("respelt places (-want +got):\n%s", diff)
	}
	var ms []string
	for _, m := range ix.Memberships() {
		s := m.Country + " " + m.Status + " " + m.Org
		if m.Date != nil {
			s += " " + m.Date.Resolved()
		}
		ms = append(ms, s)
	}
	rnen := "Regional Nursing Education Network (RNEN)"
	if diff := cmp.Diff([]string{
		"Indonesia founding member " + rnen + " 1996",
		"Philippines founding member " + rnen + " 1996",
		"Thailand founding member " + rnen + " 1996",
		"Malaysia joined " + rnen + " 1998",
		"Singapore observer " + rnen + " 2001",
		"Timor-Leste intends to join " + rnen + " 2004",
		"Timor-Leste not a member Southeast Asian Ministers of Education Organization (SEAMEO)",
	}, ms); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
	var counts []string
	for _, c := range ix.Counts() {
		counts = append(counts, c.Text+" "+c.Noun)
	}
	if diff := cmp.Diff([]string{"about 120 nurses", "three regional centres", "some 300 science and mathematics teachers", "five years", "three regional centres"}, counts); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	// A bullet takes the place and dates of the paragraph that introduces
	// its list.
	tb, err := ix.Project("tuberculosis case detection")
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Places) != 1 || tb.Places[0].Name != "Kota Kinabalu" || len(tb.Dates) != 1 || tb.Dates[0].Text != "5 to 9 August 2002" {
		t.Errorf("tuberculosis bullet: places %v, dates %v", tb.Places, tb.Dates)
	}
	// A sum given again in another currency is one funding fact.
	var funding []string
	for _, f := range ix.Funding() {
		if f.Amount != nil {
			funding = append(funding, f.Text)
		}
	}
	if diff := cmp.Diff([]string{
		"¥350 million in FY2002: “The Network's budget for FY2002 was ¥350 million.”",
		"$1.2 million, provided by Japan through the AHPF, for workshop series and its follow-up activities",
		"6.8 billion yen (about US$56.6 million), signed on 3 March 2003: “In addition, the Japan Bank for International Cooperation (JBIC) signed a yen loan of 6.8 billion yen (about US$56.6 million) with the Government of the Philippines on 3 March 2003.”",
	}, funding); diff != "" {
		t.Errorf("funding (-want +got):\n%s", diff)
	}
	// Of two shares in one sentence, each concerns its own parties.
	indo, err := ix.Country("Indonesia")
	if err != nil {
		t.Fatal(err)
	}
	var indoFunding []string
	for _, f := range indo.Funding {
		indoFunding = append(indoFunding, f.Text)
	}
	if diff := cmp.Diff([]string{"cost shared 70:30 by Japan International Cooperation Agency (JICA) and Government of Indonesia for the Surabaya centre"}, indoFunding); diff != "" {
		t.Errorf("Indonesia's funding (-want +got):\n%s", diff)
	}
	// Brunei and the CLMV countries are never named in this document.
	for _, c := range []string{"Brunei", "Cambodia", "Laos", "Myanmar"} {
		if got, err := ix.Country(c); err != nil || got.Mentioned {
			t.Errorf("Country(%s) = mentioned %v, err %v; want not mentioned", c, got.Mentioned, err)
		}
	}
}

// A person's name before "of" is whose the organisation is, not part of
// its name; a head word, or no honorific, before "of" keeps the whole
// name; a short form in brackets is not a second organisation.
func TestOrgNameLeavesOutItsPerson(t *testing.T) {
	ix := mustOpen(t, Source{Name: "org-person-fixture.md", Text: `Org Person Fixture

June 2010
Ministry of Foreign Affairs

1. Studies

The study is led by Prof. Anan Srisuk of Chiang Mai University with the Ministry of Finance of Thailand.

2. Network

The Mekong Electronic Certificate of Origin Network (e-CO Network) was founded in 2007 by Japan and Thailand. Laos joined the e-CO Network in 2009.
`})
	var got []string
	for _, o := range ix.Orgs() {
		got = append(got, o.Name)
	}
	// No person's name, and no second network from the short form.
	want := []string{"Chiang Mai University", "Ministry of Finance of Thailand", "Mekong Electronic Certificate of Origin Network"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("organisations (-want +got):\n%s", d)
	}
}

// A sum reads "provided by Japan" whatever tense moved it, and the sums in
// one pair of brackets all say the first again.
func TestAmountVerbAndEquivalents(t *testing.T) {
	ix := mustOpen(t, Source{Name: "verb-fixture.md", Text: `Verb Fixture

May 2013
Embassy of Japan

1. Grants

The Government of Japan will provide a total of US$210,000 (about VND 4.4 billion, or roughly ¥19.6 million) for the three schools. Thailand gives US$30,000 for the library and Japan pays US$12,000 for the desks.
`})
	var got []string
	for _, a := range ix.Amounts() {
		got = append(got, a.Text+" | "+a.Verb+" | "+a.Equivalent+" | "+a.EquivalentOf)
	}
	want := []string{
		"US$210,000 | to be provided | VND 4.4 billion, or roughly ¥19.6 million | ",
		"VND 4.4 billion | to be provided |  | US$210,000",
		"¥19.6 million | to be provided |  | US$210,000",
		"US$30,000 | given |  | ",
		"US$12,000 | paid |  | ",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("amounts (-want +got):\n%s", d)
	}
}

// A sum in brackets after a party is that party's part, and a short
// capitalised currency abbreviation ("Rp") is written before its number.
func TestAmountPartiesAndSymbols(t *testing.T) {
	ix := mustOpen(t, Source{Name: "parties-fixture.md", Text: `Parties Fixture

May 2013
Japan International Cooperation Agency (JICA)

1. Cost

The total cost is 9,000 million yen, shared 70:30 between the JICA loan (6,300 million yen) and the Government of Indonesia (¥2,700 million). The province adds Rp 4.2 billion for land.
`})
	var got []string
	for _, a := range ix.Amounts() {
		got = append(got, a.Text+" | "+a.Payer)
	}
	want := []string{
		"9,000 million yen | ",
		"6,300 million yen | Japan International Cooperation Agency (JICA)",
		"¥2,700 million | Government of Indonesia",
		"Rp 4.2 billion | ",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("amounts (-want +got):\n%s", d)
	}
}

// The owner of a share pays it: "UNICEF's share, US$960,000", with
// UNICEF known though the document never spells it out.
func TestPossessiveShareHasItsPayer(t *testing.T) {
	ix := mustOpen(t, Source{Name: "share-fixture.md", Text: `Share Fixture

May 2019
Japan International Cooperation Agency

1. Cost

The component costs US$1.5 million, shared between JICA and UNICEF in the ratio 60:40; UNICEF's share, US$600,000, pays for training.
`})
	for _, a := range ix.Amounts() {
		if a.Text == "US$600,000" && !strings.Contains(a.Payer, "UNICEF") {
			t.Errorf("US$600,000 is paid by %q, want UNICEF", a.Payer)
		}
	}
}

// A verb belongs to the sum it stands by: one in the passive right after
// the sum, else one before it with no other sum and no phrase of its own
// between. A date written after "by" is a deadline, and says so.
func TestAmountVerbsOfTheirOwnSum(t *testing.T) {
	ix := mustOpen(t, Source{Name: "own-verb-fixture.md", Text: `Own Verb Fixture

July 2015
JAIF Management Team

1. Budget

The Government of Japan approved the project on 14 August 2012 with a budget of US$4,860,000, equivalent to about 398 million yen. Of the approved US$4,860,000, US$4,312,750 had been disbursed by 30 June 2015, leaving an unspent balance of US$547,250, which the Centre will return by 31 August 2015.
`})
	var got []string
	for _, a := range ix.Amounts() {
		got = append(got, a.Describe())
	}
	want := []string{
		"US$4,860,000 (about 398 million yen), approved by Government of Japan on 14 August 2012: “The Government of Japan approved the project on 14 August 2012 with a budget of US$4,860,000, equivalent to about 398 million yen.”",
		"398 million yen, approved by Government of Japan on 14 August 2012: “The Government of Japan approved the project on 14 August 2012 with a budget of US$4,860,000, equivalent to about 398 million yen.”",
		"US$4,860,000, approved: “Of the approved US$4,860,000, US$4,312,750 had been disbursed by 30 June 2015, leaving an unspent balance of US$547,250, which the Centre will return by 31 August 2015.”",
		"US$4,312,750, disbursed by 30 June 2015: “Of the approved US$4,860,000, US$4,312,750 had been disbursed by 30 June 2015, leaving an unspent balance of US$547,250, which the Centre will return by 31 August 2015.”",
		"US$547,250: “Of the approved US$4,860,000, US$4,312,750 had been disbursed by 30 June 2015, leaving an unspent balance of US$547,250, which the Centre will return by 31 August 2015.”",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("amounts (-want +got):\n%s", d)
	}
}

// A state a sum comes from pays it, though another pays the sum before it;
// a fund a sum comes from is its channel.
func TestAmountFromAState(t *testing.T) {
	ix := mustOpen(t, Source{Name: "from-state-fixture.md", Text: `From State Fixture

July 2015
Japan International Cooperation Agency (JICA)

1. Funding

The pilot is funded by a JICA grant of ¥245 million together with 4,100 million kip from the Lao Government. The exchange receives US$2.5 million from the Japan-ASEAN Integration Fund (JAIF).
`})
	var got []string
	for _, a := range ix.Amounts() {
		got = append(got, a.Text+" | "+a.Payer+" | "+a.Via)
	}
	want := []string{
		"¥245 million | Japan International Cooperation Agency (JICA) | ",
		"4,100 million kip | Lao Government | ",
		"US$2.5 million |  | Japan-ASEAN Integration Fund (JAIF)",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("amounts (-want +got):\n%s", d)
	}
}

// A sum for a written period is dated by the whole period, not its first
// or last day.
func TestAmountOverAPeriod(t *testing.T) {
	ix := mustOpen(t, Source{Name: "period-fixture.md", Text: `Period Fixture

July 2015
JAIF Management Team

1. Next phase

The proposal has a budget of US$6.2 million, to run from 1 January 2016 to 31 December 2018. The exchange brings students together from FY2019 to FY2021, funded with US$2.5 million.
`})
	var got []string
	for _, a := range ix.Amounts() {
		got = append(got, a.Text+" | "+a.Date.PrepositionAsWritten()+" "+a.Date.Resolved())
	}
	want := []string{
		"US$6.2 million | from 1 January 2016 to 31 December 2018",
		"US$2.5 million | from FY2019 to FY2021",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("amounts (-want +got):\n%s", d)
	}
}

// A short form of letters and a word of the name ("AHA Centre") spells
// some of the name's words, in order; one whose letters the name does not
// hold, or whose word it lacks, defines nothing.
func TestAcronymWithAWord(t *testing.T) {
	ix := mustOpen(t, Source{Name: "acr-word-fixture.md", Text: `Acronym Word Fixture

July 2015
JAIF Management Team

1. Agencies

The project was run by the ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management (AHA Centre) in Jakarta. The promotion body, known as the ASEAN-Japan Centre (AJC), took part. Officials met at the Regional Training Office (RTC Centre) and at the Mekong Liaison Office (MLO Desk).
`})
	got := acronymsOf(ix)
	want := map[string]string{
		"AHA Centre": "ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management",
		// A long form starts with a capital, not at "as the".
		"AJC": "ASEAN-Japan Centre",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("acronyms (-want +got):\n%s", diff)
	}
}

// A share of a named cost is of that cost; a share of "its cost" points
// back and names nothing. "X and Phase III" heads a section about two
// things, not a project.
func TestShareOfANamedCost(t *testing.T) {
	ix := mustOpen(t, Source{Name: "share-of-fixture.md", Text: `Share Of Fixture

March 2012
Japan International Cooperation Agency (JICA)

1. Steering Committee and Phase III

The Committee endorsed a third phase. Japan will meet 60 per cent of Phase III costs, and member countries will bear the rest. The workshop will be co-financed by the European Commission, which meets half of its cost.
`})
	var got []string
	for _, sh := range ix.Shares() {
		got = append(got, sh.Text+" | "+strings.Join(sh.Parties, ", ")+" | "+sh.What)
	}
	want := []string{"60 per cent | Japan | Phase III costs", "half | European Commission | "}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("shares (-want +got):\n%s", d)
	}
	if ps := ix.Projects(); len(ps) != 0 {
		t.Errorf("projects: %v, want none", ps[0].Name)
	}
}

// A share of a noun is not a count of it, and three capitals before a
// plural noun name what is counted, not a currency.
func TestCountsNotSharesNorCurrencies(t *testing.T) {
	ix := mustOpen(t, Source{Name: "c.md", Text: "Counts\n\nMay 2014\nJICA\n\n1. Power\n\n" +
		"Only about 54 per cent of households on the island had power in 2012. " +
		"The Perusahaan Listrik Negara (PLN) will train some 120 PLN engineers, and JICA will lend 40 EUR as a token.\n"})
	var counts []string
	for _, c := range ix.Counts() {
		counts = append(counts, c.Text+" "+c.Noun)
	}
	if diff := cmp.Diff([]string{"some 120 pln engineers"}, counts); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	var sums []string
	for _, f := range ix.Funding() {
		if f.Amount != nil {
			sums = append(sums, f.Amount.Text)
		}
	}
	if diff := cmp.Diff([]string{"40 EUR"}, sums); diff != "" {
		t.Errorf("sums (-want +got):\n%s", diff)
	}
}

// A short form may leave out the last word of its name when that word only
// says what kind of thing it is, and take two letters from one word.
func TestAcronymLeavesOutItsHead(t *testing.T) {
	ix := mustOpen(t, Source{Name: "acr-head.md", Text: "Acronym Heads\n\nMay 2009\nMinistry of Foreign Affairs\n\n1. Launch\n\n" +
		"Under the Mekong River Youth Exchange Programme (MRYEX), 400 students visit Japan. The Lower Basin Council (LBCX) met once.\n"})
	got := acronymsOf(ix)
	// "Council" is not a word the short form may leave out.
	if diff := cmp.Diff(map[string]string{"MRYEX": "Mekong River Youth Exchange Programme"}, got); diff != "" {
		t.Errorf("acronyms (-want +got):\n%s", diff)
	}
	if a := ix.Answer("what does mryex stand for"); a.Span != "Mekong River Youth Exchange Programme" {
		t.Errorf("what does mryex stand for: %q", a.Span)
	}
}

// A short form from another language spells nothing of the English name
// before it: the name is the title-case run that ends in an organisation's
// head word, from after its last "the", "and" or possessive, within its
// sentence.
func TestAcronymFromAnotherLanguage(t *testing.T) {
	ix := mustOpen(t, Source{Name: "acr-foreign.md", Text: "Foreign Short Forms\n\nMay 2017\nMinistry of Foreign Affairs\n\n1. Partners\n\n" +
		"Japan provides a Grant Aid of ¥1.85 billion to the Indonesian Maritime Security Agency (BAKAMLA) for coastal radar. " +
		"The road was co-financed by Thailand's Neighbouring Countries Economic Development Cooperation Agency (NEDA). " +
		"Training was run by JICA and the Thailand International Development Cooperation Agency (TICA). " +
		"Burners are tested by the New Energy and Industrial Technology Development Organization (NEDO).\n\n" +
		"Midwifery School Upgrading Project. The Korea International Cooperation Agency (KOIKA) funds this project in Mandalay with US$5.5 million.\n"})
	got := acronymsOf(ix)
	want := map[string]string{
		"BAKAMLA": "Indonesian Maritime Security Agency",
		"NEDA":    "Neighbouring Countries Economic Development Cooperation Agency",
		"TICA":    "Thailand International Development Cooperation Agency",
		"KOIKA":   "Korea International Cooperation Agency",
		"JICA":    "Japan International Cooperation Agency",
		// Letters that spell some of the name's words, across its "and",
		// are English ones: the name is the whole run.
		"NEDO": "New Energy and Industrial Technology Development Organization",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("acronyms (-want +got):\n%s", diff)
	}
	if a := ix.Answer("what does bakamla stand for"); a.Span != "Indonesian Maritime Security Agency" {
		t.Errorf("what does bakamla stand for: %q", a.Span)
	}
	// "funds this project" speaks of the project named before it.
	if a := ix.Answer("koika funding for the midwifery school upgrading project"); a.Span != "US$5.5 million" {
		t.Errorf("koika funding for the midwifery school upgrading project: %q", a.Span)
	}
}

// A short form of four letters or more may leave one word of its
// title-case name unspelt, and any short form a region after "in" or
// "and" at the name's end.
func TestAcronymLeavesOutAWordOrARegion(t *testing.T) {
	ix := mustOpen(t, Source{Name: "acr-skip.md", Text: "Short Forms\n\nMay 2006\nMinistry of Foreign Affairs\n\n1. Cover\n\n" +
		"The banks are insured by Nippon Export and Investment Insurance (NEXI) against political risk. " +
		"Japan acceded to the Treaty of Amity and Cooperation in Southeast Asia (TAC) in 2003. " +
		"The Lower Basin Council (LBC) met. The Board met the Mekong Delta Office (MO). " +
		"The Southeast Asia Social Security Administrators' Network (SEASAN) met in Kuala Lumpur.\n"})
	got := acronymsOf(ix)
	// "MO" is too short to leave "Delta" unspelt. "Security Administrators'
	// Network" spells SEASAN only by "SEcurity" and "AdminiStrators'": the
	// longer name that leaves one word unspelt is the one.
	want := map[string]string{
		"SEASAN": "Southeast Asia Social Security Administrators' Network",
		"NEXI":   "Nippon Export and Investment Insurance",
		"TAC":    "Treaty of Amity and Cooperation in Southeast Asia",
		"LBC":    "Lower Basin Council",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("acronyms (-want +got):\n%s", diff)
	}
	if a := ix.Answer("wat does NEXI stand for"); a.Span != "Nippon Export and Investment Insurance" {
		t.Errorf("what does nexi stand for: %q", a.Span)
	}
}

// A short form whose letters spell only some of the name's words, from
// its first to its last ("Grant Assistance for Grass-Roots Human Security
// Projects (GGP)"), and another language's short form of a name ending in
// a plural head ("Regional Disaster Management Agencies (BPBD)").
func TestAcronymSkippingWordsAndPluralHeads(t *testing.T) {
	ix := mustOpen(t, Source{Name: "skipping.md", Text: `Skipping Fixture

April 2019
Ministry of Foreign Affairs of Japan

## 1. Schemes

- Grant Assistance for Grass-Roots Human Security Projects (GGP) built 14 school buildings in FY2018.
- Hazard maps are shared with the Regional Disaster Management Agencies (BPBD) at provincial level.
- The Japan International Cooperation Agency (JICA) supports both.
`})
	for _, c := range []struct{ q, want string }{
		{"GGP?", "Grant Assistance for Grass-Roots Human Security Projects"},
		{"what does BPBD stand for", "Regional Disaster Management Agencies"},
		{"jica?", "Japan International Cooperation Agency"},
	} {
		if a := ix.Answer(c.q); !a.Found || a.Span != c.want {
			t.Errorf("%q: found=%v span %q, want %q", c.q, a.Found, a.Span, c.want)
		}
	}
}

// A short form may stand for a ministry whose field holds an "and", for
// a lower-case phrase whose words it spells, for a body whose head after a
// word of scope takes its field ("International Bureau for ..."), or be
// letters joined by slashes; a lower-case phrase with a small word in it
// spells nothing.
func TestAcronymShapesBeyondTitleCase(t *testing.T) {
	ix := mustOpen(t, Source{Name: "acr-shapes.md", Text: "Short Forms\n\nMay 2006\nMinistry of Foreign Affairs\n\n1. Cover\n\n" +
		"The Ministry of Marine Affairs and Fisheries (KKP) asked JICA to send an engineer. " +
		"The sites could not be certified free of unexploded ordnance (UXO). " +
		"Payments are made under an Authorization to Pay (A/P) issued by the bank. The firm will build the schools (BS) soon. " +
		"Japan gave $1 million to the International Bureau for Plant Protection (BIPV).\n"})
	got := acronymsOf(ix)
	want := map[string]string{
		"KKP":  "Ministry of Marine Affairs and Fisheries",
		"BIPV": "International Bureau for Plant Protection",
		"UXO":  "unexploded ordnance",
		"A/P":  "Authorization to Pay",
		"JICA": "Japan International Cooperation Agency",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("acronyms (-want +got):\n%s", diff)
	}
	expectAnswers(t, ix, map[string]string{
		"what does KKP stand for": "Ministry of Marine Affairs and Fisheries",
		"what is uxo":             "unexploded ordnance",
		"wht is A/P":              "Authorization to Pay",
	})
}

// "ran from April 2004": a month after "from" is a time, not the channel
// a sum comes through.
func TestViaIsNoMonth(t *testing.T) {
	ix := mustOpen(t, Source{Name: "via-month.md", Text: "Evaluation\n\nJune 2011\nJICA\n\n## Efficiency\n\n" +
		"The project cost 7,620 million yen against a planned ¥8.12 billion and ran from April 2004 to December 2007.\n"})
	for _, am := range ix.Amounts() {
		if am.Via != "" {
			t.Errorf("%s through %q", am.Text, am.Via)
		}
	}
}

// "US$2 million for 12 schools": a purpose may open with a number; only a
// sum after "for" ("for ¥4.02 billion") is none.
func TestPurposeOpeningWithANumber(t *testing.T) {
	ix := mustOpen(t, Source{Name: "purpose-number.md", Text: "Grants\n\nMay 2015\nEmbassy of Japan\n\n## Grants\n\n" +
		"Japan will give US$2 million for 12 schools in Battambang.\n"})
	for _, am := range ix.Amounts() {
		if am.Text == "US$2 million" && am.Purpose != "12 schools in Battambang" {
			t.Errorf("US$2 million is for %q", am.Purpose)
		}
	}
}

// A name may end in what it is for, which its short form leaves out:
// "Japanese Funds-in-Trust for the Preservation of the World Cultural
// Heritage (JFIT)". A short form of two letters may not.
func TestAcronymLeavesOutPurposeTail(t *testing.T) {
	ix := mustOpen(t, Source{Name: "acr-tail.md", Text: "Short Forms\n\nMay 2004\nMinistry of Foreign Affairs\n\n1. Heritage\n\n" +
		"Through the Korean Funds-in-Trust for the Protection of the Intangible Heritage (KFIT), Korea gave $2 million. " +
		"The Training Unit for the Care of Museum Objects (TU) met twice.\n"})
	got := acronymsOf(ix)
	if got["KFIT"] != "Korean Funds-in-Trust for the Protection of the Intangible Heritage" {
		t.Errorf("KFIT = %q", got["KFIT"])
	}
	if n, ok := got["TU"]; ok {
		t.Errorf("TU = %q", n)
	}
}
