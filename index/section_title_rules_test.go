package index

import (
	"strings"
	"testing"
)

// sectionTitlePaper has an overview sentence that holds the words of a
// section's title, and the section itself, whose lead-in brings a list.
func sectionTitlePaper() Source {
	return Source{Name: "title.txt", Text: paperHeader("Japan's Cooperation with ASEAN on Small Irrigation", "June 2004") + `Overview: Many canals have fallen into disrepair, and farmers often have no organisation to maintain them. Japan therefore supports both the repair of small-scale irrigation facilities and the formation of water user groups able to manage them and to collect water fees.

1. Rehabilitation

Japan has repaired 40 pumping stations since 1999.

2. Water Fee Collection

Regular fee income allows a committee to pay for routine maintenance without waiting for the government budget. Japan supports the following activities:

  • - preparing simple fee ledgers and receipts in Khmer and Lao
  • - opening savings accounts for committees with rural banks
`}
}

// A question that names a section's title in full ("water fee
// collection") is answered by that section and its list, not by the
// overview sentence that happens to hold the same words.
func TestOpenQuestionNamesSection(t *testing.T) {
	ix := mustOpen(t, sectionTitlePaper())
	a := ix.Answer("what does japan's support for water fee collection involve")
	if !a.Found || !strings.Contains(a.Span, "fee ledgers") {
		t.Errorf("section's list: %v %q", a.Found, a.Span)
	}
}
