package qa

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Traps: questions that look answerable but are not. Each rule here refuses
// a candidate whose sentence does not support what the question asks,
// however well its words match.

// maxBackSentences is how many sentences back, each pointing to the one
// before, the thing a sentence speaks of may be numbered.
const maxBackSentences = 3

// ordinalReach is how many words after an ordinal a meeting noun may
// stand for the ordinal to number the meeting: "the 10th ASEAN board
// meeting", "the 4th Mekong-Japan Foreign Ministers' Meeting".
const ordinalReach = 5

var (
	reFutureAsk = regexp.MustCompile(`\b(?:` + lexicon.Alt("future question cues") + `)\b|\bwill\b[^?]*\b(?:` + lexicon.Alt("meeting verbs") + `)\b`)
	// reWillBe asks where something will be: "where will the 5th
	// conference be".
	reWillBe     = regexp.MustCompile(`\bwill\b[^?]*\bbe\b`)
	reFutureSays = prose.NewStartRE(regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("future cues") + `)\b`))
	ordinalNum   = numberPairs("ordinals")
	ordinalTens  = numberPairs("ordinal tens")
	// Tried only where a digit or an ordinal word can start: most of a
	// sentence cannot.
	reOrdinal = prose.NewStartRE(regexp.MustCompile(`(?i)\b(?:(\d{1,3})(?:st|nd|rd|th)|(?:(` + lexicon.AltOf(slices.Sorted(maps.Keys(ordinalTens))) + `)[\s-]+)?(` + lexicon.AltOf(slices.Sorted(maps.Keys(ordinalNum))) + `))\b`))
)

// numberPairs reads a lexicon section of "word = number" entries.
func numberPairs(section string) map[string]int {
	out := map[string]int{}
	for k, v := range lexicon.Pairs(section) {
		n, _ := strconv.Atoi(v)
		out[k] = n
	}
	return out
}

// reGappedOrdinal is an ordinal after a comma or "and" with no noun of
// its own, a meeting's noun left out: ", the second in Bangkok", "and
// the third in Hanoi".
var reGappedOrdinal = regexp.MustCompile(`(?i)(?:,|\band)\s+the\s+(\S+)\s+(?:` + lexicon.Alt("gapped ordinal followers") + `)\b`)

// ordinalBefore is the ordinal that numbers the answer at byte at of
// sentence s when the sentence runs ordinals with the noun left out: the
// last ordinal before at, if at least one ordinal after the first stands
// gapped.
func ordinalBefore(s string, at int) (int, bool) {
	if at < 0 || at > len(s) {
		return 0, false
	}
	gapped := false
	for _, m := range reGappedOrdinal.FindAllStringSubmatch(s, -1) {
		gapped = gapped || len(ordinalsIn(m[1])) == 1
	}
	if !gapped {
		return 0, false
	}
	ms := reOrdinal.FindAllStringIndex(s[:at], -1)
	if len(ms) == 0 {
		return 0, false
	}
	last := ms[len(ms)-1]
	if strings.ContainsAny(s[last[1]:at], ";") {
		return 0, false
	}
	ns := ordinalsIn(s[last[0]:last[1]])
	if len(ns) != 1 {
		return 0, false
	}
	return ns[0], true
}

// ordinalsIn lists the ordinal numbers s names: "10th", "tenth",
// "Twenty-First".
func ordinalsIn(s string) []int {
	var out []int
	for _, m := range reOrdinal.FindAllStringSubmatch(s, -1) {
		if m[1] != "" {
			n, _ := strconv.Atoi(m[1])
			out = append(out, n)
		} else {
			out = append(out, ordinalTens[strings.ToLower(m[2])]+ordinalNum[strings.ToLower(m[3])])
		}
	}
	return append(out, phaseNumbers(s)...)
}

// phaseOrdinals lists the numbers of the parts s names by an ordinal
// before their noun: "a second phase".
func phaseOrdinals(s string) []int {
	var out []int
	for _, m := range rePhaseOrdinal.FindAllString(s, -1) {
		out = append(out, ordinalsIn(m)...)
	}
	return out
}

// rePhaseOrdinal is a part numbered by an ordinal before its noun.
var rePhaseOrdinal = regexp.MustCompile(reOrdinal.String() + `[\s-]+(?:` + lexicon.Alt("phase heads") + `)\b`)

// rePhaseNumber is a part numbered after its noun: "Phase II", "phase
// one", "stage 2", "Tranche 1".
var rePhaseNumber = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("phase heads", "numbered part heads") + `)\s+(\d{1,2}|[ivx]{1,4}|` + lexicon.AltOf(slices.Sorted(maps.Keys(numberWords))) + `)\b`)

// phaseNumbers lists the numbers of the parts s names after their noun.
func phaseNumbers(s string) []int {
	var out []int
	for _, m := range rePhaseNumber.FindAllStringSubmatch(s, -1) {
		w := strings.ToLower(m[1])
		n, err := strconv.Atoi(w)
		if err != nil {
			n, _ = strconv.Atoi(numberWords[w])
		}
		if n == 0 {
			n = romanValue(w)
		}
		if n > 0 {
			out = append(out, n)
		}
	}
	return out
}

// romanValue reads a small roman numeral, lower case; 0 when it is none.
func romanValue(w string) int {
	val := func(c byte) int {
		switch c {
		case 'i':
			return 1
		case 'v':
			return 5
		case 'x':
			return 10
		}
		return 0
	}
	n := 0
	for i := 0; i < len(w); i++ {
		v := val(w[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(w) && val(w[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// rePhaseBack is a numbered part spoken of by pointing back: "this
// phase", "that tranche".
var rePhaseBack = regexp.MustCompile(`(?i)\b(?:this|that|the same)\s+(?:` + lexicon.Alt("phase heads", "numbered part heads") + `)\b`)

// rePhaseAfterHyphen is a phase's noun joined to the ordinal before it:
// "second-phase".
var rePhaseAfterHyphen = regexp.MustCompile(`(?i)^-(?:` + lexicon.Alt("phase heads") + `)\b`)

// meetingOrdinals lists the ordinals that number a meeting in q: "the
// 10th board meeting", not "the first corridor".
func meetingOrdinals(q string) []int {
	out := phaseNumbers(q)
	for _, m := range reOrdinal.FindAllStringIndex(q, -1) {
		// "third-country training" is a kind of training, not the third;
		// "the second-phase loan" numbers a phase.
		if strings.HasPrefix(q[m[1]:], "-") {
			if rePhaseAfterHyphen.MatchString(q[m[1]:]) {
				out = append(out, ordinalsIn(q[m[0]:m[1]])...)
			}
			continue
		}
		after := strings.Fields(q[m[1]:])
		for i := 0; i < len(after) && i < ordinalReach; i++ {
			// "the 13th amaf-japan held": a meeting's verb says so too.
			if w := strings.Trim(after[i], "?,."); meetingNouns[w] || meetingVerbs[w] {
				out = append(out, ordinalsIn(q[m[0]:m[1]])...)
				break
			}
		}
	}
	return out
}

// meetingNouns are what an ordinal numbers, for a question to be held to
// it: meetings and events, the phases of a project ("the second phase")
// and the parts of a loan ("the second tranche").
var meetingNouns = lexicon.Set("event nouns", "meeting nouns", "phase heads", "numbered part heads")

// meetingVerbs say that what an ordinal numbers met: "the 13th AMAF-Japan
// held".
var meetingVerbs = lexicon.Set("meeting verb forms")

var (
	reAskedFiscalYear = regexp.MustCompile(`\b(?:fy\s?|fiscal\s+(?:year\s+)?)((?:19|20)\d{2})\b`)
	reWillAsk         = regexp.MustCompile(`\b(?:will|going to|expected|due|scheduled)\b`)
	reAskCity         = regexp.MustCompile(`\b(?:which|what)\s+(?:city|town|province|port|village|district)\b`)
)

// isCountry tells whether a span is a country's name and nothing more.
func (md *Model) isCountry(span string) bool {
	ms := md.src.CountriesAnyCase(span)
	return len(ms) == 1 && ms[0].Span.Start == 0 && ms[0].Span.End == len(span)
}

// isCity tells whether a country's name is also a city's, as a
// city-state's is: "Singapore" answers "which city".
func (md *Model) isCity(span string) bool {
	ms := md.src.CountriesAnyCase(span)
	return len(ms) == 1 && md.src.CityState(ms[0].Name)
}

// trapAsk is what the trap rules read from a question, read once for all
// its candidates.
type trapAsk struct {
	future, will, city, receive, excluded bool
	// leftOut memoises leftOutHits.
	leftOut map[leftOutKey][]leftOutHit
	// deniedRead and denied memoise actDeniedOfAsked; deniedWords are
	// the question's words the denial's subject holds ("revised",
	// "tender" of "A revised tender has not yet been issued").
	deniedRead, denied bool
	deniedWords        []string
	deniedRec          *sentenceRec
	// eventYears are the years that name the event asked, and
	// eventNames the words before them: "matsuri 2021", not "in 2019".
	eventYears []int
	eventNames []string
	// tenselessOK is set when the question's future is only its tense
	// ("where will the floodgates be built"), not a next event: then a
	// scope of works written without a verb ("Construction of three
	// floodgates ... within Naga City") may answer it.
	tenselessOK bool
	fiscal      []*regexp.Regexp // a fiscal year the sentence must write
	// pastAct matches the forms of the verb a question asks of as done
	// ("when was it signed"), or is nil.
	pastAct *regexp.Regexp
	// pastAsked: the question asks in the past tense of no plan.
	pastAsked bool
	// bodyHead is the stem of the head noun a question asks a body by
	// ("ministry" of "which ministry requested it"), or "".
	bodyHead string
	// sideAsked is the word a question names a party's side by ("philippine"
	// of "for the philippine side"), or "".
	sideAsked string
	ordinals  []int // ordinals that number a meeting

	// generalAsked are the short forms of things no body owns that the
	// question names ("atfm" for air traffic flow management), read once
	// when generalRead is set.
	generalAsked []*corpus.Org
	generalRead  bool

	// What a sentence says, read once though many candidates share it.
	futureSays map[string]bool
	another    map[string]bool
	otherProj  map[string]bool
	sentOrds   map[string][]int
	stmtOrds   map[string][]int
	countries  map[string][]GeoMention
}

// excludes reports whether sentence s of passage p excludes anything,
// read once per sentence: most do not, and then need not be read for
// countries.
func (md *Model) excludes(p *corpus.Passage, s string) bool {
	if rec := md.recOfSentence(p, s); rec != nil {
		return rec.excludes()
	}
	return prose.Excludes(s)
}

// countriesOf lists the countries text names, read once per text.
func (t *trapAsk) countriesOf(md *Model, text string) []GeoMention {
	v, ok := t.countries[text]
	if !ok {
		v = md.src.Countries(text)
		t.countries[text] = v
	}
	return v
}

// reEventYear is a year written after a word, which may name an event
// with it ("Matsuri 2021") or date something ("in 2019").
var reEventYear = regexp.MustCompile(`\b([\p{L}]+)\s+((?:19|20)\d\d)\b`)

// eventYears are the years question q writes after a word that is no
// small word or word of dating, and those words: "matsuri 2021".
func eventYears(q string) (names []string, years []int) {
	for _, m := range reEventYear.FindAllStringSubmatch(q, -1) {
		w := strings.ToLower(m[1])
		if prose.Stopwords[w] || questionStop[w] || monthNames[prose.UpperFirst(w)] || yearLeadWords[w] {
			continue
		}
		if n, err := strconv.Atoi(m[2]); err == nil {
			names, years = append(names, w), append(years, n)
		}
	}
	return names, years
}

// namesOtherEdition reports whether passage p, with its heading, names an
// event the question names by a year with another year: "Matsuri 2020"
// where the question asks of "matsuri 2021". "Vision 2025" adopted in
// 2015 names no other edition.
func namesOtherEdition(p *corpus.Passage, names []string, years []int) bool {
	text := strings.ToLower(p.Text + " " + p.Cite.SectionTitle)
	for i, n := range names {
		for _, m := range reEventYear.FindAllStringSubmatch(text, -1) {
			if m[1] == n && m[2] != strconv.Itoa(years[i]) {
				return true
			}
		}
	}
	return false
}

// reBareYear is a year and nothing more.
var reBareYear = regexp.MustCompile(`^(?:19|20)\d\d$`)

// yearLeadWords are words before a year that date it, not name an event.
var yearLeadWords = lexicon.Set("year lead words")

// tenseless reports whether statement s has no verb that gives it a time:
// no auxiliary, no past form, no year and no table label ("Venue:
// Hanoi" of a meeting held is past).
func tenseless(s string) bool {
	if len(tableLines(s)) > 0 || reYearIn.MatchString(s) {
		return false
	}
	for _, w := range prose.WordRE.FindAllString(strings.ToLower(s), -1) {
		if tenseWords[w] || pastForm(w) {
			return false
		}
	}
	return true
}

// pastForm reports whether a lower-case word is a past form: "-ed", or
// one of the irregular ones ("built", "held").
func pastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w]
}

var irregularPast = lexicon.Set("irregular past forms")

// numberedOtherwise reports whether a passage that stands in for an
// answer numbers what it speaks of, and not as the question does:
// "JICA approved Tranche 1 ..." for "interest rate on the second
// tranche". One that numbers nothing ("carried out in four phases:") is
// not held to the question's number.
func (md *Model) numberedOtherwise(aq *asked, c cand) bool {
	numbers := len(ordinalsIn(c.a.Text)) > 0 || len(meetingOrdinals(strings.ToLower(c.a.Text))) > 0
	return numbers && md.trapped(aq, c) == trapOrdinal
}

// trapOrdinal is the trap of a thing numbered otherwise than asked: "the
// second tranche" is not "Tranche 1". A passage that stands in for an
// answer is held to it too.
const trapOrdinal = "ordinal"

// irregularPastRE finds each irregular past form as a word.
var irregularPastRE = func() map[string]*regexp.Regexp {
	out := map[string]*regexp.Regexp{}
	for w := range irregularPast {
		out[w] = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(w) + `\b`)
	}
	return out
}()

var (
	tenseWords = lexicon.Set("tense words")
	reYearIn   = regexp.MustCompile(`\b(?:1[89]|20)\d\d\b`)
)

// saysFuture reports whether statement s speaks of the future.
func (t *trapAsk) saysFuture(s string) bool {
	v, ok := t.futureSays[s]
	if !ok {
		// "presented to the 22nd meeting, held in June 2006, as part of
		// the planned grid": a participle after an article describes a
		// thing, it does not put the clause in the future.
		v = reFutureSays.MatchString(reArticleParticiple.ReplaceAllString(s, ""))
		t.futureSays[s] = v
	}
	return v
}

// namesABody reports whether a question word is rare enough in the
// documents, or absent from them, to name one body.
func (md *Model) namesABody(w string) bool {
	idf, ok := md.idf[stemTerm(w)]
	return !ok || idf >= rareTermShare*md.maxIDF
}

// reBorderBefore is what places something by a country without giving it
// anything: "along the border with".
var reBorderBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("border phrases") + `)\s+(?:the\s+)?$`)

// reRoleOfAsked is a role and the body it is of, in a question: "the
// president of marubeni".
var reRoleOfAsked = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("role heads") + `)\s+of\s+(?:the\s+)?([\p{L}][\p{L}0-9-]+)`)

// reArticleParticiple is a plan's participle used as an adjective.
var reArticleParticiple = regexp.MustCompile(`(?i)\b(?:the|a|an)\s+(?:` + lexicon.Alt("plan participles") + `)\b`)

// reFromGiver is "from" and the name after it in a question: the giver.
var reFromGiver = regexp.MustCompile(`\bfrom\s+(?:the\s+)?(\S+(?:\s+\S+)?)`)

// receivers are the countries a question names, but those it names as
// giving ("from Japan").
func (t *trapAsk) receivers(md *Model, aq *asked) []string {
	var from []string
	for _, m := range reFromGiver.FindAllStringSubmatch(aq.q, -1) {
		for _, c := range md.src.CountriesAnyCase(m[1]) {
			from = append(from, c.Name)
		}
	}
	return slices.DeleteFunc(slices.Clone(aq.ent.countries), func(c string) bool { return slices.Contains(from, c) })
}

// meetingOrdinalsOf lists the ordinals that number a meeting in statement
// s, read once though many candidates share it.
func (t *trapAsk) meetingOrdinalsOf(s string) []int {
	v, ok := t.stmtOrds[s]
	if !ok {
		v = meetingOrdinals(strings.ToLower(s))
		t.stmtOrds[s] = v
	}
	return v
}

// ordinalsOf lists the ordinals sentence s names.
func (t *trapAsk) ordinalsOf(s string) []int {
	v, ok := t.sentOrds[s]
	if !ok {
		v = ordinalsIn(s)
		t.sentOrds[s] = v
	}
	return v
}

// reSideAsked is a question's side of a party: "for the philippine side".
// reSideSaid is a sentence's, each match its own.
var (
	reSideAsked = regexp.MustCompile(`\b(?:for|on|from)\s+the\s+(\S+)\s+(?:` + lexicon.Alt("side nouns") + `)\b`)
	reSideSaid  = regexp.MustCompile(`(?i)\bon\s+the\s+(\S+)\s+(?:` + lexicon.Alt("side nouns") + `)\b`)
)

// otherSideBefore reports whether text, the words of a sentence before a
// person, gives them a country's side by its last side said, and not the
// one asked: the side governs the words after it ("on the Japanese side
// by Mr. Hiroshi Kuwabara, Ambassador ... at the Ministry of Foreign
// Affairs").
func (md *Model) otherSideBefore(asked, text string) bool {
	ms := reSideSaid.FindAllStringSubmatch(text, -1)
	if len(ms) == 0 {
		return false
	}
	said := md.src.CountriesAnyCase(ms[len(ms)-1][1])
	want := md.src.CountriesAnyCase(asked)
	if len(said) == 0 || len(want) == 0 {
		return false
	}
	return said[0].Name != want[0].Name
}

// trapsOf reads the trap rules' cues from aq once.
func trapsOf(aq *asked) *trapAsk {
	if aq.traps != nil {
		return aq.traps
	}
	names, years := eventYears(aq.q)
	t := &trapAsk{
		future:      reFutureAsk.MatchString(aq.q) || aq.kind == AskWhere && reWillBe.MatchString(aq.q),
		tenselessOK: !reFutureAsk.MatchString(aq.q),
		eventYears:  years,
		eventNames:  names,

		will:     reWillAsk.MatchString(aq.q),
		city:     reAskCity.MatchString(aq.q),
		receive:  reReceiveAsk.MatchString(aq.q),
		excluded: reExcludedAsked.MatchString(aq.q),
		ordinals: meetingOrdinals(aq.q),

		futureSays: map[string]bool{},
		another:    map[string]bool{},
		otherProj:  map[string]bool{},
		sentOrds:   map[string][]int{},
		stmtOrds:   map[string][]int{},
		countries:  map[string][]GeoMention{},
	}
	for _, m := range reAskedFiscalYear.FindAllStringSubmatch(aq.q, -1) {
		// "FY2014", "fiscal year 2014", "fiscal 2014", "fiscal year (FY)
		// 2014".
		t.fiscal = append(t.fiscal, regexp.MustCompile(`(?i)\b(?:fy\s?|fiscal\s+(?:years?\s+)?(?:\(fy\)\s*)?)`+m[1]+`\b`))
	}
	if m := reBodyHeadAsked.FindStringSubmatch(aq.q); m != nil {
		t.bodyHead = stemTerm(m[1])
	}
	if m := reSideAsked.FindStringSubmatch(aq.q); m != nil {
		t.sideAsked = m[1]
	}
	t.pastAsked = pastAsked(aq.q)
	if t.pastAsked {
		t.pastAct = actAsked(aq.q)
	}
	aq.traps = t
	return t
}

// pastAsked reports whether q asks in the past tense of no plan.
func pastAsked(q string) bool {
	return !reWillAsk.MatchString(q) && rePastAsk.MatchString(q) && !rePlanAsk.MatchString(q)
}

// actAsked matches the forms of the last verb in "-ed" that q writes,
// "signed" in "is the agreement signed yet", or of an act's verb after
// "did" ("when did the Diet approve it"), or is nil.
func actAsked(q string) *regexp.Regexp {
	stem := actStemAsked(q)
	if stem == "" {
		return nil
	}
	if stem == forceStem {
		return reForceAct
	}
	// "concluded": its stem ends in "e", which "concluding" drops.
	// "approval" is the act of "approved" as a noun.
	return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(stem) + `(?:e|ed|es|ing|s|al)?\b`)
}

