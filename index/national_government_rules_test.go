package index

import "testing"

// "What did the lao government request" asks what Laos requested, though
// the sentence writes "the Government of the Lao People's Democratic
// Republic" and another passage names "the Lao Government" as a body.
func TestAskedGovernmentIsItsCountrys(t *testing.T) {
	ix := mustOpen(t, Source{Name: "ferries.txt", Text: paperHeader("Japan's Cooperation on River Ferries", "May 2009") +
		"Overview: Japan supports river transport in Laos and Cambodia.\n\n" +
		"1. Ferries\n\n" +
		"(1) On 12 March 2006 the Government of the Lao People's Democratic Republic requested Japan to replace three river ferries at Pakse.\n\n" +
		"(2) Japan meets 80 per cent of the cost, and the Lao Government meets the remaining 20 per cent, mainly as land for a ferry depot.\n\n" +
		"(3) On 9 April 2006 the Royal Government of Cambodia requested Japan to dredge the landing at Kratie.\n"})
	expectAnswers(t, ix, map[string]string{
		"what did the lao government request from japan in 2006": "replace three river ferries at Pakse",
		"what did the lao government ask japan for":              "replace three river ferries at Pakse",
	})
}

// A place a sentence leaves out ("Sekong Province ... is not covered
// by the loan") is not stood for by its country: what "the Lao side"
// bears is no sum that goes to Sekong.
func TestLeftOutPlaceIsNotItsCountrys(t *testing.T) {
	ix := mustOpen(t, whitePaperSection())
	expectRefused(t, ix, "how much of the NGEP loan goes to sekong?")
	expectAnswers(t, ix, map[string]string{"how much does the lao side bear for NGEP?": "96 billion kip"})
}

// "No E/N has yet been signed": a denied subject may be written as an
// abbreviation with a slash, and the denial still refuses the date of
// another thing beside it.
func TestDeniedSubjectWithASlash(t *testing.T) {
	ix := mustOpen(t, Source{Name: "bridge.md", Text: "# Development Cooperation 2018 (excerpt)\n\n## Cambodia\n\n### Major Projects\n\n" +
		"**(1) Mekong Crossing Approach Road Project (MCARP)**\n\n" +
		"The MCARP, financed by an ODA loan of ¥8.6 billion signed on 3 June 2016, builds a road to the new crossing. On 14 May 2018 the Ministry of Public Works requested a further loan for Phase 2. Phase 2 has not been approved, and no E/N has yet been signed. A grant for a ferry pontoon, provided in FY2015 under a separate project, is not part of the road loan.\n"})
	expectRefused(t, ix, "when was the mcarp phase 2 loan signed?")
	expectAnswers(t, ix, map[string]string{"when was the mcarp loan signed?": "3 June 2016"})
}
