package bot

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/iaibot/iaibot/index"
)

// Metrics counts what the transports do, for Prometheus. It has a registry
// of its own, so tests and several instances do not collide in the global
// one. Every method is safe on a nil *Metrics and then records nothing, so
// transports can take it as optional.
type Metrics struct {
	reg            *prometheus.Registry
	interactions   *prometheus.CounterVec   // by command, outcome
	latency        *prometheus.HistogramVec // by command
	rejected       *prometheus.CounterVec   // by reason
	deferred       prometheus.Counter
	deferredFailed prometheus.Counter
	reconnects     *prometheus.CounterVec // by shard
	logins         *prometheus.CounterVec // by shard
	invalidated    *prometheus.CounterVec // by shard
	connected      *prometheus.GaugeVec   // by shard
	restLimited    prometheus.Counter
	documents      prometheus.Gauge
	passages       prometheus.Gauge
	facts          prometheus.Gauge
	commands       map[string]bool // command labels worth a series of their own

	// Registered only once a shared store is configured, so that a bot
	// without one shows no Redis at all.
	redisOnce      sync.Once
	redisUpG       prometheus.Gauge
	redisErrors    *prometheus.CounterVec // by op
	redisFallbacks *prometheus.CounterVec // by op
}

// redisOps are the op labels of the Redis metrics.
var redisOps = []string{"budget", "cooldown", "dedup", "login", "ping"}

