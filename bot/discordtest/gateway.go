package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Gateway opcodes the fake speaks.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opReconnect      = 7
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatACK   = 11
)

// gatewayState is the gateway half of Server, guarded by Server.mu.
type gatewayState struct {
	conns        map[*gwConn]bool
	sessions     map[string]*gwSession
	pending      []gwEvent // dispatched while no client of their shard was live; sent to the next one
	missACKs     int
	identifies   int
	resumes      int
	token        string
	intents      discordgo.Intent
	sessionCount int
	logins       []Login
	lastLogin    map[int]time.Time // by bucket: the last login accepted
	rejectUntil  time.Time         // every login before then gets op 9
}

func (g *gatewayState) init() {
	g.conns = map[*gwConn]bool{}
	g.sessions = map[string]*gwSession{}
	g.lastLogin = map[int]time.Time{}
}

func (g *gatewayState) all() []*gwConn {
	out := make([]*gwConn, 0, len(g.conns))
	for c := range g.conns {
		out = append(out, c)
	}
	return out
}

func (g *gatewayState) live() []*gwConn {
	var out []*gwConn
	for c := range g.conns {
		if c.live {
			out = append(out, c)
		}
	}
	return out
}

// gwConn is one websocket. Writes take wmu; callers may hold Server.mu
// first, never the other way round.
type gwConn struct {
	ws    *websocket.Conn
	wmu   sync.Mutex
	sess  *gwSession // set once identified or resumed
	live  bool       // gets dispatches: READY or RESUMED sent, not dropped
	beats int        // heartbeats received
}

// routes reports whether e goes to c: every event when c's session is
// not sharded, else those of its shard.
func (c *gwConn) routes(e gwEvent) bool {
	if c.sess == nil || c.sess.shardCount <= 1 {
		return true
	}
	return ShardOf(e.guild, c.sess.shardCount) == c.sess.shardID
}

