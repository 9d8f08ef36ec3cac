package qa

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of which-countries answers.
const (
	// groupBonus ranks a group's definition ("CLMV: Cambodia, Laos,
	// Myanmar, Vietnam") above countries a sentence lists.
	groupBonus = 0.3
	// memberListFloor is the coverage of an organisation's member list
	// when the question names the organisation and asks for several: the
	// name picks the list; the sentence adds the rest. memberListBonus
	// ranks the whole list above any one member's status.
	memberListFloor = 0.7
	memberListBonus = 0.4
	// statusWordBonus ranks a membership whose status the question's
	// words ask for ("want to join", "not yet members") above the rest;
	// statusMonthBonus adds for the month the question names.
	statusWordBonus  = 0.25
	statusMonthBonus = 0.1
	// sentenceCountriesBonus is for the countries a sentence names, the
	// loosest answer: any fact about them ranks higher.
	sentenceCountriesBonus = 0.05
)

// answerCountries answers "which countries" with a group's members, an
// organisation's members, countries of a given status, or the countries
// a sentence names.
func (md *Model) answerCountries(aq *asked, consider offerFunc) {
	md.answerStatusSet(aq, consider)
	md.answerAskedStatus(aq, consider)
	md.answerExcluded(aq, consider)
	md.answerGroupMembers(aq, consider)
	md.answerOrgMembers(aq, consider)
	md.answerStatuses(aq, consider)
	md.answerNamedCountries(aq, consider)
}

// answerGroupMembers answers "what are the CLMV countries?".
func (md *Model) answerGroupMembers(aq *asked, consider offerFunc) {
	for _, g := range aq.ent.groups {
		grp := md.facts.Groups[g]
		if grp == nil || grp.Passage == nil {
			continue
		}
		rec := md.sentenceOf(grp.Passage, grp.Span)
		if rec == nil {
			continue
		}
		// Only when the group is what is asked about, not a qualifier:
		// the question's words must be the group's own.
		terms := md.termsOf(g + " " + strings.Join(grp.Members, " ") + " " + strings.Join(grp.Aliases, " ") + " countries members nations")
		consider(answerFrom(rec, strings.Join(grp.Members, ", "), g+": "+strings.Join(grp.Members, ", "), grp.Span), coverageSet(aq.terms, terms), groupBonus)
	}
}

// answerOrgMembers offers the members of an organisation the question
// names, as one list.
func (md *Model) answerOrgMembers(aq *asked, consider offerFunc) {
	for _, o := range aq.ent.orgs {
		var names []string
		var spans []corpus.Span
		var rec *sentenceRec
		for _, m := range md.facts.Memberships {
			if !strings.Contains(m.Org, o.Name) || (m.Status != corpus.StatusMember && m.Status != corpus.StatusJoined) {
				continue
			}
			if md.outsideGroupsAsked(aq, m.Country) {
				continue
			}
			names = append(names, m.Country)
			spans = append(spans, m.Span)
			if rec == nil {
				rec = md.sentenceOf(m.Passage, m.Span)
			}
		}
		// "Which countries were founding members" asks for the founders,
		// which answerStatusSet reads; all members now are not that. Nor
		// are they who signed its instrument.
		if len(names) > 0 && rec != nil && rePlural.MatchString(aq.q) && !reFounderWordAsked.MatchString(aq.q) && !reSigningAsked.MatchString(aq.q) {
			cov := md.cov(aq, rec)
			// "Which countries got equipment support through the
			// network" asks of more than membership: words of its own
			// that the members' sentence lacks leave it no floor, when
			// it says no word of membership.
			if reMembershipWord.MatchString(aq.q) || md.unsaidWords(aq, rec, o) < minUnsaidForMembers {
				cov = memberListFloor + (1-memberListFloor)*cov
			}
			consider(answerFrom(rec, strings.Join(prose.Uniq(names), ", "), "Members of "+o.Name+": "+strings.Join(prose.Uniq(names), ", "), spans...), cov, memberListBonus)
		}
	}
}

// answerStatuses offers each country's membership status, when the
// question names an organisation or a status.
func (md *Model) answerStatuses(aq *asked, consider offerFunc) {
	q := aq.q
	// "Which countries does the River Fund help" asks whom it helps, not
	// who founded it: an organisation named asks statuses only with a
	// word of membership.
	statusAsked := len(aq.ent.orgs) > 0 && reMembershipWord.MatchString(q) || reStatusCue.MatchString(q)
	for _, m := range md.facts.Memberships {
		if !statusAsked {
			break
		}
		rec := md.sentenceOf(m.Passage, m.Span)
		if rec == nil || !md.orgAsked(aq, m.Org) || md.outsideGroupsAsked(aq, m.Country) {
			continue
		}
		// "Which countries were founding members" is not answered by a
		// country that joined later.
		if m.Status != corpus.StatusFounding && reFounderWordAsked.MatchString(q) {
			continue
		}
		bonus := 0.0
		if re := reStatusWant[m.Status]; re != nil && re.MatchString(q) {
			bonus = statusWordBonus
		}
		if m.Date != nil && strings.Contains(q, strings.ToLower(m.Date.Start.Format("January"))) {
			bonus += statusMonthBonus
		}
		consider(answerFrom(rec, m.Country, m.Country+": "+m.Status+" ("+m.Org+")", m.Span), md.cov(aq, rec), bonus)
	}
}

