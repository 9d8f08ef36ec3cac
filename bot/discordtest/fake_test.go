package discordtest

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
)

// handlerFunc answers one interaction; an error it returns fails the test.
type handlerFunc func(dg *discordgo.Session, i *discordgo.InteractionCreate) error

// startBot opens a real discordgo session against s. Handler errors go
// through a channel, because discordgo runs handlers in goroutines that can
// outlive the test.
func startBot(t *testing.T, s *Server, onInteraction handlerFunc, configure ...func(*discordgo.Session)) *discordgo.Session {
	t.Helper()
	dg, err := discordgo.New("Bot test-token")
	if err != nil {
		t.Fatal(err)
	}
	dg.Client.Transport = s.Transport()
	for _, c := range configure {
		c(dg)
	}
	errs := make(chan error, 16)
	report := func(err error) {
		if err != nil {
			select {
			case errs <- err:
			default:
			}
		}
	}
	if onInteraction != nil {
		dg.AddHandler(func(dg *discordgo.Session, i *discordgo.InteractionCreate) { report(onInteraction(dg, i)) })
	}
	t.Cleanup(func() {
		for {
			select {
			case err := <-errs:
				t.Errorf("bot handler: %v", err)
			default:
				return
			}
		}
	})
	if err := dg.Open(); err != nil {
		t.Fatalf("open session: %v", err)
	}
	t.Cleanup(func() { dg.Close() }) // before the server's cleanup, which New registered first
	if err := s.WaitReady(t.Context()); err != nil {
		t.Fatal(err)
	}
	return dg
}

var noMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}

// echo answers every command with its options, the way a bot would answer
// "/iai search query:HIV".
func echo(dg *discordgo.Session, i *discordgo.InteractionCreate) error {
	if i.Type != discordgo.InteractionApplicationCommand {
		return nil
	}
	return dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: describe(i), AllowedMentions: noMentions},
	})
}

// describe renders an interaction as "/name sub opt=value(type) by user in guild".
func describe(i *discordgo.InteractionCreate) string {
	d := i.ApplicationCommandData()
	var b strings.Builder
	b.WriteString("/" + d.Name)
	var walk func([]*discordgo.ApplicationCommandInteractionDataOption)
	walk = func(opts []*discordgo.ApplicationCommandInteractionDataOption) {
		for _, o := range opts {
			switch o.Type {
			case discordgo.ApplicationCommandOptionSubCommand, discordgo.ApplicationCommandOptionSubCommandGroup:
				b.WriteString(" " + o.Name)
				walk(o.Options)
			default:
				fmt.Fprintf(&b, " %s=%v(%T)", o.Name, o.Value, o.Value)
			}
		}
	}
	walk(d.Options)
	if i.Member != nil {
		fmt.Fprintf(&b, " by %s in %s", i.Member.User.ID, i.GuildID)
	} else {
		fmt.Fprintf(&b, " by %s in DM", i.User.ID)
	}
	return b.String()
}

func mustContent(t *testing.T, r Request) string {
	t.Helper()
	m, err := r.Message()
	if err != nil {
		t.Fatal(err)
	}
	return m.Content
}

// testCommands is what a bot would register.
var testCommands = []*discordgo.ApplicationCommand{{
	Name:        "iai",
	Description: "Ask about the Initiative for ASEAN Integration",
	Options: []*discordgo.ApplicationCommandOption{
		{
			Type: discordgo.ApplicationCommandOptionSubCommand, Name: "search", Description: "Search the documents",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "query", Description: "Words to find", Required: true, Autocomplete: true},
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "limit", Description: "How many"},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "public", Description: "Show everyone"},
			},
		},
		{
			Type: discordgo.ApplicationCommandOptionSubCommandGroup, Name: "admin", Description: "Maintenance",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "reindex", Description: "Rebuild the index"},
			},
		},
	},
}}

// testBot answers the way the real bot would, with one handler per kind of
// interaction.
func testBot(dg *discordgo.Session, i *discordgo.InteractionCreate) error {
	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		var typed string
		for _, o := range i.ApplicationCommandData().Options[0].Options {
			if o.Focused {
				typed = o.StringValue()
			}
		}
		return dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{
				{Name: typed + "V/AIDS", Value: typed + "V"},
			}},
		})
	case discordgo.InteractionMessageComponent:
		d := i.MessageComponentData()
		if i.Message == nil || i.Message.Author == nil || !i.Message.Author.Bot {
			return fmt.Errorf("component interaction without the bot's message: %+v", i.Message)
		}
		return dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: d.CustomID + " " + strings.Join(d.Values, ","), AllowedMentions: noMentions},
		})
	}
	switch i.ApplicationCommandData().Name {
	case "slow":
		return deferEditFollowup(dg, i)
	case "file":
		return dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{
				Files:           []*discordgo.File{{Name: "passages.txt", ContentType: "text/plain", Reader: strings.NewReader("...")}},
				AllowedMentions: noMentions,
			},
		})
	}
	return echo(dg, i)
}

