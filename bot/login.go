package bot

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// This file paces gateway logins. Discord lets each bucket of shards
// (shard_id % max_concurrency) log in (IDENTIFY) once every 5 s, across
// every process of the bot; a login that breaks the pace gets op 9,
// invalid session, and 1,000 logins a day reset the token. discordgo
// v0.29 identifies again the moment op 9 arrives, so against a gateway
// that keeps refusing it would log in thousands of times a second. It has
// no hook for this, so the pace is kept where it cannot be bypassed: on
// the socket, where every IDENTIFY frame waits for its turn before it is
// written.

// LoginInterval is how often Discord lets one bucket of shards log in.
const LoginInterval = 5 * time.Second

// loginMargin is added to LoginInterval: Discord times logins as they
// reach it, and two shards' logins can take different paths there.
const loginMargin = 250 * time.Millisecond

// Pauses after op 9: Discord asks for a random wait of 1 to 5 s before
// logging in again, so that shards refused together do not retry
// together.
const (
	minInvalidPause = time.Second
	maxInvalidPause = 5 * time.Second
)

// Small waits: a login slot that took longer than slotWaitLogged to get
// is logged; a slot held elsewhere is asked for again after at least
// slotRetry, even when its holder's time seems to have run out.
const (
	slotWaitLogged = 10 * time.Millisecond
	slotRetry      = 10 * time.Millisecond
)

// LoginPacer hands out login slots: one per bucket every [LoginInterval].
// With a [Shared] store the slots are shared by every process using it,
// so a process restarted right after a crash waits for the slot its
// predecessor took; without one, or while the store is unreachable, by
// the shards of this process alone.
type LoginPacer struct {
	maxConcurrency int
	shared         *Shared
	interval       time.Duration
	mu             sync.Mutex
	next           map[int]time.Time // by bucket: when this process may next log in
}

// NewLoginPacer paces logins for a bot whose GET /gateway/bot says
// maxConcurrency (1 if less), sharing the slots through shared if it is
// not nil.
func NewLoginPacer(maxConcurrency int, shared *Shared) *LoginPacer {
	return &LoginPacer{
		maxConcurrency: max(1, maxConcurrency),
		shared:         shared,
		interval:       LoginInterval + loginMargin,
		next:           map[int]time.Time{},
	}
}

// Bucket is the login bucket of a shard.
func (p *LoginPacer) Bucket(shard int) int { return shard % p.maxConcurrency }

// Wait blocks until shard may log in and takes the slot; waited is how
// long that took. It fails only when ctx ends.
func (p *LoginPacer) Wait(ctx context.Context, shard int) (waited time.Duration, err error) {
	start := time.Now()
	bucket := p.Bucket(shard)
	for {
		// The slot is claimed, never released: it expires when the pace
		// allows the next login.
		claimed, wait, done := p.shared.claim(ctx, "login", loginKey(bucket), p.interval)
		now := time.Now()
		switch {
		case !done: // no store, or it is down: this process's own slots
			wait = p.takeLocal(bucket, now)
		case claimed:
			p.restartLocal(bucket, now)
		default:
			wait = max(wait, slotRetry)
		}
		if wait <= 0 {
			return time.Since(start), nil
		}
		if err := sleep(ctx, wait); err != nil {
			return time.Since(start), err
		}
	}
}

// takeLocal takes bucket's slot at now if it is free, else says how long
// until it is.
func (p *LoginPacer) takeLocal(bucket int, now time.Time) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	if next := p.next[bucket]; now.Before(next) {
		return next.Sub(now)
	}
	p.next[bucket] = now.Add(p.interval)
	return 0
}

// Restart starts shard's slot again from now, when its IDENTIFY is
// written: a slot taken before dialling began a little earlier than the
// login it was for.
func (p *LoginPacer) Restart(ctx context.Context, shard int) {
	bucket := p.Bucket(shard)
	p.shared.mark(ctx, "login", loginKey(bucket), p.interval)
	p.restartLocal(bucket, time.Now())
}

