package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of where answers. A list of places outranks one of its places,
// and a place in the documents' own words outranks a country used as a
// location, by a little.
const (
	// placeBonus ranks a place above other facts its sentence holds.
	placeBonus = 0.15
	// placeRunBonus puts "Surabaya, Chiang Mai and Cebu" just above any
	// one of them.
	placeRunBonus = 0.16
	// listPlacesBonus puts the places of a list's items just above a run
	// in one sentence; allPlacesBonus puts them far above when the
	// question asks for several ("where are the three centres").
	listPlacesBonus = 0.17
	allPlacesBonus  = 0.35
	// locatedInBonus is for a country, group or organisation used as a
	// location ("in Japan"): as good as a place when the words fit.
	locatedInBonus = 0.15
	// placeCountryFloor is the coverage of "X is in Laos" for "where is
	// X": naming the place is half the question, its sentence the rest.
	placeCountryFloor = 0.5
	// placeCountryBonus puts a place's country first when the place is
	// all the question names.
	placeCountryBonus = 0.4
	// orgPlaceGap is the most bytes between an organisation's name and
	// its place ("Centre in Tokyo", "Centre, based in Tokyo") for the
	// place to be the organisation's.
	orgPlaceGap = 20
	// orgLocationCoverage and orgLocationBonus make an organisation's own
	// place a sure answer to where it is.
	orgLocationCoverage = 1
	orgLocationBonus    = 0.3
)

// memberAfterPlaceBytes is how far after a place its membership verb is
// read: past "of Cambodia" or "Province, which took part from 2004,".
const memberAfterPlaceBytes = 80

// reMemberAfterPlace is a membership verb whose subject is the place
// before it.
var reMemberAfterPlace = regexp.MustCompile(`^(?:\s+(?:of|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?(?:,[^,.;]*,)?\s+(?:` +
	lexicon.Alt("membership withdrew", "membership invited", "membership intends to join", "membership joined") +
	`|(?:` + lexicon.Alt("membership be") + `)\s+(?:not\s+)?(?:an?\s+)?(?:founding\s+)?(?:observers?|members?))\b`)

// reWhichPlaceKind asks for a place of one kind: "which province",
// "what district".
var reWhichPlaceKind = regexp.MustCompile(`(?i)\b(?:which|what)\s+(` + lexicon.Alt("place name suffixes") + `)\b`)

// placeKindBonus ranks a place written with the kind a question asks
// ("Ninh Thuan Province" for "which province") above the sentence's
// other places.
const placeKindBonus = 0.3

// askedCountryPlaceBonus ranks a place in the one country the question
// names above a place elsewhere in the same sentence.
const askedCountryPlaceBonus = 0.1

// venueBonus ranks a place a meeting is held in first for a question
// about where a meeting is; venueReach is how far before the place its
// verb is read.
const (
	venueBonus = 0.3
	venueReach = 40
)

var (
	reVenueBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("meeting verbs", "verbs of a meeting's place") + `)\s+(?:at\s+\S+\s+)?(?:in|at)\s+(?:the\s+)?$`)
	// reVenueNounBefore is a meeting's noun right before the place it is
	// in: "At the wrap-up meeting in Can Tho".
	reVenueNounBefore = regexp.MustCompile(`(?i)\b(` + lexicon.Alt("meeting nouns", "event nouns") + `)\s+(?:in|at)\s+(?:the\s+)?$`)
	meetingWords      = func() map[string]bool {
		out := map[string]bool{}
		for _, w := range lexicon.Words("meeting nouns", "event nouns") {
			out[strings.ToLower(w)] = true
		}
		return out
	}()
)

// asksVenue tells whether question q asks where a meeting is held or an
// act was done: "where was it signed".
func asksVenue(q string) bool {
	for _, w := range strings.Fields(q) {
		if w = strings.Trim(w, "?,.!"); meetingWords[w] || venueVerbs[w] {
			return true
		}
	}
	return false
}

var (
	venueVerbs = lexicon.Set("venue question verbs")
	// reOpeningIn is a place set at the opening of its sentence, where
	// it places the whole act: "On 4 March 2011, in Nay Pyi Taw, ...".
	reOpeningIn = regexp.MustCompile(`(?i)^\s*(?:(?:on|in)\s+[^,]{1,30},\s*)?in\s+(?:the\s+)?$`)
)

// answerWhere answers "where" with routes, the places of a sentence or a
// list, countries and organisations used as locations, and the country a
// named place is in.
func (md *Model) answerWhere(aq *asked, consider offerFunc) {
	md.answerRoute(aq, consider)
	if md.answerOrgLocation(aq, consider) {
		return
	}
	md.answerRowSite(aq, consider)
	md.answerPlaces(aq, consider)
	md.answerVenues(aq, consider)
	md.answerListPlaces(aq, consider)
	md.answerLocatedIn(aq, consider)
	md.answerPlaceCountry(aq, consider)
}

var (
	// reTextNameAfter is the head of a text's name right after a place.
	reTextNameAfter = regexp.MustCompile(`^\s(?:` + lexicon.Alt("text name heads", "instrument heads") + `)\b`)
	// reNearBefore is a place and a word that puts it by the place after
	// it: "at Subang, near ".
	reNearBefore = regexp.MustCompile(`\p{Lu}[\p{L}-]+,\s+(?:` + lexicon.Alt("nearness words") + `)\s+(?:the\s+)?$`)
	// reVenueHeadNext is a building's head after it: "the Jakarta
	// Convention Center" is in Jakarta.
	reVenueHeadNext = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("venue heads") + `)\b`)
)

