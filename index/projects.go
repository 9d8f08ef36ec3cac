package index

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Projects are read as units. A project is named somewhere: in an item's
// label, a sub-heading, a section heading, a quoted course title or a
// title-case phrase ending in a project noun ("Route 9 Rehabilitation").
// Its unit is the text that talks about it: the item, the passages under the
// heading, the sentence naming it and the sentences that refer back to it
// ("The project will ..."). Who, when, where, funding and status come from
// the unit alone, so nothing leaks in from a neighbouring item.

var (
	projectHeads = lexicon.Set("project heads")
	// projectHeadWords are the project nouns as a name writes them.
	projectHeadWords = lexicon.Words("project heads", "project heads that also name places")
	nameConnector    = lexicon.Set("name connectors")
	genericWords     = lexicon.Set("generic name words")
	agencyNames      = lexicon.Set("agencies named like projects")
	weakHeads        = lexicon.Set("project heads that also name places")
	orgHeads         = lexicon.Set("organisation first words")
	eventNouns       = lexicon.Set("event nouns")
	auxWords         = lexicon.Set("finite verbs")
	topicHeads       = lexicon.Set("project heads that also name topics")

	reQuotedTitle = regexp.MustCompile(`[“"]([A-Z][^"”“]{4,100})[”"]`)
	// reSubjectOpening is what may stand before a sentence's subject: an
	// opening phrase set off by a comma, "To change this, ".
	reSubjectOpening = regexp.MustCompile(`^\s*(?:[^,;]{1,40},\s*)?$`)
	// reTitleNounAfter is a project noun right after a quoted title.
	reTitleNounAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("project nouns after a title") + `)\b`)
	reTitleCue       = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("project heads") + `|titled|entitled|called|named)\b[^.;]{0,40}$`)
	reBackRef        = regexp.MustCompile(`(?i)^\W*(?:` + lexicon.Alt("back references") + `)\b`)
	reProgress       = regexp.MustCompile(`(?i)\b(\d{1,3}(?:\.\d)?\s*(?:per\s*cent|percent|%))\s+(?:of\s+(?:its|the)\s+[\p{L} ]{1,30}?\s+)?(?:` + lexicon.Alt("progress words") + `)\b|\b(\d{1,3}(?:\.\d)?\s*(?:per\s*cent|percent|%))\s+of\s+the\s+[\p{L}]+\s+had\s+been\s+(?:` + lexicon.Alt("progress words") + `)\b`)
	reFinalStatus    = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("final project status words") + `)\b`)
	// reProjectEndedBefore is the project itself as the subject of an
	// ending status, with no negation: "the project was formally", "it
	// was", "its ¥6.4 billion loan was", "was suspended ... and formally",
	// or the project's name (taken out before it is matched), not "would
	// not be" or "its planned second phase was".
	reProjectEndedBefore = regexp.MustCompile(`(?i)(?:(?:\bthe\s+` + lexicon.Alt("project heads") + `|\bit|\bits\s+(?:\S+\s+){0,3}?` + lexicon.Alt("party funding nouns") + `|^)\s*(?:was|were|has\s+been|had\s+been|is|has|had)?|\band)\s+(?:[a-z]+ly\s+)?$`)
	// reEndingStatus is a final status that ends a project for good, and
	// so outlasts an earlier suspension.
	reEndingStatus = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("ending project status words") + `)\b`)
	reProgressOf   = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("progress nouns") + `)\b[^.;]{0,40}?\b(?:stood|stands|was|is|reached|has reached|had reached|amounted)\s+(?:at\s+|to\s+)?(\d{1,3}(?:\.\d)?\s*(?:per\s*cent|percent|%))`)
	reLabelEnd     = regexp.MustCompile(`(?::\s|\.\s|\s[—–]\s)`)
	reFieldLabel   = regexp.MustCompile(`^[A-Z][\p{L}]*(?:\s+[\p{L}]+){0,3}:\s`)
	// reRoleSlash is a post and its field, set apart by a slash: "Project
	// Coordinator / Training", "Chief Advisor / Fisheries Resource
	// Management". A project's name is one thing.
	// reWorkOnShortForm is a piece of work on something named by its
	// short form: "Construction of the KWSP".
	reWorkOnShortForm = regexp.MustCompile(`^\p{Lu}\p{Ll}+\s+(?:of|for)\s+the\s+(\p{Lu}[\p{Lu}\d-]*\p{Lu})$`)
	// reDefinesTerm defines a term for the rest of a document:
	// "(hereinafter referred to as "the Project")".
	reDefinesTerm = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("term definition markers") + `)\s+["“]the\s+(?:` + lexicon.Alt("title project heads") + `)["”]`)
	// reDefinedProject is the defined term in a later sentence, written
	// with its capital as the definition writes it: "the Project".
	reDefinedProject = regexp.MustCompile(`\b[Tt]he\s+(?:` + lexicon.Alt("title project heads") + `)\b`)
	// reNameField is a row's cell that gives the name: "; Title: ...;".
	reNameField  = regexp.MustCompile(`(?:^|[:;]\s+)(?i:` + lexicon.Alt("name field labels") + `):\s+([^;]+)`)
	reRoleSlash  = regexp.MustCompile(`^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+/\s+\p{Lu}`)
	reOrgLead    = regexp.MustCompile(`(?:^|\s)([A-Z][\p{L}]+)\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}-]*,?\s+(?:and\s+)?)*$`)
	reLeadNumber = regexp.MustCompile(`^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*\)?\.?|\(?[a-z]\))\s+`)
	reCalled     = regexp.MustCompile(`(?i)\b(?:called|named|known\s+as|entitled|titled)\s+["“]?$`)
	reTheProject = regexp.MustCompile(`(?i)\b(?:the|this|that)\s+(?:` + lexicon.Alt("project heads") + `)\b`)
	// reTheWholeProject refers back by a noun that names a piece of work
	// by itself: "the project", "the loan".
	reTheWholeProject = regexp.MustCompile(`(?i)\b(?:the|this|that)\s+(?:` + lexicon.Alt("whole project nouns") + `)\b`)
	reTrailParens     = regexp.MustCompile(`\s*\([^()]*\)\s*$`)
)

// projectUnit gathers one project's mentions while a document is read.
type projectUnit struct {
	pr    *Project
	key   string
	sents []unitSentence
	// others holds, for a shared sentence, where the other names stand.
	others map[unitSentence][]int
	// aspects are the passages under a sub-heading that names only an
	// aspect of the project ("(2) Staff and Governance"): they tell who
	// and where, but what a board there approves is not the project's
	// status.
	aspects map[*Passage]bool
}

// unitSentence is a sentence that belongs to a project, and whether the
// project is only mentioned there among others (then a sum is its own only
// when the grammar ties it to the name).
type unitSentence struct {
	p       *Passage
	s       Span
	mention Span // where the name stands, for mentions
	shared  bool
}

// projectKey folds a name so that "the Route 9 Rehabilitation (Savannakhet–
// Lao Bao)" and "Route 9 Rehabilitation" are one project.
func projectKey(name string) string {
	k := strings.ToLower(reParens.ReplaceAllString(name, " "))
	k = strings.Join(strings.Fields(k), " ")
	k = strings.TrimPrefix(k, "the ")
	// "Project for the Improvement of X" and "Improvement of X Project"
	// name one thing.
	k = reHeadFirst.ReplaceAllString(k, "")
	k = reHeadLast.ReplaceAllString(k, "")
	if i := strings.LastIndex(k, " phase "); i > 0 && len(strings.Fields(k[i:])) == 2 {
		k = k[:i]
	}
	return k
}

// titleish tells a name ("Mekong Customs Modernisation Course") from a
// phrase or a clause: most of its words are capitalised.
func titleish(s string) bool {
	s = reParens.ReplaceAllString(s, " ")
	caps, words := 0, 0
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if nameConnector[lw] || lw == "–" || lw == "-" {
			continue
		}
		words++
		r := []rune(w)[0]
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return caps >= 2 && caps*4 >= words*3
}

// nameFromPhrase cuts a title-case phrase down to a project name: it ends
// at its last project noun, keeping a phase number, an acronym in brackets
// and a postmodifier ("for Sihanoukville", "along the Comoro River"). It
// returns the byte range of the name within phrase, or ok false.
func (x *extraction) nameFromPhrase(phrase string, weak bool) (start, end int, ok bool) {
	type w struct {
		s, e int
		text string
	}
	var ws []w
	for _, m := range reWord.FindAllStringIndex(phrase, -1) {
		ws = append(ws, w{m[0], m[1], phrase[m[0]:m[1]]})
	}
	head := -1
	for i, x := range ws {
		lw := strings.ToLower(x.text)
		if projectHeads[lw] && unicode.IsUpper([]rune(x.text)[0]) && (weak || !weakHeads[lw]) {
			head = i
		}
	}
	if head < 0 {
		return 0, 0, false
	}
	// "the Mission of Japan to ASEAN" is no piece of work: such a noun
	// names one only after words of its own ("SME Investment Mission").
	if namedBeforeHeads[strings.ToLower(ws[head].text)] && (head == 0 || !unicode.IsUpper([]rune(ws[head-1].text)[0]) || determiners[strings.ToLower(ws[head-1].text)]) {
		return 0, 0, false
	}
	// "Steering Committee and Phase III": a phase after "and" is a second
	// thing the phrase names, not the end of one name.
	if head > 0 && strings.EqualFold(ws[head-1].text, "and") && phaseHeads[strings.ToLower(ws[head].text)] {
		return 0, 0, false
	}
	last := head
	tail := ws[head+1:]
	switch {
	case len(tail) == 0:
	case romanValue[tail[0].text] > 0 || reNumeral.MatchString(tail[0].text):
		last = head + 1
		if len(tail) > 1 && strings.HasPrefix(tail[1].text, "(") {
			last = head + 2
		}
	case len(tail) > 1 && phaseHeads[strings.ToLower(strings.TrimPrefix(tail[0].text, "("))] && strings.HasPrefix(tail[0].text, "(") && strings.HasSuffix(tail[1].text, ")"):
		// "Project (Phase 1) (DNWW)": the phase, and the short form
		// after it.
		last = head + 2
		if len(tail) > 2 && strings.HasPrefix(tail[2].text, "(") {
			last = head + 3
		}
	case strings.HasPrefix(tail[0].text, "("):
		last = head + 1
	case tail[0].text == "to" && len(tail) > 1 && destinationHeads[strings.ToLower(ws[head].text)] && x.namesOnlyAPlace(phrase[tail[1].s:]):
		// "SME Investment Mission to Myanmar": where a mission goes is
		// part of its name; "extend the Jetty Project to Pakse" says
		// where the project is to reach, not what it is called.
		last = len(ws) - 1
	case nameConnector[tail[0].text] && tail[0].text != "and" && tail[0].text != "the" && tail[0].text != "to":
		post := phrase[tail[0].s:]
		if tail[0].text == "in" {
			if ms := x.geoMentions(post); len(ms) > 0 && ms[0].span.Start <= 4 && strings.TrimSpace(post[ms[0].span.End:]) == "" {
				break // "in Malaysia" places it; it is not part of the name
			}
			if reMonthStart.MatchString(post[3:]) {
				break
			}
		}
		last = len(ws) - 1
	default:
		return 0, 0, false // the phrase runs on past the noun: "Disaster Reduction Center"
	}
	// A name holds no place or venue before its noun: in "Mekong at the
	// Second Friendship Bridge" the name starts after "at the".
	// When a project noun stands before the venue ("Customs Pilot at Lao
	// Bao ... on the East-West Corridor"), the name ends there.
	first := 0
	for i := 0; i < head; i++ {
		if lw := ws[i].text; lw == "at" || lw == "in" || lw == "to" || lw == "along" {
			for j := i - 1; j >= first; j-- {
				if projectHeads[strings.ToLower(ws[j].text)] && (weak || !weakHeads[strings.ToLower(ws[j].text)]) {
					head, last = j, j
					break
				}
			}
			if head < i {
				break
			}
			first = i + 1
		}
	}
	// Nor an organisation's or a meeting's: "Ministry of Construction",
	// "World Conference on Disaster Risk Reduction" are not projects.
	for _, x := range ws[first:head] {
		if orgHeads[strings.ToLower(x.text)] || eventNouns[strings.ToLower(x.text)] {
			return 0, 0, false
		}
	}
	// "September 2018 for the Nabong-Udon Thani 500 kV Interconnection
	// Project": a date before the name is no part of it.
	for first < head && (reNumeral.MatchString(strings.Trim(ws[first].text, ".()")) || reLeadNumber.MatchString(ws[first].text+" ") || determiners[strings.ToLower(ws[first].text)] || nameConnector[strings.ToLower(ws[first].text)] || reMonthStart.MatchString(ws[first].text) && first+1 < head && reNumeral.MatchString(strings.Trim(ws[first+1].text, ".,"))) {
		first++
	}
	// A name needs a word of its own besides the project noun, numbers and
	// generic words ("Cancelled Project", "Phase II" name nothing).
	own := 0
	for _, x := range ws[first : last+1] {
		lw := strings.ToLower(strings.Trim(x.text, "()"))
		if !projectHeads[lw] && !genericWords[lw] && !nameConnector[lw] && !reNumeral.MatchString(lw) && romanValue[x.text] == 0 && unicode.IsUpper([]rune(x.text + " ")[0]) {
			own++
		}
	}
	if own == 0 && !(projectHeads[strings.ToLower(ws[first].text)] && head+1 < len(ws) && nameConnector[ws[head+1].text]) {
		return 0, 0, false
	}
	return ws[first].s, ws[last].e, true
}

