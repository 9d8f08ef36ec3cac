package index

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// corpusEvalDocs are the corpus documents with an evaluation file of their
// own (testdata/eval/ID.jsonl), by ID.
func corpusEvalDocs(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "eval", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		if m, _ := filepath.Glob(filepath.Join("testdata", "docs", id+".*")); len(m) == 1 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// corpusSource reads one corpus document.
func corpusSource(t testing.TB, id string) Source {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join("testdata", "docs", id+".*"))
	if len(m) != 1 {
		t.Fatalf("document %s: found %d files", id, len(m))
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return Source{Name: filepath.Base(m[0]), Text: string(b)}
}

// answerCase answers one evaluation question, as a reply to its previous
// question when it is a follow-up.
func answerCase(ix *Index, c evalCase) Answer {
	if c.Prev != "" {
		return ix.AnswerFollowUp(c.Prev, c.Q)
	}
	return ix.Answer(c.Q)
}

// scoreCase says whether a is right for c: a trap must be refused, any
// other question answered with the wanted span from the wanted document.
// A quote is no refusal, so a trap answered with one is a miss; it is
// right only where the set asks for a phrase and the quote holds it,
// since it claims no exact span or set of names.
func scoreCase(c evalCase, a Answer) bool {
	if c.Kind == "none" {
		return a.Refused()
	}
	if a.Passage == nil || a.Passage.Doc.ID != c.Doc {
		return false
	}
	if a.Quoted {
		return c.Match == "contains" && strings.Contains(normSpan(a.Sentence), normSpan(c.Want))
	}
	return a.Found && spanMatches(c, a)
}

// reLinePunct is the punctuation between words of an answer line; a
// point or comma inside a number ("¥2.6 billion", "1,200") is kept.
var reLinePunct = regexp.MustCompile(`[;:!?()"“”*—–]|[.,](?:\s|$)`)

// inFirstLine says whether an answer that found a fact states the wanted
// one at the head of its first line, where a reader looks: "Dr. Keiko
// Morimoto, Senior Advisor" states "Dr. Keiko Morimoto" though its span
// drops the honorific, and "No — China is an observer of the MHRI" states
// "observer" as well as "no". The head is the line up to its dash or
// quote, and must be short, so that a whole sentence given as the answer
// does not count because it holds the fact somewhere. It is a looser
// measure than scoreCase; traps and quotes score as scoreCase scores them.
func inFirstLine(c evalCase, a Answer) bool {
	if c.Kind == "none" || a.Quoted || !a.Found || a.Passage == nil || a.Passage.Doc.ID != c.Doc {
		return scoreCase(c, a)
	}
	if spanMatches(c, a) {
		return true
	}
	if c.Match == "set" || a.Kind == AskCountries {
		// A list with a name too many is a wrong list, wherever it stands.
		return false
	}
	words := func(s string) string {
		return " " + strings.Join(strings.Fields(strings.ToLower(reLinePunct.ReplaceAllString(s, " "))), " ") + " "
	}
	line := strings.SplitN(a.Text, "\n", 2)[0]
	head := line
	if i := strings.Index(head, ": “"); i >= 0 {
		head = head[:i]
	}
	yesNo := false
	if i := strings.Index(head, " — "); i >= 0 {
		if span := normSpan(a.Span); span == "yes" || span == "no" {
			// A yes or no is followed by the status it rests on.
			head, yesNo = line, true
		} else {
			head = head[:i]
		}
	}
	head = words(head)
	has := func(want string) bool {
		w := words(want)
		return strings.Contains(head, w) && (yesNo || len(strings.Fields(head)) <= 2*len(strings.Fields(w))+8)
	}
	return has(c.Want)
}

// TestCorpusAnswers runs each corpus document's questions against an index
// of that document alone and reports the share answered right.
func TestCorpusAnswers(t *testing.T) {
	sum, n, firstLine := 0, 0, 0
	for _, id := range corpusEvalDocs(t) {
		ix := mustOpen(t, corpusSource(t, id))
		right, traps, trapsRefused := 0, 0, 0
		cases := loadEval(t, id+".jsonl")
		for _, c := range cases {
			a := answerCase(ix, c)
			ok := scoreCase(c, a)
			if inFirstLine(c, a) {
				firstLine++
			}
			if c.Kind == "none" {
				traps++
				if ok {
					trapsRefused++
				}
			}
			if ok {
				right++
				continue
			}
			t.Logf("MISS %s [%s] %q prev=%q firstline=%v\n\twant %q (%s)\n\tgot  found=%v quoted=%v kind=%s span=%q\n\tline %q", id, c.Kind, c.Q, c.Prev, inFirstLine(c, a), c.Want, c.Match, a.Found, a.Quoted, a.Kind, a.Span, strings.SplitN(a.Text, "\n", 2)[0])
		}
		t.Logf("%s: %d/%d = %.0f%% (traps refused %d/%d)", id, right, len(cases), 100*float64(right)/float64(len(cases)), trapsRefused, traps)
		sum += right
		n += len(cases)
	}
	acc := float64(sum) / float64(n)
	t.Logf("corpus answers: %d/%d = %.1f%%", sum, n, 100*acc)
	t.Logf("fact in the first line: %d/%d = %.1f%%", firstLine, n, 100*float64(firstLine)/float64(n))
	if acc < corpusAnswersFloor {
		t.Errorf("corpus answers %.1f%% fell below the floor of %.0f%%", 100*acc, 100*corpusAnswersFloor)
	}
}

// corpusAnswersFloor is the share of corpus questions answered right when
// the corpus was last measured, rounded down; a change that loses answers
// fails here. It is a floor against regressions, not the goal: each batch
// of documents new to the code scores below the corpus at first, so the
// floor follows the corpus down when one lands (to 79% with the sixty-two,
// up to 80% with the ninety-five).
const corpusAnswersFloor = 0.80

// answeredTraps are the evaluation's traps the answerer still answers with
// a span: known failings, listed so that no other trap joins them.
var answeredTraps = map[string]bool{
	"how much is the toll for a truck on the bridge":              true,
	"when did the agreement enter into force for the philippines": true,
	"who chaired the second joint committee meeting":              true,
	"japanese contribution in us dollars?":                        true,
	"when did thailand rejoin the cold chain study":               true,
	"grant amount in kip?":                                        true,
	"what is dr somchai's role at the mekong institute":           true,
	// The rebid's opening date answers a signing asked of its package.
	"when will the cp-2a contract be signed": true,
	// A meeting only planned answers where it was held.
	"where was the second japan-clv transport officials meeting held?": true,
	// The date of the request in the passage whose next sentence plans
	// the contribution answers when it was paid.
	"when was the second JAISF contribution paid": true,
	// "The plant, with a capacity of 750 MW" is the plant the sentence
	// before names, not the one asked about in the sentence after.
	"what is the capacity of the batangas plant in MW?": true,
	// A per-project ceiling of risk-education grants ("each worth up to
	// ¥10 million") answers what a country got in clearance grants.
	"how much clearance grant did myanmar get in fy2011": true,
	// The date of the request for a loan answers when the loan, whose
	// notes are not yet signed, was signed.
	"when was the yangon inner harbour loan signed": true,
	// A contributor's row in a table of a facility's capital answers what
	// that country's companies got as guarantees, though a sentence after
	// it excludes them ("except those from Singapore").
	"how much in rbgf guarantees has gone to singapore companies": true,
	// The sum of the list item before answers for the item after it,
	// which names the thing asked and no sum.
	"how much did japan pay for attaching clmv officials to the asean secretariat": true,
	// The whole section is quoted as an open answer; its last sentence
	// says Malaysia is not covered, but no "no" heads the reply.
	"what cold chain equipment did malaysia receive under cclmi": true,
	// The grant-aid part of a sum given to four countries, one of them
	// the country asked, answers a yen loan to that country, though a
	// line of its own says it gets no new yen loans.
	"how much yen loan is japan giving myanmar for grid connection": true,
	// The grant for two other provinces of the country, in the passage
	// that says a like grant for the province asked is not yet signed,
	// answers for that province: a sentence of the country fits a
	// province asked when it names no place of its own, and Jakarta,
	// Riau and Jambi are read as that.
	"how much is the central kalimantan fire equipment grant": true,
	// The date of the letter requesting a second phase answers when the
	// phase starts, though a later sentence says its starting date is
	// not decided.
	"when does ffcdp phase 2 start": true,
	// A table's Note dates the service of two stations in a clause before
	// a semicolon; the station asked is in the clause after it, which
	// gives no date.
	"what year will the quy nhon station be ready for service": true,
}

// TestEvalTrapsStayRefused checks every trap of the evaluation sets, each
// on the index it is scored on: none may be quoted, and none but the known
// failings answered.
func TestEvalTrapsStayRefused(t *testing.T) {
	check := func(ix *Index, set string, c evalCase) {
		if c.Kind != "none" {
			return
		}
		a := answerCase(ix, c)
		switch {
		case a.Quoted:
			t.Errorf("%s: trap %q quoted %q", set, c.Q, a.Sentence)
		case !a.Refused() && !answeredTraps[c.Q]:
			t.Errorf("%s: trap %q answered %q", set, c.Q, a.Span)
		case a.Refused() && answeredTraps[c.Q]:
			t.Logf("%s: trap %q is refused now; take it off answeredTraps", set, c.Q)
		}
	}
	for _, id := range corpusEvalDocs(t) {
		ix := mustOpen(t, corpusSource(t, id))
		for _, c := range loadEval(t, id+".jsonl") {
			check(ix, id, c)
		}
	}
	ix := bothIndex(t)
	for _, set := range []string{"seed.jsonl", "second.jsonl", "none.jsonl"} {
		for _, c := range loadEval(t, set) {
			check(ix, set, c)
		}
	}
}
