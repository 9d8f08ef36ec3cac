package qa

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Source is what the answerer reads of an index. The documents and their
// facts are read when the model is built; a passage's facts again as an
// answer needs them. The name readers are asked for each question too, so
// that the names in a question are found the way extraction found them in
// the documents.
type Source interface {
	// Documents returns the documents in load order.
	Documents() []*corpus.Document
	// Facts returns what extraction read from the documents.
	Facts() Facts
	// PassageFacts returns what extraction read from one passage.
	PassageFacts(p *corpus.Passage) PassageFacts

	// OrgMentions finds the organisations text names, long names before
	// the acronyms in the gaps, in text order.
	OrgMentions(text string) []OrgMention
	// OrgByKey returns the organisation whose folded name or acronym is
	// key, or nil.
	OrgByKey(key string) *corpus.Org
	// OrgsByAcronym returns the organisation of each acronym text holds as
	// written ("ESCAP"), in text order.
	OrgsByAcronym(text string) []*corpus.Org
	// OrgsByInitials returns each word of text that, in any case, is an
	// organisation's acronym or the initials of its name ("ajc"), with the
	// organisation; the name of a group of countries is not one.
	OrgsByInitials(text string) []Initials
	// GeoMentions finds the countries and groups text names, leaving out
	// those inside an organisation's name.
	GeoMentions(text string) []GeoMention
	// Mentions is OrgMentions and GeoMentions of one text, read once.
	Mentions(text string) ([]OrgMention, []GeoMention)
	// AllGeoMentions finds them inside organisations' names too.
	AllGeoMentions(text string) []GeoMention
	// Countries finds the capitalised country names of text.
	Countries(text string) []GeoMention
	// CountriesAnyCase finds country names however they are typed.
	CountriesAnyCase(text string) []GeoMention
	// PlacesIn finds the places that runs of capitalised words in text
	// name, among the countries the documents name.
	PlacesIn(text string) []corpus.Place
	// PlaceNamed finds a place by its exact name or alias, in any case,
	// among the countries the documents name.
	PlaceNamed(name string) (corpus.Place, bool)
	// CityState reports whether a country's capital bears its name, so
	// that the name is a city's too ("Singapore").
	CityState(country string) bool
	// CountryAliases maps each folded name of a country to the country.
	CountryAliases() map[string]string

	// Search returns the passages a full-text search ranks first. New
	// does not call it, nor Project: the index builds its search index
	// while New builds the model.
	Search(text string) ([]corpus.Hit, error)
	// Project finds a project by its name, allowing typos.
	Project(name string) (*corpus.Project, bool)
}

// Facts are what extraction read from the documents. The answerer only
// reads them.
type Facts struct {
	Orgs        []corpus.Org
	Groups      map[string]*corpus.Group // by name
	Places      []corpus.Place
	Amounts     []corpus.Amount
	Shares      []corpus.Share
	Dates       []corpus.Date
	Counts      []corpus.Count
	Memberships []corpus.Membership
	// BodyMemberships are the statuses of organisations in other bodies
	// ("the IEA has taken part as an observer"), kept apart from the
	// countries' so that no answer about countries names them.
	BodyMemberships []corpus.Membership
	Projects        []*corpus.Project
	People          []corpus.Person
	Purposes        []corpus.Purpose
}

// PassageFacts are what extraction read from one passage.
type PassageFacts struct {
	Sentences []corpus.Span
	Places    []corpus.Place
	Dates     []corpus.Date
	Countries []string // with groups expanded and places' countries added
}

// OrgMention is an organisation named in a text.
type OrgMention struct {
	Name string // as a reply names it: "Long Name (ACR)" or the name
	Key  string // for OrgByKey
	Span corpus.Span
}

// GeoMention is a country or a group of countries named in a text.
type GeoMention struct {
	Name    string // canonical
	IsGroup bool
	Span    corpus.Span
}

// Initials is a word that abbreviates an organisation's name.
type Initials struct {
	Word string // lower case
	Org  *corpus.Org
	Span corpus.Span // where the word stands in the text
}

