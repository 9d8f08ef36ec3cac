package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/iaibot/iaibot/bot"
	"github.com/iaibot/iaibot/index"
	"github.com/iaibot/iaibot/redisstore"
	"github.com/iaibot/iaibot/seeds"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

const usage = `iaibot answers questions about Japan's cooperation with ASEAN from its
source documents, on Discord or in a local console.

Usage:
  iaibot [--seeds DIR] [--out DIR]           console on stdin when DISCORD_TOKEN is unset
  iaibot query [--json] [--out DIR] [--seeds DIR] LINE...  answer each LINE and exit
  iaibot export --format csv|json [--what W] [--country C] [--out DIR]
                                             write the facts as CSV or JSON and print the files' paths
  iaibot index build --index-dir DIR         build the index of a large corpus ahead of time
  iaibot gateway                             the live bot over the gateway (what DISCORD_TOKEN selects)
  iaibot serve [--http ADDR] [--admin ADDR]  answer Discord's Interactions Endpoint over HTTP
  iaibot register [--app ID] [--guild ID]    register the /iai commands with Discord and exit
  iaibot healthcheck [--ready]               probe a running server's admin address
  iaibot version                             print the version
  iaibot help                                this text

A LINE is what a user types: "/iai search HIV", "/iai country name:cambodia",
or a question such as "when did Cambodia join the ASEAN-Japan Centre?".

Environment:
  IAI_SEEDS      directory of .txt/.md documents replacing the embedded ones
  IAI_INDEX_DIR  keep the index on disk there and read it back (default: in memory);
                 build it ahead of time with "iaibot index build"

Run "iaibot COMMAND --help" for a command's flags and environment.
`

// Main runs the program with its arguments and environment and returns the
// exit code; main only adds signals.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	cmd := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "version":
		return runVersion(args, stdout, stderr)
	case "serve":
		return runServe(ctx, args, stderr, getenv)
	case "register":
		return runRegister(ctx, args, stdout, stderr, getenv)
	case "healthcheck":
		return runHealthcheck(ctx, args, stdout, stderr, getenv)
	case "gateway":
		// The live bot by name, for images whose default command is serve.
		return runLive(ctx, args, stderr, getenv)
	case "query":
		return runQuery(ctx, args, stdout, stderr, getenv)
	case "export":
		return runExport(ctx, args, stdout, stderr, getenv)
	case "index":
		return runIndex(ctx, args, stdout, stderr, getenv)
	case "":
		return runDefault(ctx, args, stdin, stdout, stderr, getenv)
	default:
		fmt.Fprintf(stderr, "iaibot: unknown command %q\n\n%s", cmd, usage)
		return exitUsage
	}
}

// buildVersion is stamped by release builds:
// go build -ldflags "-X main.buildVersion=v1.2.3".
var buildVersion string

func version() string {
	if buildVersion != "" {
		return buildVersion
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// newLogger logs JSON when stderr is not a terminal, text otherwise.
func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// corpus says where the documents come from and where their index is kept;
// every command that answers takes the same two flags.
type corpus struct {
	seeds    string // directory of documents; empty: the embedded seeds
	indexDir string // directory for the on-disk index; empty: in memory
}

func addCorpusFlags(fs *flag.FlagSet, getenv func(string) string) *corpus {
	c := &corpus{}
	fs.StringVar(&c.seeds, "seeds", getenv("IAI_SEEDS"), "directory of .txt/.md documents replacing the embedded ones (env IAI_SEEDS)")
	fs.StringVar(&c.indexDir, "index-dir", getenv("IAI_INDEX_DIR"), "keep the index (facts, answer model, search index) on disk in DIR and read it back while the documents and the program are unchanged (env IAI_INDEX_DIR)")
	return c
}

// addOutFlag is the directory the console, query and export write files
// to.
func addOutFlag(fs *flag.FlagSet) *string {
	return fs.String("out", "", "write the files a reply carries (a chart, an export) to DIR; default: a new temporary directory, or for export the current one")
}

// openIndex loads the documents, from c.seeds or the embedded seeds, and
// indexes them, or gives up when ctx ends.
func openIndex(ctx context.Context, log *slog.Logger, c corpus) (*index.Index, error) {
	return openIndexWith(ctx, log, c, nil)
}

// openIndexWith is openIndex telling progress how a build advances.
func openIndexWith(ctx context.Context, log *slog.Logger, c corpus, progress func(index.Progress)) (*index.Index, error) {
	var src []index.Source
	var err error
	if c.seeds != "" {
		src, err = index.LoadDir(c.seeds)
	} else {
		src, err = index.LoadFS(seeds.FS)
	}
	if err != nil {
		return nil, err
	}
	return index.OpenContext(ctx, src, index.Options{Logger: log, Dir: c.indexDir, Progress: progress})
}

func runQuery(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the JSON body the bot would POST, one object per line")
	outDir := addOutFlag(fs)
	docs := addCorpusFlags(fs, getenv)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: iaibot query [--json] [--out DIR] [--seeds DIR] LINE...\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	b, closeIndex, ok := openBot(ctx, stderr, *docs)
	if !ok {
		return exitError
	}
	defer closeIndex()
	files := &bot.Outbox{Dir: *outDir, Log: stdout}
	if *asJSON {
		files.Log = stderr // stdout holds one JSON object per line
	}
	if err := b.RunLines(ctx, fs.Args(), *asJSON, stdout, files); err != nil {
		fmt.Fprintln(stderr, "iaibot:", err)
		return exitError
	}
	return exitOK
}

func runDefault(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	if liveRequested(getenv) {
		return runLive(ctx, args, stderr, getenv)
	}
	fs := flag.NewFlagSet("iaibot", flag.ContinueOnError)
	fs.SetOutput(stderr)
	outDir := addOutFlag(fs)
	docs := addCorpusFlags(fs, getenv)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "iaibot: unexpected argument %q\n\n%s", fs.Arg(0), usage)
		return exitUsage
	}
	b, closeIndex, ok := openBot(ctx, stderr, *docs)
	if !ok {
		return exitError
	}
	defer closeIndex()
	interactive := false
	if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		interactive = true
	}
	if err := b.Console(ctx, stdin, stdout, interactive, &bot.Outbox{Dir: *outDir, Log: stdout}); err != nil {
		fmt.Fprintln(stderr, "iaibot:", err)
		return exitError
	}
	return exitOK
}