var (
	// reFindingsAsked asks what a study or an evaluation found.
	reFindingsAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("findings asked") + `)\b`)
	// reFindingsUnreleased says a study's findings are not out yet:
	// "its findings ... have not yet been released".
	reFindingsUnreleased = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("findings nouns") + `)\b[^.;]{0,100}?\b(?:not yet|yet to)\b(?:\s+\w+){0,2}?\s+(?:` + lexicon.Alt("release verbs") + `)\b`)
)

// aidKinds are the kinds of aid a money question may ask a sum of, each
// with the words a passage may say it by: the kind first.
var aidKinds = func() [][]string {
	var out [][]string
	for _, l := range lexicon.Words("aid kinds asked") {
		out = append(out, strings.Fields(l))
	}
	return out
}()

// aidKindAsked is the words of the kind of aid q asks a sum of, by any of
// them ("grant"; "loan", "lent", ...), or nil.
func aidKindAsked(q string) []string {
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, "?!.,;:'’")
		for _, k := range aidKinds {
			// "how much will Japan lend" asks a loan as "loan" does.
			if w == k[0]+"s" || slices.Contains(k, w) {
				return k
			}
		}
	}
	return nil
}

// hasStemWord reports whether text holds a word that begins with stem,
// in any case: "Grant Aid", "granted", "loans".
func hasStemWord(text, stem string) bool {
	lt := strings.ToLower(text)
	for i := strings.Index(lt, stem); i >= 0; {
		if i == 0 || !prose.IsWordRune(rune(lt[i-1])) {
			return true
		}
		j := strings.Index(lt[i+1:], stem)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// findingsNotOut reports whether an open question asks what a study
// found, of a passage that says its findings are not out yet.
// Nor has a study the passage says is still to come: "A mid-term review
// of VBDR is scheduled for February 2015".
func findingsNotOut(aq *asked, a Answer) bool {
	return aq.kind == AskOpen && a.Passage != nil && reFindingsAsked.MatchString(aq.q) && (reFindingsUnreleased.MatchString(a.Passage.Text) || reStudyToCome.MatchString(a.Passage.Text) && !reFindingsSaid.MatchString(a.Passage.Text))
}

// reFindingsSaid tells what a study found.
var reFindingsSaid = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("findings said") + `)\b`)

// reStudyToCome is a study said to be still to come.
var reStudyToCome = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("studies with findings") + `)\b[^.;]{0,100}?\b(?:` + lexicon.Alt("study to come phrases") + `)\b`)

// outcomeNotYet reports whether an open question asks what a meeting
// settled, of a passage that says a meeting has not been held yet: "what
// was decided at the Phnom Penh meeting" of "The fifth meeting is
// scheduled for 23 November 2022 in Phnom Penh; it has not yet taken
// place".
func outcomeNotYet(aq *asked, a Answer) bool {
	return aq.kind == AskOpen && a.Passage != nil && reOutcomeAsked.MatchString(aq.q) && reMeetingNounAsked.MatchString(aq.q) && reNotYetHeld.MatchString(a.Passage.Text)
}

var (
	reOutcomeAsked     = regexp.MustCompile(`\b(?:` + lexicon.Alt("meeting outcome asked") + `)\b`)
	reMeetingNounAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("meeting nouns") + `)\b`)
	reNotYetHeld       = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("not yet held phrases") + `)\b`)
)

// reIntoForceAsked asks when, or whether, a text took effect.
var reIntoForceAsked = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("entry into force phrases") + `)\b`)

// forceStem is the act a question asks of when it asks an entry into
// force.
const forceStem = "force"

// reForceAct is a text's entry into force as a sentence writes it, its
// verb with it, so that "will enter into force" reads as still to come.
var reForceAct = regexp.MustCompile(`(?i)\b(?:(?:enter|enters|entered|entering|come|comes|came|coming|brought|put)\s+)?(?:` + lexicon.Alt("entry into force phrases") + `)\b`)

// actStemAsked is the stem of the verb actAsked matches the forms of,
// lower case ("sign", "conclud"), or "".
func actStemAsked(q string) string {
	// "When did the agreement enter into force": the act is its force,
	// whatever verb brings it.
	if reIntoForceAsked.MatchString(q) {
		return forceStem
	}
	ws := strings.Fields(q)
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.Trim(ws[i], "?,.!")
		if len(w) <= 4 || !strings.HasSuffix(w, "ed") || tenseWords[w] || questionStop[w] {
			continue
		}
		return strings.ToLower(strings.TrimSuffix(w, "ed"))
	}
	for i, w := range ws {
		if w != "did" {
			continue
		}
		// "When did ASEAN ask Japan to establish it" asks of the asking:
		// a verb after "to" is not the one "did" takes.
		for _, v := range ws[i+1 : min(len(ws), i+1+maxSubjectWords+1)] {
			if v = strings.Trim(v, "?,.!"); v == "to" {
				break
			} else if didActVerbs[v] {
				return strings.ToLower(strings.TrimSuffix(v, "e"))
			} else if g, ok := strings.CutSuffix(v, "ing"); ok && didActVerbs[g] {
				// "Where did the signing take place": the act is the
				// gerund's.
				return g
			}
		}
	}
	return ""
}

// reAfterYearAsked asks of the time after a year, or a sentence says it:
// "after FY2004", "beyond 2006".
var reAfterYearAsked = regexp.MustCompile(`(?i)\b(?:after|beyond)\s+(?:fy\s?|fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b`)

// reAnyYear is a year, fiscal or not: "2006", "FY2005".
var reAnyYear = regexp.MustCompile(`(?i)(?:\b|\bfy\s?)((?:19|20)\d\d)\b`)

// laterYearIn reports whether s names a year after y.
func laterYearIn(s string, y int) bool {
	for _, m := range reAnyYear.FindAllStringSubmatch(s, -1) {
		if v, err := strconv.Atoi(m[1]); err == nil && v > y {
			return true
		}
	}
	return false
}

// actNotYetDone is the trap of an act asked as done that the answer's
// clause says is still to come.
const actNotYetDone = "act not yet done"

// otherRowAsked reports whether another row of p's table (a row of the
// same section under the same lead-in) holds more of the question's
// words, by weight, than p does: "the Myawaddy post" is the row that
// names Myawaddy. A row that only holds other words than p, as many
// ("and Osaka?" after a question of Kitakyushu's partner city), does
// not.
func (md *Model) otherRowAsked(aq *asked, p *corpus.Passage) bool {
	// "What about Myanmar" after a question of the Lao Bao post: the row
	// the question names by its own label is the one asked.
	if slices.Contains(aq.ent.countries, p.Label) || strings.Contains(aq.q, strings.ToLower(p.Label)) {
		return false
	}
	weight := func(p *corpus.Passage) float64 {
		var w float64
		for _, t := range aq.terms {
			if slices.ContainsFunc(md.sentsOf[p], func(r *sentenceRec) bool { return r.terms.holds(t) }) {
				w += t.idf
			}
		}
		return w
	}
	own := -1.0
	for _, o := range p.Doc.Passages {
		if o == p || !o.IsTableRow() || o.Lead != p.Lead || o.Cite.Section != p.Cite.Section || o.Cite.SectionTitle != p.Cite.SectionTitle {
			continue
		}
		if own < 0 {
			own = weight(p)
		}
		if weight(o) > own {
			return true
		}
	}
	return false
}

// rowNamed reports whether the question names table row rec: a word of
// its label, or a country or place the row holds. "When did PTEC open"
// names no row of a table of centres by country, though PTEC's passage
// holds it; the row of Vietnam's centre does not answer it.
func rowNamed(aq *asked, rec *sentenceRec) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(rec.p.Label), func(r rune) bool { return !prose.IsWordRune(r) }) {
		if prose.Stopwords[w] {
			continue
		}
		stem := stemTerm(w)
		if slices.ContainsFunc(aq.terms, func(t qterm) bool { return t.stem == stem || slices.Contains(t.alts, stem) }) {
			return true
		}
	}
	if slices.ContainsFunc(rec.geos, func(m GeoMention) bool { return slices.Contains(aq.ent.countries, m.Name) }) {
		return true
	}
	return slices.ContainsFunc(aq.ent.places, func(p corpus.Place) bool { return strings.Contains(rec.text, p.Name) })
}

// orgOutsideRow reports whether the question names an organisation or
// project that table row p, its lead-in and its label all leave unnamed,
// and names no row of p's table by a word of its label, a country or a
// place.
func (md *Model) orgOutsideRow(aq *asked, p *corpus.Passage) bool {
	recs := md.sentsOf[p]
	if len(recs) == 0 || slices.ContainsFunc(recs, func(r *sentenceRec) bool { return rowNamed(aq, r) }) {
		return false
	}
	return slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool {
		return !namesOrg(p.Text, o) && !namesOrg(p.Lead, o) && !writesName(p.Text, aq.ent.looseWords[o])
	})
}

// maxSubjectWords is the longest subject read between "did" and its verb:
// "did the Government of Japan approve".
const maxSubjectWords = 5

// didActVerbs are the verbs of acts a question asks of after "did", in
// their plain form: "approve". Only verbs whose past ends in "-ed": forms
// cannot match "paid" from "pay".
var didActVerbs = lexicon.Set("dated act verbs", "did act verbs")

// onlyPlannedThere reports whether passage p speaks of the place or year
// a question in the past tense names only as still to come: "what did
// Japan pledge at the Phnom Penh meeting" is not answered by a passage
// whose one sentence naming Phnom Penh says the next meeting is planned
// there.
func (md *Model) onlyPlannedThere(aq *asked, p *corpus.Passage) bool {
	if p == nil || reWillAsk.MatchString(aq.q) || !rePastAsk.MatchString(aq.q) || rePlanAsk.MatchString(aq.q) || len(aq.ent.places)+len(aq.ent.years) == 0 {
		return false
	}
	ta := trapsOf(aq)
	named := false
	for _, rec := range md.sentsOf[p] {
		low := strings.ToLower(rec.text)
		// The place, which a planned meeting is known by, else the year.
		var names bool
		if len(aq.ent.places) > 0 {
			names = slices.ContainsFunc(aq.ent.places, func(pl corpus.Place) bool { return strings.Contains(low, strings.ToLower(pl.Name)) })
		} else {
			names = slices.ContainsFunc(yearsIn(rec.text), func(y int) bool { return slices.Contains(aq.ent.years, y) })
		}
		if !names {
			continue
		}
		if !ta.saysFuture(rec.text) || rePastSays.MatchString(rec.text) || tellsPastAct(mainClause(rec.text)) {
			return false
		}
		named = true
	}
	return named
}

// reMembersSaid speaks of a body's members as a class: "each member
// country", "member states", "the members".
var reMembersSaid = regexp.MustCompile(`(?i)\b(?:each|every|all|the)\s+(?:` + lexicon.Alt("membership words") + `)\b|\bmember\s+(?:` + lexicon.Alt("country list nouns asked") + `)\b`)

// notAMember reports whether the section of passage p gives country a
// status in a body short of membership (an intention, an observer's
// seat, a withdrawal) and none as a member: the members a section speaks
// of are those of the body its statuses are about.
func (md *Model) notAMember(p *corpus.Passage, country string) bool {
	short, member := md.sectionStatus(p, country)
	return short && !member
}

// memberOfSection reports whether the document makes country a member of
// the body the section of passage p gives statuses in: "each member
// country pays US$30,000" speaks of Cambodia when Cambodia joined.
func (md *Model) memberOfSection(p *corpus.Passage, country string) bool {
	_, member := md.sectionStatus(p, country)
	return member
}

// sectionStatus reads the statuses country has in the body the section of
// passage p is about: whether one is short of membership (an intention,
// an observer's seat, a withdrawal) and whether one makes it a member.
func (md *Model) sectionStatus(p *corpus.Passage, country string) (short, member bool) {
	// The body: the one whose statuses the section gives, the last before
	// the passage; its statuses for the country anywhere in the document.
	// The section title's body comes first: "4. Mekong Port Skills Centre
	// (MPSC)" is about the Centre, whatever other forum it names.
	body, titled := "", ""
	title := prose.Fold(p.Cite.SectionTitle)
	for _, m := range md.facts.Memberships {
		if m.Passage == nil || m.Passage.Doc != p.Doc {
			continue
		}
		if title != "" && strings.Contains(title, prose.Fold(m.Org)) {
			titled = m.Org
		}
		if m.Passage.Cite.Section == p.Cite.Section && m.Passage.Cite.SectionTitle == p.Cite.SectionTitle && m.Passage.Order <= p.Order {
			body = m.Org
		}
	}
	if titled != "" {
		body = titled
	}
	if body == "" {
		return false, false
	}
	for _, m := range md.facts.Memberships {
		if m.Country != country || m.Org != body || m.Passage == nil || m.Passage.Doc != p.Doc {
			continue
		}
		switch m.Status {
		case corpus.StatusMember, corpus.StatusJoined, corpus.StatusFounding:
			member = true
		default:
			short = true
		}
	}
	return short, member
}

// undecidedAfter reports whether the date at sp in s is said to be not
// fixed: "in 2004, date is to be decided", "2004 (TBD)": the cue said of
// a date, right after this one, in its clause.
func undecidedAfter(s string, sp corpus.Span) bool {
	if sp.End > len(s) {
		return false
	}
	rest := s[sp.End:]
	if i := strings.IndexAny(rest, ";."); i >= 0 {
		// "will be held in Manila in 2012; its date has not yet been
		// set": the clause after the semicolon says the day of what
		// this one dates is not fixed.
		if rest[i] == ';' && !reYearIn.MatchString(rest[:i]) && reOwnDateUnfixed.MatchString(rest[i+1:]) {
			return true
		}
		rest = rest[:i]
	}
	// "in the second half of 2017, but the exact dates have not yet been
	// fixed": so does a clause after ", but".
	if m := reButAfter.FindStringIndex(rest); m != nil && !reYearIn.MatchString(rest[:m[0]]) && reOwnDateUnfixed.MatchString(rest[m[1]:]) {
		return true
	}
	m := reUndecidedDate.FindStringIndex(rest)
	return m != nil && m[0] <= maxUndecidedGap && !reYearIn.MatchString(rest[:m[0]])
}

// maxUndecidedGap is how far after a date the cue saying it is not fixed
// may stand: ", date is to be decided".
const maxUndecidedGap = 12

var (
	// reDateWordAsked asks for a date by the word: "what date", "exact
	// date", "the date of".
	reDateWordAsked = regexp.MustCompile(`\b(?:dates?|days?)\b`)
	// reOwnDateUnfixed opens a clause saying the date of what the clause
	// before tells is not fixed: "its date has not yet been set".
	// So does "no new date has been set" after a date called off.
	reOwnDateUnfixed = regexp.MustCompile(`(?i)^\s*(?:(?:its|their|the)\s+(?:exact\s+|new\s+)?(?:` + lexicon.Alt("unfixed date nouns") + `)\s+(?:has|have|is|are)\s+(?:still\s+)?not\s+(?:yet\s+)?|no\s+(?:exact\s+|new\s+)?(?:` + lexicon.Alt("unfixed date nouns") + `)\s+(?:has|have|is|are)\s+(?:yet\s+)?)(?:been\s+)?(?:` + lexicon.Alt("fixing verbs") + `)\b`)
	// reButAfter is the ", but" that opens a clause of contrast.
	reButAfter = regexp.MustCompile(`,\s+but\s+`)
	// reUndecidedDate says a date is not fixed yet.
	reUndecidedDate = regexp.MustCompile(`(?i)^\W*(?:(?:the\s+)?(?:exact\s+)?(?:date|dates|day|timing)\s+(?:is\s+|are\s+)?(?:still\s+)?)?(?:` + lexicon.Alt("undecided date cues") + `)\b`)
)

// mainClause is s without the clauses it subordinates: "The third
// workshop is planned in Phnom Penh, because Cambodia offered to host it"
// tells of the plan; the offer is its reason.
func mainClause(s string) string {
	if m := reSubordinate.FindStringIndex(s); m != nil {
		return s[:m[0]]
	}
	return s
}

// reSubordinate opens a clause subordinate to the one before it.
var reSubordinate = regexp.MustCompile(`(?i),\s+(?:` + lexicon.Alt("subordinating words") + `)\b`)

// tellsPastAct reports whether s holds a verb in the past that is not a
// plan's participle: "announced plans", "adopted ..., which will be
// reviewed"; not "is planned", "will be held".
func tellsPastAct(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		w = strings.Trim(w, ",.;:()\"'")
		if !pastForm(w) || planWords[w] {
			continue
		}
		if i > 0 && (tenseWords[strings.Trim(ws[i-1], ",")] || ws[i-1] == "be" || ws[i-1] == "the" || ws[i-1] == "a" || ws[i-1] == "an") {
			continue // "is planned", "will be held", "the planned grid"
		}
		return true
	}
	return false
}

// reUnrealisedBefore is what puts a verb after it still to come: "to",
// "will", "to be", "expected to be", "will encourage MCAC and OIMC to",
// "will start once the Memorandum ... is", and an item of aims that
// opens with "to" ("- to sign the Exchange of Notes at an early date").
var reUnrealisedBefore = regexp.MustCompile(`(?i)(?:(?:^|[:;•–-])[\s•–-]*to|\b(?:` + prose.ToComeOpener + `|(?:` + lexicon.Alt("request verbs", "urging verbs") + `)\s+(?:\S+\s+){0,8}?to|(?:` + lexicon.Alt("condition openers") + `)\s+[^,;.]{0,80}?\b(?:is|are|has\s+been|have\s+been)))\s+(?:be\s+)?$`)

// irregularActWord is the irregular verb's participle by which q asks of
// an act done, or "".
func irregularActWord(q string) string {
	for _, w := range strings.Fields(strings.ToLower(q)) {
		// "did", "was": the tense's own word asks of no act.
		if w = strings.Trim(w, "?,.!"); irregularPast[w] && !tenseWords[w] {
			return w
		}
	}
	return ""
}

// reUnrealisedDated is a verb still to come right before the date it
// takes: "is expected to be made in ", "will open on ", "is planned
// for ".
var reUnrealisedDated = regexp.MustCompile(`(?i)\b(?:` + prose.ToComeOpener + `\s+(?:be\s+)?[a-z]+|(?:is|are|was|were)\s+(?:` + lexicon.Alt("plan words before to") + `))\s+` + datePreposition + `$`)

// reUnrealisedObject is a verb still to come, its object, then the date:
// "intends to provide up to ¥600 million in ". unrealisedDated checks
// the object's words.
var reUnrealisedObject = regexp.MustCompile(`(?i)\b` + prose.ToComeOpener + `\s+(?:be\s+)?[a-z]+((?:\s+[^\s,;:]+){1,12})\s+` + datePreposition + `$`)

// datePreposition is what may stand between a verb and its date: "in
// the second half of 2015" too.
var datePreposition = `(?:(?:in|on|by|at|during|from|for|before|after)\s+)?(?:the\s+)?(?:(?:` + lexicon.Alt("period part phrases") + `)\s+of\s+)?`

// unrealisedDated reports whether before, the words of a clause up to a
// date, end in a verb still to come and what it takes: a sum or a short
// noun phrase, no word of a clause of its own ("delayed due to floods
// and finished in", "that will serve the bridge was completed in").
func unrealisedDated(before string) bool {
	if reUnrealisedDated.MatchString(before) {
		return true
	}
	// "Due to floods" is a cause, not a plan.
	m := reUnrealisedObject.FindStringSubmatchIndex(before)
	if m == nil || strings.HasPrefix(strings.ToLower(strings.TrimSpace(before[m[0]:])), "due ") {
		return false
	}
	// "pumps and generators" joins nouns; "floods and finished" a verb
	// of its own, past.
	ws := strings.Fields(strings.ToLower(before[m[2]:m[3]]))
	for i, w := range ws {
		if clauseWords[w] || conjunctions[w] && i+1 < len(ws) && strings.HasSuffix(ws[i+1], "ed") {
			return false
		}
	}
	return true
}

