package bot

import (
	"context"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
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
		return renderSource(p), false, OutcomeOK
	default:
		return errorReply("Unknown button", "That button is not one of mine any more."), false, OutcomeUserError
	}
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
