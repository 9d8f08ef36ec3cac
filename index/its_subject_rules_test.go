package index

import "testing"

// soilNetwork is a paper whose table names a body in an earlier section
// and whose network's first sentence names that body in passing.
func soilNetwork() Source {
	return Source{Name: "soil.md", Text: paperHeader("Soil Data Fixture", "September 2019") + `1. Reference Stations

Japan has helped three countries to build Soil Reference Stations (SRS), which record soil moisture around the clock.

2. ASEAN Soil Data Network

(1) Membership

The ASEAN Soil Data Network (ASDN) links national SRS networks and survey agencies so that its members can share data. Its Memorandum of Understanding was signed in Bangkok on 28 February 2017 by three founding members: Indonesia, Malaysia and Thailand. Laos joined on 9 October 2017. Cambodia signed the Memorandum on 20 May 2019 but has not yet completed its accession.
`}
}

// "Its" opening a sentence stands for the body the sentence before opened
// with, not for one it named in passing after it.
func TestItsOpeningIsTheSubjectBefore(t *testing.T) {
	ix := mustOpen(t, soilNetwork())
	got := map[string]string{}
	for _, m := range ix.Memberships() {
		got[m.Country] = m.Org
	}
	for _, c := range []string{"Indonesia", "Laos", "Cambodia"} {
		if got[c] != "ASEAN Soil Data Network (ASDN)" {
			t.Errorf("%s is a member of %q, want the ASDN", c, got[c])
		}
	}
	expectAnswers(t, ix, map[string]string{"when did laos join the asdn": "9 October 2017"})
}

// "Signed ... but has not yet completed its accession" dates the signing,
// never the completion a question asks of after "did".
func TestCompletionNotYetIsNoDate(t *testing.T) {
	ix := mustOpen(t, soilNetwork())
	expectRefused(t, ix, "when did cambodia complete its accession to the asdn")
	expectAnswers(t, ix, map[string]string{"when did cambodia sign the asdn memorandum": "20 May 2019"})
}
