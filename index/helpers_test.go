package index

import (
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/iaibot/iaibot/seeds"
)

// testLogger routes slog to t.Log.
func testLogger(t testing.TB) *slog.Logger {
	t.Helper()
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

// seedSources are the embedded default documents.
func seedSources(t testing.TB) []Source {
	t.Helper()
	src, err := LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// secondSource is the test-only second document.
func secondSource(t testing.TB) Source {
	t.Helper()
	p := filepath.Join("testdata", "docs", "jica-2003-03-mekong-health-education.md")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return Source{Name: filepath.Base(p), Text: string(b)}
}

func mustOpen(t testing.TB, src ...Source) *Index {
	t.Helper()
	ix, err := Open(src, Options{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// seedIndex indexes the embedded seed alone.
func seedIndex(t testing.TB) *Index {
	t.Helper()
	return mustOpen(t, seedSources(t)...)
}

// bothIndex indexes the seed and the second test document together.
func bothIndex(t testing.TB) *Index {
	t.Helper()
	return mustOpen(t, append(seedSources(t), secondSource(t))...)
}
