package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// InvitePermissions are the permissions the invite link asks for: what
// answering a mention in a channel or thread takes (View Channel, Send
// Messages, Send Messages in Threads, Embed Links so the answer shows, Read
// Message History to reply to the question). Slash commands need none of
// them: their replies go through the interaction's own webhook.
const InvitePermissions int64 = discordgo.PermissionViewChannel |
	discordgo.PermissionSendMessages |
	discordgo.PermissionSendMessagesInThreads |
	discordgo.PermissionEmbedLinks |
	discordgo.PermissionReadMessageHistory

// InviteURL is the link that adds the bot to a server with the scopes and
// permissions it needs.
func InviteURL(appID string) string {
	return "https://discord.com/oauth2/authorize?client_id=" + url.QueryEscape(appID) +
		"&scope=bot+applications.commands&permissions=" + strconv.FormatInt(InvitePermissions, 10)
}

// DefaultDeferAfter is how long the transports wait for an answer before
// deferring the interaction: Discord allows 3 s for the first response,
// and the rest is margin for the network.
const DefaultDeferAfter = 2 * time.Second

// DefaultDrainTimeout bounds how long shutdown waits for replies in
// flight; see [LiveOptions].
const DefaultDrainTimeout = 10 * time.Second

// LiveOptions configure a [Live]; zero fields take the defaults.
type LiveOptions struct {
	Logger       *slog.Logger  // default: discard
	Metrics      *Metrics      // default: none
	Limiter      *RateLimiter  // per-user limit; default: none
	DeferAfter   time.Duration // wait this long for an answer, then defer it; default DefaultDeferAfter
	DrainTimeout time.Duration // at shutdown, wait this long for replies in flight; default DefaultDrainTimeout
	Shard        Shard         // which shard this session is; default: the only one
	Pacer        *LoginPacer   // login slots, shared by the shards of a bot; default: one bucket of its own
	Shared       *Shared       // cooldowns and events already answered, shared by processes; default: in memory
}

// Shard is one of a bot's gateway sessions: Discord sends it the events
// of the guilds whose (guild_id >> 22) % Count is ID, and shard 0 gets the
// direct messages too. The zero Shard is a bot that is not sharded.
type Shard struct {
	ID, Count int
}

// sharded reports whether the session says which shard it is.
func (s Shard) sharded() bool { return s.Count > 1 }

// Live is the bot on Discord's gateway. It registers /iai, answers every
// interaction through [Bot.HandleInteraction] and questions in channels
// through [Bot.Message]; the Bot computes, Live only sends.
type Live struct {
	transport
	cfg          Config
	bot          *Bot
	limiter      *RateLimiter
	deferAfter   time.Duration
	drainTimeout time.Duration
	dg           *discordgo.Session
	tr           *http.Transport
	shard        Shard
	gate         *loginGate
	shared       *Shared

	// Seams for tests; they default to the Bot's methods and the real clock.
	answer      func(ctx context.Context, content, prev string) (Reply, Outcome)
	now         func() time.Time
	onDrain     func() // shutdown has begun; no new events are taken
	beforeClose func() // replies are done; the session is about to close

	// work is the context replies run in: it outlives Run's context, so a
	// shutdown finishes what it started, and ends when the drain gives up.
	work     context.Context
	stopWork context.CancelFunc
	inflight sync.WaitGroup
	// computing admits as many handlers at once as there are CPUs: in a
	// burst, replies then finish in arrival order rather than all late
	// together, and those still waiting are deferred in time. Sending is
	// not limited; it waits on the network, not the CPU.
	computing chan struct{}

	mu         sync.Mutex
	started    bool
	connected  bool // between READY or RESUMED and a disconnect
	draining   bool
	dropped    int // events refused during shutdown
	botID      string
	sessions   int // READYs seen: a second one means the gateway started over
	registered bool
	qa         map[string]bool
	quiet      map[string]channelQuiet
	seen       recentIDs
}

// channelQuiet is when the bot last answered in a channel: anything, and a
// message addressed to it.
type channelQuiet struct{ any, addressed time.Time }

