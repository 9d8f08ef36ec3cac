package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A membership table lined up by spaces, founders who "became founding
// members on that day" (the meeting's day), joinings gapped after a US-style date, an intent
// stated "at the meeting of" another body, and a joining of something
// that is no body.
const gappedDoc = "Japan's Cooperation on Flood Warning in the Mekong\n\nMay 2011\nMinistry of Foreign Affairs of Japan\n\n" +
	"1. Regional Flood Warning Centre (RFWC)\n\n" +
	"(1) At a meeting held in Vientiane on 3 May 2010, the participating countries agreed to set up the Centre in Hanoi. " +
	"Laos, Vietnam and Cambodia became founding members on that day. " +
	"Thailand joined on August 9, 2010, and Myanmar on 2 February 2011. " +
	"Indonesia expressed its intention to join at the meeting of the RFWC Steering Board in June 2011.\n\n" +
	"2. Pacific Network of Hydrology Institutes (PNHI)\n\n" +
	"Members as of April 2011:\n\n" +
	"  Country        Status            Joined\n" +
	"  Malaysia       founding member   12 March 2008\n" +
	"  Philippines    member            June 3, 2009\n" +
	"  Brunei         observer          -\n\n" +
	"The Japan Water Institute (JWI) joined the Network in 2010, and the Mekong Delta Water Forum (MDWF) on 4 May 2011.\n\n" +
	"3. Debt Relief\n\n" +
	"Japan joined the rescheduling agreed by the Paris Club on 4 March 2011, deferring repayments by Myanmar.\n"

func TestGappedAndTabledMemberships(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2011-05-flood.txt", Text: gappedDoc})
	rfwc, phn := "Regional Flood Warning Centre (RFWC)", "Pacific Network of Hydrology Institutes (PNHI)"
	want := []membershipRow{
		{"Laos", rfwc, StatusFounding, "3 May 2010"},
		{"Vietnam", rfwc, StatusFounding, "3 May 2010"},
		{"Cambodia", rfwc, StatusFounding, "3 May 2010"},
		{"Thailand", rfwc, StatusJoined, "August 9, 2010"},
		{"Myanmar", rfwc, StatusJoined, "2 February 2011"},
		{"Indonesia", rfwc, StatusIntends, "June 2011"},
		{"Malaysia", phn, StatusFounding, "12 March 2008"},
		{"Philippines", phn, StatusMember, "June 3, 2009"},
		{"Brunei", phn, StatusObserver, ""},
	}
	if d := cmp.Diff(want, membershipRows(ix)); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
}

// A document's first status, gapped after a US-style date: the body is
// the one the section is about, the status having no object of its own.
func TestGappedFirstStatusTakesTheSectionsBody(t *testing.T) {
	text := "Seed Cooperation\n\nMay 2011\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Mekong Seed Network (MSN)\n\n" +
		"Rice seed is exchanged among the countries of the Mekong region. " +
		"Laos joined on March 2, 2010, and Cambodia on 5 May 2011.\n"
	ix := mustOpen(t, Source{Name: "mofa-2011-05-seed.txt", Text: text})
	msn := "Mekong Seed Network (MSN)"
	want := []membershipRow{
		{"Laos", msn, StatusJoined, "March 2, 2010"},
		{"Cambodia", msn, StatusJoined, "5 May 2011"},
	}
	if d := cmp.Diff(want, membershipRows(ix)); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
}

// "Member or observer of the centre?" offers two statuses and names the
// body after them: it asks which one holds, with or without "is".
func TestStatusChoiceNamingTheBody(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2011-05-flood.txt", Text: gappedDoc})
	expectAnswers(t, ix, map[string]string{
		"thailand - member or observer of the centre?":                      "member",
		"Is the Philippines a member or observer of the hydrology network?": "member",
		"brunei: member or observer of the PNHI?":                           "observer",
	})
}
