package bot

import (
	"context"
	"fmt"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// HandleInteraction computes the response to any interaction the bot
// receives, whatever transport brought it: slash commands and buttons get
// a message (buttons that page replace theirs), autocomplete gets choices,
// and a ping gets a pong. The name is the command it ran, for logs.
func (b *Bot) HandleInteraction(ctx context.Context, i *discordgo.Interaction) (resp *discordgo.InteractionResponse, name string, outcome Outcome) {
	switch i.Type {
	case discordgo.InteractionPing:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}, "ping", OutcomeOK
	case discordgo.InteractionApplicationCommand:
		data := i.ApplicationCommandData()
		sub, args := commandArgs(data)
		name = data.Name + " " + sub
		if data.Name != CommandName {
			return errorReply("Unknown command", "This bot only knows `/iai`.").InteractionResponse(), name, OutcomeUserError
		}
		r, out := b.Run(ctx, sub, args)
		return r.InteractionResponse(), name, out
	case discordgo.InteractionApplicationCommandAutocomplete:
		data := i.ApplicationCommandData()
		sub, args := commandArgs(data)
		focused := ""
		for _, o := range subOptions(data) {
			if o.Focused {
				focused = o.Name
			}
		}
		choices := b.Autocomplete(sub, focused, args[focused])
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices},
		}, "autocomplete " + sub, OutcomeOK
	case discordgo.InteractionMessageComponent:
		data := i.MessageComponentData()
		r, update, out := b.Component(ctx, data.CustomID, i.Message)
		resp := r.InteractionResponse()
		if update {
			resp.Type = discordgo.InteractionResponseUpdateMessage
		}
		return resp, "button " + buttonKind(data.CustomID), out
	default:
		return errorReply("Unsupported", "This kind of interaction is not supported.").InteractionResponse(), fmt.Sprintf("type %d", i.Type), OutcomeUserError
	}
}

// buttonKind names a button by its custom_id's prefix, for logs and
// metrics: the rest of the id comes from the message and must not mint
// label values.
func buttonKind(id string) string {
	for _, p := range []string{idPage, idList, idSource, idNoop} {
		if len(id) >= len(p) && id[:len(p)] == p {
			return p[len("iai:") : len(p)-1]
		}
	}
	return "unknown"
}

// subOptions returns the options of the invoked subcommand.
func subOptions(data discordgo.ApplicationCommandInteractionData) []*discordgo.ApplicationCommandInteractionDataOption {
	if len(data.Options) == 1 && data.Options[0].Type == discordgo.ApplicationCommandOptionSubCommand {
		return data.Options[0].Options
	}
	return data.Options
}

// commandArgs reads the subcommand and its options as text, the same shape
// the line parser produces, so both paths share one dispatcher.
func commandArgs(data discordgo.ApplicationCommandInteractionData) (sub string, args Args) {
	args = Args{}
	if len(data.Options) == 1 && data.Options[0].Type == discordgo.ApplicationCommandOptionSubCommand {
		sub = data.Options[0].Name
	}
	for _, o := range subOptions(data) {
		switch v := o.Value.(type) {
		case string:
			args[o.Name] = v
		case float64:
			args[o.Name] = strconv.FormatFloat(v, 'f', -1, 64)
		case bool:
			args[o.Name] = strconv.FormatBool(v)
		case nil:
		default:
			args[o.Name] = fmt.Sprint(v)
		}
	}
	return sub, args
}
