package index

import (
	"strings"
	"testing"

	"github.com/iaibot/iaibot/index/corpus"
)

// requestsByMonth is a release with two requests of one year, in
// different months, one of them asking Japan "to consider a grant".
func requestsByMonth() Source {
	return Source{Name: "requests.md", Text: "# Support to Rural Clinics in Cambodia\n\n## Requests\n\n" +
		"On 22 March 2012, the Royal Government of Cambodia requested Japan to finance a package of clinic upgrades in Kampot Province.\n\n" +
		"On 14 May 2012, the Ministry of Health also asked Japan to consider a grant of about ¥410 million to build a nursing school in Kampot town. Japan has not approved this request.\n"}
}

// "Asked Japan to consider a grant of about ¥410 million" asks for the
// sum: it is requested, not granted.
func TestSumAskedToBeConsideredIsRequested(t *testing.T) {
	ix := mustOpen(t, requestsByMonth())
	am := amountNamed(ix, "¥410 million")
	if am == nil || am.Verb != corpus.RequestedVerb {
		t.Fatalf("¥410 million: %+v, want the verb %q", am, corpus.RequestedVerb)
	}
}

// A month the question names with its year must be one the sentence's
// dates cover: "back in march 2012" is not answered by the request of
// 14 May 2012.
func TestAskedMonthMustBeTheSentences(t *testing.T) {
	ix := mustOpen(t, requestsByMonth())
	if a := ix.Answer("what did cambodia ask japan for in march 2012?"); !strings.Contains(a.Span, "clinic upgrades") {
		t.Errorf("march 2012 request: %q", a.Span)
	}
	if a := ix.Answer("how much did the ministry of health ask japan for in march 2012?"); a.Found {
		t.Errorf("a sum asked in May answered a question of March: %q", a.Text)
	}
}

// "and in may 2012?" after a question of "march 2012" swaps the month
// with the year.
func TestFollowUpSwapsTheMonthWithItsYear(t *testing.T) {
	ix := mustOpen(t, requestsByMonth())
	if got, want := ix.FollowUp("what did cambodia ask japan for in march 2012", "and in may 2012?"), "what did cambodia ask japan for in may 2012"; got != want {
		t.Errorf("FollowUp = %q, want %q", got, want)
	}
}
