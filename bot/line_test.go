package bot

import (
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/google/go-cmp/cmp"
)

func TestParseLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want Invocation
		ok   bool
	}{
		{"/iai search HIV", Invocation{"search", Args{"query": "HIV"}}, true},
		{"/iai search query:HIV", Invocation{"search", Args{"query": "HIV"}}, true},
		{"/iai search query:HIV page:2", Invocation{"search", Args{"query": "HIV", "page": "2"}}, true},
		{"/iai search drug issues page:2", Invocation{"search", Args{"query": "drug issues", "page": "2"}}, true},
		{"/iai search field:x", Invocation{"search", Args{"query": "field:x"}}, true},
		{`/iai search query:"East-West Corridor"`, Invocation{"search", Args{"query": "East-West Corridor"}}, true},
		{`/iai search "unbalanced`, Invocation{"search", Args{"query": `"unbalanced`}}, true},
		{"/iai country name:cambodia", Invocation{"country", Args{"name": "cambodia"}}, true},
		{"/iai country Lao P.D.R.", Invocation{"country", Args{"name": "Lao P.D.R."}}, true},
		{"/iai COUNTRY Name:Burma", Invocation{"country", Args{"name": "Burma"}}, true},
		{"/iai ask question:when did Cambodia join?", Invocation{"ask", Args{"question": "when did Cambodia join?"}}, true},
		{"/iai projects", Invocation{"projects", Args{}}, true},
		{"/iai", Invocation{"help", Args{}}, true},
		{"  /iai   help  ", Invocation{"help", Args{}}, true},
		{"/iai nosuch thing", Invocation{"nosuch", Args{}}, true},
		{"/iaix search", Invocation{}, false},
		{"/search HIV", Invocation{}, false},
		{"hello", Invocation{}, false},
	} {
		got, ok := ParseLine(tc.line)
		if ok != tc.ok {
			t.Errorf("ParseLine(%q) ok = %v, want %v", tc.line, ok, tc.ok)
			continue
		}
		if diff := cmp.Diff(tc.want, got); ok && diff != "" {
			t.Errorf("ParseLine(%q) (-want +got):\n%s", tc.line, diff)
		}
	}
}

func TestStripMentions(t *testing.T) {
	for in, want := range map[string]string{
		"<@123> when did Cambodia join?": "when did Cambodia join?",
		"<@!123> hi":                     "hi",
		"@iai how much?":                 "how much?",
		"no mention at all":              "no mention at all",
		"<@123>":                         "",
	} {
		if got := StripMentions(in); got != want {
			t.Errorf("StripMentions(%q) = %q, want %q", in, got, want)
		}
	}
}

// The question an answer's title repeats reads back as it was asked, for
// any characters Markdown escaping touches, and only from the bot's own
// answers.
func TestAnsweredQuestion(t *testing.T) {
	const bot = "42"
	for _, q := range []string{"when did Cambodia join?", `a*b_c~d|e>f<g[h]i#j\k @everyone`, "and Laos"} {
		m := &discordgo.Message{Author: &discordgo.User{ID: bot}, Embeds: []*discordgo.MessageEmbed{{Title: answerTitlePrefix + Escape(q)}}}
		if got := answeredQuestion(m, bot); got != q {
			t.Errorf("answeredQuestion(%q) = %q, want %q", m.Embeds[0].Title, got, q)
		}
	}
	for name, m := range map[string]*discordgo.Message{
		"someone else's": {Author: &discordgo.User{ID: "7"}, Embeds: []*discordgo.MessageEmbed{{Title: "Q: hi"}}},
		"not an answer":  {Author: &discordgo.User{ID: bot}, Embeds: []*discordgo.MessageEmbed{{Title: "Projects (3)"}}},
		"no embeds":      {Author: &discordgo.User{ID: bot}},
		"no message":     nil,
	} {
		if got := answeredQuestion(m, bot); got != "" {
			t.Errorf("%s: answeredQuestion = %q, want none", name, got)
		}
	}
}