var (
	// namedBeforeHeads make a name only after words of the name's own.
	namedBeforeHeads = lexicon.Set("project heads needing a name before")
	// phaseHeads number a stage of work rather than name it.
	phaseHeads   = lexicon.Set("phase heads")
	reNumeral    = regexp.MustCompile(`^\d+(?:\.\d+)*$`)
	reMonthStart = regexp.MustCompile(`^\s*` + monthRe)
	determiners  = lexicon.Set("words before a name")
	reHeadFirst  = regexp.MustCompile(`^(?:project|programme|program)\s+(?:` + lexicon.Alt("name connectors") + `)\s+(?:the\s+)?`)
	reHeadLast   = regexp.MustCompile(`\s+(?:project|programme|program)$`)
	// reNamedAfterHead is a name after "the project": the name, with a
	// phase in brackets after it.
	reNamedAfterHead = regexp.MustCompile(`\b(?:[Tt]he|[Tt]his)\s+(?:project|programme|program)\s+(` + prose.TitlePhraseRE.String() + `(?:\s+` + prose.PhaseWord + `)?)`)
	// reWord is a run of non-space characters.
	reWord = regexp.MustCompile(`\S+`)
)

// minTitledProjectWords is the fewest words of its key a project named in
// the document's title must have to be one.
const minTitledProjectWords = 3

// minNamedAfterHead is the fewest words a name after "the project" must
// have: "the project Manager" is no name.
const minNamedAfterHead = 3

// reIndefiniteOpening is an indefinite article opening an item: in a list
// of steps ("An ASEAN member state submits a proposal") it opens a
// sentence's subject, not a project's name.
var reIndefiniteOpening = regexp.MustCompile(`^(?:[Aa]|[Aa]n)\s`)

// instrumentNames are the instruments signed for a project, lower case.
var instrumentNames = lexicon.Set("instruments signed for a project")

// reInstrumentFor is the instrument signed for a project, before the
// project's name: "Exchange of Notes for the", after whatever a phrase
// of capitals ran on from ("Vientiane the Record of Discussions for the").
// Its group is the name.
var reInstrumentFor = regexp.MustCompile(`(?:^|\s)(?:[Tt]he\s+)?(?:` + lexicon.Alt("instruments signed for a project") + `)\s+(?:for|on|concerning|regarding)\s+(?:the\s+)?(\p{Lu}.*)$`)

// reCountOpening opens an item with a count: "two distribution
// reservoirs, at Ban Naxang", "47 kilometres of pipelines" are things
// delivered, not a project's name.
var reCountOpening = regexp.MustCompile(`(?i)^(?:\d[\d,.]*|(?:` + lexicon.AltOf(slices.Sorted(maps.Keys(lexicon.Pairs("number words")))) + `))\s`)

// leadListsProjects reports whether a lead-in introduces a list of
// projects: it ends with a colon and names projects in the plural.
func leadListsProjects(lead string) bool {
	lead = strings.TrimSpace(lead)
	return strings.HasSuffix(lead, ":") && reProjectsNoun.MatchString(lead)
}

var reProjectsNoun = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("project list nouns") + `)\b`)

// isKnownNonProject reports whether a name is a country's, a place's or an
// organisation's, which "the project" may stand before as its subject.
func (x *extraction) isKnownNonProject(name string) bool {
	// "Record of Discussions for the MEEL Project" is a document about
	// the project, not one.
	if opensRecord(name) {
		return true
	}
	ms := x.orgMentions(name)
	return len(x.geoMentions(name)) > 0 && strings.HasPrefix(strings.TrimSpace(name), strings.Fields(name)[0]) && len(ms) == 0 && len(strings.Fields(name)) <= 2 ||
		len(ms) == 1 && ms[0].span.Start == 0 && ms[0].span.End == len(name)
}

// wordGoesOn reports whether before ends inside a word: with a letter or
// a hyphen joined to what follows it.
func wordGoesOn(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '-' || r != utf8.RuneError && prose.IsWordRune(r)
}

// namesIn finds project names in a stretch of text, as byte ranges. Weak
// heads ("Bridge", "Road") make names only in titles and labels: in prose
// they are as often places.
func (x *extraction) namesIn(t string, weak bool) []Span {
	var out []Span
	if !containsAnyOf(t, projectHeadWords) && !strings.ContainsAny(t, "\"“") {
		return nil // no project noun and no quoted title
	}
	var phrases [][]int
	for _, m := range prose.ProjectPhraseRE.FindAllStringIndex(t, -1) {
		phrases = append(phrases, x.splitNames(t, m)...)
	}
	for _, m := range phrases {
		ph := t[m[0]:m[1]]
		if m[1] < len(t) && t[m[1]] == '$' {
			// "Aid of US$2.8 million": the currency is not part of the name.
			if i := strings.LastIndex(ph, " "); i > 0 {
				ph = strings.TrimSuffix(strings.TrimSpace(ph[:i]), " of")
			}
		}
		s, e, ok := x.nameFromPhrase(ph, weak)
		// "the e-ASEAN Initiative": a phrase that starts inside a word
		// is the tail of a name the phrase does not hold.
		if !ok || partOfOrgName(t[:m[0]+s]) || wordGoesOn(t[:m[0]+s]) {
			continue
		}
		// "... Water Supply in Vientiane Capital, Thakhek and Pakse
		// (WSEP)": the places the name lists go on past its comma.
		e += x.placesListedAfter(t[m[0]:m[0]+e], t[m[0]+e:])
		name := t[m[0]+s : m[0]+e]
		if opensRecord(name) {
			continue
		}
		if agencyNames[strings.ToLower(reParens.ReplaceAllString(name, ""))] || agencyNames[strings.ToLower(strings.TrimSpace(reParens.ReplaceAllString(name, "")))] {
			continue
		}
		out = append(out, Span{Start: m[0] + s, End: m[0] + e})
	}
	// "The project Strengthening the Operational Capacity of the AHA
	// Centre (Phase I) was designed ...": a title-case name right after a
	// lower-case project noun is the project's, whatever its last word.
	for _, m := range reNamedAfterHead.FindAllStringSubmatchIndex(t, -1) {
		name := t[m[2]:m[3]]
		if len(strings.Fields(name)) < minNamedAfterHead || !titleish(name) || x.isKnownNonProject(name) {
			continue
		}
		out = append(out, Span{Start: m[2], End: m[3]})
	}
	for _, m := range reQuotedTitle.FindAllStringSubmatchIndex(t, -1) {
		// "the "Safe Heads for Children" campaign": the noun after a
		// quoted title says what it names as well as one before.
		if (reTitleCue.MatchString(t[:m[0]]) || reTitleNounAfter.MatchString(t[m[1]:])) && titleish(t[m[2]:m[3]]) {
			out = append(out, Span{Start: m[2], End: m[3]})
		}
	}
	return out
}

// rePlacesListedAfter is a list of capitalised names that goes on after a
// name: ", Thakhek and Pakse".
var rePlacesListedAfter = regexp.MustCompile(`^(?:,\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}){0,6},?\s+and\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}`)

// reListBreak splits a list of names: ", ", " and ".
var reListBreak = regexp.MustCompile(`,\s*(?:and\s+)?|\s+and\s+`)

// placesListedAfter is how far the list of places after a name that ends
// with a place ("... in Vientiane Capital") goes on it: ", Thakhek and
// Pakse". It is 0 unless every name of the list is a place.
func (x *extraction) placesListedAfter(name, after string) int {
	i := strings.LastIndex(name, " in ")
	if i < 0 || !x.placeOfAKind(name[i+len(" in "):]) {
		return 0
	}
	m := rePlacesListedAfter.FindString(after)
	if m == "" {
		return 0
	}
	for _, item := range reListBreak.Split(m, -1) {
		if item = strings.TrimSpace(item); item != "" && !x.placeOfAKind(item) {
			return 0
		}
	}
	return len(m)
}

