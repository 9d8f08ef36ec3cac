package bot

import (
	"testing"

	"github.com/iaibot/iaibot/index"
	"github.com/iaibot/iaibot/internal/testsupport"
	"github.com/iaibot/iaibot/seeds"
)

// mustSeedBot is a Bot over a real in-memory index of the embedded seed.
func mustSeedBot(t testing.TB) *Bot {
	t.Helper()
	src, err := index.LoadFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(src, index.Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(testsupport.Logger(t), ix)
}

// fixtureBot is a Bot over a real index of one document's text.
func fixtureBot(t *testing.T, text string) *Bot {
	t.Helper()
	ix, err := index.Open([]index.Source{{Name: "fixture.md", Text: text}}, index.Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(testsupport.Logger(t), ix)
}