// startAdmin serves the admin endpoints on addr, when set, until ctx ends;
// wg lets the caller wait for the server to stop.
func startAdmin(ctx context.Context, log *slog.Logger, admin *bot.Admin, addr string, wg *sync.WaitGroup) error {
	if addr == "" {
		return nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("admin: %w", err)
	}
	log.Info("admin listening", "addr", ln.Addr().String())
	wg.Go(func() {
		if err := admin.Serve(ctx, ln, log); err != nil {
			log.Error("admin server failed", "err", err)
		}
	})
	return nil
}

// ops is what both long-running modes run beside the bot: metrics, the
// admin server, and the index.
type ops struct {
	metrics *bot.Metrics
	admin   *bot.Admin
	ix      *index.Index
	stop    func() // stops the admin server, waits for it, closes the index
}

// namedCheck is a readiness check to register before the admin server
// starts answering.
type namedCheck struct {
	name  string
	check bot.Readiness
}

// startOps starts the admin server first, so that /healthz answers while
// the index loads, then loads the index. The returned context ends when
// ctx does or stop is called.
func startOps(ctx context.Context, log *slog.Logger, adminAddr string, docs corpus, checks ...namedCheck) (context.Context, *ops, error) {
	ctx, cancel := context.WithCancel(ctx)
	var adminDone sync.WaitGroup
	o := &ops{metrics: bot.NewMetrics()}
	o.admin = bot.NewAdmin(o.metrics)
	o.stop = func() {
		cancel()
		adminDone.Wait()
		if o.ix != nil {
			o.ix.Close()
		}
	}
	indexReady := bot.NewReadyFlag("index loading")
	o.admin.AddCheck("index", indexReady)
	for _, c := range checks {
		o.admin.AddCheck(c.name, c.check)
	}
	if err := startAdmin(ctx, log, o.admin, adminAddr, &adminDone); err != nil {
		o.stop()
		return ctx, nil, err
	}
	ix, err := openIndex(ctx, log, docs)
	if err != nil {
		o.stop()
		return ctx, nil, err
	}
	o.ix = ix
	o.metrics.SetIndexStats(ix.Stats())
	indexReady.Set(nil)
	return ctx, o, nil
}

// openShared wraps the Redis at url (already checked by checkRedisURL) as
// the bot's shared state, or returns nil when url is empty; close
// releases it.
func openShared(url string, log *slog.Logger, m *bot.Metrics) (s *bot.Shared, close func(), err error) {
	if url == "" {
		return nil, func() {}, nil
	}
	store, err := redisstore.Open(url, log)
	if err != nil {
		return nil, nil, err
	}
	s = bot.NewShared(store, log, m)
	log.Info("sharing budgets, cooldowns, seen events and login slots through Redis", "addr", store.Addr(), "up", s.Up())
	return s, func() { s.Close(); store.Close() }, nil
}

// checkRedisURL checks IAI_REDIS_URL before anything starts; it sends
// nothing.
func checkRedisURL(url string) error {
	if url == "" {
		return nil
	}
	s, err := redisstore.Open(url, nil)
	if err != nil {
		return fmt.Errorf("IAI_REDIS_URL: %w; want redis://[:password@]host:port[/db]", err)
	}
	return s.Close()
}

// openBot indexes the documents for a one-shot mode; close releases them.
// A failure is reported on stderr.
func openBot(ctx context.Context, stderr io.Writer, docs corpus) (b *bot.Bot, close func(), ok bool) {
	log := newLogger(stderr, slog.LevelWarn)
	ix, err := openIndex(ctx, log, docs)
	if err != nil {
		fmt.Fprintln(stderr, "iaibot:", err)
		return nil, nil, false
	}
	return bot.New(log, ix), func() { ix.Close() }, true
}