// foundingVerbs are the verbs of a body's founding, in their past
// participle.
var foundingVerbs = lexicon.Set("membership founded", "founding date verbs")

// pluralRunBonus ranks a run of places above one place when the question
// asks for places in the plural: "which provinces does the grant cover".
const pluralRunBonus = 0.1

// rePluralPlaceAsked asks for places in the plural.
var rePluralPlaceAsked = regexp.MustCompile(`\b(?:which|what)\s+(?:\w+\s+)?(?:` + lexicon.Alt("plural place nouns asked") + `)\b`)

// originPenalty ranks a place something comes from below the places of
// its sentence where things are, for a question that does not ask
// "from where".
const originPenalty = 0.2

// reFromBefore is "from" right before a place, or a range's first date.
var reFromBefore = regexp.MustCompile(`(?i)\bfrom\s+(?:the\s+)?$`)

// answerPlaces offers each place a sentence names, and a run of places
// ("Surabaya, Chiang Mai and Cebu") as one answer.
func (md *Model) answerPlaces(aq *asked, consider offerFunc) {
	kind := ""
	if m := reWhichPlaceKind.FindStringSubmatch(aq.q); m != nil {
		kind = strings.ToLower(m[1])
	}
	preds := predicates{}
	askVenue := asksVenue(aq.q)
	whereAsked := strings.Contains(aq.q, "where")
	// "Where was the Exchange of Notes signed" of "signed in Vientiane
	// the Exchange of Notes for ... the Luang Prabang Heritage House":
	// the place right after the act asked, or after its object ("signed
	// a loan agreement in Jakarta"), is where it was done.
	var actIn *regexp.Regexp
	if stem := actStemAsked(aq.q); stem != "" && (whereAsked || aq.kind == AskWhere) {
		verb := regexp.QuoteMeta(stem) + `(?:e|ed|es|ing|s)?`
		// "Where was the partnership founded" of "was established on 25
		// September 2012 in Hanoi": a founding is said by any of its
		// verbs.
		if foundingVerbs[stem+"ed"] || foundingVerbs[stem+"d"] {
			verb = `(?:` + verb + `|` + lexicon.Alt("membership founded", "founding date verbs") + `)`
		}
		actIn = regexp.MustCompile(`(?i)\b` + verb + `\s+(?:[^,.;]{0,40}?\s+)?(?:in|at)\s+(?:the\s+)?$`)
	}
	pluralAsked := rePluralPlaceAsked.MatchString(aq.q)
	within := md.countriesWithin(aq.q)
	askRevision := askedRevision(aq.q)
	for i := range md.facts.Places {
		pl := md.facts.Places[i]
		rec := md.sentenceOf(pl.Passage, pl.Span)
		named := false
		for _, p := range aq.ent.places {
			named = named || p.Name == pl.Name
		}
		if named || !md.entityFit(aq.ent, rec) {
			continue
		}
		// "Where in Laos was the flood project": a place in Laos, not the
		// project's site in Cambodia the same sentence names.
		if len(within) > 0 && pl.Country != "" && !slices.Contains(within, pl.Country) {
			continue
		}
		// "Where did the aug 2015 workshop take place" of "held in
		// Vientiane from 3rd to 7th March 2014 and in Yangon on August
		// 18-20, 2015": a place its own date puts in another year than
		// the one asked is not it.
		if len(aq.ent.years) > 0 {
			if y := md.placeYear(rec, pl.Span); y != 0 && !slices.Contains(aq.ent.years, y) {
				continue
			}
		}
		// A place whose sentence is too far from the question would be
		// dropped anyway: skip weighing it.
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue
		}
		// "Ratanakiri Province of Cambodia has been invited to attend the
		// annual meeting": a place that joins, leaves or is invited is a
		// member, not where anything is.
		if reMemberAfterPlace.MatchString(pl.Passage.Text[pl.Span.End:min(len(pl.Passage.Text), pl.Span.End+memberAfterPlaceBytes)]) {
			continue
		}
		// "presided over by H.E. Mr. X, Governor of Savannakhet
		// Province": a place an office is of is no place of the event.
		if reOfficeOfBefore.MatchString(tail(pl.Passage.Text[rec.span.Start:pl.Span.Start], venueReach)) {
			continue
		}
		// "a depot at Subang, near Kuala Lumpur": the place after a place
		// it is near is not where it is. ("Crosses mangrove forest near
		// Kep" says where it is by Kep alone.)
		if reNearBefore.MatchString(tail(pl.Passage.Text[rec.span.Start:pl.Span.Start], venueReach)) {
			continue
		}
		// "under the Hanoi Statement": a place that opens the name of a
		// text is not where anything is.
		if after := pl.Passage.Text[pl.Span.End:]; reTextNameAfter.MatchString(after) && !reVenueHeadNext.MatchString(after) {
			continue
		}
		// The place as the document writes it ("Saigon"), with the name a
		// reader may look up beside it.
		line := pl.Written() + ", " + pl.Country
		// Not when it is written with a word after it ("Son My commune").
		if !strings.HasPrefix(pl.Written(), pl.Name) {
			line = pl.Written() + " (" + pl.Name + "), " + pl.Country
		}
		predicate := preds.bonus(aq, rec, pl.Span)
		// "cancelled because thick smoke from fires in Riau closed the
		// airport": a place in the reason is not where the thing was.
		if m := reBecauseClause.FindStringIndex(pl.Passage.Text[rec.span.Start:pl.Span.Start]); m != nil && !strings.Contains(aq.q, "why") {
			predicate -= originPenalty
		}
		// "Where did the workshop end up being held": the place it was
		// moved to, not the one first planned.
		if askRevision != unrevised {
			predicate += revisionBonus(askRevision, placeRevision(rec, pl))
		}
		// "Where is the next meeting": a place a meeting is held in, not
		// one that premises or a secretariat are in.
		if before := pl.Passage.Text[rec.span.Start:pl.Span.Start]; askVenue && (reVenueBefore.MatchString(tail(before, venueReach)) || reOpeningIn.MatchString(before) || aq.venueNoun(tail(before, venueReach)) || gappedVenue(before)) ||
			actIn != nil && actIn.MatchString(tail(before, venueReach)) {
			predicate += venueBonus
		}
		// "coal shipped from Quang Ninh Province": where a thing comes
		// from is not where it is, unless that is asked.
		if reFromBefore.MatchString(tail(pl.Passage.Text[rec.span.Start:pl.Span.Start], venueReach)) && !strings.Contains(aq.q, "from") {
			predicate -= originPenalty
		}
		// "Which province is the plant in": of "Thuan Nam District,
		// Ninh Thuan Province", the place of the kind asked.
		if kind != "" && strings.HasSuffix(strings.ToLower(pl.Written()), " "+kind) {
			predicate += placeKindBonus
		}
		// "Where will the Philippine project office be" of "offices at
		// MMAF headquarters in Jakarta and at the BFAR Central Office in
		// Quezon City": the place in the country asked.
		if len(aq.ent.countries) == 1 && pl.Country == aq.ent.countries[0] && pl.Name != pl.Country {
			predicate += askedCountryPlaceBonus
		}
		consider(answerFrom(rec, pl.Written(), line, pl.Span), cov, placeBonus+aq.nearness(rec, pl.Span)+predicate)
		// "visit Surabaya, Chiang Mai and Cebu": the list is one answer.
		names, spans := []string{pl.Written()}, []corpus.Span{pl.Span}
		for j := i + 1; j < len(md.facts.Places); j++ {
			next := md.facts.Places[j]
			last := spans[len(spans)-1]
			if next.Passage != pl.Passage || next.Span.Start < last.End {
				break
			}
			if gap := pl.Passage.Text[last.End:next.Span.Start]; !rePlaceListGap.MatchString(gap) && !(whereAsked && rePlaceInGap.MatchString(gap)) {
				break
			}
			names = append(names, next.Written())
			spans = append(spans, next.Span)
		}
		if len(names) > 1 {
			whole := corpus.Span{Start: spans[0].Start, End: spans[len(spans)-1].End}
			// Said as written, with its "and": "Guiuan, Eastern Samar, and
			// Roxas City, Capiz".
			written := pl.Passage.Text[whole.Start:whole.End]
			// "Where is it": "Ben Tre, Tra Vinh and Soc Trang provinces",
			// the noun the list shares with it. "Which provinces" has
			// said that noun already.
			if m := rePluralPlaceNoun.FindString(pl.Passage.Text[whole.End:]); m != "" && !pluralAsked {
				written += m
				whole.End += len(m)
			}
			runBonus := placeRunBonus
			// "Which provinces": many places, as the run gives them.
			if pluralAsked {
				runBonus += pluralRunBonus
			}
			consider(answerFrom(rec, written, strings.Join(names, ", "), spans...), cov, runBonus+aq.nearness(rec, whole)+predicate)
		}
	}
}

