package index

import "testing"

// "Ir." (an engineer's title in Indonesia) opens a person's name, as
// "Dr." does, and the answer keeps it.
func TestAnIndonesianTitleOpensAName(t *testing.T) {
	ix := mustOpen(t, Source{Name: "sulawesi.txt", Text: paperHeader("Japan's Cooperation on Clove Farming", "March 2021") +
		"Overview: Japan supports clove farmers in Indonesia.\n\n" +
		"1. Clove Component\n\n" +
		"(1) The Clove Farmers Support Component (CFSC) works in 12 villages of North Sulawesi. Its coordinator is Ir. Made Wirawan, Head of the Estate Crops Service of the province.\n"})
	expectAnswers(t, ix, map[string]string{"who coordinates the cfsc?": "Ir. Made Wirawan"})
}
