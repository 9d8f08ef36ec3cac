package index

import "testing"

// reviewsPaper tells of one review whose findings are out and one whose
// findings are not.
func reviewsPaper() Source {
	return Source{Name: "reviews.md", Text: paperHeader("Japan's Cooperation with ASEAN on Mangrove Restoration", "May 2015") + `1. Reviews

(1) Mid-Term Review

A mid-term review of the Coastal Mangrove Project (CMP) was carried out in June 2014. It found that 82 percent of the seedlings planted in Ca Mau Province had survived their first year.

(2) Terminal Evaluation

A joint team carried out the terminal evaluation of the Mangrove Nursery Pilot (MNP) in March 2015, visiting Trat and six districts. Its findings are due to be presented to the Royal Forest Department in July 2015 and have not yet been released.

(3) Final Review

A final review of the Mangrove Seed Bank (MSB) is scheduled for February 2016 and will be carried out by a joint team.

(4) Nursery Surveys

A first survey of the Coastal Nursery Network (CNN) in 2014 found that 40 nurseries were short of shade netting. A second survey is scheduled for 2016.
`}
}

// "What did the evaluation find" is not answered by the passage that says
// its findings are not out yet; a review whose findings the passage tells
// is still answered.
func TestFindingsNotOutAreNotTold(t *testing.T) {
	ix := mustOpen(t, reviewsPaper())
	expectRefused(t, ix, "what did the mnp terminal evaluation find")
	if a := ix.Answer("what did the cmp mid-term review find"); !a.Found || a.Refused() {
		t.Errorf("what did the cmp mid-term review find: refused, want the review's passage")
	}
}

// "What did the MSB final review find" is not answered by the sentence
// that schedules the review: a study still to come has found nothing.
func TestFindingsOfAStudyStillToCome(t *testing.T) {
	ix := mustOpen(t, reviewsPaper())
	expectRefused(t, ix, "what did the msb final review find", "what were the findings of the msb review?")
	// A passage that tells a finished survey's findings beside one still
	// to come answers for the finished one.
	if a := ix.Answer("what did the first cnn survey find"); !a.Found || a.Refused() {
		t.Errorf("what did the first cnn survey find: refused, want the survey's passage")
	}
}
