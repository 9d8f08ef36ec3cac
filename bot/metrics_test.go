package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/iaibot/iaibot/index"
)

// TestMetricsInteractions records interactions by name: the names the bot
// produces get their own series, anything else is "other", so requests
// cannot mint series.
func TestMetricsInteractions(t *testing.T) {
	m := NewMetrics()
	for _, o := range []struct {
		name    string
		outcome Outcome
	}{
		{"iai search", OutcomeOK},
		{"iai search", OutcomeOK},
		{"iai country", OutcomeUserError},
		{"autocomplete country", OutcomeOK},
		{"button page", OutcomeOK},
		{"ping", OutcomeOK},
		{"iai " + strings.Repeat("x", 500), OutcomeUserError},
		{"type 42", OutcomeUserError},
	} {
		m.ObserveInteraction(o.name, o.outcome, 3*time.Millisecond)
	}
	for _, want := range []struct {
		command, outcome string
		n                float64
	}{
		{"iai search", "ok", 2},
		{"iai country", "user_error", 1},
		{"autocomplete country", "ok", 1},
		{"button page", "ok", 1},
		{"ping", "ok", 1},
		{"other", "user_error", 2},
	} {
		if got := testutil.ToFloat64(m.interactions.WithLabelValues(want.command, want.outcome)); got != want.n {
			t.Errorf("interactions{command=%q,outcome=%q} = %v, want %v", want.command, want.outcome, got, want.n)
		}
	}
	if n := testutil.CollectAndCount(m.interactions); n != 6 {
		t.Errorf("%d interaction series, want 6", n)
	}
	if n := testutil.CollectAndCount(m.latency); n != 6 {
		t.Errorf("%d latency series, want 6", n)
	}
}

func TestMetricsCountersAndGauges(t *testing.T) {
	m := NewMetrics()
	m.GatewayReconnect(3)
	m.GatewayReconnect(3)
	m.RateLimited()
	m.SetIndexStats(index.Stats{Documents: 2, Passages: 30, Facts: 99})
	for name, c := range map[string]struct {
		got, want float64
	}{
		"reconnects": {testutil.ToFloat64(m.reconnects.WithLabelValues("3")), 2},
		"429s":       {testutil.ToFloat64(m.restLimited), 1},
		"documents":  {testutil.ToFloat64(m.documents), 2},
		"passages":   {testutil.ToFloat64(m.passages), 30},
		"facts":      {testutil.ToFloat64(m.facts), 99},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", name, c.got, c.want)
		}
	}
	problems, err := testutil.GatherAndLint(m.Registry())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("metric %s: %s", p.Metric, p.Text)
	}
}

// TestNilMetrics: transports hold a *Metrics that may be nil.
func TestNilMetrics(t *testing.T) {
	var m *Metrics
	m.ObserveInteraction("iai help", OutcomeOK, time.Millisecond)
	m.GatewayReconnect(0)
	m.gatewayShard(0)
	m.login(0)
	m.invalidSession(0)
	m.gatewayConnected(0, true)
	m.RateLimited()
	m.SetIndexStats(index.Stats{})
	m.requestRejected("size")
	m.interactionDeferred()
	m.deferredReplyFailed()
}

func TestCommandLabelsCoverTheTable(t *testing.T) {
	labels := commandLabels()
	for _, c := range commands {
		if !labels[CommandName+" "+c.def.Name] {
			t.Errorf("no label for /%s %s", CommandName, c.def.Name)
		}
	}
	for _, l := range []string{"ping", "autocomplete country", "autocomplete project", "button page", "button src", "button noop", "button unknown"} {
		if !labels[l] {
			t.Errorf("no label %q", l)
		}
	}
}
