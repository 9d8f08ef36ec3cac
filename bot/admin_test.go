package bot

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/index"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// TestAdmin serves the admin endpoints on a real listener and walks the
// readiness checks from not ready to ready, then shuts the server down.
func TestAdmin(t *testing.T) {
	m := NewMetrics()
	m.SetIndexStats(index.Stats{Documents: 1, Passages: 17, Facts: 62})
	m.ObserveInteraction("iai help", OutcomeOK, time.Millisecond)
	a := NewAdmin(m)
	indexReady := NewReadyFlag("index loading")
	a.AddCheck("index", indexReady)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- a.Serve(ctx, ln, testsupport.Logger(t)) }()
	base := "http://" + ln.Addr().String()
	client := &http.Client{Transport: &http.Transport{}}
	defer client.CloseIdleConnections()

	get := func(method, path string) (int, http.Header, string) {
		t.Helper()
		r := testsupport.Do(t, client, testsupport.MustRequest(t, method, base+path))
		return r.Status, r.Header, r.Body
	}
	ready := func(wantCode int, want readyStatus) {
		t.Helper()
		code, h, body := get(http.MethodGet, "/readyz")
		var got readyStatus
		if err := json.Unmarshal([]byte(body), &got); err != nil {
			t.Fatalf("/readyz body %q: %v", body, err)
		}
		if code != wantCode {
			t.Errorf("/readyz status %d, want %d", code, wantCode)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("/readyz (-want +got):\n%s", diff)
		}
		if h.Get("Cache-Control") != "no-store" {
			t.Errorf("/readyz may be cached: Cache-Control %q", h.Get("Cache-Control"))
		}
	}

	if code, _, body := get(http.MethodGet, "/healthz"); code != http.StatusOK || body != `{"status":"ok"}` {
		t.Errorf("/healthz = %d %s", code, body)
	}
	ready(http.StatusServiceUnavailable, readyStatus{"not ready", map[string]string{"index": "index loading"}})

	indexReady.Set(nil)
	endpointReady := NewReadyFlag("endpoint not listening")
	a.AddCheck("endpoint", endpointReady) // added while serving, as a transport starting late would
	ready(http.StatusServiceUnavailable, readyStatus{"not ready", map[string]string{"index": "ok", "endpoint": "endpoint not listening"}})

	endpointReady.Set(nil)
	a.AddCheck("func", ReadyFunc(func() error { return nil }))
	ready(http.StatusOK, readyStatus{"ready", map[string]string{"index": "ok", "endpoint": "ok", "func": "ok"}})

	endpointReady.Set(errors.New("shutting down"))
	ready(http.StatusServiceUnavailable, readyStatus{"not ready", map[string]string{"index": "ok", "endpoint": "shutting down", "func": "ok"}})

	code, _, body := get(http.MethodGet, "/metrics")
	if code != http.StatusOK {
		t.Errorf("/metrics status %d", code)
	}
	for _, want := range []string{"iaibot_index_passages 17", `iaibot_interactions_total{command="iai help",outcome="ok"} 1`, "iaibot_rest_rate_limited_total 0", "go_build_info", "process_"} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if code, _, _ := get(http.MethodPost, "/healthz"); code != http.StatusMethodNotAllowed {
		t.Errorf("POST /healthz = %d, want 405", code)
	}
	if code, _, _ := get(http.MethodGet, "/debug/pprof/"); code != http.StatusNotFound {
		t.Errorf("unknown path = %d, want 404", code)
	}

	cancel()
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

func TestAdminWithoutMetrics(t *testing.T) {
	a := NewAdmin(nil)
	rec := &statusRecorder{header: http.Header{}}
	a.ServeHTTP(rec, testsupport.MustRequest(t, http.MethodGet, "/metrics"))
	if rec.code != http.StatusNotFound {
		t.Errorf("/metrics without metrics = %d, want 404", rec.code)
	}
	rec = &statusRecorder{header: http.Header{}}
	a.ServeHTTP(rec, testsupport.MustRequest(t, http.MethodGet, "/readyz"))
	if rec.code != http.StatusOK {
		t.Errorf("/readyz with no checks = %d, want 200", rec.code)
	}
}

func TestReadyFlagZeroValueIsReady(t *testing.T) {
	var f ReadyFlag
	if err := f.Ready(); err != nil {
		t.Errorf("zero ReadyFlag: %v", err)
	}
}

type statusRecorder struct {
	header http.Header
	code   int
}

func (r *statusRecorder) Header() http.Header         { return r.header }
func (r *statusRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (r *statusRecorder) WriteHeader(code int)        { r.code = code }
