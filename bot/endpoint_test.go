package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// endpointHarness is an Endpoint serving on a real listener, with a fake
// Discord behind its REST client. The test plays Discord: it signs and
// POSTs interactions, and records deferrals with the fake as Discord would.
type endpointHarness struct {
	t      *testing.T
	bot    *Bot
	ep     *Endpoint
	url    string
	fake   *discordtest.Server
	client *http.Client
	nextID atomic.Int64
	acks   *sync.Map // interaction token → chan struct{}, closed once the fake has the endpoint's answer

	stopOnce sync.Once
	cancel   context.CancelFunc
	served   chan error
	err      error
}

// startEndpoint serves an Endpoint for the seed index; configure runs
// before it starts, to swap seams.
func startEndpoint(t *testing.T, opts EndpointOptions, configure ...func(*Endpoint)) *endpointHarness {
	t.Helper()
	fake := discordtest.New(t)
	b := mustSeedBot(t)
	session, err := NewRESTSession(fake.URL(), "", opts.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	acks := &sync.Map{}
	session.Client.Transport = answeredFirst{acks: acks, base: session.Client.Transport}
	opts.Session = session
	if opts.Logger == nil {
		opts.Logger = testsupport.Logger(t)
	}
	ep := NewEndpoint(b, NewVerifier(testsupport.PublicKey()), opts)
	for _, f := range configure {
		f(ep)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &endpointHarness{
		t: t, bot: b, ep: ep, fake: fake, acks: acks,
		url:    "http://" + ln.Addr().String() + "/interactions",
		client: &http.Client{Transport: &http.Transport{}, Timeout: 10 * time.Second},
		cancel: cancel,
		served: make(chan error, 1),
	}
	go func() { h.served <- ep.Serve(ctx, ln) }()
	// Registered after the fake's, so it runs first: the endpoint stops
	// before the fake Discord it talks to.
	t.Cleanup(func() {
		if err := h.stop(); err != nil {
			t.Errorf("Serve: %v", err)
		}
		h.client.CloseIdleConnections()
	})
	return h
}

// answeredFirst holds the endpoint's webhook calls for an interaction
// until the harness has given the fake the endpoint's HTTP answer to it.
// Discord has a deferral from the response body before the endpoint can
// edit it; the harness, which plays Discord's side of the HTTP exchange,
// only passes the deferral on once it has read the body, and an answer
// with files is deferred and edited at once.
type answeredFirst struct {
	acks *sync.Map
	base http.RoundTripper
}

func (a answeredFirst) RoundTrip(r *http.Request) (*http.Response, error) {
	// /api/v9/webhooks/{app}/{token}/...
	if p := strings.Split(r.URL.Path, "/"); len(p) > 5 && p[3] == "webhooks" {
		if ch, ok := a.acks.Load(p[5]); ok {
			select {
			case <-ch.(chan struct{}):
			case <-r.Context().Done():
				return nil, r.Context().Err()
			case <-time.After(10 * time.Second):
			}
		}
	}
	return a.base.RoundTrip(r)
}

// stop cancels Serve and returns what it returned.
func (h *endpointHarness) stop() error {
	h.stopOnce.Do(func() {
		h.cancel()
		h.err = <-h.served
	})
	return h.err
}

// interaction completes i as Discord would send it here, and tells the
// fake about it so that REST calls with its token are accepted.
func (h *endpointHarness) interaction(i discordtest.Interaction) discordgo.Interaction {
	in := i.Interaction
	in.ID = strconv.FormatInt(1_100_000_000_000_000_000+h.nextID.Add(1), 10)
	in.Token = "interaction-token-" + in.ID
	in.AppID = h.fake.AppID()
	in.GuildID, in.ChannelID = h.fake.GuildID(), h.fake.ChannelID()
	in.Version = 1
	user := in.User
	if user == nil {
		user = &discordgo.User{ID: h.fake.UserID(), Username: "tester"}
	}
	in.Member, in.User = &discordgo.Member{User: user, Roles: []string{}}, nil
	if in.Type == discordgo.InteractionMessageComponent && in.Message == nil {
		in.Message = &discordgo.Message{
			ID: in.ID + "1", ChannelID: in.ChannelID, GuildID: in.GuildID,
			Author: &discordgo.User{ID: h.fake.BotUserID(), Username: "iaibot", Bot: true},
		}
	}
	h.fake.DispatchInteraction(discordtest.Interaction{Interaction: in})
	h.acks.Store(in.Token, make(chan struct{}))
	return in
}

// endpointReply is the endpoint's HTTP answer.
type endpointReply struct {
	status int
	header http.Header
	body   []byte
}

// post signs in as Discord does and POSTs it. When the answer is a
// deferral it is also given to the fake as the interaction's callback,
// which is what Discord does with a deferral in a response body.
func (h *endpointHarness) post(in discordgo.Interaction) endpointReply {
	h.t.Helper()
	raw, err := json.Marshal(in)
	if err != nil {
		h.t.Fatal(err)
	}
	return h.postRaw(in, raw)
}

// postRaw is post with the interaction as raw, which can carry what
// discordgo's type cannot, such as attachment_size_limit.
func (h *endpointHarness) postRaw(in discordgo.Interaction, raw []byte) endpointReply {
	h.t.Helper()
	if ch, ok := h.acks.Load(in.Token); ok {
		defer func() {
			h.acks.Delete(in.Token)
			close(ch.(chan struct{}))
		}()
	}
	resp, err := h.client.Do(testsupport.SignedRequest(h.t, h.url, raw, time.Now()))
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	var body bytes.Buffer
	if _, err := body.ReadFrom(resp.Body); err != nil {
		h.t.Fatal(err)
	}
	r := endpointReply{resp.StatusCode, resp.Header, body.Bytes()}
	if t := decodeCallback(h.t, r.body).Type; r.status == http.StatusOK &&
		(t == discordgo.InteractionResponseDeferredChannelMessageWithSource || t == discordgo.InteractionResponseDeferredMessageUpdate) {
		cb, err := h.client.Post(h.fake.URL()+"/api/v9/interactions/"+in.ID+"/"+in.Token+"/callback", "application/json", bytes.NewReader(r.body))
		if err != nil {
			h.t.Fatal(err)
		}
		cb.Body.Close()
		if cb.StatusCode != http.StatusNoContent {
			h.t.Fatalf("the fake refused the deferral %s: %s", r.body, cb.Status)
		}
	}
	return r
}

// callbackBody is the part of an interaction callback the tests read.
type callbackBody struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data *struct {
		Content string                 `json:"content"`
		Flags   discordgo.MessageFlags `json:"flags"`
		Embeds  []map[string]any       `json:"embeds"`
		Choices []map[string]any       `json:"choices"`
	} `json:"data"`
}

func decodeCallback(t testing.TB, body []byte) callbackBody {
	t.Helper()
	var c callbackBody
	if err := json.Unmarshal(body, &c); err != nil {
		t.Fatalf("decode callback %s: %v", body, err)
	}
	return c
}

// mustValidCallback checks an answer as the fake Discord would: status,
// content type, and Discord's schema and limits.
func mustValidCallback(t *testing.T, r endpointReply) callbackBody {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("status %d, body %s", r.status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	if err := discordtest.ValidateInteractionCallback(r.body); err != nil {
		t.Errorf("answer breaks Discord's schema: %v\n%s", err, r.body)
	}
	return decodeCallback(t, r.body)
}

// slashFor is the interaction Discord sends for a parsed command line,
// with options typed as the command table declares them.
func slashFor(t *testing.T, inv Invocation) discordtest.Interaction {
	t.Helper()
	c, ok := byName[inv.Sub]
	if !ok {
		t.Fatalf("no subcommand %q", inv.Sub)
	}
	var opts []*discordgo.ApplicationCommandInteractionDataOption
	for _, o := range c.def.Options {
		v, ok := inv.Args[o.Name]
		if !ok {
			continue
		}
		if o.Type == discordgo.ApplicationCommandOptionInteger {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				t.Fatalf("option %s: %v", o.Name, err)
			}
			opts = append(opts, discordtest.IntegerOption(o.Name, n))
		} else {
			opts = append(opts, discordtest.StringOption(o.Name, v))
		}
	}
	return discordtest.SlashCommand(CommandName, discordtest.Subcommand(inv.Sub, opts...))
}

// indentJSON makes JSON diffs readable.
func indentJSON(t *testing.T, b []byte) string {
	t.Helper()
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	return out.String()
}

// TestEndpointAnswersLikeTheConsole sends every subcommand (the usage
// line /iai help shows, and a few more) through the endpoint and requires
// the very body the console computes for the same line.
func TestEndpointAnswersLikeTheConsole(t *testing.T) {
	h := startEndpoint(t, EndpointOptions{})
	lines := []string{"/iai search query:ASEAN page:2", "/iai country Atlantis", "/iai ask who won the 2002 world cup", "/iai ask who benefits from the countermeasures?", "/iai project moon base"}
	for _, c := range commands {
		lines = append(lines, c.usage)
	}
	for _, line := range lines {
		t.Run(line, func(t *testing.T) {
			inv, ok := ParseLine(line)
			if !ok {
				t.Fatalf("ParseLine(%q) failed", line)
			}
			reply, _ := h.bot.Run(context.Background(), inv.Sub, inv.Args)
			want, err := json.Marshal(callbackPayload(reply.InteractionResponse()))
			if err != nil {
				t.Fatal(err)
			}
			in := h.interaction(slashFor(t, inv))
			got := h.post(in)
			mustValidCallback(t, got)
			if len(reply.Files) > 0 {
				// The body cannot carry files: the answer is the edit.
				if string(got.body) != `{"type":5}` {
					t.Errorf("answer with files: body %s, want a deferral", got.body)
				}
				checkEditedLikeTheConsole(t, h.fake, in.ID, want, reply.Files)
				return
			}
			if diff := cmp.Diff(indentJSON(t, want), indentJSON(t, got.body)); diff != "" {
				t.Errorf("endpoint and console differ (-console +endpoint):\n%s", diff)
			}
		})
	}
}

func TestEndpointPing(t *testing.T) {
	h := startEndpoint(t, EndpointOptions{})
	got := h.post(h.interaction(discordtest.Interaction{Interaction: discordgo.Interaction{Type: discordgo.InteractionPing}}))
	mustValidCallback(t, got)
	if string(got.body) != `{"type":1}` {
		t.Errorf("PING answered %s, want {\"type\":1}", got.body)
	}
}

// TestEndpointAutocompleteAndButtons covers the interactions that are not
// slash commands.
func TestEndpointAutocompleteAndButtons(t *testing.T) {
	h := startEndpoint(t, EndpointOptions{})
	passage := h.bot.ix.Documents()[0].Passages[0].ID
	page2, _ := h.bot.Run(context.Background(), "search", Args{"query": "ASEAN", "page": "2"})
	source, _, _ := h.bot.Component(context.Background(), idSource+passage, nil)
	for _, tc := range []struct {
		name        string
		in          discordtest.Interaction
		wantType    discordgo.InteractionResponseType
		wantChoice  string                         // for autocomplete, a choice that must be offered
		want        *discordgo.InteractionResponse // for buttons, the whole answer
		wantPrivate bool
	}{
		{
			name:       "autocomplete country",
			in:         discordtest.AutocompleteCommand(CommandName, discordtest.Subcommand("country", discordtest.Focused(discordtest.StringOption("name", "camb")))),
			wantType:   discordgo.InteractionApplicationCommandAutocompleteResult,
			wantChoice: "Cambodia",
		},
		{
			name:       "autocomplete project",
			in:         discordtest.AutocompleteCommand(CommandName, discordtest.Subcommand("project", discordtest.Focused(discordtest.StringOption("name", "east")))),
			wantType:   discordgo.InteractionApplicationCommandAutocompleteResult,
			wantChoice: "East-West Corridor",
		},
		{
			name:     "next page button updates its message",
			in:       discordtest.Component(idPage + "2:ASEAN"),
			wantType: discordgo.InteractionResponseUpdateMessage,
			want:     &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: page2.ResponseData()},
		},
		{
			name:        "source button answers privately",
			in:          discordtest.Component(idSource + passage),
			wantType:    discordgo.InteractionResponseChannelMessageWithSource,
			want:        source.InteractionResponse(),
			wantPrivate: true,
		},
		{
			name:        "disabled button",
			in:          discordtest.Component(idNoop + "next"),
			wantType:    discordgo.InteractionResponseChannelMessageWithSource,
			wantPrivate: true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := h.post(h.interaction(tc.in))
			c := mustValidCallback(t, got)
			if c.Type != tc.wantType {
				t.Errorf("type %d, want %d", c.Type, tc.wantType)
			}
			if tc.wantChoice != "" && !slices.ContainsFunc(c.Data.Choices, func(ch map[string]any) bool { return ch["name"] == tc.wantChoice }) {
				t.Errorf("choices %v lack %q", c.Data.Choices, tc.wantChoice)
			}
			if tc.want != nil {
				want, _ := json.Marshal(tc.want)
				if diff := cmp.Diff(indentJSON(t, want), indentJSON(t, got.body)); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			}
			if private := c.Data != nil && c.Data.Flags&discordgo.MessageFlagsEphemeral != 0; private != tc.wantPrivate {
				t.Errorf("ephemeral = %v, want %v", private, tc.wantPrivate)
			}
		})
	}
}

