package index

import "testing"

// secretariatPaper splits a secretariat's costs between two countries,
// one share each, and defines a project's short form after a common noun
// in lower case.
func secretariatPaper() Source {
	return Source{Name: "secretariat.md", Text: paperHeader("Japan's Cooperation with ASEAN on Clinic Quality", "October 2016") + `1. Network

(1) Secretariat

The running costs of the Network Secretariat, US$300,000 a year, are shared between Japan, which pays 70%, and Malaysia, which pays 30%.

(2) Reporting

JICA launched the Clinic Error Reporting System project (CERS) in FY2015 in order to help clinics report errors.
`}
}

// A share one party pays is that party's, not another's the sentence
// also gives; "project" in lower case after the name is no word of it.
func TestOnePartyShareAndLowerCaseTail(t *testing.T) {
	ix := mustOpen(t, secretariatPaper())
	expectAnswers(t, ix, map[string]string{
		"what share does malaysia pay": "30%",
		"what share does japan pay":    "70%",
		"wat is CERS":                  "Clinic Error Reporting System",
	})
}
