package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Answer is the answerer's reply to a plain-English question.
type Answer struct {
	Found         bool
	Kind          string        // what was asked: money, when, where, who, countries, member, acronym, count, purpose, open
	Span          string        // the specific answer: "$98,520", "June 11, 2001", "Phnom Penh"
	Text          string        // the answer line, span first
	Sentence      string        // the source sentence, quoted
	SentenceSpans []corpus.Span // where the answer is in Sentence, for bold
	Passage       *corpus.Passage
	Note          string       // when not found: what the documents do say, if anything
	Closest       []corpus.Hit // when not found: the nearest passages
	// Quoted marks the middle outcome: no span answers, but Sentence (the
	// sentence or its relevant clause) holds every content word and name
	// of the question, with SentenceSpans on them. Found is false and
	// Span empty, since the quote claims no fact; it is not a refusal
	// either.
	Quoted bool
}

// Refused reports whether the answer is a refusal: no span and no quote.
// A trap is kept only if it is refused.
func (a Answer) Refused() bool { return !a.Found && !a.Quoted }

// Question kinds.
const (
	AskMoney     = "money"
	AskWhen      = "when"
	AskWhere     = "where"
	AskWho       = "who"
	AskCountries = "countries"
	AskMember    = "member"
	AskAcronym   = "acronym"
	AskCount     = "count"
	AskPurpose   = "purpose"
	AskOpen      = "open"
)

const (
	// openStandInCoverage is how much of a purpose question a passage must
	// cover to stand in for a purpose sentence: a passage says more than
	// what was asked, so only one that matches closely may.
	openStandInCoverage = 0.75
	// closestShown is how many of the nearest passages a refusal lists.
	closestShown = 3
	// quoteRunes is how much of a sentence an answer line quotes.
	quoteRunes = 200
)

// Answer answers a plain-English question from the facts: the specific
// span first, then the sentence it comes from. When no span answers it
// but a sentence holds all the question asks about, Quoted is set and
// Sentence is that sentence. When nothing does, the answer is Refused and
// Closest holds the nearest passages.
func (md *Model) Answer(question string) Answer {
	return md.answer(question, nil)
}

// futureCueAsked are the words by which a question asks for an event
// still to come: "next", "upcoming".
var futureCueAsked = lexicon.Set("future question cues")

// rePartOf is "part of" in a question.
var rePartOf = regexp.MustCompile(`(?i)\bpart\s+of\b`)

// spanOnlyKinds are the kinds whose answer is a span that cannot say yes
// or no. Not a date or a place: "has the date of the dialogue been
// fixed?" is answered by the date fixed.
var spanOnlyKinds = map[string]bool{AskMoney: true, AskCount: true}