// TestEndpointRejectsBadRequests checks each refusal: status, the Allow
// header for 405, and a short JSON error body.
func TestEndpointRejectsBadRequests(t *testing.T) {
	now := time.Unix(1735689600, 0)
	m := NewMetrics()
	ep := NewEndpoint(mustSeedBot(t), NewVerifier(testsupport.PublicKey()), EndpointOptions{Logger: testsupport.Logger(t), Metrics: m})
	ep.verifier.now = func() time.Time { return now }
	ping := []byte(`{"type":1}`)
	for _, tc := range []struct {
		name   string
		req    func() *http.Request
		status int
		reason string // the rejection counter that must go up
	}{
		{"GET", func() *http.Request { return httptest.NewRequest(http.MethodGet, "/", nil) }, http.StatusMethodNotAllowed, "method"},
		{"PUT", func() *http.Request {
			r := testsupport.SignedRequest(t, "/", ping, now)
			r.Method = http.MethodPut
			return r
		}, http.StatusMethodNotAllowed, "method"},
		{"no signature", func() *http.Request {
			r := testsupport.SignedRequest(t, "/", ping, now)
			r.Header.Del(HeaderSignature)
			return r
		}, http.StatusUnauthorized, "signature"},
		{"no timestamp", func() *http.Request {
			r := testsupport.SignedRequest(t, "/", ping, now)
			r.Header.Del(HeaderTimestamp)
			return r
		}, http.StatusUnauthorized, "signature"},
		{"signature not hex", func() *http.Request {
			r := testsupport.SignedRequest(t, "/", ping, now)
			r.Header.Set(HeaderSignature, "nothex")
			return r
		}, http.StatusUnauthorized, "signature"},
		{"signature of another body", func() *http.Request {
			r := testsupport.SignedRequest(t, "/", ping, now)
			r.Body = httptestBody(`{"type":2}`)
			return r
		}, http.StatusUnauthorized, "signature"},
		{"replayed after six minutes", func() *http.Request { return testsupport.SignedRequest(t, "/", ping, now.Add(-6*time.Minute)) }, http.StatusUnauthorized, "stale"},
		{"from six minutes ahead", func() *http.Request { return testsupport.SignedRequest(t, "/", ping, now.Add(6*time.Minute)) }, http.StatusUnauthorized, "stale"},
		{"declared too large", func() *http.Request {
			return testsupport.SignedRequest(t, "/", bytes.Repeat([]byte(" "), MaxBodyBytes+1), now)
		}, http.StatusRequestEntityTooLarge, "size"},
		{"chunked and too large", func() *http.Request {
			r := testsupport.SignedRequest(t, "/", bytes.Repeat([]byte(" "), MaxBodyBytes+1), now)
			r.ContentLength = -1
			return r
		}, http.StatusRequestEntityTooLarge, "size"},
		{"not JSON content type", func() *http.Request {
			r := testsupport.SignedRequest(t, "/", ping, now)
			r.Header.Set("Content-Type", "text/plain")
			return r
		}, http.StatusUnsupportedMediaType, "content_type"},
		{"signed but not JSON", func() *http.Request { return testsupport.SignedRequest(t, "/", []byte(`{"type":`), now) }, http.StatusBadRequest, "json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := testutil.ToFloat64(m.rejected.WithLabelValues(tc.reason))
			w := httptest.NewRecorder()
			ep.ServeHTTP(w, tc.req())
			if w.Code != tc.status {
				t.Errorf("status %d, want %d", w.Code, tc.status)
			}
			if tc.status == http.StatusMethodNotAllowed && w.Header().Get("Allow") != http.MethodPost {
				t.Errorf("Allow: %q, want POST", w.Header().Get("Allow"))
			}
			var e struct{ Error string }
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" || w.Body.Len() > 100 {
				t.Errorf("body %q, want a short JSON error", w.Body)
			}
			if got := testutil.ToFloat64(m.rejected.WithLabelValues(tc.reason)) - before; got != 1 {
				t.Errorf("rejections for %q rose by %v, want 1", tc.reason, got)
			}
		})
	}
	// And the same request, properly signed, is accepted.
	w := httptest.NewRecorder()
	ep.ServeHTTP(w, testsupport.SignedRequest(t, "/", ping, now))
	if w.Code != http.StatusOK || w.Body.String() != `{"type":1}` {
		t.Errorf("valid PING: %d %s", w.Code, w.Body)
	}
}