func deferEditFollowup(dg *discordgo.Session, i *discordgo.InteractionCreate) error {
	err := dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
	})
	if err != nil {
		return err
	}
	content := "Found 3 passages."
	m, err := dg.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &content, AllowedMentions: noMentions})
	if err != nil {
		return err
	}
	if m.Content != content || m.Flags != discordgo.MessageFlagsEphemeral || m.ChannelID != i.ChannelID {
		return fmt.Errorf("edit answered %+v", m)
	}
	f, err := dg.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "Page 2", AllowedMentions: noMentions})
	if err != nil {
		return err
	}
	if f.ID == "" || f.Content != "Page 2" {
		return fmt.Errorf("follow-up answered %+v", f)
	}
	return nil
}

// replyToMentions answers a person's message that mentions the bot.
func replyToMentions(replies chan<- error) func(*discordgo.Session, *discordgo.MessageCreate) {
	return func(dg *discordgo.Session, m *discordgo.MessageCreate) {
		if m.Author.Bot || len(m.Mentions) == 0 || m.Mentions[0].ID != dg.State.User.ID {
			return
		}
		_, err := dg.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
			Content:         "You asked: " + strings.TrimSpace(strings.TrimPrefix(m.Content, "<@"+dg.State.User.ID+">")),
			Reference:       m.Reference(),
			AllowedMentions: noMentions,
		})
		replies <- err
	}
}

