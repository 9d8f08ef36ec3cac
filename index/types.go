package index

import "github.com/iaibot/iaibot/index/corpus"

// The documents, passages and facts are defined in package corpus, which
// the answerer shares with extraction; these names make them this
// package's own, so callers need no other import.
type (
	Document   = corpus.Document
	Passage    = corpus.Passage
	Citation   = corpus.Citation
	Hit        = corpus.Hit
	Span       = corpus.Span
	Place      = corpus.Place
	Org        = corpus.Org
	Amount     = corpus.Amount
	Share      = corpus.Share
	Date       = corpus.Date
	Count      = corpus.Count
	Group      = corpus.Group
	Membership = corpus.Membership
	Project    = corpus.Project
	Excerpt    = corpus.Excerpt
	Purpose    = corpus.Purpose
	Person     = corpus.Person
)

// Kind names of passages.
const (
	KindTitle     = corpus.KindTitle
	KindOverview  = corpus.KindOverview
	KindParagraph = corpus.KindParagraph
	KindItem      = corpus.KindItem
	KindBullet    = corpus.KindBullet
)

// Membership statuses.
const (
	StatusMember    = corpus.StatusMember
	StatusJoined    = corpus.StatusJoined
	StatusIntends   = corpus.StatusIntends
	StatusNonMember = corpus.StatusNonMember
	StatusObserver  = corpus.StatusObserver
	StatusFounding  = corpus.StatusFounding
	StatusInvited   = corpus.StatusInvited
	StatusWithdrew  = corpus.StatusWithdrew
)