// Model is the answerer's own state, built once from a Source: every
// sentence with the terms it can be matched by, each passage's context,
// and how rare each term is. After New it is only read, so it is safe for
// concurrent use.
type Model struct {
	byKind map[string]func(*asked, offerFunc) // the candidate finders of each kind of question
	// reasons and requests are read from every sentence on the first
	// question that needs them, not at start: a restart of a large corpus
	// should not wait for a scan most questions never use.
	clausesOnce sync.Once
	reasons     []clauseFact // reasons sentences give, for why-questions
	requests    []clauseFact // what sentences ask of someone
	// percentages are the percentages each sentence writes, read on the
	// first share or change question.
	percentagesOnce sync.Once
	percentages     []percentagesOf
	// nameOnly are the words of people's names that no document names as
	// a place: "Surin" of "Dr Surin Pitsuwan". Read on first use.
	nameOnlyOnce sync.Once
	nameOnly     map[string]bool
	// asked indexes the facts by the kind of question they answer, for
	// the quoted fallback, built on the first question that needs it.
	askedOnce sync.Once
	asked     map[*corpus.Passage][]askedFact
	// mainProjects are the projects each document's title names, read on
	// the first question about "the project".
	mainOnce sync.Once
	// titleRecipientsOf keeps titleRecipients by document, read on first
	// use by concurrent questions.
	titleRecipientsOf sync.Map
	mainProjects      map[*corpus.Document][]*corpus.Project
	docProjects       map[*corpus.Document][]*corpus.Project // every project of each document
	src               Source
	docs              []*corpus.Document
	facts             Facts
	countryAliases    map[string]string
	typoAliases       []string       // one-word country aliases typos are matched against, sorted
	sents             []*sentenceRec // every sentence
	sentsOf           map[*corpus.Passage][]*sentenceRec
	ctxTerms          map[*corpus.Passage]termSet // a passage's terms with its lead and section title
	ctxText           map[*corpus.Passage]string
	implicit          map[*corpus.Document][]string // countries a whole document is about
	ctxHave           map[*corpus.Passage]map[string]bool
	ctxOrgs           map[*corpus.Passage]map[string]bool  // organisation keys a passage (with lead and section title) names
	termCache         map[string]map[string]bool           // terms of membership organisations and document front matter
	groupFold         map[string]*regexp.Regexp            // group names in any case
	idf               map[string]float64                   // inverse sentence frequency of each term
	maxIDF            float64                              // idf of a term the corpus lacks
	rawWords          map[string]bool                      // every word of four letters or more, lower case
	rawSorted         []string                             // the same words in alphabetical order, for deterministic typo fixes
	groupNames        []string                             // the documents' groups, in name order
	places            []string                             // how the documents write places, lower case; see placeNames
	entWords          map[string]bool                      // words of the names of things; see entityWords
	memberPlace       map[string]string                    // a member that is a place ("An Giang Province") -> the place's name
	publishers        map[*corpus.Document]map[string]bool // keys of the organisations that publish each document
	orgWords          []map[string]bool                    // the lower-case words of each of facts.Orgs' names
	orgBare           []string                             // each of facts.Orgs' names, canonical, without a short form in brackets at its end
	projectKeys       map[*corpus.Document]map[string]bool // by document, the orgKeys of the bodies that are its projects
	leftOutPlaces     map[string]bool                      // the places a sentence's clause leaves out, by name
	withMembers       map[string]bool                      // bareKey of each body the documents give members
	// titleNames and sentNames hold the title-case names of documents and
	// sentences, read on the first question that needs them and kept:
	// see namesAnother.
	titleNames sync.Map // *corpus.Document -> *docNames
	signatures sync.Map // *corpus.Document -> *signature, nil when it has no signature block
	shortForms sync.Map // *corpus.Document -> []docShortForm
	sentNames  sync.Map // *sentenceRec -> []map[string]bool
	// openOnce builds, on the first open question, what answerOpen would
	// otherwise recompute for every sentence it weighs: the terms of each
	// section title and the items each lead introduces.
	// initials are the runs of words the documents write, by the
	// initials they spell, read on the first question word that may be
	// one; see expandInitials.
	initialsOnce sync.Once
	initials     map[string]map[string]*initialsRun
	openOnce     sync.Once
	titleTerms   map[string]map[string]bool   // section title -> termsOf(title)
	itemsOfLead  map[string][]*corpus.Passage // a lead's text -> the passages it introduces, in document order
	// bodyWordsOnce reads, on the first question that asks which body it
	// is about, the words of the country groups' names and of each body's
	// name that may say so (see bodiesAsked).
	bodyWordsOnce sync.Once
	groupTerms    map[string]bool
	bodyWords     map[string]nameWordsOfBody // body with members -> the words of its name
}

