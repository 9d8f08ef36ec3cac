package discordtest

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Interaction is an INTERACTION_CREATE to dispatch. Build one with
// [Server.Slash], [Server.Autocomplete], [SlashCommand], [Component] or by
// hand; fields left zero get defaults when dispatched: a fresh id and token,
// the application, and the default guild, channel and member (see
// [Server.GuildID]).
type Interaction struct {
	discordgo.Interaction
	dm bool
}

// InChannel sets the channel the interaction happens in.
func (i Interaction) InChannel(channelID string) Interaction {
	i.ChannelID = channelID
	return i
}

// InGuild sets the guild the interaction happens in.
func (i Interaction) InGuild(guildID string) Interaction {
	i.GuildID, i.dm = guildID, false
	return i
}

// InDM makes the interaction come from a direct message: a user and no
// guild or member, as Discord sends it.
func (i Interaction) InDM() Interaction {
	i.GuildID, i.dm = "", true
	return i
}

// By sets who interacts.
func (i Interaction) By(u *discordgo.User) Interaction {
	i.User = u
	return i
}

// OnMessage sets the message a component interaction was used on.
func (i Interaction) OnMessage(m *discordgo.Message) Interaction {
	i.Message = m
	return i
}

// SlashCommand builds a chat-input command interaction; see [Subcommand] and
// [StringOption] for options, or [Server.Slash] to write it as a user would.
func SlashCommand(name string, options ...*discordgo.ApplicationCommandInteractionDataOption) Interaction {
	var i Interaction
	i.Type = discordgo.InteractionApplicationCommand
	i.Data = discordgo.ApplicationCommandInteractionData{Name: name, CommandType: discordgo.ChatApplicationCommand, Options: options}
	return i
}

// AutocompleteCommand builds an autocomplete interaction; one option should
// be [Focused].
func AutocompleteCommand(name string, options ...*discordgo.ApplicationCommandInteractionDataOption) Interaction {
	i := SlashCommand(name, options...)
	i.Type = discordgo.InteractionApplicationCommandAutocomplete
	return i
}

// Component builds a message component interaction: a button press, or,
// with values, a string select. The message it was used on defaults to one
// the bot posted in the channel; see [Interaction.OnMessage].
func Component(customID string, values ...string) Interaction {
	var i Interaction
	i.Type = discordgo.InteractionMessageComponent
	d := discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent}
	if len(values) > 0 {
		d.ComponentType, d.Values = discordgo.SelectMenuComponent, values
	}
	i.Data = d
	return i
}

// Subcommand is a subcommand option holding options.
func Subcommand(name string, options ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: options}
}

// SubcommandGroup is a subcommand group option holding subcommands.
func SubcommandGroup(name string, subcommands ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommandGroup, Options: subcommands}
}

// StringOption is a string option.
func StringOption(name, value string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value}
}

// IntegerOption is an integer option.
func IntegerOption(name string, value int64) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionInteger, Value: value}
}

// NumberOption is a number option.
func NumberOption(name string, value float64) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionNumber, Value: value}
}

// BooleanOption is a boolean option.
func BooleanOption(name string, value bool) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionBoolean, Value: value}
}

// Focused marks the option the user is typing in, for autocomplete. Discord
// sends its value as the text typed so far, a string whatever the option's
// type.
func Focused(o *discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	o.Focused = true
	if o.Value != nil {
		o.Value = fmt.Sprint(o.Value)
	}
	return o
}

// Slash builds the interaction a user causes by typing line, such as
// `/iai search query:HIV` or `/iai search query:"rural roads" limit:3`:
// the command, then any subcommand group and subcommand, then name:value
// options (quote values with spaces). Option types come from the commands
// the bot registered (guild ones first, then global); options of a command
// it did not register are strings. It fails the test on a malformed line or
// on an option the registered command does not have, so call it from the
// test's goroutine.
func (s *Server) Slash(line string) Interaction {
	s.t.Helper()
	i, err := s.parseSlash(line, false)
	if err != nil {
		s.t.Fatalf("discordtest: Slash(%q): %v", line, err)
	}
	return i
}

// Autocomplete is [Server.Slash] for an autocomplete interaction: the last
// option in line is the focused one.
func (s *Server) Autocomplete(line string) Interaction {
	s.t.Helper()
	i, err := s.parseSlash(line, true)
	if err != nil {
		s.t.Fatalf("discordtest: Autocomplete(%q): %v", line, err)
	}
	return i
}

