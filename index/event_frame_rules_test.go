package index

import "testing"

// "Where did the signing take place": "take place" is the question's
// frame and the gerund its act, so the place the signing's verb takes
// answers, not a place in a clause on what the money finances.
func TestWhereTheGerundsActTookPlace(t *testing.T) {
	ix := mustOpen(t, Source{Name: "release.txt", Text: "PH, Japan seal loans\n\n17 August 2018\nDepartment of Finance\n\n" +
		"MANILA, 17 August 2018 - The Philippines and Japan today signed three loan agreements, which will finance flood protection in Central Luzon.\n\n" +
		"Finance Secretary Rogelio B. Santiago signed the three loan agreements with Naoki Fujisawa, chief representative of JICA, at the DOF building in Manila on Friday morning.\n"})
	expectAnswers(t, ix, map[string]string{"where did the signing take place?": "Manila"})
}

// "Kick off" is chat for a start: "Launched on 1 November 2019" says it.
func TestKickOffAsksTheStart(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: paperHeader("Health Security", "December 2021") +
		"1. Project for Strengthening Cross-Border Health Security in Savannakhet Province (CBHS)\n\n" +
		"The CBHS works with the provincial health department. Launched on 1 November 2019 and scheduled to end in October 2022, the project covers 12 villages. " +
		"On 24 June 2021 the project handed over 2 ambulances at Savannakhet Provincial Hospital.\n\n" +
		"2. Border Trade\n\nThe border trade course was held in Mukdahan from 23 August to 10 September 2021.\n"})
	expectAnswers(t, ix, map[string]string{"when did the savannakhet health security project kick off": "1 November 2019"})
}
