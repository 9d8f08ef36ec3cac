package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/iaibot/iaibot/bot/discordtest"
)

// badInputs are what careless or hostile users type.
var badInputs = []string{
	"",
	"   \t  ",
	"/iai search",
	"/iai search    ",
	"/iai search " + strings.Repeat("a", 6000),
	"/iai search " + strings.Repeat("integration ", 500),
	"/iai ask " + strings.Repeat("why ", 1500),
	"/iai country " + strings.Repeat("x", 6000),
	"/iai search \x00\x01\x02\x1b[31m",
	"/iai search \xff\xfe\xfd",
	"/iai country \xc3\x28",
	"/iai search @everyone",
	"/iai ask @here <@123> <@&456> <#789> what?",
	"/iai country <@123>",
	"@everyone @here",
	"/iai search **bold** __under__ ~~strike~~ `code` ||spoiler|| > quote # heading [link](http://x)",
	"/iai search *",
	"/iai search /.*.*.*/",
	"/iai search field:x",
	"/iai search +HIV -drug",
	`/iai search "unbalanced`,
	`/iai ask "unbalanced quote`,
	"/iai search query:HIV page:0",
	"/iai search query:HIV page:-3",
	"/iai search query:HIV page:abc",
	"/iai search query:HIV page:99999999999999999999",
	"/iai search query:HIV page:500",
	"/iai nosuch",
	"/iai project",
	"/iai country",
	"/iai ask",
	"/iaix",
	"/something else",
	"/iai timeline as:pie",
	"/iai funding as:" + strings.Repeat("chart", 1200),
	"/iai timeline as:chart page:3",
	"/iai funding as:chart page:abc",
	"/iai export",
	"/iai export what:facts",
	"/iai export what:<@123> format:@everyone",
	"/iai export what:facts format:csv country:" + strings.Repeat("x", 6000),
	"/iai export what:facts format:csv country:@here",
}

// TestBadInputGetsAClearReplyWithinLimits runs every bad input through the
// same path as the console and the gateway: each gets a reply that
// Discord would accept, pings nobody, echoes no raw mention or markdown,
// and user errors are ephemeral.
func TestBadInputGetsAClearReplyWithinLimits(t *testing.T) {
	b := mustSeedBot(t)
	for _, in := range badInputs {
		var buf bytes.Buffer
		if err := b.RunLines(context.Background(), []string{in}, true, &buf, nil); err != nil {
			t.Fatalf("%q: %v", clipTest(in), err)
		}
		body := bytes.TrimSpace(buf.Bytes())
		isMessage := !strings.HasPrefix(strings.TrimSpace(in), "/")
		validate := discordtest.ValidateInteractionCallback
		if isMessage {
			validate = discordtest.ValidateMessageCreate
		}
		if err := validate(body); err != nil {
			t.Errorf("%q: %v\n%s", clipTest(in), err, clipTest(string(body)))
		}
		if !utf8.Valid(body) {
			t.Errorf("%q: reply is not valid UTF-8", clipTest(in))
		}
		for _, raw := range []string{"@everyone", "@here", "<@123>", "<@&456>"} {
			if bytes.Contains(body, []byte(raw)) {
				t.Errorf("%q: reply echoes %s unescaped", clipTest(in), raw)
			}
		}
		var resp struct {
			Data struct {
				Embeds []struct {
					Title, Description string
				} `json:"embeds"`
				Flags int `json:"flags"`
			} `json:"data"`
		}
		if !isMessage {
			if err := json.Unmarshal(body, &resp); err != nil {
				t.Fatal(err)
			}
			if len(resp.Data.Embeds) == 0 || resp.Data.Embeds[0].Description == "" {
				t.Errorf("%q: reply has no explanation", clipTest(in))
			}
		}
	}
}

// TestUserErrorsAreEphemeral checks the outcome and the flag together.
func TestUserErrorsAreEphemeral(t *testing.T) {
	b := mustSeedBot(t)
	for _, line := range []string{"/iai search", "/iai country Atlantis", "/iai project moon base", "/iai nosuch", "/iai search query:HIV page:0", "/iai search query:HIV page:500", "/iai ask"} {
		r, _, out := b.HandleLine(context.Background(), line)
		if out != OutcomeUserError || !r.Ephemeral {
			t.Errorf("%q: outcome %s, ephemeral %v; want a user error shown only to the user", line, out, r.Ephemeral)
		}
	}
}

// TestHandlerPanicIsAnApology proves a panic becomes an ephemeral apology.
func TestHandlerPanicIsAnApology(t *testing.T) {
	b := mustSeedBot(t)
	byName["boom"] = &subcommand{def: byName["help"].def, handle: func(context.Context, *Bot, Args) (Reply, error) { panic("kaboom") }}
	t.Cleanup(func() { delete(byName, "boom") })
	r, out := b.Run(context.Background(), "boom", Args{})
	if out != OutcomePanic || !r.Ephemeral || !strings.Contains(r.Embeds[0].Description, "Sorry") {
		t.Errorf("panic: outcome %s, reply %+v", out, r.Embeds[0])
	}
}

func clipTest(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// BenchmarkBadInput measures the slowest kinds of bad input end to end;
// each must answer well under 100 ms.
func BenchmarkBadInput(b *testing.B) {
	bot := mustSeedBot(b)
	for _, in := range []string{"/iai search " + strings.Repeat("a", 6000), "/iai ask " + strings.Repeat("why ", 1500), "/iai country " + strings.Repeat("x", 6000), "/iai search /.*.*.*/"} {
		b.Run(clipTest(in)[:20], func(b *testing.B) {
			for b.Loop() {
				bot.HandleLine(context.Background(), in)
			}
		})
	}
}