// answerNamedCountries offers the countries each sentence names, groups
// expanded, leaving out those the question itself names.
func (md *Model) answerNamedCountries(aq *asked, consider offerFunc) {
	beneficiary := reBeneficiary.MatchString(aq.q)
	fromRe := fromNounAsked(aq.q)
	// The noun asked as its object, when the question asks who sends it.
	var sentNoun *regexp.Regexp
	if fromRe != nil && reSendingAsked.MatchString(aq.q) {
		sentNoun = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(nounFromWhich(aq.q)) + `s?\b`)
	}
	qualifying := groupsQualifying(aq)
	others := slices.DeleteFunc(slices.Clone(aq.ent.groups), func(g string) bool { return slices.Contains(qualifying, g) })
	// "Which countries haven't signed the MCVES yet" is answered by the
	// sentence that denies the signing ("Cambodia and Laos have not yet
	// signed"), never by the one that lists who signed.
	negated := reNegatedAsked.MatchString(aq.q)
	coverSaid := coverageSaid(aq)
	tables := map[tableKey]*tableUnion{}
	var order []tableKey
	// "Pilots actually running": a table's rows say which run, by saying
	// which do not.
	runningAsked := slices.ContainsFunc(aq.terms, func(t qterm) bool { return runningWords[t.word] })
	runningHeld := func(t qterm) bool { return false }
	if runningAsked {
		runningHeld = func(t qterm) bool { return runningWords[t.word] }
	}
	// "Which countries does MDEP cover", or, with a stranded "in",
	// "which countries is FPPS in": where a thing works is asked.
	coverageAsked := slices.ContainsFunc(aq.terms, func(t qterm) bool { return coverageVerbs[t.word] }) || reStrandedIn.MatchString(aq.q)
	for _, rec := range md.sents {
		if !md.entityFit(entities{orgs: aq.ent.orgs, orgKeys: aq.ent.orgKeys, places: aq.ent.places, groups: aq.ent.groups}, rec) || len(rec.geos) == 0 {
			continue
		}
		if negated && !rec.negates() && !rec.excludes() {
			continue
		}
		// A sentence too far from the question would be dropped anyway:
		// skip reading who gives and who is left out of it.
		cov := md.cov(aq, rec)
		// "Which countries have pilots actually running": the rows of a
		// table run but for those that say they were put off or called
		// off.
		if runningAsked && rec.p.IsTableRow() && !reCalledOffEvent.MatchString(rec.text) {
			cov = max(cov, md.covHolding(aq, rec, runningHeld))
		}
		// "Which countries does MDEP cover" of the item "Mekong DOTS
		// Expansion Project (MDEP) in Cambodia, Laos and Myanmar": a name
		// the question asks of, right before "in" and countries, says
		// where it works without the verb, and says it of every country
		// at once.
		namedIn := coverageAsked && md.namedIn(aq, rec)
		if namedIn {
			cov = max(cov, md.covHolding(aq, rec, func(t qterm) bool { return coverageVerbs[t.word] }))
		}
		if cov < minCoverage {
			continue
		}
		var names []string
		var spans []corpus.Span
		for _, m := range rec.geos {
			ns := []string{m.Name}
			if m.IsGroup {
				g := md.facts.Groups[m.Name]
				if g == nil || !corpus.Expandable(m.Name) {
					continue
				}
				ns = g.Members
			}
			names = append(names, ns...)
			spans = append(spans, corpus.Span{Start: rec.span.Start + m.Span.Start, End: rec.span.Start + m.Span.End})
		}
		// The sentence's subject is the actor, not the answer, when the
		// question asks who benefits: "Japan and Australia will establish
		// the fund" names no beneficiary.
		// A subject that undergoes a passive verb ("India, Australia and
		// New Zealand, which ..., will be added to the programme") is
		// what the sentence is about, not an actor.
		// "Which countries send trainees" of "Cambodia and Laos send
		// trainees": the subject that does the sending asked is the
		// answer.
		var actors []string
		// "Which countries agreed to trial it" of "Thailand, Singapore and
		// Malaysia have agreed": the subject does the act asked.
		if len(names) > 0 && strings.HasPrefix(rec.text, names[0]) && (len(names) > 1 || beneficiary) && !rePassiveAfterSubject.MatchString(rec.text[subjectEnd(rec.text):]) &&
			!(sentNoun != nil && sendsAsked(rec.text[subjectEnd(rec.text):], sentNoun)) && !(!beneficiary && verbAskedAfter(aq, rec.text[subjectEnd(rec.text):])) {
			actors = append(actors, names[0])
		}
		if beneficiary && len(names) > 0 {
			actors = append(actors, givers(rec)...)
		}
		// "Which countries does MADP work in" of "Japan launched the
		// MADP": who gives or sets a thing up is not where it works or
		// who takes part in it, unless the question asks who gave or set
		// it up. Nor is the country that owns the body that runs it
		// ("Japan's Consumer Affairs Agency (CAA) has run a pilot").
		if !beneficiary && !reGiverAsked.MatchString(aq.q) {
			subjEnd := subjectEnd(rec.text)
			setsUp := reSetsUpAfter.MatchString(rec.text[subjEnd:])
			for _, m := range rec.geos {
				if m.IsGroup {
					continue
				}
				// The mention may hold its "'s" or leave it after.
				owner := rec.text[m.Span.End:]
				if name := rec.text[m.Span.Start:m.Span.End]; strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") {
					owner = "'s" + owner
				}
				// "In order to help them ..., Japan launched the WMSI": a
				// subject after an opening clause sets it up as well; not
				// the last of a list ("Indonesia, Vietnam, Thailand and
				// Laos will spend periods on site").
				afterClause := reAfterOpeningClause.MatchString(rec.text[:m.Span.Start]) && reSetsUpAfter.MatchString(rec.text[m.Span.End:])
				if m.Span.End <= subjEnd && setsUp || afterClause || reOwnedBodyActs.MatchString(owner) {
					actors = append(actors, m.Name)
				}
				// "the Government of Thailand asked Japan to share its
				// practice": the country asked for help gives it; it is not
				// where the work is. One urged to ratify acts itself.
				if reAskedBefore.MatchString(rec.text[:m.Span.Start]) && reHelpAfter.MatchString(rec.text[m.Span.End:]) {
					actors = append(actors, m.Name)
				}
				// "The CICP adapt Japan's community-based integrated care
				// system": a country that owns a thing the question does
				// not ask of has no part in what is asked; "Thailand's
				// pilot" does, for "which countries have pilots", and so
				// does one that owns a named place ("Laos's Champasak
				// province").
				if pm := reWordsAfterPossessive.FindStringSubmatch(owner); pm != nil && !aq.namesAnyOf(pm[1]) {
					actors = append(actors, m.Name)
				}
				// "a team of six Japanese experts": where people come from,
				// when the question asks of no people; only when every
				// mention of the country says so ("Laos: ...; 45 Lao
				// counterpart officials" names Laos for itself too).
				if fromRe == nil && md.onlyPeopleFrom(rec, m.Name) {
					actors = append(actors, m.Name)
				}
			}
		}
		// "left the Singapore warehouse for Indonesia": a country that
		// only qualifies a thing is where it is, not who receives.
		// Only when every mention of it does: "the Lao border" leaves Laos
		// in the list that names it too.
		if beneficiary {
			plain := map[string]bool{}
			var qualifying []string
			for _, m := range rec.geos {
				if m.IsGroup {
					continue
				}
				if reTheBefore.MatchString(rec.text[:m.Span.Start]) && qualifiesNoun(rec.text[m.Span.End:]) {
					qualifying = append(qualifying, m.Name)
				} else {
					plain[m.Name] = true
				}
			}
			for _, n := range qualifying {
				if !plain[n] {
					actors = append(actors, n)
				}
			}
		}
		// "Japan will encourage the remaining signatories to ratify":
		// the country that urges an act on others does not do it.
		for _, m := range rec.geos {
			if !m.IsGroup && reUrgesAnAct.MatchString(rec.text[m.Span.End:]) {
				actors = append(actors, m.Name)
			}
		}
		actors = append(actors, md.countriesOfOtherClauses(aq, rec)...)
		// A country the sentence expressly leaves out is not one of them.
		for _, m := range rec.geos {
			if len(names) == 0 {
				break
			}
			if !m.IsGroup && prose.Excludes(prose.ClauseOf(rec.text, m.Span)) {
				actors = append(actors, m.Name)
			}
		}
		// "Which countries founded the network" is not answered by "the
		// Philippines acceded ... and Laos joined": a country its sentence
		// gives another status than the one asked.
		// Nor by "Japan is supporting the network": a sentence that gives
		// no one the status asked.
		if st := askedStatusOf(aq.q); st != "" {
			stated := false
			for _, m := range md.facts.Memberships {
				if m.Passage != rec.p || m.Span.Start < rec.span.Start || m.Span.End > rec.span.End {
					continue
				}
				if m.Status == st {
					stated = true
				} else {
					actors = append(actors, m.Country)
				}
			}
			if !stated {
				continue
			}
		}
		// "Officials from which countries went": the countries after
		// "officials from" in the sentence, not the one bearing the cost.
		// Only when that stretch names countries: "Cambodia and Laos,
		// which sent officials from their ministries" names them before.
		bonus := sentenceCountriesBonus
		if namedIn {
			bonus += namedInBonus
		}

		// "Which countries does HAFP cover" of "HAFP covers Cambodia and
		// Vietnam only" over "In Cambodia a filter costs ...": the
		// sentence that says the coverage asked, in the question's verb.
		if slices.ContainsFunc(coverSaid, func(re *regexp.Regexp) bool { return re.MatchString(rec.text) }) {
			bonus += namedInBonus
		}
		if lo, hi, ok := fromRun(fromRe, rec.text); ok && slices.ContainsFunc(rec.geos, func(m GeoMention) bool { return m.Span.Start >= lo && m.Span.Start < hi }) {
			hi = listEnd(rec.text, rec.geos, lo, hi)
			bonus += fromRunBonus
			for _, m := range rec.geos {
				if m.Span.Start < lo || m.Span.Start >= hi {
					actors = append(actors, m.Name)
				}
			}
		}
		var out []string
		for _, n := range prose.Uniq(names) {
			if slices.Contains(actors, n) || slices.Contains(aq.ent.countries, n) {
				continue
			}
			// "Which ASEAN countries ...": a group that qualifies the
			// countries asked keeps its own; one named otherwise ("help
			// CLMV") leaves them out.
			if qualifying != nil && !md.inGroups(n, qualifying) || md.inGroups(n, expandableOnly(others)) {
				continue
			}
			out = append(out, n)
		}
		if len(out) == 0 {
			continue
		}
		consider(answerFrom(rec, strings.Join(out, ", "), strings.Join(out, ", "), spans...), cov, bonus)
		if rec.p.IsTableRow() {
			k := tableKey{rec.p.Doc, rec.p.Cite.Section, rec.p.Lead}
			u := tables[k]
			if u == nil {
				u = &tableUnion{rec: rec}
				tables[k] = u
				order = append(order, k)
			}
			u.rows++
			u.names = append(u.names, out...)
			u.cov = max(u.cov, cov)
		}
	}
	// "Which countries have MQLP pilot sites" of a table of sites, a row
	// for each: the countries of every row that answers, as one list.
	// The table answers what its lead-in speaks of: "The Community-Based
	// Integrated Care Pilots (CICP) adapt ..." over rows that name only
	// countries, cities and figures.
	for _, k := range order {
		if u := tables[k]; u.rows > 1 {
			names := prose.Uniq(u.names)
			cov := u.cov
			if lead := u.rec.p.LeadP; lead != nil {
				for _, r := range md.sentsOf[lead] {
					if md.entityFit(entities{orgs: aq.ent.orgs, orgKeys: aq.ent.orgKeys, places: aq.ent.places, groups: aq.ent.groups}, r) {
						cov = max(cov, md.covHolding(aq, r, runningHeld))
					}
				}
			}
			consider(answerFrom(u.rec, strings.Join(names, ", "), strings.Join(names, ", ")), cov, sentenceCountriesBonus+tableUnionBonus)
		}
	}
}