// answer is Answer, passing over the fact not when it is set: a follow-up
// that names something new asks for another fact than its question's.
func (md *Model) answer(question string, not *Answer) Answer {
	aq := md.analyse(question)
	kind, ent := aq.kind, aq.ent
	if len(aq.terms) == 0 && len(ent.countries)+len(ent.groups)+len(ent.orgs)+len(ent.places) == 0 {
		// Nothing to look for: "?" or "-c" is not a question about anything.
		return Answer{Kind: kind}
	}
	// "Did the Pekanbaru workshop go ahead": the event is named by its
	// own words and date; "go ahead" is the question's frame, which a
	// sentence says by telling it was held or called off.
	// So is "take place" in "where did the signing take place": the
	// signing is the event, and a sentence places it by "signed ... in".
	if (aq.yesNo || kind == AskWhere || kind == AskWhen) && reHappeningAsked.MatchString(aq.q) {
		aq.dropTerms(happeningFrame)
	}
	if a, ok := md.answerRouteYesNo(aq); ok {
		return a
	}
	if a, ok := md.answerPlaceUndecided(aq); ok {
		return a
	}
	if a, ok := md.answerMemberYesNo(aq); ok {
		return a
	}
	// "Is Myanmar part of PULAP" of a programme no one is a member of is
	// asked of its coverage: "Myanmar is not included".
	if aq.yesNo && aq.kind == AskMember && not == nil && rePartOf.MatchString(aq.q) && !md.hasMembers(aq) {
		return md.answer(rePartOf.ReplaceAllString(question, "included in"), nil)
	}
	if a, ok := md.answerBodyStatusYesNo(aq); ok {
		return a
	}
	if a, ok := md.answerOnlyListYesNo(aq); ok {
		return a
	}
	if a, ok := md.answerRecipientYesNo(aq); ok {
		return a
	}
	if a, ok := md.answerProjectDoneYesNo(aq); ok {
		return a
	}
	// "Is the Thailand agreement in force yet" of a table whose "Date in
	// force" column says "not yet in force".
	if a, ok := md.answerCellActYesNo(aq); ok {
		return a
	}
	if a, ok := md.answerPolarityYesNo(aq); ok {
		return a
	}
	// "How much did GIZ give in euros": the currency is checked against
	// the sum (see trapped), not looked for among the sentence's words,
	// which write it "EUR".
	if m := reInCurrency.FindStringSubmatch(aq.q); m != nil && kind == AskMoney {
		words := map[string]bool{}
		for _, w := range strings.Fields(m[1]) {
			words[w] = true
		}
		aq.dropTerms(words)
	}
	// "How much is CCIP worth": of a body or project the question
	// names, the worth is its sum, which a sentence gives without the
	// word. Of a thing it does not name ("the package 3 contract"), the
	// word still says which sum.
	if kind == AskMoney && len(aq.ent.orgs) > 0 {
		aq.dropTerms(valueFrame)
	}
	// "Which countries send trainees": the sending is the question's
	// frame, which a sentence writes "trainees from"; so are "people"
	// ("which countries sent people"), whom it names otherwise.
	if kind == AskCountries && nounFromWhich(aq.q) != "" {
		aq.dropTerms(sendingVerbs)
		aq.dropTerms(peopleAsked)
	}
	// "How much did the ADB co-finance" when no document names the ADB:
	// the documents say nothing of it, whatever else matches.
	if name, ok := md.unnamedOrgAsked(aq); ok && kind != AskAcronym {
		aq.refuse = true
		aq.note = "They do not mention the " + name + "."
	}
	// "Is Thailand getting the loans?" with neither a sum to Thailand nor
	// an exclusion of it is not answered by another country's sum, which
	// would read as "yes".
	if aq.yesNo && len(ent.countries) > 0 && reReceiveAsk.MatchString(aq.q) {
		aq.refuse = true
	}
	// "Has the Yangon loan been signed yet" that no sentence answers yes
	// or no is not answered by the loan's sum or date: a span of another
	// kind says nothing of whether the act was done.
	if aq.yesNo && spanOnlyKinds[kind] && actAsked(aq.q) != nil {
		aq.refuse = true
	}
	var cands []cand
	consider := func(a Answer, cov, bonus float64) {
		// "Dates of the MLEC course": the sentence that names the MLEC
		// over one that speaks of "courses in this field" in its passage.
		// "The Fund" in a passage about the asked fund names it too.
		if len(aq.ent.orgs) > 0 && orgNamedKinds[kind] && !slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return !md.speaksOfOrg(a, o) }) {
			bonus += orgNamedBonus
		}
		bonus += columnKindBonus(aq, a)
		cands = append(cands, cand{a, cov, bonus})
	}
	if kind == AskWho || kind == AskOpen {
		// "Who is Somphone Keovilay?", "what is Takeshi Morinaga's job?".
		md.answerRole(aq, consider)
		md.answerPredecessor(aq, consider)
	}
	// "Why was it suspended?", "what did JICA ask the Ministry to do?":
	// the reason or the request, whatever else the question's words match.
	md.answerWhy(aq, consider)
	md.answerRequest(aq, consider)
	md.answerBodyJoined(aq, consider)
	md.answerBodyObserved(aq, consider)
	md.answerOrgStatus(aq, consider)
	md.answerLoanTerms(aq, consider)
	if kind == AskWho {
		md.answerSignatory(aq, consider)
	}
	md.answerOwnSigning(aq, consider)
	if kind == AskOpen {
		md.answerLabelValue(aq, consider)
		md.answerEligibility(aq, consider)
	}
	// "capacity of the can tho hub in tonnes": a table's cell, for a
	// question of no kind the other answerers take. A sum, a date or a
	// count asked is theirs, with its unit, its grammar and its rows.
	if !aq.yesNo && (kind == AskOpen || kind == AskMember) {
		md.answerTableCell(aq, consider, false)
	}
	if answer := md.byKind[kind]; answer != nil && !(kind == AskMoney && reNoSumTerm.MatchString(aq.q) && !reHowMuch.MatchString(aq.q)) {
		answer(aq, consider)
	}
	if kind == AskCount && !aq.yesNo {
		md.answerTableCell(aq, consider, true)
		md.answerItemCount(aq, consider)
	}
	// "How much CO2 does it avoid", "how much rice went to Rangoon": a
	// quantity, not a sum, when the question names no money and no sum
	// answers it. "How much did Brunei get" names no quantity: it asks
	// for money.
	if kind == AskMoney && !slices.ContainsFunc(cands, func(c cand) bool { return c.cov >= minCoverage }) && !reMoneyAsked.MatchString(aq.q) && quantityAsked(aq.q) {
		md.byKind[AskCount](aq, consider)
		md.answerTableCell(aq, consider, true)
	}
	weighed := map[sentenceKey]bool{}
	for _, c := range cands {
		weighed[sentenceKey{c.a.Passage, c.a.Sentence}] = true
	}
	if not != nil {
		cands = slices.DeleteFunc(cands, func(c cand) bool { return c.a.Span == not.Span && c.a.Passage == not.Passage })
	}
	// Only candidates that cover enough can win; the trap rules, the
	// dearest part of an answer, are read for them alone, best first,
	// until one passes. A who-question's weighing looks across all its
	// candidates (does any other sentence say the verb?), so its
	// trapped ones go first, as they always did.
	if kind == AskWho {
		cands = md.dropTrapped(aq, cands)
	} else {
		cands = slices.DeleteFunc(cands, func(c cand) bool { return c.cov < minCoverage })
	}
	md.weighRareTerms(aq, cands)
	weighOtherOnes(aq, cands)
	weighVerbSide(aq, cands)
	weighActWritten(aq, cands)
	weighUndoneAsked(aq, cands)
	md.weighRequestedOnly(aq, cands)
	cands = dropOtherInstrument(aq, cands)
	md.weighMainProject(aq, cands)
	best, ok := md.pickUntrapped(aq, cands)
	if aq.refuse {
		ok = false
	}
	// A passage may stand in for a purpose, never for a name: "who funds
	// X" with no funder in the documents is not answered with X's passage.
	if !ok && !aq.refuse && (kind == AskOpen || kind == AskPurpose) {
		var open []cand
		md.answerOpen(aq, func(a Answer, cov, bonus float64) {
			// A passage instead of a name or a purpose must match closely.
			if kind != AskOpen && cov < openStandInCoverage {
				return
			}
			open = append(open, cand{a, cov, bonus})
		})
		best, ok = pick(open)
		if ok && (md.onlyPlannedThere(aq, best.a.Passage) || findingsNotOut(aq, best.a) || outcomeNotYet(aq, best.a) || md.numberedOtherwise(aq, best)) {
			ok = false
		}
		// "What is the capacity of the Preah Sihanouk cell" is not
		// answered by the passage on that cell that gives no capacity:
		// the passage must say the thing asked of it.
		if ok && kind == AskOpen {
			if m := reAttributeAsked.FindStringSubmatch(aq.q); m != nil && !md.termsOf(best.a.Text)[stemTerm(m[1])] {
				ok = false
			}
		}
	}
	// "What was his job before becoming secretary-general" is not
	// answered by a passage that says he is secretary-general.
	if ok && (best.a.Kind == AskOpen || kind == AskOpen) && roleAfterGiven(aq.q, best.a.Text) {
		ok = false
	}
	if !ok {
		// No span fits: a sentence that says what was asked about is
		// still worth quoting, short of an answer.
		// "What was his job before becoming secretary-general" is not
		// answered by quoting that he is secretary-general.
		if a, quoted := md.answerQuoted(aq, weighed); quoted && !roleAfterGiven(aq.q, a.Sentence) {
			a.Kind = kind
			return a
		}
		a := Answer{Kind: kind, Note: aq.note}
		if hits, err := md.src.Search(question); err == nil {
			a.Closest = hits[:min(closestShown, len(hits))]
		}
		return a
	}
	a := best.a
	a.Found, a.Kind = true, kind
	return a
}

