package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of who answers.
const (
	// costSharerBonus ranks the parties of a cost share first for "who
	// pays": they are named as paying.
	costSharerBonus = 0.3
	// payerBonus is for the payer of a sum, read from the verb that moves
	// it.
	payerBonus = 0.15
	// orgBonus ranks an organisation a sentence names above other facts
	// it holds.
	orgBonus = 0.15
	// atPlacePenalty lowers an organisation written as a place: "set up
	// at WHO" says where, not who.
	atPlacePenalty = 0.1
	// fundAskedBonus ranks a fund first when the question asks about one.
	fundAskedBonus = 0.2
	// agentsBonus ranks the agents of a passive verb ("founded by
	// Indonesia, the Philippines and Thailand") above one organisation.
	agentsBonus = 0.2
	// actorBonus is for a country that acts ("Japan set up the AHPF"):
	// below an organisation, which is what "who" more often wants.
	actorBonus = 0.1
	// askedVerbBonus ranks the agent of the question's own verb first:
	// "who financed the stockpile" is answered by "financed by the
	// Government of Japan", not by another body the sentence names.
	askedVerbBonus = 0.1
	// forWhomBonus ranks the people something is for ("for MFA personnel
	// of CLMV") first when the question asks who it is for.
	forWhomBonus = 0.3
)

var (
	reWhoPays = wordsRe("payer question words")
	reWhoFor  = regexp.MustCompile(`\b` + lexicon.Alt("beneficiary question endings") + `\s*\??$|\b` + lexicon.Alt("participant question words") + `\b`)
	// reCountryOffice is an office a country may hold.
	reCountryOffice = regexp.MustCompile(`(?i)\b` + lexicon.Alt("country offices") + `\b`)
	// reAskOrg asks for an organisation: "which agency", or "who is the
	// executing agency", whose answer is the agency, not its director.
	reAskOrg = regexp.MustCompile(`\b(?:which|what)\s+` + lexicon.Alt("organisation nouns asked") + `\b|\bwho(?:'s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}` + lexicon.Alt("organisation nouns asked") + `\s*(?:\?|$|\s(?:for|of|in|on|that|behind)\b)`)
	// reActs is a verb right after a name: the name is the one who acts
	// ("Japan set up the AHPF"), not a place or a beneficiary.
	reActs        = regexp.MustCompile(`^\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+|then\s+)?(?:[a-z]+ed|[a-z]+s|` + lexicon.Alt("irregular acting verbs") + `)\b`)
	reNameListGap = regexp.MustCompile(`^\s*(?:,|and|,\s+and)\s+(?:the\s+)?$`)
	reByAgent     = regexp.MustCompile(`(?i)\bby\s+(?:the\s+)?$`)
	reAtPlace     = regexp.MustCompile(`(?i)\b(?:at|in)\s+(?:the\s+)?$`)
	reParenGroup  = regexp.MustCompile(`\([^()]*\)`)
	reForWhom     = regexp.MustCompile(`\bfor\s+((?:non-)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:of|from|in)\b`)
)

// answerWho answers "who" with payers, publishers, people, organisations,
// the agents and actors of a sentence, and whom something is for.
func (md *Model) answerWho(aq *asked, consider offerFunc) {
	q := aq.q
	// "Minister of Finance" names an office, not a payment.
	pays := reWhoPays.MatchString(reAskedRole.ReplaceAllString(q, ""))
	if pays {
		md.answerPayers(aq, consider)
	}
	md.answerPublisher(aq, consider)
	// "Who withdrew from the scheme": the countries with that status.
	md.answerAskedStatus(aq, consider)
	if !reAskOrg.MatchString(q) {
		md.answerPerson(aq, consider)
	}
	// "Who is the minister of finance?" asks for a person holding an
	// office: an organisation in the same sentence is not one.
	// A chair or a presidency may be a country's ("Myanmar, as ASEAN
	// Chair"), so those still look further.
	if r := reAskedRole.FindString(q); r != "" && !reCountryOffice.MatchString(r) && !reAskOrg.MatchString(q) && !pays {
		return
	}
	named := map[string]bool{}
	for _, o := range aq.ent.orgs {
		named[o.Name] = true
	}
	win := reWinAsked.MatchString(q)
	if win {
		md.answerWinner(aq, named, consider)
	}
	for _, rec := range md.sents {
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		// "Who won CP-1" is answered by an award's winner or a sentence
		// that says who won, not by any name near the package.
		if win && !slices.ContainsFunc(aq.terms, func(t qterm) bool { return winWords[t.word] && rec.terms.holds(t) }) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			// "Employer: Department of Public Works and Highways" in a
			// contract's outline: its label is what is asked, and the
			// rest of the question ("for package 1") what its list is
			// about.
			if lc := md.labelledCov(aq, rec); lc >= minCoverage {
				md.labelledIn(aq, rec, lc, consider)
			}
			continue
		}
		md.orgsIn(aq, rec, cov, named, consider)
		md.labelledIn(aq, rec, max(cov, md.labelledCov(aq, rec)), consider)
		if !reAskOrg.MatchString(q) {
			md.agentsIn(aq, rec, cov, consider)
		}
		md.requestersIn(aq, rec, cov, consider)
		md.namedAgentsIn(aq, rec, cov, consider)
		md.actorsIn(aq, rec, cov, consider)
		if reWhoFor.MatchString(q) {
			md.forWhomIn(rec, cov, consider)
		}
	}
}

