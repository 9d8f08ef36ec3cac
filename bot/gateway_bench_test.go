package bot

import (
	"context"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/iaibot/iaibot/internal/testsupport"
)

// countLines counts the bot's one line per interaction, so the benchmark
// can wait for each reply without scanning the fake's growing request
// list, and passes warnings on to the benchmark's log.
type countLines struct {
	next    slog.Handler
	mu      sync.Mutex
	n       int
	changed chan struct{}
}

func (c *countLines) Enabled(_ context.Context, l slog.Level) bool { return true }
func (c *countLines) WithAttrs([]slog.Attr) slog.Handler           { return c }
func (c *countLines) WithGroup(string) slog.Handler                { return c }

func (c *countLines) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "interaction" {
		c.mu.Lock()
		c.n++
		close(c.changed)
		c.changed = make(chan struct{})
		c.mu.Unlock()
	}
	if r.Level >= slog.LevelWarn {
		return c.next.Handle(ctx, r)
	}
	return nil
}

// wait blocks until n interactions have been answered.
func (c *countLines) wait(b *testing.B, n int) {
	for {
		c.mu.Lock()
		got, ch := c.n, c.changed
		c.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-ch:
		case <-time.After(10 * time.Second):
			b.Fatalf("%d interactions answered, want %d", got, n)
		}
	}
}

// BenchmarkGatewayRoundTrip measures `/iai search query:HIV` from the
// fake's dispatch over the gateway to the bot's callback arriving at the
// fake: one interaction at a time for latency (p50, p99), then 32 in
// flight for throughput (interactions/s, and p99 under that load). The
// fake, which validates every body against Discord's OpenAPI schema,
// shares the machine and takes about half of its CPU.
func BenchmarkGatewayRoundTrip(b *testing.B) {
	lines := &countLines{next: slog.NewTextHandler(testsupport.NewLogWriter(b), nil), changed: make(chan struct{})}
	h := startLive(b, liveSetup{options: func(o *LiveOptions) { o.Logger = slog.New(lines) }})
	i := h.s.Slash("/iai search query:HIV")
	sent := map[string]time.Time{}
	dispatched := 0
	// send dispatches one interaction once fewer than window are unanswered.
	send := func(window int) {
		lines.wait(b, dispatched-window+1)
		t0 := time.Now()
		sent[h.s.DispatchInteraction(i)] = t0
		dispatched++
	}

	b.ResetTimer()
	start := time.Now()
	for range b.N {
		send(1)
	}
	lines.wait(b, dispatched)
	b.StopTimer()
	sequential := time.Since(start)

	const window = 32
	start = time.Now()
	for range b.N {
		send(window)
	}
	lines.wait(b, dispatched)
	pipelined := time.Since(start)

	// Callbacks arrive in order of the phases: sequential ones first.
	var latencies []time.Duration
	for _, r := range h.s.Requests() {
		if t0, ok := sent[r.InteractionID]; ok && r.Method == http.MethodPost && strings.HasSuffix(r.Path, "/callback") {
			if r.Status != http.StatusNoContent {
				b.Fatalf("callback answered %d", r.Status)
			}
			latencies = append(latencies, r.Time.Sub(t0))
		}
	}
	if len(latencies) != 2*b.N {
		b.Fatalf("%d callbacks for %d interactions", len(latencies), 2*b.N)
	}
	pct := func(ds []time.Duration, p float64) float64 {
		ds = slices.Sorted(slices.Values(ds))
		return float64(ds[min(len(ds)-1, int(p*float64(len(ds))))].Microseconds()) / 1000
	}
	seq, piped := latencies[:b.N], latencies[b.N:]
	b.ReportMetric(pct(seq, 0.50), "p50-ms")
	b.ReportMetric(pct(seq, 0.99), "p99-ms")
	b.ReportMetric(pct(piped, 0.99), "p99-at-32-ms")
	b.ReportMetric(float64(b.N)/sequential.Seconds(), "seq-interactions/s")
	b.ReportMetric(float64(b.N)/pipelined.Seconds(), "interactions/s")
}