// quote returns the sentence and where spans sit in it.
func quote(rec *sentenceRec, spans ...corpus.Span) (string, []corpus.Span) {
	var out []corpus.Span
	for _, s := range spans {
		if s.Start >= rec.span.Start && s.End <= rec.span.End {
			out = append(out, corpus.Span{Start: s.Start - rec.span.Start, End: s.End - rec.span.Start})
		}
	}
	return rec.text, prose.MergeSpans(out)
}

// answerFrom is an answer from a sentence: span is the answer itself,
// text the answer line, and spans where the answer stands in the passage,
// to be shown in bold.
func answerFrom(rec *sentenceRec, span, text string, spans ...corpus.Span) Answer {
	s, ss := quote(rec, spans...)
	return Answer{Span: span, Text: text, Sentence: s, SentenceSpans: ss, Passage: rec.p}
}

// answerers are the candidate finders for each kind of question.
func (md *Model) answerers() map[string]func(*asked, offerFunc) {
	return map[string]func(*asked, offerFunc){
		AskAcronym:   md.answerAcronym,
		AskMoney:     md.answerMoney,
		AskWhen:      md.answerWhen,
		AskWhere:     md.answerWhere,
		AskMember:    md.answerMember,
		AskCountries: md.answerCountries,
		AskCount:     md.answerCount,
		AskWho:       md.answerWho,
		AskPurpose:   md.answerPurpose,
		AskOpen:      md.answerWhatIs,
	}
}

