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
