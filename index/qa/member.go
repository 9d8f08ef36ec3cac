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

// Weights of is-X-a-member answers.
const (
	// memberFloor is the coverage of a named country's membership: the
	// country and the organisation pick the fact, whatever else the
	// question says; the question's other words add the rest.
	memberFloor = 0.5
	// memberBonus ranks a membership status above other facts about the
	// country.
	memberBonus = 0.1
)

// ordinalAskedBonus ranks the ordinal a membership is given above its
// status, for a question that asks which number member a country is.
const ordinalAskedBonus = 0.2

var (
	// reOrdinalAsked asks which number member a country is: "what number
	// member", "which member number".
	reOrdinalAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("ordinal member question cues") + `)\b`)
	// reOrdinalMember is a membership's ordinal: "its ninth member", "as
	// its 148th member".
	reOrdinalMember = regexp.MustCompile(`(?i)\bits\s+(\d{1,3}(?:st|nd|rd|th)|` + lexicon.AltOf(slices.Sorted(maps.Keys(lexicon.Pairs("ordinals")))) + `)\s+(?:full\s+)?member\b`)
)

// ordinalOfMembership finds the ordinal that numbers the membership at
// span in its sentence: the first after the status's words, else the last
// before them. It returns the submatch indexes in rec.text, or nil.
func ordinalOfMembership(rec *sentenceRec, span corpus.Span) []int {
	var before []int
	for _, o := range reOrdinalMember.FindAllStringSubmatchIndex(rec.text, -1) {
		if rec.span.Start+o[0] >= span.Start {
			return o
		}
		before = o
	}
	return before
}

// answerMember answers "is X a member of Y" with X's membership status.
func (md *Model) answerMember(aq *asked, consider offerFunc) {
	for _, m := range md.facts.Memberships {
		if !md.memberAsked(aq, m.Country) {
			continue
		}
		rec := md.sentenceOf(m.Passage, m.Span)
		if rec == nil {
			continue
		}
		if !md.orgAsked(aq, m.Org) || otherBodyHeadAsked(aq.q, m.Org) {
			continue
		}
		orgTerms := md.termCache[m.Org]
		cov := memberFloor + (1-memberFloor)*coverageSet(aq.terms, mergeTerms(orgTerms, map[string]bool{stemTerm(m.Country): true}, rec.terms.asMap()))
		span := m.Status
		if m.Status == corpus.StatusJoined && m.Date != nil {
			span += " " + m.Date.Text
		}
		// "Is the Philippines a member or just an observer?" asks which,
		// and so does "what status?": one who joined is a member.
		// Not one who later left, nor one who joined "as an observer".
		statusAsked := statusChoiceAsked(aq.q) || reWhichStatus.MatchString(aq.q)
		// "Whats Myanmar's status in MITIN now" asks what stands now: one
		// who joined and was later suspended or left is not offered as
		// joined.
		if (statusAsked || reStatusNowAsked.MatchString(aq.q)) && (m.Status == corpus.StatusJoined || m.Status == corpus.StatusFounding) && md.leftLater(m) {
			continue
		}
		if (statusAsked || reStatusNowAsked.MatchString(aq.q)) && m.Status == corpus.StatusWithdrew && md.rejoinedAfter(m) {
			continue
		}
		if statusAsked && md.supersededByJoining(m) {
			// "Vietnam, an observer since 2012, joined the Centre as a
			// full member in 2014": asked its status, it is a member.
			continue
		}
		if (m.Status == corpus.StatusJoined || m.Status == corpus.StatusFounding) && statusAsked && !md.leftLater(m) && !reAsObserver.MatchString(rec.text) && (!reOtherStatusWord.MatchString(rec.text) || fullMemberAfter(m)) {
			line := m.Country + ": " + corpus.StatusMember + ", " + span + " (" + m.Org + ")"
			consider(answerFrom(rec, corpus.StatusMember, line, m.Span), cov, memberBonus)
			continue
		}
		// "What number member did Brunei become": the ordinal the
		// sentence gives its membership ("becoming its ninth member").
		if reOrdinalAsked.MatchString(aq.q) {
			if o := ordinalOfMembership(rec, m.Span); o != nil {
				ord := rec.text[o[2]:o[3]]
				at := corpus.Span{Start: rec.span.Start + o[2], End: rec.span.Start + o[3]}
				consider(answerFrom(rec, ord, m.Country+": its "+ord+" member ("+m.Org+")", at), cov, memberBonus+ordinalAskedBonus)
				continue
			}
		}
		// "Cambodia has stated its intention to join": an intent is
		// given in the document's own words, which say how firm it is.
		at := m.Span
		if m.Status == corpus.StatusIntends {
			if written, from, ok := intentWritten(m); ok {
				span, at = written, corpus.Span{Start: from, End: m.Span.End}
			}
		}
		line := m.Country + ": " + span + " (" + m.Org + ")"
		if m.Note != "" {
			line += ", " + m.Note
		}
		// "Singapore's status in AARSN" of an associate member: the kind
		// is the status.
		if m.Status == corpus.StatusMember && reMemberKindNote.MatchString(m.Note) {
			span = m.Note
			line = m.Country + ": " + m.Note + " (" + m.Org + ")"
		}
		consider(answerFrom(rec, span, line, at), cov, memberBonus)
	}
}

