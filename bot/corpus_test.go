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
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/index"
	"github.com/iaibot/iaibot/internal/testsupport"
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
	ix, err := index.Open([]index.Source{{Name: filepath.Base(matches[0]), Text: string(b)}}, index.Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(testsupport.Logger(t), ix)
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

var (
	reFold     = regexp.MustCompile(`\s+`)
	reCitation = regexp.MustCompile(` — \*[^*]+\*\s*$`)
)

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
				// A line's citation names its document, whose ID may hold
				// any word ("mekong-japan"): it is not part of the fact.
				out = append(out, foldText(reCitation.ReplaceAllString(l, "")))
			}
		}
	}
	return out
}

// canonicalCountry is the bot's name for a country however a check writes
// it ("Viet Nam" is Vietnam), and w itself when w names no country.
func canonicalCountry(w string) string {
	if c, via, err := index.ResolveCountry(w); err == nil && via == "" {
		return c
	}
	return w
}

func lineHolds(lines []string, want []string) bool {
	for _, l := range lines {
		all := true
		for _, w := range want {
			if !strings.Contains(l, foldText(w)) && !strings.Contains(l, foldText(canonicalCountry(w))) {
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
	acc := float64(sum) / float64(n)
	t.Logf("fact checks: %d/%d = %.1f%%", sum, n, 100*acc)
	if acc < factChecksFloor {
		t.Errorf("fact checks %.1f%% fell below the floor of %.0f%%", 100*acc, 100*factChecksFloor)
	}
}

// factChecksFloor is the share of fact checks that passed when the corpus
// was last measured; a change that loses checks fails here. It is a floor
// against regressions, not the goal. It went from 0.88 to 0.87 when nine
// documents of new genres came in at 76% between them (87.6% over all),
// and to 0.86 when nine more came in at 80% (86.9% over all).
const factChecksFloor = 0.86

// corpusAll is every corpus document, each as its own bot, plus the seed.
func corpusAll(t *testing.T) map[string]*Bot {
	t.Helper()
	out := map[string]*Bot{"seed": mustSeedBot(t)}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "docs", "*"))
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		out[id] = corpusBot(t, id)
	}
	return out
}

// TestListCommandsCompleteAndWithinLimits pages through every list command
// on every corpus document: each page must fit Discord's limits as it is
// (nothing left for the last-resort cut), and the pages together must hold
// every item the index has, each once.
func TestListCommandsCompleteAndWithinLimits(t *testing.T) {
	for id, b := range corpusAll(t) {
		groups, ms := b.ix.Members()
		want := map[string]int{
			"/iai timeline": len(b.ix.Timeline()),
			"/iai funding":  len(b.ix.Funding()),
			"/iai members":  len(groups) + len(ms),
			"/iai projects": len(b.ix.Projects()),
		}
		for cmd, n := range want {
			items := 0
			for page := 1; ; page++ {
				line := cmd
				if page > 1 {
					line = fmt.Sprintf("%s page:%d", cmd, page)
				}
				r, _, out := b.HandleLine(context.Background(), line)
				if out != OutcomeOK {
					t.Fatalf("%s %q: outcome %s", id, line, out)
				}
				assertFits(t, id+" "+line, r)
				for _, e := range r.Embeds {
					items += countItems(e.Description)
					for _, f := range e.Fields {
						if f.Name != "Groups" && !strings.HasPrefix(f.Name, "Groups ") {
							items += strings.Count("\n"+f.Value, "\n• ")
						} else {
							items += strings.Count("\n"+f.Value, "\n**")
						}
					}
				}
				if !hasNext(r) {
					if r2, _, out := b.HandleLine(context.Background(), fmt.Sprintf("%s page:%d", cmd, page+1)); out != OutcomeUserError || !r2.Ephemeral {
						t.Errorf("%s %s: page %d past the end: outcome %s", id, cmd, page+1, out)
					}
					break
				}
			}
			if items != n {
				t.Errorf("%s %s: pages hold %d items, the index has %d", id, cmd, items, n)
			}
		}
	}
}

// countItems counts the timeline's lines, which start with a bold date.
func countItems(desc string) int {
	n := 0
	for _, l := range strings.Split(desc, "\n") {
		if strings.HasPrefix(l, "**") {
			n++
		}
	}
	return n
}

// assertFits fails when a reply needs cutting to fit Discord's limits.
func assertFits(t *testing.T, what string, r Reply) {
	t.Helper()
	total := 0
	for _, e := range r.Embeds {
		if n := utf8.RuneCountInString(e.Description); n > maxDescription {
			t.Errorf("%s: description of %d characters", what, n)
		}
		if len(e.Fields) > maxFields {
			t.Errorf("%s: %d fields", what, len(e.Fields))
		}
		for _, f := range e.Fields {
			if n := utf8.RuneCountInString(f.Value); n > maxFieldValue || n == 0 {
				t.Errorf("%s: field %q of %d characters", what, f.Name, n)
			}
		}
		total += embedLen(e)
	}
	if total > maxEmbedTotal {
		t.Errorf("%s: embeds of %d characters", what, total)
	}
}