// runningWords ask which of a thing's parts are running now.
var runningWords = lexicon.Set("running now question words")

// reWordsAfterPossessive is the common noun phrase a possessive owns: its
// words up to a break, five at most, the first in lower case.
var reWordsAfterPossessive = regexp.MustCompile(`^['’]s(\s+\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,4})`)

// tableKey names a table: its document, section and lead-in, which its
// rows share.
type tableKey struct {
	doc     *corpus.Document
	section int
	lead    string
}

// tableUnion gathers the countries of a table's rows that answer.
type tableUnion struct {
	rec   *sentenceRec // the first row's
	rows  int
	names []string
	cov   float64
}

// tableUnionBonus ranks the countries of all a table's rows above those
// of one row, which each row alone would give.
const tableUnionBonus = 0.05

// reNegatedAsked asks who has not done a thing; reNegation says in a
// sentence that it was not done.
var reNegatedAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("negated question words") + `)\b`)

// reGiverAsked asks who gives or sets a thing up: "which countries fund
// it", "which countries founded it".
var reGiverAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("giving verbs", "membership founded", "founding date verbs", "request verbs", "giver question words") + `)\b`)

// reAfterOpeningClause ends an opening clause's comma before a subject:
// "In order to help rural women ..., ".
var reAfterOpeningClause = regexp.MustCompile(`\S,\s+$`)

// reSetsUpAfter follows a subject that gives, sets up or runs a thing:
// " launched the Mekong Alternative Development Project".
var reSetsUpAfter = regexp.MustCompile(`^(?:\s*,?\s*(?:` + lexicon.Alt("auxiliaries") + `)\b)*\s*(?:` + lexicon.Alt("giving verbs", "membership founded", "founding date verbs", "running verbs") + `)\b`)

// reAskedBefore is a verb of asking right before the one it asks: "asked
// Japan", "requested the Government of Japan".
var reAskedBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("request verbs", "present request verbs") + `)\s+(?:the\s+(?:` + lexicon.Alt("country party nouns") + `)\s+of\s+)?(?:the\s+)?$`)

// reHelpAfter is the help a country is asked for, after its name: " to
// share", " to provide". A country urged "to ratify" does the act itself.
var reHelpAfter = regexp.MustCompile(`^\s+to\s+(?:` + lexicon.Alt("help verbs asked for") + `)\b`)

