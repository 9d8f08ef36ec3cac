package index

import "testing"

// "The partnership was founded by four members, that is to say, the
// founding members are" lists the members of the partnership named
// before; "is not a party to this loan" makes no one a non-member of a
// body; a working group heads its membership table; "Member (joined)"
// is a joining; and a joining told to the month and then to the day in
// a table is dated to the day.
func TestMemberReferencesAndCells(t *testing.T) {
	ix := mustOpen(t, Source{Name: "briefing.md", Text: paperHeader("Press Briefing", "March 2016") + `1. Roads

The executing agency is the Ministry of Public Works and Transport of Cambodia, and the project director is Mr. Heng Sophanna, Director of the Road Infrastructure Department of that ministry. Regarding Viet Nam, no, Viet Nam is not a party to this loan and is not contributing to the cost.

2. Water

Japan will launch, under the Mekong-Japan Water Environment Partnership (MJWEP), a new training programme.

Press Secretary: The partnership was founded by four members, that is to say, the founding members are Japan, Cambodia, Laos and Viet Nam. Thailand joined on 3 July 2013.

3. Risk Finance

The project set up the ASEAN Risk Finance Working Group (ARFWG) as a standing regional platform. No review was prepared for Indonesia, because Indonesia joined the ARFWG only in February 2019.

The ARFWG was established on 12 July 2017 in Bangkok. Membership has since grown as follows:

| Country | Status | Date |
|---|---|---|
| Cambodia | Founding member | 12 July 2017 |
| Viet Nam | Member (joined) | 4 June 2018 |
| Indonesia | Member (joined) | 20 February 2019 |
| Thailand | Observer | since July 2017 |
`})
	const mjwep, arfwg = "Mekong-Japan Water Environment Partnership (MJWEP)", "ASEAN Risk Finance Working Group (ARFWG)"
	rows := membershipRows(ix)
	expectMemberRows(t, rows,
		membershipRow{"Japan", mjwep, StatusFounding, ""},
		membershipRow{"Cambodia", mjwep, StatusFounding, ""},
		membershipRow{"Vietnam", mjwep, StatusFounding, ""},
		membershipRow{"Vietnam", arfwg, StatusJoined, "4 June 2018"},
		membershipRow{"Indonesia", arfwg, StatusJoined, "20 February 2019"},
		membershipRow{"Thailand", arfwg, StatusObserver, "July 2017"},
	)
	for _, r := range rows {
		if r.Status == StatusNonMember && r.Country == "Vietnam" {
			t.Errorf("Viet Nam, no party to a loan, listed as %+v", r)
		}
	}
}
