package discordtest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Server is a fake Discord. Its methods are safe for concurrent use.
type Server struct {
	t    testing.TB
	cfg  config
	http *httptest.Server
	addr string // 127.0.0.1:PORT
	tr   *http.Transport
	wg   sync.WaitGroup // gateway connections, which httptest does not wait for

	// Fixed identities, so a test can refer to them.
	appID, botID, guildID, channelID, userID string

	mu           sync.Mutex
	changed      chan struct{} // closed and replaced whenever anything below changes
	closed       bool
	nextID       int64
	requests     []Request
	faults       []*fault
	latency      time.Duration
	interactions map[string]*interactionState          // by id
	tokens       map[string]*interactionState          // by token
	commands     map[string]json.RawMessage            // by guild id, "" for global: the last overwrite as answered
	commandIDs   map[string]string                     // guild/type/name -> id, kept across overwrites as Discord does
	cursors      map[string]int                        // how many matches each consuming Wait has returned
	channelGuild map[string]string                     // guild of each channel events named
	posted       map[string]map[string]json.RawMessage // messages the bot created, by id, for replies to them
	gw           gatewayState
}

// config holds what Options set.
type config struct {
	heartbeat     time.Duration // HELLO's heartbeat_interval; default 41.25 s as Discord sends
	deadline      time.Duration // time to answer an interaction; default 3 s, 0 for none
	allowProtocol bool          // answer protocol misuse as Discord does, without failing the test
	botName       string        // the bot user's username; default "iaibot"
	shards        int           // the shard count GET /gateway/bot recommends; default 1
	maxConc       int           // max_concurrency: login buckets; default 1
	loginPace     time.Duration // one login per bucket this often; default 5 s, 0 for no limit
	attachLimit   int64         // attachment_size_limit sent with interactions; default DefaultAttachmentSizeLimit
}

// Option configures a Server.
type Option func(*config)

// WithHeartbeatInterval sets the heartbeat interval HELLO announces (default
// 41.25 s, Discord's). Only tests of heartbeat handling want a short one:
// discordgo v0.29.0's heartbeat goroutine races its own reconnect (after op
// 7 or a dropped socket): a beat that hits the old socket fails, and the
// goroutine then closes the new one with 1000, which ends the session and
// loses the events in flight. A short interval makes that likely.
func WithHeartbeatInterval(d time.Duration) Option {
	return func(c *config) { c.heartbeat = d }
}

// WithInteractionDeadline sets how long after delivery an interaction can
// still be answered (default 3 s, Discord's; 0 disables the check). A late
// callback gets Discord's 404 "Unknown interaction".
func WithInteractionDeadline(d time.Duration) Option {
	return func(c *config) { c.deadline = d }
}

// AllowProtocolErrors makes the fake answer misuse (an unknown or expired
// interaction, a second acknowledgement, an edit before any response) with
// Discord's error but without failing the test, for tests of how the bot
// copes. Invalid bodies always fail the test.
func AllowProtocolErrors() Option {
	return func(c *config) { c.allowProtocol = true }
}

// WithBotName sets the bot user's username (default "iaibot").
func WithBotName(name string) Option {
	return func(c *config) { c.botName = name }
}

// WithShards makes GET /gateway/bot recommend shards shards and advertise
// maxConcurrency login buckets (default 1 and 1). Whatever it
// recommends, each client gets the events of the shard it identified as,
// (guild_id >> 22) % shard_count, and direct messages go to shard 0.
func WithShards(shards, maxConcurrency int) Option {
	return func(c *config) { c.shards, c.maxConc = shards, maxConcurrency }
}

// WithLoginPace sets how often each login bucket (shard_id %
// max_concurrency) may log in (default 5 s, Discord's); an IDENTIFY that
// comes sooner is answered with op 9, invalid session. 0 lets every login
// through, for tests of a raw discordgo session, which identifies again at
// once after op 9 and would loop.
func WithLoginPace(d time.Duration) Option {
	return func(c *config) { c.loginPace = d }
}

