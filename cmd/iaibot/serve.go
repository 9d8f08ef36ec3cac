package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/iaibot/iaibot/bot"
)

const serveUsage = `Usage: iaibot serve [--http ADDR] [--admin ADDR] [--seeds DIR] [--rate-limit N/DURATION]
                    [--redis-url URL]

Serve the Interactions Endpoint: Discord POSTs each /iai interaction to
http://ADDR (any path), signed with the application's key, and the answer
goes back in the response. Put the public URL under General Information ›
Interactions Endpoint URL in the developer portal; Discord checks it with a
signed PING before saving it. Answers slower than 2 s are deferred and
completed through the REST API. Stops gracefully on SIGINT or SIGTERM.

Environment:
  DISCORD_PUBLIC_KEY       the application's public key, 64 hex digits (required),
  DISCORD_PUBLIC_KEY_FILE  or a file holding it
  IAI_HTTP_ADDR            interactions address (default :8080)
  IAI_ADMIN_ADDR           /healthz, /readyz and /metrics address (default: off)
  IAI_RATE_LIMIT           commands and button presses per user, N/DURATION or off
                           (default 5/10s); autocomplete may use five times as many
  IAI_SEEDS                directory of .txt/.md documents replacing the embedded ones
  IAI_INDEX_DIR            keep the search index on disk there (default: in memory)
  DISCORD_API_URL          REST base for deferred answers (default https://discord.com)
  IAI_REDIS_URL            redis://host:port/db: user budgets shared by every replica and
                           gateway process of the bot (default: each process's memory)
  DISCORD_TOKEN, DISCORD_TOKEN_FILE
                           not needed here; if set, the token is kept out of the logs

Flags:
`

const registerUsage = `Usage: iaibot register [--app ID] [--guild ID]

Register the /iai command and its subcommands with Discord (a bulk
overwrite, so running it again changes nothing) and exit. Global commands
can take a while to appear in clients; guild ones appear at once.

Environment:
  DISCORD_TOKEN, DISCORD_TOKEN_FILE  the bot token (required)
  DISCORD_APP_ID    application ID (default: the token's own application)
  DISCORD_GUILD_ID  register in this guild only (default: globally)
  DISCORD_API_URL   REST base (default https://discord.com)

Flags:
`

const healthcheckUsage = `Usage: iaibot healthcheck [--addr ADDR] [--ready]

Exit 0 if a running "iaibot serve" answers on its admin address, 1 if not:
a HEALTHCHECK for images without curl. It asks /healthz (the process is
up), or /readyz with --ready (the index is loaded and the endpoint is
listening).

Environment:
  IAI_ADMIN_ADDR  the admin address the server listens on, e.g. :9090

Flags:
`

const versionUsage = `Usage: iaibot version

Print the version: the one stamped at build time (the Docker image's
VERSION build argument), else the module version the binary was built
from, else "devel" for a build from a source tree.
`

// serveConfig is what serve runs with, checked.
type serveConfig struct {
	httpAddr, adminAddr string
	docs                corpus
	publicKey           ed25519.PublicKey
	token               string // only to redact it
	apiURL              string
	rate                bot.Rate
	redisURL            string
}

