package bot

import (
	"context"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Invocation is a parsed slash-command line.
type Invocation struct {
	Sub  string
	Args Args
}

// ParseLine reads what a user types, "/iai search HIV" or
// "/iai search query:HIV page:2", into a subcommand and its options. Text
// before the first "name:" fills the subcommand's first option. ok is
// false when the line is not an /iai command at all.
func ParseLine(line string) (inv Invocation, ok bool) {
	line = strings.TrimSpace(strings.ToValidUTF8(line, "\uFFFD"))
	rest, found := strings.CutPrefix(line, "/"+CommandName)
	if !found || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return Invocation{}, false
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return Invocation{Sub: "help", Args: Args{}}, true
	}
	inv = Invocation{Sub: strings.ToLower(fields[0]), Args: Args{}}
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), fields[0]))
	c, known := byName[inv.Sub]
	if !known {
		return inv, true
	}
	var names []string
	for _, o := range c.def.Options {
		names = append(names, regexp.QuoteMeta(o.Name))
	}
	if len(names) == 0 {
		return inv, true
	}
	re := regexp.MustCompile(`(?i)(?:^|\s)(` + strings.Join(names, "|") + `):`)
	locs := re.FindAllStringSubmatchIndex(rest, -1)
	if len(locs) == 0 {
		if rest != "" {
			inv.Args[c.def.Options[0].Name] = unquote(rest)
		}
		return inv, true
	}
	if lead := strings.TrimSpace(rest[:locs[0][0]]); lead != "" {
		inv.Args[c.def.Options[0].Name] = unquote(lead)
	}
	for i, l := range locs {
		end := len(rest)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		inv.Args[strings.ToLower(rest[l[2]:l[3]])] = unquote(strings.TrimSpace(rest[l[1]:end]))
	}
	return inv, true
}

// unquote removes one pair of matching surrounding quotes; an unbalanced
// quote is kept as text.
func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 {
		for _, q := range []string{`"`, `'`, "“"} {
			end := q
			if q == "“" {
				end = "”"
			}
			if strings.HasPrefix(s, q) && strings.HasSuffix(s, end) && len(s) >= len(q)+len(end) {
				return s[len(q) : len(s)-len(end)]
			}
		}
	}
	return s
}

var reMention = regexp.MustCompile(`<@!?\d+>|@iai\b|@iaibot\b`)

// StripMentions removes mentions of the bot from a message, leaving the
// question.
func StripMentions(s string) string {
	return strings.TrimSpace(reMention.ReplaceAllString(s, " "))
}

// HandleLine answers one line as the console and the query command see it:
// a slash command gets an interaction reply, anything else is a message
// that mentions the bot and gets the Q&A answer.
func (b *Bot) HandleLine(ctx context.Context, line string) (reply Reply, isMessage bool, outcome Outcome) {
	if strings.HasPrefix(strings.TrimSpace(line), "/") {
		inv, ok := ParseLine(line)
		if !ok {
			return errorReply("Unknown command", "Commands start with `/iai`. Try `/iai help`."), false, OutcomeUserError
		}
		r, out := b.Run(ctx, inv.Sub, inv.Args)
		return r, false, out
	}
	r, out := b.Message(ctx, line)
	return r, true, out
}

// Message answers a channel message addressed to the bot.
func (b *Bot) Message(ctx context.Context, content string) (Reply, Outcome) {
	return b.FollowUp(ctx, content, "")
}

// FollowUp answers a channel message that replies to the bot's answer to
// prev: "and Laos?" after "when did Cambodia join the Centre?" asks when
// Laos joined. The context lives only in the reply chain: the answer's
// title repeats the question as understood, so a reply to it carries the
// context on. With prev empty it is [Bot.Message].
func (b *Bot) FollowUp(ctx context.Context, content, prev string) (Reply, Outcome) {
	q := CleanArg(StripMentions(content))
	if q == "" {
		return Reply{Embeds: []*discordgo.MessageEmbed{embed("Ask me something",
			"Mention me with a question, e.g. “@iai when did Cambodia join the ASEAN-Japan Centre?”, or use `/iai help`.")}}, OutcomeUserError
	}
	if prev != "" {
		// The title repeats the question as understood, so a reply to
		// this answer carries the context on.
		return b.guarded(func() (Reply, Outcome) {
			return renderAnswer(answerView{question: CleanArg(b.ix.FollowUp(prev, q)), answer: b.ix.AnswerFollowUp(prev, q)}), OutcomeOK
		}, "handler panic", "subcommand", "ask", "follow-up", true)
	}
	return b.Run(ctx, "ask", Args{"question": q})
}

// answeredQuestion reads, from one of the bot's answers, the question it
// answered: its title is "Q: " and the question, escaped for Markdown. It
// is "" for any other message.
func answeredQuestion(m *discordgo.Message, botID string) string {
	if m == nil || m.Author == nil || botID == "" || m.Author.ID != botID || len(m.Embeds) == 0 || m.Embeds[0] == nil {
		return ""
	}
	t, ok := strings.CutPrefix(m.Embeds[0].Title, answerTitlePrefix)
	if !ok {
		return ""
	}
	return strings.TrimSuffix(unescapeMarkdown(t), "…")
}

// unescapeMarkdown undoes [Escape].
func unescapeMarkdown(s string) string {
	s = strings.ReplaceAll(s, "@\u200b", "@")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
