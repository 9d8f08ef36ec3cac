package index

import "testing"

// twoLoansPaper gives two projects' loan agreements in one passage: the
// first sentence names its project, the second opens with "Its" after a
// sentence on the other project, and a closing sentence names both.
func twoLoansPaper() Source {
	return Source{Name: "two-loans.md", Text: paperHeader("Japan's Cooperation with ASEAN on Fuel Terminals", "November 2023") + `1. Ports

(1) Terminals

The Loan Agreement for an ODA loan of ¥38.6 billion for the Batangas Berth Project (BBP) was signed by JICA and the Government of the Philippines in Manila on 24 January 2023. In Indonesia, an ODA loan of ¥22.8 billion finances the Cilegon Storage Project (CSP), which adds tanks at the port of Cilegon. Its Loan Agreement was signed in Jakarta on 30th November 2022. Together, BBP and CSP account for all of Japan's ODA loans in this field.
`}
}

// "Its Loan Agreement" after a sentence on the CSP is the CSP's: it does
// not answer where the BBP's was signed, though its passage names the
// BBP too. Asked of the CSP, it answers, also with "LA" for the loan
// agreement as chat writes it.
func TestPronounStandsForTheBodyBefore(t *testing.T) {
	ix := mustOpen(t, twoLoansPaper())
	for q, want := range map[string]string{
		"where was the BBP loan agreement signed": "Manila",
		"where was the CSP loan agreement signed": "Jakarta",
		"when was the CSP LA signed":              "30th November 2022",
		"when was the BBP LA signed":              "24 January 2023",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%s: %v %q, want %q (%s)", q, a.Found, a.Span, want, a.Text)
		}
	}
}