func httptestBody(s string) *readCloser { return &readCloser{strings.NewReader(s)} }

type readCloser struct{ *strings.Reader }

func (readCloser) Close() error { return nil }

// gatedHandler makes the endpoint's handler wait for release, so that a
// test controls when an answer is ready, without sleeping.
func gatedHandler(release <-chan struct{}) func(*Endpoint) {
	return func(e *Endpoint) {
		handle := e.handle
		e.handle = func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, string, Outcome) {
			<-release
			return handle(ctx, i)
		}
	}
}

// TestEndpointDefersSlowAnswers makes every answer late: the endpoint
// must acknowledge in the body with the right deferral, then complete
// through REST, as the fake Discord records and validates.
func TestEndpointDefersSlowAnswers(t *testing.T) {
	type outcome int
	const (
		edited   outcome = iota // PATCH @original
		followUp                // follow-up message, placeholder deleted
	)
	for _, tc := range []struct {
		name          string
		in            func(b *Bot) discordtest.Interaction
		wantDeferral  string
		want          outcome
		wantPrivate   bool
		wantEmbedText string
	}{
		{
			name: "command edits its placeholder",
			in: func(*Bot) discordtest.Interaction {
				return slashFor(t, Invocation{Sub: "search", Args: Args{"query": "HIV"}})
			},
			wantDeferral:  `{"type":5}`,
			want:          edited,
			wantEmbedText: "HIV",
		},
		{
			name:          "paging button edits its message",
			in:            func(*Bot) discordtest.Interaction { return discordtest.Component(idPage + "2:ASEAN") },
			wantDeferral:  `{"type":6}`,
			want:          edited,
			wantEmbedText: "ASEAN",
		},
		{
			name: "source button edits a private placeholder",
			in: func(b *Bot) discordtest.Interaction {
				return discordtest.Component(idSource + b.ix.Documents()[0].Passages[0].ID)
			},
			wantDeferral:  `{"type":5,"data":{"flags":64}}`,
			want:          edited,
			wantEmbedText: "Source",
		},
		{
			name: "private answer to a public placeholder follows up",
			in: func(*Bot) discordtest.Interaction {
				return slashFor(t, Invocation{Sub: "country", Args: Args{"name": "Atlantis"}})
			},
			wantDeferral:  `{"type":5}`,
			want:          followUp,
			wantPrivate:   true,
			wantEmbedText: "Atlantis",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			m := NewMetrics()
			h := startEndpoint(t, EndpointOptions{DeferAfter: time.Millisecond, Metrics: m}, gatedHandler(release))
			h.fake.FailNext("", "/webhooks/", http.StatusTooManyRequests, 1) // discordgo waits and retries
			in := h.interaction(tc.in(h.bot))
			got := h.post(in)
			mustValidCallback(t, got)
			if string(got.body) != tc.wantDeferral {
				t.Errorf("deferral %s, want %s", got.body, tc.wantDeferral)
			}
			close(release)

			var msg *discordgo.Message
			switch tc.want {
			case edited:
				edit, err := h.fake.WaitEdit(context.Background(), in.ID)
				if err != nil {
					t.Fatal(err)
				}
				if err := discordtest.ValidateWebhookEdit(edit.JSON()); err != nil {
					t.Errorf("edit breaks Discord's schema: %v", err)
				}
				if msg, err = edit.Message(); err != nil {
					t.Fatal(err)
				}
			case followUp:
				f, err := h.fake.WaitFollowup(context.Background(), in.ID)
				if err != nil {
					t.Fatal(err)
				}
				if msg, err = f.Message(); err != nil {
					t.Fatal(err)
				}
				if private := msg.Flags&discordgo.MessageFlagsEphemeral != 0; private != tc.wantPrivate {
					t.Errorf("follow-up ephemeral = %v, want %v", private, tc.wantPrivate)
				}
				if _, err := h.fake.WaitRequest(context.Background(), func(r discordtest.Request) bool {
					return r.Method == http.MethodDelete && r.InteractionID == in.ID
				}); err != nil {
					t.Errorf("placeholder not deleted: %v", err)
				}
			}
			if len(msg.Embeds) == 0 || !strings.Contains(msg.Embeds[0].Title+msg.Embeds[0].Description+authorName(msg.Embeds[0]), tc.wantEmbedText) {
				t.Errorf("completed message %+v does not mention %q", msg.Embeds, tc.wantEmbedText)
			}
			if err := h.ep.Wait(context.Background()); err != nil {
				t.Fatal(err)
			}
			if n := testutil.ToFloat64(m.deferred); n != 1 {
				t.Errorf("deferred counter %v, want 1", n)
			}
			if n := testutil.ToFloat64(m.restLimited); n != 1 {
				t.Errorf("REST 429 counter %v, want 1", n)
			}
			if n := testutil.ToFloat64(m.deferredFailed); n != 0 {
				t.Errorf("failed completions %v, want 0", n)
			}
		})
	}
}

