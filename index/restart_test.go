package index

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// allSources are every document the tests know: the seed and the test
// corpus, in one index.
func allSources(t testing.TB) []Source {
	t.Helper()
	src := seedSources(t)
	for _, id := range corpusEvalDocs(t) {
		src = append(src, corpusSource(t, id))
	}
	return append(src, secondSource(t))
}

// allEvalCases are the questions of every evaluation file.
func allEvalCases(t *testing.T) []evalCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "eval", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []evalCase
	for _, f := range files {
		cases = append(cases, loadEval(t, filepath.Base(f))...)
	}
	return cases
}

// Environment of TestRestartHelperProcess.
const (
	envRestartDir = "IAI_RESTART_HELPER_DIR"
	envRestartOut = "IAI_RESTART_HELPER_OUT"
)

// TestRestartHelperProcess is not a test: TestRestartMatchesBuild runs the
// test binary again with this test alone, to build every test document
// into a directory in a process of its own and write what it answers.
func TestRestartHelperProcess(t *testing.T) {
	dir, out := os.Getenv(envRestartDir), os.Getenv(envRestartOut)
	if dir == "" {
		return
	}
	ix, msgs := openLogged(t, dir, allSources(t))
	mustLog(t, msgs, logBuilt)
	if err := os.WriteFile(out, []byte(strings.Join(snapshot(t, ix, true), "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	mustClose(t, ix)
}

// TestRestartMatchesBuild builds every test document into a directory in
// one process, opens it in another as a restart does, and checks that
// everything the index answers is the same, byte for byte: search, answers
// to every evaluation question, and every fact command. Two processes, so
// that nothing a process decides for itself (such as the order of a map)
// can pass unseen. The in-memory build must give the same facts too, so
// that keeping the index on disk changes nothing.
func TestRestartMatchesBuild(t *testing.T) {
	src := allSources(t)
	dir, out := t.TempDir(), filepath.Join(t.TempDir(), "built.txt")
	cmd := exec.Command(os.Args[0], "-test.run=^TestRestartHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), envRestartDir+"="+dir, envRestartOut+"="+out)
	var helperOut strings.Builder
	cmd.Stdout, cmd.Stderr = &helperOut, &helperOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// While the helper builds: the in-memory index. Its Bleve index of a
	// small corpus (upsidedown) scores in its last digits unlike scorch on
	// disk, and answers draw on search, so only what no search decides is
	// compared with it.
	inMemory := snapshot(t, allIndex(t), false)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("building in a helper process: %v\n%s", err, helperOut.String())
	}
	want := strings.Split(string(mustRead(t, out)), "\n")
	if diff := cmp.Diff(unranked(want), inMemory); diff != "" {
		t.Errorf("in memory (-on disk +in memory):\n%s", diff)
	}

	restarted, msgs := openLogged(t, dir, src)
	mustLog(t, msgs, logReopened)
	mustNotLog(t, msgs, logBuilt, logStale, logDamaged)
	got := snapshot(t, restarted, true)
	mustClose(t, restarted)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after a restart (-built +restarted):\n%s", diff)
	}
}

// raceAnswerShare is one in how many evaluation questions a snapshot
// answers under the race detector.
const raceAnswerShare = 4

// everyNth is every nth of cases, from the first.
func everyNth(cases []evalCase, n int) []evalCase {
	var out []evalCase
	for i := 0; i < len(cases); i += n {
		out = append(out, cases[i])
	}
	return out
}

// unranked drops from a snapshot the searches and the answers.
func unranked(snap []string) []string {
	var out []string
	for _, l := range snap {
		if !strings.HasPrefix(l, "Search ") && !strings.HasPrefix(l, "Answer ") {
			out = append(out, l)
		}
	}
	return out
}

// snapshot is everything ix answers about the test documents, one line per
// call, rendered with passages and documents named by ID; without ranked,
// it leaves out what unranked does.
func snapshot(t *testing.T, ix *Index, ranked bool) []string {
	t.Helper()
	var out []string
	line := func(call string, vs ...any) string {
		var b strings.Builder
		for _, v := range vs {
			b.WriteString(" ")
			dump(&b, reflect.ValueOf(v))
		}
		return call + " →" + b.String()
	}
	add := func(call string, vs ...any) { out = append(out, line(call, vs...)) }

	// The questions are answered on every core at once, as a server
	// answers them, each into its own slot so that the snapshot keeps
	// their order; the race detector watches the answerer shared.
	cases := allEvalCases(t)
	if raceDetector {
		// Under the race detector, which watches the answerer shared by
		// every core, a deterministic share of the questions: answering
		// all of them there takes most of the package's time, and the
		// run without it compares every one.
		cases = everyNth(cases, raceAnswerShare)
	}
	lines := make([][]string, len(cases))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(cases); i = int(next.Add(1)) - 1 {
				c := cases[i]
				if c.Prev != "" {
					lines[i] = append(lines[i], line("FollowUp "+strconv.Quote(c.Prev)+" "+strconv.Quote(c.Q), ix.FollowUp(c.Prev, c.Q)))
				}
				if ranked {
					lines[i] = append(lines[i], line("Answer "+strconv.Quote(c.Q), answerCase(ix, c)))
				}
			}
		})
	}
	wg.Wait()
	for _, l := range lines {
		out = append(out, l...)
	}

	queries := slices.Clone(storeQueries)
	for _, pr := range ix.Projects() {
		queries = append(queries, pr.Name)
	}
	for _, c := range cases[:min(len(cases), 60)] {
		queries = append(queries, c.Q)
	}
	for _, q := range queries {
		for page := 1; ranked && page <= 2; page++ {
			res, err := ix.Search(q, page)
			add(fmt.Sprintf("Search %q %d", q, page), res, errString(err))
		}
		pr, err := ix.Project(q)
		add("Project "+strconv.Quote(q), pr, errString(err))
	}

	add("Funding", ix.Funding())
	groups, members := ix.Members()
	add("Members", groups, members)
	add("Timeline", ix.Timeline())
	add("Projects", ix.Projects())
	add("Groups", ix.Groups())
	add("Orgs", ix.Orgs())
	add("Places", ix.Places())
	add("Amounts", ix.Amounts())
	add("Shares", ix.Shares())
	add("Dates", ix.Dates())
	add("Counts", ix.Counts())
	add("Memberships", ix.Memberships())
	add("Purposes", ix.Purposes())
	add("Stats", ix.Stats())
	add("Documents", ix.Documents())
	for _, d := range ix.Documents() {
		for _, p := range d.Passages {
			got, ok := ix.Passage(p.ID)
			add("Passage "+p.ID, *got, ok, ix.PassageCountries(p))
		}
	}
	for _, prefix := range []string{"", "mek", "rout", "water"} {
		add("SuggestProjects "+strconv.Quote(prefix), ix.SuggestProjects(prefix, 10))
	}
	names := append(slices.Clone(gaz.countryNames), "Phnom Penh", "vietnamm", "lao pdr", "Atlantis", "")
	for _, name := range names {
		c, err := ix.Country(name)
		if errors.As(err, new(*NotFoundError)) || c.Mentioned || name == "" {
			add("Country "+strconv.Quote(name), c, errString(err))
		}
	}
	for _, prefix := range []string{"", "camb", "vietnamm", "ph"} {
		add("SuggestCountries "+strconv.Quote(prefix), ix.SuggestCountries(prefix, 10))
	}
	return out
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// dump renders v deeply, exported fields or not, with passages and
// documents named by ID, since they point at each other.
func dump(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Invalid:
		b.WriteString("<invalid>")
	case reflect.Pointer:
		switch {
		case v.IsNil():
			b.WriteString("nil")
		case v.Type() == reflect.TypeFor[*Passage]():
			b.WriteString("passage(" + v.Elem().FieldByName("ID").String() + ")")
		case v.Type() == reflect.TypeFor[*Document]():
			b.WriteString("document(" + v.Elem().FieldByName("ID").String() + ")")
		default:
			b.WriteString("&")
			dump(b, v.Elem())
		}
	case reflect.Interface:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		dump(b, v.Elem())
	case reflect.Struct:
		b.WriteString(v.Type().Name() + "{")
		for i := range v.NumField() {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(v.Type().Field(i).Name + ":")
			dump(b, v.Field(i))
		}
		b.WriteString("}")
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("nil")
			return
		}
		b.WriteString("[")
		for i := range v.Len() {
			if i > 0 {
				b.WriteString(" ")
			}
			dump(b, v.Index(i))
		}
		b.WriteString("]")
	case reflect.Map:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		var entries []string
		for _, k := range v.MapKeys() {
			var e strings.Builder
			dump(&e, k)
			e.WriteString(":")
			dump(&e, v.MapIndex(k))
			entries = append(entries, e.String())
		}
		slices.Sort(entries)
		b.WriteString("map[" + strings.Join(entries, " ") + "]")
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	default:
		b.WriteString("<" + v.Kind().String() + ">")
	}
}