// placeOfAKind reports whether s names a place, with or without the word
// of its kind after it: "Pakse", "Vientiane Capital", "Khammouane
// Province".
func (x *extraction) placeOfAKind(s string) bool {
	s = strings.TrimSpace(s)
	if x.namesOnlyAPlace(s) {
		return true
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 && placeTypeWords[strings.ToLower(s[i+1:])] {
		return x.namesOnlyAPlace(s[:i])
	}
	return false
}

// unitShortForm is the short form a project's name defines, in brackets
// after it or by the organisation name it is: "PDFRMP".
func (x *extraction) unitShortForm(u *projectUnit) string {
	// "(Laos)" after a name says where, not what it is called.
	if m := reEndShortForm.FindStringSubmatch(u.pr.Name); m != nil {
		if !x.namesOnlyAPlace(m[1]) {
			return m[1]
		}
		return ""
	}
	if o := x.orgByKey[prose.Fold(prose.CanonOrg(u.pr.Name))]; o != nil && !o.General && !strings.Contains(o.Acronym, " ") {
		return o.Acronym
	}
	// A name clipped for the list ("Project for Capacity Development of
	// ... in the Central Dry…") is the one its definition opens with.
	if head, ok := strings.CutSuffix(u.pr.Name, "…"); ok {
		for _, o := range x.orgs {
			if o.Acronym != "" && !o.General && !strings.Contains(o.Acronym, " ") && strings.HasPrefix(o.Name, head) {
				return o.Acronym
			}
		}
	}
	return ""
}

// shortFormAt is where st writes the short form as a word of its own, or
// -1.
func shortFormAt(st, short string) int {
	if len(short) < minShortForm {
		return -1
	}
	for i := 0; ; {
		k := strings.Index(st[i:], short)
		if k < 0 {
			return -1
		}
		at := i + k
		if !wordGoesOn(st[:at]) && (at+len(short) == len(st) || !wordGoesOnAt(st[at+len(short):])) {
			return at
		}
		i = at + len(short)
	}
}

// wordGoesOnAt reports whether rest opens with a letter, digit or hyphen
// that carries on the word before it.
func wordGoesOnAt(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return r == '-' || r != utf8.RuneError && prose.IsWordRune(r)
}

// reSubjectBefore is what may stand before a sentence's subject: an
// article, a sum that qualifies it ("The ¥12.9 billion CLARIP loan").
var reSubjectBefore = regexp.MustCompile(`^(?:(?:The|This|the)\s+)?(?:[^\s,]*\d[^\s,]*(?:\s+(?:` + lexicon.Alt("number scales") + `))?\s+)?$`)

// minShortForm is the shortest short form looked for on its own: two
// capitals ("PM") are as often something else.
const minShortForm = 3

// splitNames cuts a run of capitalised words at each "and" that follows
// a whole project name: "the Laguna-Batangas Commuter Rail Project (LBCR)
// and the Cotabato-Lanao Arterial Roads Improvement Project (CLARIP)" are
// two projects, not one whose name holds the other.
func (x *extraction) splitNames(t string, m []int) [][]int {
	var out [][]int
	start := m[0]
	for _, a := range reAndAfterName.FindAllStringSubmatchIndex(t[m[0]:m[1]], -1) {
		// A short form in brackets closes a name; without one, only a
		// whole project noun and a new article do: "Community
		// Rehabilitation and Livelihood Program" is one name.
		head := strings.ToLower(t[m[0]+a[2] : m[0]+a[3]])
		if !projectHeads[head] || a[4] == a[5] && !(wholeProjectNouns[head] && a[6] >= 0) {
			continue
		}
		out = append(out, []int{start, m[0] + a[5]})
		start = m[0] + a[1]
	}
	return append(out, []int{start, m[1]})
}

// reAndAfterName is a capitalised word, perhaps with a short form in
// brackets after it, then "and": its groups are the word, the short
// form and an article after "and".
var reAndAfterName = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+)((?:\s+\([^()\s]+\))?)\s+and\s+(the\s+)?`)

// wholeProjectNouns name a piece of work by themselves.
var wholeProjectNouns = lexicon.Set("whole project nouns")

// reDetailAfterName is what sets an item's details off from the name it
// opens with: a comma, semicolon, colon or dash, perhaps after a short
// form in brackets.
var reDetailAfterName = regexp.MustCompile(`^\s*(?:\([^()]*\)\s*)?(?:[,;:—–]|$)`)

// itemLabel is the name an item gives itself before its details: a bold
// lead, or "Name: details", "(a) Name. Details", "Name — details".
func itemLabel(p *Passage) (string, bool) {
	if p.Label != "" {
		return strings.TrimRight(p.Label, ":.—– "), true
	}
	l := ""
	for _, m := range reLabelEnd.FindAllStringIndex(p.Text, -1) {
		if m[0] < 3 || p.Text[m[0]] == '.' && isAbbrevBefore(p.Text[:m[0]]) {
			continue
		}
		l = strings.TrimSpace(p.Text[:m[0]])
		break
	}
	if l == "" || len(l) > 140 {
		return "", false
	}
	if len(strings.Fields(l)) > 14 || !titleish(l) || strings.ContainsAny(reParens.ReplaceAllString(l, ""), ",;") {
		return "", false
	}
	return l, true
}

// subheading reads a short title line standing alone as a paragraph:
// "3.2 Route 9 Rehabilitation (Savannakhet–Lao Bao)", "(1) Saigon East
// Drainage Project (up to 31.2 billion yen)".
func subheading(p *Passage) (string, bool) {
	if p.Kind != KindParagraph {
		return "", false
	}
	t := strings.TrimSpace(p.Text)
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";") || len(strings.Fields(t)) > 16 {
		return "", false
	}
	t = reLeadNumber.ReplaceAllString(t, "")
	for reTrailParens.MatchString(t) {
		t = reTrailParens.ReplaceAllString(t, "")
	}
	if !titleish(t) {
		return "", false
	}
	return t, true
}

// reShortFormTitle is a heading that is a name and its short form:
// "Clean Cities, Circular Seas (3CS)".
var reShortFormTitle = regexp.MustCompile(`^(\p{Lu}[^()]*?)\s*\(([0-9]?\p{Lu}[\p{Lu}0-9-]+s?)\)$`)

// shortFormTitle reports whether a heading names a piece of work by a
// name of its own and the short form the document defines for it
// ("Single-Window Express for Perishables (SWEP)"): not a body one
// belongs to or works in ("... Partnership (JACCP)", "... Network"), not
// a place.
func (x *extraction) shortFormTitle(t string) bool {
	m := reShortFormTitle.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil || !titleish(m[1]) || x.namesOnlyAPlace(m[1]) {
		return false
	}
	ws := strings.Fields(m[1])
	if last := strings.ToLower(strings.Trim(ws[len(ws)-1], ",.")); bodyHeadWords[last] {
		return false
	}
	o := x.orgByKey[prose.Fold(prose.CanonOrg(m[1]))]
	return o != nil && o.Acronym == m[2]
}

// bodyHeadWords are the nouns that end the name of a body one belongs to
// or works in.
var bodyHeadWords = lexicon.Set("organisation heads", "organisation reference heads")

// reClauseVerbInName is a finite verb, in lower case, that no name
// holds: "is", "were", "has".
var reClauseVerbInName = regexp.MustCompile(`\s(?:` + lexicon.Alt("finite auxiliaries") + `)\s`)

// findProjectsDoc reads a document's projects as units.
func (x *extraction) findProjectsDoc(d *Document) {
	units := map[string]*projectUnit{}
	var order []*projectUnit
	unit := func(name string, p *Passage, what string) *projectUnit {
		// "June 2015: Pursat Road Feasibility Study": a chronology's date
		// label is no part of the name.
		name = prose.DateLabel.ReplaceAllString(name, "")
		name = strings.TrimSpace(strings.TrimRight(name, ".,;: "))
		// "Exchange of Notes for the Luang Prabang Water Supply Expansion
		// Project": the instrument signed for a project is not its name.
		if m := reInstrumentFor.FindStringSubmatch(name); m != nil {
			name = m[1]
		}
		// "21 January 2016: Financing agreements signed for ...": the
		// label of a chronology's line is a date, not a name.
		if prose.DateLabel.MatchString(name + ": ") {
			return nil
		}
		// "a programme for this purpose is under consideration": a name
		// holds no verb of a clause; "Priority of the Project" speaks of
		// a project named elsewhere.
		if reClauseVerbInName.MatchString(name) || reTheProjectEnd.MatchString(name) {
			return nil
		}
		// "Construction of the KWSP treatment plant began": work on a
		// project named by its short form is that project's.
		if m := reWorkOnShortForm.FindStringSubmatch(name); m != nil {
			for _, o := range order {
				if short, _, ok := prose.EndShortForm(o.pr.Name); ok && short == m[1] {
					return o
				}
			}
		}
		// "Training in Japan: 30 counterpart personnel": a project noun
		// alone names no project.
		if !strings.ContainsAny(name, " ") && slices.ContainsFunc(projectHeadWords, func(h string) bool { return strings.EqualFold(h, name) }) {
			return nil
		}
		k := projectKey(name)
		// A word or two the title holds ("Research Programme" under a
		// title about a research institute) is the document's subject, not
		// a project; a full name there is the project the document is on.
		if k == "" || len(strings.Fields(k)) < minTitledProjectWords && strings.Contains(strings.ToLower(d.Title), k) {
			return nil
		}
		u := units[k]
		if u == nil {
			// A shorter or longer spelling of a name already read: "Emergency
			// Grant Aid" and "Emergency Grant Aid for Flood Victims".
			for _, o := range order {
				if strings.HasPrefix(o.key, k+" ") || strings.HasPrefix(k, o.key+" ") {
					u = o
					break
				}
			}
		}
		if u != nil {
			// The longer spelling is the fuller name.
			if len(name) > len(u.pr.Name) && !strings.Contains(u.pr.Name, "(") {
				u.pr.Name = name
			}
			return u
		}
		u = &projectUnit{pr: &Project{Name: prose.ClipName(prose.UpperFirst(name), 100), Passage: p, What: what}, key: k}
		units[k] = u
		order = append(order, u)
		return u
	}
	owner := map[*Passage]*projectUnit{} // a passage wholly about one project
	var sub *projectUnit                 // the project a sub-heading opened
	var item *projectUnit                // the project the last lettered or numbered item named
	var labelled *projectUnit            // the project the last sub-heading over its paragraph named
	labelledAspect := false              // that sub-heading named only an aspect of it
	// shortForms are the units' short forms by name, read once: a clipped
	// name's is looked for among every organisation.
	shortForms := map[string]string{}
	shortForm := func(u *projectUnit) string {
		s, ok := shortForms[u.pr.Name]
		if !ok {
			s = x.unitShortForm(u)
			shortForms[u.pr.Name] = s
		}
		return s
	}
	secUnit := map[int]*projectUnit{}
	// mainSection holds the sections titled only "The Project", which
	// tell of the project the document is about.
	mainSection := map[int]bool{}
	section := -1
	// listOfProjects is set when an item of the section's list was read as
	// a project by its label.
	listOfProjects := false
	// A bold label that several passages open with is a speaker's
	// ("**Vice-Minister Shimamura:**") or a field's, not an item's name.
	// A table row's first cell is its label too, and may name the item a
	// bullet names again.
	labels := map[string]int{}
	for _, p := range d.Passages {
		if p.Label != "" && !p.IsTableRow() {
			labels[strings.TrimRight(p.Label, ":.—– ")]++
		}
	}
	// lastPara is the section's last paragraph that is no item: the
	// lead-in of the numbered paragraphs after it.
	lastPara := ""
	for _, p := range d.Passages {
		if p.Kind == KindTitle {
			continue
		}
		if p.Kind == KindItem {
			item = nil
		}
		if p.Kind == KindParagraph || p.Kind == KindOverview {
			item = nil // a paragraph ends the item's bullets
		}
		if p.Kind == KindParagraph && p.Cite.Item == "" {
			lastPara = p.Text
		}
		if p.Cite.Section != section {
			section, sub, item, labelled, listOfProjects = p.Cite.Section, nil, nil, nil, false
			labelledAspect = false
			lastPara = ""
			if p.Kind == KindParagraph && p.Cite.Item == "" {
				lastPara = p.Text
			}
			if t := p.Cite.SectionTitle; t != "" && p.Cite.Section > 0 {
				// "1. Outline of the Project" points to the document's
				// project; it names none.
				if spans := x.namesIn(t, true); len(spans) == 1 && spans[0].End-spans[0].Start >= len(reTrailParens.ReplaceAllString(t, ""))*2/3 && !topicHeading(t[spans[0].Start:spans[0].End]) && !reTheProjectEnd.MatchString(t[spans[0].Start:spans[0].End]) {
					secUnit[section] = unit(t[spans[0].Start:spans[0].End], p, "")
				}
				// "3. Project Description" reads as a name no unit takes:
				// it is the document's project's section.
				switch {
				case secUnit[section] != nil:
				case x.shortFormTitle(t):
					secUnit[section] = unit(t, p, "")
				case reProjectSection.MatchString(t):
					mainSection[section] = true
				}
			}
		}
		a := x.annot[p]
		if t, ok := subheading(p); ok {
			if spans := x.namesIn(t, true); len(spans) > 0 && spans[0].Start <= 2 {
				sub = unit(t, p, "")
				owner[p] = sub
				continue
			}
			// "5.7 Mekong Border Health Surveillance Network (MBHSN)"
			// after a project's sub-heading: a sub-heading that names a
			// body ends the project's part.
			if len(x.orgMentions(t)) > 0 {
				sub = nil
			}
		}
		// "(1) Disability Identification and Social Assistance Project"
		// over two paragraphs: the second, cited by its section alone,
		// still stands under the sub-heading, and so tells of its project
		// ("DISAP works with ... Ms. Yuko Tanabe, JICA Chief Advisor,
		// leads a team"); under an aspect's sub-heading, as an aspect.
		if p.Kind == KindParagraph && p.Cite.Item == "" && p.Label == "" && labelled != nil {
			owner[p] = labelled
			if labelledAspect {
				labelled.aspects[p] = true
			}
			continue
		}
		// "(2) Radar Stations. CDRNP covers the following six sites:"
		// then "Virac, Catanduanes Province, the Philippines": the places
		// an aspect of a project lists are the project's.
		if p.Kind == KindItem && labelledAspect && p.LeadP != nil && owner[p.LeadP] == labelled && len(x.annot[p].places) > 0 && len(x.annot[p].amounts) == 0 {
			owner[p] = labelled
			labelled.aspects[p] = true
			continue
		}
		if p.Kind == KindBullet && item != nil && p.Label == "" {
			// "(b) Community Early Warning Project ..." then its bullets:
			// what they list is the project's.
			owner[p] = item
			continue
		}
		// "Mr. Takuya Oishi, Project Coordinator, QRSP": an item that
		// opens with a person's honorific lists a person.
		if (p.Kind == KindItem || p.Kind == KindBullet) && reHonorificStart.MatchString(reLeadNumber.ReplaceAllString(p.Text, "")) {
			continue
		}
		// A numbered paragraph ("(1) Name. Details ...") is an item too.
		if p.Kind == KindItem || p.Kind == KindBullet || p.Label != "" || p.Cite.Item != "" {
			// "**Minister for Foreign Affairs (Sakuragi Hideo):**": a
			// speaker's turn in minutes, not a project.
			l, ok := itemLabel(p)
			if ok && reSpeakerLabel.MatchString(l) {
				continue
			}
			// A label several passages share names none of them; what
			// the turn or field opens with still may.
			if labels[l] > 1 {
				ok = false
			}
			// "(2) Staff and Governance", "(1) Purpose and Contributions":
			// a sub-heading over its paragraph that names only an aspect
			// of the thing before names no project; nor does a label that
			// is only a place ("Republic of Korea: USD 2.4 million", a
			// donor).
			// A label set off by a colon ("(4) Mekong Youth Volunteer
			// Caravan: a joint volunteer tour ...") is a name with its
			// details, whatever its words.
			headingLine := p.Kind == KindParagraph && strings.HasPrefix(p.Cite.Item, "(") && p.Label != ""
			// "(2) Third-country training" names a piece of work of its
			// own by a project's noun, though in lower case.
			aspect := ok && headingLine && strings.HasPrefix(p.Text[min(len(p.Text), len(l)):], ".") && prose.AspectWords(l) && len(x.geoMentions(prose.AspectCore(l))) == 0 && len(x.orgMentions(l)) == 0 && !slices.ContainsFunc(strings.Fields(strings.ToLower(l)), func(w string) bool { return projectHeads[strings.Trim(w, ",.")] })
			// "**Loan Agreement:** The Loan Agreement for ¥14.6 billion
			// was signed ...": a label that is only an instrument names
			// what was signed for the project, not a project.
			// Nor does a topic of the section ("(1) Japan's Past
			// Cooperation in the Sector").
			if aspect || ok && (x.namesOnlyAPlace(l) || instrumentNames[strings.ToLower(strings.TrimSpace(l))] || topicSubheading(l)) {
				ok = false
			}
			// "(2) Staff and Governance" after "(1) Knowledge Centre for
			// Ocean Plastics in ASEAN (KCOPA)": the aspect's paragraph is
			// the project's the sub-heading before named.
			if aspect && labelled != nil {
				owner[p] = labelled
				if labelled.aspects == nil {
					labelled.aspects = map[*Passage]bool{}
				}
				labelled.aspects[p] = true
				labelledAspect = true
				continue
			}
			if headingLine {
				labelled, labelledAspect = nil, false
			}
			if ok {
				// "(3) WASH Emergency Response: US$6 million to UNICEF":
				// an item that funds something, in a list whose items are
				// projects, is one too. A one-word label ("Cancellation.")
				// says what the item tells, not what it is about.
				// A label in sentence case ("Request and response.") names
				// a part of a record, not a project.
				// So is one under a lead-in that lists projects: "the
				// following five projects ... were approved:".
				lead := p.Lead
				if lead == "" && p.Cite.Item != "" {
					lead = lastPara // "(1) Name: ..." paragraphs after it
				}
				if p.IsTableRow() {
					lead = "" // a row's first cell may be a country or "Total"
				}
				if spans := x.namesIn(l, true); len(spans) > 0 || p.Kind == KindParagraph && strings.HasPrefix(p.Cite.Item, "(") && x.shortFormTitle(l) || len(a.amounts) > 0 && (len(a.dates) > 0 || listOfProjects || leadListsProjects(lead)) && len(strings.Fields(l)) > 1 && titleCased(l) {
					listOfProjects = true
					// "TA 9872-REG: Title: Community Flood Early Warning
					// Technical Assistance (CFEW-TA); Source: JFRC": a row
					// whose cells give the name names it there, not by its
					// code.
					if m := reNameField.FindStringSubmatch(p.Text); m != nil && p.IsTableRow() && titleCased(m[1]) {
						l = strings.TrimSpace(m[1])
					}
					owner[p] = unit(l, p, p.Text)
					if p.Kind == KindItem {
						item = owner[p]
					}
					if headingLine {
						labelled = owner[p]
					}
					continue
				}
			}
			// "Southern Laos Rural Road Disaster Resilience Project
			// (SLRR-DRP), ODA loan": an item that opens with a project's
			// name and sets its details off after a comma is about that
			// project. "HRD Workshop for non-MFA personnel" goes on with
			// the name itself.
			if spans := x.namesIn(p.Text, false); len(spans) > 0 && len(strings.Fields(p.Text[:spans[0].Start])) <= 6 && reDetailAfterName.MatchString(p.Text[spans[0].End:]) {
				owner[p] = unit(p.Text[spans[0].Start:spans[0].End], p, p.Text)
				if p.Kind == KindItem {
					item = owner[p]
				}
				continue
			}
			// An item that repeats the document's title (a title slide's
			// lines) names the document, not a project in it.
			if strings.EqualFold(strings.TrimSpace(p.Text), strings.TrimSpace(d.Title)) {
				continue
			}
			if p.Kind != KindParagraph {
				// A short item that describes work is a project by itself:
				// "Dispatch economic delegations to ASEAN countries".
				// A word in brackets is an aside: "gains (roads, bridges,
				// economic corridors) at risk" describes no work.
				aside := reParens.ReplaceAllString(p.Text, " ")
				name := strings.Join(strings.Fields(aside), " ")
				name = strings.TrimPrefix(strings.TrimPrefix(name, "- "), "to ")
				if i := strings.Index(name, ", which"); i > 0 {
					name = name[:i]
				}
				name = strings.TrimRight(name, ".;, ")
				// Not a lead-in ("... the following flagship projects:"),
				// which introduces projects without being one.
				leadIn := strings.HasSuffix(strings.TrimSpace(p.Text), ":")
				// Nor an item that speaks of "the Project" ("Bear all
				// expenses ... necessary for the Project"), nor a record of
				// labelled fields ("Revise the PDM: Responsible: Project
				// team; Deadline: ...").
				refers := reTheProjectItself.MatchString(p.Text) || len(reFieldIn.FindAllString(p.Text, -1)) >= minRecordFields
				// Nor a sentence with a subject: "An ASEAN member state
				// submits a proposal".
				// Nor the end of the lead-in's own clause: "JICA will, in
				// accordance with the laws of Japan:" then "receive
				// counterpart personnel for training in Japan;" is what JICA
				// undertakes, unless the lead-in lists projects.
				// "ASEAN-Japan Centre has such useful programs for IAI,
				// including" then "- to construct web-site": a lead-in
				// that names programmes lists them, whatever its verb.
				// Only the lead-in's last sentence goes on into its items:
				// "A joint workshop was held ... The workshop covered:"
				// lists topics.
				leadEnd := p.Lead
				if i := strings.LastIndex(leadEnd, ". "); i >= 0 {
					leadEnd = leadEnd[i+2:]
				}
				continues := unicode.IsLower([]rune(name + " ")[0]) && hasAuxiliary(leadEnd) && !reProjectsNoun.MatchString(p.Lead)
				// Nor a dated sentence that reports: "(b) Construction of
				// the KWSP treatment plant began in May 2018."
				reports := len(a.dates) > 0 && strings.HasSuffix(strings.TrimSpace(p.Text), ".")
				if len(strings.Fields(name)) <= 16 && (reProjectish.MatchString(aside) || reProjectish.MatchString(p.Lead)) && len(a.amounts) == 0 && !reFieldLabel.MatchString(name) && !reRoleSlash.MatchString(name) && !continues && !reports && !hasAuxiliary(name) && !leadIn && !refers && !x.statesOfParty(name) && !reDatedOpening.MatchString(name) && !reIndefiniteOpening.MatchString(name) && !reCountOpening.MatchString(name) {
					owner[p] = unit(name, p, p.Text)
					continue
				}
			}
		}
		if sub != nil {
			owner[p] = sub
		} else if u := secUnit[section]; u != nil {
			owner[p] = u
		}
	}
	// "### Case 4 (Viet Nam): Loan project suspended ...", then
	// "**Outline.** A loan agreement for the Dong Nai ... Project was
	// signed ...", "**Findings.** JICA suspended disbursements ...": a
	// section whose first passage names a project, and which names no
	// other, is about that project throughout.
	for _, ps := range sectionPassages(d) {
		sec := ps[0].Cite.Section
		if len(ps) < 2 || secUnit[sec] != nil || mainSection[sec] {
			continue
		}
		if u := x.onlyProjectOf(ps, owner, unit); u != nil {
			// A later passage is the project's when it is a labelled part
			// of its record ("**Findings.**") or points back to it ("the
			// project", "the loan", "It was completed"); "Overall, JICA disbursed ¥1.2
			// trillion in ODA loans" in a background section is not.
			for i, p := range ps {
				if i == 0 || p.Label != "" || reTheProject.MatchString(p.Text) || reBackRef.MatchString(p.Text) {
					owner[p] = u
				}
			}
		}
	}
	// A table row or summary line that opens with a project's name, cut
	// short ("(b) Community Early Warning   US$1,200,000 ..."), is about
	// that project.
	for _, p := range d.Passages {
		if owner[p] != nil || p.Kind == KindTitle {
			continue
		}
		if u := unitByPrefix(order, p.Text); u != nil {
			owner[p] = u
		}
	}
	// Sentences: a name claims its sentence and the ones that refer back
	// to it; the rest of a passage belongs to the passage's project.
	// defined is the project the document has named "the Project" by
	// definition: "(COFREM) (hereinafter referred to as "the Project")".
	var defined *projectUnit
	var prevEnded *projectUnit
	var prevPassage *Passage
	for _, p := range d.Passages {
		if p.Kind == KindTitle {
			continue
		}
		a := x.annot[p]
		home := owner[p]
		// "3. The Project": the project the document's title names, else
		// the first it named before the section.
		if home == nil && mainSection[p.Cite.Section] {
			home = mainUnit(order, d.Title)
		}
		if home != nil && home.pr.Passage == p && home.pr.What == "" {
			// A heading's own line says nothing; the first passage under it does.
			home.pr.What = ""
		}
		// carried is the project the passage before, in the same
		// section, ended on.
		carried := prevEnded
		if prevPassage == nil || prevPassage.Cite.Section != p.Cite.Section {
			carried = nil
		}
		var prev *projectUnit
		// byShort is set when prev was named by its short form alone: a
		// sentence after it is its own by "the project" or "it", not by a
		// weak head ("the road agencies of Cambodia").
		byShort := false
		// The one project this passage has named: "It now reaches 260
		// villages" names none, and "Phase II will run from April 2014"
		// after it is still the programme's. Of two named, either may be
		// meant: none is said.
		var lastNamed *projectUnit
		namedHere := map[*projectUnit]bool{}
		for _, s := range a.sentences {
			st := p.Text[s.Start:s.End]
			named := map[*projectUnit]Span{}
			var namedOrder []*projectUnit
			for _, sp := range x.namesIn(st, false) {
				if prev != nil && reBackRef.MatchString(st) && reCalled.MatchString(st[:sp.Start]) && len(named) == 0 {
					// "It is called X": the project just described has a name.
					name := strings.TrimRight(st[sp.Start:sp.End], ".,;: ")
					prev.pr.Name = prose.ClipName(prose.UpperFirst(name), 100)
					prev.key = projectKey(name)
					units[prev.key] = prev
					namedOrder = append(namedOrder, prev)
					named[prev] = Span{Start: s.Start + sp.Start, End: s.Start + sp.End}
					continue
				}
				u := unit(st[sp.Start:sp.End], p, st)
				if u == nil {
					continue
				}
				if _, ok := named[u]; !ok {
					namedOrder = append(namedOrder, u)
				}
				named[u] = Span{Start: s.Start + sp.Start, End: s.Start + sp.End}
			}
			// "The PDFRMP aims to reduce recurrent flooding": a sentence
			// whose subject is a project's short form, and that names no
			// other, is the project's. Further in, a short form is as
			// often a modifier ("which the PDFRMP gauges will join").
			if len(namedOrder) == 0 {
				var by *projectUnit
				for _, u := range order {
					short := shortForm(u)
					if at := shortFormAt(st, short); at >= 0 {
						if by != nil || !reSubjectBefore.MatchString(st[:at]) {
							by = nil
							break
						}
						by = u
						named[u] = Span{Start: s.Start + at, End: s.Start + at + len(short)}
					}
				}
				if by != nil {
					namedOrder = append(namedOrder, by)
				} else {
					clear(named)
				}
			}
			if len(namedOrder) == 0 && reDescProj.MatchString(st) && home == nil && p.Kind != KindItem && p.Kind != KindBullet {
				m := reDescProj.FindStringSubmatchIndex(st)
				what := st[m[4]:m[5]]
				if i := strings.Index(what, " in "); i > 0 {
					what = what[:i]
				}
				if u := unit(st[m[2]:m[3]]+" "+what, p, st); u != nil {
					namedOrder = append(namedOrder, u)
					named[u] = Span{Start: s.Start + m[0], End: s.Start + m[1]}
				}
			}
			if len(namedOrder) == 1 && reDefinesTerm.MatchString(st) {
				defined = namedOrder[0]
			}
			switch {
			case len(namedOrder) > 0:
				for _, u := range namedOrder {
					if u.pr.What == "" {
						u.pr.What = st
					}
					shared := len(namedOrder) > 1 || (home != nil && home != u)
					us := unitSentence{p: p, s: s, mention: named[u], shared: shared}
					u.sents = append(u.sents, us)
					if u.others == nil {
						u.others = map[unitSentence][]int{}
					}
					for _, o := range namedOrder {
						if o != u {
							u.others[us] = append(u.others[us], named[o].Start)
						}
					}
				}
				if home != nil && named[home] == (Span{}) && home.pr.Passage != p {
					// Another project's sentence inside this one's text.
					prev, byShort = namedOrder[0], false
					continue
				}
				prev = namedOrder[len(namedOrder)-1]
				byShort = !strings.Contains(p.Text[named[prev].Start:named[prev].End], " ")
				lastNamed = prev
				for _, u := range namedOrder {
					namedHere[u] = true
				}
			case prev != nil && byShort && (reBackRef.MatchString(st) || reTheWholeProject.MatchString(st) && home == nil):
				prev.sents = append(prev.sents, unitSentence{p: p, s: s})
			case prev != nil && !byShort && (reBackRef.MatchString(st) || ownPhase(st) || reTheProject.MatchString(st) && home == nil || home == nil && opensWithShortForm(st, prev.pr.Name)):
				prev.sents = append(prev.sents, unitSentence{p: p, s: s})
			case lastNamed != nil && len(namedHere) == 1 && home == nil && (reBackRef.MatchString(st) || ownPhase(st)):
				lastNamed.sents = append(lastNamed.sents, unitSentence{p: p, s: s})
				prev = lastNamed
			case lastNamed != nil && len(namedHere) == 1 && home == nil && bareSums(p, a.amounts, s, lastNamed.pr.Name):
				lastNamed.sents = append(lastNamed.sents, unitSentence{p: p, s: s})
				prev = lastNamed
			case prev == nil && home == nil && len(namedHere) == 0 && carried != nil && projectFieldItem(st):
				// "2.2 Duration: four years, from April 2019 to March
				// 2023" right after the item "2.1 Title: the Project for
				// ... (COFREM)": a field that names no subject of its
				// own is of the project the item before ended on.
				carried.sents = append(carried.sents, unitSentence{p: p, s: s})
				prev, byShort = carried, false
			case defined != nil && home == nil && reDefinedProject.MatchString(st):
				// "The Japanese contribution to the Project is estimated
				// at JPY 620 million": the Project by its definition.
				defined.sents = append(defined.sents, unitSentence{p: p, s: s})
				prev, byShort = defined, false
			case home != nil:
				if home.pr.What == "" {
					home.pr.What = st
				}
				home.sents = append(home.sents, unitSentence{p: p, s: s})
				prev, byShort = home, false
			default:
				prev = nil
			}
		}
		prevEnded, prevPassage = prev, p
	}
	x.fieldTableProjects(d, order)
	x.titledProject(d, order, unit)
	// Listed in the order the document names them.
	sort.SliceStable(order, func(i, j int) bool { return order[i].pr.Passage.Order < order[j].pr.Passage.Order })
	for _, u := range order {
		// "Japan-ASEAN Standards and Conformance Partnership" under its
		// sub-heading, whose short form "(JASCOP)" the text gives after
		// it: the list shows the short form readers will look for.
		if !strings.Contains(u.pr.Name, "(") {
			o := x.orgByKey[prose.Fold(prose.CanonOrg(u.pr.Name))]
			// "Competition Law Drafting Assistance Project for Cambodia"
			// over a text that says "... Assistance Project (CLDAP)": the
			// heading adds the place the project is for ("... Project in
			// Myanmar" too).
			if m := reForPlaceTail.FindStringSubmatchIndex(u.pr.Name); o == nil && m != nil && x.namesOnlyAPlace(u.pr.Name[m[2]:m[3]]) {
				o = x.orgByKey[prose.Fold(prose.CanonOrg(u.pr.Name[:m[0]]))]
			}
			if o != nil && o.Acronym != "" && !strings.Contains(o.Acronym, " ") && !o.General {
				u.pr.Name += " (" + o.Acronym + ")"
			}
		}
		x.fillProject(u)
		x.projects = append(x.projects, u.pr)
	}
}

// reForPlaceTail is a name's last words naming whom or where it is for:
// " for Cambodia", " for the Lao PDR", " in Myanmar".
var reForPlaceTail = regexp.MustCompile(`\s+(?:for|in)\s+((?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3})$`)

// rePhaseOpening is a sentence that opens with a numbered phase and its
// verb: "Phase II will run from April 2014".
var rePhaseOpening = regexp.MustCompile(`(?i)^\W*(?:` + lexicon.Alt("phase heads") + `)\s+(?:[IVX]+|\d+|[A-Z])\s+(?:` + lexicon.Alt("auxiliaries", "phase running verbs") + `)\b`)

// ownPhase reports whether a sentence opens with a phase of the project
// spoken of: "Phase II will run ...", not "Phase 1 of the irrigation
// plan", which names its own.
// opensWithShortForm reports whether sentence s opens with the short
// form in brackets at the end of name: "ADVP aims to help the KPK ..."
// after "JICA launched the Asset Declaration Verification Project
// (ADVP)" goes on about it, as "The project aims" would.
func opensWithShortForm(s, name string) bool {
	m := reShortFormEnd.FindStringSubmatch(name)
	if m == nil {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimLeft(s, " \t\"“"), "The ")
	after, ok := strings.CutPrefix(rest, m[1])
	r, _ := utf8.DecodeRuneInString(after)
	return ok && !prose.IsWordRune(r)
}

// bareSums reports whether sentence s of a passage names a sum as a
// share or cost, and every sum in it is for nothing and no one the
// sentence names: "Japan's contribution is ¥540 million over three years"
// is the contribution to the one project its paragraph has named. A sum
// the sentence only gives ("JBIC has committed ¥210 billion") may be a
// total of much else; an overview's sums are the document's.
//
// A sum before "lower than" is a difference; one a fund pays under a
// fund's name read as a project's is that fund's own.
func bareSums(p *Passage, amounts []Amount, s Span, project string) bool {
	if p.Kind == KindOverview || !reOwnSumNoun.MatchString(p.Text[s.Start:s.End]) {
		return false
	}
	n := 0
	for _, am := range amounts {
		if am.Span.Start < s.Start || am.Span.End > s.End {
			continue
		}
		if am.Purpose != "" || am.Recipient != "" || am.Via != "" || am.Project != nil || am.EquivalentOf != "" {
			return false
		}
		if reDifferenceAfter.MatchString(p.Text[am.Span.End:s.End]) || am.Payer != "" && projectKey(am.Payer) == projectKey(project) {
			return false
		}
		n++
	}
	return n > 0
}

// reOwnSumNoun is a noun that names a sum as a thing's share or cost.
var reOwnSumNoun = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("own sum nouns") + `)\b`)

// reDifferenceAfter is a comparative right after a sum: "¥250 million
// lower than in FY2010".
var reDifferenceAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("difference comparatives") + `)\s+than\b`)

// reShortFormEnd is a name's short form in brackets at its end.
var reShortFormEnd = regexp.MustCompile(`\(([A-Z][A-Za-z0-9-]*[A-Z0-9])\)\s*$`)

func ownPhase(s string) bool {
	return rePhaseOpening.MatchString(s)
}

// notABody reports whether the long name of a short form names a
// document or a thing rather than a body: it is written in lower case
// ("unexploded ordnance") or its head is a document's ("Record of
// Discussions", "Project Design Matrix").
func notABody(long string) bool {
	if r, _ := utf8.DecodeRuneInString(long); !unicode.IsUpper(r) {
		return true
	}
	// The head before "of" ("Record of Discussions") or the last word
	// ("Exchange of Notes", "Project Design Matrix").
	head := long
	if i := strings.Index(head, " of "); i > 0 {
		head = head[:i]
	}
	return documentHeads[prose.LastWord(head)] || documentHeads[prose.LastWord(long)]
}

var documentHeads = lexicon.Set("document heads")

// recordOpenings open the name of a record of work, not of the work:
// "Record of Discussions for ...", "Minutes of ...".
var recordOpenings = lexicon.Set("record openings")

// opensRecord reports whether name is a record's: its first word is a
// record opening.
func opensRecord(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && recordOpenings[strings.ToLower(f[0])]
}

// reFieldIn is a field's label inside a text: "; Deadline: ",
// ": Responsible: ".
var reFieldIn = regexp.MustCompile(`(?:^|[:;]\s+)[A-Z][\p{L}]*(?:\s+[\p{L}]+){0,2}\s*(?:\([^)]*\))?:\s`)

// minRecordFields is how many labelled fields make a text a record, a
// table's row or a form's line, rather than the description of work.
const minRecordFields = 2

// reHonorificStart is a person's honorific opening a text: "Mr. ",
// "H.E. ", "Daw ".
var reHonorificStart = regexp.MustCompile(`^\s*(?:` + lexicon.Alt("honorifics") + `)\s`)

// fieldTableProjects gives a project the rows of a table of fields one
// of whose rows names it under a project-title label ("| Project title |
// Industrial Polytechnic Expansion Project (IPEP) |"): the table's other
// rows ("| Indonesian counterpart funds | Rp 312.8 billion |") are about
// it, though they never name it. Rows that name another project, or that
// another project has claimed, stay theirs.
func (x *extraction) fieldTableProjects(d *Document, order []*projectUnit) {
	type table struct {
		section int
		lead    *Passage
	}
	claimed := map[*Passage]bool{}
	for _, u := range order {
		for _, us := range u.sents {
			claimed[us.p] = true
		}
	}
	for _, u := range order {
		var tables []table
		for _, us := range u.sents {
			if us.p.IsTableRow() && projectTitleFields[strings.ToLower(us.p.Label)] {
				tables = append(tables, table{us.p.Cite.Section, us.p.LeadP})
			}
		}
		for _, t := range tables {
			for _, p := range d.Passages {
				if claimed[p] || !p.IsTableRow() || p.Cite.Section != t.section || p.LeadP != t.lead {
					continue
				}
				for _, s := range x.annot[p].sentences {
					u.sents = append(u.sents, unitSentence{p: p, s: s})
				}
				claimed[p] = true
			}
		}
	}
}

// reTheProjectEnd ends a heading with "the" and a project's head noun:
// "Outline of the Project" speaks of a project named elsewhere.
var reTheProjectEnd = regexp.MustCompile(`(?i)\bthe\s+(?:` + lexicon.Alt("project heads") + `)$`)

// projectTitleFields are the labels of a table row that names the
// project the table's fields describe.
var projectTitleFields = lexicon.Set("project title fields")

// reTitleProjectHead is the head word a project a title names must have
// to be the document's: "Project for ...", not an "Initiative" the
// document's cooperation serves.
var reTitleProjectHead = regexp.MustCompile(`\b(?:` + lexicon.Alt("title project heads") + `)\b`)

// titledProject reads the project a document's title names, from the
// title itself when the text names none the title does ("Minutes of the
// Third JCC Meeting: Project for Capacity Development in Quality Rice
// Seed Production (QRSP) in Myanmar"). Its sentences include those no
// project claims that speak of "the Project" or use its short form.
func (x *extraction) titledProject(d *Document, order []*projectUnit, unit func(name string, p *Passage, what string) *projectUnit) {
	if len(d.Passages) == 0 || d.Passages[0].Kind != KindTitle {
		return
	}
	var u *projectUnit
	names := make([]string, len(order))
	for i, o := range order {
		names[i] = o.pr.Name
	}
	if i := bestTitled(d.Title, names); i >= 0 {
		u = order[i]
	} else {
		title := d.Passages[0]
		for _, sp := range x.namesIn(title.Text, false) {
			if name := title.Text[sp.Start:sp.End]; reTitleProjectHead.MatchString(name) {
				if u = unit(name, title, ""); u != nil {
					break
				}
			}
		}
	}
	if u == nil {
		return
	}
	// "The project was delayed" in a document that names other projects
	// may be about any of them; "the Project", capitalised as a defined
	// term, is the document's own.
	refers := reTheProjectItself
	if slices.ContainsFunc(order, func(o *projectUnit) bool { return o != u }) {
		refers = reTheDefinedProject
	}
	// A short form is matched in capitals only: refers may ignore case,
	// and "CAN" is a word.
	if m := reParenAcronym.FindStringSubmatch(u.pr.Name); m != nil {
		refers = regexp.MustCompile(refers.String() + `|(?-i:\b` + regexp.QuoteMeta(m[1]) + `\b)`)
	} else if acr := initialsBeforeHead(u.pr.Name); acr != "" {
		// "the MEEL Project" for the Mekong Engineering Education Link
		// Project.
		refers = regexp.MustCompile(refers.String() + `|(?-i:\b` + regexp.QuoteMeta(acr) + `\b)`)
	}
	type at struct {
		p *Passage
		s Span
	}
	claimed := map[at]bool{}
	for _, us := range u.sents {
		claimed[at{us.p, us.s}] = true
	}
	// "The total cost of the project came to ...", before any other
	// project is named, is the titled one's.
	last := u
	bare := make([]string, len(order))
	for i, o := range order {
		bare[i] = reTrailParens.ReplaceAllString(o.pr.Name, "")
	}
	for _, p := range d.Passages[1:] {
		for _, s := range x.annot[p].sentences {
			st := p.Text[s.Start:s.End]
			// "Separately from MEEL, CVUT secured a grant" is about
			// something else.
			if !claimed[at{p, s}] && (refersOutsideName(refers, st) || last == u && refersOutsideName(reTheProjectItself, st)) && !setsAsideName(st, u.pr.Name, initialsBeforeHead(u.pr.Name)) {
				u.sents = append(u.sents, unitSentence{p: p, s: s})
			}
			if named := lastNamed(st, order, bare); named != nil {
				last = named
			}
		}
	}
}

// setsAsideName reports whether st sets aside one of names right after a
// cue that excludes what follows it: "Separately from MEEL, ...".
func setsAsideName(st string, names ...string) bool {
	for _, m := range reSetAsideCue.FindAllStringIndex(st, -1) {
		rest := strings.TrimPrefix(strings.TrimLeft(st[m[1]:], " "), "the ")
		for _, n := range names {
			if n != "" && strings.HasPrefix(rest, reTrailParens.ReplaceAllString(n, "")) {
				return true
			}
		}
	}
	return false
}

// reSetAsideCue is a cue that excludes what follows it.
var reSetAsideCue = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("object exclusion cues") + `)\b`)

// lastNamed is the project of order whose name (bare, without trailing
// brackets) stands last in st, or nil.
func lastNamed(st string, order []*projectUnit, bare []string) *projectUnit {
	var out *projectUnit
	at := -1
	for i, o := range order {
		if k := strings.LastIndex(st, bare[i]); k > at {
			out, at = o, k
		}
	}
	return out
}

// refersOutsideName reports whether re matches st other than as the
// opening of a name: "the Project for Construction of the Xe Don Bridge
// (XDB)" is another project's name, not a reference to the document's.
func refersOutsideName(re *regexp.Regexp, st string) bool {
	for _, m := range re.FindAllStringIndex(st, -1) {
		if !reNameGoesOnFor.MatchString(st[m[1]:]) {
			return true
		}
	}
	return false
}

// reTheDefinedProject is "the Project" written as a defined term.
var reTheDefinedProject = regexp.MustCompile(`\b(?:[Tt]he|[Tt]his)\s+Project\b`)

// reFieldItem opens a numbered item with a field label: "2.2 Duration:",
// "(c) Pilot sites:". Its group is the label.
var reFieldItem = regexp.MustCompile(`^\s*(?:\d+(?:\.\d+)*\.?\s+|\(\w{1,4}\)\s+)?(\p{Lu}[\p{L} -]{0,30}):\s`)

// projectFieldLabels are the last words of a label that gives a project's
// period or its sites.
var projectFieldLabels = lexicon.Set("period labels", "site labels")

// projectFieldItem reports whether st opens with a label of a project's
// period or sites.
func projectFieldItem(st string) bool {
	m := reFieldItem.FindStringSubmatch(st)
	if m == nil {
		return false
	}
	words := strings.Fields(strings.ToLower(m[1]))
	return projectFieldLabels[words[len(words)-1]]
}

// reTheProjectItself is "the project" itself, not "the workshop" or
// another head word reTheProject takes.
var reTheProjectItself = regexp.MustCompile(`(?i)\b(?:the|this)\s+project\b`)

// reParenAcronym is a short form in brackets: "(QRSP)".
var reParenAcronym = regexp.MustCompile(`\(([A-Z][A-Z0-9-]{1,9})\)`)

// reOriginBefore is a verb of where something comes from, right before a
// country: "imported from", "shipped in from". Officials "from" a country
// are not such: they gain from the work.
var reOriginBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("origin verbs") + `)\s+(?:\w+\s+)?from$`)

// reProjectSection is a section title that names no project but the
// document's own: "The Project", "Project Outline".
var reProjectSection = regexp.MustCompile(`(?i)^\W*(?:\d+\.?\s*)?(?:` + lexicon.Alt("project section titles") + `)\W*$`)

// mainUnit is the project a document is about: the one its title names,
// else the first it named; nil when it has named none.
func mainUnit(order []*projectUnit, title string) *projectUnit {
	lt := strings.ToLower(title)
	for _, u := range order {
		if strings.Contains(lt, strings.ToLower(reTrailParens.ReplaceAllString(u.pr.Name, ""))) {
			return u
		}
	}
	// "Flood Risk Management Project for the Lower Agusan River Loan" of
	// a title that names the project without "Loan": the one its words
	// name.
	names := make([]string, len(order))
	for i, u := range order {
		names[i] = u.pr.Name
	}
	if i := bestTitled(title, names); i >= 0 {
		return order[i]
	}
	// The first named in the text, not the first read: an item's label
	// further on ("4) Operation and Maintenance:") may be read before.
	var first *projectUnit
	for _, u := range order {
		if first == nil || u.pr.Passage != nil && first.pr.Passage != nil && u.pr.Passage.Order < first.pr.Passage.Order {
			first = u
		}
	}
	return first
}

// bracketOwner is the project name right before the brackets that hold
// byte at of sentence st, if the brackets open right after one.
func (x *extraction) bracketOwner(st string, at int) (string, bool) {
	open := strings.LastIndexByte(st[:at], '(')
	if open < 0 || strings.IndexByte(st[open:at], ')') >= 0 {
		return "", false
	}
	head := strings.TrimRight(st[:open], " ")
	spans := x.namesIn(head, false)
	if len(spans) == 0 {
		return "", false
	}
	last := spans[len(spans)-1]
	if last.End != len(head) {
		return "", false
	}
	return head[last.Start:last.End], true
}

// fillProject reads a unit's sentences into the project's fields.
func (x *extraction) fillProject(u *projectUnit) {
	pr := u.pr
	if pr.What == "" {
		pr.What = pr.Name
	}
	// excluded are the countries a sentence of the project leaves out;
	// shutOut those it leaves out as the subject of the exclusion
	// ("Thailand is not eligible"), not as a part of what is left out
	// ("survey costs in Thailand are not covered").
	var excluded, shutOut []string
	finalStatus := false
	seenSent := map[unitSentence]bool{}
	for _, us := range u.sents {
		if seenSent[us] {
			continue
		}
		seenSent[us] = true
		p, s := us.p, us.s
		if !us.shared {
			pr.Sentences = append(pr.Sentences, Excerpt{Passage: p, Span: s})
		}
		a := x.annot[p]
		st := p.Text[s.Start:s.End]
		in := func(sp Span) bool { return sp.Start >= s.Start && sp.End <= s.End }
		// In a sentence shared with other projects, only the sum right
		// before the name ("US$1.4 million ... to the Cambodia NSW Pilot")
		// or the sentence's only sum is this project's.
		own := func(sp Span) bool {
			// "the Rangoon Dockyard Project (1979, ¥6.5 billion) and the
			// Sittang River Bridge Project (1984, ¥9.3 billion)": a sum in
			// the brackets right after a project's name is that one's.
			if name, ok := x.bracketOwner(st, sp.Start-s.Start); ok {
				return projectKey(name) == u.key
			}
			if !us.shared {
				return true
			}
			n := 0
			for _, am := range a.amounts {
				if in(am.Span) {
					n++
				}
			}
			if n == 1 && us.mention != (Span{}) {
				return strings.Count(st, ";") == 0
			}
			if sp.End > us.mention.Start || us.mention == (Span{}) {
				return false
			}
			between := p.Text[sp.End:us.mention.Start]
			if strings.ContainsAny(between, ";") {
				return false
			}
			for _, am := range a.amounts {
				if am.Span.Start > sp.End && am.Span.End <= us.mention.Start {
					return false
				}
			}
			return true
		}
		for i := range x.amounts {
			am := &x.amounts[i]
			if am.Passage != p || !in(am.Span) || !own(am.Span) {
				continue
			}
			pr.Funding = append(pr.Funding, am.Text)
			if am.Project == nil {
				am.Project = pr
			}
			if am.Payer != "" {
				pr.Partners = append(pr.Partners, am.Payer)
			}
			if am.Via != "" {
				pr.Funding = append(pr.Funding, x.orgDisplay(am.Via))
			}
		}
		for i := range x.shares {
			sh := &x.shares[i]
			if sh.Passage != p || !in(sh.Span) || us.shared {
				continue
			}
			pr.Funding = append(pr.Funding, sh.Describe())
			pr.Partners = append(pr.Partners, sh.Parties...)
			if sh.What == "" {
				sh.What = pr.Name
			}
		}
		if us.shared {
			// A mention among others has the dates and places written right
			// after its name, up to the next name or clause.
			if us.mention == (Span{}) {
				continue
			}
			end := s.End
			if i := strings.IndexAny(p.Text[us.mention.End:s.End], ";"); i >= 0 {
				end = us.mention.End + i
			}
			for _, o := range u.others[us] {
				if o > us.mention.End && o < end {
					end = o
				}
			}
			seg := Span{Start: us.mention.Start, End: end}
			inSeg := func(sp Span) bool { return sp.Start >= seg.Start && sp.End <= seg.End }
			for _, dt := range a.dates {
				if inSeg(dt.Span) {
					pr.Dates = append(pr.Dates, dt)
				}
			}
			for _, pl := range a.places {
				if inSeg(pl.Span) {
					pr.Places = append(pr.Places, pl)
				}
			}
			continue
		}
		for _, dt := range a.dates {
			if in(dt.Span) {
				pr.Dates = append(pr.Dates, dt)
			}
		}
		// "Whether a second phase covering Shan State will be prepared has
		// not yet been decided": a place the project may or may not reach
		// is not its place yet.
		undecided := prose.UndecidedWhetherRE.MatchString(st)
		for _, pl := range a.places {
			// "The Mukdahan crossing in Thailand is not covered": a place
			// the sentence leaves out is not the project's.
			// Nor is a site the sentence drops: "a third site planned
			// in Phnom Penh was cancelled".
			if !in(pl.Span) || undecided {
				continue
			}
			if cl := prose.ClauseOf(st, Span{Start: pl.Span.Start - s.Start, End: pl.Span.End - s.Start}); !prose.Excludes(cl) && !reDroppedSite.MatchString(cl) {
				pr.Places = append(pr.Places, pl)
			}
		}
		// "Ms. Yuko Tanabe, JICA Chief Advisor, leads a team": a person
		// the project's own sentence names with a role works on it.
		for _, per := range x.people {
			if per.Passage == p && per.Role != "" && in(per.Span) {
				pr.Partners = append(pr.Partners, per.Titled()+" ("+per.Role+")")
			}
		}
		for _, o := range x.orgMentions(st) {
			if strings.Contains(o.name, "Fund") {
				pr.Funding = append(pr.Funding, o.name)
				continue
			}
			before := strings.TrimSpace(st[:o.span.Start])
			if strings.HasSuffix(before, " for") || strings.HasSuffix(before, " to") || strings.Contains(projectKey(o.name), u.key) || strings.Contains(u.key, projectKey(strings.Split(o.name, " (")[0])) {
				continue
			}
			// "the Record of Discussions (R/D)", "the Project Design
			// Matrix (PDM)": a short form's long name without an
			// organisation's head word is a document or a thing, not a
			// party to the project.
			if long := strings.Split(o.name, " (")[0]; long != o.name && notABody(long) {
				continue
			}
			pr.Partners = append(pr.Partners, o.name)
		}
		// "Laos has expressed interest in CGMP, but whether Japan will
		// extend the project to Laos has not been decided": a country the
		// project may or may not reach is neither partner nor beneficiary
		// yet.
		for _, m := range x.geoMentions(st) {
			if undecided && !m.isGroup {
				continue
			}
			names := []string{m.name}
			if m.isGroup {
				// "The HTBRP is one element of Japan's wider support for
				// connectivity in the Mekong region": a sentence that names
				// the project by its short form alone, as a later mention,
				// sets it among the region's work; the region's members
				// are not its own.
				if us.mention != (Span{}) && !strings.Contains(p.Text[us.mention.Start:us.mention.End], " ") {
					continue
				}
				if g := x.groups[m.name]; g != nil && corpus.Expandable(m.name) {
					names = g.Members
				} else {
					continue
				}
			}
			clause := prose.ClauseOf(st, m.span)
			if prose.Excludes(clause) {
				excluded = append(excluded, names...)
				if i := strings.Index(st, clause); i >= 0 && m.span.Start >= i && reClauseSubjectLead.MatchString(st[i:m.span.Start]) {
					shutOut = append(shutOut, names...)
				}
				continue
			}
			before := strings.ToLower(strings.TrimSpace(st[max(0, m.span.Start-40):m.span.Start]))
			after := strings.ToLower(st[m.span.End:min(len(st), m.span.End+30)])
			// "coal imported from Indonesia": where something comes from
			// neither works on the project nor gains from it.
			if reOriginBefore.MatchString(before) {
				continue
			}
			role := "beneficiary"
			// The clause's subject acts: "Japan will put priority on ...",
			// "To change this, Japan launched ...".
			subject := reSubjectOpening.MatchString(st[:m.span.Start]) && reLowerNext.MatchString(st[m.span.End:])
			// "Japanese ODA loan: 14,850 million yen", "Japan's grant":
			// the country that owns the money gives it.
			owner := ownerForm(st[m.span.Start:m.span.End], m.name) && reFundingNounAfter.MatchString(after)
			if subject || owner || strings.HasSuffix(before, " with") || strings.HasSuffix(before, " by") || strings.HasSuffix(before, "between") ||
				strings.Contains(before, "borne by") || reGivingAfter.MatchString(after) {
				role = "partner"
			}
			for _, n := range names {
				if role == "partner" {
					pr.Partners = append(pr.Partners, n)
				} else {
					pr.Beneficiaries = append(pr.Beneficiaries, n)
				}
			}
		}
		// "approved in FY2017 ... was cancelled by the Board": the
		// project's state now is the first final one; a suspension is
		// final only until it is ended ("suspended ... the project was
		// formally cancelled in FY2015"), not by "the team has been
		// withdrawn".
		if u.aspects[p] {
			continue
		}
		if m := reFinalStatus.FindString(st); m != "" && !finalStatus {
			pr.Status, finalStatus = strings.ToLower(m), true
		}
		if m := reEndingStatus.FindStringIndex(st); m != nil && !reEndingStatus.MatchString(pr.Status) && reProjectEndedBefore.MatchString(strings.Replace(st[:m[0]], pr.Name, "", 1)) {
			pr.Status = strings.ToLower(st[m[0]:m[1]])
		}
		if pr.Status == "" {
			if m := reProgressOf.FindStringSubmatch(st); m != nil {
				pr.Status = m[1] + " complete"
			} else if m := reProgress.FindStringSubmatch(st); m != nil {
				pr.Status = strings.TrimSpace(m[0])
			} else if m := statusSaid(st); m != "" {
				pr.Status = m
				for _, dt := range a.dates {
					if dt.Since && in(dt.Span) {
						pr.Status = "ongoing since " + dt.Text
					}
				}
			}
		}
	}
	// A list's lead-in has the facts its items share: the workshop's place
	// and dates belong to each topic it covered.
	p := pr.Passage
	// Not when the paragraph before is about a project of its own: then it
	// is a neighbour, not a lead-in.
	if (p.Kind == KindItem || p.Kind == KindBullet) && p.LeadP != nil && len(x.namesIn(p.Lead, false)) == 0 {
		if la := x.annot[p.LeadP]; la != nil {
			if len(pr.Dates) == 0 {
				pr.Dates = append(pr.Dates, la.dates...)
			}
			if len(pr.Places) == 0 {
				pr.Places = append(pr.Places, la.places...)
			}
			// "... by utilizing the Japan-ASEAN General Exchange Fund": the
			// fund the lead names pays for each item.
			for _, o := range x.orgMentions(p.Lead) {
				if strings.Contains(o.name, "Fund") {
					pr.Funding = append(pr.Funding, o.name)
				} else if before := strings.TrimSpace(p.Lead[:o.span.Start]); !strings.HasSuffix(before, " for") && !strings.HasSuffix(before, " to") {
					pr.Partners = append(pr.Partners, o.name)
				}
			}
			if pr.Status == "" {
				pr.Status = statusSaid(p.Lead)
			}
			for _, m := range x.geoMentions(p.Lead) {
				if !m.isGroup && len(pr.Beneficiaries) == 0 {
					pr.Beneficiaries = append(pr.Beneficiaries, m.name)
				}
			}
		}
	}
	for _, pl := range pr.Places {
		pr.Beneficiaries = append(pr.Beneficiaries, pl.Country)
	}
	// "Thailand is not eligible for grant aid under this scheme ...;
	// cooperation with Thailand in this field takes the form of technical
	// cooperation": a country the project's sentences shut out does not
	// work on it either.
	pr.Partners = slices.DeleteFunc(prose.Uniq(pr.Partners), func(c string) bool { return contains(shutOut, c) })
	var ben []string
	for _, b := range prose.Uniq(pr.Beneficiaries) {
		if !contains(pr.Partners, b) && !contains(excluded, b) {
			ben = append(ben, b)
		}
	}
	pr.Beneficiaries = ben
	pr.Funding = prose.Uniq(pr.Funding)
	seen := map[string]bool{}
	var pls []Place
	for _, pl := range pr.Places {
		if !seen[pl.Name] {
			seen[pl.Name] = true
			pls = append(pls, pl)
		}
	}
	pr.Places = pls
	var ds []Date
	seenD := map[string]bool{}
	for _, dt := range pr.Dates {
		if !seenD[dt.Text] {
			seenD[dt.Text] = true
			ds = append(ds, dt)
		}
	}
	pr.Dates = ds
}

var reLowerNext = regexp.MustCompile(`^\s+\p{Ll}`)

// reFundingNounAfter opens with the money a party puts in, as its owner's
// adjective or possessive qualifies it: "Japanese ODA loan".
var reFundingNounAfter = regexp.MustCompile(`(?i)^\s*(?:(?:` + lexicon.Alt("party funding modifiers") + `)\s+)*(?:` + lexicon.Alt("party funding nouns") + `)\b`)

var reGivingAfter = regexp.MustCompile(`(?i)^\s*(?:(?:` + lexicon.Alt("auxiliaries") + `)\s+)*(?:` + lexicon.Alt("giving verbs") + `)\b`)

// partOfOrgName tells whether a name found after before is the tail of an
// organisation's name: "Ministry of Communication, Transport, Post and
// Construction".
func partOfOrgName(before string) bool {
	m := reOrgLead.FindStringSubmatch(before)
	return m != nil && orgHeads[strings.ToLower(m[1])]
}

// statesOfParty reports whether s opens with a country or a body and goes
// on as a sentence: "Korea shares its data with the MRC", "Laos
// granted visas" tell what a party does, where a work item opens with the
// work ("Dispatch economic delegations").
func (x *extraction) statesOfParty(s string) bool {
	orgs, geo := x.mentions(s)
	end := -1
	for _, o := range orgs {
		if o.span.Start == 0 {
			end = max(end, o.span.End)
		}
	}
	for _, g := range geo {
		if g.span.Start == 0 {
			end = max(end, g.span.End)
		}
	}
	if end < 0 {
		return false
	}
	// A verb's form after the party: "granted", or "exchanges" with a
	// sentence's determiner after it. "Cambodia road improvement
	// project", "Laos roads and bridges project" and "Myanmar ports
	// project" name work.
	m := reVerbAfterParty.FindStringSubmatch(s[end:])
	if m == nil || nameConnector[m[1]] {
		return false
	}
	rest := strings.TrimSpace(m[2])
	if rest == "" || reHeadOnly.MatchString(rest) {
		return false
	}
	return strings.HasSuffix(m[1], "ed") || reDeterminerIn.MatchString(rest)
}

// destinationHeads are the heads whose name may go on with where they go:
// "Mission to Myanmar".
var destinationHeads = lexicon.Set("destination heads")

var (
	// reHeadOnly is a project's head word and nothing else.
	reHeadOnly = regexp.MustCompile(`^(?i:project|programme|program)s?$`)
	// reDeterminerIn is a determiner, which a sentence has and a name
	// rarely does.
	reDeterminerIn = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("determiners") + `)\b`)
)

// reVerbAfterParty is a lower-case word in a verb's "-s" or "-ed" form
// right after a party, and the rest of the item.
var reVerbAfterParty = regexp.MustCompile(`^\s+(\p{Ll}+(?:s|ed))\b(.*)$`)

// reDatedOpening is a sentence that opens with its date: "In FY2010,
// 45 pilots were trained", which no project's name does.
var reDatedOpening = regexp.MustCompile(`^(?:In|On|Since|From|By|Until|As of)\s+(?:FY\s?)?\d`)

// hasAuxiliary tells a clause ("A mission is planned for 2018") from the
// name of a piece of work.
func hasAuxiliary(s string) bool {
	for _, w := range strings.Fields(s) {
		if auxWords[strings.ToLower(strings.TrimRight(w, ",;:"))] {
			return true
		}
	}
	return false
}

// reOwnerOpening opens a name with whose it is: "Japan's Past
// Cooperation in the Sector".
var reOwnerOpening = regexp.MustCompile(`^\p{Lu}[\p{L}-]*['’]s\s`)

// topicSubheading reports whether a sub-heading's name is a topic of its
// section rather than a project: it ends in "the Project" ("Priority of
// the Project") or opens with whose it is ("Japan's Past Cooperation in
// the Sector").
func topicSubheading(name string) bool {
	return reTheProjectEnd.MatchString(name) || reOwnerOpening.MatchString(name)
}

// topicHeading tells a section about a field of work ("Basic Education and
// Teacher Training") from one about a project: its last noun names an
// activity, not a piece of work.
func topicHeading(name string) bool {
	f := strings.Fields(reParens.ReplaceAllString(name, " "))
	return len(f) > 0 && topicHeads[strings.ToLower(f[len(f)-1])]
}

// reRowLead is the title words a table row or summary line opens with,
// before its first figure.
var reRowLead = regexp.MustCompile(`^\s*(?:\(?[a-z0-9]{1,2}\)\s+)?((?:[A-Z][\p{L}'’-]*\s+){1,7}?[A-Z][\p{L}'’-]*)\s*(?:[:—–-]\s*)?(?:[A-Z]{0,3}\p{Sc}|[A-Z][A-Za-z]{0,2}\s?\d|\d)`)

// unitByPrefix is the one project whose name starts with the title words
// t opens with, at least two of them; nil if none or several.
func unitByPrefix(units []*projectUnit, t string) *projectUnit {
	m := reRowLead.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	lead := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
	if len(strings.Fields(lead)) < 2 {
		return nil
	}
	var found *projectUnit
	for _, u := range units {
		if u.key == lead || strings.HasPrefix(u.key, lead+" ") {
			if found != nil && found != u {
				return nil
			}
			found = u
		}
	}
	return found
}

// namesOnlyAPlace reports whether text is a country's or a place's name,
// or a list of them ("(2) Indonesia and the Philippines", a sub-heading
// over the work in each), and nothing more.
func (x *extraction) namesOnlyAPlace(text string) bool {
	text = strings.TrimSpace(text)
	ms := x.geoMentions(text)
	var rest strings.Builder
	at := 0
	for _, m := range ms {
		if m.span.Start == 0 && m.span.End == len(text) {
			return true
		}
		if m.span.Start >= at {
			rest.WriteString(text[at:m.span.Start])
			at = m.span.End
		}
	}
	if len(ms) >= 2 && reListOnly.MatchString(rest.String()+text[at:]) {
		return true
	}
	_, ok := gaz.placeByAlias[prose.Fold(text)]
	return ok
}

// reDroppedSite is a word by which a clause drops a site from a project.
var reDroppedSite = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("dropped site cues") + `)\b`)

