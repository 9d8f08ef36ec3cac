package index

import "testing"

// "Which Cambodian province" asks for a place in Cambodia, not the Lao
// province the same sentence names; and a row that counts the thing asked
// under "Target" and "Achieved" columns gives the figure achieved.
func TestCountryWordPlacesAndAchievedRows(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.md", Text: "# Programme Completion Report\n\n" +
		"## 3 Rice Insurance Pilot\n\n" +
		"The pilot was launched on 1 June 2018. It covered farming households in 47 villages located in Savannakhet province (Lao PDR) and Takeo province (Cambodia).\n\n" +
		"## 4 Outputs\n\n" +
		"| Output indicator | Target | Achieved |\n|---|---|---|\n" +
		"| Officials trained | 360 | 412 |\n" +
		"| Households enrolled in the pilot | 3,000 | 3,860 |\n"})
	expectAnswers(t, ix, map[string]string{
		"which cambodian province was the rice pilot in": "Takeo province",
		"which lao province had the rice pilot":          "Savannakhet province",
		"number of households enrolled in the pilot?":    "3,860",
	})
}