// onlyPeopleFrom reports whether every mention of country in rec is an
// adjective before people: "six Japanese experts".
func (md *Model) onlyPeopleFrom(rec *sentenceRec, country string) bool {
	for _, m := range rec.geos {
		if m.IsGroup || m.Name != country {
			continue
		}
		if rec.text[m.Span.Start:m.Span.End] == m.Name || !reSentPeopleAfter.MatchString(rec.text[m.Span.End:]) {
			return false
		}
	}
	return true
}

// reSentPeopleAfter follows a country's adjective that says where people
// come from: " experts", " counterpart officials".
var reSentPeopleAfter = regexp.MustCompile(`^\s+(?:\p{Ll}+\s+)?(?:` + lexicon.Alt("sent people nouns") + `)\b`)

// reOwnedBodyActs follows a country's possessive that owns a body that
// acts: "'s Consumer Affairs Agency (CAA) has run".
var reOwnedBodyActs = regexp.MustCompile(`^(?:'s|’s)\s+(?:\p{Lu}[\p{L}-]*\s+){1,6}(?:\([^()]+\)\s+)?(?:(?:` + lexicon.Alt("auxiliaries") + `)\s+)*(?:` + lexicon.Alt("giving verbs", "membership founded", "running verbs") + `)\b`)

// reUrgesAnAct follows a country that presses others to act: " will
// continue to encourage the remaining signatories to ratify".
var reUrgesAnAct = regexp.MustCompile(`^\s+(?:(?:will|would|shall|has|have|had|also|further|continues?|continued|to)\s+)*(?:` + lexicon.Alt("urging verbs") + `)\b[^.;:]{0,80}?\bto\s+\p{Ll}`)

// reFromWhichAsked is the noun a question asks the origin of: "officials
// from which countries", "which countries send trainees", "which
// countries are the trainees from".
var reFromWhichAsked = regexp.MustCompile(`\b([a-z]{3,}?)s?\s+(?:(?:come|came)\s+)?from\s+which\s+(?:countries|country|nations)\b|` +
	`\b(?:which|what)\s+(?:countries|country|nations)\s+(?:` + lexicon.Alt("sending verbs asked") + `)\s+(?:their\s+)?([a-z]{3,}?)s?\b|` +
	`\b(?:which|what)\s+(?:countries|country|nations)\s+(?:are|were|do|did)\s+(?:the\s+)?(?:\w+\s+)?([a-z]{3,}?)s?\s+(?:(?:come|came)\s+)?from\b`)

// nounFromWhich is the noun a question asks the origin of, singular, or
// "": "trainee" of "which countries send trainees".
func nounFromWhich(q string) string {
	m := reFromWhichAsked.FindStringSubmatch(q)
	if m == nil {
		return ""
	}
	// One of the three alternatives matched; the others are empty.
	return m[1] + m[2] + m[3]
}

// sendsAsked reports whether rest, the words after a sentence's subject,
// opens with a sending verb whose object, in its clause, is the noun
// asked (matched by noun): "send about 40 trainees", not "sends two
// instructors".
func sendsAsked(rest string, noun *regexp.Regexp) bool {
	m := reSendingNext.FindStringIndex(rest)
	if m == nil {
		return false
	}
	obj := rest[m[1]:]
	if k := strings.IndexAny(obj, ",;."); k >= 0 {
		obj = obj[:k]
	}
	return noun.MatchString(obj)
}

// verbAskedAfter reports whether the verb that rest, what follows a
// sentence's subject, opens with is one the question asks: "have agreed
// in principle" for "which countries agreed".
func verbAskedAfter(aq *asked, rest string) bool {
	for _, w := range strings.Fields(rest) {
		w = strings.ToLower(strings.Trim(w, ",;:"))
		if verbFillers[w] || negationFillers[w] {
			continue
		}
		stem := stemTerm(w)
		return slices.ContainsFunc(aq.terms, func(t qterm) bool { return t.stem == stem })
	}
	return false
}

// verbFillers are the words that may stand between a subject and its
// verb: "have", "will", "also".
var verbFillers = lexicon.Set("auxiliaries")

// negationFillers may stand there too, in a denial: "have not yet
// signed".
var negationFillers = lexicon.Set("negation fillers")

// fromNounAsked matches, in a sentence, the noun question q asks the
// origin of and the "from" after it ("officials from", "trainees are
// accepted from"), or is nil.
func fromNounAsked(q string) *regexp.Regexp {
	noun := nounFromWhich(q)
	if noun == "" {
		return nil
	}
	return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(noun) + `s?(?:\s+(?:` + lexicon.Alt("passive auxiliaries") + `)\s+\w+(?:ed|en))?\s+from\s+`)
}

// peopleAsked are words by which a question asks of people of any kind.
var peopleAsked = lexicon.Set("people asked")

// reSendingAsked is a verb by which a question asks who sends people;
// reSendingNext the same verb right after a sentence's subject.
var (
	reSendingAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("sending verbs asked") + `)\b`)
	reSendingNext  = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("sending verbs asked") + `)\b`)
)

// reListGap is what may stand between two names of a list: a count in
// brackets after the first, a comma, "and", "or", "the".
var reListGap = regexp.MustCompile(`^(?:\s*\([^()]*\))?(?:\s*,\s*(?:(?:` + lexicon.Alt("list joiners") + `)\s+)?|\s+(?:` + lexicon.Alt("list joiners") + `)\s+|\s*)(?:the\s+)?$`)

// listEnd is where the list of names that opens at lo ends, before hi:
// "trainees from Cambodia and Laos were trained in Bangkok, Thailand"
// lists two, not the place they went to.
func listEnd(s string, geos []GeoMention, lo, hi int) int {
	end := lo
	for _, m := range geos {
		if m.Span.Start < end || m.Span.Start >= hi {
			continue
		}
		if !reListGap.MatchString(s[end:m.Span.Start]) {
			break
		}
		end = m.Span.End
	}
	if end == lo {
		return hi
	}
	return end
}

// sendingVerbs are the verbs by which a question asks where people come
// from.
var sendingVerbs = lexicon.Set("sending verbs asked")

// namedInBonus ranks the countries right after a name the question asks
// of above one country a sentence ties to it by the verb: the list says
// where the thing works, the sentence one place of it ("the townships
// covered by MDEP in Mandalay Division").
const namedInBonus = 0.35

