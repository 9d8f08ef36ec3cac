package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/internal/testsupport"
)

var reConsoleBlock = regexp.MustCompile("(?s)```console\n\\$ go run \\./cmd/iaibot (query [^\n]*)\n(.*?)```")

// TestREADMEExamples runs every `go run ./cmd/iaibot query ...` example in
// the README and checks the output shown is what the bot prints, so the
// README cannot drift from the program.
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := reConsoleBlock.FindAllStringSubmatch(string(readme), -1)
	if len(blocks) < 10 {
		t.Fatalf("found %d query examples in README.md, want one per subcommand", len(blocks))
	}
	for _, b := range blocks {
		args := shellSplit(b[1])
		code, out, errOut := run(t, nil, "", args...)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", b[1], code, errOut)
			continue
		}
		if diff := cmp.Diff(b[2], out); diff != "" {
			t.Errorf("README example %q is stale (-README +actual):\n%s", b[1], diff)
		}
	}
}

// shellSplit splits a command line on spaces, honouring double quotes.
func shellSplit(s string) []string {
	var out []string
	var cur strings.Builder
	inQuote, have := false, false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote, have = !inQuote, true
		case r == ' ' && !inQuote:
			if have {
				out = append(out, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteRune(r)
			have = true
		}
	}
	if have {
		out = append(out, cur.String())
	}
	return out
}

// TestREADMEArchitecture checks the file map under "How it is built"
// against the tree: every directory it names exists, and it names every
// source file of bot and no file that is gone, so that the map cannot
// drift from the code.
func TestREADMEArchitecture(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)## How it is built\n+```text\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no file map under \"How it is built\"")
	}
	block := string(m[1])
	for _, dir := range regexp.MustCompile(`(?m)^(\S+/)`).FindAllString(block, -1) {
		if st, err := os.Stat(filepath.Join("../..", dir)); err != nil || !st.IsDir() {
			t.Errorf("the README names %s, which is not a directory", dir)
		}
	}
	if diff := cmp.Diff(testsupport.SourceFiles(t, "../../bot"), testsupport.GoFileNames(block)); diff != "" {
		t.Errorf("bot's files in the README (-tree +README):\n%s", diff)
	}
}
