package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iaibot/iaibot/internal/testsupport"
	"github.com/iaibot/iaibot/seeds"
)

// run calls Main as the shell would and returns exit code and output.
func run(t *testing.T, env map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errOut, testsupport.Env(env))
	return code, out.String(), errOut.String()
}

func TestQueryJSONIsOneObjectPerLine(t *testing.T) {
	code, out, errOut := run(t, nil, "", "query", "--json", "/iai search HIV", "/iai country Atlantis", "@iai when did Cambodia join the ASEAN-Japan Centre?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3:\n%s", len(lines), out)
	}
	var slash struct {
		Type int `json:"type"`
		Data struct {
			Flags  int `json:"flags"`
			Embeds []struct {
				Description string `json:"description"`
			} `json:"embeds"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &slash); err != nil || slash.Type != 4 || !strings.Contains(slash.Data.Embeds[0].Description, "**HIV**") {
		t.Errorf("search line: %v %s", err, lines[0])
	}
	if err := json.Unmarshal([]byte(lines[1]), &slash); err != nil || slash.Data.Flags != 64 {
		t.Errorf("user error is not ephemeral: %v %s", err, lines[1])
	}
	var msg struct {
		Type   *int `json:"type"`
		Embeds []struct {
			Description string `json:"description"`
		} `json:"embeds"`
		AllowedMentions struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
	}
	if err := json.Unmarshal([]byte(lines[2]), &msg); err != nil || msg.Type != nil || !strings.Contains(msg.Embeds[0].Description, "June 11, 2001") || msg.AllowedMentions.Parse == nil {
		t.Errorf("message line: %v %s", err, lines[2])
	}
}

func TestQueryText(t *testing.T) {
	code, out, _ := run(t, nil, "", "query", "/iai country cambodia")
	if code != 0 || !strings.Contains(out, "## Cambodia") || !strings.Contains(out, "joined June 11, 2001") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"query"}, {"query", "--nosuch", "x"}, {"frobnicate"}, {"--nosuch"}, {"stray-arg-after-flags", "x"}} {
		if code, _, errOut := run(t, nil, "", args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", args, code, errOut)
		}
	}
	if code, out, _ := run(t, nil, "", "help"); code != 0 || !strings.Contains(out, "iaibot query") {
		t.Errorf("help: exit %d", code)
	}
}

// TestConsoleBatch pipes lines into the console, as `go run ./cmd/iaibot`
// does with a pipe on stdin and no token.
func TestConsoleBatch(t *testing.T) {
	code, out, errOut := run(t, nil, "/iai search HIV\n\n/iai country Brunei\nwho won the 2002 world cup?\n")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"## Search: HIV", "The documents say nothing about Brunei.", "The documents don't say."} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
}

// TestSeedsDirReplacesTheEmbeddedDocuments loads two documents from a
// directory, by flag and by environment, and checks each is cited.
func TestSeedsDirReplacesTheEmbeddedDocuments(t *testing.T) {
	dir := t.TempDir()
	seed, err := fs.ReadFile(seeds.FS, "mofa-2001-11-japan-cooperation-iai.txt")
	if err != nil {
		t.Fatal(err)
	}
	second, err := os.ReadFile(filepath.Join("..", "..", "index", "testdata", "docs", "jica-2003-03-mekong-health-education.md"))
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(filepath.Join(dir, "mofa-2001-11-japan-cooperation-iai.txt"), seed, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "jica-2003-03-mekong-health-education.md"), second, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "notes.pdf"), []byte("ignored"), 0o644))

	for _, tc := range []struct {
		env  map[string]string
		args []string
	}{
		{nil, []string{"query", "--seeds", dir, "how much is the JBIC loan?", "/iai search HIV"}},
		{map[string]string{"IAI_SEEDS": dir}, []string{"query", "how much is the JBIC loan?", "/iai search HIV"}},
	} {
		code, out, errOut := run(t, tc.env, "", tc.args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.Contains(out, "6.8 billion yen") || !strings.Contains(out, "jica-2003-03-mekong-health-education §3") {
			t.Errorf("second document not answered and cited:\n%s", out)
		}
		if !strings.Contains(out, "mofa-2001-11-japan-cooperation-iai §6") {
			t.Errorf("seed not cited:\n%s", out)
		}
	}
	if code, _, errOut := run(t, nil, "", "query", "--seeds", t.TempDir(), "/iai help"); code != 1 || !strings.Contains(errOut, "no .txt or .md") {
		t.Errorf("empty seeds dir: exit %d, %q", code, errOut)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestQueryLinesCount checks exit 0 holds for a mix of good and bad lines.
func TestQueryLinesCount(t *testing.T) {
	lines := []string{"/iai search", "", "/iai nosuch", "@everyone", "/iai search \xff"}
	code, out, _ := run(t, nil, "", append([]string{"query", "--json"}, lines...)...)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	n := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		if !json.Valid(sc.Bytes()) {
			t.Errorf("not JSON: %s", sc.Text())
		}
		n++
	}
	if n != len(lines) {
		t.Errorf("%d replies for %d lines", n, len(lines))
	}
}

// TestIndexDirKeepsTheIndex runs every command with IAI_INDEX_DIR twice:
// the first run builds the index on disk, the second reads it back, and
// both reply byte for byte alike.
func TestIndexDirKeepsTheIndex(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"IAI_INDEX_DIR": dir}
	lines := []string{"/iai search HIV", "/iai search ASEAN-Japan Centre", "/iai search query:training page:2",
		"/iai country cambodia", "/iai country vietnamm", "/iai project East-West Corridor", "/iai projects",
		"/iai projects page:2", "/iai funding", "/iai members", "/iai timeline", "/iai help",
		"/iai ask when did Cambodia join the ASEAN-Japan Centre?", "how much did Japan give to ESCAP?",
		"which countries are in CLMV?", "what is JSPP21?", "who pays for the training?"}
	args := append([]string{"query", "--json"}, lines...)
	code, first, errOut := run(t, env, "", args...)
	if code != 0 {
		t.Fatalf("first run: exit %d: %s", code, errOut)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		t.Fatalf("IAI_INDEX_DIR left empty: %v", err)
	}
	code, second, _ := run(t, env, "", args...)
	if code != 0 || second != first || !strings.Contains(second, "**HIV**") {
		t.Errorf("reopened index answers differently (exit %d):\n%s\nvs\n%s", code, first, second)
	}
}

// TestGatewayNeedsAToken: the live bot by name refuses to start without a
// token, with a usage exit code and advice.
func TestGatewayNeedsAToken(t *testing.T) {
	code, _, errOut := run(t, nil, "", "gateway")
	if code != 2 || !strings.Contains(errOut, "DISCORD_TOKEN") {
		t.Errorf("gateway without a token: exit %d, %q", code, errOut)
	}
}

// TestQueryWritesFiles: a chart or an export in iaibot query is written
// to --out and its path printed after the reply; with --json the path
// goes to stderr, so that stdout stays one JSON object per line.
func TestQueryWritesFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "charts")
	code, out, errOut := run(t, nil, "", "query", "--out", dir, "/iai timeline as:chart", "/iai export what:timeline format:csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, f := range []string{"timeline.png", "timeline.csv"} {
		path := filepath.Join(dir, f)
		if !strings.Contains(out, "wrote "+path+" (") {
			t.Errorf("no line for %s in:\n%s", path, out)
		}
		if st, err := os.Stat(path); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", path, err)
		}
	}
	if !strings.Contains(out, "wrote "+filepath.Join(dir, "timeline.png")+" (800×") {
		t.Errorf("the chart's line does not give its size:\n%s", out)
	}

	code, out, errOut = run(t, nil, "", "query", "--json", "--out", dir, "/iai funding as:chart")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(errOut, "wrote "+filepath.Join(dir, "funding.png")) {
		t.Errorf("--json: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	var body struct {
		Data struct {
			Attachments []struct{ ID, Filename string } `json:"attachments"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(out), &body); err != nil || len(body.Data.Attachments) != 1 || body.Data.Attachments[0].Filename != "funding.png" {
		t.Errorf("--json payload %s: %v", out, err)
	}
}

