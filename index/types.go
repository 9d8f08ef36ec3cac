package index

import "github.com/iaibot/iaibot/index/corpus"

// The documents, passages and facts are defined in package corpus, which
// extraction and the answerer share; the names below make them this
// package's own, so callers need no other import.

// Document is one source document: its front matter and its passages.
type Document = corpus.Document

// Passage is one citable unit of a document: the overview, a paragraph, a
// numbered or lettered item, or a bullet.
type Passage = corpus.Passage

// Citation locates a passage: document, section and item.
type Citation = corpus.Citation

// Hit is one search result.
type Hit = corpus.Hit

// Span is a byte range of a passage's text.
type Span = corpus.Span

// Place is a city, province or route stop named in a passage.
type Place = corpus.Place

// Org is an organisation or acronym the documents use.
type Org = corpus.Org

// Amount is a sum of money.
type Amount = corpus.Amount

// Share is a cost-sharing arrangement such as "on a 50-50 basis".
type Share = corpus.Share

// Date is a dated mention: a day, a range, a month, a year, or a relative
// date resolved against the document's date.
type Date = corpus.Date

// Count is a quantity of things: "nearly 20 training courses".
type Count = corpus.Count

// Group is a named set of countries: CLMV, "new member countries".
type Group = corpus.Group

// Membership records a country's status in an organisation.
type Membership = corpus.Membership

// Project is a numbered item, a listed programme or a named programme or
// corridor, with what the same passage says about it.
type Project = corpus.Project

// Excerpt is a stretch of a passage: a sentence about a project.
type Excerpt = corpus.Excerpt

// Purpose is a sentence that says what something is for.
type Purpose = corpus.Purpose

// Person is someone a document names with a title or a role.
type Person = corpus.Person

// Kind names of passages.
const (
	KindTitle     = corpus.KindTitle
	KindOverview  = corpus.KindOverview
	KindParagraph = corpus.KindParagraph
	KindItem      = corpus.KindItem
	KindBullet    = corpus.KindBullet
)

// Membership statuses.
var (
	StatusMember    = corpus.StatusMember
	StatusJoined    = corpus.StatusJoined
	StatusIntends   = corpus.StatusIntends
	StatusNonMember = corpus.StatusNonMember
	StatusObserver  = corpus.StatusObserver
	StatusPartner   = corpus.StatusPartner
	StatusFounding  = corpus.StatusFounding
	StatusInvited   = corpus.StatusInvited
	StatusWithdrew  = corpus.StatusWithdrew
	StatusSuspended = corpus.StatusSuspended
	StatusSigned    = corpus.StatusSigned
)
