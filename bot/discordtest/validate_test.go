package discordtest

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// noPings is what every message the bot sends must carry.
var noPings = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %T: %v", v, err)
	}
	return b
}

func ptr[T any](v T) *T { return &v }

func sampleEmbed() *discordgo.MessageEmbed {
	return &discordgo.MessageEmbed{
		Title:       "Japan: IAI cooperation",
		Description: "Japan will support the Initiative for ASEAN Integration.",
		URL:         "https://www.mofa.go.jp/",
		Color:       0x2b6cb0,
		Timestamp:   "2001-11-05T00:00:00Z",
		Fields: []*discordgo.MessageEmbedField{
			{Name: "Funding", Value: "¥ 1 billion", Inline: true},
		},
		Footer: &discordgo.MessageEmbedFooter{Text: "MOFA, November 2001"},
		Author: &discordgo.MessageEmbedAuthor{Name: "iaibot"},
	}
}

func sampleComponents() []discordgo.MessageComponent {
	return []discordgo.MessageComponent{
		discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "More", Style: discordgo.PrimaryButton, CustomID: "iai:more:1"},
			discordgo.Button{Label: "Source", Style: discordgo.LinkButton, URL: "https://www.mofa.go.jp/"},
		}},
		discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.SelectMenu{
				MenuType: discordgo.StringSelectMenu,
				CustomID: "iai:country",
				Options: []discordgo.SelectMenuOption{
					{Label: "Cambodia", Value: "KH"},
					{Label: "Laos", Value: "LA"},
				},
			},
		}},
	}
}

func messageData() *discordgo.InteractionResponseData {
	return &discordgo.InteractionResponseData{
		Content:         "Found 3 passages.",
		Embeds:          []*discordgo.MessageEmbed{sampleEmbed()},
		Components:      sampleComponents(),
		Flags:           discordgo.MessageFlagsEphemeral,
		AllowedMentions: noPings,
	}
}

func reply(mutate func(*discordgo.InteractionResponseData)) *discordgo.InteractionResponse {
	d := messageData()
	mutate(d)
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d}
}

func choices(n, nameLen, valueLen int) []*discordgo.ApplicationCommandOptionChoice {
	out := make([]*discordgo.ApplicationCommandOptionChoice, n)
	for i := range out {
		out[i] = &discordgo.ApplicationCommandOptionChoice{
			Name:  strings.Repeat("n", nameLen),
			Value: strings.Repeat("v", valueLen),
		}
	}
	return out
}

func sampleCommands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{
		{
			Name:                     "iai",
			Description:              "Ask about the Initiative for ASEAN Integration",
			DefaultMemberPermissions: ptr(int64(discordgo.PermissionSendMessages)),
			Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM},
			IntegrationTypes:         &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall},
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "search",
					Description: "Search the documents",
					Options: []*discordgo.ApplicationCommandOption{
						{Type: discordgo.ApplicationCommandOptionString, Name: "query", Description: "Words to find", Required: true, Autocomplete: true, MaxLength: 100},
						{Type: discordgo.ApplicationCommandOptionInteger, Name: "limit", Description: "How many", MinValue: ptr(1.0), MaxValue: 10},
					},
				},
				{
					Type:        discordgo.ApplicationCommandOptionSubCommand,
					Name:        "country",
					Description: "What a country receives",
					Options: []*discordgo.ApplicationCommandOption{
						{Type: discordgo.ApplicationCommandOptionString, Name: "name", Description: "Country", Required: true, Choices: []*discordgo.ApplicationCommandOptionChoice{
							{Name: "Cambodia", Value: "KH"}, {Name: "Laos", Value: "LA"},
						}},
					},
				},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "help", Description: "How to use iaibot"},
			},
		},
		{Type: discordgo.MessageApplicationCommand, Name: "Explain with IAI"},
	}
}