// NewLive prepares the live bot for cfg; Run connects it.
func NewLive(cfg Config, b *Bot, opts LiveOptions) (*Live, error) {
	if cfg.Token == "" {
		return nil, errors.New("bot: no Discord token configured")
	}
	dg, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("bot: new Discord session: %w", err)
	}
	tr := newRESTHTTPTransport()
	base := ""
	if cfg.APIURL != nil {
		base = cfg.APIURL.String()
	}
	if dg.Client, err = restClient(base, tr, opts.Metrics); err != nil {
		return nil, err
	}
	dg.Identify.Intents = cfg.Intents()
	if opts.Shard.sharded() {
		if opts.Shard.ID < 0 || opts.Shard.ID >= opts.Shard.Count {
			return nil, fmt.Errorf("bot: shard %d of %d does not exist", opts.Shard.ID, opts.Shard.Count)
		}
		dg.ShardID, dg.ShardCount = opts.Shard.ID, opts.Shard.Count
	}
	// Handlers only admit an event and start a goroutine, so running them
	// on the gateway's reader keeps events in order and lets shutdown know
	// exactly which ones it accepted.
	dg.SyncEvents = true
	dg.StateEnabled = false

	l := &Live{
		transport: transport{
			log:     opts.Logger,
			metrics: opts.Metrics,
			rest:    dg,
			secret:  cfg.Token,
			handle:  b.HandleInteraction,
		},
		cfg:          cfg,
		bot:          b,
		limiter:      opts.Limiter,
		deferAfter:   opts.DeferAfter,
		drainTimeout: opts.DrainTimeout,
		dg:           dg,
		tr:           tr,
		answer:       b.FollowUp,
		now:          time.Now,
		qa:           map[string]bool{},
		quiet:        map[string]channelQuiet{},
		seen:         newRecentIDs(4096),
		computing:    make(chan struct{}, runtime.GOMAXPROCS(0)),
		shard:        opts.Shard,
		shared:       opts.Shared,
	}
	if l.log == nil {
		l.log = slog.New(slog.DiscardHandler)
	}
	if l.shard.sharded() {
		l.log = l.log.With("shard", l.shard.ID)
	}
	pacer := opts.Pacer
	if pacer == nil {
		pacer = NewLoginPacer(1, opts.Shared)
	}
	l.gate = newLoginGate(l.shard.ID, pacer, l.log, l.metrics)
	dg.Dialer = l.gate.dialer()
	l.metrics.gatewayShard(l.shard.ID)
	if l.deferAfter <= 0 {
		l.deferAfter = DefaultDeferAfter
	}
	if l.drainTimeout <= 0 {
		l.drainTimeout = DefaultDrainTimeout
	}
	for _, c := range cfg.QAChannels {
		l.qa[c] = true
	}
	return l, nil
}

// Run connects to the gateway and answers until ctx ends; it then stops
// taking events, finishes the replies in flight (for up to
// [LiveOptions.DrainTimeout]) and closes the session. It returns an error only when the bot cannot go
// online at all, such as for a rejected token.
func (l *Live) Run(ctx context.Context) error {
	l.mu.Lock()
	if l.started {
		l.mu.Unlock()
		return errors.New("bot: Live.Run called twice")
	}
	l.started = true
	l.mu.Unlock()

	l.work, l.stopWork = context.WithCancel(context.WithoutCancel(ctx))
	defer l.stopWork()
	l.gate.setContext(ctx)
	defer l.tr.CloseIdleConnections()

	for _, h := range []any{l.onReady, l.onResumed, l.onDisconnect, l.onEvent, l.onMessage, l.onRateLimit} {
		l.dg.AddHandler(h)
	}
	online, err := l.connect(ctx)
	if err != nil || !online {
		return err
	}
	<-ctx.Done()
	l.shutdown()
	return nil
}

// connect opens the session, retrying with backoff while the failure may
// pass (a network error, Discord down) and giving up at once when it will
// not (a rejected token or intent). online is false when ctx ended first.
func (l *Live) connect(ctx context.Context) (online bool, err error) {
	wait := time.Second
	for {
		if l.gate.claim(ctx) != nil {
			return false, nil
		}
		err := l.dg.Open()
		if err == nil {
			return true, nil
		}
		if ctx.Err() != nil {
			return false, nil
		}
		err, fatal := explainConnectError(err)
		err = l.redact(err)
		if fatal {
			return false, err
		}
		l.log.Warn("cannot reach the Discord gateway; retrying", "err", err, "retry_in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return false, nil
		case <-t.C:
		}
		wait = min(2*wait, time.Minute)
	}
}