// actWrittenBonus ranks a place whose sentence writes the act the
// question asks in its own word ("administered") above one whose
// sentence only says a kindred one ("held"), which the synonyms let match
// as well.
const actWrittenBonus = 0.05

// weighActWritten raises, for a where- or when-question, the candidates
// whose sentence writes the question's verb itself: "when did ALNEP
// launch" is answered by the day "It was launched", not by the day a
// project that supports it started.
func weighActWritten(aq *asked, cands []cand) {
	if aq.kind != AskWhere && aq.kind != AskWhen {
		return
	}
	act := actAsked(aq.q)
	if act == nil {
		return
	}
	for i := range cands {
		if act.MatchString(cands[i].a.Sentence) {
			cands[i].bonus += actWrittenBonus
		}
	}
}

// dropOtherInstrument leaves out, for "who signed the exchange of notes"
// or "where was it signed", the candidates whose sentence names only
// other instruments: "have signed the loan agreement for NJCRP" is not
// the exchange of notes' signing.
func dropOtherInstrument(aq *asked, cands []cand) []cand {
	if aq.kind != AskWho && aq.kind != AskWhere {
		return cands
	}
	asked := instrumentAsked(aq.q)
	if asked == "" {
		return cands
	}
	return slices.DeleteFunc(cands, func(c cand) bool {
		named := instrumentsIn(c.a.Sentence)
		return len(named) > 0 && !slices.ContainsFunc(named, func(n string) bool { return sameInstrument(n, asked) })
	})
}

// instrumentsIn lists the instruments text names, as written.
func instrumentsIn(text string) []string {
	return reInstrumentIn.FindAllString(text, -1)
}

// reInstrumentIn is an instrument's name.
var reInstrumentIn = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("instruments signed for a project") + `)\b`)

// requestedOnlyPenalty ranks a sum only asked for ("requested Japan to
// consider Phase II ..., with an indicative loan amount of JPY 54,000
// million") below the sums given, for a question that asks neither what
// was asked for nor what was given: "how much is the NJCRP loan" is the
// loan signed. It is a weight, not a trap: a sum only asked for still
// answers when no other does.
const requestedOnlyPenalty = 0.1

