package index

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Membership wordings a document may use, each read into one status with
// its date, and none credited to a country the grammar does not tie to it.
func TestMembershipWordings(t *testing.T) {
	doc := Source{Name: "members-fixture.md", Text: `Members Fixture

May 2019
Ministry of Foreign Affairs

1. Partnership

The Delta Customs Partnership (DCP), founded in 2015 by Cambodia, Laos and Viet Nam, has been completed by Myanmar, which acceded on 14 February 2018 and became its fourth member. Japan is an observer of the DCP.

2. Fund

The founding members of the River Fund are Japan, Thailand and the Philippines. The Republic of Korea, an observer since 2015, withdrew from observer status in March 2019. Brunei has been invited to join, and Malaysia intends to join in 2020. Singapore is not a member of the River Fund.

3. Trade

The Coastal Trade Agreement (CTA) entered into force in 2009. Cambodia joined it in June 2011. Indonesia has signed the Agreement but not ratified it, so it is not yet a party. Laos withdrew from the Rice Forward Purchase Scheme in 2012.
`}
	ix := mustOpen(t, doc)
	got := membershipRows(ix)
	dcp, fund, cta := "Delta Customs Partnership (DCP)", "River Fund", "Coastal Trade Agreement (CTA)"
	want := []membershipRow{
		{"Cambodia", dcp, StatusFounding, "2015"},
		{"Laos", dcp, StatusFounding, "2015"},
		{"Vietnam", dcp, StatusFounding, "2015"},
		{"Myanmar", dcp, StatusJoined, "14 February 2018"},
		{"Japan", dcp, StatusObserver, ""},
		{"Japan", fund, StatusFounding, ""},
		{"Thailand", fund, StatusFounding, ""},
		{"Philippines", fund, StatusFounding, ""},
		{"South Korea", fund, StatusObserver, "2015"},
		{"South Korea", fund, StatusWithdrew, "March 2019"},
		{"Brunei", fund, StatusInvited, ""},
		{"Malaysia", fund, StatusIntends, "2020"},
		{"Singapore", fund, StatusNonMember, ""},
		// "joined it" is the agreement this passage names, not the fund
		// whose members the passage before listed.
		{"Cambodia", cta, StatusJoined, "June 2011"},
		{"Indonesia", cta, StatusNonMember, ""},
		// A scheme named right after the status is what it is about, not
		// the agreement before it.
		{"Laos", "Rice Forward Purchase Scheme", StatusWithdrew, "2012"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}

	// Yes-or-no questions are answered from every status the country has
	// there: a member that withdrew is no longer one.
	expectAnswers(t, ix, map[string]string{
		"is Myanmar a member of the DCP?":                  "yes",
		"is japan a member of the dcp":                     "no",
		"is japan in the dcp":                              "observer",
		"did south korea leave the river fund":             "yes",
		"is singapore in the river fund?":                  "no",
		"does malaysia plan to join the river fund":        "yes",
		"was thailand a founding member of the river fund": "yes",
		"was brunei a founding member of the river fund":   "no",
	})
	// An observer is no member, nor a full one: the bare no answers that.
	if a := ix.Answer("is japan a full member of the dcp"); !a.Found || a.Span != "no" {
		t.Errorf("full member: found %v span %q, want no", a.Found, a.Span)
	}
	// A reply that only names another country asks for its status, which
	// a bare yes or no would hide.
	if a := ix.AnswerFollowUp("is thailand a member of the river fund?", "and singapore?"); !a.Found || a.Span != StatusNonMember {
		t.Errorf("follow-up: found %v span %q (%s), want %q", a.Found, a.Span, a.Text, StatusNonMember)
	}
	if a := ix.AnswerFollowUp("is myanmar a member of the dcp?", "and japan?"); !a.Found || a.Span != StatusObserver {
		t.Errorf("follow-up: found %v span %q (%s), want %q", a.Found, a.Span, a.Text, StatusObserver)
	}
	// Which countries hold a status: every one, as one answer.
	for q, want := range map[string]string{
		"which countries founded the river fund":  "Japan, Thailand, Philippines",
		"which countries are members of the dcp?": "Cambodia, Laos, Vietnam, Myanmar",
		// The status asked, in a scheme named by its words.
		"who withdrew from the rice forward purchase scheme": "Laos",
		"which countries are observers of the dcp":           "Japan",
		"who was invited to join the river fund":             "Brunei",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%q: found %v span %q, want %q", q, a.Found, a.Span, want)
		}
	}
	// A country the documents give no status in the organisation is not
	// answered yes or no.
	if a := ix.Answer("is indonesia a member of the river fund"); !a.Refused() {
		t.Errorf("a country with no status was answered %q", a.Text)
	}
}

