package index

import (
	"bufio"
	"encoding/json"
	"github.com/iaibot/iaibot/index/internal/prose"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// evalCase is one line of testdata/eval/*.jsonl.
type evalCase struct {
	Q     string `json:"q"`
	Want  string `json:"want"`
	Doc   string `json:"doc"`
	Kind  string `json:"kind"`
	Match string `json:"match"`
	Prev  string `json:"prev"` // the question a follow-up replies to
}

func loadEval(t *testing.T, name string) []evalCase { return loadEvalTB(t, name) }

func loadEvalTB(t testing.TB, name string) []evalCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "eval", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []evalCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c evalCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, c)
	}
	return out
}

var reNormPunct = regexp.MustCompile(`^[\s"'“”.,;:!?()]+|[\s"'“”.,;:!?()]+$`)

func normSpan(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return reNormPunct.ReplaceAllString(s, "")
}

func spanSet(s string) []string {
	parts := regexp.MustCompile(`\s*(?:,|\band\b|;| – | - )\s*`).Split(normSpan(s), -1)
	var out []string
	for _, p := range parts {
		if p = normSpan(p); p != "" {
			// A country is one name however it is written: "Viet Nam" and
			// "Vietnam", "Lao PDR" and "Laos".
			if c := gaz.countryByAlias[prose.Fold(p)]; c != "" {
				p = normSpan(c)
			}
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// spanMatches scores an answer the way the evaluation set defines:
// exact span, set of names, or a key phrase the answer must contain.
func spanMatches(c evalCase, a Answer) bool {
	switch c.Match {
	case "set":
		return strings.Join(spanSet(a.Span), "|") == strings.Join(spanSet(c.Want), "|")
	case "contains":
		return strings.Contains(normSpan(a.Span), normSpan(c.Want))
	default:
		return normSpan(a.Span) == normSpan(c.Want)
	}
}

// TestAnswerEvaluation runs the evaluation sets and fails below 95%
// exact-span accuracy over all of them.
func TestAnswerEvaluation(t *testing.T) {
	ix := bothIndex(t)
	total, right := 0, 0
	for _, set := range []string{"seed.jsonl", "second.jsonl", "none.jsonl"} {
		cases := loadEval(t, set)
		setRight := 0
		for _, c := range cases {
			a := ix.Answer(c.Q)
			if ok := scoreCase(c, a); ok {
				setRight++
			} else {
				doc := ""
				if a.Passage != nil {
					doc = a.Passage.Doc.ID
				}
				t.Logf("MISS %s [%s/%s] %q\n\twant %q (%s)\n\tgot  found=%v quoted=%v kind=%s span=%q doc=%s", set, c.Kind, a.Kind, c.Q, c.Want, c.Match, a.Found, a.Quoted, a.Kind, a.Span, doc)
			}
		}
		t.Logf("%s: %d/%d", set, setRight, len(cases))
		total += len(cases)
		right += setRight
	}
	acc := float64(right) / float64(total)
	t.Logf("accuracy: %d/%d = %.1f%%", right, total, 100*acc)
	if acc < 0.95 {
		t.Errorf("exact-span accuracy %.1f%% is below 95%%", 100*acc)
	}
}