// New builds the answerer's model of what src holds.
func New(src Source) *Model {
	md := &Model{src: src, docs: src.Documents(), facts: src.Facts(), countryAliases: src.CountryAliases()}
	md.readSentences()
	md.places = md.placeNames()
	md.entWords = md.entityWords()
	md.derive()
	return md
}

// derive computes what the model keeps in fixed orders and the facts it
// reads from its sentences, after New builds the model or Decode reads it
// back: cheap next to the sentences themselves, so it is not stored.
func (md *Model) derive() {
	md.publishers = md.publisherKeys()
	md.orgWords = make([]map[string]bool, len(md.facts.Orgs))
	for i, o := range md.facts.Orgs {
		md.orgWords[i] = map[string]bool{}
		for _, w := range prose.WordRE.FindAllString(strings.ToLower(o.Name), -1) {
			md.orgWords[i][w] = true
		}
	}
	md.orgBare = make([]string, len(md.facts.Orgs))
	for i, o := range md.facts.Orgs {
		md.orgBare[i] = reTrailingShortForm.ReplaceAllString(prose.CanonOrg(o.Name), "")
	}
	// New has read them for the sentences' bodies already; Decode has not.
	if md.projectKeys == nil {
		md.projectKeys = md.docProjectKeys()
	}
	md.leftOutPlaces = md.readLeftOutPlaces()
	md.withMembers = map[string]bool{}
	for _, m := range md.facts.Memberships {
		md.withMembers[bareKey(m.Org)] = true
	}
	md.memberPlace = map[string]string{}
	for _, m := range md.facts.Memberships {
		if _, seen := md.memberPlace[m.Country]; seen || md.isCountry(m.Country) {
			continue
		}
		md.memberPlace[m.Country] = md.placeOfName(m.Country)
	}
	// One-word aliases a typo may be near, in a fixed order so a question
	// with a misspelt country reads the same every time.
	md.typoAliases = nil
	for alias := range md.countryAliases {
		if len(alias) >= minCountryTypo && !strings.Contains(alias, " ") {
			md.typoAliases = append(md.typoAliases, alias)
		}
	}
	slices.Sort(md.typoAliases)
	md.rawSorted = slices.Sorted(maps.Keys(md.rawWords))
	md.groupNames = slices.Sorted(maps.Keys(md.facts.Groups))
	md.byKind = md.answerers()
}

// projectNameWords make a name a project's.
var projectNameWords = lexicon.Set("project name words")

// docProjectKeys are, by document, the orgKeys of the bodies that are its
// projects. A project's body is the one of its name or of its short
// form: "Project for Improvement of Kratie Provincial Referral Hospital
// (KPRH)" is the body "Kratie Provincial Referral Hospital (KPRH)".
func (md *Model) docProjectKeys() map[*corpus.Document]map[string]bool {
	projects, shortForms := map[*corpus.Document]map[string]bool{}, map[*corpus.Document]map[string]bool{}
	for _, pr := range md.facts.Projects {
		if pr.Passage == nil || !slices.ContainsFunc(prose.WordRE.FindAllString(strings.ToLower(pr.Name), -1), func(w string) bool { return projectNameWords[w] }) {
			continue
		}
		d := pr.Passage.Doc
		if projects[d] == nil {
			projects[d], shortForms[d] = map[string]bool{}, map[string]bool{}
		}
		projects[d][prose.Fold(reTrailingShortForm.ReplaceAllString(prose.CanonOrg(pr.Name), ""))] = true
		if m := reTrailingShortForm.FindString(pr.Name); m != "" {
			shortForms[d][strings.Trim(m, " ()")] = true
		}
	}
	// Each body's bare name and key, read once for every document.
	bare, keys := make([]string, len(md.facts.Orgs)), make([]string, len(md.facts.Orgs))
	for i := range md.facts.Orgs {
		o := &md.facts.Orgs[i]
		bare[i], keys[i] = prose.Fold(reTrailingShortForm.ReplaceAllString(prose.CanonOrg(o.Name), "")), orgKey(o)
	}
	out := map[*corpus.Document]map[string]bool{}
	for d := range projects {
		out[d] = map[string]bool{}
		for i, o := range md.facts.Orgs {
			if projects[d][bare[i]] || o.Acronym != "" && shortForms[d][o.Acronym] {
				out[d][keys[i]] = true
			}
		}
	}
	return out
}