// A country a sentence expressly excludes does not get that sentence's sums
// on its page.
func TestCountryPageLeavesOutExcluded(t *testing.T) {
	doc := Source{Name: "excluded-fixture.md", Text: `Excluded Fixture

May 2012
Ministry of Foreign Affairs

1. Training

Japan provided US$2.8 million for the training of officials from Cambodia and Laos; Vietnam, whose officials train under a separate arrangement, was expressly excluded from this round.
`}
	ix := mustOpen(t, doc)
	for country, want := range map[string]bool{"Cambodia": true, "Vietnam": false} {
		c, err := ix.Country(country)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range c.Funding {
			got = got || f.Amount != nil && f.Amount.Text == "US$2.8 million"
		}
		if got != want {
			t.Errorf("%s's page lists US$2.8 million: %v, want %v", country, got, want)
		}
	}
}

// Provinces and cities join networks too; a place after a preposition is
// where, not who, and a country inside or after a place's name is not the
// member.
func TestPlaceMemberships(t *testing.T) {
	doc := Source{Name: "place-members-fixture.md", Text: `Place Members Fixture

June 2014
Embassy of Japan in Vietnam

1. The Network

The Upland Schools Network (USN) was founded in 2008 by Quang Ngai and Kon Tum provinces. Ha Giang Province joined in 2010, while Lao Cai Province intends to join in 2015, and Battambang Province of Cambodia has been invited. At a meeting in Hue, Dien Bien Province became its fourth member in May 2013. Papua New Guinea is an observer of the USN.
`}
	ix := mustOpen(t, doc)
	type row struct{ Member, Status, Date string }
	var got []row
	for _, m := range ix.x.memberships {
		d := ""
		if m.Date != nil {
			d = m.Date.Text
		}
		got = append(got, row{m.Country, m.Status, d})
	}
	want := []row{
		{"Quang Ngai", StatusFounding, "2008"},
		{"Kon Tum", StatusFounding, "2008"},
		{"Ha Giang Province", StatusJoined, "2010"},
		{"Lao Cai Province", StatusIntends, "2015"},
		{"Battambang Province", StatusInvited, ""},
		{"Dien Bien Province", StatusJoined, "May 2013"},
		{"Papua New Guinea", StatusObserver, ""},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
	// A place is asked about as a member as a country is.
	expectAnswers(t, ix, map[string]string{
		"is dien bien a member of the usn":  "yes",
		"is battambang a member of the usn": "no",
		"is battambang in the usn":          "invited",
		"when did ha giang join the usn":    "2010",
		"which provinces founded the usn":   "Quang Ngai, Kon Tum",
	})
}

// An acronym may leave out a name's "and ..." tail; "as are" gives the
// status to the countries on both sides; a status set off by a comma
// after a name is that name's, not the sentence subject's; a possessive
// names its organisation but is no member; and a place after "at the" is
// where, not who.
func TestMembershipGrammar(t *testing.T) {
	doc := Source{Name: "grammar-fixture.md", Text: `Grammar Fixture

June 2012
Ministry of Foreign Affairs

1. Institute

The Policy Research Centre for ASEAN and the Pacific (PRCA) met in Hue. PRCA has eight members. Cambodia, Laos and Vietnam are founding members, as are Japan and Thailand. Since 2010 some 40 researchers have taken part in PRCA's work.

2. Network

The agency will also send data to the Delta Warning Network (DWN), founded by Japan and Thailand in 2016: Cambodia joined in 2018, and Laos is an observer. Myanmar has been invited to send an engineer to the next Steering Committee Meeting (SCM).

3. Creditors

The creditors met at the Paris Club meeting held in Paris in 2011. Japan, Laos's largest creditor, is a permanent member of the Paris Club.

4. Compacts

The Irrawaddy-Chao Phraya-Mekong Trade Compact (ICMTC) was founded in 2003 by Myanmar and Thailand; Laos joined in 2004, becoming its third member.

The Delta Growth Accord (DGX) was founded in 2005 by Cambodia; Vietnam joined in 2006, becoming its second member.

5. Committee

The Project Steering Committee (PSC) was founded in October 2012 by the Asian Development Bank (ADB) and the Mission of Japan to ASEAN. The Singapore Civil Defence Force joined the PSC in May 2013, at a meeting held in Singapore. Timor-Leste, which is not a member of ASEAN, is an observer at the PSC. A second phase would add a depot in Cebu, in the Philippines, and open courses to observers from Timor-Leste.

6. Agreements

The Ministers welcomed Vietnam's accession on 3 July 2017 to the Memorandum of Understanding on Ship Inspection in the Asia-Pacific Region (Tokyo MOU), by which Vietnam became its 21st member. Brunei is an observer to the Tokyo MOU. Laos became its 22nd member in 2018. The ASEAN-Japan Cyber Incident Response Network (CIRNet) was founded by Japan and Thailand in 2018. Cambodia and Laos will join the demonstration work in a second phase starting in 2020.
`}
	ix := mustOpen(t, doc)
	type row struct{ Country, Org, Status string }
	var got []row
	for _, m := range ix.x.memberships {
		got = append(got, row{m.Country, m.Org, m.Status})
	}
	prca, dwn := "Policy Research Centre for ASEAN and the Pacific (PRCA)", "Delta Warning Network (DWN)"
	want := []row{
		{"Cambodia", prca, StatusFounding},
		{"Laos", prca, StatusFounding},
		{"Vietnam", prca, StatusFounding},
		{"Japan", prca, StatusFounding},
		{"Thailand", prca, StatusFounding},
		{"Japan", dwn, StatusFounding},
		{"Thailand", dwn, StatusFounding},
		{"Cambodia", dwn, StatusJoined},
		{"Laos", dwn, StatusObserver},
		// A meeting has no members: the invitation is the network's.
		{"Myanmar", dwn, StatusInvited},
		// Not Paris, nor Laos, whose creditor Japan is.
		{"Japan", "Paris Club", StatusMember},
		// An acronym may leave out the first part of a hyphenated
		// compound ("Chao Phraya-Mekong").
		{"Myanmar", "Irrawaddy-Chao Phraya-Mekong Trade Compact (ICMTC)", StatusFounding},
		{"Thailand", "Irrawaddy-Chao Phraya-Mekong Trade Compact (ICMTC)", StatusFounding},
		{"Laos", "Irrawaddy-Chao Phraya-Mekong Trade Compact (ICMTC)", StatusJoined},
		// "DGX" does not spell its name, so the Accord is no known
		// organisation; its members are no one else's either.
		// The body founded is the one before "founded ... by"; the
		// Singapore Civil Defence Force is not Singapore; a group after
		// the status is what it is about; "courses open to observers" is
		// no status.
		{"Japan", "Project Steering Committee (PSC)", StatusFounding},
		{"Timor-Leste", "ASEAN", StatusNonMember},
		{"Timor-Leste", "Project Steering Committee (PSC)", StatusObserver},
		// "Tokyo MOU" is a place and letters that spell the name's first
		// words; "its" is the body the clause named before; a partnership's
		// name keeps the partners its acronym leaves out; joining work is no
		// membership.
		{"Vietnam", "Memorandum of Understanding on Ship Inspection in the Asia-Pacific Region (Tokyo MOU)", StatusJoined},
		{"Brunei", "Memorandum of Understanding on Ship Inspection in the Asia-Pacific Region (Tokyo MOU)", StatusObserver},
		{"Laos", "Memorandum of Understanding on Ship Inspection in the Asia-Pacific Region (Tokyo MOU)", StatusJoined},
		{"Japan", "ASEAN-Japan Cyber Incident Response Network (CIRNet)", StatusFounding},
		{"Thailand", "ASEAN-Japan Cyber Incident Response Network (CIRNet)", StatusFounding},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
	if a := ix.Answer("how many researchers have worked with prca"); !a.Found || a.Span != "40" {
		t.Errorf("a possessive's organisation: found %v span %q", a.Found, a.Span)
	}
}

// A body that opens a clause of its own ("when the National Center ...
// became its seventh member") is not what was joined, and a body spoken of
// by reference ("the network") stays the one later statuses are about.
func TestMembershipThroughInstitutes(t *testing.T) {
	ix := mustOpen(t, Source{Name: "institutes.md", Text: `Institutes Fixture

November 2006
ASEAN Secretariat

1. Network

The Ministers heard a report on the Regional Seed Laboratory Network (RSLN). The network was set up in March 2005 by five national laboratories.

2. Members

The Philippines acceded to the network in January 2006 through the Bureau of Plant Industry in Manila, and Laos joined on 4 May 2006, when the National Center for Seed Testing in Vientiane Capital became its sixth member. Myanmar has been invited to join through the Seed Laboratory in Rangoon, and Malaysia intends to join in 2007.
`})
	var got []string
	for _, m := range ix.Memberships() {
		got = append(got, m.Country+" "+m.Status+" "+m.Org)
	}
	rslN := "Regional Seed Laboratory Network (RSLN)"
	want := []string{
		"Philippines joined " + rslN,
		"Laos joined " + rslN,
		"Myanmar invited " + rslN,
		"Malaysia intends to join " + rslN,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// A treaty is referred back to as "the Treaty"; a verb with no object of
// its own takes the body an earlier verb of its kind named in the
// sentence; a second verb shares the first one's subject past its object;
// "X is a member," is about the body last spoken of; a place's name after
// a title is a person's, and a country joined by a hyphen qualifies a
// name.
func TestMembershipReferences(t *testing.T) {
	ix := mustOpen(t, Source{Name: "references.md", Text: `References Fixture

April 2004
Ministry of Foreign Affairs of Japan

1. Treaty

On 12 December 2003 Foreign Minister Kawaguchi signed the instrument by which Japan acceded to the Treaty of Friendship and Cooperation in Southeast Asia (TFC), making Japan the third partner of ASEAN to accede, after China and India, which had both acceded on 8 October 2003. Papua New Guinea had joined the Treaty as early as 1989, whereas Australia is not a member of the Treaty. Under the Japan-ASEAN Youth Invitation Programme, some 1,100 young people were invited to Japan in 2003.

2. Utilities

Vietnam joined the Association of Southeast Asian Nations (ASEAN) in July 1995 and joined the Council of ASEAN Power Utilities/Authorities (CAPUA) in 1996. Laos is a member, and Cambodia became its tenth member in 1999.
`})
	var got []string
	for _, m := range ix.Memberships() {
		got = append(got, m.Country+" "+m.Status+" "+m.Org)
	}
	tfc := "Treaty of Friendship and Cooperation in Southeast Asia (TFC)"
	capua := "Council of ASEAN Power Utilities/Authorities (CAPUA)"
	want := []string{
		"Japan joined " + tfc,
		"China joined " + tfc,
		"India joined " + tfc,
		"Papua New Guinea joined " + tfc,
		"Australia not a member " + tfc,
		"Vietnam joined Association of Southeast Asian Nations (ASEAN)",
		"Vietnam joined " + capua,
		"Laos member " + capua,
		"Cambodia joined " + capua,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// Founders listed after "by" end where the next verb's own subject
// begins ("..., and Cambodia and Laos joined it"); "withdrew from it"
// after a clause naming a project is about that project.
func TestFoundersThenJoinersAndWithdrawingFromIt(t *testing.T) {
	ix := mustOpen(t, Source{Name: "founders.md", Text: `Founders Fixture

October 2013
ASEAN Secretariat

1. Network

The Ministers reviewed the ASEAN Rice Price Network (ARPN). The network was founded in 2009 by Japan, Indonesia and Vietnam, and Cambodia and Laos joined it in 2011.

2. Partners

The Asian Development Bank (ADB) administers the fund. The Republic of Korea, which had pledged support for the Hlegu Solar Lighting Project, withdrew from it in November 2014.
`})
	var got []string
	for _, m := range ix.Memberships() {
		got = append(got, m.Country+" "+m.Status+" "+m.Org)
	}
	arpn := "ASEAN Rice Price Network (ARPN)"
	want := []string{
		"Japan founding member " + arpn,
		"Indonesia founding member " + arpn,
		"Vietnam founding member " + arpn,
		"Cambodia joined " + arpn,
		"Laos joined " + arpn,
		"South Korea withdrew Hlegu Solar Lighting Project",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// "Cambodia followed on 11 June 2001 and Laos on 20 March 2002": a country
// that follows joins, and a country with only "and" and a date of its own
// after a status shares it.
func TestFollowedAndGappedMemberships(t *testing.T) {
	ix := mustOpen(t, Source{Name: "gapped.md", Text: `Gapped Fixture

June 2016
ASEAN-Japan Centre

1. Members

The ASEAN-Japan Trade Centre (AJTC) was founded in May 1981. Brunei Darussalam joined on 8 June 1990, Vietnam acceded in February 1998, Cambodia followed on 11 June 2001 and Laos on 20 March 2002.
`})
	var got []string
	for _, m := range ix.Memberships() {
		got = append(got, m.Country+" "+m.Status+" "+m.Date.Text)
	}
	want := []string{"Brunei joined 8 June 1990", "Vietnam joined February 1998", "Cambodia joined 11 June 2001", "Laos joined 20 March 2002"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// "Libya withdrew in 2010, the same year in which Norway and the European
// Union joined": a body right before the next status is that status's
// subject, not what this one is about; "when Japan joined the team" is
// the team the clause named before.
func TestStatusSubjectsAndTeamReference(t *testing.T) {
	ix := mustOpen(t, Source{Name: "team.md", Text: `Team Fixture

July 2018
Japan International Cooperation Agency

## 3. Peace

JICA specialists have served in the International Observer Team (IOT) since October 2006, when Japan joined the team. The IOT was established in 2004 with Malaysia and Brunei Darussalam as its founding members. Libya withdrew in 2010, the same year in which Norway and the European Union joined, and Indonesia joined in 2012.
`})
	var got []string
	for _, m := range ix.Memberships() {
		got = append(got, m.Country+" "+m.Status+" "+m.Org)
	}
	iot := "International Observer Team (IOT)"
	want := []string{
		"Japan joined " + iot,
		"Malaysia founding member " + iot,
		"Brunei founding member " + iot,
		"Libya withdrew " + iot,
		"Norway joined " + iot,
		"Indonesia joined " + iot,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// "... founding member states of the Commission (MRC), which they
// established by signing ...": a passive status after an active one is
// read without reading past its own words (this sentence once crashed the
// extractor).
func TestFoundersThenPassiveStatus(t *testing.T) {
	ix := mustOpen(t, Source{Name: "passive.md", Text: `Passive Fixture

April 2019
Ministry of Foreign Affairs of Japan

## 6. Annex

- Cambodia, the Lao PDR, Thailand and Viet Nam are the four founding member states of the Mekong River Commission (MRC), which they established by signing the Mekong Agreement in Chiang Rai on 5 April 1995. China and Myanmar have been dialogue partners since 1996 and are not members.
`})
	var got []string
	for _, m := range ix.Memberships() {
		got = append(got, m.Country+" "+m.Status)
	}
	want := []string{"Cambodia founding member", "Laos founding member", "Thailand founding member", "Vietnam founding member", "China dialogue partner", "Myanmar dialogue partner", "China not a member", "Myanmar not a member"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// "The Lao PDR is ... Since it joined ASEAN on 23 July 1997": "it" after
// a subordinator is the country the sentence before opened with.
func TestPronounAfterSubordinator(t *testing.T) {
	ix := mustOpen(t, Source{Name: "since-it.md", Text: `Since It Fixture

April 2019
Ministry of Foreign Affairs of Japan

## 1. Significance

The Lao People's Democratic Republic (Lao PDR) is a landlocked country bordering China and Myanmar. Since it joined the Association of Southeast Asian Nations (ASEAN) on 23 July 1997, the country has pursued a strategy of connectivity.
`})
	var got []string
	for _, m := range ix.Memberships() {
		got = append(got, m.Country+" "+m.Status+" "+m.Date.Text)
	}
	if diff := cmp.Diff([]string{"Laos joined 23 July 1997"}, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// A dialogue partner is a status of its own, not an observer and not a
// member; a scheme a sentence opens with is the body its founders and
// joiners join; a gapped list may run on commas and share a date across
// "and"; a country in an aside on the subject, or joined by a hyphen to
// a name, is no subject.
func TestDialoguePartnersSchemesAndGappedLists(t *testing.T) {
	ix := mustOpen(t, Source{Name: "partners.md", Text: `Partners Fixture

August 2021
ASEAN Secretariat

## 1. Background

The relationship was formalised in March 1977, and Japan became a dialogue partner of ASEAN that year. Japan remained the largest source of aid among ASEAN's dialogue partners.

## 2. Centre

The Delta Trade Centre (DTC) in Tokyo was founded on 25 May 1981 by Japan, Indonesia and Thailand; Brunei Darussalam joined in 1990, Viet Nam in 1999, Lao PDR and Myanmar in 2000, and Cambodia in 2001.

## 3. Programme

The Japan-ASEAN Nurse Exchange Programme was launched in April 2017 with Indonesia and the Philippines as founding members. Cambodia joined in March 2018; the first Mekong-Japan Summit followed in Tokyo in November 2019.

## 4. Commission

The River Commission (RC) meets every year. Myanmar, which shares the upper Mekong with Laos and Thailand, has only been an observer, as a dialogue partner, since 1996. India intends to join as a dialogue partner.
`})
	var got []string
	for _, m := range ix.Memberships() {
		d := ""
		if m.Date != nil {
			d = " " + m.Date.Text
		}
		got = append(got, m.Country+" | "+m.Org+" | "+m.Status+d)
	}
	asean, dtc, nep, rc := "ASEAN", "Delta Trade Centre (DTC)", "Japan-ASEAN Nurse Exchange Programme", "River Commission (RC)"
	want := []string{
		"Japan | " + asean + " | " + StatusPartner + " March 1977",
		"Japan | " + dtc + " | " + StatusFounding + " 25 May 1981",
		"Indonesia | " + dtc + " | " + StatusFounding + " 25 May 1981",
		"Thailand | " + dtc + " | " + StatusFounding + " 25 May 1981",
		"Brunei | " + dtc + " | " + StatusJoined + " 1990",
		"Vietnam | " + dtc + " | " + StatusJoined + " 1999",
		"Laos | " + dtc + " | " + StatusJoined + " 2000",
		"Myanmar | " + dtc + " | " + StatusJoined + " 2000",
		"Cambodia | " + dtc + " | " + StatusJoined + " 2001",
		"Indonesia | " + nep + " | " + StatusFounding + " April 2017",
		"Philippines | " + nep + " | " + StatusFounding + " April 2017",
		"Cambodia | " + nep + " | " + StatusJoined + " March 2018",
		"Myanmar | " + rc + " | " + StatusObserver + " 1996",
		"India | " + rc + " | " + StatusIntends,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
	expectAnswers(t, ix, map[string]string{
		"when did japan become a dialogue partner of asean": "March 1977",
		"is japan a member of asean":                        "no",
		"is japan a dialogue partner of asean":              "yes",
		"when did myanmar become a dialogue partner":        "1996",
	})
}

// "have not joined" is no joining; the countries gapped after a status
// that another status follows are the first one's; a group that is a
// clause's subject is not the countries before it, and one after "of" is
// no subject at all.
func TestNotJoinedAndGapsBeforeAnotherStatus(t *testing.T) {
	ix := mustOpen(t, Source{Name: "gaps.md", Text: `Gaps Fixture

August 2010
Ministry of Foreign Affairs of Japan

## 1. Centre

The Delta Trade Centre (DTC) was founded in May 1981 by Japan and Thailand. Brunei Darussalam joined in 1990, Viet Nam in 1996, Laos and Myanmar in 1999 and Cambodia in 2000, so that all ten ASEAN countries are now members.

## 2. Agreement

The River Agreement (RA) entered into force in 2006. Indonesia and Malaysia have not joined the agreement.

## 3. Committee

Timor-Leste, which is not a member of ASEAN, is an observer at the Delta Committee on Disaster Management (DCDM).
`})
	var got []string
	for _, m := range ix.Memberships() {
		d := ""
		if m.Date != nil {
			d = " " + m.Date.Text
		}
		got = append(got, m.Country+" | "+m.Status+d)
	}
	want := []string{
		"Japan | " + StatusFounding + " May 1981",
		"Thailand | " + StatusFounding + " May 1981",
		"Brunei | " + StatusJoined + " 1990",
		"Vietnam | " + StatusJoined + " 1996",
		"Laos | " + StatusJoined + " 1999",
		"Myanmar | " + StatusJoined + " 1999",
		"Cambodia | " + StatusJoined + " 2000",
		"Indonesia | " + StatusNonMember,
		"Malaysia | " + StatusNonMember,
		"Timor-Leste | " + StatusNonMember,
		"Timor-Leste | " + StatusObserver,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// "with A and B as founding participants" gives the status to the list
// after "with", not the clause's subject; countries set off after a
// status noun to the clause's end hold it, for the body "founded ... by"
// is about; a status noun whose "in" names a thing in common words says
// nothing of a body named before; "declined to join" is not joining.
func TestMembershipWithAsAndAppositives(t *testing.T) {
	ix := mustOpen(t, Source{Name: "members-with-as.md", Text: "Answers\n\nJune 2012\nCabinet of Japan\n\n## Answer\n\n" +
		"Japan also supports the Mekong Hydro-Meteorological Data Sharing Initiative (MHDSI), launched in Vientiane in October 2009 with Cambodia, the Lao PDR and Viet Nam as founding participants. " +
		"The People's Republic of China is not a participant.\n\n" +
		"Separately, the European Union has contributed EUR 300,000 to a training component. Japan's contribution does not cover Myanmar, since it is not a participant in the data exchange.\n\n" +
		"## Plastics\n\nThe ASEAN Regional Marine Plastics Observation Network (ARMON) met in May. " +
		"ARMON was founded in October 2021 by its four founding members, Indonesia, the Philippines, Thailand and Viet Nam. Singapore declined to join.\n"})
	type row struct{ Country, Org, Status string }
	var got []row
	for _, m := range ix.Memberships() {
		got = append(got, row{m.Country, m.Org, m.Status})
	}
	mhdsi, armon := "Mekong Hydro-Meteorological Data Sharing Initiative (MHDSI)", "ASEAN Regional Marine Plastics Observation Network (ARMON)"
	want := []row{
		{"Cambodia", mhdsi, StatusFounding},
		{"Laos", mhdsi, StatusFounding},
		{"Vietnam", mhdsi, StatusFounding},
		{"China", mhdsi, StatusNonMember},
		{"Indonesia", armon, StatusFounding},
		{"Philippines", armon, StatusFounding},
		{"Thailand", armon, StatusFounding},
		{"Vietnam", armon, StatusFounding},
		{"Singapore", armon, StatusNonMember},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// "Founded ... by JETRO together with the SME agencies of its three
// founding member countries, Thailand, Vietnam and Indonesia": the
// countries after the status and its noun are the founders, a general
// short form ("SME") is no body joined, and a country after ", and"
// opens the next status's clause.
func TestMembershipAfterFoundedNetwork(t *testing.T) {
	ix := mustOpen(t, Source{Name: "network.md", Text: "Survey\n\nDecember 2019\nJETRO\n\n## Networks\n\n" +
		"The ASEAN-Japan SME Support Network (AJSN) was founded in March 2016 by JETRO together with the SME agencies of its three founding member countries, Thailand, Vietnam and Indonesia. " +
		"Malaysia joined in January 2017. Singapore withdrew in April 2019 because Enterprise Singapore preferred to handle SME links through bilateral channels, and Timor-Leste has attended meetings as an observer since September 2019.\n"})
	for _, m := range ix.x.memberships {
		if m.Org != "ASEAN-Japan SME Support Network (AJSN)" {
			t.Errorf("%s %s of %q", m.Country, m.Status, m.Org)
		}
	}
	got := statusesOf(ix)
	want := []countryStatus{
		{"Thailand", StatusFounding}, {"Vietnam", StatusFounding}, {"Indonesia", StatusFounding},
		{"Malaysia", StatusJoined}, {"Singapore", StatusWithdrew}, {"Timor-Leste", StatusObserver},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}

// "In March 2017 Japan, Thailand and Vietnam founded the Mekong Cold
// Chain Partnership": the subjects of an active "founded" are the body's
// founders; "established diplomatic relations" founds no body.
func TestActiveFounding(t *testing.T) {
	ix := mustOpen(t, Source{Name: "active-founded.md", Text: "Op-ed\n\nAugust 2022\nEmbassy of Japan\n\n" +
		"In March 2017 Japan, Thailand and Vietnam founded the Mekong Cold Chain Partnership (MCCP) in order to cut post-harvest losses. " +
		"Japan and Thailand established diplomatic relations in 1887. Cambodia, Laos, and Myanmar joined the MCCP in 2019.\n"})
	got := statusesOf(ix)
	// An Oxford comma before "and" still lists the subjects of one verb.
	want := []countryStatus{{"Japan", StatusFounding}, {"Thailand", StatusFounding}, {"Vietnam", StatusFounding}, {"Cambodia", StatusJoined}, {"Laos", StatusJoined}, {"Myanmar", StatusJoined}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
	expectAnswers(t, ix, map[string]string{"which countries founded the MCCP": "Japan, Thailand, Vietnam"})
}

// countryStatus is a membership as the tests above compare it: who, and
// with what status.
type countryStatus struct{ Country, Status string }

// statusesOf lists each membership the index read, in order, as who and
// with what status.
func statusesOf(ix *Index) []countryStatus {
	var out []countryStatus
	for _, m := range ix.x.memberships {
		out = append(out, countryStatus{m.Country, m.Status})
	}
	return out
}

// membershipRow is a membership as the tests compare it: who, of what,
// which status, and the date as written ("" when none).
type membershipRow struct{ Country, Org, Status, Date string }

// expectMemberRows checks that got holds each of want.
func expectMemberRows(t *testing.T, got []membershipRow, want ...membershipRow) {
	t.Helper()
	for _, r := range want {
		if !slices.Contains(got, r) {
			t.Errorf("missing %+v in %+v", r, got)
		}
	}
}

// membershipRows lists ix's memberships as rows, in extraction order.
func membershipRows(ix *Index) []membershipRow {
	var out []membershipRow
	for _, m := range ix.x.memberships {
		d := ""
		if m.Date != nil {
			d = m.Date.Text
		}
		out = append(out, membershipRow{m.Country, m.Org, m.Status, d})
	}
	return out
}
