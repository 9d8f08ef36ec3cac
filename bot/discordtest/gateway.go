package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
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
	pending      []gwEvent // dispatched while no client was live; sent to the next one
	missACKs     int
	identifies   int
	resumes      int
	token        string
	intents      discordgo.Intent
	sessionCount int
}

func (g *gatewayState) init() {
	g.conns = map[*gwConn]bool{}
	g.sessions = map[string]*gwSession{}
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
	id   string
	seq  int64
	sent []gwEvent
	conn *gwConn
}

// maxReplay bounds the events a session keeps for RESUME.
const maxReplay = 1000

// gwEvent is a dispatch (op 0).
type gwEvent struct {
	seq         int64
	t           string
	d           json.RawMessage
	interaction string // id, to start the answer deadline on delivery
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
		}
		if err := json.Unmarshal(p.D, &d); err != nil {
			return fmt.Errorf("identify: %w", err)
		}
		s.gw.identifies++
		s.gw.token, s.gw.intents = d.Token, d.Intents
		s.gw.sessionCount++
		sess := &gwSession{id: fmt.Sprintf("fake-session-%d", s.gw.sessionCount)}
		s.gw.sessions[sess.id] = sess
		ready, _ := json.Marshal(map[string]any{
			"v":                  9,
			"session_id":         sess.id,
			"resume_gateway_url": "ws://" + s.addr + "/gateway",
			"user":               s.botUser(),
			"application":        map[string]any{"id": s.appID, "flags": 0},
			"guilds":             []any{},
			"private_channels":   []any{},
		})
		return s.attachLocked(c, sess, gwEvent{t: "READY", d: ready}, nil)
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
	for len(s.gw.pending) > 0 {
		if err := s.sendLocked(c, s.gw.pending[0]); err != nil {
			return err // the rest waits for the next client
		}
		s.gw.pending = s.gw.pending[1:]
	}
	return nil
}

// dispatchLocked sends an event to every live client, or keeps it for the
// next one: Discord too delivers what a client missed while it reconnected.
func (s *Server) dispatchLocked(e gwEvent) {
	live := s.gw.live()
	if len(live) == 0 {
		s.gw.pending = append(s.gw.pending, e)
		return
	}
	for _, c := range live {
		if err := s.sendLocked(c, e); err != nil && len(live) == 1 {
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

// Identifies counts IDENTIFY payloads received.
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