// reSpeakerLabel is a speaker's label in minutes: a role, then the
// speaker's name in brackets, in capitalised words that are no acronym.
var reSpeakerLabel = regexp.MustCompile(`^[^()]*?\b(?:` + lexicon.Alt("role heads", "speaker label heads") + `)\b[^()]*\(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,3}\)$`)

// openingEnd is where a passage's opening sentence ends: its first but a
// bold label's own ("**Outline.** A loan agreement ...").
func openingEnd(p *Passage, sents []Span) int {
	for _, s := range sents {
		if len(strings.Fields(p.Text[s.Start:s.End])) > maxLabelWords {
			return s.End
		}
	}
	return len(p.Text)
}

// maxLabelWords is the most words a bold label of a record has:
// "Request and response."
const maxLabelWords = 4

// sectionPassages are a document's passages by numbered section, in
// order, leaving out the title and what stands before the first heading.
func sectionPassages(d *Document) [][]*Passage {
	var out [][]*Passage
	for _, p := range d.Passages {
		if p.Kind == KindTitle || p.Cite.Section <= 0 {
			continue
		}
		if n := len(out); n > 0 && out[n-1][0].Cite.Section == p.Cite.Section {
			out[n-1] = append(out[n-1], p)
			continue
		}
		out = append(out, []*Passage{p})
	}
	return out
}