// writtenTogether names the parties as s writes them, when it names them
// one after another, joined only by commas, "and" and "the": "JICA and
// the Government of Singapore" is "JICA, Government of Singapore", a list
// of names, not a sum's owner spelled out ("Japan International
// Cooperation Agency (JICA)").
func writtenTogether(s string, parties []string) (string, bool) {
	type at struct{ start, end int }
	var spans []at
	for _, p := range parties {
		// "Japan International Cooperation Agency (JICA)" may be written
		// by its short form or by its name alone.
		found := false
		for _, form := range []string{p, shortForm(p), strings.TrimSuffix(p, " ("+shortForm(p)+")")} {
			if i := strings.Index(s, form); i >= 0 {
				spans = append(spans, at{i, i + len(form)})
				found = true
				break
			}
		}
		if !found {
			return "", false
		}
	}
	if len(spans) == 0 {
		return "", false
	}
	slices.SortFunc(spans, func(a, b at) int { return a.start - b.start })
	for k := 1; k < len(spans); k++ {
		if spans[k].start < spans[k-1].end || !reJoinedParties.MatchString(s[spans[k-1].end:spans[k].start]) {
			return "", false
		}
	}
	names := make([]string, len(spans))
	for k, sp := range spans {
		names[k] = s[sp.start:sp.end]
	}
	return strings.Join(names, ", "), true
}

// reJoinedParties is what may stand between two parties named together.
var reJoinedParties = regexp.MustCompile(`^,?\s+(?:and\s+)?(?:the\s+)?$`)

// answerPayers answers "who pays" with the parties of cost shares and the
// payers of sums.
func (md *Model) answerPayers(aq *asked, consider offerFunc) {
	for i := range md.facts.Shares {
		sh := &md.facts.Shares[i]
		rec := md.sentenceOf(sh.Passage, sh.Span)
		if len(sh.Parties) == 0 || !md.entityFit(aq.ent, rec, sh.Parties...) {
			continue
		}
		var names, parties []string
		for _, p := range sh.Parties {
			if len(sh.Parties) > 1 && slices.Contains(aq.ent.countries, p) {
				continue // "who shares the cost with Japan": not Japan
			}
			names = append(names, shortForm(p))
			parties = append(parties, p)
		}
		span := strings.Join(names, ", ")
		// "shared equally by JICA and the Government of Singapore": the
		// parties as the sentence writes them, when it names them
		// together.
		if written, ok := writtenTogether(rec.text, parties); ok {
			span = written
		}
		consider(answerFrom(rec, span, strings.Join(sh.Parties, " and ")+" share the cost: "+sh.Text, sh.Span), md.cov(aq, rec), costSharerBonus+aq.nearness(rec, sh.Span))
	}
	for i := range md.facts.Amounts {
		am := &md.facts.Amounts[i]
		rec := md.sentenceOf(am.Passage, am.Span)
		if am.Payer == "" || !md.entityFit(aq.ent, rec, am.Payer) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue // it would be dropped: skip describing it
		}
		consider(answerFrom(rec, shortForm(am.Payer), am.Payer+" — "+am.Describe(), am.Span), cov, payerBonus)
	}
}

// orgsIn offers the organisations a sentence names, other than those the
// question names itself.
func (md *Model) orgsIn(aq *asked, rec *sentenceRec, cov float64, named map[string]bool, consider offerFunc) {
	wantFund := strings.Contains(aq.q, "fund")
	// An organisation written twice in a row, "Long Name (ACR)", is
	// answered in the form written first.
	first := map[string]bool{}
	for _, o := range rec.orgs {
		org := md.src.OrgByKey(o.Key)
		if org == nil || named[org.Name] || first[o.Key] || md.namedLoosely(aq, org) || !org.General && notWho(org.Name) {
			continue
		}
		first[o.Key] = true
		if aq.agentOfOtherVerb(rec, rec.text[:o.Span.Start]) {
			continue
		}
		written, line := rec.text[o.Span.Start:o.Span.End], org.Display()
		end := o.Span.End
		// "the Ministry of Industry, Mines and Energy of Cambodia": a
		// state's body runs on to the country it is of.
		if reStateBodyHead.MatchString(written) {
			if to := countryEndAfter(rec, end, reOfCountryNext); to >= 0 {
				end = to
				written = rec.text[o.Span.Start:end]
				line = written
			}
		}
		span := corpus.Span{Start: rec.span.Start + o.Span.Start, End: rec.span.Start + end}
		bonus := orgBonus + aq.nearness(rec, span)
		if reAtPlace.MatchString(rec.text[:o.Span.Start]) {
			bonus -= atPlacePenalty
		}
		if wantFund && strings.Contains(org.Name, "Fund") {
			bonus += fundAskedBonus
		}
		if aq.asksVerbBefore(rec.text[:o.Span.Start]) || aq.asksVerbAfter(rec.text[o.Span.End:]) {
			bonus += askedVerbBonus
		}
		consider(answerFrom(rec, written, line, span), cov, bonus)
	}
}

// countryEndAfter is where the country ends that join, matched right
// after byte end of rec, leads to, or -1: a body's name runs on to the
// country it is of.
func countryEndAfter(rec *sentenceRec, end int, join *regexp.Regexp) int {
	m := join.FindStringIndex(rec.text[end:])
	if m == nil {
		return -1
	}
	if i := slices.IndexFunc(rec.geos, func(g GeoMention) bool { return !g.IsGroup && g.Span.Start == end+m[1] }); i >= 0 {
		return rec.geos[i].Span.End
	}
	return -1
}

// reOfCountryNext is what joins a body's name to the country right after
// it: " of the " in "the Ministry of Health of the Lao PDR".
var reOfCountryNext = regexp.MustCompile(`^\s+of\s+(?:the\s+)?`)

// reStateBodyHead opens a state's body: "Ministry", "Department".
var reStateBodyHead = regexp.MustCompile(`^(?:the\s+)?(?:` + lexicon.Alt("state body heads") + `)\b`)

