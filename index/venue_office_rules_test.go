package index

import "testing"

// bridgesReport tells of new bridges opened at a ceremony at one of them,
// presided over by an officer whose title names a province, and of a
// project whose completion is expected.
const bridgesReport = "# Completion Report\n\nVientiane, 3 May 2023\n\n" +
	"## 1. Bridges\n\n" +
	"The two tributary bridges were opened to traffic on 5 March 2021 at a ceremony at the Xe Kong Bridge presided over by H.E. Mr. Bounmy Keo, Governor of Attapeu Province. The old Xe Don Bridge was opened to traffic on 14 December 2010. The road was handed over on 16 August 2022 at a ceremony presided over by Mr. Somchai Vong, Mayor of Pakse.\n\n" +
	"## 2. Next phase\n\n" +
	"The Southern Cold Chain Project (SCCP) will build three logistics hubs. Completion of the SCCP is expected in December 2028.\n\n" +
	"## 3. Network\n\n" +
	"JICA contributed US$ 180,000 to the network secretariat between 2019 and 2022; Japanese support for 2023 has not yet been decided.\n"

// A ceremony's venue may be a bridge; a province an officer's title is
// of is no place of the event; "the new tributary bridges" asks no
// revised date; "sccp expected completion" asks a date.
func TestVenueBridgeOfficeProvinceAndExpectedCompletion(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mpwt-2023-05-report.md", Text: bridgesReport})
	expectAnswers(t, ix, map[string]string{
		"where was the bridge opening ceremony held": "Xe Kong Bridge",
		"when did the new tributary bridges open":    "5 March 2021",
		"sccp expected completion":                   "December 2028",
	})
	expectRefused(t, ix, "where was the road handover ceremony")
}

// "where?" after "wen was the charter signed" asks where it was signed:
// prev's question word is read as chat writes it short.
func TestBareFollowUpAfterAShortQuestionWord(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.md", Text: "# Progress Report\n\nJakarta, 3 May 2023\n\n## 1. Centre\n\n" +
		"The Mekong Seed Quality Centre (MSQC) was set up in Viet Nam in 2019. Its Charter was signed in Can Tho on 18 November 2019 by its founding members.\n"})
	if got, want := ix.FollowUp("wen was the msqc charter signed", "where?"), "where was the msqc charter signed"; got != want {
		t.Errorf("FollowUp = %q, want %q", got, want)
	}
	if a := ix.AnswerFollowUp("wen was the msqc charter signed", "where?"); a.Span != "Can Tho" {
		t.Errorf("where? answered %q (%s), want Can Tho", a.Span, a.Text)
	}
}
