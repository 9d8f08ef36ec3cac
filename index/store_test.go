package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iaibot/iaibot/internal/testsupport"
	"github.com/iaibot/iaibot/seeds"
)

// Log messages the store tests look for.
const (
	logReopened = "INFO index reopened from disk"
	logBuilt    = "INFO index built on disk"
	logStale    = "INFO building index on disk"
	logDamaged  = "WARN index on disk unusable; rebuilding"
	logFallback = "WARN cannot keep the index on disk; indexing in memory"
)

// irrigationDoc is a small second document; its words "irrigation" and
// "canals" are in no seed.
var irrigationDoc = Source{Name: "test-2004-06-mekong-irrigation.txt", Text: `Mekong Water Partnership Review

June 2004
Example Development Agency

Overview: The Mekong Water Partnership funded irrigation canals in Laos and Cambodia with a budget of US$12 million.

1. Irrigation

The partnership built 40 kilometres of irrigation canals near Pakse, Laos, and trained 300 farmers in water management.
`}

// storeQueries are searched to compare indexes.
var storeQueries = []string{"Mekong", "ASEAN Secretariat workshop", "Japan Singapore", "CLMV training", "irrigation canals"}

func storeSeeds(t testing.TB) []Source {
	t.Helper()
	src, err := LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func storeBoth(t testing.TB) []Source { return append(storeSeeds(t), irrigationDoc) }

// logRecorder keeps "LEVEL message" of every record and passes records on
// to t.Log.
type logRecorder struct {
	mu   *sync.Mutex
	msgs *[]string
	next slog.Handler
}

func recordLogs(t testing.TB) (*slog.Logger, func() []string) {
	t.Helper()
	r := logRecorder{mu: new(sync.Mutex), msgs: new([]string), next: testsupport.Logger(t).Handler()}
	return slog.New(r), func() []string {
		r.mu.Lock()
		defer r.mu.Unlock()
		return slices.Clone(*r.msgs)
	}
}

func (r logRecorder) Enabled(context.Context, slog.Level) bool { return true }

func (r logRecorder) Handle(ctx context.Context, rec slog.Record) error {
	r.mu.Lock()
	*r.msgs = append(*r.msgs, rec.Level.String()+" "+rec.Message)
	r.mu.Unlock()
	return r.next.Handle(ctx, rec)
}

func (r logRecorder) WithAttrs(as []slog.Attr) slog.Handler {
	r.next = r.next.WithAttrs(as)
	return r
}

func (r logRecorder) WithGroup(name string) slog.Handler {
	r.next = r.next.WithGroup(name)
	return r
}

// openLogged opens src in dir and returns the index and its log.
func openLogged(t testing.TB, dir string, src []Source) (*Index, []string) {
	t.Helper()
	log, msgs := recordLogs(t)
	ix, err := Open(src, Options{Logger: log, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	return ix, msgs()
}

func mustLog(t testing.TB, msgs []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(msgs, w) {
			t.Errorf("log lacks %q; got:\n%s", w, strings.Join(msgs, "\n"))
		}
	}
}

func mustNotLog(t testing.TB, msgs []string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if slices.Contains(msgs, w) {
			t.Errorf("log has %q; got:\n%s", w, strings.Join(msgs, "\n"))
		}
	}
}

type storeHit struct {
	Query, ID string
	Score     float64
	Matches   []Span
}

// searchAll runs storeQueries and flattens their first pages.
func searchAll(t testing.TB, ix *Index) []storeHit {
	t.Helper()
	var out []storeHit
	for _, q := range storeQueries {
		res, err := ix.Search(q, 1)
		if err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		for _, h := range res.Hits {
			out = append(out, storeHit{q, h.Passage.ID, h.Score, h.Matches})
		}
	}
	return out
}

// memResults are the results of an in-memory index, the reference every
// persisted index must match.
func memResults(t testing.TB, src []Source) []storeHit {
	t.Helper()
	ix, err := Open(src, Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	return searchAll(t, ix)
}

// storeCorpus is a corpus parsed once, in memory, for tests to index on
// disk again and again. Parsing and extraction dominate Open (seconds under
// -race) and the store never sees them, so most store tests skip them.
type storeCorpus struct {
	src []Source
	mem *Index
}

func newCorpus(t testing.TB, src []Source) *storeCorpus {
	t.Helper()
	ix, err := Open(src, Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return &storeCorpus{src: src, mem: ix}
}

// want are the in-memory index's results, which every index on disk must
// reproduce exactly.
func (c *storeCorpus) want(t testing.TB) []storeHit {
	t.Helper()
	return searchAll(t, c.mem)
}

// open does what Open does with Options.Dir, extracting nothing when it
// builds, and returns an Index over the result and the log.
func (c *storeCorpus) open(t testing.TB, dir string) (*Index, []string) {
	t.Helper()
	log, msgs := recordLogs(t)
	ix := *c.mem // shares the documents and facts, which are read-only
	ix.log, ix.bleve = log, nil
	if err := ix.open(context.Background(), c.src, Options{Logger: log, Dir: dir}); err != nil {
		t.Fatal(err)
	}
	return &ix, msgs()
}

// build opens c in dir once, so that dir holds a valid build, and returns
// that build's path.
func (c *storeCorpus) build(t testing.TB, dir string) string {
	t.Helper()
	ix, msgs := c.open(t, dir)
	mustLog(t, msgs, logBuilt)
	mustClose(t, ix)
	return mustBeClean(t, dir)
}

func mustSearchLike(t testing.TB, ix *Index, want []storeHit) {
	t.Helper()
	if diff := cmp.Diff(want, searchAll(t, ix)); diff != "" {
		t.Errorf("search results (-want +got):\n%s", diff)
	}
}

func mustClose(t testing.TB, ix *Index) {
	t.Helper()
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
}

// mustBeClean checks that dir holds exactly the lock, the pointer and the
// one build it names, with nothing in the build but the facts, the model,
// the Bleve index and the manifest. It returns the build's path.
func mustBeClean(t testing.TB, dir string) string {
	t.Helper()
	live := readPointer(t, dir)
	if got, want := dirNames(t, dir), []string{currentName, live, lockName}; !slices.Equal(got, want) {
		t.Errorf("%s holds %q, want %q", dir, got, want)
	}
	path := filepath.Join(dir, live)
	if got, want := dirNames(t, path), []string{bleveSubdir, factsName, manifestName, modelName}; !slices.Equal(got, want) {
		t.Errorf("%s holds %q, want %q", path, got, want)
	}
	return path
}

func readPointer(t testing.TB, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, currentName))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

func dirNames(t testing.TB, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names // ReadDir sorts
}

// segment returns the path of the build's one zap segment.
func segment(t testing.TB, build string) string {
	t.Helper()
	zaps, err := filepath.Glob(filepath.Join(build, bleveSubdir, "store", "*.zap"))
	if err != nil || len(zaps) != 1 {
		t.Fatalf("zap segments in %s: %q, %v", build, zaps, err)
	}
	return zaps[0]
}

func TestPersistReopensUnchanged(t *testing.T) {
	dir := t.TempDir()
	src := storeSeeds(t)
	want := memResults(t, src)

	ix, msgs := openLogged(t, dir, src)
	mustLog(t, msgs, logStale, logBuilt)
	mustSearchLike(t, ix, want)
	mustClose(t, ix)
	build := mustBeClean(t, dir)
	before := modTimes(t, build)

	ix, msgs = openLogged(t, dir, src)
	defer mustClose(t, ix)
	mustLog(t, msgs, logReopened)
	mustNotLog(t, msgs, logBuilt, logStale, logDamaged)
	mustSearchLike(t, ix, want)
	if got := mustBeClean(t, dir); got != build {
		t.Errorf("live build is %s, want it kept as %s", got, build)
	}
	if diff := cmp.Diff(before, modTimes(t, build)); diff != "" {
		t.Errorf("reopen rewrote files (-before +after):\n%s", diff)
	}
}

// modTimes maps every file under dir to its modification time.
func modTimes(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		out[path] = fi.ModTime().String()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPersistRebuildsChanged(t *testing.T) {
	dir := t.TempDir()
	seedsOnly, both := newCorpus(t, storeSeeds(t)), newCorpus(t, storeBoth(t))
	if !slices.ContainsFunc(both.want(t), func(h storeHit) bool { return h.Query == "irrigation canals" }) {
		t.Fatal("the second document is not found by its own words")
	}
	old := seedsOnly.build(t, dir)

	ix, msgs := both.open(t, dir)
	mustLog(t, msgs, logStale, logBuilt)
	mustSearchLike(t, ix, both.want(t))
	mustClose(t, ix)
	if mustBeClean(t, dir) == old {
		t.Error("the build was not replaced")
	}

	// Back to the seeds alone: the second document must be gone.
	ix, msgs = seedsOnly.open(t, dir)
	mustLog(t, msgs, logStale, logBuilt)
	mustSearchLike(t, ix, seedsOnly.want(t))
	mustClose(t, ix)
	mustBeClean(t, dir)
}

func TestPersistRecoversDamage(t *testing.T) {
	seedsOnly, both := newCorpus(t, storeSeeds(t)), newCorpus(t, storeBoth(t))
	want := seedsOnly.want(t)
	tests := []struct {
		name   string
		damage func(t *testing.T, dir, build string)
		stale  bool // an expected change, logged as info, not a warning
	}{
		{"truncated segment", func(t *testing.T, dir, build string) {
			truncateHalf(t, segment(t, build))
		}, false},
		{"truncated segment, manifest agreeing", func(t *testing.T, dir, build string) {
			// Bleve itself must reject the segment, with no help from the
			// manifest's sizes and checksums.
			truncateHalf(t, segment(t, build))
			resum(t, build)
		}, false},
		{"flipped byte in segment", func(t *testing.T, dir, build string) {
			seg := segment(t, build)
			b := mustRead(t, seg)
			b[len(b)/2] ^= 0xff
			mustWrite(t, seg, b)
		}, false},
		{"bolt root missing", func(t *testing.T, dir, build string) {
			mustRemove(t, filepath.Join(build, bleveSubdir, "store", "root.bolt"))
		}, false},
		{"manifest missing", func(t *testing.T, dir, build string) {
			mustRemove(t, filepath.Join(build, manifestName))
		}, false},
		{"manifest garbage", func(t *testing.T, dir, build string) {
			mustWrite(t, filepath.Join(build, manifestName), []byte(`{"format": 1, "key": "84`))
		}, false},
		{"manifest empty", func(t *testing.T, dir, build string) {
			mustWrite(t, filepath.Join(build, manifestName), nil)
		}, false},
		{"manifest lists no files", func(t *testing.T, dir, build string) {
			editManifest(t, build, func(m *manifest) { m.Files = nil })
		}, false},
		{"manifest lists a file outside", func(t *testing.T, dir, build string) {
			editManifest(t, build, func(m *manifest) { m.Files[0].Path = "../../lock" })
		}, false},
		{"manifest miscounts", func(t *testing.T, dir, build string) {
			editManifest(t, build, func(m *manifest) { m.Passages++ })
		}, false},
		{"other format version", func(t *testing.T, dir, build string) {
			editManifest(t, build, func(m *manifest) { m.Format = storeFormat + 1 })
		}, true},
		{"other content key", func(t *testing.T, dir, build string) {
			editManifest(t, build, func(m *manifest) { m.Key = strings.Repeat("0", 64) })
		}, true},
		{"index of other passages", func(t *testing.T, dir, build string) {
			// A self-consistent index of the wrong documents under this
			// manifest: only counting the documents in Bleve can tell.
			other := t.TempDir()
			otherBuild := both.build(t, other)
			mustRemoveAll(t, filepath.Join(build, bleveSubdir))
			if err := os.Rename(filepath.Join(otherBuild, bleveSubdir), filepath.Join(build, bleveSubdir)); err != nil {
				t.Fatal(err)
			}
			resum(t, build)
		}, false},
		{"truncated facts", func(t *testing.T, dir, build string) {
			truncateHalf(t, filepath.Join(build, factsName))
		}, false},
		{"truncated facts, manifest agreeing", func(t *testing.T, dir, build string) {
			truncateHalf(t, filepath.Join(build, factsName))
			resum(t, build)
		}, false},
		{"truncated model, manifest agreeing", func(t *testing.T, dir, build string) {
			truncateHalf(t, filepath.Join(build, modelName))
			resum(t, build)
		}, false},
		{"flipped byte in model", func(t *testing.T, dir, build string) {
			path := filepath.Join(build, modelName)
			b := mustRead(t, path)
			b[len(b)/2] ^= 0xff
			mustWrite(t, path, b)
		}, false},
		{"model missing", func(t *testing.T, dir, build string) {
			mustRemove(t, filepath.Join(build, modelName))
		}, false},
		{"facts of other documents", func(t *testing.T, dir, build string) {
			other := both.build(t, t.TempDir())
			mustWrite(t, filepath.Join(build, factsName), mustRead(t, filepath.Join(other, factsName)))
			resum(t, build)
		}, false},
		{"facts of another version", func(t *testing.T, dir, build string) {
			bumpVersion(t, filepath.Join(build, factsName), factsMagic)
			resum(t, build)
		}, true},
		{"model of another version", func(t *testing.T, dir, build string) {
			bumpVersion(t, filepath.Join(build, modelName), "iaibot answer model\n")
			resum(t, build)
		}, true},
		{"pointer to a missing build", func(t *testing.T, dir, build string) {
			mustWrite(t, filepath.Join(dir, currentName), []byte(buildPrefix+"gone\n"))
		}, false},
		{"pointer outside the directory", func(t *testing.T, dir, build string) {
			mustWrite(t, filepath.Join(dir, currentName), []byte("../"+filepath.Base(dir)+"/"+filepath.Base(build)))
		}, false},
		{"pointer empty", func(t *testing.T, dir, build string) {
			mustWrite(t, filepath.Join(dir, currentName), nil)
		}, false},
		{"pointer missing", func(t *testing.T, dir, build string) {
			mustRemove(t, filepath.Join(dir, currentName))
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			build := seedsOnly.build(t, dir)
			tt.damage(t, dir, build)

			ix, msgs := seedsOnly.open(t, dir)
			mustLog(t, msgs, logBuilt)
			mustNotLog(t, msgs, logReopened, logFallback)
			if tt.stale {
				mustLog(t, msgs, logStale)
				mustNotLog(t, msgs, logDamaged)
			} else {
				mustLog(t, msgs, logDamaged)
			}
			mustSearchLike(t, ix, want)
			mustClose(t, ix)
			mustBeClean(t, dir)

			// The rebuilt index is itself reusable.
			ix, msgs = seedsOnly.open(t, dir)
			mustLog(t, msgs, logReopened)
			mustSearchLike(t, ix, want)
			mustClose(t, ix)
		})
	}
}

// bumpVersion rewrites a file as if a later version had written it: the
// varint after its magic string is its version.
func bumpVersion(t *testing.T, path, magic string) {
	t.Helper()
	b := mustRead(t, path)
	if !strings.HasPrefix(string(b), magic) || b[len(magic)] >= 0x7f {
		t.Fatalf("%s does not start with %q and a one-byte version", path, magic)
	}
	b[len(magic)]++
	mustWrite(t, path, b)
}

// TestPersistFormatVersion opens a build written in one on-disk format
// with a program that reads another: it must rebuild, not misread, and
// answer as before.
func TestPersistFormatVersion(t *testing.T) {
	c := newCorpus(t, storeSeeds(t))
	want := c.want(t)
	dir := t.TempDir()
	old := c.build(t, dir)

	log, msgs := recordLogs(t)
	ix := *c.mem
	ix.log, ix.bleve = log, nil
	if err := ix.open(context.Background(), c.src, Options{Logger: log, Dir: dir, testFormat: storeFormat + 1}); err != nil {
		t.Fatal(err)
	}
	mustLog(t, msgs(), logStale, logBuilt)
	mustNotLog(t, msgs(), logReopened, logDamaged)
	mustSearchLike(t, &ix, want)
	mustClose(t, &ix)
	if m, err := readManifest(mustBeClean(t, dir)); err != nil || m.Format != storeFormat+1 {
		t.Errorf("manifest after the rebuild: format %d, %v; want %d", m.Format, err, storeFormat+1)
	}
	if mustBeClean(t, dir) == old {
		t.Error("the build was not replaced")
	}

	// And back: the older program rebuilds too.
	ix2, msgs2 := c.open(t, dir)
	mustLog(t, msgs2, logStale, logBuilt)
	mustSearchLike(t, ix2, want)
	mustClose(t, ix2)
}

func truncateHalf(t *testing.T, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
}

// resum rewrites the build's manifest to vouch for its files as they now
// are.
func resum(t *testing.T, build string) {
	t.Helper()
	files, err := sumBuild(build)
	if err != nil {
		t.Fatal(err)
	}
	editManifest(t, build, func(m *manifest) { m.Files = files })
}

func editManifest(t *testing.T, build string, edit func(*manifest)) {
	t.Helper()
	m, err := readManifest(build)
	if err != nil {
		t.Fatal(err)
	}
	edit(&m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(build, manifestName), b)
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustWrite(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustRemove(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
}

func mustRemoveAll(t *testing.T, path string) {
	t.Helper()
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
}

// Environment of TestStoreHelperProcess.
const (
	envHelperDir   = "IAI_STORE_HELPER_DIR"
	envHelperStage = "IAI_STORE_HELPER_STAGE"
)

// TestStoreHelperProcess is not a test: TestPersistRecoversKilledBuild runs
// the test binary again with this test alone, to open an index with the
// seeds and the irrigation document and SIGKILL itself at a build stage.
func TestStoreHelperProcess(t *testing.T) {
	dir, stage := os.Getenv(envHelperDir), os.Getenv(envHelperStage)
	if dir == "" {
		return
	}
	kill := func(s string) {
		if s != stage {
			return
		}
		fmt.Println("killing myself at", s)
		if p, err := os.FindProcess(os.Getpid()); err == nil {
			p.Kill()
		}
		os.Exit(99) // not reached: SIGKILL to oneself is fatal on return from kill(2)
	}
	ix, err := Open(storeBoth(t), Options{Logger: testsupport.Logger(t), Dir: dir, testHook: kill})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	fmt.Println("finished without reaching", stage)
}

func TestPersistRecoversKilledBuild(t *testing.T) {
	seedsOnly, both := newCorpus(t, storeSeeds(t)), newCorpus(t, storeBoth(t))
	want := both.want(t)
	tests := []struct {
		stage      string
		fresh      bool   // no earlier build in the directory
		junkPrefix string // what the kill must leave behind
		reopen     bool   // the killed build was complete and published
	}{
		{stage: stageFacts, junkPrefix: buildPrefix},
		{stage: stageFacts, fresh: true, junkPrefix: buildPrefix},
		{stage: stageIndexing, junkPrefix: buildPrefix},
		{stage: stageIndexing, fresh: true, junkPrefix: buildPrefix},
		{stage: stageBuilt, junkPrefix: buildPrefix},
		{stage: stageManifest, junkPrefix: buildPrefix},
		{stage: stageManifest, fresh: true, junkPrefix: buildPrefix},
		{stage: stagePointer, junkPrefix: pointerPrefix},
		{stage: stagePublished, junkPrefix: buildPrefix, reopen: true},
	}
	for _, tt := range tests {
		name := tt.stage
		if tt.fresh {
			name += " fresh"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			var old string
			if !tt.fresh {
				old = filepath.Base(seedsOnly.build(t, dir))
			}

			cmd := exec.Command(os.Args[0], "-test.run=^TestStoreHelperProcess$", "-test.count=1")
			cmd.Env = append(os.Environ(), envHelperDir+"="+dir, envHelperStage+"="+tt.stage)
			out, err := cmd.CombinedOutput()
			ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
			if !ws.Signaled() || ws.Signal() != syscall.SIGKILL || !strings.Contains(string(out), "killing myself at "+tt.stage) {
				t.Fatalf("helper was not killed at %s: %v\n%s", tt.stage, err, out)
			}
			junk := slices.ContainsFunc(dirNames(t, dir), func(n string) bool {
				return strings.HasPrefix(n, tt.junkPrefix) && n != readPointerOr(dir, old)
			})
			if !junk {
				t.Fatalf("the kill left no %s* junk in %s: %q", tt.junkPrefix, dir, dirNames(t, dir))
			}

			ix, msgs := both.open(t, dir)
			if tt.reopen {
				mustLog(t, msgs, logReopened)
			} else {
				mustLog(t, msgs, logBuilt)
				mustNotLog(t, msgs, logDamaged) // the old build stays valid until replaced
			}
			mustSearchLike(t, ix, want)
			mustClose(t, ix)
			if mustBeClean(t, dir) == filepath.Join(dir, old) {
				t.Error("the old build is still live")
			}
		})
	}
}

// readPointerOr is the build current names, or def if there is none.
func readPointerOr(dir, def string) string {
	b, err := os.ReadFile(filepath.Join(dir, currentName))
	if err != nil {
		return def
	}
	return strings.TrimSpace(string(b))
}

// TestPersistConcurrentOpens opens one directory from many goroutines at
// once, with two document sets, so that builds replace and remove builds
// that other indexes still have open.
func TestPersistConcurrentOpens(t *testing.T) {
	dir := t.TempDir()
	corpora := []*storeCorpus{newCorpus(t, storeSeeds(t)), newCorpus(t, storeBoth(t))}
	wants := [][]storeHit{corpora[0].want(t), corpora[1].want(t)}

	const n = 8
	indexes := make([]*Index, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			c := corpora[i%2]
			log, _ := recordLogs(t)
			ix := *c.mem
			ix.log, ix.bleve = log, nil
			if err := ix.open(context.Background(), c.src, Options{Logger: log, Dir: dir}); err != nil {
				t.Error(err)
				return
			}
			indexes[i] = &ix
			if diff := cmp.Diff(wants[i%2], searchAll(t, &ix)); diff != "" {
				t.Errorf("opener %d: search results (-want +got):\n%s", i, diff)
			}
		})
	}
	wg.Wait()
	// Every index still answers, though all but one build are gone by now.
	for i, ix := range indexes {
		if ix == nil {
			continue
		}
		if diff := cmp.Diff(wants[i%2], searchAll(t, ix)); diff != "" {
			t.Errorf("opener %d, later: search results (-want +got):\n%s", i, diff)
		}
		mustClose(t, ix)
	}

	ix, msgs := corpora[0].open(t, dir)
	mustNotLog(t, msgs, logDamaged, logFallback)
	mustSearchLike(t, ix, wants[0])
	mustClose(t, ix)
	mustBeClean(t, dir)
}

func TestPersistUnusableDirFallsBackToMemory(t *testing.T) {
	c := newCorpus(t, storeSeeds(t))
	dir := filepath.Join(t.TempDir(), "file")
	mustWrite(t, dir, []byte("not a directory"))

	ix, msgs := c.open(t, dir)
	defer mustClose(t, ix)
	mustLog(t, msgs, logFallback)
	mustSearchLike(t, ix, c.want(t))
	if got := string(mustRead(t, dir)); got != "not a directory" {
		t.Errorf("the file in the way became %q", got)
	}
}

// TestPersistKeepsOtherFiles guards against Dir being set to a directory
// with other contents: only the store's own names are ever removed.
func TestPersistKeepsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "notes.txt")
	mustWrite(t, mine, []byte("mine"))
	for _, src := range [][]Source{storeSeeds(t), storeBoth(t)} { // the second replaces and removes the first
		ix, _ := newCorpus(t, src).open(t, dir)
		mustClose(t, ix)
	}
	if got := string(mustRead(t, mine)); got != "mine" {
		t.Errorf("notes.txt became %q", got)
	}
	want := []string{currentName, readPointer(t, dir), lockName, "notes.txt"}
	if got := dirNames(t, dir); !slices.Equal(got, want) {
		t.Errorf("%s holds %q, want %q", dir, got, want)
	}
}