// answerOrgStatus answers the status of an organisation in a body, which
// membership facts, being countries', do not hold: "what's the IAEA's
// status in SANReF" of "The International Atomic Energy Agency (IAEA) has
// attended SANReF as an observer since its foundation". The status must
// follow the organisation asked about in its own clause, in a passage
// that names the body asked.
func (md *Model) answerOrgStatus(aq *asked, consider offerFunc) {
	if len(aq.ent.orgs) < 2 {
		return
	}
	// The body is the one named after "status in", the member the one
	// before it; after "status of" the member is named, the body before
	// it: "AJSTN status of the ASEAN Secretariat".
	m, memberAfter := reStatusInAsked.FindStringIndex(aq.q), false
	if m == nil {
		if m = reStatusOfAsked.FindStringIndex(aq.q); m == nil {
			return
		}
		memberAfter = true
	}
	after := aq.q[m[1]:]
	var body, member *corpus.Org
	for _, o := range aq.ent.orgs {
		if named := o.Acronym != "" && hasPhrase(after, strings.ToLower(o.Acronym)) || hasPhrase(after, strings.ToLower(o.Name)); named != memberAfter {
			body = o
		} else if member == nil {
			member = o
		}
	}
	if body == nil || member == nil {
		return
	}
	// Whether a passage names the body is read once a passage, and only
	// for a sentence that names the member.
	bodyNamed := map[*corpus.Passage]bool{}
	for _, rec := range md.sents {
		if !slices.ContainsFunc(rec.orgs, func(o OrgMention) bool {
			org := md.src.OrgByKey(o.Key)
			return org != nil && org.Name == member.Name
		}) {
			continue
		}
		named, ok := bodyNamed[rec.p]
		if !ok {
			named = namesOrg(rec.p.Text, body)
			bodyNamed[rec.p] = named
		}
		if !named {
			continue
		}
		for _, o := range rec.orgs {
			if org := md.src.OrgByKey(o.Key); org == nil || org.Name != member.Name {
				continue
			}
			st := reOrgStatusAfter.FindStringSubmatchIndex(rec.text[o.Span.End:])
			if st == nil || len(prose.ClauseBreaks(rec.text[o.Span.End:o.Span.End+st[2]])) > 0 {
				continue
			}
			status := strings.ToLower(rec.text[o.Span.End+st[2] : o.Span.End+st[3]])
			at := corpus.Span{Start: rec.span.Start + o.Span.End + st[2], End: rec.span.Start + o.Span.End + st[3]}
			consider(answerFrom(rec, status, member.Display()+": "+status+" ("+body.Display()+")", at), max(md.cov(aq, rec), memberFloor), memberBonus)
		}
	}
	// "The United Nations Conference on Trade and Development (UNCTAD)
	// has taken part as an observer" in a paragraph that does not name
	// JACAN: the status extraction gave the body, from the passage's
	// members.
	if m, ok := md.bodyMembership(body, member); ok {
		if rec := md.sentenceOf(m.Passage, m.Span); rec != nil {
			consider(answerFrom(rec, m.Status, member.Display()+": "+m.Status+" ("+body.Display()+")", m.Span), max(md.cov(aq, rec), memberFloor), memberBonus)
		}
	}
}

// bodyMembership is the status the documents give organisation member in
// body, if any.
func (md *Model) bodyMembership(body, member *corpus.Org) (corpus.Membership, bool) {
	for _, m := range md.facts.BodyMemberships {
		if namesOrg(m.Org, body) && namesOrg(m.Country, member) {
			return m, true
		}
	}
	return corpus.Membership{}, false
}

