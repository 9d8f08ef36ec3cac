package index

import "testing"

// studyReportPaper speaks of a study whose report is still to come.
func studyReportPaper() Source {
	return Source{Name: "studyreport.md", Text: paperHeader("Japan's Cooperation with ASEAN on Ageing Societies", "January 2022") + `1. Long-Term Care

(1) Care Financing Study (CFS)

In late 2019 JICA commissioned the Care Financing Study (CFS), which compares ways of paying for the care of older people in Thailand and Vietnam. Its budget is USD 650,000. The final report is expected in April 2022 but has not yet been published.
`}
}

// "When was the CFS final report published" asks of the study's report,
// which is not out yet, not of the paper that says so: the paper's own
// date would be a wrong fact. The paper's date still answers a question
// about the paper.
func TestReportOfAnotherBodyIsNotThePaper(t *testing.T) {
	ix := mustOpen(t, studyReportPaper())
	expectRefused(t, ix, "when was the cfs final report published")
	expectAnswers(t, ix, map[string]string{"when was this paper published": "January 2022"})
}
