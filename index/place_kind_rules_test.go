package index

import "testing"

// "Which province" asks for the place of that kind: of "Thuan Nam
// District, Ninh Thuan Province", the province.
func TestPlaceOfTheKindAsked(t *testing.T) {
	ix := mustOpen(t, Source{Name: "plant.txt", Text: "Power Loans\n\nMarch 2019\nBank\n\n1. Ca Na Gas Power Project (CNGP)\n\n" +
		"(2) The project will build a 750 MW gas-fired power plant in Thuan Nam District, Ninh Thuan Province, on the south-central coast of Viet Nam.\n"})
	expectAnswers(t, ix, map[string]string{"which province is the ca na plant in": "Ninh Thuan Province"})
}