// reStatusInAsked asks a status in a body: "'s status in", "status at",
// "mrc status in" as chat leaves the possessive out.
var reStatusInAsked = regexp.MustCompile(`(?:'s|s'|’s)?\s+status\s+(?:in|at|within|on|with)\b`)

// reStatusOfAsked asks a body's status of a member named after it.
var reStatusOfAsked = regexp.MustCompile(`\s+status\s+of\b`)

// reOrgStatusAfter is a status a few words after an organisation, in
// its own words: " has attended SANReF as an observer". Its group is the
// status.
var reOrgStatusAfter = regexp.MustCompile(`(?i)^[^.;:]{0,80}?\b(?:as|is|was|has been)\s+(?:an?\s+|its\s+|the\s+)?(` + lexicon.Alt("body statuses named") + `)s?\b`)

// reStatusNowAsked asks a status as it stands: "'s status in", "status
// now", "current status".
var reStatusNowAsked = regexp.MustCompile(`(?:(?:'s|s'|’s)\s+(?:membership\s+)?status\b|\bstatus\b.*\bnow\b|\b(?:current|present)\s+status\b)`)

// leftLater reports whether the documents give m's country a status in
// m's body that ends its membership, or holds it in abeyance: it withdrew,
// is no member, or is suspended.
func (md *Model) leftLater(m corpus.Membership) bool {
	return slices.ContainsFunc(md.facts.Memberships, func(o corpus.Membership) bool {
		return o.Country == m.Country && o.Org == m.Org && (o.Status == corpus.StatusWithdrew && !md.rejoinedAfter(o) || o.Status == corpus.StatusNonMember || o.Status == corpus.StatusSuspended)
	})
}

// rejoinedAfter reports whether the country of withdrawal w joined its
// body again later: "withdrew with effect from 1 July 2019 ..., and
// rejoined on 6 April 2020".
func (md *Model) rejoinedAfter(w corpus.Membership) bool {
	return slices.ContainsFunc(md.facts.Memberships, func(j corpus.Membership) bool {
		return j.Country == w.Country && j.Org == w.Org && j.Status == corpus.StatusJoined && laterThan(j, w)
	})
}

// supersededByJoining reports whether m is a status short of membership
// that a joining of the same country to the same body ends: one given in
// the same sentence as the joining, or dated before it.
func (md *Model) supersededByJoining(m corpus.Membership) bool {
	if m.Note == "" && m.Status != corpus.StatusObserver && m.Status != corpus.StatusPartner {
		return false
	}
	return slices.ContainsFunc(md.facts.Memberships, func(j corpus.Membership) bool {
		if j.Country != m.Country || j.Org != m.Org || j.Span == m.Span || (j.Status != corpus.StatusJoined && j.Status != corpus.StatusFounding) || !fullMemberAfter(j) {
			return false
		}
		return j.Sentence == m.Sentence || (j.Date != nil && m.Date != nil && m.Date.Start.Before(j.Date.Start))
	})
}

// fullMemberAfter reports whether a joining's own clause says it was as a
// full member: "joined the Centre as a full member on 14 January 2014",
// not "joined as an associate member, and Vietnam as a full member".
func fullMemberAfter(m corpus.Membership) bool {
	if m.Passage == nil || m.Span.End > len(m.Passage.Text) {
		return false
	}
	rest := m.Passage.Text[m.Span.End:]
	if i := reClauseEnd.FindStringIndex(rest); i != nil {
		rest = rest[:i[0]]
	}
	return reFullMember.MatchString(rest)
}

var (
	// reFullMember is a joining's own words that it was as a full member.
	reFullMember = regexp.MustCompile(`(?i)\bas\s+(?:a\s+)?(?:` + lexicon.Alt("full membership words") + `)\b`)
	// reClauseEnd ends a joining's clause.
	reClauseEnd = regexp.MustCompile(`[;.]|,\s+(?:and|but|while|whereas)\b`)
)

// reAsObserver is a joining's own word that it was as an observer.
var reAsObserver = regexp.MustCompile(`(?i)\bas\s+(?:an?\s+)?observers?\b`)

// reOtherStatusWord is a word of a status short of full membership, or of
// its end, in the sentence of a joining: "joined as an associate member",
// "with observer status", "was suspended in 2021".
var reOtherStatusWord = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("statuses short of membership") + `)\b`)

