package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/index"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// corpusDir copies the seed's test companions, the documents of the index
// tests, into a directory: enough that building them takes a moment.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	docs, err := filepath.Glob(filepath.Join("..", "..", "index", "testdata", "docs", "*.md"))
	if err != nil || len(docs) == 0 {
		t.Fatalf("test documents: %v", err)
	}
	for _, d := range docs {
		b, err := os.ReadFile(d)
		if err != nil {
			t.Fatal(err)
		}
		must(t, os.WriteFile(filepath.Join(dir, filepath.Base(d)), b, 0o644))
	}
	return dir
}

// TestIndexBuild builds an index ahead of time, checks it again, and
// answers from it: off a terminal the command prints its result and no
// progress.
func TestIndexBuild(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"IAI_INDEX_DIR": dir}
	code, out, errOut := run(t, env, "", "index", "build")
	if code != exitOK || !strings.HasPrefix(out, "index built in "+dir+": 1 documents, ") || strings.ContainsAny(out, "\r\x1b") {
		t.Fatalf("first build: exit %d, %q, %s", code, out, errOut)
	}
	code, again, _ := run(t, env, "", "index", "build")
	if code != exitOK || !strings.HasPrefix(again, "index up to date in "+dir+": 1 documents, ") {
		t.Errorf("second build: exit %d, %q", code, again)
	}
	lines := []string{"/iai search HIV", "/iai funding", "when did Cambodia join the ASEAN-Japan Centre?"}
	_, fromDisk, _ := run(t, env, "", append([]string{"query", "--json"}, lines...)...)
	_, inMemory, _ := run(t, nil, "", append([]string{"query", "--json"}, lines...)...)
	if fromDisk != inMemory || !strings.Contains(fromDisk, "June 11, 2001") {
		t.Errorf("answers from the built index differ from memory's:\n%s\nvs\n%s", fromDisk, inMemory)
	}
}

func TestIndexBuildUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"index"}, exitUsage, "Usage: iaibot index build"},
		{[]string{"index", "rebuild"}, exitUsage, "Usage: iaibot index build"},
		{[]string{"index", "--help"}, exitOK, "reads them back"},
		{[]string{"index", "build"}, exitUsage, "--index-dir (or IAI_INDEX_DIR) is required"},
		{[]string{"index", "build", "--index-dir", t.TempDir(), "extra"}, exitUsage, "unexpected argument"},
		{[]string{"index", "build", "--index-dir", t.TempDir(), "--memory-limit-mib", "-5"}, exitUsage, "want 0 (none) or a size in MiB"},
		{[]string{"index", "build", "--index-dir", t.TempDir(), "--seeds", filepath.Join(t.TempDir(), "none")}, exitError, "documents directory"},
	} {
		code, _, errOut := run(t, nil, "", tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%q: exit %d, %q; want %d and %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
}

// TestIndexBuildInterrupted stops a build with its context, as SIGINT
// does: the command gives up at once and says the last index stands.
func TestIndexBuildInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut strings.Builder
	code := Main(ctx, []string{"index", "build", "--seeds", corpusDir(t), "--index-dir", t.TempDir()}, strings.NewReader(""), &out, &errOut, testsupport.Env(nil))
	if code != exitError || !strings.Contains(errOut.String(), "interrupted") {
		t.Errorf("exit %d, %q", code, errOut.String())
	}
}

