package bot

import (
	"strings"
	"testing"
)

// A status short of membership that the document words otherwise
// follows the bot's label in the document's own words; a status the
// document words as the label does not repeat them.
func TestMembersQuoteAStatusWordedOtherwise(t *testing.T) {
	b := fixtureBot(t, "Japan's Cooperation with ASEAN on Forests\n\nMay 2009\nMinistry of Foreign Affairs of Japan\n\n1. The Forest Fire Network (FFN)\n\nThe FFN was founded by Indonesia and Malaysia in 2004. Brunei has expressed its intention to join the Network. Laos has been invited to join the Network.\n")
	members := strings.Join(allPages(t, b, "/iai members"), "\n")
	if !strings.Contains(members, "Brunei: intends to join (“intention to join”)") {
		t.Errorf("Brunei's status lacks the document's words:\n%s", members)
	}
	if !strings.Contains(members, "Laos: invited —") {
		t.Errorf("Laos's status repeats words the label has:\n%s", members)
	}
	country := strings.Join(allPages(t, b, "/iai country name:brunei"), "\n")
	if !strings.Contains(country, "intends to join (“intention to join”)") {
		t.Errorf("the country page lacks the document's words:\n%s", country)
	}
}