// placeOfName is the place a name as written is, without a suffix the
// gazetteer leaves out ("An Giang Province"), or "".
func (md *Model) placeOfName(name string) string {
	if p, ok := md.src.PlaceNamed(name); ok {
		return p.Name
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 && placeSuffixes[strings.ToLower(name[i+1:])] {
		if p, ok := md.src.PlaceNamed(name[:i]); ok {
			return p.Name
		}
	}
	return ""
}

// placeSuffixes are the words after a place's name that say what kind
// of place it is ("Province"), lower case.
var placeSuffixes = lexicon.Set("place name suffixes")

// memberAsked reports whether member, as a membership fact writes it, is
// one the question names: a country, or a place such as a province.
func (md *Model) memberAsked(aq *asked, member string) bool {
	if slices.Contains(aq.ent.countries, member) {
		return true
	}
	pl := md.memberPlace[member]
	return pl != "" && slices.ContainsFunc(aq.ent.places, func(p corpus.Place) bool { return p.Name == pl })
}

// membersAsked is how many members the question names.
func (md *Model) membersAsked(aq *asked) int {
	n := len(aq.ent.countries)
	for _, p := range aq.ent.places {
		for _, pl := range md.memberPlace {
			if pl == p.Name {
				n++
				break
			}
		}
	}
	return n
}

// mergeTerms is the union of sets of terms.
func mergeTerms(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for k := range s {
			out[k] = true
		}
	}
	return out
}

// statusSentence says a membership in words: "Laos intends to join the
// ASEAN-Japan Centre".
func statusSentence(m corpus.Membership) string {
	org := "the " + strings.TrimPrefix(m.Org, "the ")
	// A short form alone takes no article: "a member of ASEAN".
	if reBareAcronym.MatchString(m.Org) {
		org = m.Org
	}
	tpl, ok := statusSentences[corpus.StatusKey(m.Status)]
	if !ok {
		tpl = statusSentences["member"]
	}
	return strings.NewReplacer("{country}", m.Country, "{org}", org).Replace(tpl)
}

// bodyHeadStems are the stems of the head nouns of bodies and schemes:
// "programme" alone names none of them.
var bodyHeadStems = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range lexicon.Words("project heads", "organisation heads", "organisation name heads") {
		out[stemTerm(w)] = true
	}
	return out
}()

// genericProjectStems are the stems of the nouns by which a question
// asks of a project without naming it: "project", "programme".
var genericProjectStems = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range lexicon.Words("project heads asked") {
		out[stemTerm(w)] = true
	}
	return out
}()

// minBodyWords is how many of a body's own words a question must use to
// name it without its full name: "the care worker programme".
const minBodyWords = 2

// bodiesAsked are the bodies of the documents' memberships the question
// names by their own words, at least minBodyWords of them besides the
// countries and groups in the name, read once a question.
func (md *Model) bodiesAsked(aq *asked) map[string]bool {
	if aq.bodies != nil {
		return aq.bodies
	}
	aq.bodies = map[string]bool{}
	md.bodyWordsOnce.Do(md.readBodyWords)
	// ownWords counts the question's words that a name holds, but for
	// groups, countries and, unless heads is set, the head words of
	// bodies ("Pilot" names a project as well as "Centre" a body).
	ownWords := func(terms map[string]bool, heads bool) int {
		n := 0
		for t := range terms {
			if md.groupTerms[t] || len(md.src.CountriesAnyCase(t)) > 0 || !heads && bodyHeadStems[t] {
				continue
			}
			if slices.ContainsFunc(aq.terms, func(q qterm) bool { return q.stem == t }) {
				n++
			}
		}
		return n
	}
	// The same count over a body's name, whose words that may count are
	// read once.
	countIn := func(words []string) int {
		n := 0
		for _, t := range words {
			if slices.ContainsFunc(aq.terms, func(q qterm) bool { return q.stem == t }) {
				n++
			}
		}
		return n
	}
	most := 0
	for _, m := range md.facts.Memberships {
		if aq.bodies[m.Org] {
			continue
		}
		w := md.bodyWords[m.Org]
		if n := countIn(w.own); n >= minBodyWords {
			aq.bodies[m.Org] = true
			most = max(most, countIn(w.withHeads))
		}
	}
	// "Is Myanmar part of the Mekong Cold Chain Pilot?" names a project
	// that holds more of its words than the ASEAN Cold Chain Network
	// does: the question is about the project, and no body is asked.
	if most > 0 {
		for _, pr := range md.facts.Projects {
			// "the Skills Centre project": the word "project" alone does
			// not make the question one about a project.
			words := md.termsOf(pr.Name)
			for h := range genericProjectStems {
				delete(words, h)
			}
			if ownWords(words, true) > most {
				aq.bodies = map[string]bool{}
				aq.projectAsked = true
				break
			}
		}
	}
	return aq.bodies
}

