package main

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/internal/testsupport"
)

// reConsoleBlock is an example in the README: a command and what it
// prints.
var reConsoleBlock = regexp.MustCompile("(?s)```console\n\\$ (go run \\./cmd/iaibot (?:query|export) [^\n]*|cat [^\n]*)\n(.*?)```")

// reImage is a picture the README shows.
var reImage = regexp.MustCompile(`!\[[^\]]*\]\((docs/[^)]+\.png)\)`)

// TestREADMEExamples runs every `go run ./cmd/iaibot query ...` and
// `... export ...` example in the README, and every `cat FILE` of a file
// they wrote, and checks the output shown is what the bot prints, so the
// README cannot drift from the program. Files go to a temporary
// directory; the paths shown are the README's. An image the README shows
// from docs/ must be the one its example draws.
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := reConsoleBlock.FindAllStringSubmatch(string(readme), -1)
	if len(blocks) < 10 {
		t.Fatalf("found %d query examples in README.md, want one per subcommand", len(blocks))
	}
	tmp := t.TempDir()
	for _, b := range blocks {
		if name, ok := strings.CutPrefix(b[1], "cat "); ok {
			got, err := os.ReadFile(filepath.Join(tmp, name))
			if err != nil {
				t.Errorf("%s: %v (no example before it writes it)", b[1], err)
			} else if diff := cmp.Diff(b[2], string(got)); diff != "" {
				t.Errorf("README shows a stale %s (-README +written):\n%s", name, diff)
			}
			continue
		}
		args := shellSplit(strings.TrimPrefix(b[1], "go run ./cmd/iaibot "))
		for i := 1; i < len(args); i++ {
			switch args[i-1] {
			case "--out":
				args[i] = filepath.Join(tmp, args[i])
			case "--seeds":
				args[i] = filepath.Join("../..", args[i])
			}
		}
		code, out, errOut := run(t, nil, "", args...)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", b[1], code, errOut)
			continue
		}
		out = strings.ReplaceAll(out, tmp+string(filepath.Separator), "")
		if diff := cmp.Diff(b[2], out); diff != "" {
			t.Errorf("README example %q is stale (-README +actual):\n%s", b[1], diff)
		}
	}
	for _, m := range reImage.FindAllStringSubmatch(string(readme), -1) {
		drawn := filepath.Join(tmp, m[1])
		if _, err := os.Stat(drawn); err != nil {
			t.Errorf("README shows %s, which no example writes", m[1])
			continue
		}
		if !samePixels(t, filepath.Join("../..", m[1]), drawn) {
			t.Errorf("%s is not what its README example draws now; write it again with that example", m[1])
		}
	}
}

// samePixels says whether two PNG files hold the same image: the same
// pixels, however they were compressed.
func samePixels(t *testing.T, a, b string) bool {
	t.Helper()
	var imgs [2]image.Image
	for i, path := range []string{a, b} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		imgs[i], err = png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	bounds := imgs[0].Bounds()
	if bounds != imgs[1].Bounds() {
		return false
	}
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			r0, g0, b0, a0 := imgs[0].At(x, y).RGBA()
			r1, g1, b1, a1 := imgs[1].At(x, y).RGBA()
			if r0 != r1 || g0 != g1 || b0 != b1 || a0 != a1 {
				return false
			}
		}
	}
	return true
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
