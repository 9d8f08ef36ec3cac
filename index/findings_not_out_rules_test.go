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