func authorName(e *discordgo.MessageEmbed) string {
	if e.Author == nil {
		return ""
	}
	return e.Author.Name
}

// TestEndpointDeferredFailureIsCounted: when Discord refuses the edit, the
// failure is logged and counted, and nothing else breaks.
func TestEndpointDeferredFailureIsCounted(t *testing.T) {
	release := make(chan struct{})
	m := NewMetrics()
	h := startEndpoint(t, EndpointOptions{DeferAfter: time.Millisecond, Metrics: m}, gatedHandler(release))
	h.fake.FailNext(http.MethodPatch, "/webhooks/", http.StatusInternalServerError, 1)
	in := h.interaction(slashFor(t, Invocation{Sub: "help", Args: Args{}}))
	mustValidCallback(t, h.post(in))
	close(release)
	if err := h.ep.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := testutil.ToFloat64(m.deferredFailed); n != 1 {
		t.Errorf("failed completions %v, want 1", n)
	}
}

// TestEndpointLateAutocompleteGetsNoChoices: autocomplete cannot be
// deferred, so a late one gets an empty list and nothing is sent later.
func TestEndpointLateAutocompleteGetsNoChoices(t *testing.T) {
	release := make(chan struct{})
	h := startEndpoint(t, EndpointOptions{DeferAfter: time.Millisecond}, gatedHandler(release))
	in := h.interaction(discordtest.AutocompleteCommand(CommandName, discordtest.Subcommand("country", discordtest.Focused(discordtest.StringOption("name", "ca")))))
	got := h.post(in)
	mustValidCallback(t, got)
	if c := decodeCallback(t, got.body); c.Type != discordgo.InteractionApplicationCommandAutocompleteResult || c.Data == nil || len(c.Data.Choices) != 0 {
		t.Errorf("late autocomplete answered %s, want no choices", got.body)
	}
	close(release)
	if err := h.ep.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	if reqs := h.fake.Requests(); len(reqs) != 0 {
		t.Errorf("REST calls after a late autocomplete: %v %v", reqs[0].Method, reqs[0].Path)
	}
}