var (
	// reMovedPlace ends right before a place a meeting was moved to:
	// "took place instead in", "was moved to".
	reMovedPlace = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("moved place cues") + `)\b[^.;]{0,30}?\b(?:to|in|at)\s+(?:the\s+)?$`)
	// rePlannedPlace ends right before a place first planned: "was
	// planned for", "originally to be held in".
	rePlannedPlace = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("planned place cues") + `)\b[^.;]{0,30}?\b(?:for|in|at)\s+(?:the\s+)?$`)
	// reCalledOffOrMoved says a plan was not kept: "had to be cancelled",
	// "was postponed".
	reCalledOffOrMoved = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("dropped site cues", "change verbs") + `)\b`)
)

// reBecauseClause is a clause that gives a reason, from its conjunction
// on: "because thick smoke from fires in".
var reBecauseClause = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("reason clause conjunctions") + `)\b[^.;:]*$`)

// placeRevision tells the place of pl, in sentence rec, in a change of
// plan: moved to, or first planned where the sentence says the plan was
// not kept.
func placeRevision(rec *sentenceRec, pl corpus.Place) revision {
	before := tail(pl.Passage.Text[rec.span.Start:pl.Span.Start], venueReach)
	switch {
	case reMovedPlace.MatchString(before):
		return revisedTo
	case rePlannedPlace.MatchString(before) && reCalledOffOrMoved.MatchString(rec.text):
		return revisedFrom
	}
	return unrevised
}

// namedVenueBonus ranks a building or hall a meeting is held at ("at the
// Tokyo International Forum in Tokyo") above the city it stands in: the
// venue is the more exact answer, and its line names the city too.
const namedVenueBonus = venueBonus + 0.05

