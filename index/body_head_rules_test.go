package index

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// schoolPaper has a ministry's request for a programme, which a later
// sentence names by its short form alone.
func schoolPaper() Source {
	return Source{Name: "schools.md", Text: paperHeader("Japan's Cooperation with ASEAN on Road Safety", "July 2004") + `1. School Awareness

In 2003 the Ministry of Education of Laos requested Japan to help teach children how to cross roads safely. Japan therefore funded the School Road Safety Programme (SRSP) in Savannakhet Province with ¥8.2 million under Grant Assistance for Grassroots Projects. The grant contract was signed in Vientiane on 12 January 2004 with a Lao non-governmental organization. SRSP has so far reached 540 primary schools and about 61,000 pupils.

2. Future Direction

  - Whether SRSP will be extended to schools in Cambodia has not been decided.
`}
}

// "Which ministry" asks for a body whose name is headed by "Ministry":
// the programme the question asks of is no answer. The rabies paper of
// the evaluation set names its school programme by its short form alone
// in the sentence that covers the question best.
func TestBodyAskedByItsHeadNoun(t *testing.T) {
	p := filepath.Join("testdata", "docs", "mofa-2004-07-japan-cooperation-mekong-rabies-control.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, ix := range []*Index{mustOpen(t, schoolPaper()), mustOpen(t, Source{Name: filepath.Base(p), Text: string(b)})} {
		if a := ix.Answer("which ministry requested the school programme"); a.Found && !strings.Contains(a.Span, "Ministry") {
			t.Errorf("which ministry: %q (%s), no ministry", a.Span, a.Text)
		}
	}
	if a := mustOpen(t, schoolPaper()).Answer("who requested srsp"); !a.Found || a.Span != "Ministry of Education of Laos" {
		t.Errorf("who requested srsp: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}
