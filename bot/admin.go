package bot

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"sync"
)

// Readiness is a part of the service that can say whether it is able to
// take traffic: the index once loaded, the HTTP endpoint once listening,
// the gateway once READY. Ready returns nil when it is, or why not.
type Readiness interface {
	Ready() error
}

// ReadyFunc adapts a function to [Readiness].
type ReadyFunc func() error

// Ready calls f.
func (f ReadyFunc) Ready() error { return f() }

// ReadyFlag is a [Readiness] its owner sets as it comes up and goes down.
// The zero value is ready.
type ReadyFlag struct {
	mu  sync.Mutex
	err error
}

// NewReadyFlag returns a flag that is not ready, for reason, until Set(nil).
func NewReadyFlag(reason string) *ReadyFlag {
	return &ReadyFlag{err: errors.New(reason)}
}

// Set records readiness: nil for ready, otherwise why not.
func (f *ReadyFlag) Set(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.err = err
}

// Ready returns what was last Set.
func (f *ReadyFlag) Ready() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}

// Admin serves the operational endpoints, meant for a port that is not
// exposed to the internet:
//
//	/healthz  200 while the process runs (liveness)
//	/readyz   200 when every check is ready, else 503 naming the failures
//	/metrics  the Prometheus metrics
type Admin struct {
	metrics *Metrics
	mux     *http.ServeMux
	mu      sync.Mutex
	checks  []namedCheck // in the order added
}

type namedCheck struct {
	name string
	r    Readiness
}

// NewAdmin returns an Admin serving m, which may be nil for no /metrics.
func NewAdmin(m *Metrics) *Admin {
	a := &Admin{metrics: m, mux: http.NewServeMux()}
	a.mux.HandleFunc("GET /healthz", a.healthz)
	a.mux.HandleFunc("GET /readyz", a.readyz)
	if m != nil {
		a.mux.Handle("GET /metrics", m.Handler())
	}
	return a
}

// AddCheck makes /readyz depend on r, reported under name. Checks can be
// added while serving, as transports start.
func (a *Admin) AddCheck(name string, r Readiness) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.checks = append(a.checks, namedCheck{name, r})
}

// ServeHTTP routes to the endpoints above.
func (a *Admin) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	a.mux.ServeHTTP(w, r)
}

// Serve answers on ln until ctx ends, then shuts down gracefully.
func (a *Admin) Serve(ctx context.Context, ln net.Listener, log *slog.Logger) error {
	return serveHTTP(ctx, ln, a, log)
}

// healthz says the process is up and serving HTTP, which is all a
// liveness probe should ask: a lost gateway is for readyz, not a restart.
func (a *Admin) healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyStatus is the body of /readyz.
type readyStatus struct {
	Status string            `json:"status"` // "ready" or "not ready"
	Checks map[string]string `json:"checks"` // "ok" or why not, by name
}

// readyz runs every check and names each one's state, so that a failing
// probe says what is not ready.
func (a *Admin) readyz(w http.ResponseWriter, _ *http.Request) {
	a.mu.Lock()
	checks := slices.Clone(a.checks)
	a.mu.Unlock()
	st := readyStatus{Status: "ready", Checks: map[string]string{}}
	for _, c := range checks {
		if err := c.r.Ready(); err != nil {
			st.Status, st.Checks[c.name] = "not ready", err.Error()
		} else {
			st.Checks[c.name] = "ok"
		}
	}
	code := http.StatusOK
	if st.Status != "ready" {
		code = http.StatusServiceUnavailable
	}
	writeJSON(w, code, st)
}

// writeJSON sends v as a JSON response.
func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, `{"error":"internal error"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(b)
}