// reNamedVenue is a verb of a meeting's place, then "at" and a name in
// capitals: "was held on 22 January 2008 at the Tokyo International
// Forum".
var reNamedVenue = regexp.MustCompile(`\b(?:` + lexicon.Alt("venue question verbs", "verbs of a meeting's place") + `)\b[^.;:]{0,60}?\bat\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]*)`)

// answerVenues offers the named building or hall where a meeting or a
// ceremony took place, for a question about where it was held.
func (md *Model) answerVenues(aq *asked, consider offerFunc) {
	// "In which city" asks for the city, not the hall.
	if !asksVenue(aq.q) || reAskCity.MatchString(aq.q) {
		return
	}
	for _, rec := range md.sents {
		if !strings.Contains(rec.text, " at ") || !md.entityFit(aq.ent, rec) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue
		}
		for _, m := range reNamedVenue.FindAllStringSubmatchIndex(rec.text, -1) {
			name := rec.text[m[2]:m[3]]
			// A building by its name's last word ("Forum", "Guest
			// House"): a secretariat or a summit is where or when, not
			// a venue a reader looks up.
			if !reVenueHead.MatchString(name) {
				continue
			}
			span := corpus.Span{Start: rec.span.Start + m[2], End: rec.span.Start + m[3]}
			line := name
			if pls := md.src.PlacesIn(rec.text[m[3]:min(len(rec.text), m[3]+venueReach)]); len(pls) > 0 && strings.HasPrefix(strings.TrimSpace(rec.text[m[3]:]), "in ") {
				line += ", " + pls[0].Name
			}
			consider(answerFrom(rec, name, line, span), cov, placeBonus+aq.nearness(rec, span)+namedVenueBonus)
		}
	}
}

// reVenueHead is the last word of a building's or a hall's name.
var reVenueHead = regexp.MustCompile(`\b(?:` + lexicon.Alt("venue heads") + `)$`)

// answerListPlaces offers the places of a list's items as one answer
// about the list's lead-in.
func (md *Model) answerListPlaces(aq *asked, consider offerFunc) {
	// "three regional centres: (a) ... in Surabaya; (b) ... in Chiang Mai;
	// (c) ... in Cebu": a list's places are one answer about its lead.
	byLead := map[*corpus.Passage][]corpus.Place{}
	var leads []*corpus.Passage
	for _, pl := range md.facts.Places {
		if lp := pl.Passage.LeadP; lp != nil && (pl.Passage.Kind == corpus.KindItem || pl.Passage.Kind == corpus.KindBullet) {
			if _, seen := byLead[lp]; !seen {
				leads = append(leads, lp)
			}
			byLead[lp] = append(byLead[lp], pl)
		}
	}
	for _, lp := range leads {
		pls := byLead[lp]
		var names []string
		for _, pl := range pls {
			if !slices.Contains(names, pl.Written()) {
				names = append(names, pl.Written())
			}
		}
		rec := md.sentenceOf(lp, corpus.Span{Start: len(lp.Text) - 1, End: len(lp.Text)})
		if len(names) < 2 || rec == nil || !md.entityFit(aq.ent, rec) {
			continue
		}
		bonus := listPlacesBonus
		if reAsksMany.MatchString(aq.q) {
			bonus = allPlacesBonus
		}
		consider(Answer{Span: strings.Join(names, ", "), Text: strings.Join(names, ", "), Sentence: rec.text, Passage: lp}, md.cov(aq, rec), bonus)
	}
}

// reOwnerAt is a name in the possessive at the start of a text: "Japan's
// FY2016".
var reOwnerAt = regexp.MustCompile(`^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s\s`)

// answerLocatedIn offers a country, group or organisation used as a
// location: "in Japan", "at the ASEAN Secretariat".
func (md *Model) answerLocatedIn(aq *asked, consider offerFunc) {
	// "Where was the loan agreement signed": a country is where an act
	// was done only in a sentence that says the act, not in one that
	// says "at Japanese universities".
	act := actAsked(aq.q)
	for _, rec := range md.sents {
		if len(rec.geos) == 0 && len(rec.orgs) == 0 || !md.entityFit(aq.ent, rec) || act != nil && !act.MatchString(rec.text) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue // it would be dropped: skip reading its locations
		}
		type loc struct {
			span  corpus.Span
			name  string
			names []string
		}
		var locs []loc
		var paren *loc
		for _, m := range rec.geos {
			before := rec.text[:m.Span.Start]
			// "to the countries concerned (CLMV and Thailand)": the whole
			// bracket is one destination.
			if open := strings.LastIndex(before, "("); open >= 0 && !strings.Contains(before[open:], ")") && reLocatedParen.MatchString(tail(before[:open+1], locatedParenReach)) {
				names := []string{m.Name}
				if m.IsGroup {
					if g := md.facts.Groups[m.Name]; g != nil && corpus.Expandable(m.Name) {
						names = g.Members
					}
				}
				if paren == nil {
					locs = append(locs, loc{m.Span, m.Name, nil})
					paren = &locs[len(locs)-1]
				}
				paren.span.End = m.Span.End
				paren.names = append(paren.names, names...)
				paren.name = rec.text[paren.span.Start:paren.span.End]
				continue
			}
			if !reLocatedPrep.MatchString(tail(before, locatedPrepReach)) {
				continue
			}
			// "signed on 30 March 2017, in Japan's FY2016": a country in
			// the possessive is whose the thing after it is, not where.
			if reOwnerAt.MatchString(rec.text[m.Span.Start:]) {
				continue
			}

			names := []string{m.Name}
			if m.IsGroup {
				g := md.facts.Groups[m.Name]
				if g == nil || !corpus.Expandable(m.Name) {
					continue
				}
				names = g.Members
			}
			locs = append(locs, loc{m.Span, m.Name, names})
		}
		for _, o := range rec.orgs {
			if reLocatedPrep.MatchString(tail(rec.text[:o.Span.Start], locatedPrepReach)) && strings.HasSuffix(strings.TrimSpace(rec.text[:o.Span.Start]), "at the") {
				locs = append(locs, loc{o.Span, rec.text[o.Span.Start:o.Span.End], []string{rec.text[o.Span.Start:o.Span.End]}})
			}
		}
		for _, l := range locs {
			skip := false
			for _, n := range l.names {
				skip = skip || slices.Contains(aq.ent.countries, n)
			}
			if skip {
				continue
			}
			sp := corpus.Span{Start: rec.span.Start + l.span.Start, End: rec.span.Start + l.span.End}
			consider(answerFrom(rec, strings.Join(prose.Uniq(l.names), ", "), l.name, sp), cov, locatedInBonus+aq.nearness(rec, sp))
		}
	}
}

