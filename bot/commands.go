package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/iaibot/iaibot/bot/export"
	"github.com/iaibot/iaibot/index"
)

// CommandName is the one top-level slash command; everything else is a
// subcommand of it.
const CommandName = "iai"

// Args are a subcommand's options by name, as the user typed them.
type Args map[string]string

// handler computes a reply. A user's mistake is returned as a *UserError;
// any other error is unexpected and is logged.
type handler func(ctx context.Context, b *Bot, args Args) (Reply, error)

// subcommand is one row of the command table: its definition as Discord
// sees it, its handler, and which options autocomplete from which list.
type subcommand struct {
	def          *discordgo.ApplicationCommandOption
	handle       handler
	autocomplete map[string]func(b *Bot, prefix string) []string
	usage        string // example for /iai help
}

func opt(t discordgo.ApplicationCommandOptionType, name, desc string, required bool) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: t, Name: name, Description: desc, Required: required}
}

func auto(o *discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
	o.Autocomplete = true
	o.MaxLength = 100
	return o
}

func minValue(o *discordgo.ApplicationCommandOption, v float64) *discordgo.ApplicationCommandOption {
	o.MinValue = &v
	return o
}

// pageOpt is the page option of every list command.
func pageOpt() *discordgo.ApplicationCommandOption {
	return minValue(opt(discordgo.ApplicationCommandOptionInteger, "page", "Page of the list, from 1", false), 1)
}

func maxLen(o *discordgo.ApplicationCommandOption, n int) *discordgo.ApplicationCommandOption {
	o.MaxLength = n
	return o
}

// choices limits an option to values, which Discord offers as a list;
// [Bot.Run] holds typed lines and raw interactions to the same list.
func choices(o *discordgo.ApplicationCommandOption, values ...string) *discordgo.ApplicationCommandOption {
	for _, v := range values {
		o.Choices = append(o.Choices, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
	}
	return o
}

// Ways to show a list that can be drawn: the as: option's values.
const (
	asText  = "text"
	asChart = "chart"
)

// asOpt is the as: option of the lists that can be drawn.
func asOpt() *discordgo.ApplicationCommandOption {
	return choices(opt(discordgo.ApplicationCommandOptionString, "as", "Show as text (the default) or as a chart", false), asText, asChart)
}

// commands is the table that registration, dispatch and /iai help all
// read, so they cannot drift apart. It is filled in init because /iai help
// reads it too.
var commands []subcommand

// byName indexes the table; a duplicate name is a programming error.
var byName = map[string]*subcommand{}

func init() {
	commands = commandTable()
	for i := range commands {
		c := &commands[i]
		if _, dup := byName[c.def.Name]; dup {
			panic("duplicate subcommand " + c.def.Name)
		}
		byName[c.def.Name] = c
	}
}

// commandTable is the command table; see commands.
func commandTable() []subcommand {
	return []subcommand{
		{
			def: &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "search",
				Description: "Full-text search of the documents, ranked, with citations",
				Options: []*discordgo.ApplicationCommandOption{
					maxLen(opt(discordgo.ApplicationCommandOptionString, "query", "Words to look for", true), 200),
					minValue(opt(discordgo.ApplicationCommandOptionInteger, "page", "Result page (5 hits a page)", false), 1),
				}},
			handle: handleSearch, usage: "/iai search query:HIV",
		},
		{
			def: &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "country",
				Description: "A country's groups, memberships, projects, places, funding, requests and what it is left out of",
				Options: []*discordgo.ApplicationCommandOption{
					auto(opt(discordgo.ApplicationCommandOptionString, "name", "Country, alias or place (Viet Nam, Burma, Phnom Penh)", true)),
					pageOpt(),
				}},
			handle: handleCountry, usage: "/iai country name:cambodia",
			autocomplete: map[string]func(*Bot, string) []string{"name": func(b *Bot, s string) []string { return b.ix.SuggestCountries(s, maxChoices) }},
		},
		{
			def: &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "project",
				Description: "One project: what, who, for whom, where, when, funding, status, source",
				Options: []*discordgo.ApplicationCommandOption{
					auto(opt(discordgo.ApplicationCommandOptionString, "name", "Project or programme name, or a document's ID", true)),
				}},
			handle: handleProject, usage: "/iai project name:East-West Corridor",
			autocomplete: map[string]func(*Bot, string) []string{"name": func(b *Bot, s string) []string { return b.ix.SuggestProjects(s, maxChoices) }},
		},
		{
			def: &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "projects", Description: "Every project, grouped by section",
				Options: []*discordgo.ApplicationCommandOption{pageOpt()}},
			handle: handleProjects, usage: "/iai projects",
		},
		{
			def: &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "funding", Description: "Every fund, amount and cost share: who pays whom for what",
				Options: []*discordgo.ApplicationCommandOption{pageOpt(), asOpt()}},
			handle: handleFunding, usage: "/iai funding",
		},
		{
			def: &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "members", Description: "Who is in which group or organisation, and since when",
				Options: []*discordgo.ApplicationCommandOption{pageOpt()}},
			handle: handleMembers, usage: "/iai members",
		},
		{
			def: &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "timeline", Description: "Every dated fact in chronological order",
				Options: []*discordgo.ApplicationCommandOption{pageOpt(), asOpt()}},
			handle: handleTimeline, usage: "/iai timeline as:chart",
		},
		{
			def: &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "export",
				Description: "The facts as a CSV or JSON file, one row per fact with its source",
				Options: []*discordgo.ApplicationCommandOption{
					choices(opt(discordgo.ApplicationCommandOptionString, "what", "Which facts", true), exportKinds...),
					choices(opt(discordgo.ApplicationCommandOptionString, "format", "File format", true), string(export.CSV), string(export.JSON)),
					auto(opt(discordgo.ApplicationCommandOptionString, "country", "Only the facts about this country", false)),
				}},
			handle: handleExport, usage: "/iai export what:funding format:csv",
			autocomplete: map[string]func(*Bot, string) []string{"country": func(b *Bot, s string) []string { return b.ix.SuggestCountries(s, maxChoices) }},
		},
		{
			def: &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "ask",
				Description: "Ask a question in plain English; get the answer with its source",
				Options: []*discordgo.ApplicationCommandOption{
					maxLen(opt(discordgo.ApplicationCommandOptionString, "question", "Your question", true), 300),
				}},
			handle: handleAsk, usage: "/iai ask question:when did Cambodia join the ASEAN-Japan Centre?",
		},
		{
			def:    &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "help", Description: "List the /iai subcommands"},
			handle: handleHelp, usage: "/iai help",
		},
	}
}