// reBareAcronym is a name that is only a short form: "ASEAN", "APEC".
var reBareAcronym = regexp.MustCompile(`^[A-Z][A-Z0-9+]+$`)

// statusSentences are the lexicon's templates for saying a status.
var statusSentences = lexicon.Pairs("status sentences")

// orgAsked reports whether org is compatible with what the question names:
// any organisation when it names none, else one of those.
func (md *Model) orgAsked(aq *asked, org string) bool {
	// "When did Brunei join the care worker programme" asks about the
	// programme the documents name so, which is no organisation: not
	// about the ASEAN-Japan Centre.
	if md.bodiesAsked(aq); aq.projectAsked {
		return false
	}
	if len(aq.ent.orgs) == 0 {
		if asked := md.bodiesAsked(aq); len(asked) > 0 && !asked[org] {
			return false
		}
		// "join ASEAN" asks about ASEAN, not the ASEAN-Japan Centre.
		for _, g := range aq.ent.groups {
			fo, fg := prose.Fold(org), prose.Fold(g)
			if fo != fg && !strings.HasPrefix(fo, fg+" (") && !strings.HasSuffix(fo, "("+fg+")") {
				return false
			}
		}
		return true
	}
	for _, o := range aq.ent.orgs {
		if strings.Contains(prose.CanonOrg(org), prose.CanonOrg(o.Name)) {
			return true
		}
	}
	return false
}

// Weights of which-body-did-X-join answers.
const (
	// bodyJoinedBonus ranks the body a country joined, when a question
	// asks which body it joined, above the other facts its sentence holds.
	bodyJoinedBonus = 0.3
)

var (
	// reBodyJoinedAsked asks which body a country joined: "which body did
	// Cambodia join in January 2014", "what network did Brunei become a
	// member of".
	reBodyJoinedAsked = regexp.MustCompile(`^\s*(?:which|what)\s+(?:[a-z-]+\s+)?(?:` + lexicon.Alt("body nouns asked") + `)\s+(?:did|has|had)\s+.+?\s+(?:` + lexicon.Alt("joining verbs asked") + `)\b`)
	// reTrailingShortForm is a name's short form in brackets at its end.
	reTrailingShortForm = regexp.MustCompile(`\s*\([^()]*\)$`)
)

// answerBodyJoined answers "which body did X join (in DATE)" with the
// body the documents say X joined or founded, on the date asked if one is.
func (md *Model) answerBodyJoined(aq *asked, consider offerFunc) {
	if !reBodyJoinedAsked.MatchString(aq.q) {
		return
	}
	md.offerBodies(aq, consider, md.facts.Memberships, func(ms corpus.Membership) bool {
		return (ms.Status == corpus.StatusJoined || ms.Status == corpus.StatusFounding || ms.Status == corpus.StatusMember) && md.memberAsked(aq, ms.Country)
	})
}

// answerBodyObserved answers "which network has the ASEAN Secretariat
// been an observer in since 2 July 2001": the body an organisation or a
// country observes, by its short form.
func (md *Model) answerBodyObserved(aq *asked, consider offerFunc) {
	if !reBodyObservedAsked.MatchString(aq.q) {
		return
	}
	md.offerBodies(aq, consider, append(slices.Clip(md.facts.Memberships), md.facts.BodyMemberships...), func(ms corpus.Membership) bool {
		if ms.Status != corpus.StatusObserver {
			return false
		}
		if ms.Body {
			return slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(ms.Country, o) })
		}
		return md.memberAsked(aq, ms.Country)
	})
}