var (
	// clauseWords carry a clause of their own: a relative word, a finite
	// "be" or "have".
	clauseWords = lexicon.Set("relative pronouns", "finite auxiliaries")
	// conjunctions join a next clause or a next noun.
	conjunctions = lexicon.Set("clause conjunctions")
)

// refersToAskedBody reports whether s speaks of a body the question names
// by its head noun alone: "the Centre" for the Mekong Human Resource
// Development Centre.
func refersToAskedBody(aq *asked, s string) bool {
	for _, m := range prose.OrgRefRE.FindAllStringSubmatch(s, -1) {
		if slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return strings.EqualFold(prose.NameHead(o.Name), m[1]) }) {
			return true
		}
	}
	return false
}

// askedActVerb reports whether the act q asks of is one that is done on a
// day ("signed", "approved"), not a state ("financed", "located").
func askedActVerb(q string) bool {
	for _, w := range strings.Fields(q) {
		if datedActVerbs[strings.Trim(w, "?,.!")] || doneActVerbs[strings.Trim(w, "?,.!")] {
			return true
		}
	}
	return false
}

// doneActVerbs are acts done on a day besides the dated acts: "signed",
// "concluded", "completed".
var doneActVerbs = lexicon.Set("done act verbs")

// reToComeBefore puts the verb after it in the future, not in a request
// or an aim: "will", "is to be", "expected to be", "intends to": "Japan
// intends to sign the Exchange of Notes once the survey is complete" has
// not signed it.
var reToComeBefore = regexp.MustCompile(`(?i)\b(?:will|shall|to\s+be|(?:` + lexicon.Alt("intention words before to") + `)\s+to)\s+(?:be\s+)?$`)

// onlyToCome reports whether clause c writes the act verb matches, and
// every time in the future: "is expected to be signed".
func onlyToCome(c string, verb *regexp.Regexp) bool {
	ms := verb.FindAllStringIndex(c, -1)
	for _, m := range ms {
		if !reToComeBefore.MatchString(c[:m[0]]) {
			return false
		}
	}
	return len(ms) > 0
}

// onlyUnrealised reports whether clause c writes the act verb matches,
// and every time only as still to come.
func onlyUnrealised(c string, verb *regexp.Regexp) bool {
	ms := verb.FindAllStringIndex(c, -1)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		// "In addition to signing": "to" before an -ing form is no
		// infinitive. "Will consider signing" puts it still to come.
		if strings.HasSuffix(strings.ToLower(c[m[0]:m[1]]), "ing") {
			if !reToComeBeforeIng.MatchString(c[:m[0]]) {
				return false
			}
			continue
		}
		if !reUnrealisedBefore.MatchString(c[:m[0]]) {
			return false
		}
	}
	return true
}

// reToComeBeforeIng is what puts an -ing form after it still to come: a
// verb still to come that takes it ("will consider signing").
var reToComeBeforeIng = regexp.MustCompile(`(?i)\b` + prose.ToComeOpener + `\s+[a-z]+\s+$`)

// onlyDenied reports whether clause c says the act verb matches only
// denied or waited on: "is awaiting formal approval".
func onlyDenied(c string, verb *regexp.Regexp) bool {
	ms := verb.FindAllStringIndex(c, -1)
	return len(ms) > 0 && !slices.ContainsFunc(ms, func(m []int) bool { return !deniedBefore(c[:m[0]]) })
}

// reasonForExclusionBefore reports whether rec gives the reason for an
// exclusion the sentence before it says: "Thailand is not eligible for
// the NSWPP. This is because ...".
func (md *Model) reasonForExclusionBefore(rec *sentenceRec) bool {
	if !reReasonBack.MatchString(rec.text) {
		return false
	}
	recs := md.sentsOf[rec.p]
	for i := 1; i < len(recs); i++ {
		if recs[i] == rec {
			return recs[i-1].excludes()
		}
	}
	return false
}

// reReasonBack opens a sentence that gives the reason for the one before.
var reReasonBack = regexp.MustCompile(`^(?i:(?:this|that|it)\s+is\s+(?:because|due\s+to|since)|the\s+reason\s+is)\b`)

// reWhyNotIn asks why a country is not in something: "why isnt Thailand
// in the NSWPP", "why aren't they members".
var reWhyNotIn = regexp.MustCompile(`^\s*why\s+(?:is|are|was|were)(?:n['’]?t|\s+\S+(?:\s+\S+)?\s+not)\b`)

// saysCountryIn reports whether sentence s of passage p gives a country
// the question names a membership that puts it in: joined, a member, a
// founder.
func (md *Model) saysCountryIn(aq *asked, p *corpus.Passage, s string) bool {
	return slices.ContainsFunc(md.facts.Memberships, func(m corpus.Membership) bool {
		return m.Passage == p && m.Sentence == s && slices.Contains(aq.ent.countries, m.Country) &&
			(m.Status == corpus.StatusJoined || m.Status == corpus.StatusMember || m.Status == corpus.StatusFounding)
	})
}