// TestListPagesReachEveryLine builds a list far longer than one message and
// checks the pager splits it without losing or repeating a line, and that
// the Next button's custom_id brings the next page.
func TestListPagesReachEveryLine(t *testing.T) {
	var lines []string
	for i := range 400 {
		lines = append(lines, fmt.Sprintf("• item %03d %s", i, strings.Repeat("x", i%90)))
	}
	secs := []listSection{{name: "First", lines: lines[:150]}, {name: "Second", lines: lines[150:]}}
	pages := paginate("intro", secs)
	if len(pages) < 5 {
		t.Fatalf("%d pages for 400 lines", len(pages))
	}
	var got []string
	for n := range pages {
		r, err := listReply("timeline", "", "T", "intro", secs, nil, n+1)
		if err != nil {
			t.Fatal(err)
		}
		assertFits(t, fmt.Sprintf("page %d", n+1), r)
		for _, f := range r.Embeds[0].Fields {
			got = append(got, strings.Split(f.Value, "\n")...)
		}
		if hasNext(r) != (n+1 < len(pages)) {
			t.Errorf("page %d: next button %v", n+1, hasNext(r))
		}
	}
	if diff := cmp.Diff(lines, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	if _, err := listReply("timeline", "", "T", "", secs, nil, len(pages)+1); err == nil {
		t.Error("a page past the end was not refused")
	}
}

// TestListButtonsPage presses Next on a long timeline and gets page 2.
func TestListButtonsPage(t *testing.T) {
	b := corpusBot(t, "mekong-2012-06-connectivity-progress-report")
	r, _, _ := b.HandleLine(context.Background(), "/iai timeline")
	if !hasNext(r) {
		t.Fatal("the timeline fits one page; pick a longer document")
	}
	next := r.Components[0].(discordgo.ActionsRow).Components[1].(discordgo.Button)
	r2, update, out := b.Component(context.Background(), next.CustomID, nil)
	want, _, _ := b.HandleLine(context.Background(), "/iai timeline page:2")
	if out != OutcomeOK || !update {
		t.Fatalf("Next: outcome %s, update %v", out, update)
	}
	if diff := cmp.Diff(want.Embeds[0].Description, r2.Embeds[0].Description); diff != "" {
		t.Errorf("Next button page (-want +got):\n%s", diff)
	}
	if _, _, out := b.Component(context.Background(), "iai:list:help:2:", nil); out != OutcomeUserError {
		t.Errorf("a list button for a command without pages: outcome %s", out)
	}
}

// A timeline line from a list item whose sentence does not name the item
// says the item's name first: what was postponed is the project.
func TestTimelineNamesTheItem(t *testing.T) {
	ix, err := index.Open([]index.Source{{Name: "annex.md", Text: "Annex Fixture\n\nApril 2019\nMinistry of Foreign Affairs of Japan\n\n## 5. Annex\n\nMain ongoing projects:\n\n- **Wattay Airport Terminal Expansion Project** (Vientiane Capital) — ODA loan, ¥9.02 billion. Completion, originally scheduled for March 2018, was postponed to June 2019.\n- **Road No. 9 Project** — grant aid, ¥3.35 billion.\n"}}, index.Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	b := New(testsupport.Logger(t), ix)
	out := strings.Join(allPages(t, b, "/iai timeline"), "\n")
	if !strings.Contains(out, "**June 2019** — Wattay Airport Terminal Expansion Project: Completion, originally scheduled for March 2018, was postponed to June 2019.") {
		t.Errorf("timeline does not name the item:\n%s", out)
	}
}

// A timeline line under a subsection titled with a project's long name
// gives the name with the short form the passage defines, which readers
// call the project by; a line whose sentence writes the name says no
// label.
func TestTimelineLabelHasTheShortForm(t *testing.T) {
	ix, err := index.Open([]index.Source{{Name: "ports.md", Text: "Japan's Cooperation with ASEAN on Ports\n\nMay 2023\nMinistry of Foreign Affairs of Japan\n\n1. Ports\n\n(1) Cilegon Fuel Storage Project\n\nAn ODA loan of ¥22.8 billion finances the Cilegon Fuel Storage Project (CFSP), which adds storage tanks at the port of Cilegon. Its Loan Agreement was signed in Jakarta on 30th November 2022.\n\n(2) Batangas Berth Project\n\nThe Batangas Berth Project will build a berth. Works began on 2 March 2023.\n"}}, index.Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	b := New(testsupport.Logger(t), ix)
	out := strings.Join(allPages(t, b, "/iai timeline"), "\n")
	for _, want := range []string{
		"**30th November 2022** — Cilegon Fuel Storage Project (CFSP): Its Loan Agreement was signed in Jakarta on 30th November 2022.",
		"**2 March 2023** — Batangas Berth Project: Works began on 2 March 2023.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("timeline lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "(CFSP): An ODA loan") {
		t.Errorf("a sentence that writes the project's name has it as a label too:\n%s", out)
	}
}
