package corpus

import (
	"regexp"
	"strings"
	"time"

	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Span is a byte range of a passage's text.
type Span = prose.Span

// Place is a city, province or route stop named in a passage.
type Place struct {
	Name      string // canonical gazetteer name ("Phnom Penh")
	Country   string
	AsWritten string // as the document spells it ("Phnom Phen")
	// Misspelt says AsWritten is no known name of the place, only close to
	// one ("Phnom Phen"); an old name such as "Saigon" is not misspelt.
	Misspelt bool
	Passage  *Passage
	Span     Span
}

// Written is how an answer names the place: as the document writes it,
// unless that is a misspelling.
func (p Place) Written() string {
	if p.Misspelt {
		return p.Name
	}
	return p.AsWritten
}

// Org is an organisation or acronym the documents use.
type Org struct {
	Acronym string // "JAGEF"; empty for an organisation known only by name
	Name    string // long name as written, or the general meaning when General
	General bool   // the document uses the acronym without spelling it out
	Passage *Passage
	Span    Span // where the definition (or first use) is
}

// Display is the organisation as a reply names it: "Long Name (ACR)", the
// acronym alone when the documents never spell it out, or the name.
func (o Org) Display() string {
	if o.Acronym != "" && !o.General {
		return o.Name + " (" + o.Acronym + ")"
	}
	if o.Acronym != "" {
		return o.Acronym
	}
	return prose.CanonOrg(o.Name)
}

// Share is a cost-sharing arrangement such as "on a 50-50 basis".
type Share struct {
	Text     string   // the ratio as written: "50-50", "shared equally", "half"
	Phrase   string   // one party's share as written: "meets half of its cost"
	Parts    []int    // 50, 50
	Parties  []string // who bears the cost, in the order written
	What     string   // what is paid for
	Sentence string
	Passage  *Passage
	Span     Span
}

// Date is a dated mention: a day, a range, a month, a year, or a relative
// date resolved against the document's date.
type Date struct {
	Text      string    // as written: "15th to 21st July 2001", "last year"
	Start     time.Time // first day covered
	End       time.Time // last day covered
	Precision string    // "day", "month" or "year"
	Since     bool      // "since February 2000": an ongoing period
	Relative  bool      // resolved against the document date
	Between   bool      // written "between 22 and 29 September 2014"; Text leaves "between" out
	Sentence  string
	Passage   *Passage
	Span      Span
	// Label is the name of the item or subsection the sentence stands
	// under, to show before it, as a reader knows the thing: with its
	// short form when the document gives one. Set by the timeline.
	Label string
}

// Preposition is "on" for a day, "between" for "22 and 29 September", and
// "in" otherwise.
func (d Date) Preposition() string {
	if d.Between {
		return "between" // "between 22 and 29 September 2014"
	}
	if d.Precision == "day" && d.Start.Equal(d.End) {
		return "on"
	}
	if !d.Start.Equal(d.End) && d.Precision == "day" || reWrittenRange.MatchString(d.Text) {
		return "from" // "from FY2019 to FY2021"
	}
	return "in"
}

// reWrittenRange is a date written as a range of two.
var reWrittenRange = regexp.MustCompile(`\s(?:to|until|till|through)\s`)

// PrepositionAsWritten is the preposition the document writes before the
// date when it bounds it ("by 30 June 2015" is a deadline, not a day the
// thing happened), else Preposition's.
func (d Date) PrepositionAsWritten() string {
	if d.Passage != nil && d.Span.Start <= len(d.Passage.Text) {
		before := strings.Fields(d.Passage.Text[max(0, d.Span.Start-boundReach):d.Span.Start])
		if n := len(before); n > 0 && boundingPrepositions[strings.ToLower(before[n-1])] {
			return strings.ToLower(before[n-1])
		}
	}
	return d.Preposition()
}

// boundReach is how far before a date its preposition is looked for.
const boundReach = 12

// boundingPrepositions bound a date rather than place something on it.
var boundingPrepositions = lexicon.Set("bounding date prepositions")

// Resolved renders the date as a reader needs it: the written form, or for
// a relative date the year or month it means.
func (d Date) Resolved() string {
	if !d.Relative {
		return d.Text
	}
	switch d.Precision {
	case "month":
		return d.Start.Format("January 2006")
	default:
		return d.Start.Format("2006")
	}
}

// Count is a quantity of things: "nearly 20 training courses".
type Count struct {
	Text     string // "nearly 20"
	Value    int
	Noun     string // "training courses"
	Sentence string
	Passage  *Passage
	Span     Span
}

// Group is a named set of countries: CLMV, "new member countries".
type Group struct {
	Name       string
	Members    []string
	Aliases    []string // other names the documents use for it ("new member countries")
	Definition string   // the spelled-out list when the documents define it: "Cambodia, Laos, Myanmar and Vietnam"
	Passage    *Passage // where the documents define or first use it; nil for gazetteer-only groups
	Span       Span
}

// Expandable reports whether a group stands for its members when a passage
// names it; ASEAN as a whole is an organisation, not ten separate mentions.
func Expandable(group string) bool {
	return group != "ASEAN" && group != "ASEAN+3"
}

// Membership records a country's status in an organisation.
type Membership struct {
	Country string
	Org     string // organisation name as the documents call it
	Status  string // StatusMember, StatusJoined, StatusIntends or StatusNonMember
	Date    *Date  // when it joined, if said
	Note    string // "encouraged to join", "observer"
	// Body is set when the member is an organisation, not a country
	// ("the IEA has taken part as an observer"): Country then holds the
	// organisation's name, and answers about countries leave it out.
	Body     bool
	Sentence string
	Passage  *Passage
	Span     Span // the status words in the passage
}

// Membership statuses, as the bot names them; the words live in the
// lexicon with every other word list.
var (
	statusLabels    = lexicon.Pairs("status labels")
	StatusMember    = statusLabels["member"]
	StatusJoined    = statusLabels["joined"]
	StatusIntends   = statusLabels["intends"]
	StatusNonMember = statusLabels["non-member"]
	StatusObserver  = statusLabels["observer"]
	StatusPartner   = statusLabels["partner"]
	StatusFounding  = statusLabels["founding"]
	StatusInvited   = statusLabels["invited"]
	StatusWithdrew  = statusLabels["withdrew"]
	StatusSuspended = statusLabels["suspended"]
	StatusSigned    = statusLabels["signed"]
)

// StatusOfKey is the status the bot names by key in [status labels]:
// "member", "intends to join".
func StatusOfKey(key string) string { return statusLabels[key] }

// StatusKey is the lexicon's key of a status label: "intends" for
// "intends to join".
func StatusKey(status string) string {
	for k, v := range statusLabels {
		if v == status {
			return k
		}
	}
	return ""
}

// Project is a numbered item, a listed programme or a named programme or
// corridor, with what the same passage says about it.
type Project struct {
	Name          string
	What          string // the passage or sentence that describes it
	Partners      []string
	Beneficiaries []string
	Places        []Place
	Dates         []Date
	Funding       []string // funds and amounts
	Status        string   // "carried out or under consideration", "planned", ...
	Passage       *Passage
	Sentences     []Excerpt // the sentences about it, including those that refer back ("The project will ...")
}

// Excerpt is a stretch of a passage: a sentence about a project.
type Excerpt struct {
	Passage *Passage
	Span    Span
}

// Purpose is a sentence that says what something is for.
type Purpose struct {
	Subject  string // what the sentence is about ("ASEAN-Japan Centre")
	Text     string // the purpose clause
	Sentence string
	Passage  *Passage
	Span     Span
}

// Describe renders a share as a funding line: "cost shared 50-50 by Japan
// and Singapore".
func (s Share) Describe() string {
	if s.Phrase != "" {
		if len(s.Parties) == 1 {
			return "cost share: " + s.Parties[0] + " " + s.Phrase
		}
		return "cost share: " + s.Phrase
	}
	text := s.Text
	if !strings.HasPrefix(strings.ToLower(text), "shared ") {
		text = "shared " + text
	}
	out := "cost " + text
	switch len(s.Parties) {
	case 0:
	case 1:
		out += " by " + s.Parties[0]
	default:
		out += " by " + strings.Join(s.Parties[:len(s.Parties)-1], ", ") + " and " + s.Parties[len(s.Parties)-1]
	}
	return out
}

// Person is someone a document names with a title or a role: "H.E. Mr.
// Somsak Phan, Minister of Planning of Laos".
type Person struct {
	Name      string // as written, without the honorific: "Somsak Phan"
	Honorific string // "H.E. Mr."
	Role      string // as written: "Minister of Planning of Laos"; empty when not said
	Sentence  string
	Passage   *Passage
	Span      Span // the name, honorific included
	RoleSpan  Span
}

// Titled is the person's name with the honorific the document gives them:
// "H.E. Mr. Somsak Phan".
func (p Person) Titled() string {
	return strings.TrimSpace(p.Honorific + " " + p.Name)
}

// Display is the person as a reply names them.
func (p Person) Display() string {
	s := p.Titled()
	if p.Role != "" {
		s += ", " + p.Role
	}
	return s
}