func runServe(ctx context.Context, args []string, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	httpAddr := fs.String("http", envOr(getenv, "IAI_HTTP_ADDR", ":8080"), "listen for interactions on `ADDR` (env IAI_HTTP_ADDR)")
	adminAddr := fs.String("admin", getenv("IAI_ADMIN_ADDR"), "serve /healthz, /readyz and /metrics on `ADDR`; empty for none (env IAI_ADMIN_ADDR)")
	docs := addCorpusFlags(fs, getenv)
	rate := fs.String("rate-limit", envOr(getenv, "IAI_RATE_LIMIT", bot.DefaultRate.String()), "commands each user may run, as `N/DURATION` or off (env IAI_RATE_LIMIT)")
	redisURL := fs.String("redis-url", getenv("IAI_REDIS_URL"), "share user budgets through the Redis at `URL` (env IAI_REDIS_URL)")
	fs.Usage = func() {
		fmt.Fprint(stderr, serveUsage)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args); done {
		return code
	}
	cfg := serveConfig{httpAddr: *httpAddr, adminAddr: *adminAddr, docs: *docs, apiURL: getenv("DISCORD_API_URL"), redisURL: *redisURL}
	var errs []error
	key, err := secretFromEnv(getenv, "DISCORD_PUBLIC_KEY")
	switch {
	case err != nil:
		errs = append(errs, err)
	case key == "":
		errs = append(errs, errors.New("DISCORD_PUBLIC_KEY is not set; copy it from the developer portal (General Information › Public Key)"))
	default:
		if cfg.publicKey, err = bot.ParsePublicKey(key); err != nil {
			errs = append(errs, fmt.Errorf("DISCORD_PUBLIC_KEY: %w", err))
		}
	}
	if cfg.token, err = secretFromEnv(getenv, "DISCORD_TOKEN"); err != nil {
		errs = append(errs, err)
	}
	cfg.token = strings.TrimSpace(strings.TrimPrefix(cfg.token, "Bot "))
	if cfg.rate, err = bot.ParseRate(*rate); err != nil {
		errs = append(errs, fmt.Errorf("IAI_RATE_LIMIT: %w", err))
	}
	if _, err := bot.NewRESTTransport(cfg.apiURL, http.DefaultTransport, nil); err != nil {
		errs = append(errs, fmt.Errorf("DISCORD_API_URL: %w", err))
	}
	if err := checkRedisURL(cfg.redisURL); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		fmt.Fprintf(stderr, "iaibot serve: %v\n", err)
		return exitUsage
	}
	log := redactingLogger(stderr, cfg.token)
	if err := serve(ctx, cfg, log); err != nil {
		log.Error("serve failed", "err", err)
		return exitError
	}
	return exitOK
}

