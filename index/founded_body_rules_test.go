package index

import "testing"

// "The MJWEP itself was established ..., and its secretariat, the Mekong
// Water Environment Centre, is located in Vientiane" is about the
// partnership it names by its short form, though it names a centre too;
// and "in what city was it founded" is answered by the place of its
// establishing, any founding verb, not of its secretariat.
func TestFoundedBodyAndItsPlace(t *testing.T) {
	ix := mustOpen(t, Source{Name: "briefing.txt", Text: paperHeader("Press Briefing", "March 2016") +
		"4. Water Partnership\n\n" +
		"Fourth, Japan will launch, under the Mekong-Japan Water Environment Partnership (MJWEP), a new Water Quality Monitoring Training Programme (WQMTP). " +
		"Over three years, from FY2016 to FY2018, the programme will invite 48 officials to Kitakyushu. " +
		"The MJWEP itself was established on 25 September 2012 in Hanoi, and its secretariat, the Mekong Water Environment Centre, is located in Vientiane.\n"})
	expectAnswers(t, ix, map[string]string{
		"when was the mekong-japan water environment partnership set up?": "25 September 2012",
		"in what city was the water environment partnership founded":      "Hanoi",
	})
}