func (p *LoginPacer) restartLocal(bucket int, now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.next[bucket] = now.Add(p.interval)
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// loginGate holds every IDENTIFY one shard's session writes until the
// pacer gives it a slot, and pauses first after op 9.
type loginGate struct {
	shard   int
	pacer   *LoginPacer
	log     *slog.Logger
	metrics *Metrics
	pause   func() time.Duration // after op 9; random in [1 s, 5 s)

	rootCAs *x509.CertPool // nil: the system's; tests trust their own server

	mu      sync.Mutex
	ctx     context.Context // ends waits at shutdown; set by Live.Run
	claimed time.Time       // a slot taken before dialling, for the login that follows
}

func newLoginGate(shard int, pacer *LoginPacer, log *slog.Logger, m *Metrics) *loginGate {
	return &loginGate{
		shard: shard, pacer: pacer, log: log, metrics: m,
		pause: func() time.Duration {
			return minInvalidPause + rand.N(maxInvalidPause-minInvalidPause)
		},
		ctx: context.Background(),
	}
}

func (g *loginGate) setContext(ctx context.Context) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.ctx = ctx
}

func (g *loginGate) context() context.Context {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.ctx
}

// claim takes a slot before the session dials, so that a shard waiting
// for its turn holds no idle socket, which Discord would close for want
// of heartbeats.
func (g *loginGate) claim(ctx context.Context) error {
	waited, err := g.pacer.Wait(ctx, g.shard)
	if err != nil {
		return err
	}
	g.mu.Lock()
	g.claimed = time.Now()
	g.mu.Unlock()
	if waited > slotWaitLogged {
		g.log.Info("waited for a login slot", "waited", waited.Round(time.Millisecond), "bucket", g.pacer.Bucket(g.shard))
	}
	return nil
}

// takeClaim reports whether a slot claimed before dialling is still
// good, and uses it up.
func (g *loginGate) takeClaim() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	fresh := !g.claimed.IsZero() && time.Since(g.claimed) < g.pacer.interval
	g.claimed = time.Time{}
	return fresh
}

// beforeIdentify blocks an IDENTIFY until it may go. afterInvalid says
// the session sent something else on this socket first, which for
// discordgo means Discord answered it with op 9.
func (g *loginGate) beforeIdentify(afterInvalid bool) error {
	ctx := g.context()
	if afterInvalid {
		pause := g.pause()
		g.metrics.invalidSession(g.shard)
		g.log.Warn("Discord invalidated the gateway session (op 9); logging in again after a pause", "pause", pause.Round(time.Millisecond))
		if err := sleep(ctx, pause); err != nil {
			return err
		}
	}
	if !afterInvalid && g.takeClaim() {
		g.pacer.Restart(ctx, g.shard)
	} else {
		waited, err := g.pacer.Wait(ctx, g.shard)
		if err != nil {
			return err
		}
		if waited > slotWaitLogged {
			g.log.Info("waited for a login slot", "waited", waited.Round(time.Millisecond), "bucket", g.pacer.Bucket(g.shard))
		}
	}
	g.metrics.login(g.shard)
	return nil
}

// dialer is a websocket dialer whose connections pass through the gate.
// It does TLS itself, so that the gate sees frames rather than
// ciphertext, and so connects directly, without an HTTP proxy.
func (g *loginGate) dialer() *websocket.Dialer {
	var nd net.Dialer
	return &websocket.Dialer{
		HandshakeTimeout: 45 * time.Second, // as websocket.DefaultDialer
		NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := nd.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return &gatedConn{Conn: c, gate: g}, nil
		},
		NetDialTLSContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return nil, err
			}
			c, err := nd.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			tc := tls.Client(c, &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12, RootCAs: g.rootCAs})
			if err := tc.HandshakeContext(ctx); err != nil {
				c.Close()
				return nil, err
			}
			return &gatedConn{Conn: tc, gate: g}, nil
		},
	}
}

