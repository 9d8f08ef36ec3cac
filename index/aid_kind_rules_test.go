package index

import "testing"

// aidKindPaper gives a grant in one section and, in another, sums spent
// by provinces on a programme that is no grant.
func aidKindPaper() Source {
	return Source{Name: "aidkind.md", Text: paperHeader("Japan's Cooperation with ASEAN on Forest Fires", "March 2014") + `1. Community Fire Prevention

(1) Village Fire Guard Programme (VFGP)

The VFGP, launched in FY2011, trains members of village fire brigades and gives each brigade a basic equipment kit. Japan has provided JPY 310 million for the programme, and the provincial governments of Riau and Jambi have together spent Rp 7.2 billion on brigade posts.

2. Equipment

(1) Grant Aid for Fire-Fighting Equipment

On 19 February 2013, notes were exchanged in Jakarta for a grant of ¥540 million to supply fire trucks to the fire services of Riau and Jambi.
`}
}

// A sum asked by its kind of aid ("the Jambi brigade grant") is one its
// passage says is of that kind: the sum provinces spent on a programme
// that is no grant does not answer it; the grant still does.
func TestSumAskedByItsKindOfAid(t *testing.T) {
	ix := mustOpen(t, aidKindPaper())
	expectRefused(t, ix, "how much is the jambi brigade posts grant")
	expectAnswers(t, ix, map[string]string{"how much was the fire-fighting equipment grant": "¥540 million"})
}
