package bot

import (
	"log/slog"
	"testing"

	"github.com/iaibot/iaibot/index"
	"github.com/iaibot/iaibot/seeds"
)

type tWriter struct{ t testing.TB }

func (w tWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

// testLogger routes slog to t.Log.
func testLogger(t testing.TB) *slog.Logger {
	t.Helper()
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// mustSeedBot is a Bot over a real in-memory index of the embedded seed.
func mustSeedBot(t testing.TB) *Bot {
	t.Helper()
	src, err := index.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(src, index.Options{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(testLogger(t), ix)
}