// NewMetrics returns Metrics registered with a fresh registry, together
// with the Go runtime, process and build-info collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		interactions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "iaibot_interactions_total",
			Help: "Interactions answered, by command and outcome.",
		}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "iaibot_interaction_duration_seconds",
			Help: "Time from receiving an interaction to having its answer, by command.",
			// Handlers take well under 10 ms; the top buckets bracket
			// Discord's 3 s deadline for a first response.
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2, 3, 5, 10},
		}, []string{"command"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "iaibot_endpoint_rejected_total",
			Help: "Requests to the interactions endpoint refused before reaching the bot, by reason.",
		}, []string{"reason"}),
		deferred: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "iaibot_interactions_deferred_total",
			Help: "Interactions answered late: deferred, then completed through the REST API.",
		}),
		deferredFailed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "iaibot_deferred_reply_failures_total",
			Help: "Deferred answers the REST API refused, so the user saw no reply.",
		}),
		reconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "iaibot_gateway_reconnects_total",
			Help: "Gateway connections lost and re-established, by shard.",
		}, []string{"shard"}),
		logins: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "iaibot_gateway_logins_total",
			Help: "Gateway logins (IDENTIFY) sent, by shard; Discord allows 1,000 a day.",
		}, []string{"shard"}),
		invalidated: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "iaibot_gateway_invalid_sessions_total",
			Help: "Gateway sessions Discord invalidated (op 9), each followed by a paced login, by shard.",
		}, []string{"shard"}),
		connected: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "iaibot_gateway_connected",
			Help: "1 while the shard's gateway session is connected, else 0.",
		}, []string{"shard"}),
		restLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "iaibot_rest_rate_limited_total",
			Help: "REST responses with status 429 from Discord.",
		}),
		documents: prometheus.NewGauge(prometheus.GaugeOpts{Name: "iaibot_index_documents", Help: "Documents indexed."}),
		passages:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "iaibot_index_passages", Help: "Passages indexed."}),
		facts:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "iaibot_index_facts", Help: "Facts extracted from the documents."}),
		commands:  commandLabels(),
		redisUpG: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "iaibot_redis_up",
			Help: "1 while the shared state (Redis) answers, 0 while the process decides from its own memory.",
		}),
		redisErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "iaibot_redis_errors_total",
			Help: "Calls to the shared state (Redis) that failed, by what they were for.",
		}, []string{"op"}),
		redisFallbacks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "iaibot_redis_fallbacks_total",
			Help: "Decisions taken from this process's memory because Redis did not answer, by what they were for.",
		}, []string{"op"}),
	}
	m.reg.MustRegister(
		m.interactions, m.latency, m.rejected, m.deferred, m.deferredFailed, m.restLimited,
		m.reconnects, m.logins, m.invalidated, m.connected,
		m.documents, m.passages, m.facts,
		collectors.NewBuildInfoCollector(),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// commandLabels lists the names HandleInteraction reports for interactions
// the bot knows. Anything else is counted as "other": names of unknown
// subcommands come from the request, and must not mint series.
func commandLabels() map[string]bool {
	l := map[string]bool{"ping": true}
	for _, c := range commands {
		l[CommandName+" "+c.def.Name] = true
		if c.autocomplete != nil {
			l["autocomplete "+c.def.Name] = true
		}
	}
	for _, p := range []string{idPage, idSource, idNoop} {
		l["button "+strings.TrimSuffix(strings.TrimPrefix(p, "iai:"), ":")] = true
	}
	l["button unknown"] = true
	return l
}

// Registry is where the metrics are registered, for serving them or
// adding collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// ObserveInteraction records one answered interaction: name and outcome as
// [Bot.HandleInteraction] returns them, d from receipt to answer.
func (m *Metrics) ObserveInteraction(name string, outcome Outcome, d time.Duration) {
	if m == nil {
		return
	}
	if !m.commands[name] {
		name = "other"
	}
	m.interactions.WithLabelValues(name, string(outcome)).Inc()
	m.latency.WithLabelValues(name).Observe(d.Seconds())
}

// GatewayReconnect records a shard's gateway connection re-established
// after a drop.
func (m *Metrics) GatewayReconnect(shard int) {
	if m != nil {
		m.reconnects.WithLabelValues(strconv.Itoa(shard)).Inc()
	}
}

// gatewayShard starts a shard's series at zero, so that a dashboard sees
// the shard before anything happens to it.
func (m *Metrics) gatewayShard(shard int) {
	if m != nil {
		l := strconv.Itoa(shard)
		m.reconnects.WithLabelValues(l)
		m.logins.WithLabelValues(l)
		m.invalidated.WithLabelValues(l)
		m.connected.WithLabelValues(l)
	}
}

func (m *Metrics) login(shard int) {
	if m != nil {
		m.logins.WithLabelValues(strconv.Itoa(shard)).Inc()
	}
}

func (m *Metrics) invalidSession(shard int) {
	if m != nil {
		m.invalidated.WithLabelValues(strconv.Itoa(shard)).Inc()
	}
}

func (m *Metrics) gatewayConnected(shard int, up bool) {
	if m != nil {
		v := 0.0
		if up {
			v = 1
		}
		m.connected.WithLabelValues(strconv.Itoa(shard)).Set(v)
	}
}

// RateLimited records a 429 from Discord's REST API. The transport from
// [NewRESTTransport] calls it; other HTTP clients may too.
func (m *Metrics) RateLimited() {
	if m != nil {
		m.restLimited.Inc()
	}
}

// SetIndexStats publishes the size of the index being served.
func (m *Metrics) SetIndexStats(st index.Stats) {
	if m == nil {
		return
	}
	m.documents.Set(float64(st.Documents))
	m.passages.Set(float64(st.Passages))
	m.facts.Set(float64(st.Facts))
}

// redisRegister adds the Redis metrics, once.
func (m *Metrics) redisRegister() {
	if m == nil {
		return
	}
	m.redisOnce.Do(func() {
		for _, op := range redisOps {
			m.redisErrors.WithLabelValues(op)
			m.redisFallbacks.WithLabelValues(op)
		}
		m.reg.MustRegister(m.redisUpG, m.redisErrors, m.redisFallbacks)
	})
}

func (m *Metrics) redisUp(up bool) {
	if m != nil {
		v := 0.0
		if up {
			v = 1
		}
		m.redisUpG.Set(v)
	}
}

func (m *Metrics) redisError(op string) {
	if m != nil {
		m.redisErrors.WithLabelValues(op).Inc()
	}
}

func (m *Metrics) redisFallback(op string) {
	if m != nil {
		m.redisFallbacks.WithLabelValues(op).Inc()
	}
}

func (m *Metrics) requestRejected(reason string) {
	if m != nil {
		m.rejected.WithLabelValues(reason).Inc()
	}
}

func (m *Metrics) interactionDeferred() {
	if m != nil {
		m.deferred.Inc()
	}
}

func (m *Metrics) deferredReplyFailed() {
	if m != nil {
		m.deferredFailed.Inc()
	}
}
