package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/bot/discordtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenLines are what users type; each has a golden reply file.
var goldenLines = []struct{ name, line string }{
	{"help", "/iai help"},
	{"search", "/iai search HIV"},
	{"search-page2", "/iai search query:ASEAN page:2"},
	{"search-nothing", "/iai search query:spaceport"},
	{"country", "/iai country cambodia"},
	{"country-alias", "/iai country name:Burma"},
	{"country-unmentioned", "/iai country Brunei"},
	{"country-unknown", "/iai country Atlantis"},
	{"project", "/iai project East-West Corridor"},
	{"project-unknown", "/iai project moon base"},
	{"projects", "/iai projects"},
	{"funding", "/iai funding"},
	{"members", "/iai members"},
	{"timeline", "/iai timeline"},
	{"timeline-chart", "/iai timeline as:chart"},
	{"funding-chart", "/iai funding as:chart"},
	{"export-funding-csv", "/iai export what:funding format:csv"},
	{"ask", "/iai ask when did Cambodia join the ASEAN-Japan Centre?"},
	{"ask-none", "/iai ask who won the 2002 world cup"},
	{"ask-quoted", "/iai ask who benefits from the countermeasures?"},
	{"message-quoted", "@iai who benefits from the countermeasures?"},
	{"message", "@iai how much did Japan disburse through the ESCAP fund?"},
}

// TestGoldenReplies renders each subcommand exactly as the bot would POST
// it, compares it with testdata/golden, and checks it against Discord's
// OpenAPI description. Run with -update after an intended change.
func TestGoldenReplies(t *testing.T) {
	b := mustSeedBot(t)
	for _, g := range goldenLines {
		t.Run(g.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := b.RunLines(context.Background(), []string{g.line}, true, &buf, nil); err != nil {
				t.Fatal(err)
			}
			r, _, _ := b.HandleLine(context.Background(), g.line)
			validate := callbackValidator(r)
			if !strings.HasPrefix(g.line, "/") {
				validate = discordtest.ValidateMessageCreate
			}
			checkGolden(t, filepath.Join("testdata", "golden", g.name+".json"), buf.Bytes(), validate)
		})
	}
}

// callbackValidator checks the callback body of r as the fake Discord
// checks it, with r's files when it has any: the golden files hold the
// payload_json, not the files.
func callbackValidator(r Reply) func([]byte) error {
	if len(r.Files) == 0 {
		return discordtest.ValidateInteractionCallback
	}
	files := make([]discordtest.File, len(r.Files))
	for i, f := range r.Files {
		files[i] = discordtest.File{Index: i, Name: f.Name, ContentType: f.ContentType, Data: f.Data}
	}
	return func(body []byte) error { return discordtest.ValidateInteractionCallbackFiles(body, files) }
}

// checkGolden compares the JSON body the bot would send with the golden
// file at path, or rewrites the file with -update, after checking the
// body against Discord's schema and limits with validate.
func checkGolden(t *testing.T, path string, body []byte, validate func([]byte) error) {
	t.Helper()
	body = bytes.TrimSpace(body)
	if err := validate(body); err != nil {
		t.Errorf("reply breaks Discord's schema or limits: %v\n%s", err, body)
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, body, "", "  "); err != nil {
		t.Fatal(err)
	}
	pretty.WriteByte('\n')
	if *update {
		if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -run %s -update)", err, strings.Split(t.Name(), "/")[0])
	}
	if diff := cmp.Diff(string(want), pretty.String()); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// TestRepliesNeverPing checks every golden reply suppresses all mentions
// and marks user errors ephemeral.
func TestRepliesNeverPing(t *testing.T) {
	b := mustSeedBot(t)
	for _, g := range goldenLines {
		var buf bytes.Buffer
		if err := b.RunLines(context.Background(), []string{g.line}, true, &buf, nil); err != nil {
			t.Fatal(err)
		}
		var body struct {
			Data *struct {
				AllowedMentions *struct {
					Parse []string `json:"parse"`
				} `json:"allowed_mentions"`
				Flags int `json:"flags"`
			} `json:"data"`
			AllowedMentions *struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
		}
		if err := json.Unmarshal(buf.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		am := body.AllowedMentions
		if body.Data != nil {
			am = body.Data.AllowedMentions
		}
		if am == nil || am.Parse == nil || len(am.Parse) != 0 {
			t.Errorf("%s: allowed_mentions = %+v, want {\"parse\":[]}", g.line, am)
		}
		userError := strings.Contains(g.name, "unknown")
		if body.Data != nil && userError && body.Data.Flags&64 == 0 {
			t.Errorf("%s: a user error must be ephemeral", g.line)
		}
	}
}