// trapped says why a candidate does not answer the question, or "".
func (md *Model) trapped(aq *asked, c cand) string {
	s := c.a.Sentence
	if s == "" {
		return ""
	}
	ta := trapsOf(aq)
	// "Mr. Morishita: Who received the relief goods in Pakse?": a
	// question the document asks states nothing; its asker is no
	// answer, nor is anything else it names.
	if isQuestion(s) && aq.kind == AskWho {
		return "a question"
	}
	// "What did the HAFDIS evaluation find" is not answered by the
	// passage that says "its findings ... have not yet been released":
	// what it tells of the evaluation is not what it found.
	if findingsNotOut(aq, c.a) {
		return "findings not out"
	}
	if outcomeNotYet(aq, c.a) {
		return "meeting not held yet"
	}
	// "Which ministry requested the school programme" is not answered by
	// the School Rabies Awareness Programme: a body asked by its head
	// noun is one whose name has it.
	if aq.kind == AskWho && ta.bodyHead != "" && !md.namesHead(ta.bodyHead, c.a) {
		return "another kind of body"
	}
	// "Who signed for Laos" is not answered by a Lao official a list
	// names: a signatory is one a sentence says signed, or one a
	// signature block names under a party.
	if aq.kind == AskWho && reSigningAsked.MatchString(aq.q) && c.a.Passage != nil && !md.saysSigning(c.a) {
		return "signing not said"
	}
	// "Who co-chaired the second dialogue for the Philippine side" is not
	// answered by "was co-chaired on the Japanese side by Mr. Hiroshi
	// Kuwabara": whoever the sentence names after a side is that side's.
	if aq.kind == AskWho && ta.sideAsked != "" && len(c.a.SentenceSpans) > 0 && md.otherSideBefore(ta.sideAsked, s[:c.a.SentenceSpans[0].Start]) {
		return "another side's"
	}
	// "How much is the Central Kalimantan fire equipment grant" is not
	// answered by "the provincial governments ... have together spent Rp
	// 7.2 billion" in a passage that speaks of no grant: a sum asked by
	// its kind of aid is one its passage (with its lead-in, its section's
	// title, the question it answers) or its document's title says is of
	// that kind.
	if aq.kind == AskMoney && c.a.Passage != nil {
		if k := aidKindAsked(aq.q); k != nil && !slices.ContainsFunc(k, func(w string) bool { return hasStemWord(md.ctxText[c.a.Passage]+" "+c.a.Passage.Doc.Title, w) }) {
			return "another kind of aid"
		}
	}
	// "How much will Japan give MPPN after FY2004" is not answered by
	// "US$650,000 ... for FY2002 to FY2004": the answer must name a later
	// year, or the year asked after as the question does, and not as a
	// matter still open ("after FY2004 has not been decided").
	if m := reAfterYearAsked.FindStringSubmatch(aq.q); m != nil {
		if y, err := strconv.Atoi(m[1]); err == nil && !laterYearIn(s, y) {
			own := slices.ContainsFunc(reAfterYearAsked.FindAllStringSubmatch(s, -1), func(o []string) bool { return o[1] == m[1] })
			if !own || reUndecided.MatchString(s) {
				return "not after the year asked"
			}
		}
	}
	// "Where will the third meeting be held" is not answered by
	// "whether it will meet in Bangkok or online has not been decided":
	// what a whether-clause left open holds is no fact.
	if len(c.a.SentenceSpans) > 0 && inUndecidedWhether(s, c.a.SentenceSpans[0]) {
		return "left undecided"
	}
	// "How much of the NWUCD budget went to Phongsaly" is not answered by
	// the project's whole contribution, when its passage names Phongsaly
	// only to say "Phongsaly Province is not covered by the NWUCD": a
	// word of the question the passage holds only where it is left out
	// is no context for the fact.
	if rec := md.recOfSentence(c.a.Passage, s); rec != nil && md.askedOnlyLeftOut(aq, rec) {
		return "left out"
	}
	// "Where will the training centre be" is not answered by "Luang
	// Prabang has offered to host it, but the location of the proposed
	// centre remains under discussion": a place to come, in a sentence
	// that leaves the place open, is only offered or hoped for.
	// Only in the answer's own statement: "The secretariat is hosted by
	// the PCA in Quezon City until December 2024; which member will host
	// it after that remains under discussion" says where it is now.
	if aq.kind == AskWhere && !ta.pastAsked && len(c.a.SentenceSpans) > 0 && openPlaceClause(statementAt(s, c.a.SentenceSpans[0].Start)) != "" {
		return "left undecided"
	}
	// "When did the post open" is not answered by "The opening was
	// postponed owing to the closure of the crossing from May to October
	// 2002": the date is the reason's, which does not write the act.
	if aq.kind == AskWhen && ta.pastAct != nil && len(c.a.SentenceSpans) > 0 && !strings.Contains(aq.q, "why") {
		before := s[:c.a.SentenceSpans[0].Start]
		if m := reBecauseClause.FindStringIndex(before); m != nil && ta.pastAct.MatchString(before[:m[0]]) && !ta.pastAct.MatchString(s[m[0]:c.a.SentenceSpans[0].End]) {
			return "the reason's date"
		}
	}
	// "When did the Myawaddy post open" is not answered by the Poipet
	// row's "Opened: March 2002": a question that names what another row
	// of the table alone holds asks of that row. A list of countries is
	// read from all the rows together: "which countries joined the hub
	// after it was founded" names the founders' rows only to date the
	// joining.
	if !(aq.kind == AskCountries && strings.Contains(c.a.Span, ", ")) && c.a.Passage != nil && c.a.Passage.IsTableRow() && md.otherRowAsked(aq, c.a.Passage) {
		return "another row's"
	}
	// "When did PTEC open" is not answered by the Vietnam row's
	// "Opening: 2023" of a table of centres that neither the row nor the
	// table's lead-in says is PTEC's, though PTEC's passage holds it.
	// A list of countries is read from all the rows together.
	if aq.kind != AskCountries && c.a.Passage != nil && c.a.Passage.IsTableRow() && md.orgOutsideRow(aq, c.a.Passage) {
		return "a row of no body asked"
	}
	// "When did the OIE become a full member of AARSN" is not answered by
	// "Singapore has been an associate member since 2 March 2018": a
	// membership date asked of bodies alone is not that of the country a
	// sentence naming none of them opens with.
	if aq.kind == AskWhen && len(aq.ent.countries) == 0 && len(aq.ent.orgs) > 0 && reMemberWord.MatchString(aq.q) && md.opensWithOtherMember(aq, s) {
		return "another member's date"
	}
	// "CP-02 contract value": a code the question names (a contract
	// package, a lot) must be named where the answer is, in its passage.
	if codes := codesIn(aq.q, true); len(codes) > 0 && c.a.Passage != nil {
		have := codesIn(s+" "+c.a.Passage.Text+" "+c.a.Passage.Lead+" "+c.a.Passage.Cite.SectionTitle, false)
		for _, code := range codes {
			// "jema-1" names a body the entity rule has found.
			if slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return slices.Contains(codesIn(o.Acronym, true), code) }) {
				continue
			}
			if !slices.Contains(have, code) {
				return "unnamed code"
			}
		}
	}
	// "How much was disbursed under AESEP in 2021" is not answered by
	// "approved the reallocation of USD 380,000" in November 2021: a sum
	// whose own verb is another act than paying out is not what was paid
	// out.
	// Not "set aside but not paid out yet", which asks what is not.
	if aq.kind == AskMoney && reDisbursedAsked.MatchString(aq.q) && !reNegation.MatchString(aq.q) && !reNotContracted.MatchString(aq.q) {
		if v := strings.TrimPrefix(md.verbOfAnswer(c.a), corpus.ToComeVerb); v != "" && !disbursingVerbs[v] {
			return "another act than paying out"
		}
	}
	// "What is Japan's total contribution so far" is not answered by a sum
	// only planned ("plans to contribute an additional ¥500 million"): up
	// to now, with no year named, is what has been given.
	if aq.kind == AskMoney && reUpToNowAsked.MatchString(aq.q) && len(aq.ent.years) == 0 && strings.HasPrefix(md.verbOfAnswer(c.a), corpus.ToComeVerb) {
		return "still to come"
	}
	// "How much MSFR money goes to Vietnam" is not answered by "Japan's
	// contribution to the SDMI ..., of which USD 1.05 million is for
	// Vietnam": a sum of another project its sentence names, which does
	// not name the project asked.
	if aq.kind == AskMoney && md.anotherProjectsSum(aq, c.a) {
		return "another project's sum"
	}
	// "How much did Japan approve for the BCCIP" is not answered by the
	// sum Myanmar asked Japan for: a sum only requested was not given.
	if aq.kind == AskMoney && givingAsked(aq.q) && md.onlyRequested(c.a) {
		return "only requested"
	}
	// "How much is Myanmar asking for to extend the road" is not
	// answered by "the grant of ¥3.6 billion ..., provided in FY2014": a
	// sum given, in a sentence that asks for nothing, was not requested.
	if aq.kind == AskMoney && requestAsked(aq.q) && !md.onlyRequested(c.a) && !reRequestWordIn.MatchString(c.a.Sentence) {
		return "not requested"
	}
	// "When is Jak-Japan Matsuri 2021" is not answered by the day of the
	// 2020 festival: a year that names the event is the date's year.
	// Nor by the year it names: "2021" says nothing it does not know.
	if aq.kind == AskWhen && reBareYear.MatchString(c.a.Span) && slices.ContainsFunc(yearsIn(c.a.Span), func(y int) bool { return slices.Contains(aq.ent.years, y) || slices.Contains(ta.eventYears, y) }) {
		return "the year asked"
	}
	if aq.kind == AskWhen && len(ta.eventYears) > 0 && c.a.Passage != nil {
		if ys := yearsIn(c.a.Span); len(ys) > 0 && !slices.ContainsFunc(ys, func(y int) bool { return slices.Contains(ta.eventYears, y) }) && namesOtherEdition(c.a.Passage, ta.eventNames, ta.eventYears) {
			return "another year's event"
		}
	}
	// "When is the ATFM trial" is not answered by "37 trial approaches
	// had been flown" at a testbed: a thing the question names by its
	// short form must be named, short or long, where the answer is.
	if c.a.Passage != nil {
		if asked := md.generalShortFormsAsked(aq, ta); len(asked) > 0 {
			p := c.a.Passage
			where := strings.ToLower(s + " " + p.Text + " " + p.Lead + " " + p.Label + " " + p.Cite.SectionTitle)
			for _, o := range asked {
				if !hasPhrase(where, strings.ToLower(o.Acronym)) && !strings.Contains(where, strings.ToLower(o.Name)) {
					return "unnamed short form"
				}
			}
		}
	}
	// "How much is the grant for building the calibration centre" is not
	// answered by "¥150 million ... for a feasibility study on a
	// calibration centre": money for a study of a thing is not money for
	// the thing, unless the question asks of the study.
	if aq.kind == AskMoney && len(c.a.SentenceSpans) > 0 {
		if sp := c.a.SentenceSpans[0]; sp.End <= len(s) && reStudyOf.MatchString(s[sp.End:]) && !studyAsked(aq.q) {
			return "a study of it"
		}
	}
	// "What job did he have before becoming secretary-general" is not
	// answered by the post he became.
	if roleAfterGiven(aq.q, c.a.Span+" "+c.a.Text) {
		return "the role after"
	}
	// "Where will the next meeting be held" is not answered by where the
	// last one was.
	at := -1 // where the answer stands in its sentence
	if len(c.a.SentenceSpans) > 0 {
		at = c.a.SentenceSpans[0].Start
	}
	if ta.future && !(ta.tenselessOK && tenseless(statementAt(s, at))) && (!ta.saysFuture(statementAt(s, at)) || ta.saysPastAt(s, c.a.SentenceSpans)) {
		return "future"
	}
	// Nor by a plan called off after it: "The third meeting, planned for
	// 24 March 2020 in Bangkok, was postponed".
	if ta.future && at >= 0 && at <= len(s) && reCalledOffEvent.MatchString(s[at:]) {
		return "plan called off"
	}
	// Nor is a question of an act done answered by the day it was
	// planned for, when the plan was put off and not kept: "The signing
	// ... was planned in Vientiane for 25 August 2016 but was postponed".
	// "When was it first planned" asks that day, and so does "was planned
	// for when". Nor is a question of its new day ("when is the
	// rescheduled meeting"): the day it was put off from is no longer its
	// day. "When is the festival" of one called off still gets the day
	// it was set for.
	if aq.kind == AskWhen && (ta.pastAsked || reRescheduleAsked.MatchString(aq.q)) && at >= 0 && at <= len(s) && !reOriginalAsk.MatchString(aq.q) && !rePlannedAsked.MatchString(aq.q) && plannedDayPutOff(s, c.a.SentenceSpans[0]) {
		return "plan called off"
	}
	// "Which countries have no bilateral EPA with Japan" is not answered
	// by the countries whose firms prefer their bilateral EPA: a list
	// asked in the negative must be said in the negative.
	if aq.kind == AskCountries && reNegation.MatchString(aq.q) && !reNegation.MatchString(statementAt(s, at)) {
		return "positive for a negative"
	}
	// "How many person-months for the Jalaur basin alone" asks a part the
	// sentence must name itself: the total of both basins is not it.
	if (aq.kind == AskCount || aq.kind == AskMoney) && rePartAlone.MatchString(aq.q) {
		if rec := md.recOfSentence(c.a.Passage, s); rec != nil && slices.ContainsFunc(aq.terms, func(t qterm) bool { return !partCue[t.word] && !rec.terms.holds(t) }) {
			return "part not given"
		}
	}
	// "When will the bridge be finished" is not answered by the day its
	// loan was signed.
	if aq.kind == AskWhen && at >= 0 && ta.will && eventFit(aq.q, s, at) < 0 && !md.secondOfRange(c.a) {
		return "start for an end"
	}
	// "When will the bridge project be restarted" and "when is the next
	// meeting" are not answered by a date the document already looks back
	// on: what will happen comes after the document was written.
	if aq.kind == AskWhen && (reWillWord.MatchString(aq.q) || ta.future) && md.pastOfDocument(c.a) {
		return "past for a future"
	}
	// "Who is the president of Marubeni" is not answered by the
	// president of another body: the body the role is of must be in the
	// sentence.
	if aq.kind == AskWho {
		// A common word ("the project") names no body.
		// A bare title ("The ISC's Executive Director, Mr X") is of
		// what its passage names.
		// "The Centre is headed by Ms. X" in a passage that names the
		// asked Centre refers to it.
		if m := reRoleOfAsked.FindStringSubmatch(aq.q); m != nil && md.namesABody(m[1]) && !strings.Contains(strings.ToLower(s), m[1]) && !(c.a.Passage != nil && (md.bareTitleIn(s) || refersToAskedBody(aq, s)) && (strings.Contains(strings.ToLower(md.ctxText[c.a.Passage]), m[1]) || md.headedByAsked(aq, c.a.Passage, m[1], ""))) {
			return "role of another body"
		}
	}
	// "How much was the project in kyat" is answered by a sum the
	// documents give in kyat, or with its equivalent in kyat, and by
	// nothing else: not by a sum in yen, nor by "1,600 hectares".
	if aq.kind == AskMoney {
		if m := reInCurrency.FindStringSubmatch(aq.q); m != nil && !md.givenIn(c.a, currencyAsked[m[1]]) {
			return "other currency"
		}
		// So is "the yen amount": a currency named before the sum's noun.
		if m := reCurrencyBeforeNoun.FindStringSubmatch(aq.q); m != nil && !md.givenIn(c.a, currencyAsked[m[1]]) {
			return "other currency"
		}
	}
	// "Japan's contribution in euros" is not answered by the euros
	// Denmark pledged: a country the question names as giving must be
	// the sum's payer, when the documents name one.
	if aq.kind == AskMoney {
		if givers := md.giversAsked(aq); len(givers) > 0 {
			if payer := md.payerOfAnswer(c.a); payer != "" {
				pays := false
				for _, m := range md.src.Countries(payer) {
					pays = pays || slices.Contains(givers, m.Name)
				}
				if !pays {
					return "another payer"
				}
			}
		}
	}
	// "How much is the ADB putting into the Manila project" is not
	// answered by a sum of a sentence that does not name the ADB: that
	// the passage names it as co-financier does not make the sum its.
	if aq.kind == AskMoney {
		// The publisher speaks of itself without naming itself: "METI will
		// provide ..." need not say METI in a METI paper.
		for _, o := range md.orgGiversAsked(aq) {
			if !md.speaksOfOrg(c.a, o) && !(c.a.Passage != nil && namesOrg(c.a.Passage.Doc.Publisher, o)) {
				return "another payer"
			}
		}
	}
	// "How many AUCD charging stations are open in Jakarta" is not
	// answered by "A tender for 40 charging stations ... was cancelled":
	// a count of a thing called off says nothing of how many are in
	// service.
	if aq.kind == AskCount && reInService.MatchString(aq.q) && !reCancelledAsked.MatchString(aq.q) && reCancelledSaid.MatchString(s) && !reInService.MatchString(s) {
		return "called off"
	}
	// "Which city will host it" is not answered by a country.
	if aq.kind == AskWhere && ta.city && md.isCountry(c.a.Span) && !md.isCity(c.a.Span) {
		return "country for a city"
	}
	// "How much did Thailand receive": the sum's own clause must name
	// Thailand, not a clause about another country's sum.
	// "How much did the WFP get from Japan": Japan, after "from", is who
	// gives; no country is asked as the one receiving.
	if receivers := ta.receivers(md, aq); aq.kind == AskMoney && at >= 0 && len(receivers) > 0 && ta.receive {
		clause := prose.ClauseOf(s, c.a.SentenceSpans[0])
		named := false
		inClause := ta.countriesOf(md, clause)
		for _, m := range inClause {
			// "along the border with Thailand" places the work; it
			// gives Thailand nothing.
			if m.Span.Start <= len(clause) && reBorderBefore.MatchString(clause[:m.Span.Start]) {
				continue
			}
			named = named || slices.Contains(receivers, m.Name)
		}
		// "FY2009: grant aid of ¥7.12 billion" in an answer titled "...
		// Assistance to Cambodia": a sum whose clause names no country
		// goes to the one the title says the document is about.
		if !named && len(inClause) == 0 && c.a.Passage != nil && slices.Contains(md.titleRecipients(c.a.Passage.Doc), receivers[0]) {
			named = true
		}
		// "Of which US$1.1 million went to Viet Nam, and helmets were
		// handed out in Viet Nam, Cambodia and Laos": a sum the documents
		// give to a country goes to it alone.
		if am := md.amountOfAnswer(c.a); named && am != nil && md.isCountry(am.Recipient) && !slices.Contains(receivers, am.Recipient) {
			named = false
		}
		// Nor is the whole those parts come from the asked country's.
		if named && md.partsGoElsewhere(c.a, s, receivers) {
			named = false
		}
		if !named {
			return "sum for another country"
		}
		// "How much did Thailand get" is not answered by a sentence in
		// which Thailand gives. The country that gets is the first the
		// question names: "how much is Cambodia getting from Japan".
		if slices.Contains(giversIn(s, md.src.GeoMentions(s)), receivers[0]) {
			return "a giver, not a recipient"
		}
	}
	// "When does Australia send its first participants" is not answered
	// by "India will send its first 200 in May 2008, while Australia ...
	// from September 2008": a date's own clause that names only other
	// countries is theirs.
	if aq.kind == AskWhen && at >= 0 && len(aq.ent.countries) > 0 {
		if named, other := md.clauseCountries(aq, ta, c.a.Passage, s, c.a.SentenceSpans[0]); other && !named {
			return "date of another country"
		}
	}
	// "How many died in the December 2017 flood" is not answered by the
	// toll of the January 2014 flood told in the same sentence: a fact
	// whose own clause is dated by other years is theirs.
	if aq.kind != AskWhen && at >= 0 && len(aq.ent.years) > 0 && at+1 <= len(s) {
		cl := prose.ClauseAround(s, 0, c.a.SentenceSpans[0])
		if ys := yearsIn(s[cl.Start:cl.End]); len(ys) > 0 {
			for _, y := range aq.ent.years {
				if !slices.Contains(ys, y) && (y < slices.Min(ys) || y > slices.Max(ys)) {
					return "another year's fact"
				}
			}
		}
	}
	// "When was Phase II approved" is not answered by a date in a sentence
	// that states no approval, however well it names Phase II.
	if aq.kind == AskWhen && at >= 0 {
		if rec := md.recOfSentence(c.a.Passage, s); rec != nil {
			for _, t := range aq.terms {
				if datedActVerbs[t.word] && !rec.terms.holds(t) && !rec.lead.holds(t) {
					return "no such act"
				}
			}
		}
	}
	// "What date does BTMP phase 2 start" is not answered by "A second
	// phase ... was approved by the Government of Japan on 18 December
	// 2009": a date that a decision dates, in a sentence that says no
	// start or end, is not when the work starts or ends. "The originally
	// approved end date" asks of the decision itself.
	if aq.kind == AskWhen && at >= 0 && at <= len(s) && !reRequestQ.MatchString(aq.q) && !slices.ContainsFunc(strings.Fields(aq.q), func(w string) bool { return decisionAct[w] }) {
		if askEnd, askStart := askedEvent(aq.q); (askEnd || askStart) && decisionDates(s, at) {
			return "another act's date"
		}
	}
	// "When is JEMA-1 launching" is not answered by the date it was once
	// planned for, when its passage says "The launch date has not yet
	// been fixed"; "when was it originally meant to launch" is.
	if aq.kind == AskWhen && at >= 0 && !ta.pastAsked && !reOriginalAsk.MatchString(aq.q) && !plannedDateAsked(aq.q) && md.dateUnfixedIn(aq, c.a.Passage) {
		return "date undecided"
	}
	// "When will the Phase II grant agreement be signed" is not answered
	// by the period a concept note requests money for, when its passage
	// says "no grant agreement has been signed": the act to come is
	// denied so far and dated nowhere, and the date's clause writes
	// another act.
	if aq.kind == AskWhen && at >= 0 && at <= len(s) && reWillAsk.MatchString(aq.q) && c.a.Passage != nil && len(c.a.SentenceSpans) > 0 {
		if act := actAsked(aq.q); act != nil {
			cl := prose.ClauseAround(s, 0, c.a.SentenceSpans[0])
			if !act.MatchString(s[cl.Start:cl.End]) && md.actDeniedIn(aq, act, c.a.Passage) {
				return actNotYetDone
			}
		}
	}
	// "When did the assembly adopt the regulation" is not answered by
	// "The draft was submitted to the Assembly in December 2016, but the
	// date of its adoption has not yet been decided": the sentence says
	// the act asked has no date yet.
	if aq.kind == AskWhen && at >= 0 && actDateUnfixed(aq.q, s) {
		return "date undecided"
	}
	// "What date is the Manila meeting" is not answered by "in 2004,
	// date is to be decided": the statement says there is no date yet.
	if aq.kind == AskWhen && at >= 0 && at < len(s) && reDateWordAsked.MatchString(aq.q) && undecidedAfter(s, c.a.SentenceSpans[0]) {
		return "date undecided"
	}
	// "How much does Myanmar pay as a member" is not answered by "each
	// member country pays US$50,000" when the documents give Myanmar only
	// a status short of membership in the body ("intends to join").
	if (aq.kind == AskMoney || aq.kind == AskCount) && at >= 0 && c.a.Passage != nil && reMembersSaid.MatchString(statementAt(s, at)) {
		for _, country := range aq.ent.countries {
			if !slices.ContainsFunc(ta.countriesOf(md, s), func(m GeoMention) bool { return m.Name == country }) && md.notAMember(c.a.Passage, country) {
				return "short of membership"
			}
		}
	}
	// "When was the loan agreement signed" is not answered by "is
	// expected to be signed in March 2004": the act the question asks
	// as done is, in the date's clause, only to come. Nor is "where was
	// the depot opened" by "a second depot is planned in Cebu".
	// "How much was approved for extending CBHS" is not answered by "a
	// tentative budget of ¥140 million ..., but this sum has not been
	// approved": the act the question asks as done its sentence only
	// denies.
	if aq.kind == AskMoney && ta.pastAsked && ta.pastAct != nil && onlyDenied(s, ta.pastAct) {
		return actNotYetDone
	}
	if (aq.kind == AskWhen || aq.kind == AskWhere) && at >= 0 && ta.pastAsked && at <= len(s) {
		sp := c.a.SentenceSpans[0]
		cl := prose.ClauseAround(s, 0, sp)
		if ta.pastAct != nil && onlyUnrealised(s[cl.Start:cl.End], ta.pastAct) {
			return actNotYetDone
		}
		// "When was the second contribution paid" and "is expected to
		// be made in FY2003": the verb that dates it, whichever, is to
		// come.
		// Only for a question that asks of an act done, by its verb:
		// "what was the original opening date" asks the plan's.
		// "were set in March 2003" writes the act itself.
		clause := s[cl.Start:cl.End]
		otherVerb := ta.pastAct != nil && !ta.pastAct.MatchString(clause)
		if w := irregularActWord(aq.q); ta.pastAct == nil && w != "" {
			otherVerb = !hasPhrase(strings.ToLower(clause), w)
		}
		if otherVerb && cl.Start <= sp.Start && unrealisedDated(s[cl.Start:sp.Start]) {
			return actNotYetDone
		}
		// "Where did Malaysia sign the charter" is not answered by
		// "Malaysia signed the charter ... but has not yet deposited its
		// instrument of acceptance, which needs Cabinet approval in
		// Putrajaya": a place in a relative clause with a verb of its
		// own, not one of being, is where that clause's act is. "...,
		// which is in Jakarta" still places what the clause is of.
		if aq.kind == AskWhere && otherVerb && ta.pastAct != nil && ta.pastAct.MatchString(s) && reWhichOpens.MatchString(s[:cl.Start]) {
			if w, _, _ := strings.Cut(strings.TrimSpace(s[cl.Start:cl.End]), " "); w != "" && !placingRelativeVerbs[strings.ToLower(w)] {
				return "another act's place"
			}
		}
		// "When was the agreement signed" is not answered by the year
		// talks on it began when its passage says "the agreement ... has
		// not yet been signed": the date's clause writes no signing.
		if aq.kind == AskWhen && otherVerb && ta.pastAct != nil && md.actDeniedIn(aq, ta.pastAct, c.a.Passage) {
			return actNotYetDone
		}
		// "The Exchange of Notes has not yet been signed", right after a
		// sentence on the PTTL loan: no date elsewhere, of another item
		// the question's words reach, says when the PTTL's was signed.
		// Unless the date's own sentence names it.
		// Nor does a date of the same kind of thing that the sentence
		// names without the words the denial names it by: "A tender for 40
		// charging stations ..., issued on 10 February 2022" for "when was
		// the revised tender issued" of "A revised tender has not yet been
		// issued".
		if aq.kind == AskWhen && ta.pastAct != nil && md.actDeniedOfAsked(aq, ta) {
			if rec := md.recOfSentence(c.a.Passage, s); rec != nil && (!md.holdsAsked(aq, rec) && !md.pointsToAskedOrgs(aq, c.a) || md.unnamedAsDenied(ta, rec) || md.deniedNamesMore(aq, ta, rec)) {
				return actNotYetDone
			}
		}
		// "The draft curriculum was submitted ... in December 2016 and is
		// awaiting formal approval": the date's clause says the act asked
		// only to deny it.
		if aq.kind == AskWhen && !otherVerb && ta.pastAct != nil && onlyDenied(clause, ta.pastAct) {
			return actNotYetDone
		}
		// "When was the 4th JSC held" of "is planned for March 2022 in
		// Chiang Mai and has not yet been held": so for a verb the
		// question writes in its own past form.
		if w := irregularActWord(aq.q); aq.kind == AskWhen && !otherVerb && ta.pastAct == nil && w != "" && onlyDenied(clause, irregularPastRE[w]) {
			return actNotYetDone
		}
		// "The one for Laos has not yet been signed and is expected in
		// the first half of 2014": the date's own clause denies the act
		// asked, of a thing the question names, before the date.
		if aq.kind == AskWhen && !otherVerb && ta.pastAct != nil {
			if rec := md.recOfSentence(c.a.Passage, s); rec != nil {
				if d, ok := md.deniedActIn(aq, ta.pastAct, rec); ok && d.Start >= cl.Start && d.End <= sp.Start {
					return actNotYetDone
				}
			}
		}
	}
	// "Who will chair the Phnom Penh meeting" is not answered by a name in
	// a sentence about that meeting that says nothing of chairing.
	if aq.kind == AskWho {
		// "Which construction company is building the bridge" is not
		// answered by the government that asked for it: a party named by
		// the part it is hired for is named so in the sentence, or in
		// what leads it.
		for _, t := range aq.terms {
			if hiredPartyNouns[t.word] {
				if rec := md.recOfSentence(c.a.Passage, s); rec != nil && !rec.terms.holds(t) && !rec.lead.holds(t) {
					return "no such party"
				}
			}
		}
		// "Who heads the Centre" of "a survey mission led by Mr. X": X
		// heads the mission, whatever else the sentence holds.
		heads, named := md.headedBy(aq, s, c.a.SentenceSpans)
		if named && !heads {
			return "no such role"
		}
		if v, ok := whoVerb(aq); ok && roleVerbs[v.word] && !named {
			// "Who heads AMISC" of "... serves as the first Executive
			// Director of the Centre": the role says the heading, though
			// the sentence has no word of heading. A sentence whose
			// heading is a group's ("X is the Director of the ARSC, and a
			// team led by Y visited") says it only by such a role.
			if reGroupLedIn.MatchString(s) {
				if !leadingRoleIn(aq, s) {
					return "no such role"
				}
			} else if rec := md.recOfSentence(c.a.Passage, s); rec != nil && !rec.terms.holds(v) && !rec.lead.holds(v) && !leadingRoleIn(aq, s) {
				return "no such role"
			}
		}
	}
	// "The next geological engineering conference" is not the "Regional
	// Conference on Civil Engineering" of the sentence.
	if md.namesAnother(aq, ta, c.a.Passage, s) {
		return "another named thing"
	}
	// "Phase I was completed in November 2007" in the item of the Iloilo
	// project does not answer about the Sulawesi project: a word of
	// the question that names another of the document's projects, and
	// that neither the sentence nor its passage holds.
	v, ok := ta.otherProj[s]
	if !ok {
		v = md.aboutAnotherProject(aq, c.a.Passage, s)
		ta.otherProj[s] = v
	}
	if v {
		return "another project"
	}
	// "Why is Thailand excluded" asks the reason for an exclusion: what
	// Thailand joined for, in a sentence that excludes nothing, is not it.
	if aq.kind == AskPurpose && slices.ContainsFunc(aq.terms, func(t qterm) bool { return exclusionAsked[t.word] }) {
		if rec := md.recOfSentence(c.a.Passage, s); rec != nil && !rec.excludes() && !md.reasonForExclusionBefore(rec) {
			return "no exclusion"
		}
	}
	// "Why isnt Thailand in the NSWPP" is not answered by what Thailand
	// joined it for: a sentence that says the country asked about is in
	// denies what the question supposes.
	if aq.kind == AskPurpose && len(aq.ent.countries) > 0 && reWhyNotIn.MatchString(aq.q) && md.saysCountryIn(aq, c.a.Passage, s) {
		return "country is in"
	}
	// "Which fiscal year's money funded this" asks a fiscal year: "1
	// October 2012" is a day, not one.
	if aq.kind == AskWhen && reFiscalYearAsked.MatchString(aq.q) && !reFiscalSpan.MatchString(c.a.Span) {
		return "not a fiscal year"
	}
	// "The budget for FY2006" is a fiscal year's: a date in 2006 in
	// another sense does not answer it.
	for _, re := range ta.fiscal {
		if !re.MatchString(s) && !md.framedBy(c.a.Passage, s, re) {
			return "fiscal year"
		}
		// "¥3.35 billion, FY2016–FY2019" is not what was given in FY2019:
		// a sum over years that ends or starts with the one asked.
		if aq.kind == AskMoney && !reAskedYearRange.MatchString(aq.q) && inYearRangeOnly(s, re) {
			return "fiscal year range"
		}
	}
	// "How many engineers did MPSOT train in FY2019" is not answered by
	// "By the end of FY2019, 185 engineers had completed MPSOT courses":
	// a figure dated by the end of the year asked is the total up to it,
	// not the year's own, unless the question asks up to then.
	if (aq.kind == AskCount || aq.kind == AskMoney) && len(aq.ent.years) > 0 && !reUpToNowAsked.MatchString(aq.q) && !reByYearAsked.MatchString(aq.q) && at >= 0 && onlyByEndOf(s, aq.ent.years) {
		return "total up to the year"
	}
	// "The 10th board meeting" is not the ninth. Of "the first meeting
	// was held in Tokyo; the second will be held in Manila", each
	// statement numbers its own.
	if qo := ta.ordinals; len(qo) > 0 {
		// "the first time all five took part" numbers no meeting.
		so := ta.meetingOrdinalsOf(statementAt(s, at))
		// "The first Dialogue was held in Tokyo on 25-26 October 2007,
		// the second in Bangkok on 3-4 November 2008": in a run of
		// ordinals that leaves the meeting's noun out after the first,
		// the ordinal right before the answer numbers it.
		if n, ok := ordinalBefore(s, at); ok && len(so) > 0 {
			so = []int{n}
		}
		// "ADRTP: ...; Japanese contribution: ¥780 million; ...; Status:
		// second phase under consideration": of a table's row, the
		// answer's cell and the row's label number it, not another cell.
		if len(so) == 0 && c.a.Passage != nil && c.a.Passage.IsTableRow() {
			so = ta.ordinalsOf(c.a.Passage.Label)
		} else if len(so) == 0 {
			so = ta.ordinalsOf(s)
		}
		// "Drainage Project (Phase II): grant aid ... E/N signed on 14
		// August 2001": a sentence that numbers nothing is of the phase
		// its item numbers, when a phase is what the question numbers.
		// Nor one under an item's heading that numbers it in words:
		// "(4) Request for a second phase ... The request, amounting to
		// about ¥980 million".
		if len(so) == 0 && c.a.Passage != nil && (len(phaseNumbers(aq.q)) > 0 || len(phaseOrdinals(aq.q)) > 0) {
			so = append(phaseNumbers(c.a.Passage.Text), phaseOrdinals(c.a.Passage.Label)...)
		}
		// "The second phase of ARMON was launched ... The phase runs from
		// 2024": a sentence that points back is of what the one before
		// numbers.
		// Back over sentences that point back in turn: "It was postponed
		// ... The workshop was eventually held ...".
		// "Japan spent ¥210 million on this phase": so is one that
		// speaks of "this phase" anywhere.
		// "Because of COVID-19 it was moved online": so is one whose
		// subject is a pronoun after an opening phrase.
		// "In a letter dated 20 October 2003, MOWRAM requested a second
		// phase ... The letter was signed by ...": so is one whose subject
		// is the thing the sentence before brought in.
		if len(so) == 0 && (reAgreementBack.MatchString(s) || rePhaseBack.MatchString(s) || pronounSubject(s) || md.definiteBack(md.recOfSentence(c.a.Passage, s))) {
			rec := md.recOfSentence(c.a.Passage, s)
			for k := 0; k < maxBackSentences && rec != nil && len(so) == 0 && (reAgreementBack.MatchString(rec.text) || rePhaseBack.MatchString(rec.text) || pronounSubject(rec.text) || md.definiteBack(rec)); k++ {
				if rec = md.sentenceBefore(rec); rec != nil {
					so = ta.ordinalsOf(rec.text)
				}
			}
		}
		for _, n := range qo {
			found := false
			for _, m := range so {
				found = found || m == n
			}
			if !found {
				return trapOrdinal
			}
		}
	}
	// A country the sentence expressly excludes is not the answer, unless
	// the question asks what is excluded.
	if !ta.excluded && len(c.a.SentenceSpans) == 1 && md.isCountry(c.a.Span) {
		sp := c.a.SentenceSpans[0]
		if sp.End <= len(s) && prose.Excludes(prose.ClauseOf(s, sp)) {
			return "excluded answer"
		}
	}
	// "Separately from MEEL, CVUT secured a EUR 300,000 grant": a sum or
	// count whose clause sets aside a name the question asks about is
	// not that thing's.
	if !ta.excluded && (aq.kind == AskMoney || aq.kind == AskCount) && len(c.a.SentenceSpans) == 1 {
		if sp := c.a.SentenceSpans[0]; sp.End <= len(s) && md.setsAsideAsked(aq, s[:sp.Start]) {
			return "set aside"
		}
	}
	// A country the sentence expressly excludes is not a recipient.
	if c.a.Kind == "" && (aq.kind == AskMoney || aq.kind == AskCountries || aq.kind == AskOpen || aq.kind == AskWho || aq.kind == AskCount) && len(aq.ent.countries) > 0 && md.excludes(c.a.Passage, s) {
		for _, country := range aq.ent.countries {
			for _, m := range ta.countriesOf(md, s) {
				if m.Name == country && prose.Excludes(prose.ClauseOf(s, m.Span)) {
					return "excluded"
				}
			}
		}
	}
	// "... for 24 officials from Cambodia, Indonesia and Myanmar.
	// Thailand was not covered by the programme": a country the sentence
	// does not name, which the passage around it expressly excludes, is
	// not among those it counts or pays.
	if c.a.Kind == "" && (aq.kind == AskMoney || aq.kind == AskCount || aq.kind == AskCountries) && c.a.Passage != nil {
		for _, country := range aq.ent.countries {
			if slices.ContainsFunc(ta.countriesOf(md, s), func(m GeoMention) bool { return m.Name == country }) {
				continue
			}
			for _, rec := range md.sentsOf[c.a.Passage] {
				if rec.text == s || !rec.excludes() {
					continue
				}
				for _, m := range rec.geos {
					if m.Name == country && prose.Excludes(prose.ClauseOf(rec.text, m.Span)) {
						return "excluded nearby"
					}
				}
			}
		}
	}
	return ""
}