// namedIn reports whether rec names an organisation or project the
// question asks of right before "in" and a country: "Mekong DOTS
// Expansion Project (MDEP) in Cambodia".
func (md *Model) namedIn(aq *asked, rec *sentenceRec) bool {
	for _, o := range aq.ent.orgs {
		for _, name := range []string{o.Acronym, o.Name} {
			if name == "" {
				continue
			}
			for at := 0; ; {
				i := strings.Index(rec.text[at:], name)
				if i < 0 {
					break
				}
				end := at + i + len(name)
				rest := strings.TrimPrefix(rec.text[end:], ")")
				// "FPPS operates in Thailand and Vietnam": a verb of
				// working may stand before the "in".
				rest = reWorksVerb.ReplaceAllString(rest, "")
				after, ok := strings.CutPrefix(rest, " in ")
				// "the Cold Chain Improvement Project (CCIP), grant aid
				// totalling ¥1.17 billion for Cambodia, Laos and Vietnam":
				// a sum set beside the name says whom it is for.
				if m := reAppositeSumFor.FindString(rest); m != "" {
					after, ok = rest[len(m):], true
				}
				if ok && slices.ContainsFunc(rec.geos, func(m GeoMention) bool {
					return !m.IsGroup && m.Span.Start == len(rec.text)-len(after)
				}) {
					return true
				}
				at = end
			}
		}
	}
	return false
}

// reStrandedIn is a question that ends in "in": where a thing is.
var reStrandedIn = regexp.MustCompile(`\bin\s*\??\s*$`)

// reWorksVerb is a verb of working right after a name: " operates".
var reWorksVerb = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("working verbs after a name") + `)\b`)

// reAppositeSumFor is a sum set beside a name, up to the "for" of whom it
// is for: ", grant aid totalling ¥1.17 billion for ".
var reAppositeSumFor = regexp.MustCompile(`^,\s+(?:[a-z-]+\s+){1,4}[^\s,;()]*\d[^,;()]{0,24}?\sfor\s+(?:the\s+)?`)

// coverageVerbs ask where a thing works, which a sentence says by "in".
var coverageVerbs = lexicon.Set("coverage verbs asked")

// coverageSaid are the ways a sentence says a body the question names
// covers, in the question's verb of coverage ("cover") with the body as
// its subject: "HAFP covers Cambodia and Vietnam only", not "the
// townships covered by MDEP".
func coverageSaid(aq *asked) []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, w := range strings.Fields(aq.q) {
		w = strings.Trim(w, "?!.,")
		if !coverageVerbs[w] {
			continue
		}
		for _, o := range aq.ent.orgs {
			if o.Acronym != "" {
				out = append(out, regexp.MustCompile(`\b`+regexp.QuoteMeta(o.Acronym)+`\s+(?:[a-z]+\s+)?`+regexp.QuoteMeta(stemTerm(w))+`[a-z]*\b`))
			}
		}
	}
	return out
}

// fromRunBonus ranks a sentence whose countries the noun asked comes from
// ("trainees are accepted from Cambodia, Laos ...") above one that only
// names countries beside the same words ("the cost is borne by Japan and
// Thailand"): twice sentenceCountriesBonus, so that the words
// of origin decide between two sentences the question covers alike.
const fromRunBonus = 2 * sentenceCountriesBonus

// fromRun finds in sentence s the stretch of countries that re, the noun
// asked and its "from", opens: from after "from" to the next semicolon or
// colon, or the sentence's end. It reports false when re is nil or s has
// no such noun.
func fromRun(re *regexp.Regexp, s string) (lo, hi int, ok bool) {
	if re == nil {
		return 0, 0, false
	}
	at := re.FindStringIndex(s)
	if at == nil {
		return 0, 0, false
	}
	hi = len(s)
	if k := strings.IndexAny(s[at[1]:], ";:"); k >= 0 {
		hi = at[1] + k
	}
	return at[1], hi, true
}

// rePassiveAfterSubject is a passive verb right after a sentence's
// subject, past an aside set off by commas.
var rePassiveAfterSubject = regexp.MustCompile(`^(?:,[^,;.]{0,120},)?\s+(?:` + lexicon.Alt("passive auxiliaries") + `)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b`)

// reTheBefore is "the" right before a name.
var reTheBefore = regexp.MustCompile(`(?i)\bthe\s+$`)

// reNextWord is the lower-case word right after a name.
var reNextWord = regexp.MustCompile(`^\s+([a-z][a-z-]*)\b`)

// qualifiesNoun reports whether the text after a name opens with a noun
// the name qualifies ("warehouse" in "the Singapore warehouse"): a lower-
// case word that is no verb, auxiliary or small word.
func qualifiesNoun(after string) bool {
	m := reNextWord.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	w := m[1]
	return !prose.Stopwords[w] && !auxiliaryWords[w] && !strings.HasSuffix(w, "ed") && !verbLike[w] && !prepositions[w]
}

var (
	prepositions   = lexicon.Set("prepositions before a place", "bounding date prepositions")
	auxiliaryWords = lexicon.Set("auxiliaries", "finite verbs")
	verbLike       = lexicon.Set("giving verbs", "membership joined", "share verbs")
)

// outsideGroupsAsked reports whether the question names groups ("which
// ASEAN countries") and country belongs to none of them.
// A member that is a place ("Quezon City") is outside a question that
// asks for countries.
func (md *Model) outsideGroupsAsked(aq *asked, country string) bool {
	if reCountriesNounAsked.MatchString(aq.q) && !md.isCountry(country) {
		if _, place := md.memberPlace[country]; place {
			return true
		}
	}
	return len(aq.ent.groups) > 0 && !md.inGroups(country, aq.ent.groups)
}

// reCountriesNounAsked is a question's plural noun of countries: "which
// countries".
var reCountriesNounAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("plural country nouns") + `)\b`)

// inGroups reports whether country belongs to any of the groups.
func (md *Model) inGroups(country string, groups []string) bool {
	for _, g := range groups {
		if grp := md.facts.Groups[g]; grp != nil && slices.Contains(grp.Members, country) {
			return true
		}
	}
	return false
}

// expandableOnly keeps the groups that stand for their members.
func expandableOnly(groups []string) []string {
	var out []string
	for _, g := range groups {
		if corpus.Expandable(g) {
			out = append(out, g)
		}
	}
	return out
}