// ApplicationCommands is the definition registered with Discord, built
// from the command table.
func ApplicationCommands() []*discordgo.ApplicationCommand {
	var opts []*discordgo.ApplicationCommandOption
	for _, c := range commands {
		opts = append(opts, c.def)
	}
	perm := int64(discordgo.PermissionSendMessages)
	return []*discordgo.ApplicationCommand{{
		Name:                     CommandName,
		Type:                     discordgo.ChatApplicationCommand,
		Description:              "Japan's cooperation with ASEAN: search, countries, projects, funding, Q&A",
		Options:                  opts,
		DefaultMemberPermissions: &perm,
		Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM},
	}}
}

// UserError is a mistake in what the user asked; its message is shown to
// them ephemerally and is not logged as a failure.
type UserError struct {
	Title string
	Msg   string
}

// Error is the title and the message, for a UserError that ends up in a
// log after all.
func (e *UserError) Error() string { return e.Title + ": " + e.Msg }

// userErrorf is a UserError whose message is formatted like fmt.Sprintf's.
func userErrorf(title, format string, args ...any) *UserError {
	return &UserError{Title: title, Msg: fmt.Sprintf(format, args...)}
}

// unknownName turns the index's NotFoundError into the user's mistake it
// is, told with the closest names that do exist; any other error passes
// through. The name is shown as typed, cleaned and cut to fit.
func unknownName(err error) error {
	nf, ok := errors.AsType[*index.NotFoundError](err)
	if !ok {
		return err
	}
	name := truncate(Escape(CleanArg(nf.Name)), 80)
	if nf.Kind == "project" {
		return userErrorf("Unknown project", "No project called “%s”. Try one of: %s. `/iai projects` lists them all.", name, Escape(strings.Join(nf.Suggestions, "; ")))
	}
	return userErrorf("Unknown country", "No country called “%s”. Did you mean: %s?", name, Escape(strings.Join(nf.Suggestions, ", ")))
}

// Bot answers /iai subcommands and questions from an index. It holds no
// Discord connection; transports feed it and send what it returns.
type Bot struct {
	ix  *index.Index
	log *slog.Logger
}

// New returns a Bot over ix.
func New(logger *slog.Logger, ix *index.Index) *Bot {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Bot{ix: ix, log: logger}
}

