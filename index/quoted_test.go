package index

import (
	"slices"
	"testing"
)

// quoteFixture has sentences that speak to questions without a span of
// the asked kind, and the traps around them.
var quoteFixture = Source{Name: "quote-fixture.md", Text: `Quote Fixture

March 2016
Ministry of Foreign Affairs

1. Training

Every year some 40 nurses from Laos and Cambodia are trained at the Vientiane centre, while Thailand is not covered by the scheme. The graduates staff the district clinics of both countries. The graduates do not staff the provincial hospitals. The graduates trained the village midwives.

2. Meetings

The third Steering Committee meeting was held in Da Nang on 4 May 2015. Observers from the Philippines attend the workshops, while Brunei is expressly excluded from the workshops.

3. Exchanges

Japan invited young diplomats from Myanmar to study the workings of the Diet, and hosted some 12 of them in Tokyo.
`}

// bolded lists the words an answer's quote sets in bold.
func bolded(a Answer) []string {
	var out []string
	for _, s := range a.SentenceSpans {
		out = append(out, a.Sentence[s.Start:s.End])
	}
	return out
}

// A question no span answers, but one sentence holds every word and name
// of, is answered with that sentence: not a refusal, and no span claimed.
func TestQuotedFallback(t *testing.T) {
	for _, c := range []struct {
		ix          *Index
		q, sentence string
		bold        []string
	}{
		{mustOpen(t, quoteFixture), "who staffs the district clinics?",
			"The graduates staff the district clinics of both countries.", []string{"staff", "district", "clinics"}},
		{mustOpen(t, quoteFixture), "how many diplomats did japan host?",
			"Japan invited young diplomats from Myanmar to study the workings of the Diet, and hosted some 12 of them in Tokyo.", []string{"Japan", "diplomats", "hosted"}},
		{seedIndex(t), "who benefits from the countermeasures?",
			"The countermeasures taken in this field will benefit especially CLMV countries.", []string{"countermeasures", "benefit"}},
	} {
		a := c.ix.Answer(c.q)
		if !a.Quoted || a.Found || a.Refused() || a.Span != "" || a.Passage == nil {
			t.Errorf("%q: found %v quoted %v refused %v span %q, want a quote and no span", c.q, a.Found, a.Quoted, a.Refused(), a.Span)
			continue
		}
		if a.Sentence != c.sentence {
			t.Errorf("%q quoted %q, want %q", c.q, a.Sentence, c.sentence)
		}
		if got := bolded(a); !slices.Equal(got, c.bold) {
			t.Errorf("%q: bold %q, want %q", c.q, got, c.bold)
		}
	}
}

// A quote is never a way round a trap: each of these has a sentence that
// holds most of the question, and each is refused.
func TestQuotedFallbackKeepsTraps(t *testing.T) {
	ix := mustOpen(t, quoteFixture)
	for q, why := range map[string]string{
		"who staffs the provincial hospitals?":           "the sentence denies it",
		"who attends the workshops from brunei?":         "the sentence excludes Brunei",
		"who staffs the district clinics in thailand?":   "the sentence does not name Thailand",
		"how many diplomats did japan host in malaysia?": "the sentence does not name Malaysia",
		"how many diplomats did japan host in 2014?":     "the sentence gives no year",
		"how many diplomats will japan host next year?":  "the sentence gives no year",
		"who will train the village midwives?":           "a future question, and a past sentence",
		"how many nurses did japan host?":                "no sentence holds every word",
		"where will the next steering committee meet?":   "only the last meeting's place is given",
		"where are the district clinics?":                "a place the sentence does not give",
		"when will the district clinics open?":           "no sentence holds every word",
	} {
		if a := ix.Answer(q); !a.Refused() {
			t.Errorf("%q (%s): found %v quoted %v %q, want refused", q, why, a.Found, a.Quoted, a.Text)
		}
	}
}
