package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/bot"
	"github.com/iaibot/iaibot/bot/export"
)

// runExport writes what /iai export attaches, as one file whatever its
// size, and prints its path: on the command line there is no attachment
// limit to split for.
func runExport(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "", "csv or json (required)")
	what := fs.String("what", bot.ExportKinds()[0], "which facts: "+strings.Join(bot.ExportKinds(), ", "))
	country := fs.String("country", "", "only the facts about this country")
	outDir := addOutFlag(fs)
	docs := addCorpusFlags(fs, getenv)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: iaibot export --format csv|json [--what W] [--country C] [--out DIR] [--seeds DIR]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "iaibot export: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	case *format != string(export.CSV) && *format != string(export.JSON):
		fmt.Fprintf(stderr, "iaibot export: --format must be csv or json, not %q\n", *format)
		return exitUsage
	case !slices.Contains(bot.ExportKinds(), *what):
		fmt.Fprintf(stderr, "iaibot export: --what must be one of %s, not %q\n", strings.Join(bot.ExportKinds(), ", "), *what)
		return exitUsage
	}
	b, closeIndex, ok := openBot(ctx, stderr, *docs)
	if !ok {
		return exitError
	}
	defer closeIndex()
	files, err := b.Export(*what, export.Format(*format), *country, 0)
	if ue, ok := errors.AsType[*bot.UserError](err); ok {
		fmt.Fprintf(stderr, "iaibot export: %s\n", strings.ReplaceAll(ue.Msg, "`", ""))
		return exitError
	}
	if err != nil {
		fmt.Fprintln(stderr, "iaibot export:", err)
		return exitError
	}
	dir := *outDir
	if dir == "" {
		dir = "."
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(stderr, "iaibot export:", err)
		return exitError
	}
	for _, f := range files {
		path := filepath.Join(dir, f.Name)
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			fmt.Fprintln(stderr, "iaibot export:", err)
			return exitError
		}
		fmt.Fprintln(stdout, path)
	}
	return exitOK
}
