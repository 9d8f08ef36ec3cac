package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/iaibot/iaibot/bot/discordtest"
)

// liveToken looks like a bot token, so that a leak would be found by
// searching the logs for it.
const liveToken = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEt.live-test-token-0123456789abcdef"

// liveLogs keeps what Live logs, for assertions, and routes it to t.Log
// until the test ends.
type liveLogs struct {
	mu      sync.Mutex
	t       testing.TB
	over    bool
	text    bytes.Buffer // everything, as text
	recs    []liveRecord
	changed chan struct{} // closed and replaced on every record
}

type liveRecord struct {
	level slog.Level
	msg   string
	attrs map[string]string
}

func newLiveLogs(t testing.TB) *liveLogs {
	l := &liveLogs{t: t, changed: make(chan struct{})}
	// Registered before the fake and the bot, so it runs after them.
	t.Cleanup(func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.over = true
		if strings.Contains(l.text.String(), liveToken) {
			t.Errorf("the token appears in the logs")
		}
	})
	return l
}

func (l *liveLogs) logger() *slog.Logger { return slog.New(liveLogHandler{l: l}) }

// find returns the records with message msg whose attributes include want.
func (l *liveLogs) find(msg string, want map[string]string) []liveRecord {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []liveRecord
	for _, r := range l.recs {
		if r.msg != msg {
			continue
		}
		ok := true
		for k, v := range want {
			ok = ok && r.attrs[k] == v
		}
		if ok {
			out = append(out, r)
		}
	}
	return out
}

// waitFor waits until n records with message msg and attributes want
// have been logged. The bot logs one line per interaction or message once
// it has sent the reply.
func (l *liveLogs) waitFor(t testing.TB, n int, msg string, want map[string]string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	for {
		l.mu.Lock()
		ch := l.changed
		l.mu.Unlock()
		got := len(l.find(msg, want))
		if got >= n {
			return
		}
		select {
		case <-ch:
		case <-ctx.Done():
			t.Fatalf("%d %q lines logged, want %d: %v", got, msg, n, ctx.Err())
		}
	}
}

// liveLogHandler is the slog.Handler behind liveLogs. Live logs no
// groups, so none is kept; attributes added with With, such as a shard's
// number, are.
type liveLogHandler struct {
	l     *liveLogs
	attrs []slog.Attr
}

func (h liveLogHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h liveLogHandler) WithGroup(string) slog.Handler            { return h }
func (h liveLogHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return liveLogHandler{l: h.l, attrs: append(slices.Clip(h.attrs), as...)}
}