// onlyProjectOf is the one project a section's passages name, when the
// first sentence of the first names it, none names another, and none is
// owned by a sub-heading or an item (a list of projects is no one
// project's).
func (x *extraction) onlyProjectOf(ps []*Passage, owner map[*Passage]*projectUnit, unit func(name string, p *Passage, what string) *projectUnit) *projectUnit {
	key, name := "", ""
	for i, p := range ps {
		if owner[p] != nil {
			return nil
		}
		for _, sp := range x.namesIn(p.Text, false) {
			n := p.Text[sp.Start:sp.End]
			k := projectKey(n)
			switch {
			case k == "":
				continue
			case key == "":
				// Named first in the section's opening sentence, or the
				// section is about more than one thing.
				if i > 0 || sp.Start >= openingEnd(p, x.annot[p].sentences) {
					return nil
				}
				key, name = k, n
			case k == key || strings.HasPrefix(k, key+" ") || strings.HasPrefix(key, k+" "):
			default:
				return nil
			}
		}
	}
	if key == "" {
		return nil
	}
	return unit(name, ps[0], "")
}

// titleCased reports whether every word of s but the small words of a
// name opens with a capital: "WASH Emergency Response", not "Request
// and response".
func titleCased(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, "(\"'“‘[")
		if w == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !prose.Stopwords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// reClauseSubjectLead is what may stand before a clause's subject: a
