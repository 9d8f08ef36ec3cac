package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// helpView is the list of subcommands /iai help shows.
type helpView struct {
	commands []helpEntry
}

// helpEntry is one subcommand: its definition, for the name, options and
// description, and an example of its use.
type helpEntry struct {
	def     *discordgo.ApplicationCommandOption
	example string
}

// handleHelp answers /iai help from the command table, so that the help
// lists exactly what is registered.
func handleHelp(_ context.Context, _ *Bot, _ Args) (Reply, error) {
	var v helpView
	for _, c := range commands {
		v.commands = append(v.commands, helpEntry{def: c.def, example: c.usage})
	}
	return renderHelp(v), nil
}
