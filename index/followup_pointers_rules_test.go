package index

import "testing"

// followUpPointersPaper has a project with a Chief Advisor, and a forum
// moved online in a sentence whose subject is "it".
func followUpPointersPaper() Source {
	return Source{Name: "pointers.md", Text: paperHeader("Japan's Cooperation with ASEAN on Civil Registration", "February 2022") + `1. Records

(1) Civil Registry Project (CRP)

At the request of the Philippine Statistics Authority, JICA began the Civil Registry Project (CRP) on April 6, 2020. 
(2) Chief Advisor

Ms. Yuko Arai, a former registrar, has been Chief Advisor of CRP from the start. At the Joint Coordinating Committee in Manila on 9 December 2021, Ms. Arai stressed that every record must be traceable to a named officer.

(3) Regional Forum

The 2nd Japan-ASEAN Civil Registration Forum was planned for Hanoi on 16-17 March 2020. Because of COVID-19 it was moved online and held on 22-23 October 2020, with 240 participants.
`}
}

// "That project" in a reply is the project the question before named, not
// the whole of what it asked about ("the chief advisor of CRP"); "it" of a
// sentence whose subject is a pronoun carries the ordinal of the one
// before ("the 2nd ... Forum").
func TestFollowUpPointers(t *testing.T) {
	ix := mustOpen(t, followUpPointersPaper())
	for _, tc := range []struct{ prev, reply, want string }{
		{"who is the chief advisor of crp?", "when did that project start", "April 6, 2020"},
		{"where was the 2nd japan-asean civil registration forum supposed to be held?", "when was it actually held", "22-23 October 2020"},
	} {
		if a := ix.AnswerFollowUp(tc.prev, tc.reply); a.Span != tc.want {
			t.Errorf("%q after %q: %q (%s), want %q", tc.reply, tc.prev, a.Span, a.Text, tc.want)
		}
	}
}
