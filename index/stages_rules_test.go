package index

import "testing"

// A stage a sentence puts still to come ("is expected to be completed")
// is a "no" to a question that asks it done in a kindred word.
func TestStageStillToComeIsNotDone(t *testing.T) {
	text := "ICT Cooperation\n\nSeptember 2002\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Vientiane Media Library (VML)\n\n" +
		"Grant aid of ¥640 million was extended for the VML on 9 May 2002. Construction is expected to be completed by June 2003.\n\n" +
		"2. Pakse Training Hall (PTH)\n\n" +
		"Construction of the PTH was completed on 4 April 2002.\n\n" +
		"3. Villages\n\n" +
		"A piped water kiosk in Ban Na village is expected to be completed in 2004.\n"
	ix := mustOpen(t, Source{Name: "mofa-2002-09-ict.txt", Text: text})
	expectAnswers(t, ix, map[string]string{
		"has construction of the VML been finished?": "no",
		"has construction of the PTH been finished?": "yes",
		"was the ban na water kiosk completed?":      "no",
	})
}

// Kindred words a question may use: "fixed" for "decided", "at the
// start" for an initial sum.
func TestKindredWordsOfDecisionsAndStarts(t *testing.T) {
	text := "ICT Cooperation\n\nSeptember 2002\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Partnership Fund (MPF)\n\n" +
		"The Mekong Partnership Fund (MPF) was established on April 2, 2001 with an initial contribution of US$4 million from the Government of Japan. " +
		"The Government of Japan contributed a further US$2 million to the MPF in August 2002.\n\n" +
		"Note: The date of the formal opening of the MPF office in Vientiane has not yet been decided.\n"
	ix := mustOpen(t, Source{Name: "mofa-2002-09-fund.txt", Text: text})
	expectAnswers(t, ix, map[string]string{
		"how much did japan put into the MPF at the start?":  "US$4 million",
		"has the opening date of the MPF office been fixed?": "no",
	})
}
