package bot

import (
	"strings"
	"testing"
)

// A listed item under a lead ("The following countries intend to
// join:") is the country's name, which is no wording of its status.
func TestCounterStatusQuotesNoCountry(t *testing.T) {
	b := fixtureBot(t, "Japan's Cooperation with ASEAN on Forests\n\nMay 2009\nMinistry of Foreign Affairs of Japan\n\n1. The Forest Fire Network (FFN)\n\nThe FFN was founded by Indonesia and Malaysia in 2004. The following countries intend to join the Network:\n\n  • Laos\n  • Myanmar\n")
	members := strings.Join(allPages(t, b, "/iai members"), "\n")
	if strings.Contains(members, "(“Laos”)") || strings.Contains(members, "(“Myanmar”)") {
		t.Errorf("a country's name quoted as its status:\n%s", members)
	}
}