var (
	// reActorVerb, after a sentence's subject and its auxiliaries, makes
	// the subject the one who gives, sets up or asks, not who benefits:
	// "the Government of Japan asked the Secretariat to reserve ...".
	reActorVerb = regexp.MustCompile(`^(?:\s*,?\s*(?:` + lexicon.Alt("auxiliaries") + `)\b)*\s*(?:` + lexicon.Alt("giving verbs", "membership founded", "request verbs") + `)\b`)
	// reSumAfter is a sum right after a country, or after an aside about
	// it: "and Japan US$200,000", "and Thailand, as co-donor, US$700,000"
	// leave the verb out, and the country pays.
	reSumAfter    = regexp.MustCompile(`^(?:,[^,;]{1,40},)?\s+(?:[A-Z]{1,3}\$|[¥$€£]|[A-Z]{3}\s)?\s?\d`)
	rePlural      = regexp.MustCompile(`\b(countries|nations|members|states|ones)\b`)
	reBeneficiary = wordsRe("beneficiary question words")
	// reStatusWant are the words by which a question asks for one status.
	reStatusWant = func() map[string]*regexp.Regexp {
		out := map[string]*regexp.Regexp{}
		for key, words := range lexicon.Pairs("status question words") {
			out[lexicon.Pairs("status labels")[key]] = regexp.MustCompile(`\b(?:` + lexicon.AltOf(strings.Fields(words)) + `)\b`)
		}
		return out
	}()
	// reMembershipWord is a word by which a question naming an
	// organisation asks who belongs to it.
	reMembershipWord = regexp.MustCompile(`\b(?:` + lexicon.Alt("organisation membership question words") + `)\b`)
	reStatusCue      = regexp.MustCompile(`\b(?:` + lexicon.Alt("status question cues") + `|` + regexp.QuoteMeta(corpus.StatusNonMember) + `)\b`)
)

// Weights of country sets.
const (
	// statusSetBonus ranks every country with the asked status in the
	// named organisation, as one answer, above the countries one sentence
	// happens to name.
	statusSetBonus = 0.5
	// statusSetCoverage is how sure such a set is: the organisation and
	// the status are both named, so the facts decide it.
	statusSetCoverage = 0.9
)

var (
	reFoundersAsked = wordsRe("founding question words")
	// reLaterAsked asks of what came after a founding: "joined after it
	// was set up", "joined later".
	reLaterAsked   = wordsRe("later joining words")
	reMembersAsked = wordsRe("members asked words")
	reSigningAsked = wordsRe("signing question words")
	// A month asked dates the joining: "who joined in March".
	reJoinEventAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("join event question words") + `|(?i:` + lexicon.AltOf(slices.Sorted(maps.Keys(monthNames))) + `))\b`)
	reExcludedAsked  = regexp.MustCompile(`\b(?:` + lexicon.Alt("exclusion question words", "exclusion modals asked") + `|(?:did ?n[o']?t|did not|didnt) ` + lexicon.Alt("participation phrases") + `)\b`)
)

// answerStatusSet answers "which countries founded the Institute" and
// "which countries are members of the Fund" with every country the
// documents give that status in that organisation.
func (md *Model) answerStatusSet(aq *asked, consider offerFunc) {
	if len(aq.ent.orgs) == 0 {
		return
	}
	founders := reFoundersAsked.MatchString(aq.q)
	// "Which countries joined the reserve after it was set up" asks for
	// those who joined later, not the founders its words name.
	joiners := reJoinEventAsked.MatchString(aq.q) && reLaterAsked.MatchString(aq.q) && len(aq.ent.years) == 0
	if joiners {
		founders = false
	}
	if !founders && !joiners && !reMembersAsked.MatchString(aq.q) {
		return
	}
	// "Which countries are observers in the MRC" asks another status,
	// which answerAskedStatus answers.
	if st := askedStatusOf(aq.q); st != "" && st != corpus.StatusMember && st != corpus.StatusJoined && st != corpus.StatusFounding {
		return
	}
	// "Which country became a member in June 2001" asks for one event,
	// not for every member.
	if !founders && !joiners && (len(aq.ent.years) > 0 || reJoinEventAsked.MatchString(aq.q)) {
		return
	}
	var names []string
	var first *corpus.Membership
	withdrew := map[string]bool{}
	for _, m := range md.facts.Memberships {
		if m.Status == corpus.StatusWithdrew && md.orgAsked(aq, m.Org) {
			withdrew[m.Country] = true
		}
	}
	// "Which countries founded it together with Japan" asks for the
	// others.
	besides := md.countriesBesides(aq.q)
	for i := range md.facts.Memberships {
		m := &md.facts.Memberships[i]
		if !md.orgAsked(aq, m.Org) || slices.Contains(names, m.Country) || slices.Contains(besides, m.Country) {
			continue
		}
		// "Which ASEAN countries were founding members": those of the
		// group only, not Japan.
		if md.outsideGroupsAsked(aq, m.Country) {
			continue
		}
		ok := m.Status == corpus.StatusFounding
		switch {
		case joiners:
			// Joining is an event: a country that joined and later left
			// did join.
			ok = md.joinedLater(*m)
		case !founders:
			// Members now: founders and those who joined, less any who left.
			ok = (ok || m.Status == corpus.StatusJoined || m.Status == corpus.StatusMember) && !withdrew[m.Country]
		}
		if ok {
			names = append(names, m.Country)
			if first == nil {
				first = m
			}
		}
	}
	// Not "the members of the CWN set up in 2006": the founders by name.
	if first == nil && reFounderWordAsked.MatchString(aq.q) {
		names, first = md.firstDayMembers(aq, besides, withdrew)
	}
	if first == nil {
		return
	}
	rec := md.sentenceOf(first.Passage, first.Span)
	if rec == nil {
		return
	}
	what := "Members of "
	switch {
	case founders:
		what = upperFirstWord(corpus.StatusFounding) + "s of "
	case joiners:
		what = "Joined later, "
	}
	consider(answerFrom(rec, strings.Join(names, ", "), what+first.Org+": "+strings.Join(names, ", "), first.Span), statusSetCoverage, statusSetBonus)
}

// firstDayMembers are the members of the asked organisation dated to the
// day it was launched, when the documents call none a founder: a table
// whose "Joined" column gives 14 March 2006 for four members and later
// days for two, in a paper that says the body was launched on 14 March
// 2006. Only when two members at least share that day, another joined
// later and every member's day is given: one first member, all on one
// day, a member with no day, or a first day after the launch ("Cambodia
// and Laos joined the CWN on 2 August 2007") says nothing of who founded
// it.
func (md *Model) firstDayMembers(aq *asked, besides []string, withdrew map[string]bool) ([]string, *corpus.Membership) {
	var dated []*corpus.Membership
	for i := range md.facts.Memberships {
		m := &md.facts.Memberships[i]
		if !md.orgAsked(aq, m.Org) || m.Status != corpus.StatusMember && m.Status != corpus.StatusJoined || withdrew[m.Country] {
			continue
		}
		// A member with no date may have been there before anyone
		// dated: then the first dated day is not the first day.
		if m.Date == nil {
			return nil, nil
		}
		dated = append(dated, m)
	}
	if len(dated) < 3 {
		return nil, nil
	}
	firstDay := dated[0].Date
	for _, m := range dated {
		if m.Date.Start.Before(firstDay.Start) {
			firstDay = m.Date
		}
	}
	if firstDay.Precision != "day" || !md.launchedOn(firstDay) {
		return nil, nil
	}
	var names []string
	var first *corpus.Membership
	later := false
	for _, m := range dated {
		switch {
		case !m.Date.Start.Equal(firstDay.Start) || m.Date.Precision != "day":
			later = true
		case !slices.Contains(names, m.Country) && !slices.Contains(besides, m.Country):
			names = append(names, m.Country)
			if first == nil {
				first = m
			}
		}
	}
	if len(names) < 2 || !later {
		return nil, nil
	}
	return names, first
}

