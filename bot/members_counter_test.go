package bot

import (
	"strings"
	"testing"

	"github.com/iaibot/iaibot/index"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// fixtureBot is a Bot over a real index of one document's text.
func fixtureBot(t *testing.T, text string) *Bot {
	t.Helper()
	ix, err := index.Open([]index.Source{{Name: "review.md", Text: text}}, index.Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(testsupport.Logger(t), ix)
}

// A listed item under a lead ("The following countries intend to
// join:") is the country's name, which is no wording of its status.
func TestCounterStatusQuotesNoCountry(t *testing.T) {
	b := fixtureBot(t, "Japan's Cooperation with ASEAN on Forests\n\nMay 2009\nMinistry of Foreign Affairs of Japan\n\n1. The Forest Fire Network (FFN)\n\nThe FFN was founded by Indonesia and Malaysia in 2004. The following countries intend to join the Network:\n\n  • Laos\n  • Myanmar\n")
	members := strings.Join(allPages(t, b, "/iai members"), "\n")
	if strings.Contains(members, "(“Laos”)") || strings.Contains(members, "(“Myanmar”)") {
		t.Errorf("a country's name quoted as its status:\n%s", members)
	}
}
