package bot

import (
	"context"

	"github.com/iaibot/iaibot/index"
)

// membersView is what the documents say about who belongs where.
type membersView struct {
	groups      []index.Group      // country groups, such as CLMV
	memberships []index.Membership // each organisation's members, together
}

// handleMembers answers /iai members: who is in which group or
// organisation, with the status and date each document gives.
func handleMembers(_ context.Context, b *Bot, args Args) (Reply, error) {
	groups, ms := b.ix.Members()
	return renderMembers(membersView{groups: groups, memberships: ms}, args.page())
}