// offerBodies offers the body of each membership keep takes, on the year
// and month asked if any: "Which body did Myanmar join" is answered by the
// body by its short form, as people name it; the line gives its name in
// full.
func (md *Model) offerBodies(aq *asked, consider offerFunc, ms []corpus.Membership, keep func(corpus.Membership) bool) {
	months := monthsAsked(aq.q)
	for _, m := range ms {
		if !keep(m) || (len(aq.ent.years) > 0 || len(months) > 0) && !joinedWhenAsked(m.Date, aq.ent.years, months) {
			continue
		}
		rec := md.sentenceOf(m.Passage, m.Span)
		if rec == nil {
			continue
		}
		status := m.Status
		if status == corpus.StatusMember && m.Date != nil {
			status = corpus.StatusJoined // a member since a day joined on it
		}
		line := m.Org + " — " + m.Country + ": " + status
		if m.Date != nil {
			line += " " + m.Date.Text
		}
		consider(answerFrom(rec, shortName(m.Org), line, m.Span), 1, bodyJoinedBonus)
	}
}

// reBodyObservedAsked asks which body one observes: "which network has X
// been an observer in".
var reBodyObservedAsked = regexp.MustCompile(`^\s*(?:which|what)\s+(?:[a-z-]+\s+)?(?:` + lexicon.Alt("body nouns asked") + `)\s+(?:did|has|had|is|was)\s+.+?\s+(?:been\s+|become\s+|attended\s+as\s+)?(?:an?\s+)?observers?\b`)

// monthsAsked are the months question q names, lower case.
func monthsAsked(q string) []string {
	var months []string
	for _, w := range strings.Fields(q) {
		if w = strings.Trim(w, "?.,!"); monthWords[w] {
			months = append(months, w)
		}
	}
	return months
}

// shortName is a body by its short form when its name ends with one in
// brackets ("Mekong Malaria Laboratory Network (MMLN)"), else its name.
func shortName(org string) string {
	if short := reTrailingShortForm.FindString(org); short != "" && reBareAcronym.MatchString(strings.Trim(short, " ()")) {
		return strings.Trim(short, " ()")
	}
	return reTrailingShortForm.ReplaceAllString(org, "")
}

// joinedWhenAsked reports whether d falls in each year and month asked.
func joinedWhenAsked(d *corpus.Date, years []int, months []string) bool {
	if d == nil {
		return false
	}
	for _, y := range years {
		if d.Start.Year() != y {
			return false
		}
	}
	month := strings.ToLower(d.Start.Month().String())
	for _, mo := range months {
		if !strings.HasPrefix(month, mo[:3]) {
			return false
		}
	}
	return true
}

// reIntentVerbBefore is the verb and possessive before an intent's noun:
// "stated its " of "stated its intention to join".
var reIntentVerbBefore = regexp.MustCompile(`(?i)\b(?:has\s+|have\s+)?[a-z]+ed\s+(?:its|their)\s+$`)

// intentWritten is a membership intent as its passage writes it, with the
// verb that states it ("stated its intention to join"), and where that
// starts in the passage; ok is false when no such verb stands before it.
func intentWritten(m corpus.Membership) (string, int, bool) {
	t := m.Passage.Text
	if m.Span.Start < 0 || m.Span.End > len(t) {
		return "", 0, false
	}
	loc := reIntentVerbBefore.FindStringIndex(t[max(0, m.Span.Start-agentReach):m.Span.Start])
	if loc == nil {
		return "", 0, false
	}
	from := max(0, m.Span.Start-agentReach) + loc[0]
	return t[from:m.Span.End], from, true
}

// reMemberKindNote is a membership's note that names its kind: "associate
// member".
var reMemberKindNote = regexp.MustCompile(`(?i)^(?:` + lexicon.Alt("member kinds") + `)\s+members?$`)

// nameWordsOfBody are the stems of a body's name that may say a question
// asks of it: not those of country groups or countries, and in own not
// the head words of bodies either.
type nameWordsOfBody struct{ own, withHeads []string }

// readBodyWords reads, for every body with members, the words of its name
// bodiesAsked counts; they do not change with the question.
func (md *Model) readBodyWords() {
	var groups []string
	for name := range md.facts.Groups {
		groups = append(groups, name)
	}
	md.groupTerms = md.termsOf(strings.Join(groups, " "))
	md.bodyWords = map[string]nameWordsOfBody{}
	for _, m := range md.facts.Memberships {
		if _, ok := md.bodyWords[m.Org]; ok {
			continue
		}
		var w nameWordsOfBody
		for t := range md.termCache[m.Org] {
			if md.groupTerms[t] || len(md.src.CountriesAnyCase(t)) > 0 {
				continue
			}
			w.withHeads = append(w.withHeads, t)
			if !bodyHeadStems[t] {
				w.own = append(w.own, t)
			}
		}
		md.bodyWords[m.Org] = w
	}
}