// gatedConn is a client websocket connection whose IDENTIFY frames wait
// for the gate. It follows the frames the client writes once the server
// has answered the HTTP upgrade: gorilla writes each frame's header in
// one Write, and small frames whole.
type gatedConn struct {
	net.Conn
	gate     *loginGate
	upgraded atomic.Bool // the server has answered; what the client writes now is frames
	frames   int         // data frames written
	rest     int64       // bytes of the current frame's payload still to come
	lost     bool        // a header was split across writes: frames can no longer be told apart
}

// Read notes that the server has answered the upgrade request: a client
// sends nothing more until it has read the answer.
func (c *gatedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.upgraded.Store(true)
	}
	return n, err
}

// Write holds p while it starts an IDENTIFY the gate does not yet allow.
func (c *gatedConn) Write(p []byte) (int, error) {
	if !c.upgraded.Load() {
		return c.Conn.Write(p) // the HTTP upgrade request
	}
	before := c.frames
	if identify := c.scan(p); identify {
		if err := c.gate.beforeIdentify(before > 0); err != nil {
			return 0, fmt.Errorf("login: %w", err)
		}
	}
	return c.Conn.Write(p)
}

// Websocket frame opcodes, and the gateway's IDENTIFY.
const (
	wsText            = 1
	wsBinary          = 2
	gatewayOpIdentify = 2
)

// scan follows the frames in p and reports whether one is a whole text
// frame holding a gateway payload with op 2, IDENTIFY.
func (c *gatedConn) scan(p []byte) (identify bool) {
	for len(p) > 0 && !c.lost {
		if c.rest > 0 {
			n := min(c.rest, int64(len(p)))
			c.rest -= n
			p = p[n:]
			continue
		}
		h, ok := parseClientFrame(p)
		if !ok {
			c.lost = true
			break
		}
		if h.opcode == wsText || h.opcode == wsBinary {
			c.frames++
		}
		body := p[h.size:]
		if int64(len(body)) > h.length {
			body = body[:h.length]
		}
		if h.opcode == wsText && h.fin && isIdentify(body, h.length, h.mask) {
			identify = true
		}
		c.rest = h.length - int64(len(body))
		p = p[h.size+len(body):]
	}
	return identify
}

// clientFrame is a websocket frame header as a client writes it.
type clientFrame struct {
	fin    bool
	opcode byte
	size   int   // of the header
	length int64 // of the payload
	mask   [4]byte
}

func parseClientFrame(p []byte) (clientFrame, bool) {
	if len(p) < 2 {
		return clientFrame{}, false
	}
	f := clientFrame{fin: p[0]&0x80 != 0, opcode: p[0] & 0x0f, size: 2}
	masked := p[1]&0x80 != 0
	switch n := p[1] & 0x7f; n {
	case 126:
		if len(p) < 4 {
			return f, false
		}
		f.length, f.size = int64(binary.BigEndian.Uint16(p[2:])), 4
	case 127:
		if len(p) < 10 {
			return f, false
		}
		f.length, f.size = int64(binary.BigEndian.Uint64(p[2:])), 10
	default:
		f.length = int64(n)
	}
	if masked {
		if len(p) < f.size+4 {
			return f, false
		}
		copy(f.mask[:], p[f.size:])
		f.size += 4
	}
	return f, f.length >= 0
}

// maxPeek bounds the payloads unmasked to read their op: an IDENTIFY is
// a few hundred bytes.
const maxPeek = 16 << 10

// isIdentify reports whether a masked text payload, of which body is the
// start, is a gateway IDENTIFY. A payload cut short is judged by how
// discordgo starts one: {"op":2,
func isIdentify(body []byte, length int64, mask [4]byte) bool {
	if len(body) > maxPeek {
		body = body[:maxPeek]
	}
	plain := make([]byte, len(body))
	for i, b := range body {
		plain[i] = b ^ mask[i%4]
	}
	if int64(len(plain)) < length {
		return bytes.HasPrefix(plain, []byte(`{"op":2,`))
	}
	var v struct {
		Op *int `json:"op"`
	}
	return json.Unmarshal(plain, &v) == nil && v.Op != nil && *v.Op == gatewayOpIdentify
}