// placeActAsked reports whether a where-question asks where a thing did
// an act: "where did X sign", "where was X signed".
func placeActAsked(aq *asked) bool {
	return actAsked(aq.q) != nil || reDidActAsked.MatchString(aq.q)
}

// reDidActAsked is "where did X <verb>", an act asked in its base form.
var reDidActAsked = regexp.MustCompile(`^\s*where\s+(?:did|does|do|will)\s`)

// answerPlaceCountry answers "where is Mukdahan" with the country it is
// in.
func (md *Model) answerPlaceCountry(aq *asked, consider offerFunc) {
	for _, p := range aq.ent.places {
		for _, pl := range md.facts.Places {
			if pl.Name != p.Name {
				continue
			}
			if rec := md.sentenceOf(pl.Passage, pl.Span); rec != nil {
				// Only when the place is all the question is about: "where
				// did Yangon sign the memorandum" asks of an act, which
				// the country a city is in does not place.
				bonus := 0.0
				if coverageSet(aq.terms, md.termsOf(p.Name)) > fullCoverage {
					bonus = placeCountryBonus
				} else if placeActAsked(aq) {
					break
				}
				consider(answerFrom(rec, pl.Country, pl.Name+" is in "+pl.Country, pl.Span), placeCountryFloor+(1-placeCountryFloor)*md.cov(aq, rec), bonus)
			}
			break
		}
	}
}

// answerRowSite answers "where is the Tumana pumping station" from a
// table row that names it and gives its site in a cell: "Tumana Pumping
// Station: Location: Barangay Tumana, Marikina City; Design Capacity:
// 18 m3/s." The row's label must hold every word the question asks of.
func (md *Model) answerRowSite(aq *asked, consider offerFunc) {
	terms := slices.DeleteFunc(slices.Clone(aq.terms), func(t qterm) bool { return seatWords[t.word] })
	if len(terms) == 0 {
		return
	}
	for _, rec := range md.sents {
		if !rec.p.IsTableRow() || rec.p.Label == "" || coverageSet(terms, md.termsOf(rec.p.Label)) < fullCoverage {
			continue
		}
		for _, l := range recTableLines(rec) {
			if !siteLabels[strings.ToLower(l.label)] {
				continue
			}
			// A cell ends at its semicolon, whatever label the words after
			// it were read as.
			value, _, _ := strings.Cut(rec.text[l.value.Start:l.value.End], ";")
			value = strings.TrimRight(strings.TrimSpace(value), ".")
			if value == "" {
				continue
			}
			sp := corpus.Span{Start: rec.span.Start + l.value.Start, End: rec.span.Start + l.value.Start + len(value)}
			consider(answerFrom(rec, value, rec.p.Label+": "+value, sp), orgLocationCoverage, orgLocationBonus+labelledBonus)
		}
	}
}