// ShardOf is the shard Discord sends a guild's events to when the bot
// runs count shards: (guild_id >> 22) % count. Direct messages, which
// have no guild, go to shard 0.
func ShardOf(guildID string, count int) int {
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil || count <= 1 {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

func (c *gwConn) write(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	// A client that stops reading must not wedge the fake, which writes
	// under its lock.
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

// gwSession is a gateway session: it outlives its socket so that a client
// can resume it, and keeps the events it was sent to replay what the client
// missed.
type gwSession struct {
	id                  string
	shardID, shardCount int // from IDENTIFY; 0, 0 when not sharded
	seq                 int64
	sent                []gwEvent
	conn                *gwConn
}

// maxReplay bounds the events a session keeps for RESUME.
const maxReplay = 1000

// gwEvent is a dispatch (op 0).
type gwEvent struct {
	seq         int64
	t           string
	d           json.RawMessage
	interaction string // id, to start the answer deadline on delivery
	guild       string // routes the event to its shard; "" for DMs
}

type payload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d,omitempty"`
	S  *int64          `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered
	}
	c := &gwConn{ws: ws}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ws.Close()
		return
	}
	s.gw.conns[c] = true
	s.wg.Add(1)
	s.mu.Unlock()
	defer s.wg.Done()
	defer func() {
		ws.Close()
		s.mu.Lock()
		delete(s.gw.conns, c)
		c.live = false
		if c.sess != nil && c.sess.conn == c {
			c.sess.conn = nil
		}
		s.notifyLocked()
		s.mu.Unlock()
	}()

	hello, _ := json.Marshal(map[string]any{"heartbeat_interval": s.cfg.heartbeat.Milliseconds()})
	if c.write(payload{Op: opHello, D: hello}) != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) && (ce.Code == websocket.CloseNormalClosure || ce.Code == websocket.CloseGoingAway) {
				// As on Discord, closing with 1000 or 1001 ends the session:
				// the next connection must identify again.
				s.mu.Lock()
				if c.sess != nil {
					delete(s.gw.sessions, c.sess.id)
				}
				s.mu.Unlock()
			}
			return
		}
		var p payload
		if err := json.Unmarshal(msg, &p); err != nil {
			s.t.Errorf("discordtest: gateway: client sent invalid JSON: %v: %.200s", err, msg)
			return
		}
		if err := s.gatewayOp(c, p); err != nil {
			return
		}
	}
}

// gatewayOp handles one client payload; an error ends the connection.
func (s *Server) gatewayOp(c *gwConn, p payload) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch p.Op {
	case opHeartbeat:
		if c.beats++; c.beats == 1 {
			s.notifyLocked()
		}
		if s.gw.missACKs > 0 {
			s.gw.missACKs--
			return nil
		}
		return c.write(payload{Op: opHeartbeatACK})
	case opIdentify:
		var d struct {
			Token   string           `json:"token"`
			Intents discordgo.Intent `json:"intents"`
			Shard   *[2]int          `json:"shard"`
		}
		if err := json.Unmarshal(p.D, &d); err != nil {
			return fmt.Errorf("identify: %w", err)
		}
		s.gw.identifies++
		login := Login{Time: time.Now()}
		if d.Shard != nil {
			login.Shard, login.ShardCount = d.Shard[0], d.Shard[1]
		}
		if login.ShardCount < 0 || login.Shard < 0 || (login.ShardCount > 0 && login.Shard >= login.ShardCount) {
			// Discord closes with 4010, Invalid shard.
			s.t.Errorf("discordtest: IDENTIFY with shard %d of %d", login.Shard, login.ShardCount)
			c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4010, "Invalid shard."), time.Now().Add(time.Second))
			return errors.New("invalid shard")
		}
		if login.Rejected = s.refuseLoginLocked(login); login.Rejected != "" {
			s.gw.logins = append(s.gw.logins, login)
			s.notifyLocked()
			// Not resumable: the client must wait, then identify afresh.
			return c.write(payload{Op: opInvalidSession, D: json.RawMessage("false")})
		}
		s.gw.logins = append(s.gw.logins, login)
		s.gw.lastLogin[s.bucket(login.Shard)] = login.Time
		s.gw.token, s.gw.intents = d.Token, d.Intents
		s.gw.sessionCount++
		sess := &gwSession{id: fmt.Sprintf("fake-session-%d", s.gw.sessionCount), shardID: login.Shard, shardCount: login.ShardCount}
		s.gw.sessions[sess.id] = sess
		ready := map[string]any{
			"v":                  9,
			"session_id":         sess.id,
			"resume_gateway_url": "ws://" + s.addr + "/gateway",
			"user":               s.botUser(),
			"application":        map[string]any{"id": s.appID, "flags": 0},
			"guilds":             []any{},
			"private_channels":   []any{},
		}
		if d.Shard != nil {
			ready["shard"] = []int{login.Shard, login.ShardCount}
		}
		b, _ := json.Marshal(ready)
		return s.attachLocked(c, sess, gwEvent{t: "READY", d: b}, nil)
	case opResume:
		var d struct {
			SessionID string `json:"session_id"`
			Seq       int64  `json:"seq"`
		}
		if err := json.Unmarshal(p.D, &d); err != nil {
			return fmt.Errorf("resume: %w", err)
		}
		sess := s.gw.sessions[d.SessionID]
		if sess == nil {
			// Not resumable ("d": false): the client identifies anew.
			return c.write(payload{Op: opInvalidSession, D: json.RawMessage("false")})
		}
		if old := sess.conn; old != nil && old != c {
			old.live = false
		}
		var missed []gwEvent
		for _, e := range sess.sent {
			if e.seq > d.Seq {
				missed = append(missed, e)
			}
		}
		s.gw.resumes++
		return s.attachLocked(c, sess, gwEvent{t: "RESUMED", d: json.RawMessage("{}")}, missed)
	}
	return nil // presence, voice and member requests go unanswered
}

// attachLocked makes c the live connection of sess: it replays what the
// client missed, sends READY or RESUMED, then whatever waited for a client.
func (s *Server) attachLocked(c *gwConn, sess *gwSession, first gwEvent, missed []gwEvent) error {
	c.sess, sess.conn = sess, c
	for _, e := range missed {
		if err := s.writeEventLocked(c, e); err != nil {
			return err
		}
	}
	if err := s.sendLocked(c, first); err != nil {
		return err
	}
	c.live = true
	s.notifyLocked()
	var rest []gwEvent
	for n, e := range s.gw.pending {
		if !c.routes(e) {
			rest = append(rest, e)
			continue
		}
		if err := s.sendLocked(c, e); err != nil {
			s.gw.pending = append(rest, s.gw.pending[n:]...) // the rest waits for the next client
			return err
		}
	}
	s.gw.pending = rest
	return nil
}

// dispatchLocked sends an event to every live client of its shard, or
// keeps it for the next one: Discord too delivers what a client missed
// while it reconnected.
func (s *Server) dispatchLocked(e gwEvent) {
	var to []*gwConn
	for _, c := range s.gw.live() {
		if c.routes(e) {
			to = append(to, c)
		}
	}
	if len(to) == 0 {
		s.gw.pending = append(s.gw.pending, e)
		return
	}
	for _, c := range to {
		if err := s.sendLocked(c, e); err != nil && len(to) == 1 {
			s.gw.pending = append(s.gw.pending, e)
		}
	}
}

// sendLocked numbers an event in c's session and writes it. An event that
// could not be written is not numbered, so a RESUME does not expect it.
func (s *Server) sendLocked(c *gwConn, e gwEvent) error {
	sess := c.sess
	e.seq = sess.seq + 1
	if err := s.writeEventLocked(c, e); err != nil {
		c.live = false
		c.ws.Close()
		return err
	}
	sess.seq = e.seq
	sess.sent = append(sess.sent, e)
	if n := len(sess.sent) - maxReplay; n > 0 {
		sess.sent = sess.sent[n:]
	}
	return nil
}

func (s *Server) writeEventLocked(c *gwConn, e gwEvent) error {
	seq := e.seq
	if err := c.write(payload{Op: opDispatch, S: &seq, T: e.t, D: e.d}); err != nil {
		return err
	}
	if st := s.interactions[e.interaction]; st != nil {
		st.delivered = time.Now()
	}
	return nil
}

// WaitReady waits until a client has identified or resumed, gets events,
// and has sent its first heartbeat. discordgo's Open returns before that
// heartbeat; a reconnect (op 7, a dropped socket) that comes first makes the
// heartbeat fail on the old socket and close the new one with 1000, ending
// the session. Wait for readiness before injecting gateway faults.
func (s *Server) WaitReady(ctx context.Context) error {
	return s.waitFor(ctx, "a gateway client to be ready", func() bool {
		for _, c := range s.gw.live() {
			if c.beats > 0 {
				return true
			}
		}
		return false
	})
}

// Login is one IDENTIFY the fake received.
type Login struct {
	Shard, ShardCount int       // as identified; 0 and 0 when not sharded
	Time              time.Time // when it arrived
	Rejected          string    // why it was answered with op 9; "" when accepted
}

// bucket is the login bucket of a shard: Discord lets one shard of each
// bucket log in every pace (5 s).
func (s *Server) bucket(shard int) int { return shard % s.cfg.maxConc }

// refuseLoginLocked says why a login gets op 9, or "" to accept it: one
// that comes too soon after the last in its bucket, as Discord refuses it,
// or any while the test rejects logins.
func (s *Server) refuseLoginLocked(l Login) string {
	if l.Time.Before(s.gw.rejectUntil) {
		return "the test rejects logins"
	}
	last, ok := s.gw.lastLogin[s.bucket(l.Shard)]
	if pace := s.cfg.loginPace; ok && pace > 0 && l.Time.Sub(last) < pace {
		return fmt.Sprintf("%v after the last login of bucket %d; Discord allows one per %v",
			l.Time.Sub(last).Round(time.Millisecond), s.bucket(l.Shard), pace)
	}
	return ""
}

// RejectLogins answers every IDENTIFY with op 9 (invalid session, not
// resumable) for d from now on, as Discord does to a bot that logs in too
// often.
func (s *Server) RejectLogins(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gw.rejectUntil = time.Now().Add(d)
}

// Logins returns every IDENTIFY received, accepted or not, in order.
func (s *Server) Logins() []Login {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Login(nil), s.gw.logins...)
}

// WaitShardReady waits until the client of shard id (of any count) has
// identified or resumed, gets events, and has sent its first heartbeat;
// see [Server.WaitReady].
func (s *Server) WaitShardReady(ctx context.Context, id int) error {
	return s.waitFor(ctx, fmt.Sprintf("shard %d to be ready", id), func() bool {
		for _, c := range s.gw.live() {
			if c.beats > 0 && c.sess.shardID == id {
				return true
			}
		}
		return false
	})
}

// Identifies counts IDENTIFY payloads received, rejected ones included.
func (s *Server) Identifies() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gw.identifies
}

// Resumes counts accepted RESUME payloads.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gw.resumes
}

// Identified returns the token and intents of the last IDENTIFY.
func (s *Server) Identified() (token string, intents discordgo.Intent) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gw.token, s.gw.intents
}

// DropConnections closes every gateway socket abruptly, without a close
// frame, as a network failure would. The sessions survive, so the client
// resumes; events dispatched meanwhile reach it then.
func (s *Server) DropConnections() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.gw.conns {
		c.live = false
		c.ws.Close()
	}
	s.notifyLocked()
}

// SendReconnect asks every live client to reconnect (op 7); discordgo
// closes with 1012 and resumes.
func (s *Server) SendReconnect() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.gw.live() {
		c.live = false // what follows waits for the resumed connection
		c.write(payload{Op: opReconnect, D: json.RawMessage("null")})
	}
	s.notifyLocked()
}

// MissHeartbeatACKs leaves the next n heartbeats unanswered. discordgo
// gives up on a connection after five intervals without an ACK, closes it
// with 1000 (which ends the session) and identifies again.
func (s *Server) MissHeartbeatACKs(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gw.missACKs = n
}