// TestEndpointShutdownFinishesInFlight stops the server while an answer
// is pending: Serve must not return before that answer has reached
// Discord.
func TestEndpointShutdownFinishesInFlight(t *testing.T) {
	release := make(chan struct{})
	h := startEndpoint(t, EndpointOptions{DeferAfter: time.Millisecond}, gatedHandler(release))
	in := h.interaction(slashFor(t, Invocation{Sub: "timeline", Args: Args{}}))
	mustValidCallback(t, h.post(in))

	stopped := make(chan error, 1)
	go func() { stopped <- h.stop() }()
	select {
	case err := <-stopped:
		t.Fatalf("Serve returned (%v) with an answer in flight", err)
	default:
	}
	close(release)
	if err := <-stopped; err != nil {
		t.Fatalf("Serve: %v", err)
	}
	if !slices.ContainsFunc(h.fake.Requests(), func(r discordtest.Request) bool {
		return r.Method == http.MethodPatch && r.InteractionID == in.ID && r.Status == http.StatusOK
	}) {
		t.Error("Serve returned before the deferred answer was delivered")
	}
	if _, err := h.client.Get(h.url); err == nil {
		t.Error("the endpoint still accepts connections after Serve returned")
	}
}

// TestEndpointBusy fills every slot: the next interaction is turned away
// politely, in time and within Discord's schema.
func TestEndpointBusy(t *testing.T) {
	release := make(chan struct{})
	m := NewMetrics()
	h := startEndpoint(t, EndpointOptions{DeferAfter: time.Millisecond, MaxInFlight: 1, Metrics: m}, gatedHandler(release))
	first := h.interaction(slashFor(t, Invocation{Sub: "members", Args: Args{}}))
	mustValidCallback(t, h.post(first)) // deferred, and holding the only slot

	c := mustValidCallback(t, h.post(h.interaction(slashFor(t, Invocation{Sub: "funding", Args: Args{}}))))
	if c.Type != discordgo.InteractionResponseChannelMessageWithSource || c.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(c.Data.Content, "busy") {
		t.Errorf("busy answer %+v, want an ephemeral message saying so", c)
	}
	ac := mustValidCallback(t, h.post(h.interaction(discordtest.AutocompleteCommand(CommandName,
		discordtest.Subcommand("country", discordtest.Focused(discordtest.StringOption("name", "ca")))))))
	if ac.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(ac.Data.Choices) != 0 {
		t.Errorf("busy autocomplete %+v, want no choices", ac)
	}
	if n := testutil.ToFloat64(m.interactions.WithLabelValues("iai funding", string(OutcomeBusy))); n != 1 {
		t.Errorf("busy counter %v, want 1", n)
	}
	close(release)
	if _, err := h.fake.WaitEdit(context.Background(), first.ID); err != nil {
		t.Fatal(err)
	}
}

