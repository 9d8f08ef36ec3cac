package index

import "testing"

// Founders set off by dashes ("its four founding members—A, B, C and
// D—in order to"), a country in the list with its short form in brackets
// ("the Lao People's Democratic Republic (Lao PDR)"), and a joining
// written with the body as the owner of the noun ("became the council's
// sixth member") are each read as the list or the joining they are.
func TestMemberListsInDashesAndBrackets(t *testing.T) {
	ix := mustOpen(t, Source{Name: "boards.md", Text: paperHeader("Nursing Boards Fixture", "March 2013") + `1. Regional Boards

The Upper Nurses Board (UNB) was set up in Bangkok on 11 November 2009 by its four founding members—Cambodia, the Lao People's Democratic Republic (Lao PDR), Thailand and Viet Nam—in order to harmonise licensing. Myanmar joined on 2 March 2011, and the Philippines became the UNB's sixth member on 19 June 2012.

The Lower Nurses Board (LNB) has three founding members—Malaysia, Brunei Darussalam and Singapore—and no observers.
`})
	const unb, lnb = "Upper Nurses Board (UNB)", "Lower Nurses Board (LNB)"
	expectMemberRows(t, membershipRows(ix),
		membershipRow{"Cambodia", unb, StatusFounding, "11 November 2009"},
		membershipRow{"Laos", unb, StatusFounding, "11 November 2009"},
		membershipRow{"Thailand", unb, StatusFounding, "11 November 2009"},
		membershipRow{"Vietnam", unb, StatusFounding, "11 November 2009"},
		membershipRow{"Myanmar", unb, StatusJoined, "2 March 2011"},
		membershipRow{"Philippines", unb, StatusJoined, "19 June 2012"},
		membershipRow{"Malaysia", lnb, StatusFounding, ""},
		membershipRow{"Singapore", lnb, StatusFounding, ""},
	)
}
