package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
