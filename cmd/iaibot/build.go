package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/iaibot/iaibot/index"
)

const indexUsage = `Usage: iaibot index build --index-dir DIR [--seeds DIR]

Build the index of the documents into DIR ahead of time: parse them,
extract their facts, build the answerer's model and the search index, and
keep them there. Every command given the same --index-dir (IAI_INDEX_DIR)
and the same documents then reads them back in a second or two instead of
building them itself; serve and gateway report ready on /readyz once it is
open. Run it again after the documents or the program change. An index
that is already built is only checked.

On a terminal it shows its progress: documents extracted, passages
indexed, the rate and the time left. Elsewhere it prints only the result.
Interrupted, it leaves the last complete index in place. It keeps its
memory near a soft limit (--memory-limit-mib), trading some speed for it.

Environment:
  IAI_SEEDS      directory of .txt/.md documents replacing the embedded ones
  IAI_INDEX_DIR  the directory to build into (required, or --index-dir)
  GOMEMLIMIT     the Go runtime's memory limit; when set, no other is applied

Flags:
`

func runIndex(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 || args[0] != "build" {
		fmt.Fprint(stderr, indexUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return exitOK
		}
		return exitUsage
	}
	fs := flag.NewFlagSet("index build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	docs := addCorpusFlags(fs, getenv)
	// The Go runtime's own GOMEMLIMIT, when set, is the user's choice.
	limitDefault := defaultBuildMemoryMiB
	if getenv("GOMEMLIMIT") != "" {
		limitDefault = 0
	}
	limit := fs.Int("memory-limit-mib", limitDefault, "soft limit on the build's memory, in MiB: the garbage collector works harder near it instead of letting the heap double (0: none; default none when GOMEMLIMIT is set)")
	fs.Usage = func() {
		fmt.Fprint(stderr, indexUsage)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args[1:]); done {
		return code
	}
	if *limit < 0 {
		fmt.Fprintf(stderr, "iaibot index build: --memory-limit-mib %d: want 0 (none) or a size in MiB\n", *limit)
		return exitUsage
	}
	if docs.indexDir == "" {
		fmt.Fprintln(stderr, "iaibot index build: --index-dir (or IAI_INDEX_DIR) is required: the index is built there")
		return exitUsage
	}
	show := &progressLine{w: stdout, now: time.Now}
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		show.live = true
	}

	start := time.Now()
	var ix *index.Index
	var err error
	withMemoryLimit(*limit, func() {
		ix, err = openIndexWith(ctx, newLogger(stderr, slog.LevelWarn), *docs, show.report)
	})
	show.end()
	if err != nil && ctx.Err() != nil {
		fmt.Fprintln(stderr, "iaibot index build: interrupted; the index last built is still in place")
		return exitError
	}
	if err != nil {
		fmt.Fprintln(stderr, "iaibot index build:", err)
		return exitError
	}
	defer ix.Close()
	st := ix.Stats()
	what := "index up to date in"
	if show.built() {
		what = "index built in"
	}
	fmt.Fprintf(stdout, "%s %s: %d documents, %d passages, %d facts (%s)\n", what, docs.indexDir,
		st.Documents, st.Passages, st.Facts, time.Since(start).Round(100*time.Millisecond))
	return exitOK
}

// progressLine shows index.Progress on one terminal line per stage,
// redrawn at most every redrawEvery.
type progressLine struct {
	mu       sync.Mutex // reports come from the goroutines of a build
	w        io.Writer
	live     bool // a terminal: draw; otherwise only note that a build ran
	now      func() time.Time
	reported bool // Open built something rather than reading it back

	stage      string
	stageStart time.Time
	// The rate is measured from the first report of work done: extraction
	// first learns from every document at once, and counting that time
	// would make the first minutes' estimates wild.
	base   int
	baseAt time.Time
	drawn  time.Time
	open   bool // a line is drawn and not yet ended
}

// redrawEvery is how often the line is redrawn: smooth enough to watch,
// rare enough to cost nothing.
const redrawEvery = 200 * time.Millisecond

var stageUnits = map[string]string{index.StageExtract: "documents", index.StageIndex: "passages"}

func (l *progressLine) report(p index.Progress) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.reported = true
	if !l.live {
		return
	}
	now := l.now()
	if p.Stage != l.stage {
		l.endLocked()
		l.stage, l.stageStart, l.base, l.baseAt = p.Stage, now, -1, time.Time{}
	} else if now.Sub(l.drawn) < redrawEvery && p.Done < p.Total {
		return
	}
	l.drawn, l.open = now, true
	unit, counted := stageUnits[p.Stage]
	if !counted {
		state := "…"
		if p.Done == p.Total {
			state = "done"
		}
		fmt.Fprintf(l.w, "\r%-11s %s\x1b[K", p.Stage, state)
		return
	}
	line := fmt.Sprintf("\r%-11s %d/%d %s", p.Stage, p.Done, p.Total, unit)
	if l.base < 0 && p.Done > 0 {
		l.base, l.baseAt = p.Done, now
	}
	if elapsed := now.Sub(l.baseAt); l.base >= 0 && p.Done > l.base && elapsed > 0 {
		rate := float64(p.Done-l.base) / elapsed.Seconds()
		line += fmt.Sprintf("  %.0f/s", rate)
		if p.Done < p.Total {
			left := time.Duration(float64(p.Total-p.Done) / rate * float64(time.Second))
			line += "  ETA " + left.Round(time.Second).String()
		}
	}
	if p.Done == p.Total {
		line += "  in " + now.Sub(l.stageStart).Round(100*time.Millisecond).String()
	}
	fmt.Fprint(l.w, line+"\x1b[K")
}

// end finishes the line being drawn.
func (l *progressLine) end() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.endLocked()
}

func (l *progressLine) endLocked() {
	if l.open {
		fmt.Fprintln(l.w)
		l.open = false
	}
}

// built tells whether Open reported a build.
func (l *progressLine) built() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.reported
}

// defaultBuildMemoryMiB is the build's soft memory limit unless told
// otherwise. Measured on 102,000 passages on two cores: without a limit
// the heap, allowed to grow to twice what is live, peaked at 1.7 GiB of
// RSS in 54 s; at this limit 0.94 GiB in 71 s. A corpus whose live data
// needs more still builds, the collector only working harder.
const defaultBuildMemoryMiB = 900

// withMemoryLimit runs f under a soft memory limit of mib MiB, none if 0,
// and puts the process's limit back after.
func withMemoryLimit(mib int, f func()) {
	if mib > 0 {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(int64(mib) << 20))
	}
	f()
}
