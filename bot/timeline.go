package bot

import "context"

// handleTimeline answers /iai timeline: every dated sentence in order,
// relative dates ("last year") resolved against their document's date.
func handleTimeline(_ context.Context, b *Bot, args Args) (Reply, error) {
	return renderTimeline(b.ix.Timeline(), args.page())
}