func commands(mutate func([]*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
	return mutate(sampleCommands())
}

func TestValidate(t *testing.T) {
	long := func(n int) string { return strings.Repeat("a", n) }
	tests := []struct {
		name     string
		validate func([]byte) error
		body     any    // marshalled with encoding/json unless []byte
		wantErr  string // substring; "" means valid
	}{
		// Real discordgo output that Discord accepts.
		{"callback message", ValidateInteractionCallback, reply(func(*discordgo.InteractionResponseData) {}), ""},
		{"callback deferred", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
		}, ""},
		{"callback deferred no data", ValidateInteractionCallback, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}, ""},
		{"callback deferred update", ValidateInteractionCallback, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}, ""},
		{"callback update", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: "page 2", Components: sampleComponents(), AllowedMentions: noPings},
		}, ""},
		{"callback autocomplete", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices(25, 100, 100)},
		}, ""},
		{"callback autocomplete none", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}},
		}, ""},
		{"callback modal", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseModal,
			Data: &discordgo.InteractionResponseData{CustomID: "iai:ask", Title: "Ask iaibot", Components: []discordgo.MessageComponent{
				discordgo.ActionsRow{Components: []discordgo.MessageComponent{
					discordgo.TextInput{CustomID: "question", Label: "Question", Style: discordgo.TextInputParagraph, Required: true, MaxLength: 400},
				}},
			}},
		}, ""},
		{"message create reply", ValidateMessageCreate, &discordgo.MessageSend{
			Content:         "Here is what I found.",
			Embeds:          []*discordgo.MessageEmbed{sampleEmbed()},
			Components:      sampleComponents(),
			AllowedMentions: noPings,
			Reference:       &discordgo.MessageReference{MessageID: "1100000000000000001", ChannelID: "1100000000000000002", GuildID: "1100000000000000003"},
		}, ""},
		{"message create content 2000", ValidateMessageCreate, &discordgo.MessageSend{Content: long(2000), AllowedMentions: noPings}, ""},
		{"webhook edit", ValidateWebhookEdit, &discordgo.WebhookEdit{
			Content:         ptr("Found 3 passages."),
			Embeds:          &[]*discordgo.MessageEmbed{sampleEmbed()},
			Components:      &[]discordgo.MessageComponent{},
			AllowedMentions: noPings,
		}, ""},
		{"follow-up", ValidateFollowup, &discordgo.WebhookParams{
			Content:         "One more thing.",
			Embeds:          []*discordgo.MessageEmbed{sampleEmbed()},
			Flags:           discordgo.MessageFlagsEphemeral,
			AllowedMentions: noPings,
		}, ""},
		{"commands", ValidateCommands, sampleCommands(), ""},
		{"commands empty", ValidateCommands, []*discordgo.ApplicationCommand{}, ""},

		// What the schema rejects.
		{"not JSON", ValidateInteractionCallback, []byte(`{"type":4,`), "not JSON"},
		{"callback unknown type", ValidateInteractionCallback, []byte(`{"type":3}`), "OpenAPI schema"},
		{"callback content 2001", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) { d.Content = long(2001) }), "/data/content"},
		{"callback 11 embeds", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			for range 10 {
				d.Embeds = append(d.Embeds, &discordgo.MessageEmbed{Title: "x"})
			}
		}), "/data/embeds"},
		{"callback embed title 257", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) { d.Embeds[0].Title = long(257) }), "/data/embeds/0/title"},
		{"callback field value 1025", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) { d.Embeds[0].Fields[0].Value = long(1025) }), "/data/embeds/0/fields/0/value"},
		{"callback 26 fields", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			for range 25 {
				d.Embeds[0].Fields = append(d.Embeds[0].Fields, &discordgo.MessageEmbedField{Name: "n", Value: "v"})
			}
		}), "/data/embeds/0/fields"},
		{"autocomplete 26 choices", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices(26, 5, 5)},
		}, "/data/choices"},
		{"autocomplete name 101", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices(1, 101, 5)},
		}, "/data/choices/0/name"},
		{"autocomplete empty name", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices(1, 0, 5)},
		}, "/data/choices/0/name"},
		{"custom_id 101", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			d.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{Label: "x", Style: discordgo.PrimaryButton, CustomID: long(101)},
			}}}
		}), "custom_id"},
		{"button label 81", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			d.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{Label: long(81), Style: discordgo.PrimaryButton, CustomID: "x"},
			}}}
		}), "label"},
		{"6 buttons in a row", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			row := discordgo.ActionsRow{}
			for range 6 {
				row.Components = append(row.Components, discordgo.Button{Label: "x", Style: discordgo.PrimaryButton, CustomID: "x"})
			}
			d.Components = []discordgo.MessageComponent{row}
		}), "/data/components/0"},
		{"commands name 33", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0].Name = long(33)
			return c
		}), "/0/name"},
		{"commands description 101", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0].Description = long(101)
			return c
		}), "/0/description"},

		// Limits only this package checks.
		{"message create content 2001", ValidateMessageCreate, &discordgo.MessageSend{Content: long(2001), AllowedMentions: noPings}, "/content: 2001 characters, limit 2000"},
		{"embeds over 6000 in total", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			d.Embeds = []*discordgo.MessageEmbed{
				{Title: "a", Description: long(4000)},
				{Description: long(1999), Footer: &discordgo.MessageEmbedFooter{Text: "f"}},
			}
		}), "/data/embeds: 6001 characters across all embeds"},
		{"allowed_mentions missing", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) { d.AllowedMentions = nil }), "/data/allowed_mentions: missing"},
		{"allowed_mentions parse null", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			d.AllowedMentions = &discordgo.MessageAllowedMentions{}
		}), "/data/allowed_mentions/parse: is null"},
		{"allowed_mentions parse everyone", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			d.AllowedMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeEveryone}}
		}), "/data/allowed_mentions/parse: allows [everyone]"},
		{"update without allowed_mentions", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: "page 2"},
		}, "/data/allowed_mentions: missing"},
		{"callback message without data", ValidateInteractionCallback, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource}, "/data: a message body is required"},
		{"callback empty message", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{AllowedMentions: noPings},
		}, "/data: empty message"},
		{"message create without allowed_mentions", ValidateMessageCreate, &discordgo.MessageSend{Content: "hi"}, "/allowed_mentions: missing"},
		{"webhook edit without allowed_mentions", ValidateWebhookEdit, &discordgo.WebhookEdit{Content: ptr("hi")}, "/allowed_mentions: missing"},
		{"webhook edit content 2001", ValidateWebhookEdit, &discordgo.WebhookEdit{Content: ptr(long(2001)), AllowedMentions: noPings}, "/content"},
		{"follow-up parse null", ValidateFollowup, &discordgo.WebhookParams{Content: "hi", AllowedMentions: &discordgo.MessageAllowedMentions{}}, "/allowed_mentions/parse: is null"},
		{"autocomplete value 101", ValidateInteractionCallback, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices(1, 5, 101)},
		}, "/data/choices/0/value: 101 characters, limit 100"},
		{"button without custom_id", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			d.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{Label: "x", Style: discordgo.PrimaryButton},
			}}}
		}), "/data/components/0/components/0/custom_id: missing"},
		{"6 action rows", ValidateInteractionCallback, reply(func(d *discordgo.InteractionResponseData) {
			for range 4 {
				d.Components = append(d.Components, d.Components[1])
			}
		}), "/data/components: 6 action rows, limit 5"},
		{"commands upper case", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0].Name = "IAI"
			return c
		}), `/0/name: "IAI" must be lower case`},
		{"commands space in name", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0].Options[0].Name = "full text"
			return c
		}), `/0/options/0/name: "full text" must be`},
		{"commands duplicate", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			return append(c, c[0])
		}), `/2/name: duplicate command name "iai"`},
		{"commands no description", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0].Description = ""
			return c
		}), "/0/description: 0 characters, must be 1-100"},
		{"commands required after optional", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			o := c[0].Options[0].Options
			o[0], o[1] = o[1], o[0]
			return c
		}), `/0/options/0/options/1/required: required option "query" follows an optional one`},
		{"commands autocomplete with choices", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0].Options[1].Options[0].Autocomplete = true
			return c
		}), "/0/options/1/options/0/autocomplete: cannot be true when choices are set"},
		{"commands over 8000 characters", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0].Options = nil
			for i := range 25 {
				sub := &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "s" + string(rune('a'+i)), Description: long(100)}
				for j := range 3 {
					sub.Options = append(sub.Options, &discordgo.ApplicationCommandOption{
						Type: discordgo.ApplicationCommandOptionString, Name: "o" + string(rune('a'+j)), Description: long(100),
					})
				}
				c[0].Options = append(c[0].Options, sub)
			}
			return c
		}), "characters across name, description, options and choices, limit 8000"},
		{"context menu command with description", ValidateCommands, commands(func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[1].Description = "explains"
			return c
		}), "/1/description: must be empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, ok := tt.body.([]byte)
			if !ok {
				body = mustJSON(t, tt.body)
			}
			err := tt.validate(body)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("valid body rejected: %v\nbody: %s", err, body)
			case tt.wantErr != "" && err == nil:
				t.Errorf("invalid body accepted, want error containing %q\nbody: %.300s", tt.wantErr, body)
			case tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr):
				t.Errorf("error = %v\nwant it to contain %q", err, tt.wantErr)
			}
		})
	}
}

// TestValidateReportsEveryViolation shows one run names all the problems, so
// a failing end-to-end test explains itself at once.
func TestValidateReportsEveryViolation(t *testing.T) {
	body := mustJSON(t, &discordgo.MessageSend{
		Content:    strings.Repeat("x", 2001),
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "x", Style: discordgo.PrimaryButton}}}},
	})
	err := ValidateMessageCreate(body)
	if err == nil {
		t.Fatal("invalid body accepted")
	}
	for _, want := range []string{"/content: 2001", "/allowed_mentions: missing", "/components/0/components/0/custom_id: missing"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