// serve runs the endpoint, and the admin server if configured, until ctx
// ends. The admin server starts first, so that /healthz answers while the
// index loads and /readyz says what is still missing.
func serve(ctx context.Context, cfg serveConfig, log *slog.Logger) (err error) {
	defer func() {
		// Through the redacting logger, not the runtime's printer.
		if p := recover(); p != nil {
			log.Error("panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			err = errors.New("panicked")
		}
	}()
	endpointReady := bot.NewReadyFlag("endpoint not listening")
	ctx, o, err := startOps(ctx, log, cfg.adminAddr, cfg.docs, namedCheck{"endpoint", endpointReady})
	if err != nil {
		return err
	}
	defer o.stop()
	metrics, ix := o.metrics, o.ix
	st := ix.Stats()
	shared, closeShared, err := openShared(cfg.redisURL, log, metrics)
	if err != nil {
		return err
	}
	defer closeShared()

	// Interaction webhooks authenticate by the token in their URL: the bot
	// token is not sent.
	session, err := bot.NewRESTSession(cfg.apiURL, "", metrics)
	if err != nil {
		return fmt.Errorf("DISCORD_API_URL: %w", err)
	}
	ep := bot.NewEndpoint(bot.New(log, ix), bot.NewVerifier(cfg.publicKey), bot.EndpointOptions{
		Logger:  log,
		Session: session,
		Metrics: metrics,
		Limiter: bot.NewRateLimiter(cfg.rate).Share(shared),
	})
	ln, err := net.Listen("tcp", cfg.httpAddr)
	if err != nil {
		return fmt.Errorf("endpoint: %w", err)
	}
	endpointReady.Set(nil)
	log.Info("endpoint listening", "addr", ln.Addr().String(), "version", version(),
		"documents", st.Documents, "passages", st.Passages, "facts", st.Facts, "rate_limit", cfg.rate.String())
	stopped := context.AfterFunc(ctx, func() {
		// Tell load balancers first, while in-flight work drains.
		endpointReady.Set(errors.New("shutting down"))
		log.Info("shutting down: finishing interactions in flight")
	})
	defer stopped()
	if err := ep.Serve(ctx, ln); err != nil {
		return err
	}
	log.Info("stopped")
	return nil
}

func runRegister(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	settings := bot.SettingsFromEnv(getenv)
	fs := flag.NewFlagSet("register", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&settings.AppID, "app", settings.AppID, "application `ID` (env DISCORD_APP_ID; default: the token's)")
	fs.StringVar(&settings.GuildID, "guild", settings.GuildID, "register in guild `ID` only (env DISCORD_GUILD_ID; default: globally)")
	fs.Usage = func() {
		fmt.Fprint(stderr, registerUsage)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args); done {
		return code
	}
	cfg, err := settings.Config()
	if err != nil {
		fmt.Fprintf(stderr, "iaibot register: %v\n", err)
		return exitUsage
	}
	log := redactingLogger(stderr, cfg.Token)
	apiURL := ""
	if cfg.APIURL != nil {
		apiURL = cfg.APIURL.String()
	}
	session, err := bot.NewRESTSession(apiURL, cfg.Token, nil)
	if err != nil {
		log.Error("register failed", "err", err)
		return exitError
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	appID, names, err := bot.RegisterCommands(ctx, session, cfg.AppID, cfg.GuildID)
	if err != nil {
		log.Error("register failed", "err", err)
		return exitError
	}
	scope := "globally"
	if cfg.GuildID != "" {
		scope = "in guild " + cfg.GuildID
	}
	fmt.Fprintf(stdout, "registered /%s (%s) for application %s %s\n", bot.CommandName, strings.Join(names, ", "), appID, scope)
	return exitOK
}

func runHealthcheck(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", getenv("IAI_ADMIN_ADDR"), "the server's admin `ADDR` (env IAI_ADMIN_ADDR)")
	ready := fs.Bool("ready", false, "ask /readyz instead of /healthz")
	fs.Usage = func() {
		fmt.Fprint(stderr, healthcheckUsage)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args); done {
		return code
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		fmt.Fprintf(stderr, "iaibot healthcheck: admin address %q: want HOST:PORT or :PORT (set IAI_ADMIN_ADDR)\n", *addr)
		return exitUsage
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1" // a wildcard listener answers on loopback
	}
	path := "/healthz"
	if *ready {
		path = "/readyz"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	url := "http://" + net.JoinHostPort(host, port) + path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintf(stderr, "iaibot healthcheck: %v\n", err)
		return exitUsage
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(stderr, "iaibot healthcheck: %v\n", err)
		return exitError
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintf(stderr, "iaibot healthcheck: %s: %s %s\n", url, resp.Status, strings.TrimSpace(string(body)))
		return exitError
	}
	fmt.Fprintf(stdout, "%s\n", strings.TrimSpace(string(body)))
	return exitOK
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, versionUsage) }
	if code, done := parseFlags(fs, args); done {
		return code
	}
	fmt.Fprintln(stdout, "iaibot", version())
	return exitOK
}

// parseFlags parses args and rejects positional arguments; done reports
// that the command should exit with code (0 after --help).
func parseFlags(fs *flag.FlagSet, args []string) (code int, done bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, true
		}
		return exitUsage, true
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "iaibot %s: unexpected argument %q\n\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return exitUsage, true
	}
	return 0, false
}

// redactingLogger is newLogger at info level with secret kept out of
// every record.
func redactingLogger(w io.Writer, secret string) *slog.Logger {
	return slog.New(bot.NewRedactHandler(newLogger(w, slog.LevelInfo).Handler(), secret))
}

// secretFromEnv reads the variable name, or the file that name_FILE
// names, as Docker and Kubernetes mount secrets. Setting both is an error,
// since which one wins would be a guess.
func secretFromEnv(getenv func(string) string, name string) (string, error) {
	v, file := strings.TrimSpace(getenv(name)), strings.TrimSpace(getenv(name+"_FILE"))
	switch {
	case v != "" && file != "":
		return "", fmt.Errorf("both %s and %s_FILE are set; use one", name, name)
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("%s_FILE: %w", name, err)
		}
		return strings.TrimSpace(string(b)), nil
	}
	return v, nil
}

func envOr(getenv func(string) string, name, def string) string {
	if v := getenv(name); v != "" {
		return v
	}
	return def
}