// decisionAct holds the verbs of a decision: approving, adopting,
// endorsing, awarding.
var decisionAct = lexicon.Set("decision act verbs")

// decisionDates reports whether the date at byte at of sentence s is a
// decision's, by the verb of its clause right before it, and s says no
// start or end of anything.
func decisionDates(s string, at int) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !prose.IsWordRune(r) }) {
		if !commonEventWords[w] && (eventStart[w] || eventEnd[w]) {
			return false
		}
	}
	near := tail(s[:at], eventWindow)
	if i := strings.LastIndexAny(near, ";,"); i >= 0 {
		near = near[i:]
	}
	// "In January 2022, the Government of Cambodia requested Japan to
	// fund a second phase": a date that opens its sentence is dated by
	// the verb of the clause after it.
	if reLeadingDate.MatchString(s[:at]) {
		after := s[at:min(len(s), at+eventWindow)]
		if i := strings.IndexAny(after, ";"); i >= 0 {
			after = after[:i]
		}
		near += " " + after
	}
	return slices.ContainsFunc(strings.Fields(strings.ToLower(near)), func(w string) bool { return decisionAct[w] })
}

var (
	// reWhichOpens ends with the relative pronoun that opens a clause.
	reWhichOpens = regexp.MustCompile(`,\s+which\s+$`)
	// placingRelativeVerbs are the verbs by which a relative clause
	// places the thing it is of.
	placingRelativeVerbs = lexicon.Set("verbs placing what a relative clause is of")
)

// reExcludesObject is a cue that excludes what follows it.
var reExcludesObject = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("object exclusion cues") + `)\b`)

var (
	whoAuxiliaries = lexicon.Set("auxiliaries", "who question auxiliaries")
	roleVerbs      = lexicon.Set("role verbs")
	datedActVerbs  = lexicon.Set("dated act verbs")
)

// reHeadedByIn is a body's heading said of the name after it: "directed
// by ", "under the leadership of ".
var reHeadedByIn = regexp.MustCompile(`\b(?:` + lexicon.Alt("heading agent phrases") + `)\s`)

// headedBy reads "directed by" or "led by" standing shortly before a
// who-question's answer, at the first of spans in sentence s: heads
// reports that what it qualifies names what the question asks of ("the
// Khon Kaen Centre, directed by"; "The Centre is headed by"), named that
// it is a group of people instead ("a survey mission led by"), which the
// answer then heads, not the asked body. Neither leaves it to the
// sentence's other words.
func (md *Model) headedBy(aq *asked, s string, spans []corpus.Span) (heads, named bool) {
	v, ok := whoVerb(aq)
	if !reHeadsAsked.MatchString(aq.q) && !(ok && roleVerbs[v.word]) || len(spans) == 0 || spans[0].Start > len(s) {
		return false, false
	}
	start := spans[0].Start
	for _, m := range reHeadedByIn.FindAllStringIndex(s, -1) {
		// "headed by Executive Director Dr. X", "led by H.E. Mr. X": a
		// title may stand between.
		if m[1] > start || start-m[1] > headedByReach {
			continue
		}
		// "The Centre is headed by" heads the clause's subject; "the
		// Centre, directed by" and "a survey mission led by" the noun
		// phrase right before.
		before := s[:m[0]]
		if !rePassiveBe.MatchString(before) {
			before = nounPhraseBefore(before)
		}
		if refersToAskedBody(aq, before) || slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(before, o) }) || slices.ContainsFunc(md.src.Countries(before), func(g GeoMention) bool { return strings.Contains(strings.ToLower(aq.q), strings.ToLower(g.Name)) }) {
			return true, true
		}
		lower := strings.ToLower(before)
		for _, t := range aq.terms {
			if t.word != v.word && len(t.stem) > shortWord && strings.Contains(lower, t.stem) {
				return true, true
			}
		}
		// "who leads the JGRC team" of "The project team, led by": the
		// group the question asks of.
		if g := reGroupEnds.FindString(before); g != "" && hasPhrase(strings.ToLower(aq.q), strings.ToLower(strings.TrimSpace(g))) {
			return true, true
		}
		// "A survey mission led by": a group heads nothing else. What
		// else stands before is left to the sentence's other words.
		return false, reGroupEnds.MatchString(before)
	}
	return false, false
}

// reGroupEnds ends with a group of people: "a survey mission".
// reGroupLedIn is a group and its heading anywhere in a sentence: "a
// survey mission led by".
var (
	reGroupEnds  = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("groups of people") + `)\s*$`)
	reGroupLedIn = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("groups of people") + `),?\s+(?:` + lexicon.Alt("heading agent phrases") + `)\s`)
)

// headedByReach is how far, in bytes, a title may run between "headed
// by" and the name: "Executive Director Dr. ".
const headedByReach = 40

// headedNounWords is how many words before "directed by" are read for
// the noun it qualifies: "the Khon Kaen Post-Harvest Technology Centre".
const headedNounWords = 6

// rePassiveBe ends a clause's "is" or "was" right before "headed by":
// the clause's subject is what is headed.
var rePassiveBe = regexp.MustCompile(`(?i)\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?$`)

// nounPhraseBefore is the noun phrase s ends with, from its last
// determiner within headedNounWords words: "a survey mission" of "the
// Centre received a survey mission", "The JAIF Management Team".
func nounPhraseBefore(s string) string {
	ws := strings.Fields(strings.TrimRight(s, ", "))
	ws = ws[max(0, len(ws)-headedNounWords):]
	for i := len(ws) - 1; i >= 0; i-- {
		if articles[strings.ToLower(ws[i])] {
			return strings.Join(ws[i:], " ")
		}
	}
	return strings.Join(ws, " ")
}

// articles open a noun phrase.
var articles = lexicon.Set("determiners")

// whoVerb is the verb of a who-question, the question term right after
// "who" and its auxiliaries: "chair" in "who will chair the meeting".
func whoVerb(aq *asked) (qterm, bool) {
	ws := strings.Fields(aq.q)
	for i, w := range ws {
		if w != "who" {
			continue
		}
		for _, v := range ws[i+1:] {
			v = strings.Trim(v, "?,.!")
			if whoAuxiliaries[v] {
				continue
			}
			for _, t := range aq.terms {
				if t.word == v {
					return t, true
				}
			}
			return qterm{}, false
		}
	}
	return qterm{}, false
}

// reRangeBefore and reRangeAfter are the other end of a range of years
// around a year: "FY2016–" before, "–2019" after.
var (
	reRangeBefore = regexp.MustCompile(`(?i)(?:fy\s?)?(?:19|20)\d{2}\s*[–-]\s*$`)
	reRangeAfter  = regexp.MustCompile(`(?i)^\s*[–-]\s*(?:fy\s?)?(?:19|20)\d{2}`)
)

// reAskedYearRange is a question that asks for a range of years itself:
// "for fy2019-2021".
var reAskedYearRange = regexp.MustCompile(`(?i)(?:19|20)\d{2}\s*[–-]\s*(?:fy\s?)?(?:19|20)?\d{2}\b`)

// inYearRangeOnly reports whether every year of s that re matches is one
// end of a range of years.
func inYearRangeOnly(s string, re *regexp.Regexp) bool {
	ms := re.FindAllStringIndex(s, -1)
	for _, m := range ms {
		if !reRangeBefore.MatchString(s[:m[0]]) && !reRangeAfter.MatchString(s[m[1]:]) {
			return false
		}
	}
	return len(ms) > 0
}

// framedBy reports whether sentence s of passage p, which names no year of
// its own, is framed by a year re matches: the last year the passage
// names before it ("in fiscal 2017 it was among the largest recipients.
// Total cooperation reached ¥245.7 billion"), else its section's title
// ("Overview of Cooperation in Fiscal 2017").
func (md *Model) framedBy(p *corpus.Passage, s string, re *regexp.Regexp) bool {
	if p == nil || reYear.MatchString(s) {
		return false
	}
	last := ""
	for _, rec := range md.sentsOf[p] {
		if rec.text == s {
			break
		}
		if reYear.MatchString(rec.text) {
			last = rec.text
		}
	}
	if last != "" {
		return re.MatchString(last)
	}
	// A table's rows or a list's items under "In FY2003, JICA accepted
	// trainees ...:" are that fiscal year's, when the lead-in writes no
	// other year.
	if leadFramesYear(p.Lead, re) {
		return true
	}
	if re.MatchString(p.Cite.SectionTitle) {
		return true
	}
	// "Annual Report FY2021": a document whose title names one year
	// alone speaks of it where its section names none.
	return !reYear.MatchString(p.Cite.SectionTitle) && re.MatchString(p.Doc.Title) && len(yearsIn(p.Doc.Title)) == 1
}

// leadFramesYear reports whether a lead-in dates what it introduces in
// the one year re matches: "In FY2003, JICA accepted ...:", not "Since
// FY1998" (a running total) nor "JICA plans to accept ... in FY2005" (a
// plan), nor a lead that writes another year too.
func leadFramesYear(lead string, re *regexp.Regexp) bool {
	ys := yearsIn(lead)
	oneYear := len(ys) > 0 && !slices.ContainsFunc(ys, func(y int) bool { return y != ys[0] })
	m := re.FindStringIndex(lead)
	return oneYear && m != nil && reFramingBefore.MatchString(lead[:m[0]]) && !rePlanInLead.MatchString(lead)
}

var (
	// reFramingBefore ends with what sets a year as the time of what
	// follows: "In ", "for the ", "(".
	reFramingBefore = regexp.MustCompile(`(?i)(?:\b(?:in|for|during)\s+(?:the\s+)?|\(\s*)$`)
	// rePlanInLead is a word by which a lead-in tells of a plan.
	rePlanInLead = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("plan cues in a lead-in") + `)\b`)
)

// reYear is a year, on its own or in a fiscal year's name ("FY2009").
var reYear = regexp.MustCompile(`(?:\b|FY|fy)((?:19|20)\d{2})\b`)

// yearsIn lists the years text writes.
func yearsIn(text string) []int {
	var ys []int
	for _, m := range reYear.FindAllStringSubmatch(text, -1) {
		y, _ := strconv.Atoi(m[1])
		ys = append(ys, y)
	}
	return ys
}

// saysPastAt reports whether the clause of sentence s that holds the
// answer tells of the past and not of the future: "The 4th conference
// took place in Hanoi, and the 5th will be held in Kuala Lumpur" says
// nothing to come of Hanoi, though its sentence does.
func (t *trapAsk) saysPastAt(s string, spans []corpus.Span) bool {
	if len(spans) == 0 || spans[0].End > len(s) {
		return false
	}
	cl := prose.ClauseAround(s, 0, spans[0])
	c := s[cl.Start:cl.End]
	return rePastSays.MatchString(c) && !t.saysFuture(c)
}

var rePastSays = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("past cues") + `)\b`)

// statementAt is the part of sentence s, between semicolons, that holds
// byte at, or all of s when at is unknown: "the next meeting is scheduled
// for December; the previous one met in Yangon" makes two statements, and
// only the first is about the next meeting.
func statementAt(s string, at int) string {
	if at < 0 || at > len(s) {
		return s
	}
	start := strings.LastIndexByte(s[:at], ';') + 1
	end := len(s)
	if i := strings.IndexByte(s[at:], ';'); i >= 0 {
		end = at + i
	}
	return s[start:end]
}

// pickUntrapped is what pick would choose among the candidates no trap
// rule refuses, reading the rules only for the best until one passes.
func (md *Model) pickUntrapped(aq *asked, cs []cand) (cand, bool) {
	order := make([]int, 0, len(cs))
	for i, c := range cs {
		if c.cov >= minCoverage {
			order = append(order, i)
		}
	}
	// Of equals, the first offered, as pick keeps it.
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(cs[b].cov+cs[b].bonus, cs[a].cov+cs[a].bonus)
	})
	// "What date did the Myawaddy post open", of "was to open on 16
	// December 2002" and "is now expected to open in mid-2003": once a
	// sentence that writes the act, and covers the question as well as
	// any, is refused as the act not yet done, a date whose sentence
	// does not write it says nothing of when it was done.
	// Nor is a date of a sentence that lacks a rare word of the question
	// the refused one holds: "the depot finally opened on 30 April 2019"
	// of another depot than the Chhuk one asked.
	undone := -1.0
	var undoneRare []qterm
	for _, i := range order {
		c := cs[i]
		if undone >= c.cov && aq.traps != nil && aq.traps.pastAct != nil && (!aq.traps.pastAct.MatchString(c.a.Sentence) || md.candLacksAny(c, undoneRare)) {
			continue
		}
		switch md.trapped(aq, c) {
		case "":
			if md.leftUndecided(aq, c) {
				continue
			}
			return c, true
		case actNotYetDone:
			undone = max(undone, c.cov)
			for _, t := range aq.terms {
				if md.isRare(t) && !md.candLacksAny(c, []qterm{t}) {
					undoneRare = append(undoneRare, t)
				}
			}
		}
	}
	return cand{}, false
}

// askedOnlyLeftOut reports whether a rare word of the question that
// sentence rec lacks is held, in rec's passage and in the sentences of its
// document that name the thing asked, only by clauses that leave it out.
func (md *Model) askedOnlyLeftOut(aq *asked, rec *sentenceRec) bool {
	ta := trapsOf(aq)
	for _, t := range aq.terms {
		// Only a rare word names the thing left out; the document is
		// read for it alone, once a question.
		if rec.terms.holds(t) || !md.isRare(t) {
			continue
		}
		out, in := false, false
		for _, h := range md.leftOutHits(aq, ta, rec.p.Doc, t) {
			// Of the thing asked: its own passage, or a sentence that
			// names it ("Phongsaly Province is not covered by the
			// NWUCD" for a table row of the NWUCD).
			if h.rec == rec || h.rec.p != rec.p && !h.asked {
				continue
			}
			out, in = out || h.out, in || !h.out
		}
		if out && !in {
			return true
		}
	}
	return false
}

// leftOutHit is a word of a question in a sentence: whether its clause
// leaves it out, and whether the sentence names the thing asked.
type leftOutHit struct {
	rec        *sentenceRec
	out, asked bool
}

// leftOutHits are the places document d writes question word t, read
// once a question.
func (md *Model) leftOutHits(aq *asked, ta *trapAsk, d *corpus.Document, t qterm) []leftOutHit {
	key := leftOutKey{d, t.word}
	if hs, ok := ta.leftOut[key]; ok {
		return hs
	}
	var hs []leftOutHit
	for _, p := range d.Passages {
		for _, o := range md.sentsOf[p] {
			if !o.terms.holds(t) {
				continue
			}
			asked := md.holdsAsked(aq, o)
			for _, w := range o.stemmedWords() {
				if w.stem != t.stem && !slices.Contains(t.alts, w.stem) {
					continue
				}
				// A name is left out; "not covered by the ODA package"
				// leaves out others, not the package.
				hs = append(hs, leftOutHit{rec: o, asked: asked, out: leftOutName(o.text, w.span) && prose.Excludes(prose.ClauseOf(o.text, w.span))})
			}
		}
	}
	if ta.leftOut == nil {
		ta.leftOut = map[leftOutKey][]leftOutHit{}
	}
	ta.leftOut[key] = hs
	return hs
}

// leftOutKey keys a question word's hits in a document.
type leftOutKey struct {
	doc  *corpus.Document
	word string
}

// leftOutName reports whether the word at sp of text is a name that an
// exclusion may leave out: capitalised, and not the agent of "by".
func leftOutName(text string, sp corpus.Span) bool {
	if sp.Start < 0 || sp.End > len(text) || sp.Start == sp.End {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[sp.Start:])
	return unicode.IsUpper(r) && !reByAgentBefore.MatchString(text[:sp.Start])
}

// reByAgentBefore ends in "by", maybe with "the" and a word of the name:
// "not covered by the ODA".
var reByAgentBefore = regexp.MustCompile(`\bby\s+(?:the\s+)?(?:\S+\s+)?$`)

// leftUndecided reports whether the words of the question c's passage
// lacks are those of a matter its document says is not decided, in a
// sentence that covers the question better: "how
// much will Japan put into the blue carbon credit scheme" is not
// answered by Japan's share of another project's costs when the
// document says "No decision has been taken on such a scheme".
func (md *Model) leftUndecided(aq *asked, c cand) bool {
	if c.a.Passage == nil || aq.yesNo {
		return false
	}
	var lacking []qterm
	// Only words rare in the documents say which matter: "meet" and
	// "run" do not.
	for _, t := range aq.terms {
		if t.idf >= rareTermShare*md.maxIDF && md.candLacksAny(c, []qterm{t}) {
			lacking = append(lacking, t)
		}
	}
	if len(lacking) == 0 {
		return md.undecidedBeside(aq, c) || md.dateLeftOpen(aq, c)
	}
	for _, p := range c.a.Passage.Doc.Passages {
		for _, rec := range md.sentsOf[p] {
			if !md.lacksAny(rec, lacking) && reUndecided.MatchString(rec.text) && md.cov(aq, rec) > c.cov {
				return true
			}
		}
	}
	return false
}