// TestConsoleWritesFiles: the console without --out puts a reply's files
// in a new temporary directory and says where.
func TestConsoleWritesFiles(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	code, out, errOut := run(t, nil, "/iai funding as:chart\n/iai export what:members format:json\n")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var paths []string
	for _, line := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(line, "wrote "); ok {
			paths = append(paths, rest[:strings.Index(rest, " (")])
		}
	}
	if len(paths) != 2 || filepath.Base(paths[0]) != "funding.png" || filepath.Base(paths[1]) != "members.json" || filepath.Dir(paths[0]) != filepath.Dir(paths[1]) {
		t.Fatalf("wrote %q, want funding.png and members.json in one directory:\n%s", paths, out)
	}
	if !strings.HasPrefix(paths[0], os.Getenv("TMPDIR")) {
		t.Errorf("%s is not in a temporary directory", paths[0])
	}
	data, err := os.ReadFile(paths[1])
	if err != nil || !json.Valid(data) {
		t.Errorf("%s: %v", paths[1], err)
	}
}

// TestExportCommand writes what /iai export attaches, in one file, and
// prints its path; mistakes exit 2 (flags) or 1 (nothing to write).
func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := run(t, nil, "", "export", "--format", "json", "--what", "funding", "--out", dir)
	path := filepath.Join(dir, "funding.json")
	if code != 0 || out != path+"\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want %s", code, out, errOut, path)
	}
	var rows []map[string]any
	data, _ := os.ReadFile(path)
	if err := json.Unmarshal(data, &rows); err != nil || len(rows) == 0 || rows[0]["doc"] != "mofa-2001-11-japan-cooperation-iai" {
		t.Errorf("%s: %v, %d rows", path, err, len(rows))
	}

	// The default is every fact, as CSV with a header.
	code, out, _ = run(t, nil, "", "export", "--format", "csv", "--country", "Viet Nam", "--out", dir)
	if want := filepath.Join(dir, "facts-vietnam.csv") + "\n"; code != 0 || out != want {
		t.Errorf("exit %d, stdout %q; want %q", code, out, want)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "facts-vietnam.csv")); !strings.HasPrefix(string(data), "kind,doc,section,item,fact,sentence,") {
		t.Errorf("facts-vietnam.csv starts %.60q", data)
	}

	for _, tc := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"export"}, 2, "--format must be csv or json"},
		{[]string{"export", "--format", "xlsx"}, 2, `not "xlsx"`},
		{[]string{"export", "--format", "csv", "--what", "people"}, 2, `not "people"`},
		{[]string{"export", "--format", "csv", "stray"}, 2, "unexpected argument"},
		{[]string{"export", "--format", "csv", "--country", "Atlantis", "--out", dir}, 1, "No country called “Atlantis”"},
		{[]string{"export", "--format", "csv", "--what", "funding", "--country", "Brunei", "--out", dir}, 1, "The documents give no sums, cost shares or funds about Brunei."},
	} {
		code, out, errOut := run(t, nil, "", tc.args...)
		if code != tc.code || out != "" || !strings.Contains(errOut, tc.stderr) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and %q", tc.args, code, out, errOut, tc.code, tc.stderr)
		}
	}
}