// weighRequestedOnly lowers, for a sum asked plainly, the candidates
// whose sum was only asked for.
// A count asked plainly is weighed the same way: "length of road
// upgraded?" is not the 118 km a request asks to upgrade.
func (md *Model) weighRequestedOnly(aq *asked, cands []cand) {
	if aq.kind != AskMoney && aq.kind != AskCount || reRequestWordIn.MatchString(aq.q) || givingAsked(aq.q) {
		return
	}
	for i := range cands {
		if aq.kind == AskMoney && md.onlyRequested(cands[i].a) || aq.kind == AskCount && countRequested(cands[i].a) {
			cands[i].bonus -= requestedOnlyPenalty
		}
	}
}

// countRequested reports whether a's count stands in what its sentence
// asks for: after a verb of asking for something, in the same clause
// chain ("requested Japan to provide a loan ... to upgrade 118 km").
func countRequested(a Answer) bool {
	if len(a.SentenceSpans) != 1 || a.SentenceSpans[0].End > len(a.Sentence) {
		return false
	}
	before := a.Sentence[:a.SentenceSpans[0].Start]
	m := reAskingFor.FindAllStringIndex(before, -1)
	return len(m) > 0 && !strings.ContainsAny(before[m[len(m)-1][1]:], ";.")
}

// reAskingFor is a verb of asking for a thing not yet given.
var reAskingFor = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("asking for verbs") + `)\b`)

// undoneBonus ranks first, for "how much is still not disbursed", the sum
// whose clause denies the act asked ("has been budgeted but not yet
// disbursed"), above the commitment and the part already disbursed.
const undoneBonus = 0.2

// reUndoneAsked asks of what is not yet done: "still not disbursed", "not
// yet spent", "undisbursed". Its group is the act.
var reUndoneAsked = regexp.MustCompile(`\b(?:not\s+(?:yet\s+)?|un)([a-z]{4,}ed)\b`)

// weighUndoneAsked raises, for a sum asked as not yet done, the
// candidates whose clause says that act is not yet done.
func weighUndoneAsked(aq *asked, cands []cand) {
	m := reUndoneAsked.FindStringSubmatch(aq.q)
	if aq.kind != AskMoney || m == nil {
		return
	}
	act := actAsked(m[1])
	if act == nil {
		return
	}
	for i := range cands {
		c := &cands[i]
		if len(c.a.SentenceSpans) != 1 || c.a.SentenceSpans[0].End > len(c.a.Sentence) {
			continue
		}
		cl := prose.ClauseOf(c.a.Sentence, c.a.SentenceSpans[0])
		for _, at := range act.FindAllStringIndex(cl, -1) {
			if deniedBefore(cl[:at[0]]) {
				c.bonus += undoneBonus
				break
			}
		}
	}
}

// knownOrgs are the well-known bodies a question may name by their short
// form or full name (lexicon "well-known bodies", spelt out by "general
// acronyms"), in order: not kinds of body such as an NGO.
var knownOrgs = func() [][2]string {
	names := lexicon.Pairs("general acronyms")
	var out [][2]string
	for _, acr := range lexicon.Words("well-known bodies") {
		if name := names[acr]; name != "" {
			out = append(out, [2]string{acr, name})
		}
	}
	return out
}()