func (s *Server) parseSlash(line string, autocomplete bool) (Interaction, error) {
	words, err := splitLine(line)
	if err != nil {
		return Interaction{}, err
	}
	if len(words) == 0 || !strings.HasPrefix(words[0], "/") || len(words[0]) == 1 {
		return Interaction{}, fmt.Errorf("want /command first")
	}
	name := words[0][1:]
	var def *discordgo.ApplicationCommand
	for _, guild := range []string{s.guildID, ""} {
		for _, c := range s.Commands(guild) {
			if c.Name == name && (c.Type == 0 || c.Type == discordgo.ChatApplicationCommand) {
				def = c
				break
			}
		}
		if def != nil {
			break
		}
	}

	var path, opts []string // subcommand group and subcommand, then name:value options
	for _, w := range words[1:] {
		if strings.Contains(w, ":") {
			opts = append(opts, w)
		} else if len(opts) > 0 {
			return Interaction{}, fmt.Errorf("subcommand %q after options", w)
		} else {
			path = append(path, w)
		}
	}
	if len(path) > 2 {
		return Interaction{}, fmt.Errorf("more than a group and a subcommand: %q", path)
	}

	var top []*discordgo.ApplicationCommandInteractionDataOption
	list := &top // where the options go: the innermost subcommand's list
	var defs []*discordgo.ApplicationCommandOption
	if def != nil {
		defs = def.Options
	}
	for n, w := range path {
		o := &discordgo.ApplicationCommandInteractionDataOption{Name: w, Type: discordgo.ApplicationCommandOptionSubCommand}
		if n == 0 && len(path) == 2 {
			o.Type = discordgo.ApplicationCommandOptionSubCommandGroup
		}
		if def != nil {
			d := findOption(defs, w)
			if d == nil || d.Type != o.Type {
				return Interaction{}, fmt.Errorf("/%s has no %s %q", name, optionKind(o.Type), w)
			}
			defs = d.Options
		}
		*list = append(*list, o)
		list = &o.Options
	}
	var last *discordgo.ApplicationCommandInteractionDataOption
	for n, w := range opts {
		optName, value, _ := strings.Cut(w, ":")
		focused := autocomplete && n == len(opts)-1 // its value is text typed so far
		o := &discordgo.ApplicationCommandInteractionDataOption{Name: optName, Type: discordgo.ApplicationCommandOptionString, Value: value}
		if def != nil {
			d := findOption(defs, optName)
			if d == nil {
				return Interaction{}, fmt.Errorf("/%s %s has no option %q", name, strings.Join(path, " "), optName)
			}
			o.Type = d.Type
			if !focused {
				if o.Value, err = optionValue(d.Type, value); err != nil {
					return Interaction{}, fmt.Errorf("option %s: %w", optName, err)
				}
			}
		}
		*list = append(*list, o)
		last = o
	}
	i := SlashCommand(name, top...)
	if autocomplete {
		if last == nil {
			return Interaction{}, fmt.Errorf("autocomplete needs an option to focus")
		}
		Focused(last)
		i.Type = discordgo.InteractionApplicationCommandAutocomplete
	}
	if def != nil {
		d := i.ApplicationCommandData()
		d.ID = def.ID
		i.Data = d
	}
	return i, nil
}

func optionKind(t discordgo.ApplicationCommandOptionType) string {
	if t == discordgo.ApplicationCommandOptionSubCommandGroup {
		return "subcommand group"
	}
	return "subcommand"
}

func findOption(defs []*discordgo.ApplicationCommandOption, name string) *discordgo.ApplicationCommandOption {
	for _, d := range defs {
		if d.Name == name {
			return d
		}
	}
	return nil
}

func optionValue(t discordgo.ApplicationCommandOptionType, v string) (any, error) {
	switch t {
	case discordgo.ApplicationCommandOptionInteger:
		return strconv.ParseInt(v, 10, 64)
	case discordgo.ApplicationCommandOptionNumber:
		return strconv.ParseFloat(v, 64)
	case discordgo.ApplicationCommandOptionBoolean:
		return strconv.ParseBool(v)
	case discordgo.ApplicationCommandOptionUser, discordgo.ApplicationCommandOptionRole,
		discordgo.ApplicationCommandOptionChannel, discordgo.ApplicationCommandOptionMentionable:
		return strings.Trim(v, "<@#&!>"), nil // a mention becomes the id Discord sends
	}
	return v, nil
}