// answerOrgLocation answers "where is the ASEAN-Japan Centre": a place
// written right after the organisation's name ("ASEAN-Japan Centre in
// Tokyo") says where it is, and failing that a place in a sentence that
// names it. It reports whether the question was of that kind, so that
// nothing looser answers it.
func (md *Model) answerOrgLocation(aq *asked, consider offerFunc) bool {
	if len(aq.ent.orgs) == 0 {
		return false
	}
	o := aq.ent.orgs[0]
	// "Where is KSE headquartered": the words that ask where a body is
	// ask nothing else.
	terms := slices.DeleteFunc(slices.Clone(aq.terms), func(t qterm) bool { return seatWords[t.word] })
	if coverageSet(terms, md.termsOf(o.Name+" "+o.Acronym+" "+prose.DerivedAcronym(o.Name))) < fullCoverage {
		return false
	}
	key := prose.Fold(prose.CanonOrg(o.Name))
	found := false
	// "About X Co., Ltd. ... Head office: Chiyoda-ku, Tokyo": a profile of
	// a company, under a heading that names it, says where it is outright;
	// a project's "Location:" is where its works are, and no seat.
	for _, rec := range md.sents {
		if !strings.Contains(rec.text, ": ") {
			continue
		}
		profile := namesOrg(rec.p.Cite.SectionTitle, o)
		ls := recTableLines(rec)
		// "Harmonized Development Support for the Bangsamoro (HDSB):
		// Scheme: ...; Location: Cotabato City": a table row about the
		// body asked, which it opens with, says where it is.
		row := false
		if len(ls) > 1 {
			lead := rec.text[:max(0, ls[0].value.Start-len(ls[0].label)-2)]
			row = namesOrg(lead, o) || lead == "" && namesOrg(rec.text[ls[0].value.Start:ls[0].value.End], o)
		}
		for _, l := range ls {
			label := strings.ToLower(l.label)
			if !(profile && seatLabels[label] || row && (seatLabels[label] || siteLabels[label])) {
				continue
			}
			value := strings.TrimRight(strings.TrimSpace(rec.text[l.value.Start:l.value.End]), ".;")
			if value == "" {
				continue
			}
			sp := corpus.Span{Start: rec.span.Start + l.value.Start, End: rec.span.Start + l.value.Start + len(value)}
			consider(answerFrom(rec, value, o.Name+" is in "+value, sp), orgLocationCoverage, orgLocationBonus+labelledBonus)
			found = true
		}
	}
	for _, rec := range md.sents {
		for _, m := range rec.orgs {
			if m.Key != key {
				continue
			}
			places := md.src.PassageFacts(rec.p).Places
			for i, pl := range places {
				gapStart := rec.span.Start + m.Span.End
				if pl.Span.Start < gapStart || pl.Span.Start-gapStart > orgPlaceGap || !reOrgWhere.MatchString(rec.p.Text[gapStart:pl.Span.Start]) {
					continue
				}
				// "in Batangas and Laguna provinces": the places listed
				// with it.
				span, last := pl.Span, pl
				for _, next := range places[i+1:] {
					if next.Span.Start < span.End || !reNameListGap.MatchString(rec.p.Text[span.End:next.Span.Start]) {
						break
					}
					span.End, last = next.Span.End, next
				}
				written := rec.p.Text[span.Start:span.End]
				if last.Span == pl.Span {
					written = pl.Written()
				}
				consider(answerFrom(rec, written, o.Name+" is in "+written+", "+pl.Country, span), orgLocationCoverage, orgLocationBonus)
				found = true
			}
		}
	}
	// With no place written right after its name, a place its sentences
	// name may still say where it is ("set up in 2009 in Penang"); a
	// country or group it works with does not.
	if !found {
		seated := func(a Answer, cov, bonus float64) {
			// The place's own sentence must name the organisation: a
			// place elsewhere under its heading is where something else
			// happened.
			if namesOrg(a.Sentence, o) || md.refersToOrg(a, o) || md.seatOfNamedBefore(a, o) {
				// "MRBI, founded in 1974 and based in Quezon City":
				// the place its sentence says it is based in.
				// "The Regional Micronutrient Laboratory (RML) opened on
				// 15 March 2002 at the National Institute of Nutrition in
				// Hanoi": the place a body the sentence opens with was
				// set up in, by its own verb, over the places of the
				// things it works on.
				if len(a.SentenceSpans) > 0 && (reSeatBefore.MatchString(tail(a.Sentence[:a.SentenceSpans[0].Start], venueReach)) || setUpIn(a.Sentence[:a.SentenceSpans[0].Start], o)) {
					bonus += orgLocationBonus
				}
				consider(a, cov, bonus)
			}
		}
		md.answerPlaces(aq, seated)
		// "The AJSTN Secretariat is based in Singapore": a country it is
		// said to be in, when no city is, right after the body and its
		// verb of being based; not the countries its projects are in.
		md.answerLocatedIn(aq, func(a Answer, cov, bonus float64) {
			if len(a.SentenceSpans) > 0 && seatedRightAfter(a.Sentence[:a.SentenceSpans[0].Start], o) {
				seated(a, cov, bonus)
			}
		})
	}
	return true
}

// seatedRightAfter reports whether before, a sentence up to a place,
// ends with body o, by its name or short form, and the words that say it
// is based there: "The AJSTN Secretariat is based in ".
func seatedRightAfter(before string, o *corpus.Org) bool {
	m := reSeatBefore.FindStringIndex(before)
	if m == nil {
		return false
	}
	subject := strings.TrimSpace(reBeVerbEnd.ReplaceAllString(before[:m[0]], ""))
	for _, name := range []string{o.Name, o.Acronym} {
		if name != "" && strings.HasSuffix(subject, name) {
			return true
		}
	}
	return false
}

// reBeVerbEnd is a verb of being that ends a subject's words, with a
// short form in brackets before it: " (AJSTN) is ".
var reBeVerbEnd = regexp.MustCompile(`(?:\s*\([^()]*\))?\s+(?:is|are|was|were|has\s+been|have\s+been)\s*$`)

// setUpIn reports whether before, a sentence up to a place, opens with
// body o as its subject, whose own verb of setting up leads by "in" to
// the place with no clause between.
func setUpIn(before string, o *corpus.Org) bool {
	rest := strings.TrimPrefix(before, "The ")
	switch {
	case strings.HasPrefix(rest, o.Name):
		rest = rest[len(o.Name):]
	case o.Acronym != "" && strings.HasPrefix(rest, o.Acronym):
		rest = rest[len(o.Acronym):]
	default:
		return false
	}
	return reSetUpIn.MatchString(rest)
}

// reSetUpIn is what follows a body's name up to the place it was set up
// in: its short form, its verb and the words before "in".
var reSetUpIn = regexp.MustCompile(`^\s*(?:\([^()]*\)\s*)?(?:(?:was|were|has\s+been)\s+)?(?:` + lexicon.Alt("launch verbs") + `)\b[^,;:]*\bin\s+(?:the\s+)?$`)

