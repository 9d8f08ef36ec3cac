package index

import "testing"

// "The council" in a membership question is the council the documents
// give members, not a business council a sentence mentions in passing.
func TestTheBodyWithMembersIsTheOneAMembershipQuestionMeans(t *testing.T) {
	ix := mustOpen(t, Source{Name: "council.txt", Text: paperHeader("Japan's Cooperation on Vocational Training", "May 2019") +
		"Overview: Japan supports vocational training in ASEAN.\n\n" +
		"1. Industry\n\n" +
		"(1) A 2010 survey by the Japanese Business Council found that most firms lacked technicians.\n\n" +
		"2. The Regional Council\n\n" +
		"(1) The Mekong Skills Cooperation Council (MSCC) was established on 21 May 2014 by three founding members: Thailand, Vietnam and Cambodia. Laos joined on 12 March 2017, followed by Myanmar on 8 November 2018.\n"})
	expectAnswers(t, ix, map[string]string{
		"which countries joined the council after it was founded?": "Laos, Myanmar",
		"which countries are members of the council":               "Thailand, Vietnam, Cambodia, Laos, Myanmar",
	})
}
