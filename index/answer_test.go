package index

import (
	"strings"
	"testing"
)

// TestAnswerShapes pins behaviours the evaluation set does not cover: each
// question's answer span, or that there is none.
func TestAnswerShapes(t *testing.T) {
	ix := bothIndex(t)
	for _, tc := range []struct {
		q, span string // span "" means the documents must not answer
		note    string // when not answered: words the note must contain
	}{
		{q: "does the second corridor go through saigon", span: "yes"},
		{q: "does the east west corridor pass through bangkok", span: "no"},
		{q: "does the east west corridor start in da nang", span: "no"},
		{q: "how much did japan give escap this year"},
		{q: "how much did japan disburse through escap last year", span: "$98,520"},
		{q: "how many regional nursing centres are there", span: "three"},
		{q: "how many countries are in clmv", span: "4"},
		{q: "how many days was the joint mission with the adb", span: "7"},
		{q: "how long is the second phase", span: "five-year"}, // as the document writes it
		{q: "who founded the network", span: "Indonesia, Philippines, Thailand"},
		{q: "who set up the ahpf", span: "Japan"},
		{q: "who pays for the visayas centre"},
		{q: "how much did japan give to laos"},
		{q: "how much does the indonesian govt chip in for surabaya", span: "70:30"},
		{q: "whats the rnen budget", span: "¥350 million"},
		{q: "when did laos join the ajc", note: "Laos intends to join the ASEAN-Japan Centre"},
		{q: "when did laos join asean"},
		{q: "what does ict stand for", note: "without spelling it out"},
		{q: "where is the asean japan centre based", span: "Tokyo"},
		{q: "where is the asean secretariat located"},
		// A question that is only an acronym asks what it stands for.
		{q: "what is seameo", span: "Southeast Asian Ministers of Education Organization"},
		{q: "wat is SEAMEO", span: "Southeast Asian Ministers of Education Organization"},
		{q: "where will the review mission go", span: "Surabaya, Chiang Mai and Cebu"},
		{q: "who shares the chiang mai running costs", span: "JICA, Thai Ministry of Public Health"},
		{q: "?"},
	} {
		a := ix.Answer(tc.q)
		switch {
		case tc.span == "" && !a.Refused():
			t.Errorf("%q: answered %q (quoted %v); the documents do not say", tc.q, a.Text, a.Quoted)
		case tc.span != "" && (!a.Found || normSpan(a.Span) != normSpan(tc.span)):
			t.Errorf("%q: found=%v span %q, want %q", tc.q, a.Found, a.Span, tc.span)
		case tc.note != "" && !strings.Contains(a.Note, tc.note):
			t.Errorf("%q: note %q, want it to say %q", tc.q, a.Note, tc.note)
		}
	}
}

// A label on a line of its own is answered with the paragraph under it:
// "tell me about" the project it names is what that paragraph says.
func TestOpenAnswerReadsUnderALabel(t *testing.T) {
	ix := mustOpen(t, Source{Name: "label-fixture.md", Text: `Label Fixture

July 2016
Ministry of Foreign Affairs

1. Releases

(1) Seed Relief Project (Laos)

On 2 May 2016 the Council approved 500 tonnes of seed for farmers in Savannakhet. The project is completed.
`})
	for _, q := range []string{"tell me about the seed relief project", "what does the seed relief project involve"} {
		if a := ix.Answer(q); !a.Found || !strings.Contains(a.Span, "500 tonnes of seed") {
			t.Errorf("%q: found %v span %q, want the paragraph under the label", q, a.Found, a.Span)
		}
	}
}