// seatOfNamedBefore reports whether answer a's sentence says where a
// body's seat is ("The headquarters are in Phnom Penh", "Its secretariat
// is based in Jakarta") naming no body of its own, after its passage has
// named o, and no other body, before it.
func (md *Model) seatOfNamedBefore(a Answer, o *corpus.Org) bool {
	if a.Passage == nil || !reSeatSaid.MatchString(a.Sentence) || len(md.src.OrgMentions(a.Sentence)) > 0 {
		return false
	}
	i := strings.Index(a.Passage.Text, a.Sentence)
	if i <= 0 {
		return false
	}
	before := md.src.OrgMentions(a.Passage.Text[:i])
	key := prose.Fold(prose.CanonOrg(o.Name))
	return len(before) > 0 && !slices.ContainsFunc(before, func(m OrgMention) bool { return m.Key != key })
}

// reSeatSaid is a sentence's word for where a body sits.
var reSeatSaid = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("seat question words", "seat labels") + `)\b`)

// refersToOrg reports whether answer a's sentence speaks of body o by its
// head noun ("The Centre was established in Kuala Lumpur") in a passage
// whose section title or text names it, and that names no other body of
// that head before the sentence: after "works with the ASEAN-Japan
// Centre", "the Centre" is that one.
func (md *Model) refersToOrg(a Answer, o *corpus.Org) bool {
	m := prose.OrgRefRE.FindStringSubmatch(a.Sentence)
	head := prose.NameHead(o.Name)
	if m == nil || !strings.EqualFold(m[1], head) || a.Passage == nil {
		return false
	}
	before := a.Passage.Text
	if i := strings.Index(before, a.Sentence); i >= 0 {
		before = before[:i]
	}
	if slices.ContainsFunc(md.src.OrgMentions(before), func(n OrgMention) bool {
		return n.Key != prose.Fold(prose.CanonOrg(o.Name)) && prose.NameHead(n.Name) == head
	}) {
		return false
	}
	return namesOrg(a.Passage.Cite.SectionTitle, o) || namesOrg(a.Passage.Text, o)
}

// reOfficeOfBefore ends with an office and its "of", before the place
// the office is of: "Governor of ", "Mayor of the ".
var reOfficeOfBefore = regexp.MustCompile(`\b(?:` + lexicon.Alt("role heads") + `)\s+of\s+(?:the\s+)?$`)

var (
	// seatWords are a question's words that ask where a body is.
	seatWords = lexicon.Set("seat question words")
	// seatLabels are the labels of a profile's line that say where a
	// body is: "Head office: Chiyoda-ku, Tokyo".
	seatLabels = lexicon.Set("seat labels")
	// siteLabels say where a project is, in the row that names it.
	siteLabels = lexicon.Set("site labels")
)

var reAsksMany = regexp.MustCompile(`\bwhere\s+(?:are|were)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|all)\b`)

var (
	rePlaceListGap = regexp.MustCompile(`^(?:,\s*|\s+and\s+|,\s+and\s+)$`)
	// rePlaceInGap joins a place to the larger one it lies in: "Phan
	// Thiet in Binh Thuan Province" answers "where", not "which town".
	rePlaceInGap   = regexp.MustCompile(`^\s+in\s+$`)
	reOrgWhere     = regexp.MustCompile(`^\s*(?:\([^()]*\)\s*)?(?:in|at|based in|located in|headquartered in)\s+(?:the\s+)?$`)
	reSeatBefore   = regexp.MustCompile(`(?i)\b(?:based|located|headquartered|situated)\s+in\s+(?:the\s+)?$`)
	reLocatedPrep  = regexp.MustCompile(`(?i)\b(in|at|to)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+|rural\s+)?$`)
	reLocatedParen = regexp.MustCompile(`(?i)\b(in|at|to)\s+(?:the\s+)?(?:\w+\s+){0,3}\($`)
)

// locatedPrepReach and locatedParenReach are more bytes than the longest
// text reLocatedPrep and reLocatedParen match before a name: only that
// much is read, not the whole sentence before it, for every name.
const (
	locatedPrepReach  = 40
	locatedParenReach = 100
)

// tail is the end of s, at least n bytes from a word's start, so a word
// boundary at its start is one in s too.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := len(s) - n
	if i := strings.LastIndexAny(s[:cut], " \n\t"); i >= 0 {
		return s[i:]
	}
	return s
}

// reInBefore is "in" right before a name: "where in laos".
var reInBefore = regexp.MustCompile(`\bin\s+(?:the\s+)?$`)

// countriesWithin are the countries a question asks about as where
// something is: "where in laos", "trainings held in indonesia".
func (md *Model) countriesWithin(q string) []string {
	var out []string
	for _, m := range md.src.CountriesAnyCase(q) {
		// "Which Cambodian province was the pilot in": the country's
		// word before a place noun says where the place is, as "in"
		// before it does.
		if !m.IsGroup && (reInBefore.MatchString(q[:m.Span.Start]) || rePlaceNounNext.MatchString(q[m.Span.End:])) && !slices.Contains(out, m.Name) {
			out = append(out, m.Name)
		}
	}
	return out
}

// rePlaceNounNext opens with a noun for a place within a country: "
// province", " towns".
var rePlaceNounNext = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("plural place nouns asked", "plural place nouns", "place nouns within a country") + `)\b`)

