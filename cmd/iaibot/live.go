package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/iaibot/iaibot/bot"
)

const liveUsage = `Usage: iaibot [--guild ID] [--app ID] [--qa-channels IDS] [--cooldown D]
              [--rate-limit N/DURATION] [--admin ADDR] [--seeds DIR]
              [--shard-count N|auto] [--shard-id ID | --shards IDS] [--redis-url URL]

With a bot token set, iaibot goes online on Discord's gateway: it registers
/iai (in one guild with --guild, at once; globally otherwise, which clients
can take up to an hour to show), answers every subcommand, autocomplete
and button, and answers questions that mention it, that are sent to it
directly, or that end in "?" in a Q&A channel. SIGINT or SIGTERM stops it
taking events; replies in flight are finished (for up to 10 s) before it
disconnects.

Past 2,500 guilds Discord requires shards: each gets the guilds whose
(guild_id >> 22) % shard count is its ID, and shard 0 the direct messages.
A process runs one shard (IAI_SHARD_ID), several (IAI_SHARDS=0-3), or all
of them (IAI_SHARD_COUNT alone). Logins follow Discord's pace, one per
max_concurrency bucket every 5 s.

Environment:
  DISCORD_TOKEN       the bot token (required; never logged),
  DISCORD_TOKEN_FILE  or a file holding it, such as a Docker secret
  DISCORD_APP_ID      application ID (default: the token's, from READY)
  DISCORD_GUILD_ID    register /iai in this guild only (default: globally)
  IAI_QA_CHANNELS     comma-separated channel IDs where a message ending in
                      "?" is answered unprompted; needs the Message Content
                      intent enabled in the developer portal
  IAI_COOLDOWN        quiet time per channel after a reply (default 10s; 0s: none)
  IAI_RATE_LIMIT      commands per user, N/DURATION or off (default 5/10s)
  IAI_ADMIN_ADDR      /healthz, /readyz and /metrics address (default: off)
  IAI_SEEDS           directory of .txt/.md documents replacing the embedded ones
  IAI_INDEX_DIR       keep the search index on disk there (default: in memory)
  DISCORD_API_URL     REST base (default https://discord.com), e.g. a proxy
  IAI_SHARD_COUNT     shards in all, or auto for Discord's recommendation
                      (default: not sharded)
  IAI_SHARD_ID        the one shard this process runs (default: all of them)
  IAI_SHARDS          the shards this process runs, such as 0-3 or 0,2,4
  IAI_REDIS_URL       redis://host:port/db shared by every gateway and serve
                      process of the bot: user budgets, channel cooldowns,
                      events already answered, login slots (default: memory)

Flags override the environment:
`

// liveRequested reports whether a token is configured, which makes the
// default command the live bot rather than the console.
func liveRequested(getenv func(string) string) bool {
	return bot.SettingsFromEnv(getenv).HasToken()
}

// liveConfig is what the live bot runs with, checked.
type liveConfig struct {
	bot       bot.Config
	docs      corpus
	adminAddr string
	rate      bot.Rate
	redisURL  string
}

func runLive(ctx context.Context, args []string, stderr io.Writer, getenv func(string) string) int {
	settings := bot.SettingsFromEnv(getenv)
	fs := flag.NewFlagSet("iaibot", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&settings.GuildID, "guild", settings.GuildID, "register /iai in guild `ID` only (env DISCORD_GUILD_ID)")
	fs.StringVar(&settings.AppID, "app", settings.AppID, "application `ID` (env DISCORD_APP_ID)")
	fs.StringVar(&settings.QAChannels, "qa-channels", settings.QAChannels, "answer messages ending in \"?\" in these comma-separated channel `IDS` (env IAI_QA_CHANNELS)")
	fs.StringVar(&settings.Cooldown, "cooldown", settings.Cooldown, "quiet `DURATION` per channel after a reply (env IAI_COOLDOWN; default 10s)")
	fs.StringVar(&settings.APIURL, "api-url", settings.APIURL, "REST base `URL` (env DISCORD_API_URL)")
	fs.StringVar(&settings.ShardCount, "shard-count", settings.ShardCount, "shards in all, `N` or auto (env IAI_SHARD_COUNT)")
	fs.StringVar(&settings.ShardID, "shard-id", settings.ShardID, "run shard `ID` alone (env IAI_SHARD_ID)")
	fs.StringVar(&settings.Shards, "shards", settings.Shards, "run shards `IDS`, such as 0-3 or 0,2,4 (env IAI_SHARDS)")
	rate := fs.String("rate-limit", envOr(getenv, "IAI_RATE_LIMIT", bot.DefaultRate.String()), "commands each user may run, as `N/DURATION` or off (env IAI_RATE_LIMIT)")
	adminAddr := fs.String("admin", getenv("IAI_ADMIN_ADDR"), "serve /healthz, /readyz and /metrics on `ADDR` (env IAI_ADMIN_ADDR)")
	redisURL := fs.String("redis-url", getenv("IAI_REDIS_URL"), "share limits, cooldowns, seen events and login slots through the Redis at `URL` (env IAI_REDIS_URL)")
	docs := addCorpusFlags(fs, getenv)
	fs.Usage = func() {
		fmt.Fprint(stderr, liveUsage)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args); done {
		return code
	}
	cfg := liveConfig{docs: *docs, adminAddr: *adminAddr, redisURL: *redisURL}
	var err error
	if cfg.bot, err = settings.Config(); err != nil {
		fmt.Fprintf(stderr, "iaibot: %v\n", err)
		return exitUsage
	}
	if cfg.rate, err = bot.ParseRate(*rate); err != nil {
		fmt.Fprintf(stderr, "iaibot: IAI_RATE_LIMIT: %v\n", err)
		return exitUsage
	}
	if err := checkRedisURL(cfg.redisURL); err != nil {
		fmt.Fprintf(stderr, "iaibot: %v\n", err)
		return exitUsage
	}
	log := redactingLogger(stderr, cfg.bot.Token)
	// discordgo reports gateway trouble through the standard log package;
	// this makes those lines structured and redacted too.
	slog.SetDefault(log)
	if err := live(ctx, cfg, log); err != nil {
		log.Error("iaibot stopped", "err", err)
		return exitError
	}
	return exitOK
}

// live runs the gateway bot, and the admin server if configured, until
// ctx ends.
func live(ctx context.Context, cfg liveConfig, log *slog.Logger) error {
	// Ready only once every shard is known and connected; until then the
	// shards are not yet checks of their own.
	starting := bot.NewReadyFlag("asking Discord about shards")
	ctx, o, err := startOps(ctx, log, cfg.adminAddr, cfg.docs, namedCheck{"gateway setup", starting})
	if err != nil {
		return err
	}
	defer o.stop()
	metrics, admin, ix := o.metrics, o.admin, o.ix
	st := ix.Stats()
	shared, closeShared, err := openShared(cfg.redisURL, log, metrics)
	if err != nil {
		return err
	}
	defer closeShared()

	gw, err := bot.NewGateway(ctx, cfg.bot, bot.New(log, ix), bot.LiveOptions{
		Logger:  log,
		Metrics: metrics,
		Limiter: bot.NewRateLimiter(cfg.rate).Share(shared),
		Shared:  shared,
	})
	if err != nil {
		return err
	}
	gw.AddChecks(admin)
	starting.Set(nil)
	log.Info("connecting to Discord", "version", version(), "documents", st.Documents, "passages", st.Passages,
		"facts", st.Facts, "intents", int(cfg.bot.Intents()), "qa_channels", len(cfg.bot.QAChannels), "shards", len(gw.Shards()))
	return gw.Run(ctx)
}
