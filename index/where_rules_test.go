package index

import "testing"

// "Where is MAGRS" is answered by the place written right after the
// body's name and short form ("the ... Station (MAGRS) in Nakhon
// Ratchasima"), with the places listed with it ("in Batangas and Laguna
// provinces"), not by the city its notes were signed in.
func TestWhereAfterTheNameAndShortForm(t *testing.T) {
	station := "Under an Exchange of Notes signed in Bangkok on 9 March 2017, Japan extended grant aid of JPY 2.4 billion for the construction of the Mekong-Andaman Ground Receiving Station (MAGRS) in Nakhon Ratchasima, Thailand."
	road := "Three loans to the Philippines were evaluated. The Southern Tagalog Arterial Road Improvement Project (STARIP) in Batangas and Laguna provinces cost US$420 million in total, of which JICA financed US$250 million."
	checkRules(t, []ruleCase{
		{name: "after the short form", doc: station, q: "where is magrs", span: "Nakhon Ratchasima"},
		{name: "a list of places", doc: road, q: "where is STARIP", span: "Batangas and Laguna"},
	})
}

// A police rank opens a name as a title does: "Superintendent Kenji
// Haraguchi of the NPA Traffic Bureau".
func TestPoliceRankOpensAName(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "superintendent", doc: "The course leader on the Japanese side is Superintendent Kenji Haraguchi of the NPA Traffic Bureau.", q: "who leads the course on the japanese side", span: "Superintendent Kenji Haraguchi"},
	})
}
