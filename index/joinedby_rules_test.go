package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Founders in brackets after their noun, then later members as the
// agents of a passive joining, each with its own day; founders after a
// colon that a clause's status noun ends on; founders who "took part from
// the start"; and the heading's body named by the head noun a sentence
// before the status opens with.
func TestFoundersAndPassiveJoinings(t *testing.T) {
	text := paperHeader("Cold Store Fixture", "March 2016") +
		"1. Japan-ASEAN Cold Store Partnership (JACSP)\n\n(1) Membership\n" +
		"The Partnership was launched in Manila on 23 October 2012 with a view to aligning standards. " +
		"The five founding members (Japan, Malaysia, the Philippines, Thailand, Vietnam) were joined by Cambodia on March 5, 2014, by Indonesia on 1 July 2015 and by Myanmar on 17 January 2016.\n\n" +
		"2. ASEAN Beach Survey Network (ABSN)\n\n" +
		"The network was launched in Manila on June 12, 2019 by five founding members: Indonesia, the Philippines, Thailand, Vietnam and Japan. It links agencies.\n\n" +
		"3. ASEAN Signal Exchange (ASX)\n\n" +
		"ASX, an online system, began operation on 1 October 2009. Indonesia, Malaysia, the Philippines, Singapore and Thailand took part from the start; Vietnam joined on 15 December 2009.\n"
	ix := mustOpen(t, Source{Name: "mofa-2016-03-cold.md", Text: text})
	jacsp, absn, asx := "Japan-ASEAN Cold Store Partnership (JACSP)", "ASEAN Beach Survey Network (ABSN)", "ASEAN Signal Exchange (ASX)"
	want := []membershipRow{
		{"Japan", jacsp, StatusFounding, ""},
		{"Malaysia", jacsp, StatusFounding, ""},
		{"Philippines", jacsp, StatusFounding, ""},
		{"Thailand", jacsp, StatusFounding, ""},
		{"Vietnam", jacsp, StatusFounding, ""},
		{"Cambodia", jacsp, StatusJoined, "March 5, 2014"},
		{"Indonesia", jacsp, StatusJoined, "1 July 2015"},
		{"Myanmar", jacsp, StatusJoined, "17 January 2016"},
		{"Indonesia", absn, StatusFounding, "June 12, 2019"},
		{"Philippines", absn, StatusFounding, "June 12, 2019"},
		{"Thailand", absn, StatusFounding, "June 12, 2019"},
		{"Vietnam", absn, StatusFounding, "June 12, 2019"},
		{"Japan", absn, StatusFounding, "June 12, 2019"},
		{"Indonesia", asx, StatusFounding, ""},
		{"Malaysia", asx, StatusFounding, ""},
		{"Philippines", asx, StatusFounding, ""},
		{"Singapore", asx, StatusFounding, ""},
		{"Thailand", asx, StatusFounding, ""},
		{"Vietnam", asx, StatusJoined, "15 December 2009"},
	}
	got := membershipRows(ix)
	less := func(a, b membershipRow) int {
		return strings.Compare(a.Org+"\x00"+a.Country, b.Org+"\x00"+b.Country)
	}
	slices.SortFunc(want, less)
	slices.SortFunc(got, less)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
	expectAnswers(t, ix, map[string]string{
		"when did indonesia join the jacsp":        "1 July 2015",
		"who are the founding members of the absn": "Indonesia, Philippines, Thailand, Vietnam, Japan",
	})
}

// "Founders were joined by" names whom the founders were joined by: the
// founders are not the ones who joined, and a country in the founders'
// brackets is no later member.
func TestJoinedByLeavesFoundersFounders(t *testing.T) {
	text := paperHeader("Cold Store Fixture", "March 2016") +
		"1. Japan-ASEAN Cold Store Partnership (JACSP)\n\n" +
		"The Partnership was launched in 2012. Its three founding members (Japan, Malaysia and Thailand) were joined by Cambodia on 5 March 2014.\n"
	ix := mustOpen(t, Source{Name: "mofa-2016-03-cold.md", Text: text})
	for _, m := range ix.Memberships() {
		if m.Status == StatusJoined && m.Country != "Cambodia" {
			t.Errorf("%s joined %s", m.Country, m.Org)
		}
	}
}