// splitLine splits at spaces outside double or single quotes, dropping the
// quotes.
func splitLine(line string) ([]string, error) {
	var words []string
	var w strings.Builder
	var quote rune
	inWord := false
	for _, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			w.WriteRune(r)
		case r == '"' || r == '\'':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unclosed %c", quote)
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

// DispatchInteraction sends an INTERACTION_CREATE, filling in what i leaves
// zero, and returns the interaction's id. With no client connected it waits
// for the next one.
func (s *Server) DispatchInteraction(i Interaction) (id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.completeInteractionLocked(i)
	d, err := marshalInteraction(&in, s.cfg.attachLimit)
	if err != nil {
		s.t.Errorf("discordtest: encode interaction: %v", err)
		return in.ID
	}
	st := &interactionState{id: in.ID, token: in.Token, channelID: in.ChannelID, guildID: in.GuildID, attachLimit: s.cfg.attachLimit}
	if in.Message != nil {
		b, _ := json.Marshal(in.Message)
		json.Unmarshal(b, &st.message)
	}
	s.interactions[in.ID], s.tokens[in.Token] = st, st
	s.dispatchLocked(gwEvent{t: "INTERACTION_CREATE", d: d, interaction: in.ID, guild: in.GuildID})
	return in.ID
}

func (s *Server) completeInteractionLocked(i Interaction) discordgo.Interaction {
	in := i.Interaction
	if in.ID == "" {
		in.ID = s.newIDLocked()
	}
	if in.Token == "" {
		in.Token = "fake-token-" + in.ID
	}
	if in.AppID == "" {
		in.AppID = s.appID
	}
	if in.Version == 0 {
		in.Version = 1
	}
	if in.Locale == "" {
		in.Locale = discordgo.EnglishUS
	}
	if in.ChannelID == "" {
		in.ChannelID = s.channelID
	}
	if in.GuildID == "" && !i.dm {
		in.GuildID = s.guildID
	}
	user := in.User
	if user == nil && in.Member != nil {
		user = in.Member.User
	}
	if user == nil {
		user = s.defaultUser()
	}
	if in.GuildID != "" {
		s.channelGuild[in.ChannelID] = in.GuildID
		member := s.member(in.GuildID, user)
		if in.Member != nil {
			m := *in.Member // the caller's stays as it was
			m.User = user
			member = &m
		}
		in.Member, in.User = member, nil
		in.Context = discordgo.InteractionContextGuild
		locale := in.Locale
		in.GuildLocale = &locale
	} else {
		in.User, in.Member = user, nil
		in.Context = discordgo.InteractionContextBotDM
	}
	switch d := in.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		if d.ID == "" {
			d.ID = s.newIDLocked()
		}
		if d.CommandType == 0 {
			d.CommandType = discordgo.ChatApplicationCommand
		}
		in.Data = d
	case discordgo.MessageComponentInteractionData:
		if in.Message == nil {
			in.Message = &discordgo.Message{
				ID:        s.newIDLocked(),
				ChannelID: in.ChannelID,
				GuildID:   in.GuildID,
				Author:    &discordgo.User{ID: s.botID, Username: s.cfg.botName, Bot: true},
				Timestamp: time.Now().UTC(),
			}
		}
	}
	return in
}

func (s *Server) defaultUser() *discordgo.User {
	return &discordgo.User{ID: s.userID, Username: "tester", GlobalName: "Tester"}
}

func (s *Server) member(guildID string, u *discordgo.User) *discordgo.Member {
	return &discordgo.Member{
		GuildID:     guildID,
		User:        u,
		Roles:       []string{},
		JoinedAt:    time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		Permissions: discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionUseApplicationCommands,
	}
}

// wireOption is an interaction option as Discord sends it. discordgo's own
// type drops a false, 0 or "" value (omitempty), which Discord does send.
type wireOption struct {
	Name    string                                 `json:"name"`
	Type    discordgo.ApplicationCommandOptionType `json:"type"`
	Value   json.RawMessage                        `json:"value,omitempty"`
	Options []wireOption                           `json:"options,omitempty"`
	Focused bool                                   `json:"focused,omitempty"`
}