// note's label, an article.
var reClauseSubjectLead = regexp.MustCompile(`^\s*(?:(?i:note)\s*:\s*)?(?:(?i:the)\s+)?$`)

// reDeniedStatusBefore ends with the words that deny the status after
// them: "has not", "not yet been".
var reDeniedStatusBefore = regexp.MustCompile(`(?i)\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?$`)

// statusSaid is the first status s says of a project, in lower case, with
// "not" before one it denies: "The Government of Japan has not approved
// the request" says "not approved", never "approved".
func statusSaid(s string) string {
	for _, m := range reStatus.FindAllStringIndex(s, -1) {
		st := strings.ToLower(s[m[0]:m[1]])
		// "Detailed design will be completed in 2015": a state still to
		// come is none the project is in.
		if reToComeStatusBefore.MatchString(s[:m[0]]) && reDoneStatus.MatchString(st) {
			continue
		}
		if reDeniedStatusBefore.MatchString(s[:m[0]]) {
			return "not " + st
		}
		return st
	}
	return ""
}

// reToComeStatusBefore ends right before a state still to come: "will
// be", "is expected to be", "to be".
var reToComeStatusBefore = regexp.MustCompile(`(?i)\b(?:will|shall|would|to)\s+(?:have\s+)?(?:be\s+|been\s+)?$`)

// reDoneStatus is a state of work done, which a future before it denies.
var reDoneStatus = regexp.MustCompile(`(?i)^(?:` + lexicon.Alt("done project status words") + `)$`)