// WithAttachmentSizeLimit sets the attachment_size_limit, in bytes, that
// interactions carry (default [DefaultAttachmentSizeLimit]). A file over
// it is refused with 413 and code 40005, as Discord refuses it; so is one
// over the default in a channel message.
func WithAttachmentSizeLimit(n int64) Option {
	return func(c *config) { c.attachLimit = n }
}

// New starts a fake Discord on 127.0.0.1; t.Cleanup stops it. Close the
// discordgo session first (defer it, or register its Cleanup after New).
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	cfg := config{
		heartbeat:   41250 * time.Millisecond,
		deadline:    3 * time.Second,
		botName:     "iaibot",
		shards:      1,
		maxConc:     1,
		loginPace:   5 * time.Second,
		attachLimit: DefaultAttachmentSizeLimit,
	}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.shards < 1 || cfg.maxConc < 1 {
		t.Fatalf("discordtest: %d shards, max_concurrency %d; both must be at least 1", cfg.shards, cfg.maxConc)
	}
	if cfg.heartbeat < time.Millisecond {
		// discordgo builds a ticker from it, which panics on zero.
		t.Fatalf("discordtest: heartbeat interval %v is under a millisecond", cfg.heartbeat)
	}
	if _, err := loadSchemas(); err != nil {
		t.Fatalf("discordtest: %v", err)
	}
	s := &Server{
		t:            t,
		cfg:          cfg,
		changed:      make(chan struct{}),
		nextID:       firstID,
		interactions: map[string]*interactionState{},
		tokens:       map[string]*interactionState{},
		commands:     map[string]json.RawMessage{},
		commandIDs:   map[string]string{},
		cursors:      map[string]int{},
		channelGuild: map[string]string{},
		posted:       map[string]map[string]json.RawMessage{},
	}
	s.gw.init()
	s.appID, s.botID, s.guildID, s.channelID, s.userID = s.newID(), s.newID(), s.newID(), s.newID(), s.newID()

	s.http = httptest.NewServer(http.HandlerFunc(s.serveHTTP)) // on 127.0.0.1
	s.addr = s.http.Listener.Addr().String()
	s.tr = &http.Transport{}
	t.Cleanup(s.close)
	return s
}

// firstID is the first snowflake handed out: 2025-01-01T00:00:00Z after
// Discord's epoch, shifted as snowflakes are, so ids look real and repeat
// from run to run.
const firstID = (1735689600000 - 1420070400000) << 22

func (s *Server) newID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newIDLocked()
}

func (s *Server) newIDLocked() string {
	s.nextID++
	return fmt.Sprint(s.nextID)
}

func (s *Server) close() {
	s.mu.Lock()
	s.closed = true
	live := len(s.gw.live())
	conns := s.gw.all()
	s.notifyLocked()
	s.mu.Unlock()
	if live > 0 {
		s.t.Logf("discordtest: a gateway client was still connected at cleanup; close the discordgo session before the test ends")
	}
	for _, c := range conns {
		c.ws.Close()
	}
	s.wg.Wait()
	s.http.Close()
	s.tr.CloseIdleConnections()
}

// URL is the fake's base URL, "http://127.0.0.1:PORT".
func (s *Server) URL() string { return "http://" + s.addr }

// AppID is the application's id, as READY reports it.
func (s *Server) AppID() string { return s.appID }

// BotUserID is the bot user's id, as READY reports it.
func (s *Server) BotUserID() string { return s.botID }

// GuildID is the guild events happen in unless a test says otherwise.
func (s *Server) GuildID() string { return s.guildID }

// ChannelID is the channel events happen in unless a test says otherwise.
func (s *Server) ChannelID() string { return s.channelID }

// UserID is the user who acts in events unless a test says otherwise.
func (s *Server) UserID() string { return s.userID }

// Transport sends every request to the fake, whatever host its URL names.
// It keeps the request's Host (discord.com), as a proxy would.
func (s *Server) Transport() http.RoundTripper { return rewriteTransport{s.addr, s.tr} }

// rewriteTransport is the RoundTripper [Server.Transport] returns.
type rewriteTransport struct {
	addr string
	base http.RoundTripper
}