// TestProgressLine draws a build's progress as a terminal shows it, on a
// clock that moves a second a report.
func TestProgressLine(t *testing.T) {
	var out strings.Builder
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := &progressLine{w: &out, live: true, now: func() time.Time { now = now.Add(time.Second); return now }}
	for _, p := range []index.Progress{
		{Stage: index.StageExtract, Done: 0, Total: 100},
		{Stage: index.StageExtract, Done: 10, Total: 100},
		{Stage: index.StageExtract, Done: 40, Total: 100},
		{Stage: index.StageExtract, Done: 100, Total: 100},
		{Stage: index.StageIndex, Done: 5000, Total: 10000},
		{Stage: index.StageIndex, Done: 10000, Total: 10000},
		{Stage: index.StageFinish, Done: 0, Total: 1},
		{Stage: index.StageFinish, Done: 1, Total: 1},
	} {
		l.report(p)
	}
	l.end()
	// Rates count from the first documents done, not from the start.
	want := "\rextracting  0/100 documents\x1b[K" +
		"\rextracting  10/100 documents\x1b[K" +
		"\rextracting  40/100 documents  30/s  ETA 2s\x1b[K" +
		"\rextracting  100/100 documents  45/s  in 3s\x1b[K\n" +
		"\rindexing    5000/10000 passages\x1b[K" +
		"\rindexing    10000/10000 passages  5000/s  in 1s\x1b[K\n" +
		"\rfinishing   …\x1b[K" +
		"\rfinishing   done\x1b[K\n"
	if got := out.String(); got != want {
		t.Errorf("progress drawn as\n%q\nwant\n%q", got, want)
	}
	if !l.built() {
		t.Error("a build that reported is not taken for one")
	}
}

// TestServeReadyOnceTheIndexIsOpen starts serve on an index directory
// twice: while the first start builds the index, /readyz says the index
// is loading; the second reads it back and is ready without building.
func TestServeReadyOnceTheIndexIsOpen(t *testing.T) {
	fake := discordtest.New(t)
	keyFile := testsupport.WriteSecret(t, "public-key", testsupport.RFC8032Public+"\n")
	env := map[string]string{
		"DISCORD_PUBLIC_KEY_FILE": keyFile,
		"DISCORD_API_URL":         fake.URL(),
		"IAI_HTTP_ADDR":           "127.0.0.1:0",
		"IAI_ADMIN_ADDR":          "127.0.0.1:0",
		"IAI_SEEDS":               corpusDir(t),
		"IAI_INDEX_DIR":           t.TempDir(),
	}
	client := &http.Client{Transport: &http.Transport{}, Timeout: 10 * time.Second}
	defer client.CloseIdleConnections()
	for _, start := range []string{"building", "reading back"} {
		logs := newLogTap(t, "endpoint listening", "admin listening")
		ctx, cancel := context.WithCancel(context.Background())
		exited := make(chan int, 1)
		go func() {
			exited <- Main(ctx, []string{"serve"}, strings.NewReader(""), io.Discard, logs, testsupport.Env(env))
		}()
		admin := "http://" + logs.addr("admin listening", exited)
		if start == "building" {
			r := testsupport.Do(t, client, testsupport.MustRequest(t, http.MethodGet, admin+"/readyz"))
			if r.Status != http.StatusServiceUnavailable || !strings.Contains(r.Body, "index loading") {
				t.Errorf("/readyz while the index builds = %d %s, want 503 with the index loading", r.Status, r.Body)
			}
		}
		logs.addr("endpoint listening", exited)
		if r := testsupport.Do(t, client, testsupport.MustRequest(t, http.MethodGet, admin+"/readyz")); r.Status != http.StatusOK {
			t.Errorf("%s: /readyz once listening = %d %s", start, r.Status, r.Body)
		}
		cancel()
		if code := <-exited; code != exitOK {
			t.Errorf("%s: serve exited with %d", start, code)
		}
		built, reopened := strings.Contains(logs.String(), "index built on disk"), strings.Contains(logs.String(), "index reopened from disk")
		if start == "building" && !built || start == "reading back" && (built || !reopened) {
			t.Errorf("%s: built %v, reopened %v", start, built, reopened)
		}
	}
}

// TestWithMemoryLimit runs a build under the soft memory limit asked for
// and gives the process its own limit back after; 0 leaves it alone.
func TestWithMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	var during int64
	withMemoryLimit(900, func() { during = debug.SetMemoryLimit(-1) })
	if during != 900<<20 {
		t.Errorf("limit during the build = %d, want %d", during, 900<<20)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("limit after the build = %d, want it back at %d", after, before)
	}
	withMemoryLimit(0, func() { during = debug.SetMemoryLimit(-1) })
	if during != before {
		t.Errorf("limit 0 changed the limit to %d", during)
	}
}