// dateLeftOpen reports whether, for a date asked, a sentence of c's
// document that holds every word of the question itself, not by its
// passage's context, says the date is not fixed, while c's own sentence
// lacks one: "Opening of price envelopes: Date and Time: To be announced"
// leaves open the day the technical envelopes' sentence gives.
func (md *Model) dateLeftOpen(aq *asked, c cand) bool {
	if aq.kind != AskWhen || c.cov >= 1 {
		return false
	}
	for _, p := range c.a.Passage.Doc.Passages {
		for _, rec := range md.sentsOf[p] {
			if reUndecidedDateIn.MatchString(rec.text) && !slices.ContainsFunc(aq.terms, func(t qterm) bool { return !rec.terms.holds(t) }) {
				return true
			}
		}
	}
	return false
}

// reUndecidedDateIn is a cue anywhere in a sentence that its date is not
// fixed yet.
var reUndecidedDateIn = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("undecided date cues") + `)\b`)

// reHeadEnd is where a noun phrase's head ends, before what qualifies
// it: " of ", " for ".
var reHeadEnd = regexp.MustCompile(`\s(?:of|for)\s`)

// undecidedBeside reports whether a sentence of c's own passage says the
// thing asked is not decided, by rare words of the question that c's
// sentence itself lacks: "with an indicative loan amount of JPY 54,000
// million. ... The Indonesian counterpart share for Phase II has also
// not yet been decided" does not answer the counterpart share.
func (md *Model) undecidedBeside(aq *asked, c cand) bool {
	rec := md.recOfSentence(c.a.Passage, c.a.Sentence)
	if rec == nil {
		return false
	}
	var lacking []qterm
	for _, t := range aq.terms {
		if t.idf >= rareTermShare*md.maxIDF && !rec.terms.holds(t) {
			lacking = append(lacking, t)
		}
	}
	if len(lacking) == 0 {
		return false
	}
	for _, r := range md.sentsOf[c.a.Passage] {
		if r == rec {
			continue
		}
		// The words must be the undecided clause's subject's: not "The
		// second Forum will be held in 2024; its venue has not yet been
		// decided" for the first Forum.
		m := reUndecided.FindStringIndex(r.text)
		if m == nil {
			continue
		}
		subject := r.text[:m[0]]
		if i := strings.LastIndexAny(subject, ";:"); i >= 0 {
			subject = subject[i+1:]
		}
		terms := md.termsOf(subject)
		if slices.ContainsFunc(lacking, func(t qterm) bool { return !t.in(terms) }) {
			continue
		}
		// And the subject's head must be one of them: "the scale and
		// timing of any second phase have not yet been decided" leaves
		// the scale open, not the sum asked for "in the phase 2
		// request".
		head := subject
		if m := reHeadEnd.FindStringIndex(head); m != nil {
			head = head[:m[0]]
		}
		headTerms := md.termsOf(head)
		if slices.ContainsFunc(lacking, func(t qterm) bool { return t.in(headTerms) }) {
			return true
		}
	}
	return false
}

// candLacksAny is lacksAny of c's sentence; a candidate whose sentence is
// not found lacks them all.
func (md *Model) candLacksAny(c cand, ts []qterm) bool {
	rec := md.recOfSentence(c.a.Passage, c.a.Sentence)
	return rec == nil && len(ts) > 0 || rec != nil && md.lacksAny(rec, ts)
}

// lacksAny reports whether neither rec nor its passage holds one of ts.
func (md *Model) lacksAny(rec *sentenceRec, ts []qterm) bool {
	ctx := md.ctxTerms[rec.p]
	return slices.ContainsFunc(ts, func(t qterm) bool { return !rec.terms.holds(t) && !ctx.holds(t) })
}

// dropTrapped keeps the candidates no trap rule refuses.
func (md *Model) dropTrapped(aq *asked, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if md.trapped(aq, c) == "" {
			out = append(out, c)
		}
	}
	return out
}

// namesAnother reports whether sentence s of passage p is about a named
// thing other than the one the question asks about: the sentence names
// something ("the Regional Conference on Civil Engineering") that shares
// the question's words, while the document names another like it
// ("the Regional Conference on Geological Engineering") that holds a
// question word the sentence lacks, and the sentence's name has a word of
// its own that the question does not ask for ("civil").
func (md *Model) namesAnother(aq *asked, ta *trapAsk, p *corpus.Passage, s string) bool {
	if p == nil || p.Doc == nil {
		return false
	}
	if v, ok := ta.another[s]; ok {
		return v
	}
	v := md.namesAnotherRead(aq, p.Doc, p, s)
	ta.another[s] = v
	return v
}

// docShortForm is a short form a document defines and the name it
// stands for.
type docShortForm struct{ short, name string }

// docShortForms are the short forms of the organisations and projects
// document doc defines, read once.
func (md *Model) docShortForms(doc *corpus.Document) []docShortForm {
	if v, ok := md.shortForms.Load(doc); ok {
		return v.([]docShortForm)
	}
	var out []docShortForm
	for i := range md.facts.Orgs {
		if o := &md.facts.Orgs[i]; o.Acronym != "" && o.Passage != nil && o.Passage.Doc == doc {
			out = append(out, docShortForm{o.Acronym, o.Name})
		}
	}
	for _, pr := range md.facts.Projects {
		if short, _, ok := prose.EndShortForm(pr.Name); ok && pr.Passage != nil && pr.Passage.Doc == doc {
			out = append(out, docShortForm{short, pr.Name})
		}
	}
	v, _ := md.shortForms.LoadOrStore(doc, out)
	return v.([]docShortForm)
}

// reRelativeOpening opens a relative clause set off by a comma: ", which".
var reRelativeOpening = regexp.MustCompile(`,\s+(?:(?:` + lexicon.Alt("name connectors") + `)\s+)?(?:` + lexicon.Alt("relative pronouns") + `)\b`)

// reTheHead is a name's head word alone after "the": "the Fellowship".
var reTheHead = regexp.MustCompile(`\bthe\s+(\p{Lu}\p{Ll}+)\b`)

func (md *Model) namesAnotherRead(aq *asked, doc *corpus.Document, p *corpus.Passage, s string) bool {
	dn := md.docTitleNames(doc)
	ls := strings.ToLower(s)
	asked := map[string]bool{}
	var missing []string
	for _, t := range aq.terms {
		asked[t.word] = true
		// Only a word some name of the document holds can tell names apart.
		if dn.words[t.word] && !containsWord(ls, t.word) {
			missing = append(missing, t.word)
		}
	}
	if len(missing) == 0 {
		return false
	}
	// "The MJWEP itself was established ..., and its secretariat, the
	// Mekong Water Environment Centre, is located in Vientiane": a
	// sentence that names the body asked, if by its short form, is about
	// it, when the words it lacks are that body's name.
	if slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool {
		return namesOrg(s, o) && !slices.ContainsFunc(missing, func(w string) bool { return !containsWord(strings.ToLower(o.Name), w) })
	}) {
		return false
	}
	// A name the passage gives itself, as its label or lead-in, or the
	// project the sentence is about, is not another thing: "ASEAN
	// Standards and Conformance Cooperation Project. METI will provide
	// ¥480 million".
	framing := map[string]bool{}
	names := p.Label + " " + p.Lead
	// So is a project the sentence is about.
	if rec := md.recOfSentence(p, s); rec != nil {
		for _, pr := range md.facts.Projects {
			if slices.ContainsFunc(pr.Sentences, func(e corpus.Excerpt) bool { return e.Passage == p && e.Span == rec.span }) {
				names += " " + pr.Name
			}
		}
	}
	// "... USD 900,000 funded the Sports Science Fellowship. Under the
	// Fellowship, 52 young researchers ...": a name by its head alone is
	// the name the sentence before gave with that head.
	if rec := md.recOfSentence(p, s); rec != nil {
		if prev := md.sentenceBefore(rec); prev != nil {
			for _, m := range reTheHead.FindAllStringSubmatch(s, -1) {
				for _, full := range prose.TitlePhraseRE.FindAllString(prev.text, -1) {
					if strings.HasSuffix(full, " "+m[1]) {
						names += " " + full
					}
				}
			}
		}
	}
	// So is the thing a short form in the sentence stands for: "grant aid
	// of US$ 38.5 million for the SRUDIP, owing to flooding of the Siem
	// Reap River corridor" is about the Siem Reap Urban Drainage
	// Improvement Project, not another thing named "Siem Reap River".
	// A short form in a relative clause (", which the PDFRMP will use")
	// is of another thing the sentence speaks of.
	main := s
	if m := reRelativeOpening.FindStringIndex(s); m != nil {
		main = s[:m[0]]
	}
	for _, sf := range md.docShortForms(doc) {
		if hasPhrase(main, sf.short) {
			names += " " + sf.name
		}
	}
	for _, w := range prose.WordRE.FindAllString(strings.ToLower(names), -1) {
		framing[w] = true
	}
	for _, own := range md.sentenceTitleNames(p, s) {
		for _, other := range dn.names {
			if len(framing) > 0 && allIn(other, framing) {
				continue
			}
			// The sentence's own name may fit the question as well, by
			// an asked word the other lacks: "the Flores geothermal
			// plant" is the "Watu Rendo Geothermal Power Plant" of the
			// Flores release, not the "Flores Geothermal Engineering
			// Services Project".
			if heldBy(missing, other) && md.sharesAsked(own, other, asked) && hasOwnWord(own, other, asked) && !asksOnlyOwn(own, other, asked) {
				return true
			}
		}
	}
	return false
}

// aboutAnotherProject reports whether the sentence s is about a project
// of its own and the question names, by a word, another project of
// the document that the sentence and its passage do not.
func (md *Model) aboutAnotherProject(aq *asked, p *corpus.Passage, s string) bool {
	rec := md.recOfSentence(p, s)
	if rec == nil || p.Doc == nil {
		return false
	}
	var own, other, inPassage []*corpus.Project
	for i := range md.facts.Projects {
		pr := md.facts.Projects[i]
		if pr.Passage == nil || pr.Passage.Doc != p.Doc {
			continue
		}
		if slices.ContainsFunc(pr.Sentences, func(e corpus.Excerpt) bool { return e.Passage == p && e.Span == rec.span }) {
			own = append(own, pr)
		} else {
			other = append(other, pr)
			if slices.ContainsFunc(pr.Sentences, func(e corpus.Excerpt) bool {
				return e.Passage == p && opensWith(p.Text[e.Span.Start:e.Span.End], pr.Name)
			}) {
				inPassage = append(inPassage, pr)
			}
		}
	}
	// "The Savannakhet Border Facilitation Project provides ... The
	// Exchange of Notes was signed ...": a sentence that names no project
	// is about the one project a sentence of its passage opens with, not
	// one it only mentions ("modelled on the Savannakhet ... Project").
	if len(own) == 0 && len(inPassage) == 1 {
		own = inPassage
	}
	if len(own) == 0 {
		return false
	}
	ctx := md.ctxTerms[rec.p]
	for _, t := range aq.terms {
		if rec.terms.holds(t) || ctx.holds(t) {
			continue
		}
		for _, pr := range other {
			// The word itself, not a synonym ("take" for "Organize"),
			// and not a word of the language ("power").
			if containsWord(strings.ToLower(pr.Name), t.word) && !lexicon.Known(t.word) {
				return true
			}
		}
	}
	return false
}

// reFiscalYearAsked asks which fiscal year; reFiscalSpan writes one.
var (
	reFiscalYearAsked = regexp.MustCompile(`\b(?:what|which)\s+(?:fiscal|financial)\s+years?\b`)
	reFiscalSpan      = regexp.MustCompile(`(?i)\b(?:j?fy|fiscal|financial)\b|\bj?fy\d`)
)

// opensWith reports whether sentence s opens with name, after an article.
func opensWith(s, name string) bool {
	s = strings.TrimPrefix(s, "The ")
	return strings.HasPrefix(s, name)
}

// docNames are a document's title-case names, each as the set of its
// words, and every word of them.
type docNames struct {
	names []map[string]bool
	words map[string]bool
}

// docTitleNames reads a document's names once.
func (md *Model) docTitleNames(doc *corpus.Document) *docNames {
	if v, ok := md.titleNames.Load(doc); ok {
		return v.(*docNames)
	}
	dn := &docNames{words: map[string]bool{}}
	for _, dp := range doc.Passages {
		for _, n := range prose.TitlePhraseRE.FindAllString(dp.Text, -1) {
			if w := nameWords(n); len(w) >= minNameWords {
				dn.names = append(dn.names, w)
				maps.Copy(dn.words, w)
			}
		}
	}
	v, _ := md.titleNames.LoadOrStore(doc, dn)
	return v.(*docNames)
}

// sentenceTitleNames reads a sentence's names once.
func (md *Model) sentenceTitleNames(p *corpus.Passage, s string) []map[string]bool {
	rec := md.recOfSentence(p, s)
	if rec != nil {
		if v, ok := md.sentNames.Load(rec); ok {
			return v.([]map[string]bool)
		}
	}
	var out []map[string]bool
	for _, n := range prose.TitlePhraseRE.FindAllString(s, -1) {
		if w := nameWords(n); len(w) >= minNameWords {
			out = append(out, w)
		}
	}
	if rec != nil {
		md.sentNames.Store(rec, out)
	}
	return out
}

// minNameWords is the fewest words a name must have to be told from
// another by one of them: a single capitalised word starts any sentence.
const minNameWords = 2

// nameWords are a title-case name's words that tell it apart, lower case:
// not the small words between them, nor numbers, ordinals and phase
// numerals, which other rules weigh, nor months, which run on from a
// name into a date ("the Centre in May 2003").
func nameWords(name string) map[string]bool {
	out := map[string]bool{}
	for _, w := range prose.WordRE.FindAllString(name, -1) {
		lw := strings.ToLower(w)
		if nameConnectors[lw] || unicode.IsDigit(rune(lw[0])) || reRomanNumeral.MatchString(w) || genericNameWords[lw] || monthNames[w] {
			continue
		}
		out[lw] = true
	}
	return out
}

var (
	nameConnectors   = lexicon.Set("name connectors")
	genericNameWords = lexicon.Set("generic name words")
	reRomanNumeral   = regexp.MustCompile(`^[IVX]+$`)
)

// heldBy reports whether name holds one of words.
// allIn reports whether every word of name is in words.
func allIn(name, words map[string]bool) bool {
	for w := range name {
		if !words[w] {
			return false
		}
	}
	return true
}

func heldBy(words []string, name map[string]bool) bool {
	for _, w := range words {
		if name[w] {
			return true
		}
	}
	return false
}

// sharesAsked reports whether two names share a word the question asks
// with: they name things of one kind ("conference"). A country's or a
// place's name is no kind: the "Lao Government" and the "Lao NSW Pilot"
// are not alike.
func (md *Model) sharesAsked(a, b, asked map[string]bool) bool {
	for w := range a {
		if b[w] && asked[w] && !md.isPlaceWord(w) {
			return true
		}
	}
	return false
}

// hasOwnWord reports whether name a has a word that neither name b nor
// the question holds. A word of two letters does not tell: it is as often
// a currency's ("US$", "Rp") or an initial as a name's. Nor does one
// misspelt ("Phnom Phen").
func hasOwnWord(a, b, asked map[string]bool) bool {
	for w := range a {
		if len(w) > 2 && !b[w] && !asked[w] && !misspelt(w, b) && !kindWords[w] && !initialsOf(w, a) {
			return true
		}
	}
	return false
}

// kindWords say only what kind of thing a name is: "Project" does not
// tell the "Watu Rendo Geothermal Power Plant Project" from the "Watu
// Rendo Geothermal Power Plant on Flores Island".
var kindWords = lexicon.Set("heads a short form may leave out")

// phaseWords number the parts of a thing ("Phase II"), which any project
// may have.
var phaseWords = lexicon.Set("phase heads")

// initialsOf reports whether w is made of the first letters of name's
// other words: its short form ("wrgpp"), not a word of its own.
func initialsOf(w string, name map[string]bool) bool {
	firsts := map[byte]bool{}
	for o := range name {
		if o != w && o != "" {
			firsts[o[0]] = true
		}
	}
	for i := 0; i < len(w); i++ {
		if !firsts[w[i]] {
			return false
		}
	}
	return true
}

// asksOnlyOwn reports whether name a holds a word the question asks with
// that name b lacks.
func asksOnlyOwn(a, b, asked map[string]bool) bool {
	for w := range a {
		if asked[w] && !b[w] && !kindWords[w] && !phaseWords[w] {
			return true
		}
	}
	return false
}

// isPlaceWord reports whether a word is a country's, a group's or a
// place's name.
func (md *Model) isPlaceWord(w string) bool {
	if md.isCountry(w) {
		return true
	}
	for g := range md.facts.Groups {
		if strings.EqualFold(g, w) {
			return true
		}
	}
	_, ok := md.src.PlaceNamed(w)
	return ok
}

// misspelt reports whether w is one of name's words misspelt: a letter or
// two off a word as long.
func misspelt(w string, name map[string]bool) bool {
	for o := range name {
		if len(o) > 3 && len(w) > 3 && prose.EditDistance(w, o, maxMisspelling+1) <= maxMisspelling {
			return true
		}
	}
	return false
}

// maxMisspelling is how many letters a misspelt word may be off.
const maxMisspelling = 2

// clauseCountries reports whether the clause of sentence s that holds sp
// names a country the question asks about, and whether it names another.
// What a colon opens is a clause of its own: "... from FY2008: India will
// send ...".
func (md *Model) clauseCountries(aq *asked, ta *trapAsk, p *corpus.Passage, s string, sp corpus.Span) (named, other bool) {
	clause := prose.ClauseOf(s, sp)
	if i := strings.LastIndex(s[:sp.Start], ": "); i >= 0 {
		if j := strings.Index(s, clause); j >= 0 && i+2 > j {
			clause = s[i+2 : j+len(clause)]
		}
	}
	// "At the meeting held in Tokyo on 11 June 2001, Japan pledged ..."
	// in a Japanese ministry's paper: the publisher's country acts in
	// every sentence, which does not make the date its own.
	publisher := ""
	if p != nil {
		publisher = p.Doc.Publisher
	}
	for _, m := range ta.countriesOf(md, clause) {
		switch {
		case slices.Contains(aq.ent.countries, m.Name):
			named = true
		case publisher != "" && slices.ContainsFunc(ta.countriesOf(md, publisher), func(g GeoMention) bool { return g.Name == m.Name }):
		default:
			other = true
		}
	}
	// "made landfall near Guiuan, Eastern Samar, early on November 4,
	// ... and came ashore again in northern Vietnam": a place of the
	// asked country names it as well.
	if other && !named {
		for _, pl := range md.src.PlacesIn(clause) {
			named = named || slices.Contains(aq.ent.countries, pl.Country)
		}
	}
	return named, other
}

// reGiveAfter and reGiftAfter are what follows a country that gives, in
// a question: its verb ("did thailand contribute"), or after its "'s"
// (rePossessed) its gift ("japan's recaap contribution").
var (
	reGiveAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("giving verbs") + `)\b`)
	reGiftAfter = regexp.MustCompile(`^(?:\s+\S+){0,2}\s+(?:` + lexicon.Alt("giving nouns asked") + `)\b`)
	rePossessed = regexp.MustCompile(`['’]s$`)
	// reCounterpartAfter is a partner's own share right after its
	// country's name: "counterpart", "govt counterpart".
	reCounterpartAfter = regexp.MustCompile(`^\s+(?:(?:` + lexicon.Alt("national government words", "government abbreviations") + `)\s+)?(?:` + lexicon.Alt("counterpart words") + `)\b`)
	reBeBefore         = regexp.MustCompile(`\b(?:is|was|are|were)\s+(?:the\s+)?$`)
	// reCostToBefore is a cost's word right before the party it falls on:
	// "cost to japan", "cost Japan".
	reCostToBefore = regexp.MustCompile(`\b(?:` + lexicon.Alt("cost to party words") + `)\s+(?:to\s+)?(?:the\s+)?$`)
)