// explainConnectError turns the gateway's close codes into advice; fatal
// means retrying cannot help.
func explainConnectError(err error) (_ error, fatal bool) {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		switch ce.Code {
		case 4004:
			return errors.New("gateway closed with 4004, the token was rejected: check DISCORD_TOKEN, or reset it under Bot › Reset Token in the developer portal"), true
		case 4014:
			return errors.New("gateway closed with 4014, the privileged Message Content intent is not enabled: enable Bot › Privileged Gateway Intents › Message Content Intent in the developer portal, or unset IAI_QA_CHANNELS"), true
		case 4010, 4011, 4012, 4013:
			return fmt.Errorf("gateway closed with %d: %s", ce.Code, ce.Text), true
		}
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && (re.Response.StatusCode == http.StatusUnauthorized || re.Response.StatusCode == http.StatusForbidden) {
		return fmt.Errorf("the bot was refused (check DISCORD_TOKEN): %w", err), true
	}
	return fmt.Errorf("connect to the Discord gateway: %w", err), false
}

// shutdown stops admitting events, waits for the replies in flight and
// closes the session.
func (l *Live) shutdown() {
	l.mu.Lock()
	l.draining = true
	l.mu.Unlock()
	if l.onDrain != nil {
		l.onDrain()
	}
	l.log.Info("shutting down: finishing replies in flight", "timeout", l.drainTimeout)
	done := make(chan struct{})
	go func() {
		l.inflight.Wait()
		close(done)
	}()
	t := time.NewTimer(l.drainTimeout)
	select {
	case <-done:
		t.Stop()
	case <-t.C:
		l.log.Warn("replies still in flight at the drain timeout; abandoning them", "timeout", l.drainTimeout)
		l.stopWork()
	}
	if l.beforeClose != nil {
		l.beforeClose()
	}
	if err := l.dg.Close(); err != nil {
		l.log.Warn("close the gateway session", "err", l.redact(err))
	}
	// Abandoned replies fail fast once their context ends; let them finish
	// logging before Run returns.
	select {
	case <-done:
	case <-time.After(time.Second):
	}
	l.mu.Lock()
	dropped := l.dropped
	l.mu.Unlock()
	l.log.Info("stopped", "dropped_during_shutdown", dropped)
}

// admitLocked counts an event in unless shutdown has begun, it was seen
// before (a resumed session may replay it, and a restarted process may
// be sent what its predecessor answered) or a gate refuses it; skipped
// says why an event was refused. Call with l.mu held.
func (l *Live) admitLocked(key string, gates ...func() (skipped string)) (skipped string) {
	if l.draining {
		l.dropped++
		return "shutting down"
	}
	if !l.seen.add(key) {
		return "seen before"
	}
	if claimed, _, done := l.shared.claim(l.work, "dedup", "seen:"+key, seenTTL); done && !claimed {
		return "seen before"
	}
	for _, g := range gates {
		if why := g(); why != "" {
			return why
		}
	}
	l.inflight.Add(1)
	return ""
}

// spawn runs f in the work context as an admitted event.
func (l *Live) spawn(what string, f func(ctx context.Context)) {
	go func() {
		defer l.inflight.Done()
		if p := recovering(func() { f(l.work) }); p != nil {
			l.log.Error("panic in the gateway transport", "event", what, "panic", p.value, "stack", p.stack)
		}
	}()
}

// onReady learns the bot's own user and application from the gateway,
// which are the token's whatever the configuration says, and registers
// /iai once: READY comes again whenever the gateway starts a new session.
func (l *Live) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	appID := l.cfg.AppID
	if r.Application != nil && r.Application.ID != "" {
		if appID != "" && appID != r.Application.ID {
			l.log.Warn("DISCORD_APP_ID is not the token's application; using the token's", "configured", appID, "token_app", r.Application.ID)
		}
		appID = r.Application.ID
	}
	var user string
	l.mu.Lock()
	if r.User != nil {
		l.botID, user = r.User.ID, r.User.Username
	}
	l.connected = true
	if l.sessions++; l.sessions > 1 {
		l.metrics.GatewayReconnect(l.shard.ID) // a new session after the last one was lost
	}
	// Commands are the application's, not a shard's: one shard registers.
	register := !l.registered && appID != "" && l.shard.ID == 0 && l.admitLocked("ready:"+r.SessionID) == ""
	l.mu.Unlock()
	l.log.Info("online", "user", user, "application", appID, "guilds", len(r.Guilds),
		"intents", int(l.cfg.Intents()), "invite", InviteURL(appID))
	l.metrics.gatewayConnected(l.shard.ID, true)
	if appID == "" && l.shard.ID == 0 {
		l.log.Error("cannot register /" + CommandName + ": READY named no application; set DISCORD_APP_ID")
	}
	if register {
		l.spawn("register", func(ctx context.Context) { l.register(ctx, appID) })
	}
}

