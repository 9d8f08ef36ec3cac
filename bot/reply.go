package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on what a message may carry. Replies are cut to fit here
// and nowhere else.
const (
	maxContent      = 2000
	maxEmbeds       = 10
	maxTitle        = 256
	maxDescription  = 4096
	maxFields       = 25
	maxFieldName    = 256
	maxFieldValue   = 1024
	maxFooter       = 2048
	maxEmbedTotal   = 6000
	maxChoices      = 25
	maxChoiceName   = 100
	maxCustomID     = 100
	maxButtonLabel  = 80
	maxFiles        = 10
	colorInfo       = 0x2f6fdf
	colorError      = 0xd9534f
	colorUnanswered = 0x999999
	// colorQuoted is between an answer's colour and a refusal's: the
	// documents speak to the question but give no answer to it.
	colorQuoted = 0x7f9fcf
)

// Reply is what a handler computes: one or more embeds, optional buttons
// and files, and whether only the asking user sees it.
type Reply struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	Files      []Attachment // at most 10; they go with interaction replies, not channel messages
	Ephemeral  bool
}

// Attachment is a file a reply carries: a chart or an export.
type Attachment struct {
	Name        string // "timeline.png"; an embed shows it as attachment://timeline.png
	ContentType string // "image/png", "text/csv; charset=utf-8"
	Data        []byte
}

// noMentions is attached to every message: nobody is ever pinged, whatever
// the text contains.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// fit cuts a reply to Discord's limits.
func (r Reply) fit() Reply {
	r.Content = truncate(r.Content, maxContent)
	if len(r.Files) > maxFiles {
		r.Files = r.Files[:maxFiles] // handlers say so before it comes to this
	}
	if len(r.Embeds) > maxEmbeds {
		r.Embeds = r.Embeds[:maxEmbeds]
	}
	budget := maxEmbedTotal
	var embeds []*discordgo.MessageEmbed
	for _, e := range r.Embeds {
		e = fitEmbed(e, budget)
		if e == nil {
			break
		}
		budget -= embedLen(e)
		embeds = append(embeds, e)
	}
	r.Embeds = embeds
	return r
}

// fitEmbed cuts an embed's parts to their limits and its total to budget,
// taking from the description and the last fields first.
func fitEmbed(in *discordgo.MessageEmbed, budget int) *discordgo.MessageEmbed {
	if budget <= 50 {
		return nil
	}
	e := *in
	e.Title = truncate(e.Title, maxTitle)
	e.Description = truncate(e.Description, maxDescription)
	if e.Footer != nil {
		f := *e.Footer
		f.Text = truncate(f.Text, maxFooter)
		e.Footer = &f
	}
	if e.Author != nil {
		a := *e.Author
		a.Name = truncate(a.Name, maxTitle)
		e.Author = &a
	}
	if len(e.Fields) > maxFields {
		e.Fields = e.Fields[:maxFields]
	}
	fields := make([]*discordgo.MessageEmbedField, 0, len(e.Fields))
	for _, f := range e.Fields {
		g := *f
		g.Name = truncate(orDash(g.Name), maxFieldName)
		g.Value = truncate(orDash(g.Value), maxFieldValue)
		fields = append(fields, &g)
	}
	e.Fields = fields
	for embedLen(&e) > budget && len(e.Fields) > 0 {
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	if over := embedLen(&e) - budget; over > 0 {
		n := utf8.RuneCountInString(e.Description) - over
		if n < 20 {
			return nil
		}
		e.Description = truncate(e.Description, n)
	}
	return &e
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// embedLen counts the characters Discord counts toward the 6,000 total.
func embedLen(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	return n
}

// truncate cuts s to at most n characters, ending in "…" when cut, and
// never inside a bold marker pair it opened.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	out := string(r[:n-1])
	if strings.Count(out, "**")%2 == 1 {
		out = out[:strings.LastIndex(out, "**")]
	}
	// Do not leave a dangling escape backslash.
	for strings.HasSuffix(out, `\`) && !strings.HasSuffix(out, `\\`) {
		out = out[:len(out)-1]
	}
	return strings.TrimRight(out, " ") + "…"
}

// sendable is r cut to Discord's limits, with empty lists rather than nil
// ones, which discordgo would send as null.
func (r Reply) sendable() Reply {
	r = r.fit()
	if r.Embeds == nil {
		r.Embeds = []*discordgo.MessageEmbed{}
	}
	if r.Components == nil {
		r.Components = []discordgo.MessageComponent{}
	}
	return r
}

// InteractionResponse is the body of the interaction callback for r.
func (r Reply) InteractionResponse() *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: r.ResponseData()}
}

// ResponseData is r as interaction response data, cut to Discord's limits,
// with pings suppressed.
func (r Reply) ResponseData() *discordgo.InteractionResponseData {
	r = r.sendable()
	d := &discordgo.InteractionResponseData{
		Content:         r.Content,
		Embeds:          r.Embeds,
		Components:      r.Components,
		AllowedMentions: noMentions(),
		Files:           discordFiles(r.Files),
	}
	if r.Ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// MessageSend is r as a channel message; replyTo, when set, threads it
// under the message it answers.
func (r Reply) MessageSend(replyTo *discordgo.MessageReference) *discordgo.MessageSend {
	r = r.sendable()
	m := &discordgo.MessageSend{
		Content:         r.Content,
		Embeds:          r.Embeds,
		Components:      r.Components,
		AllowedMentions: noMentions(),
		Reference:       replyTo,
		StickerIDs:      []string{},
	}
	if replyTo != nil {
		// Replying must not ping the author either.
		m.AllowedMentions.RepliedUser = false
	}
	return m
}

// markdownEscaper neutralises Discord markdown and mention syntax in text
// that came from a user or a document.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, "~", `\~`, "`", "\\`", `|`, `\|`, `>`, `\>`, `<`, `\<`,
	`[`, `\[`, `]`, `\]`, `#`, `\#`, `@`, "@\u200b",
)

// Escape makes text display literally in Discord.
func Escape(s string) string { return markdownEscaper.Replace(s) }

// errorReply is the ephemeral reply to a user's mistake.
func errorReply(title, msg string) Reply {
	return Reply{Ephemeral: true, Embeds: []*discordgo.MessageEmbed{{
		Title:       title,
		Description: msg,
		Color:       colorError,
	}}}
}

// apologyReply is what a user sees when something failed on the bot's side:
// short, ephemeral, and with nothing internal in it.
func apologyReply() Reply {
	return errorReply("Something went wrong", "Sorry, that failed on our side. Please try again.")
}