func (h liveLogHandler) Handle(_ context.Context, r slog.Record) error {
	rec := liveRecord{level: r.Level, msg: r.Message, attrs: map[string]string{}}
	var line strings.Builder
	fmt.Fprintf(&line, "%s %s", r.Level, r.Message)
	add := func(a slog.Attr) bool {
		rec.attrs[a.Key] = a.Value.String()
		fmt.Fprintf(&line, " %s=%q", a.Key, a.Value.String())
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	l := h.l
	l.mu.Lock()
	defer l.mu.Unlock()
	l.recs = append(l.recs, rec)
	close(l.changed)
	l.changed = make(chan struct{})
	l.text.WriteString(line.String() + "\n")
	if !l.over {
		l.t.Log(line.String())
	}
	return nil
}

// liveHarness is the live bot running against a fake Discord.
type liveHarness struct {
	s    *discordtest.Server
	l    *Live
	b    *Bot
	logs *liveLogs

	cancel   context.CancelFunc
	done     chan error
	stopOnce sync.Once
	stopErr  error
}

// liveSetup adjusts a harness before the bot starts.
type liveSetup struct {
	fake        []discordtest.Option
	fakeStarted func(s *discordtest.Server) // before the bot connects
	settings    func(s *discordtest.Server, set *Settings)
	options     func(o *LiveOptions)
	live        func(l *Live)
	readyWithin time.Duration // how long the bot may take to go online; default the fake's 10 s
}

// startLive runs the bot, configured as an operator would (token and
// DISCORD_API_URL), against a new fake Discord, and waits until it has
// registered /iai. Cleanup stops it and checks every body it sent.
func startLive(t testing.TB, setup liveSetup) *liveHarness {
	t.Helper()
	logs := newLiveLogs(t)
	s := discordtest.New(t, setup.fake...)
	if setup.fakeStarted != nil {
		setup.fakeStarted(s)
	}
	b := mustSeedBot(t)
	set := Settings{Token: liveToken, APIURL: s.URL()}
	if setup.settings != nil {
		setup.settings(s, &set)
	}
	cfg, err := set.Config()
	if err != nil {
		t.Fatal(err)
	}
	opts := LiveOptions{Logger: logs.logger()}
	if setup.options != nil {
		setup.options(&opts)
	}
	l, err := NewLive(cfg, b, opts)
	if err != nil {
		t.Fatal(err)
	}
	if setup.live != nil {
		setup.live(l)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &liveHarness{s: s, l: l, b: b, logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { h.done <- l.Run(ctx) }()
	// Registered after discordtest.New, so the session closes before the fake.
	t.Cleanup(func() {
		if err := h.stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
		checkBodies(t, s.Requests())
	})
	wait := t.Context()
	if setup.readyWithin > 0 {
		var cancel context.CancelFunc
		wait, cancel = context.WithTimeout(wait, setup.readyWithin)
		defer cancel()
	}
	if err := s.WaitReady(wait); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitRequest(wait, isCommandsPut); err != nil {
		t.Fatal(err)
	}
	return h
}

// stop cancels Run's context and waits for Run to return.
func (h *liveHarness) stop() error {
	h.stopOnce.Do(func() {
		h.cancel()
		select {
		case h.stopErr = <-h.done:
		case <-time.After(30 * time.Second):
			h.stopErr = fmt.Errorf("Run did not return within 30 s of cancel")
		}
	})
	return h.stopErr
}

func isCommandsPut(r discordtest.Request) bool {
	return r.Method == http.MethodPut && strings.HasSuffix(r.Path, "/commands")
}

// callback dispatches i and returns its accepted callback.
func (h *liveHarness) callback(t testing.TB, i discordtest.Interaction) (id string, r discordtest.Request) {
	t.Helper()
	id = h.s.DispatchInteraction(i)
	r, err := h.s.WaitCallback(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	return id, r
}

// consoleJSON is the interaction callback the console prints for line
// (iaibot query --json), decoded.
func (h *liveHarness) consoleJSON(t testing.TB, line string) any {
	t.Helper()
	inv, ok := ParseLine(line)
	if !ok {
		t.Fatalf("ParseLine(%q) failed", line)
	}
	r, _ := h.b.Run(context.Background(), inv.Sub, inv.Args)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r, false); err != nil {
		t.Fatal(err)
	}
	return decodeJSON(t, buf.Bytes())
}

func decodeJSON(t testing.TB, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return v
}

// field digs into decoded JSON.
func field(v any, keys ...string) any {
	for _, k := range keys {
		m, _ := v.(map[string]any)
		v = m[k]
	}
	return v
}

// checkBodies asserts that every message the bot sent suppresses pings:
// callbacks that carry a message (types 4 and 7), edits, follow-ups and
// channel messages. The fake has already validated each against Discord's
// OpenAPI schema.
func checkBodies(t testing.TB, reqs []discordtest.Request) {
	t.Helper()
	for _, r := range reqs {
		var path string
		switch {
		case r.Method == http.MethodPost && strings.HasSuffix(r.Path, "/callback"):
			typ := r.CallbackType()
			if typ != discordgo.InteractionResponseChannelMessageWithSource && typ != discordgo.InteractionResponseUpdateMessage {
				continue // placeholders and autocomplete carry no message
			}
			path = "data"
		case r.Method == http.MethodPatch && strings.HasSuffix(r.Path, "/messages/@original"),
			r.Method == http.MethodPost && strings.HasPrefix(r.Path, "/api/v9/webhooks/"),
			r.Method == http.MethodPost && strings.HasSuffix(r.Path, "/messages"):
		default:
			continue
		}
		v := decodeJSON(t, r.JSON())
		if path != "" {
			v = field(v, path)
		}
		// {"parse":[]} pings nobody; replied_user false, which discordgo
		// always sends, keeps it so.
		got := field(v, "allowed_mentions")
		m, _ := got.(map[string]any)
		if diff := cmp.Diff([]any{}, m["parse"]); diff != "" || m["users"] != nil || m["roles"] != nil || m["replied_user"] == true {
			t.Errorf("%s %s: allowed_mentions %v, want {\"parse\":[]}", r.Method, r.Path, got)
		}
	}
}

// botMessage is the message a component was on, as Discord sends it with
// the interaction: the reply a callback posted.
func botMessage(t testing.TB, s *discordtest.Server, r discordtest.Request) *discordgo.Message {
	t.Helper()
	m, err := r.Message()
	if err != nil {
		t.Fatal(err)
	}
	m.ID = "1300000000000000900"
	m.ChannelID = s.ChannelID()
	m.Author = &discordgo.User{ID: s.BotUserID(), Username: "iaibot", Bot: true}
	return m
}

// findButton returns the custom_id of the button labelled label.
func findButton(t testing.TB, m *discordgo.Message, label string) string {
	t.Helper()
	for _, row := range m.Components {
		ar, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range ar.Components {
			if b, ok := c.(*discordgo.Button); ok && b.Label == label {
				return b.CustomID
			}
		}
	}
	t.Fatalf("no %q button in %+v", label, m.Components)
	return ""
}

func TestLiveRegistersCommands(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name  string
		guild bool
		qa    bool
	}{
		{name: "global"},
		{name: "guild", guild: true, qa: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := startLive(t, liveSetup{settings: func(s *discordtest.Server, set *Settings) {
				if tt.guild {
					set.GuildID, set.AppID = s.GuildID(), s.AppID()
				}
				if tt.qa {
					set.QAChannels = s.ChannelID()
				}
			}})
			scope, other := "", h.s.GuildID()
			if tt.guild {
				scope, other = other, scope
			}
			ignore := cmpopts.IgnoreFields(discordgo.ApplicationCommand{}, "ID", "ApplicationID", "GuildID", "Version")
			if diff := cmp.Diff(ApplicationCommands(), h.s.Commands(scope), ignore); diff != "" {
				t.Errorf("registered commands (-table +fake):\n%s", diff)
			}
			if got := h.s.Commands(other); len(got) != 0 {
				t.Errorf("commands registered in the other scope too: %+v", got)
			}
			token, intents := h.s.Identified()
			if token != "Bot "+liveToken {
				t.Errorf("identified with a token other than the configured one")
			}
			want := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
			if tt.qa {
				want |= discordgo.IntentsMessageContent
			}
			if intents != want {
				t.Errorf("intents = %d, want %d", intents, want)
			}
			if recs := h.logs.find("online", map[string]string{"invite": InviteURL(h.s.AppID())}); len(recs) != 1 {
				t.Errorf("no one \"online\" line with the invite URL")
			}
		})
	}
}

func TestLiveAnswersLikeTheConsole(t *testing.T) {
	t.Parallel()
	h := startLive(t, liveSetup{})
	for _, line := range []string{
		"/iai search query:HIV",
		"/iai search query:Japan page:2",
		"/iai search query:zzzqqq",
		"/iai search",
		"/iai country name:cambodia",
		"/iai country name:Burma",
		"/iai country name:Atlantis",
		`/iai project name:"East-West Corridor"`,
		"/iai projects",
		"/iai funding",
		"/iai members",
		"/iai timeline",
		`/iai ask question:"when did Cambodia join the ASEAN-Japan Centre?"`,
		`/iai ask question:"who funds the Mekong projects?"`,
		`/iai ask question:"who benefits from the countermeasures?"`,
		"/iai help",
	} {
		t.Run(line, func(t *testing.T) {
			_, r := h.callback(t, h.s.Slash(line))
			if diff := cmp.Diff(h.consoleJSON(t, line), decodeJSON(t, r.JSON())); diff != "" {
				t.Errorf("callback (-console +gateway):\n%s", diff)
			}
		})
	}
	t.Run("direct message", func(t *testing.T) {
		_, r := h.callback(t, h.s.Slash("/iai country name:laos").InDM())
		if diff := cmp.Diff(h.consoleJSON(t, "/iai country name:laos"), decodeJSON(t, r.JSON())); diff != "" {
			t.Errorf("callback (-console +gateway):\n%s", diff)
		}
	})
	// One line per interaction, with what an operator needs.
	recs := h.logs.find("interaction", map[string]string{"command": "iai search", "outcome": "ok"})
	if len(recs) < 2 || recs[0].attrs["latency"] == "" || recs[0].attrs["deferred"] != "false" {
		t.Errorf("interaction log lines: %+v", recs)
	}
}

func TestLiveAutocomplete(t *testing.T) {
	t.Parallel()
	h := startLive(t, liveSetup{})
	for _, tt := range []struct {
		line, sub, option, want string
	}{
		{"/iai country name:camb", "country", "name", "Cambodia"},
		{"/iai country name:vietnamm", "country", "name", "Vietnam"},
		{"/iai country name:Burma", "country", "name", "Myanmar"},
		{"/iai country name:", "country", "name", "Cambodia"},
		{"/iai project name:east", "project", "name", "East-West Corridor"},
	} {
		t.Run(tt.line, func(t *testing.T) {
			_, r := h.callback(t, h.s.Autocomplete(tt.line))
			if typ := r.CallbackType(); typ != discordgo.InteractionApplicationCommandAutocompleteResult {
				t.Fatalf("callback type %d, want 8", typ)
			}
			got, err := r.Choices()
			if err != nil {
				t.Fatal(err)
			}
			_, typed, _ := strings.Cut(tt.line, ":")
			if diff := cmp.Diff(h.b.Autocomplete(tt.sub, tt.option, typed), got); diff != "" {
				t.Errorf("choices (-bot +gateway):\n%s", diff)
			}
			if len(got) == 0 || len(got) > 25 {
				t.Fatalf("%d choices, want 1 to 25", len(got))
			}
			names := []string{}
			for _, c := range got {
				v, _ := c.Value.(string)
				if n := utf8.RuneCountInString(c.Name); n < 1 || n > 100 || utf8.RuneCountInString(v) > 100 {
					t.Errorf("choice %q = %q breaks Discord's limits", c.Name, v)
				}
				names = append(names, c.Name)
			}
			if !slices.Contains(names, tt.want) {
				t.Errorf("choices %q lack %q", names, tt.want)
			}
		})
	}
}

func TestLiveButtons(t *testing.T) {
	t.Parallel()
	h := startLive(t, liveSetup{})
	// A query too long for a custom_id: the button reads it back from the
	// message.
	long := "Japan ASEAN cooperation human resource development Mekong region infrastructure information technology regional economic integration training programmes"
	if utf8.RuneCountInString(long) < 150 {
		t.Fatalf("long query has %d characters, want at least 150", utf8.RuneCountInString(long))
	}
	for _, query := range []string{"Japan", long} {
		t.Run(fmt.Sprintf("page %.20s", query), func(t *testing.T) {
			line := fmt.Sprintf("/iai search query:%q", query)
			_, r := h.callback(t, h.s.Slash(line))
			msg := botMessage(t, h.s, r)
			next := findButton(t, msg, "Next ▶")
			if query == long && next != idPage+"2:" {
				t.Errorf("next button %q, want the query left out", next)
			}
			_, r = h.callback(t, discordtest.Component(next).OnMessage(msg))
			if typ := r.CallbackType(); typ != discordgo.InteractionResponseUpdateMessage {
				t.Errorf("callback type %d, want 7 (update the message)", typ)
			}
			want := field(h.consoleJSON(t, fmt.Sprintf("/iai search query:%q page:2", query)), "data")
			if diff := cmp.Diff(want, field(decodeJSON(t, r.JSON()), "data")); diff != "" {
				t.Errorf("page 2 (-console +gateway):\n%s", diff)
			}
		})
	}
	t.Run("source", func(t *testing.T) {
		_, r := h.callback(t, h.s.Slash("/iai search query:HIV"))
		msg := botMessage(t, h.s, r)
		src := findButton(t, msg, "Source")
		_, r = h.callback(t, discordtest.Component(src).OnMessage(msg))
		if typ := r.CallbackType(); typ != discordgo.InteractionResponseChannelMessageWithSource {
			t.Errorf("callback type %d, want 4", typ)
		}
		got, err := r.Message()
		if err != nil {
			t.Fatal(err)
		}
		if got.Flags != discordgo.MessageFlagsEphemeral {
			t.Errorf("flags %d, want ephemeral (64)", got.Flags)
		}
		reply, _, _ := h.b.Component(context.Background(), src, msg)
		want, _ := json.Marshal(reply.InteractionResponse())
		if diff := cmp.Diff(decodeJSON(t, want), decodeJSON(t, r.JSON())); diff != "" {
			t.Errorf("source (-bot +gateway):\n%s", diff)
		}
	})
}

// liveClock is a settable clock for cooldowns.
type liveClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *liveClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *liveClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestLiveMessages(t *testing.T) {
	t.Parallel()
	const (
		qa = "1300000000000000101" // the Q&A channel
		dm = "1300000000000000102" // a DM channel
	)
	clock := &liveClock{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	h := startLive(t, liveSetup{
		settings: func(_ *discordtest.Server, set *Settings) { set.QAChannels, set.Cooldown = qa, "10s" },
		live:     func(l *Live) { l.now = clock.Now },
	})
	s := h.s
	other := &discordgo.User{ID: "1300000000000000103", Username: "otherbot", Bot: true}
	self := &discordgo.User{ID: s.BotUserID(), Username: "iaibot", Bot: true}
	question := "when did Cambodia join the ASEAN-Japan Centre?"

	// Every message below is decided in gateway order; a DM, answered
	// whatever the cooldowns, marks the point where all earlier ones
	// have been decided.
	barrier := func() {
		t.Helper()
		id := s.DispatchMessage(discordtest.NewMessage("what is the IAI?").InDM().InChannel(dm))
		r, err := s.WaitMessage(t.Context(), dm)
		if err != nil {
			t.Fatal(err)
		}
		if m, _ := r.Message(); m.MessageReference == nil || m.MessageReference.MessageID != id {
			t.Fatalf("DM answer %+v does not reply to %s", m.MessageReference, id)
		}
	}
	answered := []string{
		s.DispatchMessage(s.MentionBot(question)),
		s.DispatchMessage(discordtest.NewMessage(question).InChannel(qa)),
	}
	s.DispatchMessage(s.MentionBot("hello").By(other))                                   // another bot
	s.DispatchMessage(discordtest.NewMessage("<@" + s.BotUserID() + "> hi?").By(self))   // itself
	s.DispatchMessage(discordtest.NewMessage(question))                                  // "?" outside Q&A channels
	s.DispatchMessage(discordtest.NewMessage("who pays for the roads?").InChannel(qa))   // "?" in the cooldown
	s.DispatchMessage(discordtest.NewMessage("thanks, that helps").InChannel(qa))        // no "?"
	s.DispatchMessage(discordtest.NewMessage("").InChannel(qa))                          // no content (no intent)
	answered = append(answered, s.DispatchMessage(s.MentionBot(question).InChannel(qa))) // a mention in the cooldown
	s.DispatchMessage(s.MentionBot("and Laos?").InChannel(qa))                           // a second mention in it
	barrier()
	clock.Advance(10 * time.Second)
	answered = append(answered, s.DispatchMessage(discordtest.NewMessage("who funds the Mekong projects？").InChannel(qa)))
	barrier()
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}

	var got []string
	for _, r := range s.Requests() {
		if r.Method != http.MethodPost || !strings.HasSuffix(r.Path, "/messages") || strings.HasSuffix(r.Path, "/channels/"+dm+"/messages") {
			continue
		}
		m, err := r.Message()
		if err != nil {
			t.Fatal(err)
		}
		if m.MessageReference == nil {
			t.Errorf("message %q is not a reply", m.Content)
			continue
		}
		got = append(got, m.MessageReference.MessageID)
		if want := "/api/v9/channels/" + m.MessageReference.ChannelID + "/messages"; r.Path != want {
			t.Errorf("reply posted to %s, want %s", r.Path, want)
		}
	}
	if diff := cmp.Diff(answered, got, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("messages answered (-want +got):\n%s", diff)
	}
	if n := len(h.logs.find("message not answered", map[string]string{"reason": "cooldown"})); n != 2 {
		t.Errorf("%d messages skipped for the cooldown, want 2", n)
	}

	// The answer to a mention is the console's answer to its text.
	reply, _ := h.b.Message(context.Background(), "<@"+s.BotUserID()+"> "+question)
	send := reply.MessageSend(&discordgo.MessageReference{MessageID: answered[0], ChannelID: s.ChannelID(), GuildID: s.GuildID()})
	for _, e := range send.Embeds {
		e.Type = discordgo.EmbedTypeRich // as ChannelMessageSendComplex sets it
	}
	want, _ := json.Marshal(send)
	r, err := s.WaitMessage(t.Context(), s.ChannelID())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(decodeJSON(t, want), decodeJSON(t, r.JSON())); diff != "" {
		t.Errorf("reply to a mention (-bot +gateway):\n%s", diff)
	}
}

func TestLiveResumes(t *testing.T) {
	t.Parallel()
	h := startLive(t, liveSetup{})
	for n, fault := range []func(){h.s.DropConnections, h.s.SendReconnect} {
		fault()
		_, r := h.callback(t, h.s.Slash("/iai search query:HIV"))
		if diff := cmp.Diff(h.consoleJSON(t, "/iai search query:HIV"), decodeJSON(t, r.JSON())); diff != "" {
			t.Errorf("after fault %d (-console +gateway):\n%s", n, diff)
		}
		if h.s.Resumes() != n+1 || h.s.Identifies() != 1 {
			t.Errorf("after fault %d: resumes = %d, identifies = %d; want %d and 1", n, h.s.Resumes(), h.s.Identifies(), n+1)
		}
		if err := h.s.WaitReady(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(h.logs.find("gateway session resumed", nil)); got != 2 {
		t.Errorf("%d resumptions logged, want 2", got)
	}
}

func TestLiveRESTFaults(t *testing.T) {
	t.Parallel()
	h := startLive(t, liveSetup{})
	statuses := func(id string) []int {
		var out []int
		for _, r := range h.s.Requests() {
			if r.InteractionID == id {
				out = append(out, r.Status)
			}
		}
		return out
	}

	h.s.FailNext(http.MethodPost, "/interactions/", http.StatusTooManyRequests, 2)
	id, _ := h.callback(t, h.s.Slash("/iai help"))
	if diff := cmp.Diff([]int{429, 429, 204}, statuses(id)); diff != "" {
		t.Errorf("rate-limited callback statuses (-want +got):\n%s", diff)
	}

	h.s.FailNext(http.MethodPost, "/interactions/", http.StatusInternalServerError, 1)
	failed := h.s.DispatchInteraction(h.s.Slash("/iai help"))
	if _, err := h.s.WaitRequest(t.Context(), func(r discordtest.Request) bool { return r.InteractionID == failed }); err != nil {
		t.Fatal(err)
	}
	id, _ = h.callback(t, h.s.Slash("/iai search query:HIV")) // the bot keeps serving
	if err := h.stop(); err != nil {                          // every log line is written
		t.Fatal(err)
	}
	if got := h.logs.find("interaction", map[string]string{"interaction": id, "outcome": "ok"}); len(got) != 1 {
		t.Errorf("no log line for the interaction after the failure")
	}
	if diff := cmp.Diff([]int{500}, statuses(failed)); diff != "" {
		t.Errorf("failed callback statuses (-want +got):\n%s", diff)
	}
	recs := h.logs.find("interaction", map[string]string{"interaction": failed})
	if len(recs) != 1 || recs[0].level != slog.LevelError || !strings.Contains(recs[0].attrs["err"], "500") {
		t.Errorf("failed callback logged as %+v, want one error line naming the 500", recs)
	}
}

// TestLiveBurst proves that none of a burst is lost or answered twice.
// How fast is BenchmarkGatewayRoundTrip's business: under the race
// detector, discordgo alone takes longer than Discord's 3 s to decode a
// thousand events, so the fake's deadline, and with it deferral, is off.
func TestLiveBurst(t *testing.T) {
	t.Parallel()
	h := startLive(t, liveSetup{
		fake:    []discordtest.Option{discordtest.WithInteractionDeadline(0)},
		options: func(o *LiveOptions) { o.DeferAfter = time.Minute },
	})
	lines := []string{"/iai search query:HIV", "/iai country name:cambodia", "/iai help", `/iai ask question:"when did Cambodia join the ASEAN-Japan Centre?"`}
	var built []discordtest.Interaction
	for _, l := range lines {
		built = append(built, h.s.Slash(l))
	}
	const n, channels = 1000, 50
	ids := make([]string, n)
	for k := range n {
		ids[k] = h.s.DispatchInteraction(built[k%len(built)].InChannel(fmt.Sprint(1300000000000001000 + k%channels)))
	}
	// Waiting on the bot's log, not on each callback, keeps the test from
	// scanning the fake's request list a million times.
	h.logs.waitFor(t, n, "interaction", nil)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	calls := map[string]int{}
	for _, r := range h.s.Requests() {
		if strings.HasSuffix(r.Path, "/callback") {
			calls[r.InteractionID]++
			if r.Status != http.StatusNoContent {
				t.Errorf("callback for %s answered %d", r.InteractionID, r.Status)
			}
		}
	}
	for _, id := range ids {
		if calls[id] != 1 {
			t.Errorf("interaction %s got %d callbacks, want 1", id, calls[id])
		}
	}
	if len(calls) != n {
		t.Errorf("%d interactions got callbacks, want %d", len(calls), n)
	}
}

func TestLiveShutdownFinishesInFlight(t *testing.T) {
	t.Parallel()
	const n = 100
	release := make(chan struct{})
	draining := make(chan struct{})
	var atClose []discordtest.Request
	var h *liveHarness
	h = startLive(t, liveSetup{
		// Held handlers must not be deferred: this test is about the drain.
		fake:    []discordtest.Option{discordtest.WithInteractionDeadline(0)},
		options: func(o *LiveOptions) { o.DeferAfter = time.Minute },
		live: func(l *Live) {
			l.handle = func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, string, Outcome) {
				<-release
				return l.bot.HandleInteraction(ctx, i)
			}
			l.onDrain = func() { close(draining) }
			l.beforeClose = func() { atClose = h.s.Requests() }
		},
	})
	i := h.s.Slash("/iai search query:HIV")
	ids := make([]string, n)
	for k := range ids {
		ids[k] = h.s.DispatchInteraction(i)
	}
	// A replay of the first, as a resumed session may send, is dropped; as
	// events are taken in order, all n are in flight once it is.
	replay := i
	replay.ID = ids[0]
	h.s.DispatchInteraction(replay)
	h.logs.waitFor(t, 1, "interaction not answered", map[string]string{"reason": "seen before"})

	h.cancel() // SIGTERM
	<-draining
	close(release)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	answered := map[string]int{}
	for _, r := range atClose {
		if strings.HasSuffix(r.Path, "/callback") && r.Status == http.StatusNoContent {
			answered[r.InteractionID]++
		}
	}
	for _, id := range ids {
		if answered[id] != 1 {
			t.Errorf("interaction %s answered %d times before the session closed, want once", id, answered[id])
		}
	}
	if got := len(h.logs.find("interaction", nil)); got != n {
		t.Errorf("%d interactions logged, want %d", got, n)
	}
}

func TestLiveDefersSlowReplies(t *testing.T) {
	t.Parallel()
	gate := make(chan struct{})
	h := startLive(t, liveSetup{
		options: func(o *LiveOptions) { o.DeferAfter = time.Millisecond },
		live: func(l *Live) {
			l.handle = func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, string, Outcome) {
				if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
					time.Sleep(20 * time.Millisecond) // slower than DeferAfter, yet never deferred
				} else {
					<-gate // until the test has seen the placeholder
				}
				return l.bot.HandleInteraction(ctx, i)
			}
		},
	})
	s := h.s
	placeholder := func(i discordtest.Interaction, typ discordgo.InteractionResponseType, flags discordgo.MessageFlags) string {
		t.Helper()
		id, r := h.callback(t, i)
		if got := r.CallbackType(); got != typ {
			t.Fatalf("placeholder type %d, want %d", got, typ)
		}
		if m, _ := r.Message(); m.Flags != flags {
			t.Errorf("placeholder flags %d, want %d", m.Flags, flags)
		}
		gate <- struct{}{}
		return id
	}
	edit := func(id string) any {
		t.Helper()
		r, err := s.WaitEdit(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		return decodeJSON(t, r.JSON())
	}
	// The edit carries the reply's message: the console's data without
	// the flags, which the placeholder already set.
	message := func(resp any) any {
		d := field(resp, "data").(map[string]any)
		delete(d, "flags")
		delete(d, "tts")
		return d
	}

	t.Run("command", func(t *testing.T) {
		id := placeholder(s.Slash("/iai search query:Japan"), discordgo.InteractionResponseDeferredChannelMessageWithSource, 0)
		if diff := cmp.Diff(message(h.consoleJSON(t, "/iai search query:Japan")), edit(id)); diff != "" {
			t.Errorf("edit (-console +gateway):\n%s", diff)
		}
	})
	t.Run("chart", func(t *testing.T) {
		// The placeholder went out as JSON; the chart comes with the
		// edit, as multipart/form-data.
		id := placeholder(s.Slash("/iai timeline as:chart"), discordgo.InteractionResponseDeferredChannelMessageWithSource, 0)
		want, err := json.Marshal(h.consoleJSON(t, "/iai timeline as:chart"))
		if err != nil {
			t.Fatal(err)
		}
		checkEditedLikeTheConsole(t, s, id, want, runLine(t, h.b, "/iai timeline as:chart").Files)
	})
	t.Run("paging button", func(t *testing.T) {
		msg := &discordgo.Message{ID: "1300000000000000950", ChannelID: s.ChannelID(), Author: &discordgo.User{ID: s.BotUserID(), Bot: true}}
		id := placeholder(discordtest.Component(idPage+"2:Japan").OnMessage(msg), discordgo.InteractionResponseDeferredMessageUpdate, 0)
		if diff := cmp.Diff(message(h.consoleJSON(t, "/iai search query:Japan page:2")), edit(id)); diff != "" {
			t.Errorf("edit (-console +gateway):\n%s", diff)
		}
	})
	t.Run("list paging button", func(t *testing.T) {
		msg := &discordgo.Message{ID: "1300000000000000951", ChannelID: s.ChannelID(), Author: &discordgo.User{ID: s.BotUserID(), Bot: true}}
		id := placeholder(discordtest.Component(idList+"timeline:1:").OnMessage(msg), discordgo.InteractionResponseDeferredMessageUpdate, 0)
		if diff := cmp.Diff(message(h.consoleJSON(t, "/iai timeline page:1")), edit(id)); diff != "" {
			t.Errorf("edit (-console +gateway):\n%s", diff)
		}
	})
	t.Run("source button", func(t *testing.T) {
		src := idSource + "mofa-2001-11-japan-cooperation-iai#16"
		id := placeholder(discordtest.Component(src), discordgo.InteractionResponseDeferredChannelMessageWithSource, discordgo.MessageFlagsEphemeral)
		reply, _, _ := h.b.Component(context.Background(), src, nil)
		want, _ := json.Marshal(reply.InteractionResponse())
		if diff := cmp.Diff(message(decodeJSON(t, want)), edit(id)); diff != "" {
			t.Errorf("edit (-bot +gateway):\n%s", diff)
		}
	})
	t.Run("private error after a public placeholder", func(t *testing.T) {
		id := placeholder(s.Slash("/iai country name:Atlantis"), discordgo.InteractionResponseDeferredChannelMessageWithSource, 0)
		r, err := s.WaitFollowup(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		want := field(h.consoleJSON(t, "/iai country name:Atlantis"), "data").(map[string]any)
		delete(want, "tts")
		if want["content"] == "" {
			delete(want, "content") // a follow-up leaves empty content out
		}
		if diff := cmp.Diff(want, decodeJSON(t, r.JSON())); diff != "" {
			t.Errorf("follow-up (-console +gateway):\n%s", diff)
		}
		if _, err := s.WaitRequest(t.Context(), func(r discordtest.Request) bool {
			return r.InteractionID == id && r.Method == http.MethodDelete
		}); err != nil {
			t.Errorf("the public placeholder was not removed: %v", err)
		}
	})
	t.Run("autocomplete", func(t *testing.T) {
		_, r := h.callback(t, s.Autocomplete("/iai country name:camb"))
		if typ := r.CallbackType(); typ != discordgo.InteractionApplicationCommandAutocompleteResult {
			t.Errorf("callback type %d, want 8: autocomplete is never deferred", typ)
		}
	})
	if recs := h.logs.find("interaction", map[string]string{"deferred": "true"}); len(recs) != 6 {
		t.Errorf("%d interactions logged as deferred, want 6", len(recs))
	}
}

func TestLiveSurvivesPanics(t *testing.T) {
	t.Parallel()
	h := startLive(t, liveSetup{live: func(l *Live) {
		l.handle = func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, string, Outcome) {
			if i.Type == discordgo.InteractionApplicationCommandAutocomplete || i.ApplicationCommandData().Options[0].Name == "help" {
				panic("kaboom")
			}
			return l.bot.HandleInteraction(ctx, i)
		}
		l.answer = func(ctx context.Context, content, prev string) (Reply, Outcome) {
			if strings.Contains(content, "boom") {
				panic("kaboom")
			}
			return l.bot.FollowUp(ctx, content, prev)
		}
	}})
	s := h.s

	id, r := h.callback(t, s.Slash("/iai help"))
	m, err := r.Message()
	if err != nil {
		t.Fatal(err)
	}
	if m.Flags != discordgo.MessageFlagsEphemeral || len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].Description, "Sorry") {
		t.Errorf("panic answered with %+v, want an ephemeral apology", m)
	}
	_, r = h.callback(t, s.Autocomplete("/iai country name:camb"))
	if choices, err := r.Choices(); err != nil || len(choices) != 0 {
		t.Errorf("autocomplete panic answered %v, %v; want no choices", choices, err)
	}
	s.DispatchMessage(s.MentionBot("boom?"))
	if _, err := s.WaitMessage(t.Context(), s.ChannelID()); err != nil {
		t.Fatal(err)
	}
	// Still serving.
	_, r = h.callback(t, s.Slash("/iai search query:HIV"))
	if diff := cmp.Diff(h.consoleJSON(t, "/iai search query:HIV"), decodeJSON(t, r.JSON())); diff != "" {
		t.Errorf("after panics (-console +gateway):\n%s", diff)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	recs := h.logs.find("interaction", map[string]string{"interaction": id, "outcome": "panic", "panic": "kaboom"})
	if len(recs) != 1 || !strings.Contains(recs[0].attrs["stack"], "gateway_test.go") {
		t.Errorf("panic logged as %+v, want one line with the stack", recs)
	}
	if recs := h.logs.find("message", map[string]string{"outcome": "panic"}); len(recs) != 1 {
		t.Errorf("message panic logged %d times, want once", len(recs))
	}
}

