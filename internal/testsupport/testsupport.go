// Package testsupport holds the helpers that the tests of bot, index and
// cmd/iaibot share: logs routed to t.Log, requests signed as Discord signs
// them, HTTP calls to the admin and endpoint servers, and configuration
// written the way an operator provides it.
//
// It imports neither bot nor index, so that their own (internal) tests can
// use it without an import cycle.
package testsupport

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// LogWriter echoes every write to a test's log and keeps a copy. It is
// safe for concurrent use, since servers log from many goroutines.
type LogWriter struct {
	mu  sync.Mutex
	t   testing.TB // nil: nothing is echoed
	all bytes.Buffer
}

// NewLogWriter returns a LogWriter echoing to t.
func NewLogWriter(t testing.TB) *LogWriter { return &LogWriter{t: t} }

// SetT redirects the echo, for a fuzz target whose logger outlives each
// iteration's t; nil stops it, as t.Log must not be called once t is done.
func (w *LogWriter) SetT(t testing.TB) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.t = t
}

// Write echoes p without its final newline, which t.Log adds back.
func (w *LogWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.t != nil {
		w.t.Log(strings.TrimRight(string(p), "\n"))
	}
	return w.all.Write(p)
}

// String is everything written so far.
func (w *LogWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.all.String()
}

// Logger routes slog to t.Log, debug level included, so that a failing
// test shows what the code under test logged.
func Logger(t testing.TB) *slog.Logger {
	t.Helper()
	return slog.New(slog.NewTextHandler(NewLogWriter(t), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// The private key of RFC 8032 section 7.1, TEST 1, and its public key: a
// seed anyone can check, so that signatures made with it can be reproduced
// with any Ed25519 implementation.
const (
	RFC8032Seed   = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
	RFC8032Public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
)

// Key is the fixed key the tests sign interactions with, derived from
// RFC8032Seed.
var Key = ed25519.NewKeyFromSeed(MustHex(RFC8032Seed))

// PublicKey is Key's public half, as the endpoint is configured with it.
func PublicKey() ed25519.PublicKey { return Key.Public().(ed25519.PublicKey) }

// MustHex decodes a hex constant; a typo in one is a bug in the test.
func MustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

// Sign is the X-Signature-Ed25519 header Discord would send with body at
// timestamp: Key's signature over the timestamp followed by the body.
func Sign(timestamp string, body []byte) string {
	return hex.EncodeToString(ed25519.Sign(Key, append([]byte(timestamp), body...)))
}

// SignedRequest is a POST of body to url, signed with Key at ts and
// labelled JSON, as Discord delivers an interaction. The header names are
// written out here rather than taken from bot, which would be an import
// cycle for bot's own tests.
func SignedRequest(t testing.TB, url string, body []byte, ts time.Time) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", Sign(stamp, body))
	return req
}

// MustRequest builds a request without a body, failing t on a malformed
// URL.
func MustRequest(t testing.TB, method, url string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// Response is an HTTP answer read in full.
type Response struct {
	Status int
	Header http.Header
	Body   string
}

// Do sends req and reads the whole answer; a transport error fails t.
func Do(t testing.TB, client *http.Client, req *http.Request) Response {
	t.Helper()
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return Response{Status: resp.StatusCode, Header: resp.Header, Body: string(b)}
}

// WriteSecret writes content to a file of its own, readable by the owner
// alone as a mounted secret is, and returns its path.
func WriteSecret(t testing.TB, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// Env is a getenv over a fixed environment, for the code that reads its
// configuration through one; a nil env is an empty environment.
func Env(env map[string]string) func(string) string {
	return func(k string) string { return env[k] }
}

// SourceFiles lists the Go files of the package in dir, tests left out,
// sorted: what a code map in prose has to name.
func SourceFiles(t testing.TB, dir string) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, p := range paths {
		if f := filepath.Base(p); !strings.HasSuffix(f, "_test.go") {
			files = append(files, f)
		}
	}
	return files
}

// GoFileNames lists the Go file names text mentions, sorted, each once.
func GoFileNames(text string) []string {
	names := reGoFile.FindAllString(text, -1)
	slices.Sort(names)
	return slices.Compact(names)
}

var reGoFile = regexp.MustCompile(`\b\w+\.go\b`)