// giversAsked are the countries the question names as giving.
func (md *Model) giversAsked(aq *asked) []string {
	var out []string
	for _, m := range md.src.CountriesAnyCase(aq.q) {
		if m.Span.End > len(aq.q) {
			continue
		}
		rest := aq.q[m.Span.End:]
		// "How much was Vietnam lent": the passive's subject receives.
		// "WIPC cost to japan?", "how much did it cost Japan": what a
		// thing costs a party is what the party pays.
		// "viet nam govt counterpart contribution": the country's own
		// share of a cost.
		if reGiveAfter.MatchString(rest) && !reBeBefore.MatchString(aq.q[:m.Span.Start]) || rePossessed.MatchString(aq.q[m.Span.Start:m.Span.End]) && reGiftAfter.MatchString(rest) || reCostToBefore.MatchString(aq.q[:m.Span.Start]) || reCounterpartAfter.MatchString(rest) {
			out = append(out, m.Name)
		}
	}
	// "japans contribution": a possessive typed without its apostrophe.
	for _, m := range reBarePossessive.FindAllStringSubmatchIndex(aq.q, -1) {
		if c := md.countryAliases[aq.q[m[2]:m[3]]]; c != "" && md.countryAliases[aq.q[m[2]:m[3]+1]] == "" && reGiftAfter.MatchString(aq.q[m[1]:]) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// orgGiversAsked are the organisations the question names as giving:
// "how much is the ADB putting in", "did JICA contribute", "the ADB's
// share". "How much was the ADB paid" names it as receiving.
func (md *Model) orgGiversAsked(aq *asked) []*corpus.Org {
	var out []*corpus.Org
	for _, o := range aq.ent.orgs {
		for _, n := range []string{o.Acronym, o.Name} {
			if n == "" {
				continue
			}
			end, ok := phraseEnd(aq.q, strings.ToLower(n))
			if !ok {
				continue
			}
			start := end - len(n)
			rest := aq.q[end:]
			// The verb's subject after its auxiliary: not the noun of
			// "the JFPR grant to Myanmar".
			gives := reAskedGiveAfter.MatchString(rest) && reAuxBefore.MatchString(aq.q[:start]) && (!reBeBefore.MatchString(aq.q[:start]) || reGivingNow.MatchString(rest))
			if gives || strings.HasPrefix(rest, "'s") && reGiftAfter.MatchString(rest[2:]) {
				out = append(out, o)
				break
			}
		}
	}
	return out
}

// reAskedGiveAfter is a verb of giving as a question writes it, right
// after its subject: "the ADB putting in", "JICA contributed".
var reAskedGiveAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("giving verbs", "asked giving verbs") + `)\b`)

// reAuxBefore is the auxiliary before a question's subject: "did the",
// "is", "will".
var reAuxBefore = regexp.MustCompile(`\b(?:did|does|do|will|would|has|have|had|is|was|are|were|can|could)\s+(?:the\s+)?$`)

// reGivingNow is a giving verb in its -ing form, which after "is the
// ADB" is active: "is the ADB putting in".
var reGivingNow = regexp.MustCompile(`^\s+\w+ing\b`)

// speaksOfOrg reports whether answer a's sentence speaks of body o: names
// it, calls it by its head noun ("the Bank") in a passage about it, or
// opens with a pronoun ("Its contribution ...") after a sentence that
// names it.
func (md *Model) speaksOfOrg(a Answer, o *corpus.Org) bool {
	if namesOrg(a.Sentence, o) || md.refersToOrg(a, o) {
		return true
	}
	if !rePronounOpens.MatchString(a.Sentence) {
		return false
	}
	if rec := md.recOfSentence(a.Passage, a.Sentence); rec != nil {
		if prev := md.sentenceBefore(rec); prev != nil {
			return namesOrg(prev.text, o)
		}
	}
	return false
}

// rePronounOpens is a pronoun that opens a sentence and stands for what
// the sentence before named.
var rePronounOpens = regexp.MustCompile(`^\s*(?:It|Its|They|Their)\b`)

// reBarePossessive is a word and an "s" with no apostrophe: "japans".
var reBarePossessive = regexp.MustCompile(`\b([a-z]+)s\b`)

// amountOfAnswer is the sum a gives, as the documents' facts hold it, or
// nil.
func (md *Model) amountOfAnswer(a Answer) *corpus.Amount {
	for i := range md.facts.Amounts {
		if am := &md.facts.Amounts[i]; am.Passage == a.Passage && am.Text == a.Span {
			return am
		}
	}
	return nil
}

// payerOfAnswer is who the documents say pays the sum a gives, or "".
func (md *Model) payerOfAnswer(a Answer) string {
	am := md.amountOfAnswer(a)
	if am == nil {
		return ""
	}
	if am.Payer != "" || !reSumPartOpens.MatchString(a.Sentence) {
		return am.Payer
	}
	// "In December 2002 Japan made a contribution of $1,250,000 ... Of
	// this amount, USD 420,000 was used to": a part of the sum the
	// sentence before gives is paid by that sum's payer.
	rec := md.recOfSentence(a.Passage, a.Sentence)
	if rec == nil {
		return ""
	}
	prev := md.sentenceBefore(rec)
	if prev == nil {
		return ""
	}
	payer := ""
	for i := range md.facts.Amounts {
		w := &md.facts.Amounts[i]
		if w.Passage == prev.p && w.Span.Start >= prev.span.Start && w.Span.End <= prev.span.End && w.Payer != "" {
			payer = w.Payer
		}
	}
	return payer
}

// reInService says things are in service ("are open", "are operating"),
// in a question or a sentence; reCancelledAsked asks of things called
// off, and reCancelledSaid says they were.
var (
	reInService      = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("in service words") + `)\b`)
	reCancelledAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("cancelled question words") + `)\b`)
	reCancelledSaid  = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("cancelled status words") + `)\b`)
)

// reSumPartOpens opens a sentence that takes a part of the sum the
// sentence before gave: "Of this amount, USD 420,000 ...".
var reSumPartOpens = regexp.MustCompile(`(?i)^\W*(?:out\s+)?of\s+(?:this|that|the\s+same)\s+(?:` + lexicon.Alt("sums pointed back to") + `)\b`)

var (
	// reYearWritten is a year as a sentence writes it, fiscal or not.
	reYearWritten = regexp.MustCompile(`(?i)(?:\b(?:fy|fiscal\s+year)\s?|\b)((?:19|20)\d\d)\b`)
	// reByEndOfBefore ends with "by" or "by the end of", before a year.
	reByEndOfBefore = regexp.MustCompile(`(?i)\bby\s+(?:the\s+end\s+of\s+)?$`)
	// reByYearAsked asks a figure by a year: "by fy2019", "by end of
	// fy2019", "until 2019".
	reByYearAsked = regexp.MustCompile(`\b(?:by|until|till|through)\s+(?:(?:the\s+)?end\s+(?:of\s+)?)?(?:fy\s?|fiscal\s+year\s+)?(?:19|20)\d\d\b`)
)

// onlyByEndOf reports whether s writes each of years, and every time
// after "by" or "by the end of".
func onlyByEndOf(s string, years []int) bool {
	for _, y := range years {
		seen := false
		for _, m := range reYearWritten.FindAllStringSubmatchIndex(s, -1) {
			if n, _ := strconv.Atoi(s[m[2]:m[3]]); n != y {
				continue
			}
			if !reByEndOfBefore.MatchString(s[:m[0]]) {
				return false
			}
			seen = true
		}
		if !seen {
			return false
		}
	}
	return true
}

// reUpToNowAsked asks a figure up to now: "so far", "to date".
var reUpToNowAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("up to now cues") + `)\b`)

// verbOfAnswer is the verb that moves the sum a gives, or "".
func (md *Model) verbOfAnswer(a Answer) string {
	if am := md.amountOfAnswer(a); am != nil {
		return am.Verb
	}
	return ""
}

// reDisbursedAsked asks what was paid out, by a passive of a verb of
// paying out: "how much was disbursed", "had been spent".
var reDisbursedAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("passive auxiliaries") + `)\s+(?:(?:been|already)\s+)*(?:` + lexicon.Alt("disbursing verbs") + `)\b`)

// reNotContracted is a negation chat writes without its apostrophe:
// "hasnt", "wasnt".
var reNotContracted = regexp.MustCompile(`\b(?:has|have|had|is|are|was|were|did|does|do)nt\b|n['’]t\b`)

// disbursingVerbs say a sum was paid out.
var disbursingVerbs = lexicon.Set("disbursing verbs")

// reWillWord is "will" as a word: "when will it be restarted".
var reWillWord = regexp.MustCompile(`\bwill\b`)

// pastLead is how long before a document's date a date must end to be
// past for it: a month's slack for dates written loosely.
const pastLead = 31 * 24 * time.Hour

// pastOfDocument reports whether answer a is a date that ended well before
// its document was written.
func (md *Model) pastOfDocument(a Answer) bool {
	if a.Passage == nil || a.Passage.Doc == nil || a.Passage.Doc.Date.IsZero() {
		return false
	}
	for i := range md.facts.Dates {
		d := &md.facts.Dates[i]
		if d.Passage == a.Passage && d.Resolved() == a.Span {
			return d.End.Add(pastLead).Before(a.Passage.Doc.Date)
		}
	}
	return false
}

// titleRecipients are the countries a document's title names that its
// publisher does not: "Assistance to Cambodia" by the "Cabinet of Japan"
// is about Cambodia, and Japan, the publisher's own, is who gives.
func (md *Model) titleRecipients(d *corpus.Document) []string {
	if v, ok := md.titleRecipientsOf.Load(d); ok {
		return v.([]string)
	}
	var own []string
	for _, m := range md.src.AllGeoMentions(d.Publisher) {
		own = append(own, m.Name)
	}
	var out []string
	for _, m := range md.src.AllGeoMentions(d.Title) {
		if !m.IsGroup && !slices.Contains(own, m.Name) {
			out = append(out, m.Name)
		}
	}
	md.titleRecipientsOf.Store(d, out)
	return out
}

// rePartAlone is a question's cue that it asks one part of a whole: "for
// the Jalaur basin alone".
var (
	rePartAlone = regexp.MustCompile(`\b(?:` + lexicon.Alt("part alone cues") + `)\b`)
	partCue     = lexicon.Set("part alone cues")
)

// secondOfRange reports whether answer a is the second end of a range the
// sentence opens with its own "from" ("disbursed from fiscal 2014 through
// fiscal 2018"): that "from" says where the range starts, not that what
// the question asks starts. A start verb before a range ("will start
// between April and June") is no such "from".
func (md *Model) secondOfRange(a Answer) bool {
	if a.Passage == nil || len(a.SentenceSpans) == 0 {
		return false
	}
	rec := md.recOfSentence(a.Passage, a.Sentence)
	if rec == nil {
		return false
	}
	at := rec.span.Start + a.SentenceSpans[0].Start
	ds := md.src.PassageFacts(a.Passage).Dates
	for i := 1; i < len(ds); i++ {
		if ds[i].Span.Start == at {
			return rangeJoined(&ds[i-1], &ds[i]) && reFromBefore.MatchString(a.Passage.Text[:ds[i-1].Span.Start])
		}
	}
	return false
}

// reCurrencyBeforeNoun is a currency a question names before the noun of
// the sum it asks: "the yen amount", "baht contribution".
var reCurrencyBeforeNoun = regexp.MustCompile(`\b(` + lexicon.AltOf(slices.Sorted(maps.Keys(lexicon.Pairs("currency question words")))) + `)\s+(?:` + lexicon.Alt("money nouns asked") + `)\b`)

// setsAsideAsked reports whether cl, the text before a candidate's span,
// excludes a name the question asks about: a capitalised word right after
// a cue that excludes what follows it ("separately from MEEL", "other than
// JICA"; not "excluded from the Academy", which excludes what stands
// before) that is one of the question's words. A span after the cue is
// what the cue sets aside, or part of it ("other than the Lao
// Government's share of US$300,000"), only when a clause break stands
// between: it is read from the last one.
func (md *Model) setsAsideAsked(aq *asked, cl string) bool {
	// Only the candidate's own clause: "Separately from MEEL, CVUT
	// secured EUR 300,000" sets MEEL aside for the sum, but "other than
	// the Lao Government's share of US$300,000" names the share itself.
	if i := strings.LastIndexAny(cl, ";"); i >= 0 {
		cl = cl[i+1:]
	}
	ms := reExcludesObject.FindAllStringIndex(cl, -1)
	if len(ms) == 0 || !strings.Contains(cl[ms[len(ms)-1][1]:], ",") {
		return false
	}
	for _, m := range ms {
		// The name right after the cue, up to its first word in lower
		// case: "separately from MEEL", not what the clause goes on to say.
		// Nor past a comma: "Separately from CDEEP, Japan provided".
		rest := cl[m[1]:]
		prevEnd := 0
		for i, wm := range prose.WordRE.FindAllStringIndex(rest, -1) {
			w := rest[wm[0]:wm[1]]
			if i > 0 && strings.TrimSpace(rest[prevEnd:wm[0]]) != "" {
				break
			}
			prevEnd = wm[1]
			if i == 0 && strings.EqualFold(w, "the") {
				continue
			}
			if r := []rune(w)[0]; !unicode.IsUpper(r) {
				break
			}
			st := stemTerm(w)
			if slices.ContainsFunc(aq.terms, func(t qterm) bool { return t.stem == st }) {
				return true
			}
			// A body the question names by its short form is set aside
			// as its word would be.
			if slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return o.Acronym == w }) {
				return true
			}
		}
	}
	return false
}

// reCode is a code of letters, a hyphen and a short number: "CP-02". A
// document may write it without the hyphen ("JSPP21", reCodeLoose); a
// question's "b4" or "nr1" is chat, not a code.
var (
	reCode      = regexp.MustCompile(`(?i)\b([a-z]{1,6})-(\d{1,3})\b`)
	reCodeLoose = regexp.MustCompile(`(?i)\b([a-z]{1,6})-?(\d{1,3})\b`)
)

// codesIn are the codes text names, folded: "cp2" for "CP-02" and
// "CP-2"; loose reads them without their hyphen too.
func codesIn(text string, strict bool) []string {
	re := reCodeLoose
	if strict {
		re = reCode
	}
	var out []string
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		// "fy16" is a year, not a code.
		if strings.EqualFold(m[1], "fy") {
			continue
		}
		// "CP-2" is "CP-02".
		out = append(out, strings.ToLower(m[1])+strings.TrimLeft(m[2], "0"))
	}
	return out
}

// generalShortFormsAsked are the short forms of things no body owns
// ("ATFM", "PBN", "ODA") that the question names as a word of its own.
func (md *Model) generalShortFormsAsked(aq *asked, ta *trapAsk) []*corpus.Org {
	if ta.generalRead {
		return ta.generalAsked
	}
	ta.generalRead = true
	words := map[string]bool{}
	for _, w := range prose.WordRE.FindAllString(aq.q, -1) {
		words[strings.ToLower(w)] = true
	}
	for i := range md.facts.Orgs {
		o := &md.facts.Orgs[i]
		// A thing's long form is in lower case ("air traffic flow
		// management"); a body's is a proper name, which entityFit
		// weighs with its references ("the Agency").
		thing := o.General || o.Name != "" && unicode.IsLower([]rune(o.Name)[0])
		if thing && len(o.Acronym) >= minShortFormAsked && words[strings.ToLower(o.Acronym)] {
			ta.generalAsked = append(ta.generalAsked, o)
		}
	}
	return ta.generalAsked
}

// minShortFormAsked is the shortest short form read as naming a thing:
// two letters ("IT", "PM") are words as often.
const minShortFormAsked = 3

// reStudyOf is a sum's purpose that is a study of a thing: "... for a
// feasibility study on a calibration centre", the sum's clause going on
// to it with no other sum between.
// "For that survey in FY2016": a study the passage told of before.
var reStudyOf = regexp.MustCompile(`^[^.;¥$€]{0,60}?\b(?i:for)\s+(?:(?:(?i:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?i:` + lexicon.Alt("study nouns") + `)\s+(?i:on|of|for|into)\b|(?i:that|this|the)\s+(?:[a-z-]+\s+)?(?i:` + lexicon.Alt("study nouns") + `)(?:\s*[,.;]|\s*$|\s+(?:in|by|and|but|which|was|is|has|had)\b))`)

// studyWords are the nouns of a study, which a question asks a study's
// cost with.
var studyWords = lexicon.Set("study nouns")

// studyAsked reports whether q names a study.
func studyAsked(q string) bool {
	for _, w := range strings.Fields(q) {
		if studyWords[strings.Trim(w, "?.,!")] {
			return true
		}
	}
	return false
}

// reBeforeBecoming asks what came before a post: "before becoming
// secretary-general", "before he became chair".
var reBeforeBecoming = regexp.MustCompile(`\bbefore\s+(?:becoming|(?:he|she|they)\s+became|being\s+(?:named|appointed))\s+(?:the\s+|a\s+|an\s+)?([a-z][a-z -]*[a-z])`)

// roleAfterGiven reports whether q asks what came before a post and
// text gives that post.
func roleAfterGiven(q, text string) bool {
	m := reBeforeBecoming.FindStringSubmatch(q)
	return m != nil && strings.Contains(roleWords(text), roleWords(m[1]))
}

// roleWords is s lower case with its hyphens as spaces, so that
// "Secretary General" and "secretary-general" read alike.
func roleWords(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), "-", " ")), " ")
}

// actDeniedIn reports whether a sentence of passage p denies the act that
// act matches, of a thing the question names (deniedActIn).
func (md *Model) actDeniedIn(aq *asked, act *regexp.Regexp, p *corpus.Passage) bool {
	return slices.ContainsFunc(md.sentsOf[p], func(rec *sentenceRec) bool {
		_, ok := md.deniedActIn(aq, act, rec)
		return ok
	})
}

// actDeniedOfAsked reports whether any sentence denies the act asked of
// the thing the question names, which the denying sentence or the one
// before it must name (holdsAsked): "Japan pledged the loan for
// the PTTL ... The Exchange of Notes has not yet been signed".
func (md *Model) actDeniedOfAsked(aq *asked, ta *trapAsk) bool {
	if ta.deniedRead {
		return ta.denied
	}
	ta.deniedRead = true
	// The thing asked first: it is cheaper to find than a denial.
	for _, rec := range md.sents {
		if !md.holdsAsked(aq, rec) {
			continue
		}
		if _, words, ok := md.deniedActWords(aq, ta.pastAct, rec); ok {
			ta.denied, ta.deniedWords, ta.deniedRec = true, words, rec
			return true
		}
		if next := md.sentenceAfter(rec); next != nil {
			if _, words, ok := md.deniedActWords(aq, ta.pastAct, next); ok {
				ta.denied, ta.deniedWords, ta.deniedRec = true, words, next
				return true
			}
		}
	}
	return false
}

// unnamedAsDenied reports whether the passage of sentence rec, but for the
// denial itself, leaves out a word the denial names the thing asked by:
// "revised" of "A revised tender has not yet been issued", which the
// tender "issued on 10 February 2022" next to it never was.
func (md *Model) unnamedAsDenied(ta *trapAsk, rec *sentenceRec) bool {
	var text strings.Builder
	for _, o := range md.sentsOf[rec.p] {
		if o != ta.deniedRec {
			text.WriteString(strings.ToLower(o.text))
			text.WriteByte(' ')
		}
	}
	return slices.ContainsFunc(ta.deniedWords, func(w string) bool { return !strings.Contains(text.String(), w) })
}