// RoundTrip redirects a clone, never r itself: the http.RoundTripper
// contract forbids changing the caller's request.
func (t rewriteTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme = "http"
	r.URL.Host = t.addr
	return t.base.RoundTrip(r)
}

// Request is one REST call the fake answered.
type Request struct {
	Method        string
	Path          string // as sent, e.g. /api/v9/interactions/{id}/{token}/callback
	RawQuery      string
	Header        http.Header
	Body          []byte
	Status        int       // the fake's answer
	InteractionID string    // the interaction a callback or webhook call belongs to, if known
	MessageID     string    // the id the fake gave a message the call created
	Err           error     // why the fake rejected the call, if it did
	Time          time.Time // when it arrived
	route         route
}

// JSON is the body, or a multipart body's payload_json part.
func (r Request) JSON() []byte {
	if b, err := readBody(r.Header.Get("Content-Type"), r.Body); err == nil {
		return b.json
	}
	return r.Body
}

// Files returns the files a multipart body carried, in the order sent;
// none for a JSON body.
func (r Request) Files() []File {
	b, _ := readBody(r.Header.Get("Content-Type"), r.Body)
	return b.files
}

// Decode unmarshals the JSON body into v.
func (r Request) Decode(v any) error {
	if err := json.Unmarshal(r.JSON(), v); err != nil {
		return fmt.Errorf("decode %s %s body: %w", r.Method, r.Path, err)
	}
	return nil
}

// CallbackType is the type of an interaction callback body.
func (r Request) CallbackType() discordgo.InteractionResponseType {
	var v struct {
		Type discordgo.InteractionResponseType
	}
	_ = json.Unmarshal(r.JSON(), &v)
	return v.Type
}

// Message decodes the message a body carries, with discordgo's own type
// (which, unlike InteractionResponseData, can decode components): an
// interaction callback's data, or the whole body of a message create, edit
// or follow-up.
func (r Request) Message() (*discordgo.Message, error) {
	body := r.JSON()
	if r.route == routeCallback {
		var v struct{ Data json.RawMessage }
		if err := r.Decode(&v); err != nil {
			return nil, err
		}
		body = v.Data
	}
	var m discordgo.Message
	if len(body) == 0 || string(body) == "null" {
		return &m, nil // a deferral without data
	}
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, fmt.Errorf("decode %s %s message: %w", r.Method, r.Path, err)
	}
	return &m, nil
}

// Choices decodes an autocomplete callback's choices.
func (r Request) Choices() ([]*discordgo.ApplicationCommandOptionChoice, error) {
	var v struct {
		Data struct {
			Choices []*discordgo.ApplicationCommandOptionChoice
		}
	}
	err := r.Decode(&v)
	return v.Data.Choices, err
}

func (r Request) accepted() bool { return r.Status >= 200 && r.Status < 300 }

// Requests returns every REST request answered so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Commands returns the commands as last bulk-overwritten, with the ids the
// fake assigned; guildID "" means the global ones.
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	raw := s.commands[guildID]
	s.mu.Unlock()
	var out []*discordgo.ApplicationCommand
	if raw != nil {
		if err := json.Unmarshal(raw, &out); err != nil {
			s.t.Errorf("discordtest: decode stored commands: %v", err)
		}
	}
	return out
}

// defaultWait bounds a Wait whose context has no deadline, so a test whose
// bot never answers fails in seconds rather than at go test's timeout.
const defaultWait = 10 * time.Second

// waitFor blocks until cond, run under s.mu, holds.
func (s *Server) waitFor(ctx context.Context, what string, cond func() bool) error {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, defaultWait)
		defer cancel()
	}
	for {
		s.mu.Lock()
		ok, closed, ch := cond(), s.closed, s.changed
		s.mu.Unlock()
		switch {
		case ok:
			return nil
		case closed:
			return fmt.Errorf("discordtest: waiting for %s: server closed", what)
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("discordtest: waiting for %s: %w", what, context.Cause(ctx))
		}
	}
}