// TestEndpointPanicIsAnApology: a handler that panics outside Bot.Run's
// own recovery still gets the user an answer, and the server lives on.
func TestEndpointPanicIsAnApology(t *testing.T) {
	m := NewMetrics()
	h := startEndpoint(t, EndpointOptions{Metrics: m}, func(e *Endpoint) {
		e.handle = func(context.Context, *discordgo.Interaction) (*discordgo.InteractionResponse, string, Outcome) {
			panic("handler exploded")
		}
	})
	c := mustValidCallback(t, h.post(h.interaction(slashFor(t, Invocation{Sub: "help", Args: Args{}}))))
	if c.Data == nil || c.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || len(c.Data.Embeds) == 0 || c.Data.Embeds[0]["title"] != "Something went wrong" {
		t.Errorf("panic answered %+v, want an ephemeral apology", c)
	}
	if n := testutil.ToFloat64(m.interactions.WithLabelValues("iai help", string(OutcomePanic))); n != 1 {
		t.Errorf("panic counter %v, want 1", n)
	}
	if got := h.post(h.interaction(discordtest.Interaction{Interaction: discordgo.Interaction{Type: discordgo.InteractionPing}})); got.status != http.StatusOK {
		t.Errorf("PING after a panic: %d", got.status)
	}
}

