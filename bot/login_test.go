package bot

import (
	"context"
	"crypto/x509"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/iaibot/iaibot/bot/discordtest"
)

// loginSlack allows for the time between the bot taking a login slot and
// the fake reading the IDENTIFY.
const loginSlack = 100 * time.Millisecond

// TestLiveNeverLogsInInALoop: Discord answers every login with op 9 for
// 30 s. discordgo alone would log in again at once, thousands of times a
// second; the bot pauses 1–5 s after each op 9 and keeps the 5 s pace,
// so at most seven logins reach Discord, and it comes online once Discord
// lets it.
func TestLiveNeverLogsInInALoop(t *testing.T) {
	t.Parallel()
	const refusing = 30 * time.Second
	m := NewMetrics()
	var refusedFrom time.Time
	h := startLive(t, liveSetup{
		fakeStarted: func(s *discordtest.Server) {
			refusedFrom = time.Now()
			s.RejectLogins(refusing)
		},
		options:     func(o *LiveOptions) { o.Metrics = m },
		readyWithin: refusing + 20*time.Second,
	})
	var refused, accepted []discordtest.Login
	for _, l := range h.s.Logins() {
		if l.Rejected != "" {
			refused = append(refused, l)
		} else {
			accepted = append(accepted, l)
		}
	}
	t.Logf("%d logins refused in %v, then %d accepted", len(refused), refusing, len(accepted))
	if max := int(refusing/LoginInterval) + 1; len(refused) > max || len(refused) < 3 {
		t.Errorf("%d logins while Discord refused them for %v; want between 3 and %d", len(refused), refusing, max)
	}
	if len(accepted) != 1 || accepted[0].Time.Before(refusedFrom.Add(refusing)) {
		t.Errorf("accepted logins %+v; want one, once Discord stopped refusing", accepted)
	}
	logins := h.s.Logins()
	for n := 1; n < len(logins); n++ {
		if gap := logins[n].Time.Sub(logins[n-1].Time); gap < LoginInterval-loginSlack {
			t.Errorf("login %d came %v after the one before; the pace is %v", n, gap, LoginInterval)
		}
	}
	if got := testutil.ToFloat64(m.invalidated.WithLabelValues("0")); int(got) != len(refused) {
		t.Errorf("iaibot_gateway_invalid_sessions_total = %v, want %d", got, len(refused))
	}
	if got := testutil.ToFloat64(m.logins.WithLabelValues("0")); int(got) != len(logins) {
		t.Errorf("iaibot_gateway_logins_total = %v, want %d", got, len(logins))
	}
	if got := len(h.logs.find("Discord invalidated the gateway session (op 9); logging in again after a pause", nil)); got != len(refused) {
		t.Errorf("%d op 9 warnings logged, want %d", got, len(refused))
	}
	_, r := h.callback(t, h.s.Slash("/iai help"))
	if r.CallbackType() != discordgo.InteractionResponseChannelMessageWithSource {
		t.Errorf("no answer once online: callback type %d", r.CallbackType())
	}
}

// shardSet is one process's shards of a bot, each a Live, against one
// fake Discord.
type shardSet struct {
	logs  *liveLogs
	lives map[int]*Live
	stops map[int]func()
}

// startShards runs the given shards of count, sharing pacer, and waits
// until each is online.
func startShards(t *testing.T, s *discordtest.Server, count int, ids []int, pacer *LoginPacer, m *Metrics) *shardSet {
	t.Helper()
	set := &shardSet{logs: newLiveLogs(t), lives: map[int]*Live{}, stops: map[int]func(){}}
	cfg, err := Settings{Token: liveToken, APIURL: s.URL()}.Config()
	if err != nil {
		t.Fatal(err)
	}
	b := mustSeedBot(t)
	for _, id := range ids {
		l, err := NewLive(cfg, b, LiveOptions{Logger: set.logs.logger(), Metrics: m, Shard: Shard{id, count}, Pacer: pacer})
		if err != nil {
			t.Fatal(err)
		}
		set.lives[id] = l
		set.stops[id] = runUntilStopped(t, l)
	}
	for _, id := range ids {
		ctx, cancel := context.WithTimeout(t.Context(), time.Duration(len(ids)+2)*LoginInterval)
		err := s.WaitShardReady(ctx, id)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
	}
	return set
}

