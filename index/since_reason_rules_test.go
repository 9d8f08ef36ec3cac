package index

import (
	"strings"
	"testing"
)

// sinceReasonPaper gives a reason after ", since" in a sentence that
// takes up, as "The revision", what the sentence before brought in as "a
// revision of" a named code.
func sinceReasonPaper() Source {
	return Source{Name: "since.md", Text: paperHeader("Japan's Cooperation with ASEAN on Earthquake-Resistant Buildings", "October 2011") + `1. Building Codes

(1) Progress of Code Revision

Vietnam issued its revised seismic design standard in December 2010. In the Philippines, a revision of the structural provisions of the National Building Code was prepared with Japanese support and submitted to the Department of Public Works and Highways in mid-2010. The revision has not yet been adopted, since consultations with the professional associations of engineers and architects are still under way.

(2) Future Direction

  - Japan will consider a follow-up project once the Philippine code revision has been adopted.
`}
}

// The reason is the clause after ", since", found though its sentence
// names neither the Philippines nor the code but by "The revision".
func TestSinceGivesTheReason(t *testing.T) {
	ix := mustOpen(t, sinceReasonPaper())
	a := ix.Answer("why hasnt the philippine code revision been adopted")
	if !a.Found || a.Span != "since consultations with the professional associations of engineers and architects are still under way" {
		t.Errorf("reason: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}

// sinceNeedPaper gives the reason for a request after ", since", in a
// clause in the past that says what had to be done, beside a "since" of
// time in the next sentence.
func sinceNeedPaper() Source {
	return Source{Name: "since-need.md", Text: paperHeader("Japan's Cooperation with ASEAN on Food Safety Testing", "May 2016") + `1. Laboratories

(1) Residue Testing Laboratory

On 3 March 2014 the Ministry of Agriculture of Laos requested Japan to help build a pesticide residue laboratory in Vientiane, since export samples had to be flown to Bangkok for analysis and many consignments were held at the border for weeks. Since the laboratory opened in 2015, 2,400 samples have been analysed.
`}
}

// A clause of need after ", since" is the reason; "Since the laboratory
// opened in 2015" is a time, not a reason, and is not given for why.
func TestSinceOfNeedGivesTheReason(t *testing.T) {
	ix := mustOpen(t, sinceNeedPaper())
	a := ix.Answer("why did laos want its own residue lab?")
	if want := "since export samples had to be flown to Bangkok for analysis and many consignments were held at the border for weeks"; !a.Found || !strings.EqualFold(a.Span, want) {
		t.Errorf("reason: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}