// launchedOn reports whether a sentence of day's document says that
// something was launched, set up or opened on that day.
func (md *Model) launchedOn(day *corpus.Date) bool {
	for i := range md.facts.Dates {
		d := &md.facts.Dates[i]
		if d.Passage != nil && day.Passage != nil && d.Passage.Doc == day.Passage.Doc && d.Precision == "day" && d.Start.Equal(day.Start) && reLaunchVerb.MatchString(d.Sentence) {
			return true
		}
	}
	return false
}

var (
	// reFounderWordAsked asks for founders by the word: "founding
	// members", "which countries founded it"; not "the CWN set up in
	// 2006", which only says which body.
	reFounderWordAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("founder words asked") + `)\b`)
	// reLaunchVerb says a body began: "was launched", "inaugurated".
	reLaunchVerb = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("launch verbs") + `)\b`)
)

// exclusionModals are the exclusion words a verb follows: "can't get".
var exclusionModals = lexicon.Set("exclusion modals asked")

// answerExcluded answers "which countries were excluded from the support"
// with the countries a sentence on it expressly excludes.
func (md *Model) answerExcluded(aq *asked, consider offerFunc) {
	m := reExcludedAsked.FindStringIndex(aq.q)
	if m == nil {
		return
	}
	// "Which countries can't get the scholarships": the exclusion's
	// words, and the verb after "can't", are said by "not eligible", not
	// by their own words. After "declined" comes what was declined,
	// which the sentence must say.
	verb := ""
	if ws := strings.Fields(aq.q[m[1]:]); len(ws) > 0 && exclusionModals[strings.ToLower(aq.q[m[0]:m[1]])] {
		verb = strings.Trim(ws[0], "?.,!")
	}
	asked := strings.Fields(aq.q[m[0]:m[1]])
	held := func(t qterm) bool { return verb != "" && t.word == verb || slices.Contains(asked, t.word) }
	for _, rec := range md.sents {
		if len(rec.geos) == 0 || !rec.excludes() {
			continue // read once and kept: most sentences exclude nothing
		}
		// "Not eligible for the SDAC": the course asked, not another.
		if len(aq.ent.orgs) > 0 && !md.entityFit(entities{orgs: aq.ent.orgs, orgKeys: aq.ent.orgKeys, looseWords: aq.ent.looseWords}, rec) {
			continue
		}
		var names []string
		var spans []corpus.Span
		for _, g := range rec.geos {
			if g.IsGroup || slices.Contains(names, g.Name) {
				continue
			}
			// "... are not eligible, as neither is a recipient of Japan's
			// ODA": an owner, or a name in the reason after the
			// exclusion, is not what is left out.
			if !leftOutMention(rec.text, g.Span) {
				continue
			}
			if prose.Excludes(prose.ClauseOf(rec.text, g.Span)) {
				names = append(names, g.Name)
				spans = append(spans, corpus.Span{Start: rec.span.Start + g.Span.Start, End: rec.span.Start + g.Span.End})
			}
		}
		if len(names) == 0 {
			continue
		}
		consider(answerFrom(rec, strings.Join(names, ", "), "Expressly excluded: "+strings.Join(names, ", "), spans...), md.covHolding(aq, rec, held), statusSetBonus)
	}
}

// upperFirstWord capitalises s's first letter.
func upperFirstWord(s string) string { return prose.UpperFirst(s) }

// givers are the countries a sentence names as giving or setting up: its
// subject when a giving or founding verb follows ("Japan and Australia
// will establish the fund"), and a country standing right before a sum
// whose verb is left out ("and Japan US$200,000").
func givers(rec *sentenceRec) []string {
	return giversIn(rec.text, rec.geos)
}

// giversIn is givers of a text whose countries and groups are geos.
func giversIn(text string, geos []GeoMention) []string {
	var out []string
	subjEnd := subjectEnd(text)
	if reActorVerb.MatchString(text[subjEnd:]) {
		for _, m := range geos {
			if !m.IsGroup && m.Span.End <= subjEnd {
				out = append(out, m.Name)
			}
		}
	}
	for _, m := range geos {
		if m.IsGroup {
			continue
		}
		// "and Japan US$200,000"; "Japan provided"; "the pledge by
		// Malaysia of RM 15 million".
		if reSumAfter.MatchString(text[m.Span.End:]) || reActorVerb.MatchString(text[m.Span.End:]) || reByAgent.MatchString(tail(text[:m.Span.Start], byAgentReach)) {
			out = append(out, m.Name)
		}
	}
	return out
}

// byAgentReach is more bytes than "by the " before a name.
const byAgentReach = 16

// subjectEnd is where a sentence's leading run of names ends: capitalised
// words joined by commas, "and", "or" and "the", as in "Japan and the
// Republic of Korea".
func subjectEnd(s string) int {
	end := 0
	for at := 0; at < len(s); {
		// The next word, walked to rather than found all at once: the run
		// of names is short and the sentence may be long.
		start := at
		for start < len(s) && isSpace(s[start]) {
			start++
		}
		stop := start
		for stop < len(s) && !isSpace(s[stop]) {
			stop++
		}
		if start == stop {
			break
		}
		word := strings.Trim(s[start:stop], ",")
		if word == "" || !(prose.UpperFirst(word) == word && word != strings.ToLower(word)) && !subjectJoiners[word] {
			break
		}
		end = stop
		if strings.HasSuffix(s[start:stop], ",") {
			end = stop - 1
		}
		at = stop
	}
	return end
}

// isSpace reports whether b is ASCII white space.
func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

var (
	subjectJoiners = lexicon.Set("subject joiners")
)