func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// WaitRequest returns the first answered request, past or future, that
// match accepts.
func (s *Server) WaitRequest(ctx context.Context, match func(Request) bool) (Request, error) {
	return s.waitFirst(ctx, "a matching request", match)
}

func (s *Server) waitFirst(ctx context.Context, what string, match func(Request) bool) (Request, error) {
	var got Request
	err := s.waitFor(ctx, what, func() bool {
		for _, r := range s.requests {
			if match(r) {
				got = r
				return true
			}
		}
		return false
	})
	return got, err
}

// waitNext returns the next accepted request match accepts that no earlier
// call with the same key returned, so repeated calls walk through them.
func (s *Server) waitNext(ctx context.Context, key, what string, match func(Request) bool) (Request, error) {
	var got Request
	err := s.waitFor(ctx, what, func() bool {
		n := 0
		for _, r := range s.requests {
			if !r.accepted() || !match(r) {
				continue
			}
			if n == s.cursors[key] {
				s.cursors[key]++
				got = r
				return true
			}
			n++
		}
		return false
	})
	return got, err
}

// WaitCallback returns the accepted callback (POST .../callback) for an
// interaction, waiting for it if need be. Rejected attempts, such as ones
// answered 429, are in Requests.
func (s *Server) WaitCallback(ctx context.Context, interactionID string) (Request, error) {
	return s.waitFirst(ctx, "the callback of interaction "+interactionID, func(r Request) bool {
		return r.accepted() && r.route == routeCallback && r.InteractionID == interactionID
	})
}

// WaitEdit returns the next accepted edit of an interaction's original
// response (PATCH .../messages/@original); each call returns a later one.
func (s *Server) WaitEdit(ctx context.Context, interactionID string) (Request, error) {
	return s.waitNext(ctx, "edit/"+interactionID, "an edit of interaction "+interactionID+"'s response", func(r Request) bool {
		return r.route == routeEditOriginal && r.InteractionID == interactionID
	})
}

// WaitFollowup returns the next accepted follow-up message (POST
// /webhooks/{app}/{token}) of an interaction; each call returns a later one.
func (s *Server) WaitFollowup(ctx context.Context, interactionID string) (Request, error) {
	return s.waitNext(ctx, "followup/"+interactionID, "a follow-up of interaction "+interactionID, func(r Request) bool {
		return r.route == routeFollowup && r.InteractionID == interactionID
	})
}

// WaitMessage returns the next accepted message the bot posted to a channel
// (POST /channels/{id}/messages); each call returns a later one.
func (s *Server) WaitMessage(ctx context.Context, channelID string) (Request, error) {
	path := apiPrefix + "/channels/" + channelID + "/messages"
	return s.waitNext(ctx, "message/"+channelID, "a message in channel "+channelID, func(r Request) bool {
		return r.route == routeMessageCreate && r.Path == path
	})
}

// fault is a FailNext rule.
type fault struct {
	method, prefix string
	status, left   int
}

// FailNext answers the next n requests whose method matches ("" for any) and
// whose path starts with pathPrefix (with or without "/api/v9") with status
// instead of handling them. A 429 comes with the body and X-RateLimit headers
// discordgo reads, telling it to retry after 50 ms; discordgo retries 429s
// without limit and 502s up to three times, and returns other statuses to
// the bot.
func (s *Server) FailNext(method, pathPrefix string, status, n int) {
	if n <= 0 {
		return
	}
	if !strings.HasPrefix(pathPrefix, "/api/") {
		pathPrefix = apiPrefix + pathPrefix
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &fault{strings.ToUpper(method), pathPrefix, status, n})
}

// takeFaultLocked consumes the first fault matching a request, if any.
func (s *Server) takeFaultLocked(method, path string) *fault {
	for i, f := range s.faults {
		if (f.method == "" || f.method == method) && strings.HasPrefix(path, f.prefix) {
			if f.left--; f.left <= 0 {
				s.faults = append(s.faults[:i], s.faults[i+1:]...)
			}
			return f
		}
	}
	return nil
}

// SetLatency delays every REST response by d from now on.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latency = d
}
