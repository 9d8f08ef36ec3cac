package bot

import "context"

// handleCountry answers /iai country. The name may be an alias, an old
// name or a place in the country; a name that is none of these is the
// user's mistake, answered with the closest names that exist.
func handleCountry(_ context.Context, b *Bot, args Args) (Reply, error) {
	c, err := b.ix.Country(args["name"])
	if err != nil {
		return Reply{}, unknownName(err)
	}
	return renderCountry(c, args.page())
}