// agentsIn offers the agents of a passive verb, as one list: "founded in
// 1996 by Indonesia, the Philippines and Thailand".
func (md *Model) agentsIn(aq *asked, rec *sentenceRec, cov float64, consider offerFunc) {
	var names []string
	var first, last corpus.Span
	for _, m := range rec.geos {
		if m.IsGroup {
			continue
		}
		if len(names) == 0 {
			// "hosted by Thailand's Pollution Control Department": the
			// country owns the agent; the body it names is the agent.
			if !reByAgent.MatchString(rec.text[:m.Span.Start]) || aq.agentOfOtherVerb(rec, rec.text[:m.Span.Start]) || reOwnerOfName.MatchString(rec.text[m.Span.End:]) || prose.Possessive(rec.text[m.Span.Start:m.Span.End]) && reNameNext.MatchString(rec.text[m.Span.End:]) {
				continue
			}
			first = m.Span
		} else if !reNameListGap.MatchString(rec.text[last.End:m.Span.Start]) {
			break
		}
		names = append(names, m.Name)
		last = m.Span
	}
	// "Who founded it with Indonesia": the others; none, when the
	// others are not countries ("co-financed by Japan ... and the
	// European Union"), which another reading names.
	if others := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return slices.Contains(aq.ent.countries, n) }); len(others) > 0 {
		names = others
	} else if reWithOther.MatchString(aq.q) {
		return
	}
	if len(names) > 0 {
		span := corpus.Span{Start: rec.span.Start + first.Start, End: rec.span.Start + last.End}
		bonus := agentsBonus + aq.nearness(rec, span)
		if aq.asksVerbBefore(rec.text[:first.Start]) {
			bonus += askedVerbBonus
		}
		consider(answerFrom(rec, strings.Join(names, ", "), strings.Join(names, ", "), span), cov, bonus)
	}
}

// namedAgentsIn offers the agent of the question's own verb in the
// passive, by its name as written, when it is no organisation or country
// the documents know: "were recruited and registered by the Quang Nam
// Provincial People's Committee" for "who recruited the merchants".
func (md *Model) namedAgentsIn(aq *asked, rec *sentenceRec, cov float64, consider offerFunc) {
	// "settled through the mediation of the Governor of Takeo Province"
	// for "who mediated the dispute": the act's noun and its agent, as
	// the passive's verbs and theirs. Each pattern's last group is the
	// name; the groups before it are the act's words, one of which the
	// question must ask with.
	for _, re := range []*regexp.Regexp{reNamedAgent, reNominalAgent, reBelongsTo} {
		for _, m := range re.FindAllStringSubmatchIndex(rec.text, -1) {
			last := len(m) - 2
			asked := false
			for g := 2; g < last; g += 2 {
				asked = asked || m[g] >= 0 && aq.stems()[stemTerm(rec.text[m[g]:m[g+1]])]
			}
			if !asked || md.opensWithKnownName(rec, m[last]) {
				continue
			}
			end := m[last+1]
			if sfx := reCompanySuffix.FindStringIndex(rec.text[end:]); sfx != nil {
				end += sfx[1]
			}
			name := rec.text[m[last]:end]
			span := corpus.Span{Start: rec.span.Start + m[last], End: rec.span.Start + end}
			consider(answerFrom(rec, name, name, span), cov, namedAgentBonus+askedVerbBonus+aq.nearness(rec, span))
		}
	}
}

// opensWithKnownName reports whether the name at byte at of rec is, or
// opens with, a person, a country or an organisation the documents know,
// which the other readings name as they should: "founded by Japan,
// Malaysia and Thailand" as a list, "hosted by Thailand's Pollution Control
// Department" by its body.
func (md *Model) opensWithKnownName(rec *sentenceRec, at int) bool {
	// "represented by Dr. Sok Vannarith": a person, whom the people the
	// documents name give whole, not "Dr" cut at its dot.
	for i := range md.facts.People {
		if per := &md.facts.People[i]; per.Passage == rec.p && per.Span.Start == rec.span.Start+at {
			return true
		}
	}
	for _, g := range rec.geos {
		if g.Span.Start == at {
			return true
		}
	}
	for _, o := range rec.orgs {
		// "AROC Holdings Pte. Ltd." opens with the cable's short form
		// but names a company of its own.
		if o.Span.Start <= at && at < o.Span.End && !reLongerName.MatchString(rec.text[min(o.Span.End, len(rec.text)):]) {
			return true
		}
	}
	return false
}

// reLongerName is a capitalised word right after a name, which makes it
// part of a longer one.
var reLongerName = regexp.MustCompile(`^ \p{Lu}\p{Ll}`)

// reBelongsTo is what a thing belongs to, its owner: "The system belongs
// to AROC Holdings Pte. Ltd.". Its groups are the verb and the name.
var reBelongsTo = regexp.MustCompile(`\b(belongs|belonged)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,7})`)

// reCompanySuffix is a company's legal form right after its name, which
// is part of it: "Pte" then ". Ltd.".
var reCompanySuffix = regexp.MustCompile(`^\.?(?:,?\s+(?:` + lexicon.Alt("company suffixes") + `))+`)

// reNominalAgent is an act's noun in "-ion" and its agent's capitalised
// name after "of": "through the mediation of the Governor of Takeo
// Province". Its groups are the noun and the name.
var reNominalAgent = regexp.MustCompile(`\b(?:through|by|with|under|after)\s+the\s+(\p{Ll}+ion)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,7})`)

// reNamedAgent is a passive verb, maybe joined to a second by "and", its
// "by" and the capitalised name of its agent: "recruited and registered
// by the Quang Nam Provincial People's Committee", "is run by JETRO". Its groups are the
// verbs and the name.
var reNamedAgent = regexp.MustCompile(`\b(\p{Ll}+ed|` + lexicon.Alt("irregular passive participles") + `)(?:\s+and\s+(\p{Ll}+ed|` + lexicon.Alt("irregular passive participles") + `))?\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,7})`)

// namedAgentBonus ranks a passive's agent named by its own words below
// the agents the documents know as organisations or countries (agentsBonus),
// which say who it is more surely.
const namedAgentBonus = 0.1