// runUntilStopped runs l; the function it returns, which Cleanup also
// calls, stops it and waits.
func runUntilStopped(t *testing.T, l *Live) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- l.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(30 * time.Second):
				t.Errorf("Run did not return within 30 s of cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// checkPace fails t if two accepted logins of one bucket came closer
// than Discord's pace, or if any login was refused.
func checkPace(t *testing.T, logins []discordtest.Login, maxConcurrency int) {
	t.Helper()
	last := map[int]time.Time{}
	for _, l := range logins {
		if l.Rejected != "" {
			t.Errorf("shard %d's login was refused: %s", l.Shard, l.Rejected)
			continue
		}
		b := l.Shard % maxConcurrency
		if prev, ok := last[b]; ok && l.Time.Sub(prev) < LoginInterval-loginSlack {
			t.Errorf("shard %d logged in %v after the last login of bucket %d", l.Shard, l.Time.Sub(prev), b)
		}
		last[b] = l.Time
	}
}

// TestLiveShardsLogInInPaceAndGetTheirGuilds runs four shards in one
// process, as IAI_SHARDS=0-3 does, against a gateway whose
// max_concurrency is 2: two log in at once, the other two 5 s later, none
// is refused, only shard 0 registers /iai, and each answers the guilds
// Discord routes to it, shard 0 the direct messages too.
func TestLiveShardsLogInInPaceAndGetTheirGuilds(t *testing.T) {
	t.Parallel()
	const count, maxConcurrency = 4, 2
	s := discordtest.New(t, discordtest.WithShards(count, maxConcurrency))
	m := NewMetrics()
	set := startShards(t, s, count, []int{0, 1, 2, 3}, NewLoginPacer(maxConcurrency, nil), m)

	logins := s.Logins()
	if len(logins) != count {
		t.Errorf("%d logins, want %d", len(logins), count)
	}
	checkPace(t, logins, maxConcurrency)
	if _, err := s.WaitRequest(t.Context(), isCommandsPut); err != nil {
		t.Fatal(err)
	}
	puts := 0
	for _, r := range s.Requests() {
		if isCommandsPut(r) {
			puts++
		}
	}
	if puts != 1 {
		t.Errorf("/iai registered %d times, want once, by shard 0", puts)
	}

	// Two guilds per shard, one DM.
	want := map[string]string{} // interaction -> shard that must answer
	for g := range 2 * count {
		guild := fmt.Sprint(uint64(1300000000+g) << 22)
		id := s.DispatchInteraction(s.Slash("/iai help").InGuild(guild))
		want[id] = fmt.Sprint(discordtest.ShardOf(guild, count))
	}
	want[s.DispatchInteraction(s.Slash("/iai help").InDM())] = "0"
	for id, shard := range want {
		if _, err := s.WaitCallback(t.Context(), id); err != nil {
			t.Fatal(err)
		}
		set.logs.waitFor(t, 1, "interaction", map[string]string{"interaction": id})
		recs := set.logs.find("interaction", map[string]string{"interaction": id})
		if len(recs) != 1 || recs[0].attrs["shard"] != shard {
			t.Errorf("interaction %s answered by %v, want shard %s alone", id, recs, shard)
		}
	}
	for id := range count {
		if got := testutil.ToFloat64(m.connected.WithLabelValues(fmt.Sprint(id))); got != 1 {
			t.Errorf("iaibot_gateway_connected{shard=%d} = %v, want 1", id, got)
		}
	}
	for id, l := range set.lives {
		if err := l.Ready(); err != nil {
			t.Errorf("shard %d not ready: %v", id, err)
		}
	}
}

// TestLiveWaitsForItsSlotAfterARestart: a shard stopped right after it
// logged in and started again in the same process waits for its bucket's
// slot rather than being refused.
func TestLiveWaitsForItsSlotAfterARestart(t *testing.T) {
	t.Parallel()
	s := discordtest.New(t, discordtest.WithShards(2, 1))
	pacer := NewLoginPacer(1, nil)
	first := startShards(t, s, 2, []int{1}, pacer, nil)
	first.stops[1]()
	startShards(t, s, 2, []int{1}, pacer, nil)
	logins := s.Logins()
	if len(logins) != 2 {
		t.Fatalf("%d logins, want 2", len(logins))
	}
	checkPace(t, logins, 1)
}

// TestLiveSessionLostLogsInAgainInPace: when discordgo gives up on a
// connection (here: missed heartbeat ACKs) it closes with 1000, which
// ends the session; its RESUME gets op 9, and it logs in again after a
// pause, in pace, and is not refused.
//
// discordgo reads its last ACK's time before a held IDENTIFY and checks
// it after, so a hold longer than five heartbeat intervals (206 s on
// Discord) makes it drop the new connection too: the interval here is
// long enough for the pause after op 9.
func TestLiveSessionLostLogsInAgainInPace(t *testing.T) {
	t.Parallel()
	const beat = 1500 * time.Millisecond
	h := startLive(t, liveSetup{fake: []discordtest.Option{discordtest.WithHeartbeatInterval(beat)}})
	h.s.MissHeartbeatACKs(6)
	deadline := time.Now().Add(10*beat + maxInvalidPause)
	for len(h.s.Logins()) < 2 {
		if time.Now().After(deadline) {
			t.Fatal("no second login after the session was lost")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := h.s.WaitReady(t.Context()); err != nil {
		t.Fatal(err)
	}
	h.callback(t, h.s.Slash("/iai help"))
	checkPace(t, h.s.Logins(), 1)
}

// TestGatedConnScansFrames checks the frame reader on frames as a client
// writes them: masked, with 7-bit, 16-bit and 64-bit lengths, whole or
// with the payload in a later write.
func TestGatedConnScansFrames(t *testing.T) {
	frame := func(opcode byte, fin bool, payload string) []byte {
		b0 := opcode
		if fin {
			b0 |= 0x80
		}
		p := []byte(payload)
		var h []byte
		switch n := len(p); {
		case n < 126:
			h = []byte{b0, 0x80 | byte(n)}
		case n < 1<<16:
			h = []byte{b0, 0x80 | 126, byte(n >> 8), byte(n)}
		default:
			h = []byte{b0, 0x80 | 127, 0, 0, 0, 0, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}
		}
		mask := []byte{0x12, 0x34, 0x56, 0x78}
		h = append(h, mask...)
		for i := range p {
			p[i] ^= mask[i%4]
		}
		return append(h, p...)
	}
	identify := `{"op":2,"d":{"token":"x"}}`
	long := `{"op":2,"d":{"token":"` + strings.Repeat("x", 300) + `"}}`
	for _, tt := range []struct {
		name   string
		writes [][]byte
		want   []bool // identify, per write
		frames int
	}{
		{"identify", [][]byte{frame(wsText, true, identify)}, []bool{true}, 1},
		{"16-bit length", [][]byte{frame(wsText, true, long)}, []bool{true}, 1},
		{"heartbeat then identify", [][]byte{frame(wsText, true, `{"op":1,"d":null}`), frame(wsText, true, identify)}, []bool{false, true}, 2},
		{"resume", [][]byte{frame(wsText, true, `{"op":6,"d":{}}`)}, []bool{false}, 1},
		{"close frame", [][]byte{frame(8, true, "\x03\xe8")}, []bool{false}, 0},
		{"fragment", [][]byte{frame(wsText, false, identify)}, []bool{false}, 1},
		{"identify cut short", func() [][]byte {
			f := frame(wsText, true, long)
			return [][]byte{f[:20], f[20:]}
		}(), []bool{true, false}, 1},
		{"payload in a later write", func() [][]byte {
			f := frame(wsText, true, strings.Repeat(" ", 200)+identify)
			return [][]byte{f[:8], f[8:], frame(wsText, true, identify)}
		}(), []bool{false, false, true}, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := &gatedConn{}
			for n, w := range tt.writes {
				if got := c.scan(w); got != tt.want[n] {
					t.Errorf("write %d: identify = %v, want %v", n, got, tt.want[n])
				}
			}
			if c.frames != tt.frames || c.lost {
				t.Errorf("frames %d, lost %v; want %d, false", c.frames, c.lost, tt.frames)
			}
		})
	}
}

// TestGateHoldsIdentifyOverTLS: Discord's gateway is wss://, so the gate
// does TLS itself and reads frames above it: over a TLS socket, a login
// waits for its slot like any other.
func TestGateHoldsIdentifyOverTLS(t *testing.T) {
	t.Parallel()
	got := make(chan []byte, 4)
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ws, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer ws.Close()
		ws.WriteJSON(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}})
		for {
			_, msg, err := ws.ReadMessage()
			if err != nil {
				return
			}
			got <- msg
		}
	}))
	defer srv.Close()
	m := NewMetrics()
	pacer := NewLoginPacer(1, nil)
	g := newLoginGate(0, pacer, slog.New(slog.DiscardHandler), m)
	g.rootCAs = x509.NewCertPool()
	g.rootCAs.AddCert(srv.Certificate())
	g.setContext(t.Context())

	login := func() time.Time {
		ws, _, err := g.dialer().Dial("wss"+strings.TrimPrefix(srv.URL, "https"), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ws.Close()
		var hello map[string]any
		if err := ws.ReadJSON(&hello); err != nil {
			t.Fatal(err)
		}
		if err := ws.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": "x"}}); err != nil {
			t.Fatal(err)
		}
		select {
		case msg := <-got:
			if !strings.Contains(string(msg), `"op":2`) {
				t.Fatalf("server got %s", msg)
			}
		case <-time.After(2 * LoginInterval):
			t.Fatal("the IDENTIFY never arrived")
		}
		return time.Now()
	}
	first := login()
	second := login()
	if gap := second.Sub(first); gap < LoginInterval {
		t.Errorf("two logins over TLS %v apart; the pace is %v", gap, LoginInterval)
	}
	if n := testutil.ToFloat64(m.logins.WithLabelValues("0")); n != 2 {
		t.Errorf("%v logins counted, want 2", n)
	}
}
