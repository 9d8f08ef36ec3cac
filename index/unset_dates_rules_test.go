package index

import "testing"

// A date denied after a semicolon ("; its date and venue have not yet
// been fixed") or by "no start date ... has been set" leaves the meeting
// or the phase undated; the date a thing was planned for is still the
// answer to "when was it supposed to be", and the date the request was
// made is not when the phase starts.
func TestDatesDeniedBySemicolonOrNo(t *testing.T) {
	ix := mustOpen(t, Source{Name: "dates.txt", Text: "Minutes of the Committee\n\n20 May 2015\nHouse of Councillors\n\n" +
		"○Mr. Daisuke Oyamada: Which countries now belong to the Disaster Management Training Centre (DMTC), and how much does Japan give it?\n\n" +
		"○Government Reference person (Mr. Takuya Morioka): The average cost per course is USD 150,000. Japan's contribution from FY2016 onward has not been decided. It will be discussed at the next meeting of the Governing Board, which is planned for the second half of 2015; its date and venue have not yet been fixed.\n\n" +
		"○Mr. Daisuke Oyamada: And the health volunteers?\n\n" +
		"○Government Reference person (Mr. Takuya Morioka): CHVT runs from 1 October 2020 to 30 September 2023 in Salavan Province. In March 2022 the Provincial Health Department asked HMP to continue CHVT in a second phase after September 2023. A memorandum of understanding for that phase has not been signed, and no start date or budget has been set.\n\n" +
		"○Mr. Daisuke Oyamada: And the committee?\n\n" +
		"○Government Reference person (Mr. Takuya Morioka): The third meeting of the Steering Committee, planned for 24 March 2020 in Bangkok, was postponed owing to floods, and no new date has been set.\n"})
	expectRefused(t, ix,
		"when is the next governing board meeting",
		"when does the second phase of chvt start",
		"when is the third steering committee meeting",
	)
	expectAnswers(t, ix, map[string]string{
		"when did chvt start": "1 October 2020",
		"when was the third steering committee meeting supposed to be": "24 March 2020",
	})
}

// A country the question before an answer names frames the answer, but a
// group it names ("the Mekong countries") does not make every member of
// it one the answer speaks of.
func TestAskedGroupFramesNoMember(t *testing.T) {
	ix := mustOpen(t, Source{Name: "minutes.txt", Text: "Minutes of the Committee\n\n20 May 2015\nHouse of Councillors\n\n" +
		"○Mr. Daisuke Oyamada: I wish to ask about disaster management, which goes beyond the Mekong countries themselves. What is the present state of the training centre that Japan supports in Thailand?\n\n" +
		"○Minister for Foreign Affairs (Mr. Kenjiro Hayama): I shall answer. The Disaster Management Training Centre (DMTC) was founded on 12 November 2012, when the founding agreement was signed in Bangkok by Cambodia, Laos, Thailand and Viet Nam. It opened in Ayutthaya on 5 August 2013.\n"})
	expectRefused(t, ix, "where did myanmar sign its accession to the centre")
	expectAnswers(t, ix, map[string]string{"where was the dmtc founding agreement signed": "Bangkok"})
}
