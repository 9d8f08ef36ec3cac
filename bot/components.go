package bot

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/iaibot/iaibot/index"
)

// Buttons carry their whole state in their custom_id, so a button on an
// old message still works after a restart:
//
//	iai:page:<n>:<query>   show page n of a search; an empty query means
//	                       the query did not fit and is read back from the
//	                       message's embed author line
//	iai:list:<sub>:<n>:<arg>
//	                       show page n of a list command; arg is the
//	                       country for /iai country
//	iai:src:<passage ID>   show the cited passage, ephemerally
const (
	idPage             = "iai:page:"
	idList             = "iai:list:"
	idSource           = "iai:src:"
	idNoop             = "iai:noop:"
	searchAuthorPrefix = "🔎 "
)

func pageButtons(query string, page, pages int, hits []*index.Passage) []discordgo.MessageComponent {
	if pages <= 1 && len(hits) == 0 {
		return nil
	}
	id := func(n int) string {
		s := idPage + strconv.Itoa(n) + ":" + query
		if utf8.RuneCountInString(s) > maxCustomID {
			s = idPage + strconv.Itoa(n) + ":"
		}
		return s
	}
	row := prevNext(id, page, pages)
	if len(hits) > 0 {
		if src := sourceButton(hits[0]); src != nil {
			row = append(row, src[0].(discordgo.ActionsRow).Components...)
		}
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
}

// prevNext are the Prev and Next buttons of page of pages, with id giving
// a page's custom_id; a disabled button gets a no-op id instead.
func prevNext(id func(page int) string, page, pages int) []discordgo.MessageComponent {
	prev := discordgo.Button{Label: "◀ Prev", Style: discordgo.SecondaryButton, CustomID: id(page - 1), Disabled: page <= 1}
	next := discordgo.Button{Label: "Next ▶", Style: discordgo.SecondaryButton, CustomID: id(page + 1), Disabled: page >= pages}
	if prev.Disabled {
		prev.CustomID = idNoop + "prev"
	}
	if next.Disabled {
		next.CustomID = idNoop + "next"
	}
	return []discordgo.MessageComponent{prev, next}
}

// sourceButton offers the cited passage; it is left out when the passage
// ID cannot fit a custom_id.
func sourceButton(p *index.Passage) []discordgo.MessageComponent {
	id := idSource + p.ID
	if utf8.RuneCountInString(id) > maxCustomID {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Source", Style: discordgo.PrimaryButton, CustomID: id},
	}}}
}

// Component answers a button press. update is true when the reply replaces
// the message the button is on (paging) rather than adding a new one.
func (b *Bot) Component(ctx context.Context, customID string, msg *discordgo.Message) (reply Reply, update bool, outcome Outcome) {
	reply, outcome = b.guarded(func() (r Reply, out Outcome) {
		r, update, out = b.component(ctx, customID, msg)
		return r, out
	}, "component panic", "custom_id", customID)
	return reply, update, outcome
}

// component is Component without the recovery.
func (b *Bot) component(ctx context.Context, customID string, msg *discordgo.Message) (reply Reply, update bool, outcome Outcome) {
	switch {
	case strings.HasPrefix(customID, idPage):
		rest := strings.TrimPrefix(customID, idPage)
		n, q, ok := strings.Cut(rest, ":")
		page, err := strconv.Atoi(n)
		if !ok || err != nil || page < 1 {
			return errorReply("Stale button", "That button is not valid any more. Run the search again."), false, OutcomeUserError
		}
		if q == "" && msg != nil {
			for _, e := range msg.Embeds {
				if e.Author != nil && strings.HasPrefix(e.Author.Name, searchAuthorPrefix) {
					q = strings.ReplaceAll(strings.TrimPrefix(e.Author.Name, searchAuthorPrefix), zwsp, "")
				}
			}
		}
		r, out := b.Run(ctx, "search", Args{"query": q, "page": strconv.Itoa(page)})
		return r, out == OutcomeOK, out
	case strings.HasPrefix(customID, idList):
		sub, rest, _ := strings.Cut(strings.TrimPrefix(customID, idList), ":")
		n, arg, _ := strings.Cut(rest, ":")
		page, err := strconv.Atoi(n)
		c, known := byName[sub]
		if err != nil || page < 1 || !known || !hasOption(c, "page") {
			return errorReply("Stale button", "That button is not valid any more. Run the command again."), false, OutcomeUserError
		}
		args := Args{"page": strconv.Itoa(page)}
		if arg != "" {
			args[c.def.Options[0].Name] = arg
		}
		r, out := b.Run(ctx, sub, args)
		return r, out == OutcomeOK, out
	case strings.HasPrefix(customID, idSource):
		p, ok := b.ix.Passage(strings.TrimPrefix(customID, idSource))
		if !ok {
			return errorReply("Source not found", "That passage is no longer in the indexed documents."), false, OutcomeUserError
		}
		r := sourceReply(p)
		r.Ephemeral = true
		return r, false, OutcomeOK
	default:
		return errorReply("Unknown button", "That button is not one of mine any more."), false, OutcomeUserError
	}
}

// sourceReply quotes a passage in full with its citation.
func sourceReply(p *index.Passage) Reply {
	text := p.Text
	if p.Lead != "" {
		text = p.Lead + "\n\n" + p.Text
	}
	e := embed("Source", "> "+strings.ReplaceAll(Escape(text), "\n\n", "\n> \n> "))
	e.Fields = []*discordgo.MessageEmbedField{{Name: "Document", Value: Escape(p.Doc.Title)}}
	e.Footer = footer(cite(p))
	return Reply{Embeds: []*discordgo.MessageEmbed{e}}
}

const zwsp = "\u200b"

// defuseMentions breaks "@everyone" and "<@123>" with a zero-width space
// in text that is shown raw rather than as markdown.
func defuseMentions(s string) string {
	return strings.NewReplacer("@", "@"+zwsp, "<", "<"+zwsp).Replace(s)
}

// hasOption says whether a subcommand takes the named option.
func hasOption(c *subcommand, name string) bool {
	for _, o := range c.def.Options {
		if o.Name == name {
			return true
		}
	}
	return false
}
