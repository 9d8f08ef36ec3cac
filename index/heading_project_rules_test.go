package index

import (
	"strings"
	"testing"
)

// hydroPaper has a project's sub-heading over a paragraph whose sum's own
// sentence does not name it, and a study that another paragraph funds.
func hydroPaper() Source {
	return Source{Name: "hydro.txt", Text: `Japan's Cooperation on Mini-Hydropower in the Mekong Region
October 2005
Ministry of Foreign Affairs Japan

1. Mini-Hydropower

(1) Upland Mini-Hydropower Project

The Upland Mini-Hydropower Project (UMHP) aims to bring power to 40 villages of Phongsaly province. The project was requested by the Government of Laos in 2003. Japan is providing grant aid of ¥1.8 billion for two run-of-river plants.

(2) Luang Prabang Line Training Centre

The Luang Prabang Line Training Centre (LPTC) opened in 2004 to train line technicians. Japan provided ¥400 million for the centre in FY2003.
`}
}

// A sum in a passage under a project's own sub-heading is that project's,
// and its funding line says so, though its sentence names no project.
func TestSumUnderProjectHeadingNamesIt(t *testing.T) {
	ix := mustOpen(t, hydroPaper())
	am := amountNamed(ix, "¥1.8 billion")
	if am == nil {
		t.Fatal("no ¥1.8 billion")
	}
	if d := am.Describe(); !strings.Contains(d, "UMHP") {
		t.Errorf("funding line %q does not name UMHP", d)
	}
	// "For the centre" points back to the project by a word of its name.
	if am := amountNamed(ix, "¥400 million"); am == nil || !strings.Contains(am.Describe(), "LPTC") {
		t.Errorf("the centre's sum does not name LPTC: %v", am)
	}
}