// register bulk-overwrites /iai, which is idempotent: Discord keeps the
// command's ID and changes nothing when the definition is the same.
func (l *Live) register(ctx context.Context, appID string) {
	scope := "global"
	if l.cfg.GuildID != "" {
		scope = "guild " + l.cfg.GuildID
	}
	_, subs, err := RegisterCommands(ctx, l.dg, appID, l.cfg.GuildID)
	if err != nil {
		l.log.Error("register /"+CommandName+" failed; is the bot in that guild, invited with the applications.commands scope?",
			"scope", scope, "err", l.redact(err))
		return
	}
	l.mu.Lock()
	l.registered = true
	l.mu.Unlock()
	l.log.Info("registered /"+CommandName, "scope", scope, "subcommands", strings.Join(subs, " "))
}

// onResumed marks the bot ready again: a resumed session replays what was
// missed, so nothing needs doing beyond counting the reconnection.
func (l *Live) onResumed(*discordgo.Session, *discordgo.Resumed) {
	l.mu.Lock()
	l.connected = true
	l.mu.Unlock()
	l.metrics.GatewayReconnect(l.shard.ID)
	l.metrics.gatewayConnected(l.shard.ID, true)
	l.log.Info("gateway session resumed")
}

// onDisconnect marks the bot not ready, so that a readiness probe sees the
// outage; discordgo reconnects on its own.
func (l *Live) onDisconnect(*discordgo.Session, *discordgo.Disconnect) {
	l.mu.Lock()
	l.connected = false
	draining := l.draining
	l.mu.Unlock()
	l.metrics.gatewayConnected(l.shard.ID, false)
	if !draining {
		l.log.Warn("gateway connection lost; reconnecting")
	}
}

// Ready reports whether the bot is connected to the gateway and taking
// events, for a readiness probe (see [Admin.AddCheck]).
func (l *Live) Ready() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case l.draining:
		return errors.New("shutting down")
	case !l.connected && l.shard.sharded():
		return fmt.Errorf("shard %d is not connected to the Discord gateway", l.shard.ID)
	case !l.connected:
		return errors.New("not connected to the Discord gateway")
	}
	return nil
}

// onRateLimit logs Discord's 429s: discordgo waits and retries them
// itself, so the log is how an operator learns replies were held up.
func (l *Live) onRateLimit(_ *discordgo.Session, r *discordgo.RateLimit) {
	// The URL can hold an interaction token: leave it out.
	if r.TooManyRequests != nil {
		l.log.Warn("rate limited by Discord; retrying", "retry_after", r.RetryAfter)
	}
}

// onEvent takes interactions from the raw event rather than from
// discordgo's typed one, whose Interaction has no field for the
// attachment_size_limit Discord sends with each.
func (l *Live) onEvent(_ *discordgo.Session, e *discordgo.Event) {
	if ic, ok := e.Struct.(*discordgo.InteractionCreate); ok && ic.Interaction != nil {
		l.onInteraction(ic.Interaction, readAttachmentLimit(e.RawData))
	}
}

// onInteraction admits an interaction on the gateway's reader, in order,
// and answers it in a goroutine of its own, so that a slow answer holds
// up no other event.
func (l *Live) onInteraction(i *discordgo.Interaction, attachLimit int64) {
	start := time.Now()
	l.mu.Lock()
	skipped := l.admitLocked("interaction:" + i.ID)
	l.mu.Unlock()
	if skipped != "" {
		l.log.Debug("interaction not answered", "reason", skipped, "interaction", i.ID)
		return
	}
	l.spawn("interaction", func(ctx context.Context) {
		l.serveInteraction(withAttachmentLimit(ctx, attachLimit), i, start)
	})
}