// answerAskedStatus answers "which countries withdrew from the Tier 1
// scheme", "who is an observer of the Forum": every country with the
// status the question names in the organisation or scheme it names, by
// name, acronym or most of its words.
func (md *Model) answerAskedStatus(aq *asked, consider offerFunc) {
	m := reAskedStatus.FindString(aq.q)
	if m == "" {
		return
	}
	want := askedStatus(m)
	// "Which countries joined the hub after it was founded" names the
	// founding only to date the joining, which answerStatusSet answers.
	if want != askedStatusOf(aq.q) {
		return
	}
	var names []string
	var first *corpus.Membership
	org := ""
	for i := range md.facts.Memberships {
		ms := &md.facts.Memberships[i]
		if ms.Status != want || slices.Contains(names, ms.Country) || org != "" && ms.Org != org {
			continue
		}
		if md.outsideGroupsAsked(aq, ms.Country) {
			continue // "which ASEAN countries": the group's alone
		}
		if len(aq.ent.orgs) > 0 && !md.orgAsked(aq, ms.Org) || len(aq.ent.orgs) == 0 && coverageSet(aq.terms, md.termsOf(ms.Org)) < statusOrgCoverage {
			continue
		}
		names = append(names, ms.Country)
		if first == nil {
			first, org = ms, ms.Org
		}
	}
	if first == nil {
		return
	}
	rec := md.sentenceOf(first.Passage, first.Span)
	if rec == nil {
		return
	}
	consider(answerFrom(rec, strings.Join(names, ", "), upperFirstWord(want)+" ("+first.Org+"): "+strings.Join(names, ", "), first.Span), statusSetCoverage, statusSetBonus)
}

// statusOrgCoverage is how much of a question's words an organisation's
// name must hold to be the one asked about when the question names none
// the documents define: "the tier 1 scheme".
const statusOrgCoverage = 0.5

// reBesides is what sets a country apart from those a question asks for:
// "together with japan", "besides thailand", "other than laos".
var reBesides = regexp.MustCompile(`\b(?:` + lexicon.Alt("besides phrases") + `)\s+(?:the\s+)?$`)

// countriesBesides are the countries q names as apart from those it asks
// for.
func (md *Model) countriesBesides(q string) []string { return md.countriesAfter(q, reBesides) }

// countriesAfter are the countries q names right after what before
// matches at its end.
func (md *Model) countriesAfter(q string, before *regexp.Regexp) []string {
	var out []string
	for _, m := range md.src.CountriesAnyCase(q) {
		if !m.IsGroup && before.MatchString(q[:m.Span.Start]) {
			out = append(out, m.Name)
		}
	}
	return out
}

// joinedLater reports whether m says its country joined its body after
// the body began: a joining, or a membership dated later than the body's
// first members ("Cambodia   Member   20 November 2013" in a table whose
// first rows are dated 5 March 2013).
func (md *Model) joinedLater(m corpus.Membership) bool {
	if m.Status == corpus.StatusJoined {
		return true
	}
	if m.Status != corpus.StatusMember || m.Date == nil {
		return false
	}
	for _, o := range md.facts.Memberships {
		if o.Org == m.Org && o.Date != nil && (o.Status == corpus.StatusMember || o.Status == corpus.StatusFounding) && o.Date.Start.Before(m.Date.Start) {
			return true
		}
	}
	return false
}

// reCountryNounAsked is a noun for countries right after a group's name
// in a question: "asean countries", "mekong member states".
var reCountryNounAsked = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("country list nouns asked") + `)\b`)

// groupsQualifying are the groups the question writes right before a noun
// for countries ("which ASEAN countries"), which say whose countries are
// asked; nil if none.
func groupsQualifying(aq *asked) []string {
	var out []string
	for _, g := range aq.ent.groups {
		i := strings.Index(aq.q, strings.ToLower(g))
		if i >= 0 && reCountryNounAsked.MatchString(aq.q[i+len(g):]) {
			out = append(out, g)
		}
	}
	return out
}

// reReasonOpener opens a clause of reason after a comma: ", as", ",
// because", ", since".
// Without a comma, "because" or "since" before a word in lower case
// ("fall outside this kind of assistance since their income is above the
// threshold"); "since 2019", "since March" tell a time.
var reReasonOpener = regexp.MustCompile(`,\s+(?:as|because|since)\s|\s(?:because|since)\s+\p{Ll}`)

// leftOutMention reports whether the name at sp of a sentence that
// excludes is what it leaves out: not an owner ("Japan's ODA"), nor a
// name in the reason after the exclusion ("... not eligible, as neither
// is a recipient of ...").
func leftOutMention(text string, sp corpus.Span) bool {
	name, after := text[sp.Start:sp.End], text[sp.End:]
	owner := strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") || strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s")
	return !owner && !reasonBefore(text[:sp.Start])
}

// reasonBefore reports whether a clause of reason opens in before, after
// its last exclusion cue: the name after it stands in the reason.
func reasonBefore(before string) bool {
	ex := prose.ExclusionRE.FindAllStringIndex(before, -1)
	if len(ex) == 0 {
		return false
	}
	return reReasonOpener.MatchString(before[ex[len(ex)-1][1]:])
}

// countriesOfOtherClauses are the countries of sentence rec named only in
// clauses a semicolon sets apart that hold none of the question's words,
// when another clause holds some: "Equipment support was limited to the
// Philippines and Indonesia; Thailand and Cambodia received training
// only" answers which countries got equipment with the first clause's.
func (md *Model) countriesOfOtherClauses(aq *asked, rec *sentenceRec) []string {
	// A table's row or a list's item parts its cells with semicolons,
	// not its clauses.
	if !strings.Contains(rec.text, ";") || rec.p.Kind != corpus.KindParagraph || rec.p.IsTableRow() {
		return nil
	}
	held := map[string]bool{}
	var unheld []string
	any := false
	start := 0
	for _, cl := range strings.SplitAfter(rec.text, ";") {
		terms := md.termsOf(cl)
		has := slices.ContainsFunc(aq.terms, func(t qterm) bool { return !questionStop[t.word] && t.in(terms) })
		any = any || has
		for _, m := range rec.geos {
			if m.IsGroup || m.Span.Start < start || m.Span.End > start+len(cl) {
				continue
			}
			if has {
				held[m.Name] = true
			} else {
				unheld = append(unheld, m.Name)
			}
		}
		start += len(cl)
	}
	if !any {
		return nil
	}
	return slices.DeleteFunc(unheld, func(c string) bool { return held[c] })
}

// minUnsaidForMembers is how many content words of its own, beyond the
// body's name, a question must hold that the members' sentence lacks to
// ask more than who the members are.
const minUnsaidForMembers = 2

// unsaidWords counts the question's content words that neither sentence
// rec nor body o's name holds.
func (md *Model) unsaidWords(aq *asked, rec *sentenceRec, o *corpus.Org) int {
	name := md.termsOf(o.Name + " " + o.Acronym)
	n := 0
	for _, t := range aq.terms {
		if len(t.word) > shortWord && !questionStop[t.word] && !t.in(name) && !rec.terms.holds(t) && !rec.lead.holds(t) {
			n++
		}
	}
	return n
}