// reWithOther asks who did something together with one the question
// names: "who co-finances AOGDI with japan".
var reWithOther = regexp.MustCompile(`\bwith\s+(?:the\s+)?\w+\s*\??\s*$`)

// reOwnerOfName opens a possessive before a capitalised name: "'s
// Pollution Control Department".
var reOwnerOfName = regexp.MustCompile(`^['’]s\s+\p{Lu}`)

// reNameNext opens a capitalised name.
var reNameNext = regexp.MustCompile(`^\s+\p{Lu}`)

// reRequestOf ends with the words that name who asked for an act done
// "at the request of" them; its group is a government's "Government of
// the" before the country's name.
// So do "in response to a request from", "a request made by", and a
// country's possessive
// before a body's name ("at the request of Indonesia's Ministry of ...").
var reRequestOf = regexp.MustCompile(`(?i)\b` + requestOpener + `((?:Government|Govt)\s+of\s+(?:the\s+)?|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+)?$`)

// requestersIn offers, for a question that asks who asked for something,
// the country, government or body an act was done at the request of: "The loan
// was cancelled ... at the request of the Government of the Philippines,
// because the Department ... decided to re-tender": the government asked;
// the department after "because" gave the reason.
func (md *Model) requestersIn(aq *asked, rec *sentenceRec, cov float64, consider offerFunc) {
	if st := aq.stems(); !st["ask"] && !st["request"] {
		return
	}
	// The one who asked may be a country, with "the Government of"
	// before it, or a body.
	var names []corpus.Span
	for _, m := range rec.geos {
		if !m.IsGroup {
			names = append(names, m.Span)
		}
	}
	for _, o := range rec.orgs {
		names = append(names, o.Span)
	}
	for _, n := range names {
		// "Indonesia's Ministry ...": the body asked, not its country.
		if owner := strings.TrimRight(rec.text[n.Start:n.End], "'’s"); reOwnerOfName.MatchString(rec.text[n.Start+len(owner):]) {
			continue
		}
		loc := reRequestOf.FindStringSubmatchIndex(rec.text[:n.Start])
		if loc == nil {
			continue
		}
		from, end := n.Start, n.End
		if loc[2] >= 0 {
			from = loc[2]
		}
		// "the Ministry of Agriculture and Forestry of Lao PDR": the body's
		// name runs on to the country it is of.
		if to := countryEndAfter(rec, end, reBodyOfCountry); to >= 0 {
			end = to
		}
		written := rec.text[from:end]
		span := corpus.Span{Start: rec.span.Start + from, End: rec.span.Start + end}
		consider(answerFrom(rec, written, written, span), cov, agentsBonus+askedVerbBonus+requesterBonus+aq.nearness(rec, span))
	}
	// "in response to a request made by the Ministry of Agriculture and
	// Forestry of Lao PDR": a body the documents know by no other
	// mention, by its capitalised name. One they know is offered above.
	for _, m := range reRequestByName.FindAllStringSubmatchIndex(rec.text, -1) {
		if slices.ContainsFunc(names, func(n corpus.Span) bool { return n.Start == m[2] }) {
			continue
		}
		written := rec.text[m[2]:m[3]]
		span := corpus.Span{Start: rec.span.Start + m[2], End: rec.span.Start + m[3]}
		consider(answerFrom(rec, written, written, span), cov, agentsBonus+askedVerbBonus+requesterBonus+aq.nearness(rec, span))
	}
}

// requestOpener is the phrase that opens the one an act was done at the
// request of: "at the request of the", "in response to a request made
// by the". Its words of the act are read in any case, the preposition
// after "request" as written (reRequestOf reads it all in any case).
const requestOpener = `(?i:at|upon|on|following|in\s+response\s+to)\s+(?:(?i:the)\s+|(?i:an?)\s+)?(?i:request)\s+(?:of|from|(?:made|submitted|sent|put\s+forward)\s+by)\s+(?:the\s+)?`

// reRequestByName is reRequestOf and the capitalised name after it, with
// the small words a body's name holds: its group is the name.
var reRequestByName = regexp.MustCompile(`\b` + requestOpener + `(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,8})`)

// reBodyOfCountry is what stands between a body's name, as read, and
// the country it is of: "and Forestry of" after "Ministry of
// Agriculture".
var reBodyOfCountry = regexp.MustCompile(`^(?:,?\s+and\s+\p{Lu}[\p{L}-]*)?\s+of\s+(?:the\s+)?`)

// requesterBonus ranks the one an act was done at the request of, the
// grammar saying so, above a name the sentence gives another role ("Dr.
// Kenji Morimoto, Chief Adviser of MELSP") for "who asked Japan for it".
const requesterBonus = 0.2

// reAgentOf is a passive verb and its "by" at the end of a text: "financed
// by the".
var reAgentOf = regexp.MustCompile(`(?i)\b([a-z]+)\s+by\s+(?:the\s+)?$`)

// asksVerbBefore reports whether text ends in a passive verb and its "by"
// that the question asks with: "financed by" for "who financed it".
func (aq *asked) asksVerbBefore(text string) bool {
	// Only the end of the text can hold it: the regexp need not read the
	// whole sentence before every name.
	m := reAgentOf.FindStringSubmatch(tail(text, agentReach))
	return m != nil && aq.stems()[stemTerm(m[1])]
}

// agentOfOtherVerb reports whether text, before a name, ends in a passive
// verb and its "by" that is not the act the question asks, while the
// sentence rec writes that act elsewhere: of "Kenji Morita visited Aceh
// and announced a contribution ..., funded by Japan", Japan funded; it
// did not visit.
func (aq *asked) agentOfOtherVerb(rec *sentenceRec, text string) bool {
	m := reAgentOf.FindStringSubmatch(tail(text, agentReach))
	if m == nil || aq.stems()[stemTerm(m[1])] {
		return false
	}
	act := aq.actRe()
	return act != nil && act.MatchString(rec.text)
}