// rePluralPlaceNoun is the plural noun a list of places may share, right
// after its last name: " provinces", " townships".
var rePluralPlaceNoun = regexp.MustCompile(`^\s(?:` + lexicon.Alt("plural place nouns") + `)\b`)

// venueNoun reports whether before ends with the noun of a meeting the
// question names in its own word, and "in" or "at": "the wrap-up meeting
// in" for "where did the wrap-up meeting take place", not "a regional
// workshop in" for "where was the meeting held".
func (aq *asked) venueNoun(before string) bool {
	m := reVenueNounBefore.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	noun := strings.ToLower(m[1])
	return slices.ContainsFunc(strings.Fields(aq.q), func(w string) bool {
		w = strings.Trim(w, "?.,!")
		return w == noun || w+"s" == noun || w == noun+"s"
	})
}

// placeYear is the year of the date a place's own phrase gives it, right
// after it with only its country and a preposition between ("in Yangon
// on August 18-20, 2015"), or 0: a date past a comma or an "and" ("in Manila, and the 2016
// forum in Jakarta") is another clause's.
func (md *Model) placeYear(rec *sentenceRec, span corpus.Span) int {
	var next *corpus.Date
	dates := md.src.PassageFacts(rec.p).Dates
	for i, d := range dates {
		if d.Span.Start >= span.End && d.Span.End <= rec.span.End && (next == nil || d.Span.Start < next.Span.Start) {
			next = &dates[i]
		}
	}
	if next == nil || !rePlaceDateGap.MatchString(rec.p.Text[span.End:next.Span.Start]) {
		return 0
	}
	return next.Start.Year()
}

// rePlaceDateGap is what may stand between a place and its own date: its
// country in brackets or after a comma ("in Yangon (Myanmar) in March
// 2014", "in Manila, Philippines in August 2015"), then a preposition.
var rePlaceDateGap = regexp.MustCompile(`^(?:\s*\([^()]*\))?(?:\s*,\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*,?)?\s*(?:(?:` + lexicon.Alt("time prepositions before a start") + `|on|in|during)\s+)?$`)

// reGappedPlaceTail ends with a second half whose verb is left out, right
// before its place, after the first half's place: "Tokyo and a field
// exercise in ". The first group is the text before the first place.
var reGappedPlaceTail = regexp.MustCompile(`^(.*?)(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,?\s+and\s+(?:the\s+|a\s+|an\s+|its\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}\s+(?:in|at)\s+(?:the\s+)?$`)

// gappedVenue reports whether before, the sentence up to a place, says a
// meeting's place with the verb the first half of a gapped pair gives:
// "A classroom course is held in Tokyo and a field exercise in".
func gappedVenue(before string) bool {
	m := reGappedPlaceTail.FindStringSubmatch(before)
	return m != nil && reVenueBefore.MatchString(tail(m[1], venueReach))
}

// rePlaceAskedOpen asks whether a thing's place is decided: "has it been
// decided where the centre will go". "Where will the meeting be held"
// asks the place itself, which a sentence that leaves it open does not
// give: that is refused, with the sentence among the closest passages.
var rePlaceAskedOpen = regexp.MustCompile(`\b(?:` + lexicon.Alt("fixing verbs") + `|decide|decision)\b.*\bwhere\b`)

// rePlaceNounSaid is a word for a thing's place, which a clause that
// leaves it open writes: "the location of the ADRFF secretariat remains
// under discussion".
var rePlaceNounSaid = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("undecided place nouns") + `)\b`)

// openPlaceClause is the clause of sentence s that says a thing's place
// is not decided, or "".
func openPlaceClause(s string) string {
	for _, cl := range sentenceClauses(s) {
		if reUndecided.MatchString(cl) && rePlaceNounSaid.MatchString(cl) {
			return cl
		}
	}
	return ""
}

// placeDecisionFrame are the words by which a question asks whether a
// thing's place is decided, besides the thing's own.
var placeDecisionFrame = lexicon.Set("place decision frame", "fixing verbs")

// answerPlaceUndecided answers whether it is decided where a thing will
// be with the clause that says its place is not, when the sentence that
// covers the question best says so: "Luang Prabang has offered to host
// it, but the location of the proposed centre remains under discussion"
// says no, and not that the centre goes to Luang Prabang.
func (md *Model) answerPlaceUndecided(aq *asked) (Answer, bool) {
	if !rePlaceAskedOpen.MatchString(aq.q) {
		return Answer{}, false
	}
	var best *sentenceRec
	var bestClause string
	bestCov := minCoverage
	for _, rec := range md.sents {
		if !reUndecided.MatchString(rec.text) || !md.entityFit(aq.ent, rec) {
			continue
		}
		// "Has it been decided where the centre will go": the words of
		// deciding and placing are the question's frame, which the
		// clause says by leaving the place open.
		cov := md.covHolding(aq, rec, func(t qterm) bool { return placeDecisionFrame[t.word] })
		if cov < bestCov {
			continue
		}
		if cl := openPlaceClause(rec.text); cl != "" {
			best, bestClause, bestCov = rec, cl, cov
		}
	}
	if best == nil {
		return Answer{}, false
	}
	i := strings.Index(best.text, bestClause)
	span := corpus.Span{Start: best.span.Start + i, End: best.span.Start + i + len(bestClause)}
	a := answerFrom(best, strings.TrimSpace(bestClause), "Not decided — "+prose.Clip(best.text, quoteRunes), span)
	a.Found, a.Kind = true, AskOpen
	return a, true
}
