package index

import "testing"

// unheldPaper tells of meetings and acts that have not happened: a
// meeting proposed and not held, one scheduled and not yet held, a
// meeting whose exact dates are not fixed after ", but", and a draft
// submitted whose adoption has no date.
func unheldPaper() Source {
	return Source{Name: "unheld.md", Text: paperHeader("Japan's Cooperation on Delta Subsidence", "February 2017") +
		"## 1. Mekong Subsidence Monitoring Network (MSMN)\n\n" +
		"The third annual meeting of the MSMN was held in Siem Reap, Cambodia, from 24 to 26 November 2015. The fourth annual meeting is planned to take place in Jakarta in the second half of 2017, but the exact dates have not yet been fixed.\n\n" +
		"The fifth MSMN meeting is scheduled for 23 November 2018 in Phnom Penh; it has not yet taken place.\n\n" +
		"## 2. Regulation\n\n" +
		"The draft groundwater regulation was submitted to the Jakarta Provincial Assembly in December 2016, but the date of its adoption has not yet been decided.\n\n" +
		"## 3. Future Direction\n\n" +
		"A meeting of water ministers of Japan and the Mekong countries on subsidence has been proposed by Thailand, but it has not taken place and no venue has been agreed.\n"}
}

// A sentence that says a meeting has not taken place, and covers the
// question better than the sentence on another meeting, leaves where it
// was held open; the meeting held is still answered.
func TestMeetingNotHeldHasNoVenue(t *testing.T) {
	ix := mustOpen(t, unheldPaper())
	expectRefused(t, ix, "where was the japan-mekong water ministers meeting on subsidence held?")
	expectAnswers(t, ix, map[string]string{"where was the third MSMN annual meeting held?": "Siem Reap"})
}

// "exact dates" asked of "in the second half of 2017, but the exact
// dates have not yet been fixed" are not fixed; "when" is that half.
func TestExactDatesNotFixedAfterBut(t *testing.T) {
	ix := mustOpen(t, unheldPaper())
	expectRefused(t, ix, "what are the exact dates of the fourth MSMN annual meeting?")
	if a := ix.Answer("when is the fourth MSMN annual meeting?"); !a.Found || a.Span != "the second half of 2017" {
		t.Errorf("when: %q (%s)", a.Span, a.Text)
	}
}

// The date of the submission does not answer when the draft was
// adopted: the sentence says the adoption has no date yet.
func TestActWhoseDateIsUndecided(t *testing.T) {
	ix := mustOpen(t, unheldPaper())
	expectRefused(t, ix, "when did the jakarta provincial assembly adopt the groundwater regulation?")
	expectAnswers(t, ix, map[string]string{"when was the draft submitted to the jakarta provincial assembly?": "December 2016"})
}

// What a meeting decided is not told by the passage that says it has
// not yet taken place.
func TestOutcomeOfAMeetingNotYetHeld(t *testing.T) {
	ix := mustOpen(t, unheldPaper())
	expectRefused(t, ix, "what was decided at the msmn meeting in phnom penh in november 2018?")
}