// actRe is actAsked of the question, compiled once a question: it is
// read for every name of every sentence weighed.
func (aq *asked) actRe() *regexp.Regexp {
	if !aq.actRead {
		aq.act, aq.actRead = actAsked(aq.q), true
	}
	return aq.act
}

// stems are the stems of every word of the question, stop words too,
// read once a question.
func (aq *asked) stems() map[string]bool {
	if aq.wordStems == nil {
		aq.wordStems = map[string]bool{}
		for _, w := range strings.Fields(aq.q) {
			w = strings.Trim(w, "?,.!")
			aq.wordStems[stemTerm(w)] = true
			// "who co-financed it" asks what "co-financed by" and
			// "financed by" say: a prefixed verb's own verb.
			if _, verb, ok := strings.Cut(w, "-"); ok {
				aq.wordStems[stemTerm(verb)] = true
			}
		}
	}
	return aq.wordStems
}

// asksVerbAfter reports whether text opens with the question's own verb
// as a participle, the name before it its subject: "with CMAC hosting the
// secretariat" for "who hosts the secretariat". A finite verb after a name
// is one of a list's ("X and the Ministry signed"), which the sentence's
// other words weigh.
func (aq *asked) asksVerbAfter(text string) bool {
	m := reVerbAfterName.FindStringSubmatch(text)
	if m == nil || !strings.HasSuffix(m[1], "ing") {
		return false
	}
	return aq.stems()[stemTerm(m[1])] && !questionStop[strings.ToLower(m[1])]
}

// reVerbAfterName is the word right after a name, past its short form in
// brackets.
var reVerbAfterName = regexp.MustCompile(`^(?:\s*\([^()]*\))?\s+([a-z]+)\b`)

// agentReach is more bytes than a passive verb, "by" and "the" take.
const agentReach = 48

// actorsIn offers the countries that act in a sentence: "Who set up the
// AHPF?" can be answered by a country, unless an organisation is asked
// for.
func (md *Model) actorsIn(aq *asked, rec *sentenceRec, cov float64, consider offerFunc) {
	for _, m := range rec.geos {
		if m.IsGroup || slices.Contains(aq.ent.countries, m.Name) || reAskOrg.MatchString(aq.q) || !reActs.MatchString(rec.text[m.Span.End:]) {
			continue
		}
		span := corpus.Span{Start: rec.span.Start + m.Span.Start, End: rec.span.Start + m.Span.End}
		// "the Minister of Health of Cambodia requested Japan": the
		// office or body of the country acted, by its own name.
		before := tail(rec.text[:m.Span.Start], roleOfReach)
		if r := reRoleOfBefore.FindStringSubmatchIndex(before); r != nil {
			from := m.Span.Start - len(before) + r[2]
			written := rec.text[from:m.Span.End]
			span.Start = rec.span.Start + from
			consider(answerFrom(rec, written, written, span), cov, actorBonus+aq.nearness(rec, span))
			continue
		}
		consider(answerFrom(rec, m.Name, m.Name, span), cov, actorBonus+aq.nearness(rec, span))
	}
}

// reRoleOfBefore is an office or a state body, and maybe its field, that
// stands right before "of" and a country: "the Minister of Health of",
// "the Ministry of Land Management, Urban Planning and Construction of".
// Its group is the office's name.
var reRoleOfBefore = regexp.MustCompile(`(?:^|\bthe\s+|\b)((?:` + lexicon.Alt("role heads", "state body heads") + `)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?)\s+of\s+(?:the\s+)?$`)

// roleOfReach is more bytes than an office's name before its country
// takes.
const roleOfReach = 90

// forWhomIn offers the people a sentence says something is for: "Who is
// the workshop for?".
func (md *Model) forWhomIn(rec *sentenceRec, cov float64, consider offerFunc) {
	// Brackets are blanked, not removed, so offsets still hold:
	// "for MFA (Ministry of Foreign Affairs) personnel of".
	blank := reParenGroup.ReplaceAllStringFunc(rec.text, func(p string) string { return strings.Repeat(" ", len(p)) })
	for _, m := range reForWhom.FindAllStringSubmatchIndex(blank, -1) {
		span := corpus.Span{Start: rec.span.Start + m[2], End: rec.span.Start + m[3]}
		who := strings.Join(strings.Fields(blank[m[2]:m[3]]), " ")
		consider(answerFrom(rec, who, who, span), cov, forWhomBonus)
	}
}

// shortForm gives an organisation by its acronym when it has one, as
// people say it: "JICA", not "Japan International Cooperation Agency
// (JICA)"; any other name as it is.
func shortForm(name string) string {
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		return name[i+2 : len(name)-1]
	}
	return name
}

// namedLoosely reports whether the question names org in other words: its
// rarest word is in the question. "Who pays for the visayas centre" names
// the Visayas Health Training Centre, which is then not its own answer.
func (md *Model) namedLoosely(aq *asked, org *corpus.Org) bool {
	rarest, idf := "", 0.0
	for _, w := range prose.WordRE.FindAllString(strings.ToLower(org.Name), -1) {
		if prose.Stopwords[w] {
			continue
		}
		if st := stemTerm(w); md.idf[st] > idf {
			rarest, idf = st, md.idf[st]
		}
	}
	for _, t := range aq.terms {
		if t.stem == rarest {
			return true
		}
	}
	return false
}

// namesAny reports whether text names any of the countries, inside an
// organisation's name included ("Government of Indonesia").
func (md *Model) namesAny(text string, countries []string) bool {
	for _, m := range md.src.AllGeoMentions(text) {
		if slices.Contains(countries, m.Name) {
			return true
		}
	}
	return false
}

// reTableLabel is a label of an outline table, whose lines a passage may
// run together: "Contractor: Hokusei-Daiwa Joint Venture Consultant: ...",
// "Co-financier: Asian Development Bank (ADB), eastern approach road".
var reTableLabel = regexp.MustCompile(`([A-Z][\p{L}/-]*(?: [a-z][\p{L}/-]*){0,3}):\s`)

