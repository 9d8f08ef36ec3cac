package index

import "testing"

// maternalRelease is a release on one project whose section on a
// separate grant opens by naming the first project, then signs the
// other one's notes in a sentence that names only the other.
func maternalRelease() Source {
	return Source{Name: "release.md", Text: "# Grant to Improve Mother and Child Health in Rural Laos\n\nManila, Philippines, 3 October 2013\n\n## Background\n\nThe Rural Mother and Child Health Project (RMCHP) will upgrade 40 health centres in Savannakhet Province. Japan endorsed the proposal on 2 July 2013, and the grant is financed from its FY2012 contribution.\n\n## Links with bilateral aid\n\n" +
		"The RMCHP has been designed alongside a separate Japanese grant for the provincial hospital in Savannakhet. On 9 August 2013, the Ambassador of Japan and the Vice Minister of Foreign Affairs signed an Exchange of Notes in Vientiane for grant aid of ¥940 million for the Project for Improvement of Savannakhet Provincial Hospital (SPHP), drawn from Japan's FY2013 budget.\n"}
}

// A sentence that names another project, and not the one asked, speaks
// of that one: the day the SPHP's notes were signed is not when the
// RMCHP's grant agreement was, though the RMCHP opens the passage.
func TestSentenceNamingAnotherProjectIsThatOnes(t *testing.T) {
	ix := mustOpen(t, maternalRelease())
	expectRefused(t, ix, "on what date was the rmchp grant agreement signed?")
}

// "Drawn from Japan's FY2013 budget": a fiscal year that says whose
// money it is dates no signing; the day the sentence opens with does.
func TestFundsYearDatesNoAct(t *testing.T) {
	ix := mustOpen(t, maternalRelease())
	expectAnswers(t, ix, map[string]string{
		"date the exchange of notes for the savannakhet hospital was signed": "9 August 2013",
		"which fiscal year's budget was the sphp grant drawn from":           "FY2013",
	})
}