// TestEndpointRateLimit spends a user's budget, then checks the refusal,
// another user's independence, autocomplete's own budget, and recovery
// once the window has passed.
func TestEndpointRateLimit(t *testing.T) {
	var offset atomic.Int64 // the limiter's clock, advanced by the test
	base := time.Now()
	l := NewRateLimiter(Rate{N: 5, Per: 10 * time.Second})
	l.now = func() time.Time { return base.Add(time.Duration(offset.Load())) }
	m := NewMetrics()
	h := startEndpoint(t, EndpointOptions{Limiter: l, Metrics: m})
	alice := &discordgo.User{ID: "1200000000000000001", Username: "alice"}
	bob := &discordgo.User{ID: "1200000000000000002", Username: "bob"}
	help := func(u *discordgo.User) callbackBody {
		t.Helper()
		return mustValidCallback(t, h.post(h.interaction(slashFor(t, Invocation{Sub: "help", Args: Args{}}).By(u))))
	}
	for n := range 5 {
		if c := help(alice); c.Data.Flags&discordgo.MessageFlagsEphemeral != 0 {
			t.Fatalf("command %d refused: %+v", n+1, c.Data)
		}
		offset.Add(int64(time.Second))
	}
	c := help(alice) // at 5 s: the first one leaves the window at 10 s
	if want := "Slow down — try again in 5 s."; c.Type != discordgo.InteractionResponseChannelMessageWithSource ||
		c.Data.Content != want || c.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("sixth command answered %+v, want ephemeral %q", c.Data, want)
	}
	if c := help(bob); c.Data.Content != "" {
		t.Errorf("another user was limited: %q", c.Data.Content)
	}
	ac := mustValidCallback(t, h.post(h.interaction(discordtest.AutocompleteCommand(CommandName,
		discordtest.Subcommand("country", discordtest.Focused(discordtest.StringOption("name", "camb")))).By(alice))))
	if len(ac.Data.Choices) == 0 {
		t.Error("autocomplete shares the command budget; it should have its own")
	}
	offset.Add(int64(5 * time.Second))
	if c := help(alice); c.Data.Content != "" {
		t.Errorf("after the window: %q", c.Data.Content)
	}
	if n := testutil.ToFloat64(m.interactions.WithLabelValues("iai help", string(OutcomeRateLimited))); n != 1 {
		t.Errorf("rate-limited counter %v, want 1", n)
	}
}