// TestBot runs a real discordgo session through what a bot does. It shares
// one session because each discordgo Close costs a second.
func TestBot(t *testing.T) {
	t.Parallel()
	s := New(t)
	replies := make(chan error, 4)
	dg := startBot(t, s, testBot, func(dg *discordgo.Session) {
		dg.AddHandler(replyToMentions(replies))
	})

	t.Run("slash command", func(t *testing.T) {
		id := s.DispatchInteraction(s.Slash(`/iai search query:"rural roads"`))
		r, err := s.WaitCallback(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		want := "/iai search query=rural roads(string) by " + s.UserID() + " in " + s.GuildID()
		if got := mustContent(t, r); got != want {
			t.Errorf("content = %q, want %q", got, want)
		}
		if r.CallbackType() != discordgo.InteractionResponseChannelMessageWithSource {
			t.Errorf("callback type = %d, want 4", r.CallbackType())
		}
		if !strings.Contains(string(r.Body), `"allowed_mentions":{"parse":[]`) {
			t.Errorf("body lacks allowed_mentions.parse []: %s", r.Body)
		}
		if got := r.Header.Get("Authorization"); got != "Bot test-token" {
			t.Errorf("Authorization = %q", got)
		}
		token, intents := s.Identified()
		if token != "Bot test-token" || intents != discordgo.IntentsAllWithoutPrivileged {
			t.Errorf("identified with %q, intents %d", token, intents)
		}
	})

	t.Run("direct message", func(t *testing.T) {
		id := s.DispatchInteraction(SlashCommand("iai", Subcommand("help")).InDM())
		r, err := s.WaitCallback(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := mustContent(t, r), "/iai help by "+s.UserID()+" in DM"; got != want {
			t.Errorf("content = %q, want %q", got, want)
		}
	})

	t.Run("register commands", func(t *testing.T) {
		got, err := dg.ApplicationCommandBulkOverwrite(dg.State.Application.ID, "", testCommands)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].ID == "" || got[0].ApplicationID != s.AppID() {
			t.Fatalf("overwrite answered %+v", got)
		}
		again, err := dg.ApplicationCommandBulkOverwrite(s.AppID(), "", testCommands)
		if err != nil {
			t.Fatal(err)
		}
		if again[0].ID != got[0].ID {
			t.Errorf("command id changed across overwrites: %s, then %s", got[0].ID, again[0].ID)
		}
		stored := s.Commands("")
		if diff := cmp.Diff(testCommands[0].Options, stored[0].Options); diff != "" {
			t.Errorf("stored options (-registered +stored):\n%s", diff)
		}
		if len(s.Commands(s.GuildID())) != 0 {
			t.Error("global overwrite showed up as guild commands")
		}
	})

	t.Run("typed options", func(t *testing.T) {
		// Registered types reach the bot: an integer, and a false boolean
		// that discordgo's own option type would leave out.
		id := s.DispatchInteraction(s.Slash("/iai search query:HIV limit:3 public:false"))
		r, err := s.WaitCallback(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		want := "/iai search query=HIV(string) limit=3(float64) public=false(bool) by " + s.UserID() + " in " + s.GuildID()
		if got := mustContent(t, r); got != want {
			t.Errorf("content = %q, want %q", got, want)
		}
		id = s.DispatchInteraction(s.Slash("/iai admin reindex"))
		if r, err = s.WaitCallback(t.Context(), id); err != nil {
			t.Fatal(err)
		}
		if got := mustContent(t, r); !strings.HasPrefix(got, "/iai admin reindex by") {
			t.Errorf("content = %q", got)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		id := s.DispatchInteraction(s.Autocomplete("/iai search query:HI"))
		r, err := s.WaitCallback(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		choices, err := r.Choices()
		if err != nil {
			t.Fatal(err)
		}
		if len(choices) != 1 || choices[0].Name != "HIV/AIDS" || choices[0].Value != "HIV" {
			t.Errorf("choices = %+v", choices)
		}
	})

	t.Run("defer edit follow-up", func(t *testing.T) {
		id := s.DispatchInteraction(SlashCommand("slow", StringOption("query", "roads")))
		r, err := s.WaitCallback(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if r.CallbackType() != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			t.Errorf("callback type = %d, want 5", r.CallbackType())
		}
		edit, err := s.WaitEdit(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustContent(t, edit); got != "Found 3 passages." {
			t.Errorf("edit content = %q", got)
		}
		follow, err := s.WaitFollowup(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustContent(t, follow); got != "Page 2" {
			t.Errorf("follow-up content = %q", got)
		}
	})

	t.Run("file upload", func(t *testing.T) {
		// Multipart; a file alone makes a message.
		id := s.DispatchInteraction(SlashCommand("file"))
		r, err := s.WaitCallback(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") || r.CallbackType() != discordgo.InteractionResponseChannelMessageWithSource {
			t.Errorf("Content-Type %q, callback type %d", r.Header.Get("Content-Type"), r.CallbackType())
		}
	})

	t.Run("component", func(t *testing.T) {
		id := s.DispatchInteraction(Component("iai:country", "KH"))
		r, err := s.WaitCallback(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustContent(t, r); got != "iai:country KH" {
			t.Errorf("update content = %q", got)
		}
	})

	t.Run("mention", func(t *testing.T) {
		s.DispatchMessage(s.MentionBot("hi").By(&discordgo.User{ID: "1200000000000000001", Username: "otherbot", Bot: true}))
		s.DispatchMessage(NewMessage("no mention here"))
		asked := s.DispatchMessage(s.MentionBot("who funds roads?"))
		msg, err := s.WaitMessage(t.Context(), s.ChannelID())
		if err != nil {
			t.Fatal(err)
		}
		if err := <-replies; err != nil {
			t.Fatal(err)
		}
		m, err := msg.Message()
		if err != nil {
			t.Fatal(err)
		}
		if m.Content != "You asked: who funds roads?" || m.MessageReference == nil || m.MessageReference.MessageID != asked {
			t.Errorf("reply = %q, reference %+v; want a reply to %s", m.Content, m.MessageReference, asked)
		}
		posts := 0
		for _, r := range s.Requests() {
			if r.Method == http.MethodPost && strings.HasPrefix(r.Path, "/api/v9/channels/") {
				posts++
			}
		}
		if posts != 1 {
			t.Errorf("%d messages posted, want only the reply to the person's mention", posts)
		}
	})

	t.Run("faults retried", func(t *testing.T) {
		s.FailNext("POST", "/interactions/", http.StatusTooManyRequests, 2)
		s.FailNext("", "/api/v9/interactions/", http.StatusBadGateway, 1)
		id := s.DispatchInteraction(s.Slash("/iai search query:HIV"))
		if _, err := s.WaitCallback(t.Context(), id); err != nil {
			t.Fatal(err)
		}
		var statuses []int
		for _, r := range s.Requests() {
			if r.InteractionID == id {
				statuses = append(statuses, r.Status)
			}
		}
		if diff := cmp.Diff([]int{429, 429, 502, 204}, statuses); diff != "" {
			t.Errorf("callback statuses (-want +got):\n%s", diff)
		}
	})
}

// TestGatewayResumes drops the socket, then sends op 7; each time the
// client resumes and gets what was dispatched meanwhile.
func TestGatewayResumes(t *testing.T) {
	t.Parallel()
	s := New(t) // see WithHeartbeatInterval on why not a short interval
	startBot(t, s, echo)
	for n, fault := range []func(){s.DropConnections, s.SendReconnect} {
		fault()
		id := s.DispatchInteraction(s.Slash("/iai search query:after-fault"))
		if _, err := s.WaitCallback(t.Context(), id); err != nil {
			t.Fatal(err)
		}
		if s.Resumes() != n+1 || s.Identifies() != 1 {
			t.Errorf("after fault %d: resumes = %d, identifies = %d; want %d and 1", n, s.Resumes(), s.Identifies(), n+1)
		}
		if err := s.WaitReady(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMissedHeartbeatACKsReidentify(t *testing.T) {
	t.Parallel()
	// A raw discordgo session identifies again at once after op 9, which
	// a paced login would get: this test is about heartbeats.
	s := New(t, WithHeartbeatInterval(20*time.Millisecond), WithLoginPace(0))
	startBot(t, s, echo, func(dg *discordgo.Session) {
		dg.LogLevel = -1 // discordgo logs the missing ACKs as an error
	})
	s.MissHeartbeatACKs(7)
	// discordgo closes with 1000, which ends the session: its RESUME gets
	// op 9 and it identifies again.
	deadline := time.Now().Add(5 * time.Second)
	for s.Identifies() < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("no second IDENTIFY after missed heartbeat ACKs")
		}
		time.Sleep(10 * time.Millisecond)
	}
	id := s.DispatchInteraction(s.Slash("/iai search query:after-heartbeats"))
	if _, err := s.WaitCallback(t.Context(), id); err != nil {
		t.Fatal(err)
	}
	if s.Resumes() != 0 {
		t.Errorf("resumes = %d, want 0", s.Resumes())
	}
}

func TestLatencyAndUnknownRoutes(t *testing.T) {
	t.Parallel()
	s := New(t)
	dg, err := discordgo.New("Bot test-token")
	if err != nil {
		t.Fatal(err)
	}
	dg.Client.Transport = s.Transport()

	s.SetLatency(100 * time.Millisecond)
	start := time.Now()
	me, err := dg.User("@me")
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took < 100*time.Millisecond {
		t.Errorf("GET /users/@me took %v with 100ms latency", took)
	}
	if me.ID != s.BotUserID() || !me.Bot {
		t.Errorf("users/@me = %+v", me)
	}
	s.SetLatency(0)

	_, err = dg.Channel("1200000000000000009")
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response.StatusCode != http.StatusNotFound {
		t.Errorf("GET /channels/{id}: err = %v, want a 404 RESTError", err)
	}
	reqs := s.Requests()
	if last := reqs[len(reqs)-1]; last.Path != "/api/v9/channels/1200000000000000009" || last.Status != 404 {
		t.Errorf("last request = %s %s %d", last.Method, last.Path, last.Status)
	}
}

// recorder is a testing.TB whose errors a test can inspect instead of
// failing, to prove the fake reports what it should.
type recorder struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorder) reported() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.errs, "\n")
}

// TestMisuseIsReported proves the fake fails a test for what Discord
// rejects: an invalid body, a second acknowledgement, a late one. The bot
// gets Discord's error codes.
func TestMisuseIsReported(t *testing.T) {
	t.Parallel()
	rec := &recorder{TB: t}
	s := New(rec, WithInteractionDeadline(200*time.Millisecond))
	respond := func(dg *discordgo.Session, i *discordgo.InteractionCreate, mentions *discordgo.MessageAllowedMentions) error {
		return dg.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "hi", AllowedMentions: mentions},
		})
	}
	errs := make(chan error, 2)
	startBot(t, s, func(dg *discordgo.Session, i *discordgo.InteractionCreate) error {
		switch i.ApplicationCommandData().Name {
		case "invalid":
			// The zero MessageAllowedMentions marshals "parse": null.
			errs <- respond(dg, i, &discordgo.MessageAllowedMentions{})
		case "twice":
			respond(dg, i, noMentions)
			errs <- respond(dg, i, noMentions)
		case "slow":
			time.Sleep(300 * time.Millisecond)
			errs <- respond(dg, i, noMentions)
		}
		return nil
	})
	for _, tt := range []struct {
		command string
		status  int
		code    int
		report  string
	}{
		{"invalid", 400, 50035, "/data/allowed_mentions/parse: is null"},
		{"twice", 400, 40060, "second callback"},
		{"slow", 404, 10062, "after the interaction was delivered"},
	} {
		id := s.DispatchInteraction(SlashCommand(tt.command))
		var rest *discordgo.RESTError
		if err := <-errs; !errors.As(err, &rest) || rest.Message == nil || rest.Message.Code != tt.code {
			t.Errorf("/%s: bot got %v, want Discord error %d", tt.command, err, tt.code)
		}
		r, err := s.WaitRequest(t.Context(), func(r Request) bool { return r.InteractionID == id && r.Err != nil })
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != tt.status {
			t.Errorf("/%s: status %d, want %d", tt.command, r.Status, tt.status)
		}
		if got := rec.reported(); !strings.Contains(got, tt.report) {
			t.Errorf("/%s: reported %q, want %q", tt.command, got, tt.report)
		}
	}
}

func TestAllowProtocolErrors(t *testing.T) {
	t.Parallel()
	rec := &recorder{TB: t}
	s := New(rec, AllowProtocolErrors())
	dg, err := discordgo.New("Bot test-token")
	if err != nil {
		t.Fatal(err)
	}
	dg.Client.Transport = s.Transport()
	err = dg.InteractionRespond(&discordgo.Interaction{ID: "1", Token: "nope"}, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Message.Code != 10062 {
		t.Errorf("callback for an unknown interaction: %v, want 10062", err)
	}
	if got := rec.reported(); got != "" {
		t.Errorf("reported %q with AllowProtocolErrors", got)
	}
}

func TestSlashParsing(t *testing.T) {
	t.Parallel()
	s := New(t)
	opt := func(name string, typ discordgo.ApplicationCommandOptionType, v any, sub ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: typ, Value: v, Options: sub}
	}
	const (
		str   = discordgo.ApplicationCommandOptionString
		sub   = discordgo.ApplicationCommandOptionSubCommand
		group = discordgo.ApplicationCommandOptionSubCommandGroup
	)
	// Before the bot registers anything, options are strings.
	for _, tt := range []struct {
		line string
		want []*discordgo.ApplicationCommandInteractionDataOption
	}{
		{"/iai", nil},
		{`/iai search query:"rural roads" limit:3`, []*discordgo.ApplicationCommandInteractionDataOption{
			opt("search", sub, nil, opt("query", str, "rural roads"), opt("limit", str, "3")),
		}},
		{"/iai admin reindex", []*discordgo.ApplicationCommandInteractionDataOption{opt("admin", group, nil, opt("reindex", sub, nil))}},
		{"/ask q:'it''s'", []*discordgo.ApplicationCommandInteractionDataOption{opt("q", str, "its")}},
	} {
		got := s.Slash(tt.line).ApplicationCommandData().Options
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Slash(%q) options (-want +got):\n%s", tt.line, diff)
		}
	}
	for _, line := range []string{"iai", `/iai q:"open`, "/iai q:1 sub", "/a b c d"} {
		if _, err := s.parseSlash(line, false); err == nil {
			t.Errorf("parseSlash(%q) succeeded", line)
		}
	}

	dg, err := discordgo.New("Bot test-token")
	if err != nil {
		t.Fatal(err)
	}
	dg.Client.Transport = s.Transport()
	if _, err := dg.ApplicationCommandBulkOverwrite(s.AppID(), s.GuildID(), testCommands); err != nil {
		t.Fatal(err)
	}
	i := s.Slash("/iai search query:x limit:7")
	if d := i.ApplicationCommandData(); d.ID != s.Commands(s.GuildID())[0].ID {
		t.Errorf("command id %q, want the registered %q", d.ID, s.Commands(s.GuildID())[0].ID)
	}
	if v := i.ApplicationCommandData().Options[0].Options[1].Value; v != int64(7) {
		t.Errorf("limit = %#v, want int64 7", v)
	}
	for _, line := range []string{"/iai search nope:1", "/iai find", "/iai search limit:many", "/iai admin"} {
		if _, err := s.parseSlash(line, false); err == nil {
			t.Errorf("parseSlash(%q) succeeded against the registered command", line)
		}
	}
}