func TestInviteURL(t *testing.T) {
	const want = "https://discord.com/oauth2/authorize?client_id=1300000000000000001&scope=bot+applications.commands&permissions=274877991936"
	if got := InviteURL("1300000000000000001"); got != want {
		t.Errorf("InviteURL = %s, want %s", got, want)
	}
}

// A reply to the bot's answer is answered in the context of the question
// it answered, with nothing kept on the bot's side: the answer's title
// carries the question as understood, so a reply to that answer carries
// the context on down the chain.
func TestLiveFollowUps(t *testing.T) {
	t.Parallel()
	h := startLive(t, liveSetup{})
	s := h.s
	posted := func() (*discordgo.Message, string) {
		t.Helper()
		r, err := s.WaitMessage(t.Context(), s.ChannelID())
		if err != nil {
			t.Fatal(err)
		}
		m, err := r.Message()
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			AllowedMentions *struct{ Parse []string } `json:"allowed_mentions"`
		}
		if json.Unmarshal(r.JSON(), &body) != nil || body.AllowedMentions == nil || body.AllowedMentions.Parse == nil || len(body.AllowedMentions.Parse) != 0 {
			t.Errorf("answer may ping: %s", r.JSON())
		}
		return m, r.MessageID
	}
	s.DispatchMessage(s.MentionBot("when did Cambodia join the ASEAN-Japan Centre?"))
	first, firstID := posted()
	if !strings.Contains(first.Embeds[0].Description, "June 11, 2001") {
		t.Fatalf("first answer: %q", first.Embeds[0].Description)
	}

	// A reply without a mention: "and Vietnam?" asks the same of Vietnam.
	s.DispatchMessage(discordtest.NewMessage("and Vietnam?").ReplyTo(firstID))
	second, secondID := posted()
	if got := second.Embeds[0].Title; !strings.Contains(strings.ToLower(got), "vietnam") || !strings.Contains(strings.ToLower(got), "centre") {
		t.Errorf("follow-up title %q does not carry the question's context", got)
	}
	// The documents give no date for Vietnam, only that it is a member:
	// the follow-up must not answer with Cambodia's date.
	if d := second.Embeds[0].Description; !strings.Contains(d, "Vietnam") || strings.HasPrefix(d, "**June 11, 2001") {
		t.Errorf("follow-up answer %q is not about Vietnam", d)
	}

	// Down the chain: a reply to the follow-up's answer keeps the context.
	s.DispatchMessage(discordtest.NewMessage("and Cambodia?").ReplyTo(secondID))
	third, _ := posted()
	if !strings.HasPrefix(third.Embeds[0].Description, "**June 11, 2001") {
		t.Errorf("second follow-up answer %q, want Cambodia's date", third.Embeds[0].Description)
	}

	// A reply to someone else's message is not for the bot.
	other := s.DispatchMessage(discordtest.NewMessage("lunch at noon"))
	s.DispatchMessage(discordtest.NewMessage("and Laos?").ReplyTo(other))
	s.DispatchMessage(discordtest.NewMessage("what is the IAI?").InDM().InChannel("1300000000000000102"))
	if _, err := s.WaitMessage(t.Context(), "1300000000000000102"); err != nil {
		t.Fatal(err)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range s.Requests() {
		if r.Method == http.MethodPost && r.Path == "/api/v9/channels/"+s.ChannelID()+"/messages" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d answers in the channel, want 3 (the reply to another message is not the bot's)", n)
	}
}