// BenchmarkEndpoint measures one signed request through ServeHTTP:
// verification, decoding, the handler and encoding.
func BenchmarkEndpoint(b *testing.B) {
	ep := NewEndpoint(mustSeedBot(b), NewVerifier(testsupport.PublicKey()), EndpointOptions{
		Logger: slog.New(slog.DiscardHandler), // a line per interaction would measure the logger
	})
	for _, bc := range []struct{ name, body string }{
		{"ping", `{"type":1}`},
		{"search", `{"type":2,"id":"1","application_id":"2","token":"t","member":{"user":{"id":"3"}},"data":{"name":"iai","type":1,"options":[{"name":"search","type":1,"options":[{"name":"query","type":3,"value":"HIV"}]}]}}`},
		{"ask", `{"type":2,"id":"1","application_id":"2","token":"t","member":{"user":{"id":"3"}},"data":{"name":"iai","type":1,"options":[{"name":"ask","type":1,"options":[{"name":"question","type":3,"value":"when did Cambodia join the ASEAN-Japan Centre?"}]}]}}`},
	} {
		b.Run(bc.name, func(b *testing.B) {
			req := testsupport.SignedRequest(b, "/", []byte(bc.body), time.Now())
			for b.Loop() {
				r := req.Clone(context.Background())
				r.Body = httptestBody(bc.body)
				w := httptest.NewRecorder()
				ep.ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatalf("status %d: %s", w.Code, w.Body)
				}
			}
		})
	}
}
