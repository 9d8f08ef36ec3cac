package index

import (
	"strings"
	"testing"
)

// Why-questions get the reason a sentence gives, and "what did X ask Y to
// do" what it asks; a schedule ("due to go live") is not a reason.
func TestReasonsAndRequests(t *testing.T) {
	doc := Source{Name: "reasons-fixture.md", Text: `Reasons Fixture

March 2022
Japan-ASEAN Integration Fund

1. Progress

The Myanmar activities were suspended after the military takeover of 1 February 2021. The Lao pilot was due to go live on 1 October 2015. Efficiency is rated fair because the period reached 125 per cent of plan.

2. Requests

JICA has asked the Ministry of Finance of Laos to assign at least 15 full-time staff to the pilot. The Ministers called on the Asian Development Bank to approve the first round of grants by March 2019.
`}
	ix := mustOpen(t, doc)
	for q, want := range map[string]string{
		"why were the myanmar activities suspended?":       "after the military takeover",
		"why is efficiency rated fair":                     "because the period reached 125 per cent of plan",
		"what did jica ask the ministry of finance to do?": "assign at least 15 full-time staff",
		"what did the ministers ask the adb to do":         "approve the first round of grants",
	} {
		if a := ix.Answer(q); !a.Found || !strings.Contains(a.Span, want) {
			t.Errorf("%q: found %v span %q, want it to hold %q", q, a.Found, a.Span, want)
		}
	}
	if a := ix.Answer("why was the lao pilot due to go live on 1 october 2015"); a.Found && strings.HasPrefix(a.Span, "due to") {
		t.Errorf("a schedule was given as a reason: %q", a.Span)
	}
}
