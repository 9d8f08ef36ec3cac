package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/iaibot/iaibot/index"
)

// factCheck is one line of index/testdata/facts/*.jsonl: what a reader of
// the document expects one fact command to show.
type factCheck struct {
	Cmd   string   `json:"cmd"`   // the line a user types
	Line  []string `json:"line"`  // strings one output line must hold together
	Not   []string `json:"not"`   // strings no output line may hold together
	Field string   `json:"field"` // restrict to the block under this heading
	Why   string   `json:"why"`
}

const corpusDir = "../index/testdata"

// corpusDocs lists the documents that have fact checks, by ID.
func corpusDocs(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "facts", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range files {
		ids = append(ids, strings.TrimSuffix(filepath.Base(f), ".jsonl"))
	}
	sort.Strings(ids)
	return ids
}

func loadFactChecks(t testing.TB, id string) []factCheck {
	t.Helper()
	f, err := os.Open(filepath.Join(corpusDir, "facts", id+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []factCheck
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c factCheck
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s.jsonl:%d: %v", id, n, err)
		}
		if c.Cmd == "" || (len(c.Line) == 0) == (len(c.Not) == 0) {
			t.Fatalf("%s.jsonl:%d: a check needs cmd and exactly one of line or not", id, n)
		}
		out = append(out, c)
	}
	return out
}

// corpusBot is a Bot over one corpus document alone, as a user who adds
// just that document would have it.
func corpusBot(t testing.TB, id string) *Bot {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(corpusDir, "docs", id+".*"))
	if len(matches) != 1 {
		t.Fatalf("document %s: found %d files", id, len(matches))
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open([]index.Source{{Name: filepath.Base(matches[0]), Text: string(b)}}, index.Options{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(testLogger(t), ix)
}

// allPages runs a command and every further page its Next button offers,
// and returns the replies as the console shows them.
func allPages(t testing.TB, b *Bot, cmd string) []string {
	t.Helper()
	var pages []string
	for page := 1; page <= 100; page++ {
		line := cmd
		if page > 1 {
			line = fmt.Sprintf("%s page:%d", cmd, page)
		}
		r, _, _ := b.HandleLine(context.Background(), line)
		var sb strings.Builder
		if err := WriteText(&sb, r); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, sb.String())
		if !hasNext(r) {
			break
		}
	}
	return pages
}

func hasNext(r Reply) bool {
	var sb strings.Builder
	_ = WriteText(&sb, r)
	return strings.Contains(sb.String(), "[Next ▶]")
}

var reFold = regexp.MustCompile(`\s+`)

func foldText(s string) string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "‘", "'", "–", "-", "—", "-", "**", "", "*", "").Replace(s)
	return strings.ToLower(reFold.ReplaceAllString(s, " "))
}

// scopedLines is every line of the pages, or with field set only the lines
// of the blocks headed by a line that names it ("Who:", "ASEAN-Japan
// Centre:").
func scopedLines(pages []string, field string) []string {
	var out []string
	for _, p := range pages {
		in := field == ""
		for _, l := range strings.Split(p, "\n") {
			if field != "" {
				head := strings.TrimSpace(l)
				if strings.TrimSpace(l) == "" {
					in = false
					continue
				}
				if !strings.HasPrefix(l, " ") && strings.HasSuffix(head, ":") {
					in = strings.Contains(foldText(head), foldText(field))
					continue
				}
			}
			if in {
				out = append(out, foldText(l))
			}
		}
	}
	return out
}

func lineHolds(lines []string, want []string) bool {
	for _, l := range lines {
		all := true
		for _, w := range want {
			if !strings.Contains(l, foldText(w)) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// runFactChecks scores one document's checks and logs each miss.
func runFactChecks(t *testing.T, id string) (right, total int) {
	b := corpusBot(t, id)
	cache := map[string][]string{}
	for _, c := range loadFactChecks(t, id) {
		pages, ok := cache[c.Cmd]
		if !ok {
			pages = allPages(t, b, c.Cmd)
			cache[c.Cmd] = pages
		}
		lines := scopedLines(pages, c.Field)
		var pass bool
		if len(c.Line) > 0 {
			pass = lineHolds(lines, c.Line)
		} else {
			pass = !lineHolds(lines, c.Not)
		}
		total++
		if pass {
			right++
			continue
		}
		t.Logf("MISS %s %q field=%q line=%q not=%q (%s)", id, c.Cmd, c.Field, c.Line, c.Not, c.Why)
	}
	return right, total
}

// TestCorpusFactCommands runs every document's fact checks against an index
// of that document alone and reports the share that pass.
func TestCorpusFactCommands(t *testing.T) {
	sum, n := 0, 0
	for _, id := range corpusDocs(t) {
		right, total := runFactChecks(t, id)
		t.Logf("%s: %d/%d = %.0f%%", id, right, total, 100*float64(right)/float64(total))
		sum += right
		n += total
	}
	t.Logf("fact checks: %d/%d = %.1f%%", sum, n, 100*float64(sum)/float64(n))
}
