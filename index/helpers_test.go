package index

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/iaibot/iaibot/internal/testsupport"
	"github.com/iaibot/iaibot/seeds"
)

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
	ix, err := Open(src, Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// shared holds indexes that several tests read, built once a run: an
// index of every test document takes seconds to build, and many times
// that under the race detector. Answering fills caches in its model, so a
// test that compares a model with what it writes builds its own. TestMain
// closes them.
var shared struct {
	mu  sync.Mutex
	all *Index
}

// allIndex is an index of every test document (allSources), in memory,
// shared by the tests that only read it.
func allIndex(t testing.TB) *Index {
	t.Helper()
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.all == nil {
		// No test's logger: the index outlives the test that builds it.
		ix, err := Open(allSources(t), Options{})
		if err != nil {
			t.Fatal(err)
		}
		shared.all = ix
	}
	return shared.all
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.all != nil {
		shared.all.Close()
	}
	os.Exit(code)
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

// expectAnswers checks that ix answers each question with the span given
// for it.
func expectAnswers(t *testing.T, ix *Index, want map[string]string) {
	t.Helper()
	for q, span := range want {
		if a := ix.Answer(q); !a.Found || a.Span != span {
			t.Errorf("%q: found %v span %q (%s), want %q", q, a.Found, a.Span, a.Text, span)
		}
	}
}

// expectRefused checks that ix refuses each question: neither a span nor
// a quote answers it.
func expectRefused(t *testing.T, ix *Index, qs ...string) {
	t.Helper()
	for _, q := range qs {
		if a := ix.Answer(q); !a.Refused() {
			t.Errorf("%q answered %q (quoted %v), want refused", q, a.Text, a.Quoted)
		}
	}
}

// acronymsOf maps each short form the index learnt to the name it stands
// for.
func acronymsOf(ix *Index) map[string]string {
	got := map[string]string{}
	for _, o := range ix.Orgs() {
		if o.Acronym != "" {
			got[o.Acronym] = o.Name
		}
	}
	return got
}

// membershipLines is each membership of ix as "Country status Body", in
// the order extraction found them.
func membershipLines(ix *Index) []string {
	var out []string
	for _, m := range ix.x.memberships {
		out = append(out, m.Country+" "+m.Status+" "+m.Org)
	}
	return out
}