// BenchmarkOpenPersisted compares, on the seeds, the index in memory,
// reopened from disk and rebuilt on disk: "open" times all of Open,
// "analysed" what follows parsing, extraction and the answerer's model,
// which a reopen skips.
func BenchmarkOpenPersisted(b *testing.B) {
	src := storeSeeds(b)
	ix, err := Open(src, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	steps := []struct {
		name string
		open func(dir string) (interface{ Close() error }, error)
	}{
		{"open", func(dir string) (interface{ Close() error }, error) {
			return Open(src, Options{Dir: dir})
		}},
		{"analysed", func(dir string) (interface{ Close() error }, error) {
			c := *ix
			c.bleve = nil
			return &c, c.open(context.Background(), src, Options{Dir: dir, Logger: ix.log})
		}},
	}
	for _, step := range steps {
		open := func(b *testing.B, dir string) {
			c, err := step.open(dir)
			if err != nil {
				b.Fatal(err)
			}
			c.Close()
		}
		b.Run(step.name+"/memory", func(b *testing.B) {
			for b.Loop() {
				open(b, "")
			}
		})
		b.Run(step.name+"/reopen", func(b *testing.B) {
			dir := b.TempDir()
			open(b, dir)
			for b.Loop() {
				open(b, dir)
			}
		})
		b.Run(step.name+"/rebuild", func(b *testing.B) {
			dir := b.TempDir()
			open(b, dir)
			for b.Loop() {
				b.StopTimer()
				if err := os.Remove(filepath.Join(dir, currentName)); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				open(b, dir)
			}
		})
	}
}

// TestPersistGivesUpWhenCancelled cancels builds part way, as SIGINT does
// to "iaibot index build": Open returns at once with the context's error,
// and the build that was live stays live and whole.
func TestPersistGivesUpWhenCancelled(t *testing.T) {
	seedsOnly := newCorpus(t, storeSeeds(t))
	for _, stage := range []string{StageExtract, StageIndex} {
		t.Run(stage, func(t *testing.T) {
			dir := t.TempDir()
			old := seedsOnly.build(t, dir)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			progress := func(p Progress) {
				if p.Stage == stage {
					cancel()
				}
			}
			ix, err := OpenContext(ctx, storeBoth(t), Options{Logger: testsupport.Logger(t), Dir: dir, Progress: progress})
			if !errors.Is(err, context.Canceled) || ix != nil {
				t.Fatalf("cancelled while %s: %v, %v", stage, ix, err)
			}
			if got := mustBeClean(t, dir); got != old {
				t.Errorf("live build is %s, want %s kept", got, old)
			}
			reopened, msgs := seedsOnly.open(t, dir)
			mustLog(t, msgs, logReopened)
			mustClose(t, reopened)
		})
	}
}