// reSentenceInside is a sentence's end with another after it.
var reSentenceInside = regexp.MustCompile(`[.!?]\s+\S`)

// labelledBonus ranks the value of a table line whose label is what the
// question asks ("who was the contractor") above names the same sentence
// gives in passing: the table says it outright.
const labelledBonus = 0.4

// labelledIn offers the value of an outline table's line whose label holds
// every word the question asks about: the organisation it names, or its
// text up to the first comma. cov is how well the line, its label's words
// held, covers the question: "Lead: ASEC" in a row of the plan does not
// answer who leads its mid-term review as well as a sentence that says so.
func (md *Model) labelledIn(aq *asked, rec *sentenceRec, cov float64, consider offerFunc) {
	if len(aq.terms) == 0 {
		return
	}
	// "Who chaired the opening session": the line labelled with the role
	// the question's verb names ("Chair:"), not the one labelled with
	// what the role was of ("Session:").
	role, hasRole := whoVerb(aq)
	hasRole = hasRole && roleVerbs[role.word]
	for _, l := range recTableLines(rec) {
		if !labelAsked(l.label, aq) || hasRole && !labelHoldsRole(l.label, role) {
			continue
		}
		// "Chair: Ms. Tran" in the dredging panel's row does not say who
		// chaired the opening session: a grid's row answers for a role
		// only when it holds the rest of the question.
		if hasRole && rec.p.IsTableRow() && coverageHolding(aq.terms, rec, func(t qterm) bool { return t.stem == role.stem }) < fullCoverage {
			continue
		}
		start, end := l.value.Start, l.value.End
		orgEnd := -1
		// "Chair: Ms. Nguyen Thi Hoa, Deputy Director, Post-Harvest
		// Technology Institute": a person who opens the value is it, not
		// the body of theirs named after.
		lead := rec.text[start:end]
		if j := strings.IndexAny(lead, ",;("); j > 0 {
			lead = lead[:j]
		}
		person := reHonorificOpens.MatchString(strings.TrimSpace(lead))
		for _, o := range rec.orgs {
			if !person && o.Span.Start >= start && o.Span.End <= end {
				start, orgEnd = o.Span.Start, o.Span.End
				break
			}
		}
		if orgEnd >= 0 {
			end = orgEnd
		} else if j := strings.IndexAny(rec.text[start:end], ",;("); j > 0 {
			end = start + j
		}
		// A row's last value ends its sentence: "Chair: Mr. Chea Sophal."
		value := strings.TrimRight(strings.TrimSpace(rec.text[start:end]), ".;,")
		// "Cooperation: FY2010 budget: 140 million yen" names no one.
		if value == "" || orgEnd < 0 && !reNameValue.MatchString(value) {
			continue
		}
		sp := corpus.Span{Start: rec.span.Start + start, End: rec.span.Start + start + len(value)}
		consider(answerFrom(rec, value, l.label+": "+value, sp), min(cov, fullCoverage), labelledBonus)
	}
}

// labelledCov is how much of the question a line of an outline table
// covers when its label says what is asked: the label's words are held,
// the others by its passage.
func (md *Model) labelledCov(aq *asked, rec *sentenceRec) float64 {
	ls := recTableLines(rec)
	if len(ls) == 0 {
		return 0
	}
	ctx := md.ctxTerms[rec.p]
	best := 0.0
	for _, l := range ls {
		if !labelAsked(l.label, aq) {
			continue
		}
		lw := md.termsOf(l.label)
		best = max(best, coverageHolding(aq.terms, rec, func(t qterm) bool { return t.in(lw) || ctx.holds(t) || md.tableHolds(rec, t) }))
	}
	return best
}

// tableHolds reports whether another line of the outline table sentence
// rec is a line of holds t: the table set out as a list, one line to a
// passage, under one heading ("Project: ..., Package 1 (Civil Works)").
func (md *Model) tableHolds(rec *sentenceRec, t qterm) bool {
	if rec.p.Doc == nil {
		return false
	}
	for _, p := range rec.p.Doc.Passages {
		if p == rec.p || p.Cite.SectionTitle != rec.p.Cite.SectionTitle {
			continue
		}
		for _, o := range md.sentsOf[p] {
			if o.terms.holds(t) && len(recTableLines(o)) > 0 {
				return true
			}
		}
	}
	return false
}

// reLabelAfterVerb is a label's colon right after a role's word, or
// after it and another label word: "Chair:", "Chair / Speaker:".
var reLabelAfterVerb = regexp.MustCompile(`^\s*(?:/\s*\p{L}[\p{L} ]*)?:`)

// labelHoldsRole reports whether a label names the role: "Chair",
// "Co-Chairs" for "chaired".
func labelHoldsRole(label string, role qterm) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return !prose.IsWordRune(r) }) {
		if strings.Contains(stemTerm(w), role.stem) {
			return true
		}
	}
	return false
}

// rolePersonLabel reports whether the text after a role's word makes it
// a label whose value opens with a person: ": Dr. A, Director".
func rolePersonLabel(after string) bool {
	m := reLabelAfterVerb.FindStringIndex(after)
	if m == nil {
		return false
	}
	// "Chair / Speaker: Chair: Dr. A": a label inside the value.
	value := reLeadLabels.ReplaceAllString(after[m[1]:], "")
	return reHonorificOpens.MatchString(value)
}

// reLeadLabels are the labels that open a value: "Chair: ".
var reLeadLabels = regexp.MustCompile(`^(?:\s*\p{Lu}[\p{L} /]{0,30}:)*\s*`)

// reHonorificOpens is a name that opens with an honorific: "Ms. Nguyen
// Thi Hoa".
var reHonorificOpens = regexp.MustCompile(`^(?:` + lexicon.Alt("honorifics") + `)\.?\s+\p{Lu}`)

