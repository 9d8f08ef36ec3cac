package bot

import "context"

// handleFunding answers /iai funding: every sum, cost share and fund the
// documents name, with who pays whom for what where the grammar says so.
func handleFunding(_ context.Context, b *Bot, args Args) (Reply, error) {
	return renderFunding(b.ix.Funding(), args.page())
}