// pointsToAskedOrgs reports whether the question names bodies and a's
// sentence speaks of each, if only as "the project" in its passage.
func (md *Model) pointsToAskedOrgs(aq *asked, a Answer) bool {
	if len(aq.ent.orgs) == 0 || a.Passage == nil {
		return false
	}
	return !slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool {
		head := prose.NameHead(o.Name)
		pointed := head != "" && hasPhrase(strings.ToLower(a.Sentence), "the "+head) && (namesOrg(a.Passage.Text, o) || namesOrg(a.Passage.Label, o))
		return !pointed && !md.speaksOfOrg(a, o)
	})
}

// deniedNamesMore reports whether the denial's passage names all the
// question's words that the passage of sentence rec does, and more:
// "no exchange of notes has been signed" under the request for school
// kitchens in Cambodia, over an exchange of notes for school meals
// signed in Cambodia, for "when was the exchange of notes for
// Cambodia's school kitchens signed".
func (md *Model) deniedNamesMore(aq *asked, ta *trapAsk, rec *sentenceRec) bool {
	if ta.deniedRec == nil || ta.deniedRec.p == rec.p {
		return false
	}
	denial, own := md.passageTerms(ta.deniedRec.p), md.passageTerms(rec.p)
	more := false
	for _, t := range aq.terms {
		if len(t.word) <= shortWord || ta.pastAct.MatchString(t.word) {
			continue
		}
		in, there := t.in(own), t.in(denial)
		if in && !there {
			return false
		}
		more = more || there && !in
	}
	return more
}

// passageTerms are the terms of passage p and its heading.
func (md *Model) passageTerms(p *corpus.Passage) map[string]bool {
	return md.termsOf(p.Cite.SectionTitle + " " + p.Label + " " + p.Text)
}

// holdsAsked reports whether sentence rec itself names the thing the
// question asks of: the organisation or project it names by short form
// or name, else its rarest word.
func (md *Model) holdsAsked(aq *asked, rec *sentenceRec) bool {
	if len(aq.ent.orgs) > 0 {
		return slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(rec.text, o) })
	}
	rarest := rarestFirst(aq.terms)
	return len(rarest) > 0 && rec.terms.holds(rarest[0])
}

// hiredPartyNouns name a party by the part it is hired for: "which
// company", "who is the contractor".
var hiredPartyNouns = lexicon.Set("hired party nouns")

// deniedActIn is where sentence rec denies the act that act matches, of a
// thing the question names by a word other than the act's: "the Exchange
// of Notes has not yet been signed" for "when was the exchange of notes
// signed". Not a denial of another numbered one (deniedOfAnother).
func (md *Model) deniedActIn(aq *asked, act *regexp.Regexp, rec *sentenceRec) (corpus.Span, bool) {
	sp, _, ok := md.deniedActWords(aq, act, rec)
	return sp, ok
}

// deniedActWords is deniedActIn, with the question's words the denial's
// subject holds.
func (md *Model) deniedActWords(aq *asked, act *regexp.Regexp, rec *sentenceRec) (corpus.Span, []string, bool) {
	for _, m := range act.FindAllStringIndex(rec.text, -1) {
		// "Official approval of the accompanying teacher educators'
		// guides, however, is still pending": the act as a noun, its
		// thing after "of", and the denial after them.
		var subject string
		if pm := reActPendingAfter.FindStringSubmatch(rec.text[m[1]:]); pm != nil {
			subject = strings.ToLower(pm[1])
		} else if !deniedBefore(rec.text[:m[0]]) {
			continue
		} else {
			// Its subject is before it, up to a semicolon: "A memorandum
			// ... has been negotiated but not yet signed".
			subject = strings.ToLower(rec.text[strings.LastIndex(rec.text[:m[0]], ";")+1 : m[0]])
		}
		// "The text of a Memorandum ... was agreed in March 2010. It has
		// not yet been signed": "it" is what the sentence before spoke of.
		if rePronounSubject.MatchString(subject) {
			if prev := md.sentenceBefore(rec); prev != nil {
				subject = strings.ToLower(prev.text) + " " + subject
			}
		}
		if deniedOfAnother(aq, subject) {
			continue
		}
		var words []string
		// "the jiipp extension mou" of "A memorandum of understanding to
		// extend JIIPP ... had not been signed": a word is named by its
		// stem or a synonym, and a body by its name.
		var subjectStems map[string]bool // read only when a word is not there as typed
		stemIn := func(stem string) bool {
			if subjectStems == nil {
				subjectStems = map[string]bool{}
				for _, w := range strings.FieldsFunc(subject, func(r rune) bool { return !prose.IsWordRune(r) }) {
					subjectStems[stemTerm(w)] = true
				}
			}
			return subjectStems[stem]
		}
		for _, t := range aq.terms {
			if !act.MatchString(t.word) && len(t.word) > shortWord && (hasPhrase(subject, t.word) || stemIn(t.stem)) {
				words = append(words, t.word)
			}
		}
		for _, o := range aq.ent.orgs {
			if o.Acronym != "" && hasPhrase(subject, strings.ToLower(o.Acronym)) || hasPhrase(subject, strings.ToLower(o.Name)) {
				words = append(words, strings.ToLower(o.Name))
			}
		}
		if len(words) > 0 {
			return corpus.Span{Start: m[0], End: m[1]}, words, true
		}
	}
	return corpus.Span{}, nil, false
}

// reActPendingAfter is what follows an act's noun that says the act is
// still to be done, the thing it is of first: " of the accompanying
// guides, however, is still pending".
var reActPendingAfter = regexp.MustCompile(`^\s+(?:of|for)\s+([^;:.]{1,120}?)\s*(?:,\s*(?:however|though),)?\s+(?:is|are|remains?)\s+(?:still\s+)?(?:` + lexicon.Alt("pending words") + `)\b`)

// rePronounSubject is a subject that is a pronoun alone: "It has not yet
// been".
var rePronounSubject = regexp.MustCompile(`^\s*(?:(?:and|but)\s+)?(?:it|this|they|these)\s+(?:\S+\s+){0,5}$`)

// partsGoElsewhere reports whether the sum a gives is a whole whose parts
// the sentence s gives to countries other than receivers: "grants of
// US$2.35 million in total, of which US$1.1 million went to Viet Nam".
func (md *Model) partsGoElsewhere(a Answer, s string, receivers []string) bool {
	rec := md.recOfSentence(a.Passage, s)
	if rec == nil {
		return false
	}
	ams := md.facts.Amounts
	for i := range ams {
		if ams[i].Passage != a.Passage || ams[i].Span.Start < rec.span.Start || ams[i].Span.End > rec.span.End || !md.isCountry(ams[i].Recipient) || slices.Contains(receivers, ams[i].Recipient) {
			continue
		}
		if w := wholeOf(ams, i, rec); w != nil && w.Text == a.Span {
			return true
		}
	}
	return false
}

// plannedDateAsked reports whether q asks the date a thing was planned
// for, not the one now in force: "when was it supposed to be signed", not
// "when is it now supposed to be finished".
func plannedDateAsked(q string) bool {
	return rePlannedAsk.MatchString(q) && !reNowAsk.MatchString(q)
}

var (
	rePlannedAsk = regexp.MustCompile(`\b(?:` + lexicon.Alt("planned date question cues") + `)\b`)
	reNowAsk     = regexp.MustCompile(`\bnow\b`)
)

// notYetVerbed is the denial before a fixing verb's participle: "not
// yet been", or "yet to be".
const notYetVerbed = `(?:not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be\s+)`

// reDateUnfixed says a date is not fixed yet, its subject before it: "The
// launch date has not yet been fixed".
// Or after the clause that names it: "Myanmar has offered to host the 6th
// Council Meeting in 2018, but its date has not yet been fixed".
var reDateUnfixed = regexp.MustCompile(`(?i)^(.{0,60}?|[^;]{0,200}?,\s+(?:` + lexicon.Alt("contrast conjunctions", "concessive conjunctions") + `)\s+(?:its|their|the)\s+)\b(?:` + lexicon.Alt("unfixed date nouns") + `)(?:\s+and\s+(?:` + lexicon.Alt("place nouns decided with a date") + `))?(?:\s+of\s+(?:the|its|their)\s+\p{L}+)?\s+(?:has|have|had|is|are|was|were)\s+` + notYetVerbed + `(?:` + lexicon.Alt("fixing verbs") + `)\b`)

// reDateVenueUnfixed says, after a semicolon, that neither the date nor
// the place of what the clause before names is fixed: "which is planned
// for the second half of 2015; its date and venue have not yet been
// fixed". A plan with no date or place is no meeting yet. Its date alone
// unfixed ("will be held in Vientiane in 2011; its date has not yet been
// set") leaves the year the clause gives.
var reDateVenueUnfixed = regexp.MustCompile(`(?i)^([^;]{0,200}?;\s+(?:its|their|the)\s+)\b(?:` + lexicon.Alt("unfixed date nouns") + `)\s+and\s+(?:` + lexicon.Alt("place nouns decided with a date") + `)\s+(?:has|have)\s+` + notYetVerbed + `(?:` + lexicon.Alt("fixing verbs") + `)\b`)

// reNoDateSet says a thing has no date yet by "no": "A memorandum for
// that phase has not been signed, and no start date or budget has been
// set". Its group is what stands before it, the thing among it.
var reNoDateSet = regexp.MustCompile(`(?i)^([^;]{0,240}?)\bno\s+(?:\p{L}+\s+)?(?:` + lexicon.Alt("unfixed date nouns") + `)(?:\s+(?:or|and)\s+\p{L}+)?\s+(?:has|have)\s+(?:yet\s+)?been\s+(?:` + lexicon.Alt("fixing verbs") + `)\b`)

// reThingUnscheduled says a thing has no date yet: "The seminar is
// included in the FY2022 work plan but has not yet been scheduled". Its
// group is what stands before the denial, the thing among it.
var reThingUnscheduled = regexp.MustCompile(`(?i)^([^;]{0,120}?)\s+(?:has|have|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:` + lexicon.Alt("scheduling verbs") + `)\b`)

// reActDateUnfixed says the date of an act, named by its noun, is not
// fixed yet: "the date of its adoption has not yet been decided".
var reActDateUnfixed = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("unfixed date nouns") + `)\s+of\s+(?:its|their|the)\s+(\p{L}+)\s+(?:has|have|is|are)\s+(?:still\s+)?` + notYetVerbed + `(?:` + lexicon.Alt("fixing verbs") + `)\b`)

// minActStem is the fewest letters a question's word and an act's noun
// must share at their start to name one act: "adopt" and "adoption".
const minActStem = 5

// actDateUnfixed reports whether s says the date of an act that a word of
// q names is not fixed yet.
func actDateUnfixed(q, s string) bool {
	for _, m := range reActDateUnfixed.FindAllStringSubmatch(s, -1) {
		noun := strings.ToLower(m[1])
		for _, w := range strings.Fields(q) {
			w = strings.Trim(w, "?,.!")
			if n := min(len(w), len(noun)); n >= minActStem && w[:n] == noun[:n] && !questionStop[w] {
				return true
			}
		}
	}
	return false
}

// dateUnfixedIn reports whether a sentence of passage p says the date of
// something the question names by a word is not fixed yet.
func (md *Model) dateUnfixedIn(aq *asked, p *corpus.Passage) bool {
	for _, rec := range md.sentsOf[p] {
		m := reDateUnfixed.FindStringSubmatch(rec.text)
		if m == nil {
			m = reThingUnscheduled.FindStringSubmatch(rec.text)
		}
		if m == nil {
			m = reDateVenueUnfixed.FindStringSubmatch(rec.text)
		}
		if m == nil {
			m = reNoDateSet.FindStringSubmatch(rec.text)
		}
		if m == nil {
			continue
		}
		// "The Fourth JCC Meeting will be held in the second half of
		// 2018. The date and venue have not yet been fixed": a denial
		// with no subject of its own is of what the sentence before
		// spoke of.
		said := m[1]
		if len(md.termsOf(said)) == 0 {
			if before := md.sentenceBefore(rec); before != nil {
				said = before.text
			}
		}
		subject := md.termsOf(said)
		if !deniedOfAnother(aq, strings.ToLower(said)) && slices.ContainsFunc(aq.terms, func(t qterm) bool { return len(t.word) > shortWord && t.in(subject) }) {
			return true
		}
	}
	return false
}

// deniedOfAnother reports whether the subject of a denial, lower case,
// numbers another one of its kind than the question: "The date of the
// Fourth Meeting has not yet been fixed" says nothing of the third,
// held in Hanoi.
func deniedOfAnother(aq *asked, subject string) bool {
	asked := meetingOrdinals(aq.q)
	return slices.ContainsFunc(meetingOrdinals(subject), func(n int) bool { return !slices.Contains(asked, n) })
}

// opensWithOtherMember reports whether sentence s opens with a country as
// its subject and names none of the bodies the question does.
func (md *Model) opensWithOtherMember(aq *asked, s string) bool {
	gs := md.src.Countries(s)
	if len(gs) == 0 || !reOpeningName.MatchString(s[:gs[0].Span.Start]) {
		return false
	}
	ls := strings.ToLower(s)
	return !slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool {
		return strings.Contains(ls, strings.ToLower(o.Name)) || o.Acronym != "" && strings.Contains(ls, strings.ToLower(o.Acronym))
	})
}

// reOpeningName is what may stand before a sentence's opening name.
var reOpeningName = regexp.MustCompile(`^\s*(?:The\s+)?$`)

// definiteBack reports whether sentence rec opens with "The" and a noun
// the sentence before brought in with "a" or "an", at most two words
// before it: "In a letter dated 20 October 2003, MOWRAM requested ... The
// letter was signed by ...".
func (md *Model) definiteBack(rec *sentenceRec) bool {
	if rec == nil {
		return false
	}
	m := reDefiniteOpening.FindStringSubmatch(rec.text)
	if m == nil {
		return false
	}
	before := md.sentenceBefore(rec)
	if before == nil {
		return false
	}
	ws := strings.FieldsFunc(strings.ToLower(before.text), func(r rune) bool { return !prose.IsWordRune(r) && r != '-' })
	for k, w := range ws {
		if w != m[1] {
			continue
		}
		for j := max(0, k-3); j < k; j++ {
			if ws[j] == "a" || ws[j] == "an" {
				return true
			}
		}
	}
	return false
}

// reDefiniteOpening is a sentence that opens with "The" and a noun in
// lower case.
var reDefiniteOpening = regexp.MustCompile(`^The\s+(\p{Ll}[\p{Ll}-]+)\b`)

// inUndecidedWhether reports whether span sp of s stands in a
// whether-clause s says is not decided.
func inUndecidedWhether(s string, sp corpus.Span) bool {
	if !strings.Contains(s, "whether") && !strings.Contains(s, "Whether") {
		return false
	}
	for _, m := range prose.UndecidedWhetherRE.FindAllStringIndex(s, -1) {
		if m[0] <= sp.Start && sp.End <= m[1] {
			return true
		}
	}
	return false
}

// rePlannedFor ends right after a plan's participle and the words up to
// the date it names: "was planned in Vientiane for ".
var rePlannedFor = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("planned for participles") + `)\b[^,;.]{0,60}?\b(?:for|on|in)\s+$`)

// reRescheduleAsked asks an event's new day: "the rescheduled meeting",
// "its new date".
var reRescheduleAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("reschedule question words") + `)\b`)

// rePlannedAsked asks the day an act was planned for: "was planned for
// when", "when was the survey supposed to start".
var rePlannedAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("planned for participles") + `)\b|\b(?:was|were)\b[^?]*?\b(?:` + lexicon.Alt("planned day question words") + `)\s+to\b`)

// plannedDayPutOff reports whether the date at sp in sentence s is the
// day its clause says an event was planned for, and the rest of the
// sentence says the event was put off or called off and does not say it
// took place after all.
func plannedDayPutOff(s string, sp corpus.Span) bool {
	cl := prose.ClauseAround(s, 0, sp)
	if cl.Start > sp.Start || !rePlannedFor.MatchString(s[cl.Start:sp.Start]) {
		return false
	}
	m := reCalledOffEvent.FindStringIndex(s[sp.End:])
	return m != nil && !reHeldAfterAll.MatchString(s[sp.End+m[1]:])
}

// reBodyHeadAsked asks for a body by the noun its name is headed by:
// "which ministry", "what university".
var reBodyHeadAsked = regexp.MustCompile(`\b(?:which|what)\s+(` + lexicon.Alt("body heads asked") + `)\b`)

// namesHead reports whether answer a names a body whose name has the
// head noun of stem head, in its words or in the full name of the body
// it names by its short form.
func (md *Model) namesHead(head string, a Answer) bool {
	has := func(s string) bool {
		return slices.ContainsFunc(strings.Fields(strings.ToLower(s)), func(w string) bool { return stemTerm(strings.Trim(w, ",.;:()")) == head })
	}
	if has(a.Span) || has(a.Text) {
		return true
	}
	return slices.ContainsFunc(md.src.OrgMentions(a.Span), func(o OrgMention) bool {
		org := md.src.OrgByKey(o.Key)
		return org != nil && has(org.Name)
	})
}

// givenWords and requestWords are question words that ask what was
// given and what was asked for.
var (
	givenWords   = lexicon.Set("giving verbs", "asked giving verbs", "allotting verbs asked", "allotted sum nouns asked")
	requestWords = lexicon.Set("request verbs", "request words asked")
)

// givingAsked reports whether q asks what was given, and not what was
// asked for: "how much did Japan approve", not "how much did Myanmar
// request".
func givingAsked(q string) bool {
	giving := false
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, "?,.!")
		if requestWords[w] {
			return false
		}
		giving = giving || givenWords[w]
	}
	return giving
}

// requestAsked reports whether q asks what was asked for, and not what
// was given: "how much is Myanmar asking for to extend the road". The
// first of its words of asking or giving says which.
func requestAsked(q string) bool {
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, "?,.!")
		switch {
		case requestWords[w]:
			return true
		case givenWords[w]:
			return false
		}
	}
	return false
}

// reRequestWordIn is a word of asking anywhere in a sentence.
var reRequestWordIn = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("request verbs", "request words asked") + `)\b`)

// reRequestedAfter is a sum's own word that it was asked for: "¥960
// million requested, not approved".
var reRequestedAfter = regexp.MustCompile(`^\s*\(?(?i:` + lexicon.Alt("request verbs") + `)\b`)

// onlyRequested reports whether the sum a gives was only asked for.
func (md *Model) onlyRequested(a Answer) bool {
	am := md.amountOfAnswer(a)
	if am == nil {
		return false
	}
	return am.Verb == corpus.RequestedVerb || reRequestedAfter.MatchString(am.Passage.Text[am.Span.End:])
}

// anotherProjectsSum reports whether the sum a gives is a project's that
// its sentence names, while the question asks of another project that the
// sentence does not name.
func (md *Model) anotherProjectsSum(aq *asked, a Answer) bool {
	am := md.amountOfAnswer(a)
	if am == nil || am.Project == nil || !projectNamedIn(a.Sentence, am.Project) {
		return false
	}
	other := false
	for _, o := range aq.ent.orgs {
		// A fund or a body asked may pay for many projects: only a
		// project, programme, and the like, is another one.
		if !titleProjectHeads[prose.NameHead(o.Name)] {
			continue
		}
		if namesOrg(am.Project.Name, o) || namesOrg(a.Sentence, o) {
			return false
		}
		other = true
	}
	return other
}

// titleProjectHeads are the heads of a project's name: "Project",
// "Programme".
var titleProjectHeads = lexicon.Set("title project heads")

// reNameAcronym is the short form in brackets that closes a name.
var reNameAcronym = regexp.MustCompile(`\(([^()]+)\)\s*$`)

// projectNamedIn reports whether sentence s names project p, in full, by
// the short form its name closes with, or by its head: "the initiative".
func projectNamedIn(s string, p *corpus.Project) bool {
	if m := reNameAcronym.FindStringSubmatch(p.Name); m != nil && hasPhrase(s, m[1]) {
		return true
	}
	if head := prose.NameHead(p.Name); head != "" && hasPhrase(strings.ToLower(s), "the "+head) {
		return true
	}
	return strings.Contains(strings.ToLower(s), strings.ToLower(strings.TrimSpace(reNameAcronym.ReplaceAllString(p.Name, ""))))
}
