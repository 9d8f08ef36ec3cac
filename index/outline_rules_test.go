package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// An outline's numbered paragraphs after a lead-in that lists projects
// are projects, a body's name among them; a numbered step that is a
// sentence is none.
func TestNumberedParagraphsUnderAProjectLeadIn(t *testing.T) {
	text := "Outline of the Fund\n\nSeptember 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Procedures\n\nProjects are approved through the following steps:\n" +
		"  1. An ASEAN member state submits a proposal to the Management Team.\n" +
		"  2. Funds are released in instalments.\n\n" +
		"2. Projects Approved\n\n" +
		"The first meeting was held in Jakarta on June 27, 2006, and the following two projects were approved:\n\n" +
		"(1) Mekong Flood Warning Network (MFWN): US$1.45 million from the Disaster Window. 12 Japanese experts will be dispatched to Vientiane.\n\n" +
		"(2) ASEAN Customs Training Programme: US$980,000 from the General Window. 120 officers will be trained in Bangkok.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-outline.txt", Text: text})
	want := []string{"Mekong Flood Warning Network (MFWN)", "ASEAN Customs Training Programme"}
	if d := cmp.Diff(want, projectNames(ix.Projects())); d != "" {
		t.Errorf("projects (-want +got):\n%s", d)
	}
	expectAnswers(t, ix, map[string]string{"how many experts are dispatched for the mekong flood warning network": "12"})
	// The experts are the network's, not the training programme's.
	expectRefused(t, ix, "how many experts are sent for the customs training programme")
}

// "When was it paid" asks of an act done: a date that, in its clause, a
// verb still to come takes is no answer, whichever the verb. "What was
// the original date" asks no such act by a participle.
func TestPastActAnsweredByAPlanWithAnotherVerb(t *testing.T) {
	text := "Progress Report\n\nJune 2003\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. The Fund\n\nThe Integration Support Fund (ISF) was established in Jakarta on 4 March 2002.\n\n" +
		"2. Next Steps\n\nThe second contribution to the ISF (up to US$2.4 million) is expected to be made in FY2003. " +
		"The third contribution is planned for FY2004.\n\n" +
		"3. Terminal\n\nThe new terminal was originally due to open in December 2017, but completion has now been revised to June 2018.\n\n" +
		"4. Schedule\n\nThe Exchange of Notes for the planned FY2007 contribution is expected to be signed after the Diet approves the budget.\n\n" +
		"5. Volunteers\n\nThe first group of volunteers arrived in Hanoi on 22 March 2022. The second group is scheduled to arrive in August 2022.\n"
	ix := mustOpen(t, Source{Name: "mofa-2003-06-progress.txt", Text: text})
	// Nor does "is scheduled to arrive in August 2022", after the date
	// of the paper, say when the second group arrived: it had not.
	expectRefused(t, ix,
		"when was the second ISF contribution paid",
		"when was the third contribution given",
		"what date did the second group arrive",
	)
	expectAnswers(t, ix, map[string]string{
		"when was the ISF established":                       "4 March 2002",
		"when is the second ISF contribution expected":       "FY2003",
		"what was the original opening date of the terminal": "December 2017",
		"when will the second group arrive":                  "August 2022",
	})
	// Nor is "is expected to be signed after the Diet approves" a yes to
	// "has it been paid".
	if a := ix.Answer("has the FY2007 contribution been paid yet"); a.Span == "yes" {
		t.Errorf("answered %q", a.Text)
	}
}

// A reply that is a question word alone asks prev's question for another
// fact: "where?" after "when was the E/N signed?" keeps "signed".
func TestBareQuestionWordFollowUp(t *testing.T) {
	text := "Progress Report\n\nJune 2003\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Laos\n\nLaos: ¥820 million was extended for the Project for Construction of the Savannakhet Teacher Training College. The E/N was signed in Vientiane on January 28, 2003.\n\n" +
		"2. Roads\n\nA joint appraisal mission visited Pakse from 3rd to 12th February 2003. The loan agreement for the Cambodian section was signed in Manila on 22 April 2003.\n"
	ix := mustOpen(t, Source{Name: "mofa-2003-06-progress.txt", Text: text})
	for _, tc := range []struct{ prev, reply, want string }{
		{"When was the E/N for the Laos teacher training college signed?", "where?", "Vientiane"},
		{"Where was the loan agreement for the Cambodian section signed?", "when?", "22 April 2003"},
	} {
		if a := ix.AnswerFollowUp(tc.prev, tc.reply); a.Span != tc.want {
			t.Errorf("%q after %q: %q (%s), want %q", tc.reply, tc.prev, a.Span, a.Text, tc.want)
		}
	}
}

// A sum a sentence compares with ("exceeding US$1 million") is a
// threshold: it answers no "how much" of what was approved. "Up to" a sum
// still gives the sum.
func TestThresholdIsNoSumGiven(t *testing.T) {
	text := "Outline of the Fund\n\nSeptember 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Procedures\n\nProjects exceeding US$1 million are referred to Tokyo before approval.\n\n" +
		"2. Projects\n\nThe following projects were approved:\n\n(1) Japan-ASEAN Youth Leaders Exchange (JAYLE): US$1.2 million from the Youth Exchange Window, to invite 250 young people to Osaka.\n\n" +
		"The JAYLE project was referred to Tokyo before approval, as it exceeds US$1 million.\n\n" +
		"3. Next Steps\n\nA second contribution of up to US$2.4 million is planned for FY2007.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-outline.txt", Text: text})
	if a := ix.Answer("How much was approved for JAYLE?"); a.Span == "US$1 million" {
		t.Errorf("a threshold given as the sum approved: %q", a.Text)
	}
	expectAnswers(t, ix, map[string]string{
		"how much is the second contribution": "US$2.4 million",
	})
}
