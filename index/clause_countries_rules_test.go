package index

import "testing"

// "Which countries got equipment grants through the network" is answered
// by the clause that names the grants, not by the clause after the
// semicolon, nor by the network's member list, which says nothing of
// grants.
func TestCountriesOfTheClauseThatSaysWhatIsAsked(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mangoes.md", Text: "# Japan's Cooperation on Mango Growing\n\nMay 2019\n\n" +
		"## 1. The Mango Growers Network\n\n" +
		"The Mango Growers Network (MGN) was set up in 2012 by Thailand and Cambodia. Laos joined on 4 March 2014, and Vietnam joined on 9 May 2016.\n\n" +
		"Japan supported the network with training courses. Equipment grants, however, went only to Thailand and Laos; Cambodia and Vietnam received training only.\n"})
	expectAnswers(t, ix, map[string]string{"which countries got equipment grants through the network?": "Thailand, Laos"})
}