// Outcome classifies a reply for logs and metrics.
type Outcome string

// Outcomes.
const (
	OutcomeOK        Outcome = "ok"
	OutcomeUserError Outcome = "user_error"
	OutcomeError     Outcome = "error"
	OutcomePanic     Outcome = "panic"
)

// Run dispatches one subcommand invocation and always returns a reply:
// unknown subcommands and user mistakes become ephemeral explanations,
// unexpected errors and panics a short apology.
func (b *Bot) Run(ctx context.Context, sub string, args Args) (Reply, Outcome) {
	return b.guarded(func() (Reply, Outcome) { return b.run(ctx, sub, args) }, "handler panic", "subcommand", sub)
}

// guarded runs compute, which computes one reply. A panic in it is logged
// with attrs, which say what was asked, and answered with the apology, so
// that a bug costs one reply rather than the process: the console has no
// transport to catch it.
func (b *Bot) guarded(compute func() (Reply, Outcome), msg string, attrs ...any) (reply Reply, outcome Outcome) {
	if p := recovering(func() { reply, outcome = compute() }); p != nil {
		b.log.Error(msg, append(attrs, "panic", p.value, "stack", p.stack)...)
		return apologyReply(), OutcomePanic
	}
	return reply, outcome
}

// run is Run without the recovery.
func (b *Bot) run(ctx context.Context, sub string, args Args) (Reply, Outcome) {
	c, ok := byName[sub]
	if !ok {
		return errorReply("Unknown subcommand", fmt.Sprintf("There is no `/iai %s`. Try `/iai help`.", truncate(Escape(sub), 50))), OutcomeUserError
	}
	for _, o := range c.def.Options {
		if o.Required && strings.TrimSpace(CleanArg(args[o.Name])) == "" {
			return errorReply("Missing "+o.Name, fmt.Sprintf("`/iai %s` needs `%s:` (%s). Example: `%s`", sub, o.Name, o.Description, c.usage)), OutcomeUserError
		}
	}
	r, err := c.call(ctx, b, args)
	var ue *UserError
	switch {
	case errors.As(err, &ue):
		return errorReply(ue.Title, ue.Msg), OutcomeUserError
	case err != nil:
		b.log.Error("handler failed", "subcommand", sub, "err", err)
		return apologyReply(), OutcomeError
	}
	return r, OutcomeOK
}

// call runs c's handler once its page option, if it takes one, is a
// whole number from 1 and each option with choices is one of them, so
// that handlers can take both as given.
func (c *subcommand) call(ctx context.Context, b *Bot, args Args) (Reply, error) {
	if hasOption(c, "page") {
		if _, err := pageArg(args); err != nil {
			return Reply{}, err
		}
	}
	args, err := c.choose(args)
	if err != nil {
		return Reply{}, err
	}
	return c.handle(ctx, b, args)
}

// choose checks each option that has choices: a value given is one of
// them, in any case, and comes back as the choice's own value. Discord
// offers only the choices, but a typed line or a hand-made interaction
// can say anything.
func (c *subcommand) choose(args Args) (Args, error) {
	out := Args{}
	for k, v := range args {
		out[k] = v
	}
	for _, o := range c.def.Options {
		v := strings.TrimSpace(CleanArg(args[o.Name]))
		if len(o.Choices) == 0 || v == "" {
			continue
		}
		var names []string
		found := false
		for _, ch := range o.Choices {
			name := fmt.Sprint(ch.Value)
			names = append(names, "`"+name+"`")
			if strings.EqualFold(v, name) {
				out[o.Name], found = name, true
			}
		}
		if !found {
			return nil, userErrorf("Unknown "+o.Name, "`/iai %s` takes `%s:` %s, not “%s”.", c.def.Name, o.Name, orList(names), truncate(Escape(v), 50))
		}
	}
	return out, nil
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// Autocomplete returns choices for the focused option of a subcommand.
func (b *Bot) Autocomplete(sub, option, value string) []*discordgo.ApplicationCommandOptionChoice {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	c, ok := byName[sub]
	if !ok || c.autocomplete == nil || c.autocomplete[option] == nil {
		return choices
	}
	for _, name := range c.autocomplete[option](b, value) {
		if len(choices) == maxChoices {
			break
		}
		v := truncate(name, maxChoiceName)
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
	}
	return choices
}

// CleanArg is index.CleanQuery, for option values.
func CleanArg(s string) string { return index.CleanQuery(s) }