// reNameValue is a table value that is a name: a few capitalised words,
// no figure ("Hokusei-Daiwa Joint Venture", "Mr. Kenji Sato").
var reNameValue = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’&-]*\s*(?:(?:of|for|and|the|de)\s+)?){1,8}$`)

// recTableLines are tableLines of sentence rec, and for a list item its
// one line: an outline set out as a list, "- Employer: Department of
// Public Works and Highways (DPWH)". A speaker's turn ("Tanaka: JICA
// will fund it.") is no list item.
func recTableLines(rec *sentenceRec) []tableLine {
	if !strings.Contains(rec.text, ": ") {
		return nil
	}
	if ls := tableLines(rec.text); len(ls) > 0 || rec.p.Cite.Item == "" {
		return ls
	}
	if m := reTableLabel.FindStringSubmatchIndex(rec.text); m != nil && m[0] == 0 && !reSentenceInside.MatchString(rec.text[m[1]:]) {
		return []tableLine{{label: rec.text[m[2]:m[3]], value: corpus.Span{Start: m[1], End: len(rec.text)}}}
	}
	return nil
}

// tableLine is a line of an outline table: its label, and where its value
// stands in the text.
type tableLine struct {
	label string
	value corpus.Span
}

// tableLines reads the lines of an outline table from a text, each value
// running to the next label; a text with fewer than two labels is not a
// table and has none.
func tableLines(text string) []tableLine {
	if strings.Count(text, ": ") < 2 {
		return nil
	}
	ls := reTableLabel.FindAllStringSubmatchIndex(text, -1)
	if len(ls) < 2 {
		return nil
	}
	out := make([]tableLine, len(ls))
	for i, m := range ls {
		end := len(text)
		if i+1 < len(ls) {
			end = ls[i+1][0]
		}
		out[i] = tableLine{label: text[m[2]:m[3]], value: corpus.Span{Start: m[1], End: end}}
	}
	return out
}

// labelStem is how many letters of a label's word a question's word must
// share: "co-financed" asks for the "Co-financier".
const labelStem = 5

// labelAsked reports whether the question asks for what a table label
// names: every word of the label is one of the question's, by its first
// letters.
// labelWordIs reports whether a question's word q names a label's word w.
func labelWordIs(w, q string) bool {
	k := min(labelStem, len(w), len(q))
	return len(q) >= min(labelStem, len(w)) && q[:k] == w[:k]
}

func labelAsked(label string, aq *asked) bool {
	words := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return !prose.IsWordRune(r) })
	n := 0
	for _, w := range words {
		if prose.Stopwords[w] {
			continue
		}
		n++
		found := false
		for _, t := range aq.terms {
			found = found || labelWordIs(w, t.word)
		}
		// "cambodia pilot city": a word the question's analysis takes
		// as its frame ("city" asks where) still names a column.
		for _, qw := range strings.FieldsFunc(aq.q, func(r rune) bool { return !prose.IsWordRune(r) }) {
			found = found || labelWordIs(w, qw)
		}
		if !found {
			return false
		}
	}
	return n > 0
}

// labelAt is the label of the outline-table line whose value holds byte
// pos of the sentence, or "".
func labelAt(rec *sentenceRec, pos int) string {
	for _, l := range recTableLines(rec) {
		if pos >= l.value.Start && pos < l.value.End {
			return l.label
		}
	}
	return ""
}

// labelFits reports whether a table label names what the question asks:
// its words, or the event asked ("Completion" for "when did it finish").
func labelFits(label string, aq *asked) bool {
	if label == "" {
		return false
	}
	if labelAsked(label, aq) {
		return true
	}
	askEnd, askStart := askedEvent(aq.q)
	ws := strings.Fields(strings.ToLower(label))
	for _, w := range ws {
		// "Project period: 1 July 2021 to 30 June 2024" says when it
		// starts and when it ends.
		// Not for a first plan: the table gives the period as it stands.
		if askEnd && eventEnd[w] || askStart && eventStart[w] || (askEnd || askStart) && periodLabels[w] && askedRevision(aq.q) == unrevised && !otherPeriod(ws, aq) {
			return true
		}
	}
	return false
}

// otherPeriod reports whether a period's label names a part of the
// work the question does not ask of: "Survey period" when the
// programme's end is asked, not "Project period".
func otherPeriod(label []string, aq *asked) bool {
	for _, w := range label {
		if periodLabels[w] || wholeWorkWords[w] || prose.Stopwords[w] {
			continue
		}
		if !slices.ContainsFunc(aq.terms, func(t qterm) bool { return t.word == w }) {
			return true
		}
	}
	return false
}

// wholeWorkWords qualify a period as the whole work's: "Project period".
var wholeWorkWords = lexicon.Set("whole work period words")

// periodLabels are a table label's words that give a period, both its
// ends: "Project period", "Duration".
var periodLabels = lexicon.Set("period labels")

// verbSideWeight ranks who-answers by where they stand from the question's
// verb in their sentence: "The Ministry ... asked JICA to build axle-load
// stations" answers "who asked for the stations" with the Ministry, the
// verb's subject, not JICA, its object.
const verbSideWeight = 0.1

// objectReach is how far after the verb a name is its object: "asked JICA
// to", "asked the Government of Japan to".
const objectReach = 40

// reByAfterVerb is "by" right after a verb, and rePassiveBefore a form of
// "be" right before it: a passive, whose agent follows.
var (
	reByAfterVerb = regexp.MustCompile(`^\s+by\b`)
	reByVerbAgent = regexp.MustCompile(`^\s+by\s+(?:the\s+)?`)
	// reAgentsEnd ends the names a passive's "by" brings.
	reAgentsEnd     = regexp.MustCompile(`[;:]\s|\b(?:together\s+with|along\s+with|with|in\s+the\s+presence\s+of)\b`)
	rePassiveWho    = regexp.MustCompile(`\bwho\s+(?:` + lexicon.Alt("passive auxiliaries") + `|been)\s+\w+(?:ed|en)\b`)
	rePassiveBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("passive auxiliaries") + `)\s+(?:\w+ly\s+)?$`)
)

// weighVerbSide lowers the candidates that stand right after the verb the
// who-question asks about, as its object, and raises those before it in
// its clause, as its subject, and those whose sentence does not say the
// verb at all. A passive ("was asked by") is left alone.
func weighVerbSide(aq *asked, cands []cand) {
	if aq.kind != AskWho {
		return
	}
	v, ok := whoVerb(aq)
	// "who was co chair": a prefix is no verb to place names by. "Who was
	// asked to build it" asks the verb's object.
	if !ok || len(v.word) <= shortWord || rePassiveWho.MatchString(aq.q) {
		return
	}
	unsaid := map[int]bool{}
	saidAny := false
	for i := range cands {
		c := &cands[i]
		if len(c.a.SentenceSpans) != 1 {
			continue
		}
		s, sp := c.a.Sentence, c.a.SentenceSpans[0]
		at := -1
		said := false
		for _, m := range prose.WordRE.FindAllStringIndex(s, -1) {
			// The verb's own stem: "pays" may mean a cost, but "costs" is
			// no verb whose subject pays.
			if stemTerm(s[m[0]:m[1]]) == v.stem {
				said = true
				at = m[0]
				end := m[1]
				// "a consortium led by KSE, together with Hoshino": the
				// names the passive's "by" brings are the verb's subject;
				// "signed by Mr. A, Governor of JBIC, and Mr. B" are two.
				if m := reByVerbAgent.FindStringIndex(s[end:]); m != nil && c.a.Span != "" {
					agents := s[end+m[1]:]
					if k := reAgentsEnd.FindStringIndex(agents); k != nil {
						agents = agents[:k[0]]
					}
					if strings.Contains(agents, c.a.Span) {
						c.bonus += verbSideWeight
					}
				}
				// "Chair: Dr. A, Director ...; Remarks: Mr. B": a role
				// written as a label before a person has no object; the
				// person holds the role.
				if reByAfterVerb.MatchString(s[end:]) || rolePersonLabel(s[end:]) || rePassiveBefore.MatchString(s[:at]) {
					at = -1
				}
				switch {
				case at < 0:
				case sp.Start >= end && sp.Start-end <= objectReach && !strings.ContainsAny(s[end:sp.Start], ".;"):
					c.bonus -= verbSideWeight
				case sp.End <= at && !strings.ContainsAny(s[sp.End:at], ".;"):
					c.bonus += verbSideWeight / 2
				}
				break
			}
		}
		if !said {
			unsaid[i] = true
		}
		saidAny = saidAny || said
	}
	// "In reply, Mr. Shimizu said ..." does not say who asked, when
	// another candidate's sentence does.
	if saidAny {
		for i := range unsaid {
			cands[i].bonus -= verbSideWeight
		}
	}
}

// notWhoHeads are the last words of names with short forms that name a
// document or what it fixes, not anyone who acts: "... for the Contract
// (ABC)". A programme may be a body ("the World Food Programme"), so
// project nouns are not among them.
var notWhoHeads = lexicon.Set("document heads")

// notWho reports whether an organisation's long name names a thing rather
// than a body.
func notWho(name string) bool {
	ws := strings.Fields(name)
	return len(ws) > 0 && notWhoHeads[strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))]
}

var (
	// reWinAsked asks who won something: "who won CP-2B", "which firm
	// won", not "how much is 50 million won".
	reWinAsked = regexp.MustCompile(`\b(?:who|which(?:\s+\w+){0,2})\s+(?:` + lexicon.Alt("winning question words") + `)\b|\bwinners?\b`)
	// reAwardedTo is an award and the "to" its winner follows: "hereby
	// awards Contract Package CP-2B to the joint venture of".
	// Not a "to" of "subject to", "prior to", "due to".
	reAwardedTo = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("awarding verbs") + `)\b[^.;:]{0,120}?\s(\S+)\s+to\s+(?:the\s+)?`)
	notAwardTo  = lexicon.Set("words before a to that is no award's")
	// winWords are the words by which a question asks who won.
	winWords = lexicon.Set("winning question words")
	// awardStem is the stem every awarding verb shares.
	awardStem = stemTerm("award")
)

// winnerBonus ranks the one an award goes to above the other names of its
// sentence, the body making the award first among them.
const winnerBonus = 0.5

// winnerReach is how far after "to" the winner's name may start: "the
// joint venture of" stands between.
const winnerReach = 40

// answerWinner offers the body an award goes to: the first name after
// "awarded ... to". The question's "won" is the award's own word.
func (md *Model) answerWinner(aq *asked, named map[string]bool, consider offerFunc) {
	for _, rec := range md.sents {
		if !rec.terms.has(awardStem) {
			continue // the cheap test before the pattern
		}
		m := reAwardedTo.FindStringSubmatchIndex(rec.text)
		if m == nil || notAwardTo[strings.ToLower(rec.text[m[2]:m[3]])] || !md.entityFit(aq.ent, rec) {
			continue
		}
		cov := md.covHolding(aq, rec, func(t qterm) bool { return winWords[t.word] })
		if cov < minCoverage {
			continue
		}
		for _, o := range rec.orgs {
			org := md.src.OrgByKey(o.Key)
			if org == nil || named[org.Name] || o.Span.Start < m[1] || o.Span.Start > m[1]+winnerReach || notWho(org.Name) {
				continue
			}
			span := corpus.Span{Start: rec.span.Start + o.Span.Start, End: rec.span.Start + o.Span.End}
			consider(answerFrom(rec, rec.text[o.Span.Start:o.Span.End], org.Display(), span), cov, winnerBonus)
			break
		}
	}
}