// TestOpenReportsProgress builds on disk and in memory and checks what
// Options.Progress hears: every stage in order, counts that only grow up
// to the documents and passages there are, and nothing on a reopen.
func TestOpenReportsProgress(t *testing.T) {
	src := storeBoth(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		name, dir string
		silent    bool
	}{{"memory", "", false}, {"disk", dir, false}, {"reopen", dir, true}} {
		t.Run(tc.name, func(t *testing.T) {
			var got []Progress
			ix, err := Open(src, Options{Dir: tc.dir, Progress: func(p Progress) { got = append(got, p) }, Logger: testsupport.Logger(t)})
			if err != nil {
				t.Fatal(err)
			}
			defer mustClose(t, ix)
			if tc.silent {
				if len(got) > 0 {
					t.Errorf("a reopen reported %v", got)
				}
				return
			}
			st := ix.Stats()
			stages := []string{StageExtract, StageIndex, StageFinish}
			totals := map[string]int{StageExtract: st.Documents, StageIndex: st.Passages, StageFinish: 1}
			at, last := 0, Progress{}
			for _, p := range got {
				for at < len(stages) && stages[at] != p.Stage {
					at++
				}
				if at == len(stages) {
					t.Fatalf("stage %q out of order in %v", p.Stage, got)
				}
				if p.Total != totals[p.Stage] || p.Done > p.Total || p.Stage == last.Stage && p.Done < last.Done {
					t.Errorf("%+v after %+v", p, last)
				}
				last = p
			}
			if last != (Progress{Stage: StageFinish, Done: 1, Total: 1}) {
				t.Errorf("last report %+v, want finishing 1/1", last)
			}
		})
	}
}