// serveInteraction computes the response and sends it, deferring first
// when computing takes longer than deferAfter, and logs one line.
func (l *Live) serveInteraction(ctx context.Context, i *discordgo.Interaction, start time.Time) {
	// Autocomplete has no placeholder: a late list is useless anyway.
	ph := placeholderFor(i)
	var (
		acked chan error // the placeholder's callback, once sent
		timer *time.Timer
	)
	if ph != nil {
		acked = make(chan error, 1)
		timer = time.AfterFunc(l.deferAfter, func() { acked <- l.sendPlaceholder(ctx, i, *ph) })
	}
	x := l.compute(ctx, i, start)
	if x.deferred = timer != nil && !timer.Stop(); x.deferred {
		if x.err = <-acked; x.err == nil {
			x.err = l.complete(ctx, i, *ph, x.resp)
		}
	} else {
		x.err = respond(ctx, l.dg, i, x.resp)
	}
	l.finish(x)
}

// compute answers i within its user's rate limit, computing as many at
// once as there are CPUs.
func (l *Live) compute(ctx context.Context, i *discordgo.Interaction, start time.Time) *exchange {
	if resp, ok := l.limiter.Check(ctx, i); !ok {
		return l.refused(i, start, resp, OutcomeRateLimited)
	}
	l.computing <- struct{}{}
	defer func() { <-l.computing }()
	return l.transport.compute(ctx, i, start)
}

// Triggers: why the bot answers a channel message.
const (
	triggerMention  = "mention"  // it mentions the bot
	triggerDM       = "dm"       // it is a direct message to the bot
	triggerQuestion = "question" // it ends with "?" in a Q&A channel
	triggerReply    = "reply"    // it replies to one of the bot's answers
)

// onMessage decides on the gateway's reader whether to answer a channel
// message, so that the cooldown sees messages in order, and answers in a
// goroutine of its own.
func (l *Live) onMessage(_ *discordgo.Session, e *discordgo.MessageCreate) {
	start := time.Now()
	m := e.Message
	trigger, skipped := l.admitMessage(m)
	if skipped != "" {
		l.log.Debug("message not answered", "reason", skipped, "trigger", trigger, "channel", m.ChannelID, "message", m.ID)
	}
	if trigger != "" && skipped == "" {
		l.spawn("message", func(ctx context.Context) { l.serveMessage(ctx, m, trigger, start) })
	}
}

// admitMessage decides whether to answer m: trigger is why it would be
// answered ("" for messages not meant for the bot), skipped why it is not
// after all. The decision is made in gateway order, so the cooldown holds
// however fast messages arrive.
//
// The cooldown keeps the bot from flooding a channel: after any reply, an
// unprompted answer to a "?" waits until the channel has been quiet for the
// cooldown; a mention is answered unless another mention in that channel
// was answered within the cooldown. So a channel sees at most two replies
// per cooldown, and someone who asks the bot by name is not kept waiting
// by its unprompted answers. Direct messages have no cooldown: only the
// person asking reads them.
func (l *Live) admitMessage(m *discordgo.Message) (trigger, skipped string) {
	if m.Author == nil || m.Author.Bot || m.Author.System || strings.TrimSpace(m.Content) == "" ||
		(m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply) {
		return "", ""
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case m.Author.ID == l.botID:
		return "", ""
	case mentionsBot(m, l.botID):
		trigger = triggerMention
	case answeredQuestion(m.ReferencedMessage, l.botID) != "":
		// A reply to an answer is addressed to the bot even when the
		// person turned the reply's ping off.
		trigger = triggerReply
	case m.GuildID == "":
		trigger = triggerDM
	case l.qa[m.ChannelID] && endsWithQuestion(m.Content):
		trigger = triggerQuestion
	default:
		return "", ""
	}
	return trigger, l.admitLocked("message:"+m.ID,
		func() string {
			if ok, _ := l.limiter.Allow(l.work, m.Author.ID); !ok {
				return "user over their rate limit"
			}
			return ""
		},
		func() string {
			if !l.coolLocked(m.ChannelID, trigger) {
				return "cooldown"
			}
			return ""
		})
}

