package index

import "testing"

// "The ADRFWG is chaired by Dr. Chea Vuthy, Deputy Director-General, ...,
// with Ms. Analyn Dizon-Pascual, Director, ..., as vice-chair": the
// vice-chair is the one the absolute phrase makes it, not the chair whose
// words run on into it, nor her bureau.
func TestVicechairOfAnAbsolutePhrase(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "asean-2019-11-jaif-disaster-risk-finance-project-completion-report"))
	expectAnswers(t, ix, map[string]string{
		"who is the vice chair of the adrfwg?": "Ms. Analyn Dizon-Pascual",
		"who is the vice-chair of the ADRFWG":  "Ms. Analyn Dizon-Pascual",
		"who chairs the ADRFWG?":               "Dr. Chea Vuthy",
	})
}
