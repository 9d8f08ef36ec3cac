package index

import "testing"

// "until" right before a date says the end, whatever verb of starting
// stands before it in the clause, and answers when a thing ends though
// the sentence has no word of ending.
func TestUntilDatesTheEnd(t *testing.T) {
	ix := mustOpen(t, rangerPaper())
	expectAnswers(t, ix, map[string]string{
		"when does RCP end":  "March 2026",
		"when did RCP start": "April 2020",
		"when will RCP end?": "March 2026",
	})
}