// coolLocked applies the cooldown described at admitMessage and, when the
// message may be answered, starts the channel's quiet time: in the
// shared store when there is one, so that it holds whichever process
// answers, and in memory, which decides while the store is unreachable.
func (l *Live) coolLocked(channel, trigger string) bool {
	cd := l.cfg.cooldown()
	// A DM is read by the asker alone; a reply to an answer continues a
	// conversation the person started. Both are held to the per-user
	// budget only.
	if cd <= 0 || trigger == triggerDM || trigger == triggerReply {
		return true
	}
	local := l.coolLocal(channel, trigger, cd)
	// A question needs the channel quiet since any reply; a mention, since
	// the last answered mention. Either starts the quiet for questions.
	key := "cooldown:any:" + channel
	if trigger == triggerMention {
		key = "cooldown:mention:" + channel
	}
	claimed, _, done := l.shared.claim(l.work, "cooldown", key, cd)
	if !done {
		return local
	}
	if claimed && trigger == triggerMention {
		l.shared.mark(l.work, "cooldown", "cooldown:any:"+channel, cd)
	}
	return claimed
}

// coolLocal is coolLocked in this process's memory.
func (l *Live) coolLocal(channel, trigger string, cd time.Duration) bool {
	now := l.now()
	q := l.quiet[channel]
	switch trigger {
	case triggerQuestion:
		if now.Sub(q.any) < cd {
			return false
		}
	case triggerMention:
		if now.Sub(q.addressed) < cd {
			return false
		}
		q.addressed = now
	}
	q.any = now
	l.quiet[channel] = q
	if len(l.quiet) > 1024 { // forget channels that are quiet again
		for c, q := range l.quiet {
			if now.Sub(q.any) >= cd && now.Sub(q.addressed) >= cd {
				delete(l.quiet, c)
			}
		}
	}
	return true
}

// mentionsBot reports whether m mentions the bot, by its mentions list or by
// the mention syntax in the text.
func mentionsBot(m *discordgo.Message, botID string) bool {
	if botID == "" {
		return false
	}
	for _, u := range m.Mentions {
		if u != nil && u.ID == botID {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+botID+">") || strings.Contains(m.Content, "<@!"+botID+">")
}

// endsWithQuestion accepts the full-width question mark too, which
// Japanese input methods type.
func endsWithQuestion(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？")
}

// serveMessage answers m as a reply to it and logs one line.
func (l *Live) serveMessage(ctx context.Context, m *discordgo.Message, trigger string, start time.Time) {
	reply, outcome, p := l.safeAnswer(ctx, m.Content, answeredQuestion(m.ReferencedMessage, l.botID))
	ref := &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID}
	_, err := l.dg.ChannelMessageSendComplex(m.ChannelID, reply.MessageSend(ref), discordgo.WithContext(ctx))
	l.logOutcome("message", outcome, err, p,
		slog.String("trigger", trigger),
		slog.Duration("latency", time.Since(start)),
		slog.String("outcome", string(outcome)),
		slog.String("message", m.ID),
		slog.String("guild", m.GuildID),
		slog.String("channel", m.ChannelID))
}

// safeAnswer runs the message handler; a panic becomes an apology.
func (l *Live) safeAnswer(ctx context.Context, content, prev string) (r Reply, outcome Outcome, p *panicked) {
	l.computing <- struct{}{}
	defer func() { <-l.computing }()
	if p = recovering(func() { r, outcome = l.answer(ctx, content, prev) }); p != nil {
		r, outcome = apologyReply(), OutcomePanic
	}
	return r, outcome, p
}

// recentIDs remembers the last n keys added, to drop events a resumed
// session replays.
type recentIDs struct {
	set  map[string]struct{}
	ring []string
	next int
}

func newRecentIDs(n int) recentIDs {
	return recentIDs{set: make(map[string]struct{}, n), ring: make([]string, n)}
}

// add reports whether key is new, and remembers it.
func (r *recentIDs) add(key string) bool {
	if _, dup := r.set[key]; dup {
		return false
	}
	if old := r.ring[r.next]; old != "" {
		delete(r.set, old)
	}
	r.ring[r.next] = key
	r.next = (r.next + 1) % len(r.ring)
	r.set[key] = struct{}{}
	return true
}