func wireOptions(opts []*discordgo.ApplicationCommandInteractionDataOption) ([]wireOption, error) {
	var out []wireOption
	for _, o := range opts {
		w := wireOption{Name: o.Name, Type: o.Type, Focused: o.Focused}
		if o.Value != nil {
			v, err := json.Marshal(o.Value)
			if err != nil {
				return nil, fmt.Errorf("option %s: %w", o.Name, err)
			}
			w.Value = v
		}
		var err error
		if w.Options, err = wireOptions(o.Options); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, nil
}

// marshalInteraction writes an interaction as Discord sends it, with the
// attachment_size_limit that discordgo's type has no field for.
func marshalInteraction(in *discordgo.Interaction, attachLimit int64) (json.RawMessage, error) {
	b, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		return nil, err
	}
	fields["attachment_size_limit"] = json.RawMessage(strconv.FormatInt(attachLimit, 10))
	d, ok := in.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return json.Marshal(fields)
	}
	opts, err := wireOptions(d.Options)
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(struct {
		ID       string                                               `json:"id"`
		Name     string                                               `json:"name"`
		Type     discordgo.ApplicationCommandType                     `json:"type"`
		Resolved *discordgo.ApplicationCommandInteractionDataResolved `json:"resolved,omitempty"`
		Options  []wireOption                                         `json:"options,omitempty"`
		TargetID string                                               `json:"target_id,omitempty"`
		GuildID  string                                               `json:"guild_id,omitempty"`
	}{d.ID, d.Name, d.CommandType, d.Resolved, opts, d.TargetID, in.GuildID})
	if err != nil {
		return nil, err
	}
	fields["data"] = data
	return json.Marshal(fields)
}

// Message is a MESSAGE_CREATE to dispatch; see [NewMessage] and
// [Server.MentionBot]. Fields left zero get defaults when dispatched: a
// fresh id, the default guild and channel, the default user as author.
type Message struct {
	discordgo.Message
	dm bool
}

// NewMessage is a message from the default user in the default channel.
func NewMessage(content string) Message {
	var m Message
	m.Content = content
	return m
}

// MentionBot is a message that starts by mentioning the bot, with the bot
// in its mentions, as Discord sends it.
func (s *Server) MentionBot(content string) Message {
	m := NewMessage("<@" + s.botID + "> " + content)
	m.Mentions = []*discordgo.User{{ID: s.botID, Username: s.cfg.botName, Bot: true}}
	return m
}

// InChannel sets the message's channel.
func (m Message) InChannel(channelID string) Message {
	m.ChannelID = channelID
	return m
}

// InGuild sets the message's guild.
func (m Message) InGuild(guildID string) Message {
	m.GuildID, m.dm = guildID, false
	return m
}

// InDM makes it a direct message: no guild, no member.
func (m Message) InDM() Message {
	m.GuildID, m.dm = "", true
	return m
}

// By sets the author; set Bot on it for a message from a bot.
func (m Message) By(u *discordgo.User) Message {
	m.Author = u
	return m
}

// ReplyTo makes the message a reply to another.
func (m Message) ReplyTo(messageID string) Message {
	m.Type = discordgo.MessageTypeReply
	m.MessageReference = &discordgo.MessageReference{MessageID: messageID}
	return m
}

// DispatchMessage sends a MESSAGE_CREATE, filling in what m leaves zero, and
// returns the message's id. With no client connected it waits for the next
// one.
func (s *Server) DispatchMessage(m Message) (id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	msg := m.Message
	if msg.ID == "" {
		msg.ID = s.newIDLocked()
	}
	if msg.ChannelID == "" {
		msg.ChannelID = s.channelID
	}
	if msg.GuildID == "" && !m.dm {
		msg.GuildID = s.guildID
	}
	if msg.Author == nil {
		msg.Author = s.defaultUser()
	}
	if msg.Timestamp.IsZero() {
		msg.Timestamp = time.Now().UTC()
	}
	if msg.Mentions == nil {
		msg.Mentions = []*discordgo.User{}
	}
	if msg.MessageReference != nil {
		if msg.MessageReference.ChannelID == "" {
			msg.MessageReference.ChannelID = msg.ChannelID
		}
		// Discord sends the message replied to along with a reply.
		if stored := s.posted[msg.MessageReference.MessageID]; stored != nil && msg.ReferencedMessage == nil {
			b, _ := json.Marshal(stored)
			var ref discordgo.Message
			if err := json.Unmarshal(b, &ref); err != nil {
				s.t.Errorf("discordtest: decode the replied-to message: %v", err)
			}
			msg.ReferencedMessage = &ref
		}
		if msg.MessageReference.GuildID == "" {
			msg.MessageReference.GuildID = msg.GuildID
		}
	}
	if msg.GuildID != "" {
		s.channelGuild[msg.ChannelID] = msg.GuildID
		if msg.Member == nil && !msg.Author.Bot {
			msg.Member = s.member(msg.GuildID, nil) // Discord leaves the user out of a message's member
		}
	}
	d, err := json.Marshal(&msg)
	if err != nil {
		s.t.Errorf("discordtest: encode message: %v", err)
		return msg.ID
	}
	s.dispatchLocked(gwEvent{t: "MESSAGE_CREATE", d: d, guild: msg.GuildID})
	return msg.ID
}
