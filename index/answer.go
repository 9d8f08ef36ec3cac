package index

import (
	"slices"

	"github.com/iaibot/iaibot/index/qa"
)

// Answer is the answerer's reply to a plain-English question.
type Answer = qa.Answer

// Question kinds, as an Answer's Kind gives them.
const (
	AskMoney     = qa.AskMoney
	AskWhen      = qa.AskWhen
	AskWhere     = qa.AskWhere
	AskWho       = qa.AskWho
	AskCountries = qa.AskCountries
	AskMember    = qa.AskMember
	AskAcronym   = qa.AskAcronym
	AskCount     = qa.AskCount
	AskPurpose   = qa.AskPurpose
	AskOpen      = qa.AskOpen
)

// Answer answers a plain-English question from the facts: the specific
// span first, then the sentence it comes from. When no span answers it
// but a sentence holds all the question asks about, Quoted is set and
// Sentence is that sentence. When nothing does, the answer is Refused and
// Closest holds the nearest passages.
func (ix *Index) Answer(question string) Answer { return ix.answerer.Answer(question) }

// FollowUp rewrites reply, written in answer to the question prev, as a
// question of its own: "and Laos?" after "when did Cambodia join the MTI"
// asks when Laos joined. A reply that already stands alone is returned as
// it is. The caller keeps prev (on Discord, in the reply chain).
func (ix *Index) FollowUp(prev, reply string) string { return ix.answerer.FollowUp(prev, reply) }

// AnswerFollowUp answers reply as a follow-up to prev.
func (ix *Index) AnswerFollowUp(prev, reply string) Answer {
	return ix.answerer.AnswerFollowUp(prev, reply)
}

// answerSource is what the answerer reads of an index: the facts, and the
// readers of names that extraction and the gazetteer use.
type answerSource struct{ ix *Index }

func (s answerSource) Documents() []*Document { return s.ix.docs }

func (s answerSource) Facts() qa.Facts {
	x := s.ix.x
	// The answerer reads countries' memberships: a body that observes
	// another is in the members list, but "which countries are
	// observers" must not name it.
	countries := slices.DeleteFunc(slices.Clone(x.memberships), func(m Membership) bool { return m.Body })
	bodies := slices.DeleteFunc(slices.Clone(x.memberships), func(m Membership) bool { return !m.Body })
	return qa.Facts{Orgs: x.orgs, Groups: x.groups, Places: x.places, Amounts: x.amounts, Shares: x.shares, Dates: x.dates,
		Counts: x.counts, Memberships: countries, BodyMemberships: bodies, Projects: x.projects, People: x.people, Purposes: x.purposes}
}

func (s answerSource) PassageFacts(p *Passage) qa.PassageFacts {
	a := s.ix.x.annot[p]
	if a == nil {
		return qa.PassageFacts{}
	}
	return qa.PassageFacts{Sentences: a.sentences, Places: a.places, Dates: a.dates, Countries: a.countries}
}

func (s answerSource) OrgMentions(text string) []qa.OrgMention {
	return orgsForAnswer(s.ix.x.orgMentions(text))
}

func (s answerSource) Mentions(text string) ([]qa.OrgMention, []qa.GeoMention) {
	orgs, geos := s.ix.x.mentions(text)
	return orgsForAnswer(orgs), geoForAnswer(geos)
}

func orgsForAnswer(ms []orgMention) []qa.OrgMention {
	out := make([]qa.OrgMention, len(ms))
	for i, m := range ms {
		out[i] = qa.OrgMention{Name: m.name, Key: m.key, Span: m.span}
	}
	return out
}

func (s answerSource) OrgByKey(key string) *Org { return s.ix.x.orgByKey[key] }

func (s answerSource) OrgsByAcronym(text string) []*Org {
	oi := s.ix.x.orgIdx()
	var out []*Org
	for _, tk := range tokenize(text) {
		if o := oi.acr[tk.raw]; o != nil {
			out = append(out, o)
		}
	}
	return out
}

func (s answerSource) OrgsByInitials(text string) []qa.Initials {
	oi := s.ix.x.orgIdx()
	var out []qa.Initials
	for _, tk := range tokenize(text) {
		if o := oi.loose[tk.norm]; o != nil && gaz.groupByAlias[tk.norm] == "" {
			out = append(out, qa.Initials{Word: tk.norm, Org: o, Span: tk.span})
		}
	}
	return out
}

func (s answerSource) GeoMentions(text string) []qa.GeoMention {
	return geoForAnswer(s.ix.x.geoMentions(text))
}

func (s answerSource) AllGeoMentions(text string) []qa.GeoMention {
	return geoForAnswer(s.ix.x.allGeoMentions(text))
}

func (s answerSource) Countries(text string) []qa.GeoMention {
	return geoForAnswer(scanCountries(text))
}

func (s answerSource) CountriesAnyCase(text string) []qa.GeoMention {
	return geoForAnswer(scanCountriesAnyCase(text))
}

func geoForAnswer(ms []geoMention) []qa.GeoMention {
	out := make([]qa.GeoMention, len(ms))
	for i, m := range ms {
		out[i] = qa.GeoMention{Name: m.name, IsGroup: m.isGroup, Span: m.span}
	}
	return out
}

func (s answerSource) PlacesIn(text string) []Place {
	var out []Place
	for _, m := range rePlaceCand.FindAllString(text, -1) {
		if pl, ok := gaz.lookupPlace(m, s.ix.x.corpusScope); ok {
			out = append(out, Place{Name: pl.name, Country: pl.country})
		}
	}
	return out
}

func (s answerSource) PlaceNamed(name string) (Place, bool) {
	pl, ok := gaz.placeNamed(name, s.ix.x.corpusScope)
	return Place{Name: pl.name, Country: pl.country}, ok
}

func (s answerSource) CountryAliases() map[string]string { return gaz.countryByAlias }

func (s answerSource) CityState(country string) bool { return gaz.cityStates[country] }

func (s answerSource) Search(text string) ([]Hit, error) {
	res, err := s.ix.Search(text, 1)
	return res.Hits, err
}

func (s answerSource) Project(name string) (*Project, bool) {
	pr, err := s.ix.Project(name)
	return pr, err == nil
}