// unnamedOrgAsked is the name of a well-known organisation the question
// names that no document does.
func (md *Model) unnamedOrgAsked(aq *asked) (string, bool) {
	lq := " " + strings.Join(strings.FieldsFunc(aq.q, func(r rune) bool { return !prose.IsWordRune(r) }), " ") + " "
	for _, kn := range knownOrgs {
		acr, name := kn[0], kn[1]
		if !strings.Contains(lq, " "+strings.ToLower(acr)+" ") && !strings.Contains(lq, " "+strings.ToLower(name)+" ") {
			continue
		}
		if !md.anyWrites(func(text string) bool {
			return hasPhrase(text, acr) || strings.Contains(strings.ToLower(text), strings.ToLower(name))
		}) {
			return name, true
		}
	}
	// "How much did the ASEAN Foundation give": a body named by a word
	// and a head that only names bodies is one the documents must write
	// so, not a Foundation and an ASEAN they name apart.
	// Only a word that names a country, a group of countries or a region
	// makes such a name ("world", "asean", "japan"): "adb bank", "river
	// bank", "bridge foundation" and "japanese foundation" name no body.
	for _, m := range reBodyNamedInFull.FindAllStringSubmatch(lq, -1) {
		if !regionWords[m[1]] && !strings.EqualFold(md.countryAliases[m[1]], m[1]) && !slices.ContainsFunc(md.groupNames, func(g string) bool { return strings.EqualFold(g, m[1]) }) {
			continue
		}
		words := m[1] + " " + m[2]
		if !md.anyWrites(func(text string) bool { return writesWords(text, words) }) {
			return prose.UpperFirst(m[1]) + " " + prose.UpperFirst(m[2]), true
		}
	}
	return "", false
}

// regionWords name a region a body may be named for: "the World Bank".
var regionWords = lexicon.Set("region words in body names")

// reBodyNamedInFull is a word and a head noun that names a body ("world
// bank", "asean foundation"), in a question's words one space apart.
var reBodyNamedInFull = regexp.MustCompile(`\s(\w+)\s(` + lexicon.Alt("body heads named in full") + `)\s`)

// anyWrites reports whether some document's title, publisher or passage
// satisfies writes.
func (md *Model) anyWrites(writes func(text string) bool) bool {
	for _, d := range md.docs {
		if writes(d.Title) || writes(d.Publisher) {
			return true
		}
		for _, p := range d.Passages {
			if writes(p.Text) {
				return true
			}
		}
	}
	return false
}

// reAttributeAsked asks for a thing's measured attribute by its noun:
// "what is the capacity of", "wat's the length of". Its group is the
// noun. Not "the status of", which a passage says without the word.
var reAttributeAsked = regexp.MustCompile(`^\s*(?:what|wat|wht)(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(` + lexicon.Alt("measured attribute nouns") + `)\s+of\b`)

// figureColumnKinds are the words by which a table's column says what
// kind of figure its cells are: planned, target, actual, baseline.
var figureColumnKinds = lexicon.Set("figure column kinds")

// actualColumnKinds are those of figures that came to pass, which a
// question that names no kind asks for.
var actualColumnKinds = lexicon.Set("actual figure column kinds")

// columnKindWeight puts the cell of a table row whose column names the
// kind of figure asked ("the target", "the actual cost") above the row's
// other cells, and, when no kind is asked, the actual figure above the
// planned or targeted one: "what share of graduates got jobs in 2020" is
// answered by "Actual (2020): 82.4%", not "Target (2020): 75%". Less than
// a word of the question, so it chooses only among a row's cells.
const columnKindWeight = 0.05

// columnKindBonus weighs answer a by the kind its table cell's column
// names against the kind question aq asks.
func columnKindBonus(aq *asked, a Answer) float64 {
	if a.Passage == nil || !a.Passage.IsTableRow() || len(a.SentenceSpans) != 1 || a.SentenceSpans[0].Start > len(a.Sentence) {
		return 0
	}
	label := strings.ToLower(cellLabelBefore(a.Sentence, a.SentenceSpans[0].Start))
	if label == "" {
		return 0
	}
	kinds := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !prose.IsWordRune(r) }) {
			if figureColumnKinds[w] {
				out[literalStem(w)] = true
			}
		}
		return out
	}
	if !aq.figureKindsRead {
		aq.figureKinds, aq.figureKindsRead = kinds(aq.q), true
	}
	has, asked := kinds(label), aq.figureKinds
	if len(has) == 0 {
		return 0
	}
	if len(asked) == 0 {
		for k := range has {
			if actualColumnKinds[k] {
				return columnKindWeight
			}
		}
		return -columnKindWeight
	}
	for k := range has {
		if asked[k] {
			return columnKindWeight
		}
	}
	return -columnKindWeight
}
