package index

import "testing"

// completionReport is a completion report: a road built under a loan,
// a network's purpose given by its noun, and a second phase only asked
// for, whose road and loan are not the ones built and signed.
const completionReport = "# Completion Report: Northern Corridor Road Project (NCRP)\n\nVientiane, 3 May 2023\n\n" +
	"## 1. Outputs\n\n" +
	"| Output | Planned | Actual |\n|---|---|---|\n" +
	"| Road upgraded to asphalt concrete | 96 km | 96 km |\n\n" +
	"## 2. Signing\n\n" +
	"The Loan Agreement for the NCRP was signed on 14 June 2016 in Vientiane.\n\n" +
	"## 3. Regional network\n\n" +
	"The Mekong Pavement Research Network (MPRN) was founded in 2014. Its purpose is to pool pavement test results among the region's institutes and to run joint courses for their engineers.\n\n" +
	"## 4. Further assistance\n\n" +
	"On 2 August 2022 the Government of the Lao PDR requested the Government of Japan to provide an ODA loan for a second phase of the NCRP to upgrade 142 km of National Road No. 1 between Luang Namtha and Boten.\n"

// "length of road upgraded?" asks a length by its noun; the length a
// request asks to upgrade ranks below the one built; "when was the phase
// 2 loan agreement signed" is not dated by the asking; a purpose named by
// its noun ("Its purpose is to ...") is all its infinitives.
func TestWhatIsOnlyAskedForAndANamedPurpose(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mpwt-2023-05-completion-report.md", Text: completionReport})
	expectAnswers(t, ix, map[string]string{
		"length of road upgraded?":                "96 km",
		"how long is the upgraded road":           "96 km",
		"what is mprn for":                        "to pool pavement test results among the region's institutes and to run joint courses for their engineers",
		"when did laos request the phase 2 loan":  "2 August 2022",
		"when was the ncrp loan agreement signed": "14 June 2016",
	})
	expectRefused(t, ix, "when was the phase 2 loan agreement signed")
}
