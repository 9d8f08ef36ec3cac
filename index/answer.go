package index

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"

	porter "github.com/blevesearch/go-porterstemmer"
)

// Answer is the answerer's reply to a plain-English question.
type Answer struct {
	Found         bool
	Kind          string // what was asked: money, when, where, who, countries, member, acronym, count, purpose, open
	Span          string // the specific answer: "$98,520", "June 11, 2001", "Phnom Penh"
	Text          string // the answer line, span first
	Sentence      string // the source sentence, quoted
	SentenceSpans []Span // where the answer is in Sentence, for bold
	Passage       *Passage
	Note          string // when not found: what the documents do say, if anything
	Closest       []Hit  // when not found: the nearest passages
}

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

var kindPatterns = []struct {
	kind string
	re   *regexp.Regexp
}{
	{AskAcronym, regexp.MustCompile(`\b(stand|stands|short for|acronym|abbreviation|abbreviated|full form|full name|spelled out|short name|short form|initials|meaning|what does \S+ mean)\b|^\s*\S+\s*(=|\?)\s*\??\s*$`)},
	{AskCount, regexp.MustCompile(`\bhow many\b|\bnumber of\b`)},
	{AskMoney, regexp.MustCompile(`\bhow much\b|\bhow (?:big|large)\b|\bwhat (?:amount|sum|percent|percentage|share)\b|\bhow many (?:dollars|yen)\b`)},
	{AskWhen, regexp.MustCompile(`\bwhen\b|\bwen\b|\b(?:what|which) (?:date|year|month|day)s?\b|\bsince when\b|\bhow long\b|\bdates?\b|\bwhat time\b|\bstart(?:ed)? date\b`)},
	{AskCountries, regexp.MustCompile(`\b(which|what|whch|wich)\s+(?:\w+\s+)?(countries|country|nations|nation|members|member countries|states|other)\b|\bwho (is|are) in\b|\bmembers of\b|\bwhich\b.*\bcountr|\blist (the )?(countries|members)\b|\bwhat are the \S+ countries\b|\bwhich are the\b|\bwho are the\b.*\b(?:countries|members|nations)\b`)},
	{AskWhere, regexp.MustCompile(`\bwhere\b|\b(?:which|what)\s+(?:\w+\s+)?(?:city|cities|town|towns|place|places|location|venue|route|province|region|island|islands|area)\b|\blocated\b|\blocation\b|\broute\b|\bvenue\b`)},
	{AskWho, regexp.MustCompile(`\bwho\b|\bwhom\b|\b(?:which|what) (organi[sz]ations?|orgs?|agency|agencies|bank|body|institution|partners?|fund)\b|\bpartner\b`)},
	{AskPurpose, regexp.MustCompile(`\bwhat (?:is|are|was|were) .* for\b|\bwhy\b|\bpurpose\b|\baim\b|\baims\b|\bgoal\b|\bwhat does .* (?:do|promote|provide|offer|support)\b|\bpoint of\b|\bused for\b|\bobjective\b|\bachieve\b|\btrying to\b|\bfor what\b|\bmeant to\b`)},
	{AskMember, regexp.MustCompile(`\b(is|are|was|has|have|did|does)\b.*\b(member|members|joined|join|membership|part of|in the|belong)\b|\bpart of\b|\bmember(ship)? status\b|\bin (the )?\S+\s*\??$`)},
	{AskMoney, regexp.MustCompile(`\bamount\b|\bbudget\b|\bmoney\b|\bcosts?\b|\bworth\b|\bdollars?\b|\byen\b|\busd\b|\bjpy\b|\b(pay|paid|give|gave|disburse|disbursed|spend|spent|contribute|contributed|fund|funded|finance|financed)\b|\bsplit\b|\bpercent|\bratio\b`)},
	{AskOpen, regexp.MustCompile(`.`)},
}

// classify reads what kind of answer the question wants. A membership
// question must name a country.
func classify(q string, namesCountry bool) string {
	for _, k := range kindPatterns {
		if k.kind == AskMember && !namesCountry {
			continue
		}
		if k.re.MatchString(q) {
			return k.kind
		}
	}
	return AskOpen
}

// synonyms map words that mean the same thing here to one stem, so "give",
// "provide" and "disburse" match each other.
var synonyms = map[string]string{}

func init() {
	for canon, words := range map[string][]string{
		"give":        {"give", "gave", "given", "provide", "provided", "provision", "disburse", "disbursed", "disbursement", "fund", "funded", "funding", "pay", "paid", "payment", "contribute", "contributed", "contribution", "grant", "granted", "donate", "donated", "spend", "spent", "financ", "finance", "financed", "allocate", "allocated", "put", "money", "sent"},
		"join":        {"join", "joined", "joining", "member", "members", "membership", "accede", "acceded", "admitted", "enter", "entered"},
		"hold":        {"hold", "held", "take", "took", "place", "organize", "organise", "organized", "organised", "host", "hosted", "happen", "happened", "run", "conduct", "conducted"},
		"send":        {"send", "dispatch", "dispatched", "deploy", "deployed"},
		"centre":      {"centre", "center", "centr"},
		"program":     {"program", "programme", "programs", "programmes", "project", "projects", "scheme", "initiative"},
		"organiz":     {"organization", "organisation", "organizations", "organisations"},
		"start":       {"start", "started", "starting", "begin", "began", "begun", "beginning", "commence", "commenced", "launch", "launched", "since"},
		"2nd":         {"2nd", "second"},
		"1st":         {"1st", "first"},
		"3rd":         {"3rd", "third"},
		"govern":      {"government", "govt", "gov", "governments"},
		"tuberculosi": {"tuberculosis", "tb"},
		"percent":     {"percent", "percentage", "pct"},
		"use":         {"use", "used", "uses", "using", "utilize", "utilized", "utilizing", "utilise", "utilised", "utilising", "employ", "employed"},
		"build":       {"build", "built", "construct", "constructed", "construction"},
		"test":        {"test", "tested", "try", "tried", "trial", "pilot", "piloted"},
		"intend":      {"intend", "intends", "intention", "want", "wants", "wish", "wishes", "plan", "plans", "planning"},
		"help":        {"help", "helped", "assist", "assisted", "assistance", "support", "supported", "benefit", "benefited", "aid", "cooperation", "cooperate", "work", "works", "worked", "team", "collaborate", "collaboration", "partner", "partners", "partnership"},
		"mission":     {"mission", "trip", "visit", "delegation"},
		"road":        {"road", "roads", "way", "corridor", "highway", "route"},
		"train":       {"train", "trained", "training", "trainee", "trainees", "course", "courses"},
		"workshop":    {"workshop", "workshops", "seminar", "meeting"},
		"cost":        {"cost", "costs", "share", "shared", "split", "borne", "bear", "basis", "ratio", "meet", "meets", "met"},
		"web":         {"web", "website", "site", "online"},
		"trade":       {"trade", "trading", "commerce"},
		"drug":        {"drug", "drugs", "narcotics"},
		"hiv":         {"hiv", "aids"},
		"last":        {"last", "previous"},
	} {
		for _, w := range words {
			synonyms[porter.StemString(w)] = canon
			synonyms[w] = canon
		}
	}
}

// questionStop are words that carry no topic in a question.
var questionStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of for and or on in to at by with from as is are was were be been being am do does did done
	has have had what whats when where which who whom whose why how much many long tell me about please give
	can could would should will shall may might it its this that these those there their they them i you we us our your my
	any some all into onto than then so if but not no yes also just any anything something know want need
	according document documents doc say says said mention mentioned info information details explain describe
	year years date dates day month time place city location located country countries nation nations amount
	sum total number status stand stands short acronym abbreviation mean meaning full form name called
	did get got go went make made lot bit yr pls plz thx thanks hi hey bot based located situated
	dollar dollars yen usd jpy currency r u ur most least especially mainly really exactly thru via aimed targeted meant
	under over per each every within across among other others up down out
	happen happened happens occur occurred occurs took
	one two three four five six seven eight nine ten big large size
	purpose purposes aim aims goal goals objective objectives point reason after before
	thing things stuff bit whole actually basically anyway
	doc`) {
		questionStop[w] = true
	}
}

// stemTerm normalises one word for matching: lower case, stemmed, then
// mapped through synonyms.
func stemTerm(w string) string {
	w = strings.ToLower(strings.Trim(w, "'’"))
	if s, ok := synonyms[w]; ok {
		return s
	}
	st := porter.StemString(w)
	if s, ok := synonyms[st]; ok {
		return s
	}
	return st
}

// sentenceRec is one sentence of a passage, with the terms it can be
// matched by: its words, plus the canonical names and acronyms of the
// countries, places and organisations it names.
type sentenceRec struct {
	p     *Passage
	span  Span
	text  string
	terms map[string]bool
	lead  map[string]bool // terms of the list's lead-in and section title, for half
	have  map[string]bool // countries, groups and places it names, with its lead-in
	orgs  []orgMention
	geos  []geoMention
	words []stemmedWord
}

// stemmedWord is a word of a sentence, stemmed, with where it is.
type stemmedWord struct {
	stem string
	span Span // in the sentence
}

// namesIn collects the countries (groups expanded), groups and places a
// text names, counting countries inside organisation names too.
func (ix *Index) namesIn(text string, p *Passage) map[string]bool {
	have := map[string]bool{}
	for _, m := range ix.x.allGeoMentions(text) {
		have[m.name] = true
		if g := ix.x.groups[m.name]; g != nil && corpus.Expandable(m.name) {
			for _, c := range g.Members {
				have[c] = true
			}
		}
	}
	for _, pl := range ix.x.annot[p].places {
		if strings.Contains(text, pl.AsWritten) {
			have[pl.Country] = true
			have[pl.Name] = true
		}
	}
	return have
}

func (ix *Index) termsOf(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range prose.WordRE.FindAllString(text, -1) {
		for _, part := range strings.Split(w, "-") {
			if part != "" && !prose.Stopwords[strings.ToLower(part)] {
				out[stemTerm(part)] = true
			}
		}
	}
	addWords := func(s string) {
		for _, w := range prose.WordRE.FindAllString(s, -1) {
			if !prose.Stopwords[strings.ToLower(w)] {
				out[stemTerm(w)] = true
			}
		}
	}
	for _, o := range ix.x.orgMentions(text) {
		addWords(o.name)
		if org := ix.x.orgByKey[o.key]; org != nil && org.Acronym != "" {
			addWords(org.Acronym)
		}
	}
	for _, m := range ix.x.geoMentions(text) {
		addWords(m.name)
		if g := ix.x.groups[m.name]; g != nil && corpus.Expandable(m.name) {
			for _, c := range g.Members {
				addWords(c)
			}
		}
	}
	for _, m := range rePlaceCand.FindAllString(text, -1) {
		if pl, ok := gaz.lookupPlace(m, ix.x.corpusScope); ok {
			addWords(pl.name)
			addWords(pl.country)
		}
	}
	// An acronym inside a longer name ("Japan ESCAP Cooperation Fund")
	// still brings its long form.
	oi := ix.x.orgIdx()
	for _, tk := range tokenize(text) {
		if o := oi.acr[tk.raw]; o != nil {
			addWords(o.Name)
			addWords(o.Acronym)
		}
	}
	// "$98,520" is also matched by "98520".
	for _, n := range reNumber.FindAllString(text, -1) {
		out[strings.ReplaceAll(n, ",", "")] = true
	}
	return out
}

func (ix *Index) buildSentences() {
	df := map[string]int{}
	// A sentence about a project that does not name it ("The project will
	// finish in March 2011") is about it all the same: the name's words
	// count for half, as a lead-in's do.
	about := map[Excerpt]string{}
	for _, pr := range ix.x.projects {
		for _, e := range pr.Sentences {
			about[e] += " " + pr.Name
		}
	}
	for _, d := range ix.docs {
		for _, p := range d.Passages {
			a := ix.x.annot[p]
			// A list's lead-in and the section title count for half.
			lead := ix.termsOf(p.Lead + " " + p.Cite.SectionTitle)
			for _, s := range a.sentences {
				rl := lead
				if names := about[Excerpt{Passage: p, Span: s}]; names != "" {
					rl = ix.termsOf(p.Lead + " " + p.Cite.SectionTitle + names)
				}
				rec := &sentenceRec{p: p, span: s, text: p.Text[s.Start:s.End], lead: rl}
				rec.terms = ix.termsOf(rec.text)
				for t := range rec.terms {
					df[t]++
				}
				ix.sents = append(ix.sents, rec)
			}
		}
	}
	ix.sentsOf = map[*Passage][]*sentenceRec{}
	ix.ctxTerms = map[*Passage]map[string]bool{}
	ix.ctxText = map[*Passage]string{}
	for _, r := range ix.sents {
		ix.sentsOf[r.p] = append(ix.sentsOf[r.p], r)
	}
	// Countries a document's title or publisher names are implied by every
	// sentence of it: "Japan's Cooperation ..." is all about Japan.
	ix.implicit = map[*Document][]string{}
	for _, d := range ix.docs {
		for _, m := range ix.x.allGeoMentions(d.Title + " " + d.Publisher) {
			if !m.isGroup {
				ix.implicit[d] = append(ix.implicit[d], m.name)
			}
		}
	}
	ix.ctxHave = map[*Passage]map[string]bool{}
	ix.ctxOrgs = map[*Passage]map[string]bool{}
	for _, d := range ix.docs {
		for _, p := range d.Passages {
			ix.ctxText[p] = p.Text + " " + p.Lead + " " + p.Cite.SectionTitle
			ix.ctxTerms[p] = ix.termsOf(ix.ctxText[p])
			ix.ctxHave[p] = ix.namesIn(ix.ctxText[p], p)
			keys := map[string]bool{}
			for _, m := range ix.x.orgMentions(ix.ctxText[p]) {
				keys[m.key] = true
			}
			// "the Network", "the Centre": the document's organisation
			// of that kind.
			for _, m := range prose.OrgRefRE.FindAllStringSubmatch(ix.ctxText[p], -1) {
				head := prose.CanonOrg(prose.UpperFirst(strings.ToLower(m[1])))
				for i := range ix.x.orgs {
					o := &ix.x.orgs[i]
					if o.Passage != nil && o.Passage.Doc == d && strings.Contains(prose.CanonOrg(o.Name), head) {
						keys[prose.Fold(prose.CanonOrg(o.Name))] = true
					}
				}
			}
			ix.ctxOrgs[p] = keys
		}
	}
	// A place named anywhere in a section counts for all of it: "the Kota
	// Kinabalu workshop series" is funded two paragraphs below its place.
	secPlaces := map[string][]string{}
	for _, d := range ix.docs {
		for _, p := range d.Passages {
			// A list item's place is that item's, not its section's.
			if p.Kind == KindItem || p.Kind == KindBullet {
				continue
			}
			key := d.ID + "#" + strconv.Itoa(p.Cite.Section)
			for _, pl := range ix.x.annot[p].places {
				secPlaces[key] = append(secPlaces[key], pl.Name)
			}
		}
	}
	for _, d := range ix.docs {
		for _, p := range d.Passages {
			if p.Cite.Section == 0 {
				continue
			}
			for _, name := range secPlaces[d.ID+"#"+strconv.Itoa(p.Cite.Section)] {
				ix.ctxHave[p][name] = true
			}
		}
	}
	for _, r := range ix.sents {
		r.have = ix.namesIn(r.text+" "+r.p.Lead, r.p)
		r.orgs = ix.x.orgMentions(r.text)
		r.geos = ix.x.geoMentions(r.text)
		for _, w := range words(r.text) {
			r.words = append(r.words, stemmedWord{stemTerm(w.text), w.span})
		}
	}
	ix.termCache = map[string]map[string]bool{}
	for _, m := range ix.x.memberships {
		ix.termCache[m.Org] = ix.termsOf(m.Org)
	}
	for _, d := range ix.docs {
		k := d.Title + " " + d.Publisher + " " + strings.ReplaceAll(d.ID, "-", " ")
		ix.termCache[k] = ix.termsOf(k)
	}
	ix.groupFold = map[string]*regexp.Regexp{}
	for name := range ix.x.groups {
		ix.groupFold[name] = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(name) + `\b`)
	}
	ix.rawWords = map[string]bool{}
	for _, r := range ix.sents {
		for _, w := range prose.WordRE.FindAllString(strings.ToLower(r.text), -1) {
			if len(w) >= 4 {
				ix.rawWords[w] = true
			}
		}
	}
	ix.idf = map[string]float64{}
	n := float64(len(ix.sents))
	for t, c := range df {
		ix.idf[t] = math.Log(1 + n/float64(c))
	}
	ix.maxIDF = math.Log(1 + n)
}

var (
	reQuestionRelYear = regexp.MustCompile(`\b(this|last|previous|next)\s+(?:year|yr)\b`)
	reQuestionYear    = regexp.MustCompile(`\b(?:fy|in|of|during|for)\s*((?:19|20)\d{2})\b`)
	reNumber          = regexp.MustCompile(`\d[\d,]*\d`)
)

// qterm is a content word of a question.
type qterm struct {
	word string   // as typed, lower case
	stem string   // matched against sentence terms
	alts []string // other stems that also match ("pay": give or cost)
	idf  float64
}

// has reports whether terms hold t or one of its alternatives.
func (t qterm) in(terms map[string]bool) bool {
	if terms[t.stem] {
		return true
	}
	for _, a := range t.alts {
		if terms[a] {
			return true
		}
	}
	return false
}

// altStems are question words that may mean either of two things.
var altStems = map[string][]string{"pay": {"cost"}, "pays": {"cost"}, "paid": {"cost"}, "payment": {"cost"},
	"cover": {"cost"}, "covers": {"cost"}, "covered": {"cost"}, "paying": {"cost"}, "funding": {"cost"}, "chip": {"cost", "give"},
	"fund": {"cost"}, "funds": {"cost"}, "funded": {"cost"}, "finance": {"cost"}, "finances": {"cost"}, "budget": {"cost", "give"}}

// questionTerms stems a question's content words, correcting typos to the
// nearest word of the corpus and expanding names to their canonical forms.
func (ix *Index) questionTerms(q string) []qterm {
	var out []qterm
	seen := map[string]bool{}
	add := func(w string) {
		st := stemTerm(w)
		if _, ok := ix.idf[st]; !ok && len(w) >= 4 {
			st = ix.correctWord(w, st)
		}
		if seen[st] {
			return
		}
		seen[st] = true
		idf, ok := ix.idf[st]
		if !ok {
			idf = ix.maxIDF
		}
		out = append(out, qterm{word: w, stem: st, alts: altStems[w], idf: idf})
	}
	for _, w := range prose.WordRE.FindAllString(strings.ToLower(q), -1) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		for _, part := range strings.Split(w, "-") {
			if len(part) < 2 || questionStop[part] || prose.Stopwords[part] {
				continue
			}
			add(part)
		}
	}
	return out
}

// coverage is the idf-weighted share of question terms a sentence has; the
// lead-in of a list counts for half.
func coverage(qt []qterm, s *sentenceRec) float64 {
	var have, total float64
	for _, t := range qt {
		total += t.idf
		switch {
		case t.in(s.terms):
			have += t.idf
		case t.in(s.lead):
			have += t.idf / 2
		}
	}
	if total == 0 {
		return 1
	}
	return have / total
}

// entities are what a question names outright.
type entities struct {
	years   []int // years named ("in 2001", "fy2002")
	relYear *int  // "this year" (0), "last year" (-1), "next year" (1): relative to each document
	// placeByCountry lets a place be matched by its country: "the loan
	// signed with Manila" is the loan signed with the Philippines.
	placeByCountry bool
	countries      []string // named individually (not through a group)
	groups         []string
	orgs           []*Org
	places         []gazPlace
}

func (ix *Index) questionEntities(q, original string) entities {
	var e entities
	orgs := ix.x.orgMentions(q)
	inOrg := func(sp Span) bool {
		for _, o := range orgs {
			if sp.Start >= o.span.Start && sp.End <= o.span.End {
				return true
			}
		}
		return false
	}
	seen := map[*Org]bool{}
	addOrg := func(o *Org) {
		if o != nil && !seen[o] {
			seen[o] = true
			e.orgs = append(e.orgs, o)
		}
	}
	for _, o := range orgs {
		addOrg(ix.x.orgByKey[o.key])
	}
	// "the Network": the organisation of that kind, when there is only one.
	for _, m := range prose.OrgRefRE.FindAllStringSubmatch(q, -1) {
		head := prose.CanonOrg(prose.UpperFirst(strings.ToLower(m[1])))
		var only *Org
		n := 0
		for i := range ix.x.orgs {
			o := &ix.x.orgs[i]
			if !o.General && strings.HasSuffix(prose.CanonOrg(o.Name), head) {
				only = o
				n++
			}
		}
		if n == 1 {
			addOrg(only)
		}
	}
	// Loosely worded names: three or more words of an organisation's name
	// in a row, in any order ("singapore japan partnership").
	qw := prose.WordRE.FindAllStringIndex(q, -1)
	for i := range ix.x.orgs {
		o := &ix.x.orgs[i]
		if o.General || seen[o] {
			continue
		}
		name := map[string]bool{}
		for _, w := range prose.WordRE.FindAllString(strings.ToLower(o.Name), -1) {
			name[w] = true
		}
		run, start := 0, 0
		for k, m := range qw {
			w := q[m[0]:m[1]]
			switch {
			case name[w] && !prose.Stopwords[w]:
				if run == 0 {
					start = m[0]
				}
				run++
				if run >= 3 {
					addOrg(o)
					orgs = append(orgs, orgMention{name: o.Display(), key: prose.Fold(prose.CanonOrg(o.Name)), span: Span{Start: start, End: m[1]}})
				}
			case prose.Stopwords[w] && run > 0 && k+1 < len(qw):
			default:
				run = 0
			}
		}
	}
	oi := ix.x.orgIdx()
	for _, tk := range tokenize(q) {
		o := oi.loose[tk.norm]
		if o == nil || gaz.groupByAlias[tk.norm] != "" {
			continue
		}
		// An acronym that is also a common word ("WHO", "IT") counts only
		// when typed in capitals.
		if (questionStop[tk.norm] || prose.Stopwords[tk.norm]) && !strings.Contains(original, strings.ToUpper(tk.norm)) {
			continue
		}
		addOrg(o)
	}
	// Questions are typed in lower case: match names case-insensitively.
	for _, m := range scanCountriesAnyCase(q) {
		if !inOrg(m.span) {
			e.countries = append(e.countries, m.name)
		}
	}
	for _, m := range ix.x.allGeoMentions(q) {
		if m.isGroup && !inOrg(m.span) {
			e.groups = append(e.groups, m.name)
		}
	}
	for name := range ix.x.groups {
		for _, m := range ix.groupFold[name].FindAllStringIndex(q, -1) {
			if !inOrg(Span{Start: m[0], End: m[1]}) && !contains(e.groups, name) {
				e.groups = append(e.groups, name)
			}
		}
	}
	// Typos in country names: "vietnamm", "cambodai".
	for _, w := range prose.WordRE.FindAllString(q, -1) {
		lw := strings.ToLower(w)
		if len(lw) < 5 || questionStop[lw] || gaz.countryByAlias[lw] != "" || ix.idf[stemTerm(lw)] > 0 {
			continue
		}
		for alias, c := range gaz.countryByAlias {
			if len(alias) >= 5 && !strings.Contains(alias, " ") && prose.EditDistance(alias, lw, 2) <= 1 {
				e.countries = append(e.countries, c)
			}
		}
	}
	e.countries = prose.Uniq(e.countries)
	e.groups = prose.Uniq(e.groups)
	if m := reQuestionRelYear.FindStringSubmatch(q); m != nil {
		off := map[string]int{"this": 0, "last": -1, "previous": -1, "next": 1}[m[1]]
		e.relYear = &off
	}
	for _, m := range reQuestionYear.FindAllStringSubmatch(q, -1) {
		if y, err := strconv.Atoi(m[1]); err == nil {
			e.years = append(e.years, y)
		}
	}
	for _, pm := range ix.placesInQuestion(q) {
		e.places = append(e.places, pm.place)
	}
	return e
}

// placeMention is a place found in a question, by word positions.
type placeMention struct {
	place    gazPlace
	from, to int // words [from, to)
}

// placesInQuestion finds gazetteer places in any run of up to four words,
// longest first, without overlaps.
func (ix *Index) placesInQuestion(q string) []placeMention {
	ws := strings.Fields(q)
	used := make([]bool, len(ws))
	var out []placeMention
	for n := min(4, len(ws)); n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			free := true
			for k := i; k < i+n; k++ {
				free = free && !used[k]
			}
			if !free {
				continue
			}
			cand := strings.Trim(strings.Join(ws[i:i+n], " "), "?.,!;:'\"")
			if len(cand) < 4 || questionStop[cand] {
				continue
			}
			if p, ok := gaz.placeNamed(cand, ix.x.corpusScope); ok {
				out = append(out, placeMention{p, i, i + n})
				for k := i; k < i+n; k++ {
					used[k] = true
				}
			}
		}
	}
	return out
}

var (
	reWhenJoin     = regexp.MustCompile(`\b(join|joined|joins|joining|member|membership|accede|acceded)\b`)
	rePublished    = regexp.MustCompile(`\b(publish|published|publication|issued|released|written|wrote|author|authored|dated|document|paper|report)\b`)
	reRouteWords   = regexp.MustCompile(`\b(corridor|route|road|roads|way|run|runs|go|goes|connect|connects|link|links|start|starts|begin|begins|end|ends|finish|finishes)\b`)
	reRouteStart   = regexp.MustCompile(`\b(start|starts|begin|begins|starting|beginning|origin)\b`)
	reRouteEnd     = regexp.MustCompile(`\b(end|ends|finish|finishes|terminate|terminates|ending|destination)\b`)
	reWantShare    = regexp.MustCompile(`\b(share|shared|split|ratio|basis|borne|proportion|percent|percentage|between|%)\b`)
	reWhoPays      = regexp.MustCompile(`\b(pay|pays|paid|paying|funding|financing|covers|covering|fund|funds|funded|finance|finances|bear|bears|borne|cost|costs|share|shares|split)\b`)
	reWhoFor       = regexp.MustCompile(`\b(for|aimed at|targeted at|target|intended for|meant for|benefit|benefits)\s*\??$|\b(attend|attends|attended|participants?|trainees?|takes? part|went to|go to|goes to)\b`)
	rePlaceListGap = regexp.MustCompile(`^(?:,\s*|\s+and\s+|,\s+and\s+)$`)
	reOrgWhere     = regexp.MustCompile(`^\s*(?:in|at|based in|located in|headquartered in)\s+(?:the\s+)?$`)
	reLocatedPrep  = regexp.MustCompile(`(?i)\b(in|at|to)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+|rural\s+)?$`)
	reLocatedParen = regexp.MustCompile(`(?i)\b(in|at|to)\s+(?:the\s+)?(?:\w+\s+){0,3}\($`)
	rePlural       = regexp.MustCompile(`\b(countries|nations|members|states|ones)\b`)
	reBeneficiary  = regexp.MustCompile(`\b(benefit|benefits|benefited|help|helped|helps|assist|assisted|receive|received|receives|get|gets|got|target|targets|aimed|for)\b`)
	reStatusWant   = map[string]*regexp.Regexp{
		StatusIntends:   regexp.MustCompile(`\b(want|wants|wanted|intend|intends|intention|plan|plans|planning|wish|wishes|expressed|hope|hopes)\b`),
		StatusNonMember: regexp.MustCompile(`\b(not|non|isn't|encouraged|urged|yet|outside)\b`),
		StatusJoined:    regexp.MustCompile(`\b(joined|became|become|signed up|entered)\b`),
		StatusMember:    regexp.MustCompile(`\b(already|is a member|are members|member)\b`),
	}
	reStatusCue = regexp.MustCompile(`\b(join|joined|joining|intend|intends|intention|want|wants|encouraged|become|became|observer|non-member|not a member)\b`)
)

// cand is a scored answer: cov says how well its source covers the
// question and decides whether it is an answer at all; bonus only ranks
// candidates that pass.
type cand struct {
	a          Answer
	cov, bonus float64
}

// Answer answers a plain-English question from the facts: the specific
// span first, then the sentence it comes from. When nothing in the
// documents answers it, Found is false and Closest holds the nearest
// passages.
func (ix *Index) Answer(question string) Answer {
	q := normaliseQuestion(strings.ToLower(CleanQuery(question)))
	ent := ix.questionEntities(q, CleanQuery(question))
	q = ix.canonicalPlaces(q)
	kind := classify(q, len(ent.countries) > 0)
	ent.placeByCountry = kind != AskWhere
	aq := &asked{q: q, kind: kind, terms: ix.questionTerms(q), ent: ent}
	aq.dropOrgAcronyms()
	if kind == AskWhen && strings.Contains(q, "how long") {
		// "How long did the mission last": "last" is the verb here.
		var keep []qterm
		for _, t := range aq.terms {
			if t.word != "last" && t.word != "lasted" && t.word != "take" && t.word != "took" {
				keep = append(keep, t)
			}
		}
		aq.terms = keep
	}
	if len(aq.terms) == 0 && len(ent.countries)+len(ent.groups)+len(ent.orgs)+len(ent.places) == 0 {
		// Nothing to look for: "?" or "-c" is not a question about anything.
		return Answer{Kind: kind}
	}
	if a, ok := ix.answerRouteYesNo(aq); ok {
		return a
	}
	var cands []cand
	consider := func(a Answer, cov, bonus float64) {
		cands = append(cands, cand{a, cov, bonus})
	}
	if kind == AskWho || kind == AskOpen {
		// "Who is Somphone Keovilay?", "what is Takeshi Morinaga's job?".
		ix.answerRole(aq, consider)
	}
	switch kind {
	case AskAcronym:
		ix.answerAcronym(aq, consider)
	case AskMoney:
		ix.answerMoney(aq, consider)
	case AskWhen:
		ix.answerWhen(aq, consider)
	case AskWhere:
		ix.answerWhere(aq, consider)
	case AskMember:
		ix.answerMember(aq, consider)
	case AskCountries:
		ix.answerCountries(aq, consider)
	case AskCount:
		ix.answerCount(aq, consider)
	case AskWho:
		ix.answerWho(aq, consider)
	case AskPurpose:
		ix.answerPurpose(aq, consider)
	case AskOpen:
		// "What is the ASEAN-Japan Centre?": what it is for, when the
		// documents say.
		if len(ent.orgs) > 0 && reWhatIs.MatchString(q) && coverageSet(aq.terms, ix.termsOf(ent.orgs[0].Name+" "+ent.orgs[0].Acronym)) > 0.99 {
			o := ent.orgs[0]
			// Where the documents introduce it says what it is.
			if rec := ix.sentenceOf(o.Passage, o.Span); rec != nil && o.Acronym != "" && !o.General {
				consider(answerFrom(rec, rec.text, o.Acronym+" is the "+o.Name+": "+prose.Clip(rec.text, 200), o.Span), 0.8, 0.2)
			}
			ix.answerPurpose(aq, func(a Answer, cov, bonus float64) {
				if strings.HasPrefix(a.Text, o.Display()+":") {
					consider(a, cov, bonus+0.1)
				}
			})
		}
	}
	cands = ix.dropTrapped(aq, cands)
	best, ok := pick(cands)
	if aq.refuse {
		ok = false
	}
	// A passage may stand in for a purpose, never for a name: "who funds
	// X" with no funder in the documents is not answered with X's passage.
	if !ok && !aq.refuse && (kind == AskOpen || kind == AskPurpose) {
		var open []cand
		ix.answerOpen(aq, func(a Answer, cov, bonus float64) {
			// A passage instead of a name or a purpose must match closely.
			if kind != AskOpen && cov < 0.75 {
				return
			}
			open = append(open, cand{a, cov, bonus})
		})
		best, ok = pick(open)
	}
	if !ok {
		a := Answer{Kind: kind, Note: aq.note}
		if res, err := ix.Search(question, 1); err == nil {
			a.Closest = res.Hits[:min(3, len(res.Hits))]
		}
		return a
	}
	a := best.a
	a.Found, a.Kind = true, kind
	return a
}

// reWillJoin asks when a country means to join, which an intention's
// date answers.
var reWillJoin = regexp.MustCompile(`\b(will|plans?|planning|intends?|expected|going)\b`)

// reActs is a verb right after a name: the name is the one who acts
// ("Japan set up the AHPF"), not a place or a beneficiary.
var reActs = regexp.MustCompile(`^\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+|then\s+)?(?:[a-z]+ed|[a-z]+s|set|put|sent|gave|made|began|took|led|built|held|ran|paid|set up)\b`)

var reNameListGap = regexp.MustCompile(`^\s*(?:,|and|,\s+and)\s+(?:the\s+)?$`)

var reByAgent = regexp.MustCompile(`(?i)\bby\s+(?:the\s+)?$`)

var reAtPlace = regexp.MustCompile(`(?i)\b(?:at|in)\s+(?:the\s+)?$`)

var reAskOrg = regexp.MustCompile(`\b(?:which|what)\s+(?:organi[sz]ations?|orgs?|agency|agencies|bank|fund|body|institution|partners?)\b`)

var reWhatIs = regexp.MustCompile(`^\s*(?:so\s+)?(?:what|who)\s+(?:is|are|was)\b`)

var reDurationNoun = regexp.MustCompile(`^(years|months|weeks|days)\b`)

var (
	reContracted = regexp.MustCompile(`\b(when|where|what|who|how|which)s\b`)
	reFYSpace    = regexp.MustCompile(`\bfy\s+(\d{4})\b`)
)

// normaliseQuestion undoes chat shorthand that hides words: "whens" is
// "when is", "fy 2002" is "fy2002".
func normaliseQuestion(q string) string {
	q = strings.NewReplacer("’", "'", "what's", "what is", "when's", "when is", "where's", "where is", "who's", "who is", "how's", "how is").Replace(q)
	q = reContracted.ReplaceAllString(q, "$1 is")
	q = strings.NewReplacer(" first ", " 1st ", " second ", " 2nd ", " third ", " 3rd ").Replace(" " + q + " ")
	q = strings.TrimSpace(q)
	return reFYSpace.ReplaceAllString(q, "fy$1")
}

// canonicalPlaces rewrites old and alternative place names to the
// gazetteer's ("moulmein" -> "mawlamyine"), which sentence terms carry.
func (ix *Index) canonicalPlaces(q string) string {
	pms := ix.placesInQuestion(q)
	if len(pms) == 0 {
		return q
	}
	ws := strings.Fields(q)
	var out []string
	for i := 0; i < len(ws); {
		replaced := false
		for _, pm := range pms {
			if pm.from == i {
				out = append(out, strings.ToLower(pm.place.name))
				i = pm.to
				replaced = true
				break
			}
		}
		if !replaced {
			out = append(out, ws[i])
			i++
		}
	}
	return strings.Join(out, " ")
}

// minCoverage is the least share of the question (by idf) a source must
// cover to answer it. Answers above it are not marked by how sure they
// are: measured on the corpus evaluation, a lower coverage was right 45%
// of the time and a higher one 64%, too close to tell a reader anything.
const minCoverage = 0.5

func pick(cs []cand) (cand, bool) {
	var best cand
	found := false
	for _, c := range cs {
		if c.cov < minCoverage {
			continue
		}
		if !found || c.cov+c.bonus > best.cov+best.bonus {
			best, found = c, true
		}
	}
	return best, found
}

// asked is a question taken apart.
type asked struct {
	q      string
	kind   string
	terms  []qterm
	ent    entities
	note   string // what to tell the user when there is no answer
	refuse bool   // a rule found the documents do not answer it, whatever matches
}

// cov is how much of the question a sentence covers, counting its passage
// (with a list's lead-in and the section title) for a little.
func (ix *Index) cov(aq *asked, rec *sentenceRec) float64 {
	if rec == nil {
		return 0
	}
	c := 0.7*coverage(aq.terms, rec) + 0.3*coverageSet(aq.terms, ix.ctxTerms[rec.p])
	return c
}

func coverageSet(qt []qterm, terms map[string]bool) float64 {
	var have, total float64
	for _, t := range qt {
		total += t.idf
		if t.in(terms) {
			have += t.idf
		}
	}
	if total == 0 {
		return 1
	}
	return have / total
}

// sentenceOf finds the sentence record holding a span of a passage.
func (ix *Index) sentenceOf(p *Passage, s Span) *sentenceRec {
	for _, r := range ix.sentsOf[p] {
		if s.Start >= r.span.Start && s.Start < r.span.End {
			return r
		}
	}
	return nil
}

// entityFit checks what the question names against a sentence: each
// country, place and group must be in the sentence (or its list's lead,
// or extra), each organisation in its passage. So "how much did Japan give
// to Malaysia" is never answered with another country's figure.
func (ix *Index) entityFit(ent entities, rec *sentenceRec, extra ...string) bool {
	if rec == nil {
		return false
	}
	have := func(n string) bool {
		if rec.have[n] || contains(extra, n) {
			return true
		}
		return contains(ix.implicit[rec.p.Doc], n)
	}
	for _, c := range ent.countries {
		if !have(c) {
			return false
		}
	}
	ctx := ix.ctxHave[rec.p]
	for _, g := range ent.groups {
		if !have(g) && !ctx[g] {
			return false
		}
	}
	for _, p := range ent.places {
		if have(p.name) || ctx[p.name] || (ent.placeByCountry && have(p.country)) {
			continue
		}
		return false
	}
	for _, o := range ent.orgs {
		if !ix.mentionsOrg(rec.p, o) {
			return false
		}
	}
	// A year the question names must be a year the sentence speaks of:
	// the 2000 disbursement does not answer a question about 2001.
	years := ent.years
	if ent.relYear != nil && !rec.p.Doc.Date.IsZero() {
		// "this year" in a question about a 2001 document is 2001.
		years = append(years, rec.p.Doc.Date.Year()+*ent.relYear)
	}
	for _, y := range years {
		found := false
		for _, d := range ix.x.annot[rec.p].dates {
			if d.Span.Start >= rec.span.Start && d.Span.End <= rec.span.End && d.Start.Year() <= y && y <= d.End.Year() {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (ix *Index) mentionsOrg(p *Passage, o *Org) bool {
	return ix.ctxOrgs[p][prose.Fold(prose.CanonOrg(o.Name))]
}

// quote returns the sentence and where spans sit in it.
func quote(rec *sentenceRec, spans ...Span) (string, []Span) {
	var out []Span
	for _, s := range spans {
		if s.Start >= rec.span.Start && s.End <= rec.span.End {
			out = append(out, Span{Start: s.Start - rec.span.Start, End: s.End - rec.span.Start})
		}
	}
	return rec.text, prose.MergeSpans(out)
}

func answerFrom(rec *sentenceRec, span, text string, spans ...Span) Answer {
	s, ss := quote(rec, spans...)
	return Answer{Span: span, Text: text, Sentence: s, SentenceSpans: ss, Passage: rec.p}
}

// wholePassage treats a passage as one sentence, for facts that span it.
func wholePassage(p *Passage) *sentenceRec {
	return &sentenceRec{p: p, span: Span{Start: 0, End: len(p.Text)}, text: p.Text}
}

func (ix *Index) answerAcronym(aq *asked, consider func(Answer, float64, float64)) {
	q := aq.q
	reverse := regexp.MustCompile(`\b(acronym|abbreviation|abbreviated|short name|short form|shortened|initials)\b`).MatchString(q)
	for _, o := range aq.ent.orgs {
		if o.Acronym == "" {
			continue
		}
		named := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(o.Acronym) + `\b`).MatchString(q)
		rec := ix.sentenceOf(o.Passage, o.Span)
		if rec == nil {
			rec = wholePassage(o.Passage)
		}
		if named {
			if o.General {
				// The documents never spell it out: say so rather than
				// answer from outside them.
				aq.note = "They use " + o.Acronym + " without spelling it out (it usually means " + o.Name + ")."
				continue
			}
			consider(answerFrom(rec, o.Name, o.Acronym+" stands for "+o.Name, o.Span), 1, 0.2)
		} else if reverse {
			consider(answerFrom(rec, o.Acronym, o.Name+" is abbreviated "+o.Acronym, o.Span), 1, 0.3)
		}
	}
	// "What does AJC stand for": people's initials for a name the
	// documents only write in full.
	for _, o := range aq.ent.orgs {
		d := prose.DerivedAcronym(o.Name)
		if o.Acronym != "" || d == "" || !strings.Contains(aq.q, strings.ToLower(d)) {
			continue
		}
		if rec := ix.sentenceOf(o.Passage, o.Span); rec != nil {
			a := answerFrom(rec, o.Name, d+" is the "+o.Name+" (the documents write it in full, not as "+d+")", o.Span)
			consider(a, 0.65, 0.1)
		}
	}
	for _, g := range aq.ent.groups {
		grp := ix.x.groups[g]
		if grp == nil || grp.Definition == "" || grp.Passage == nil {
			continue
		}
		if rec := ix.sentenceOf(grp.Passage, grp.Span); rec != nil {
			consider(answerFrom(rec, grp.Definition, g+" stands for "+grp.Definition, grp.Span), 1, 0.2)
		}
	}
}

func (ix *Index) answerMoney(aq *asked, consider func(Answer, float64, float64)) {
	wantShare := reWantShare.MatchString(aq.q)
	cur := reCurrencyWord.FindString(aq.q)
	for i := range ix.x.amounts {
		am := &ix.x.amounts[i]
		rec := ix.sentenceOf(am.Passage, am.Span)
		// The country asked about must be named with the sum itself: a
		// project's beneficiaries did not each receive the sum.
		if am.EquivalentOf != "" && !reCurrencyWord.MatchString(aq.q) || !ix.entityFit(aq.ent, rec, am.Payer) {
			continue
		}
		bonus := 0.2 + nearness(rec, am.Span, aq.terms)
		if cur != "" && (strings.HasPrefix(cur, "yen") || cur == "jpy") != (am.Currency == "JPY") {
			bonus -= 0.2
		}
		if wantShare {
			bonus -= 0.2
		}
		consider(answerFrom(rec, am.Text, am.Describe(), am.Span), ix.cov(aq, rec), bonus)
	}
	for i := range ix.x.shares {
		sh := &ix.x.shares[i]
		rec := ix.sentenceOf(sh.Passage, sh.Span)
		// "How much did Japan give to Thailand" is not answered by a ratio,
		// unless the country named is one of those sharing the cost.
		if len(aq.ent.countries) > 0 && !wantShare && !ix.namesAny(strings.Join(sh.Parties, "; "), aq.ent.countries) {
			continue
		}
		if !ix.entityFit(aq.ent, rec, sh.Parties...) {
			continue
		}
		bonus := 0.1 + nearness(rec, sh.Span, aq.terms)
		if wantShare {
			bonus += 0.3
		}
		line := sh.Text + " cost share"
		if len(sh.Parties) > 0 {
			line += " between " + strings.Join(sh.Parties, " and ")
		}
		if sh.What != "" {
			line += ", for " + sh.What
		}
		consider(answerFrom(rec, sh.Text, line, sh.Span), ix.cov(aq, rec), bonus)
	}
}

var reCurrencyWord = regexp.MustCompile(`\b(yen|dollars?|usd|jpy|us\$)\b`)

// nearness is up to 0.15: how many of the question's words share the
// span's clause, and how close they stand. It ranks facts that share a
// sentence: in "costs of the Surabaya centre are shared 70:30 ..., while
// those of the Chiang Mai centre are met ... on a 60-40 basis", a question
// about Chiang Mai is about 60-40.
func nearness(rec *sentenceRec, span Span, qt []qterm) float64 {
	if len(qt) == 0 {
		return 0
	}
	cl := prose.ClauseAround(rec.text, rec.span.Start, span)
	score := 0.0
	for _, t := range qt {
		best := 0.0
		for _, w := range rec.words {
			pos := rec.span.Start + w.span.Start
			if pos >= span.Start && pos < span.End {
				continue
			}
			if w.stem != t.stem && !contains(t.alts, w.stem) {
				continue
			}
			d := pos - span.End
			if pos < span.Start {
				d = span.Start - pos
			}
			v := math.Max(0, 1-float64(d)/200)
			if pos >= cl.Start && pos < cl.End {
				v = 0.5 + v/2
			} else {
				v /= 3
			}
			best = math.Max(best, v)
		}
		score += best
	}
	return 0.15 * score / float64(len(qt))
}

func (ix *Index) answerWhen(aq *asked, consider func(Answer, float64, float64)) {
	howLong := strings.Contains(aq.q, "how long") || strings.Contains(aq.q, "since when")
	// "When did Laos join?" is answered by a membership's date or not at
	// all: another date in a sentence naming Laos is not when it joined.
	if reWhenJoin.MatchString(aq.q) && len(aq.ent.countries) > 0 {
		found := false
		var status []string
		for _, m := range ix.x.memberships {
			if !contains(aq.ent.countries, m.Country) || !ix.orgAsked(aq, m.Org) {
				continue
			}
			// An intention's date is when it means to join; an observer's
			// or a non-member's date is not a joining date.
			if m.Date == nil || m.Status != StatusJoined && m.Status != StatusFounding && m.Status != StatusMember && !(m.Status == StatusIntends && reWillJoin.MatchString(aq.q)) {
				s := statusSentence(m)
				if m.Date != nil {
					s += " (" + m.Date.Resolved() + ")"
				}
				status = append(status, s)
				continue
			}
			rec := ix.sentenceOf(m.Passage, m.Date.Span)
			if rec == nil {
				continue
			}
			found = true
			consider(answerFrom(rec, m.Date.Resolved(), m.Date.Resolved()+" — "+statusSentence(m), m.Date.Span, m.Span), math.Max(ix.cov(aq, rec), minCoverage), 0.3)
		}
		if !found && len(status) > 0 {
			aq.note = "They give no date, but say: " + strings.Join(status, "; ") + "."
		}
		if !found {
			return
		}
	}
	if howLong {
		// "How long is the second phase": a stated length answers best.
		for _, c := range ix.x.counts {
			if !reDurationNoun.MatchString(c.Noun) {
				continue
			}
			rec := ix.sentenceOf(c.Passage, c.Span)
			if ix.entityFit(aq.ent, rec) {
				consider(answerFrom(rec, c.Text+" "+c.Noun, c.Text+" "+c.Noun, c.Span), ix.cov(aq, rec), 0.35)
			}
		}
	}
	for i := range ix.x.dates {
		d := &ix.x.dates[i]
		rec := ix.sentenceOf(d.Passage, d.Span)
		if !ix.entityFit(aq.ent, rec) {
			continue
		}
		span := d.Resolved()
		line := span
		if d.Since {
			line = "since " + span
		}
		if d.Relative {
			line += " (“" + d.Text + "” in a document of " + d.Passage.Doc.DateText + ")"
		}
		line += " — " + prose.Clip(rec.text, 160)
		bonus := 0.1 + nearness(rec, d.Span, aq.terms) + eventFit(aq.q, rec.text, d.Span.Start-rec.span.Start)
		if howLong && (d.Since || !d.End.Equal(d.Start)) {
			bonus += 0.1
			if d.Precision == "day" && !d.Since {
				line = span + " (" + strconv.Itoa(int(d.End.Sub(d.Start).Hours()/24)+1) + " days)" + line[len(span):]
			}
		}
		consider(answerFrom(rec, span, line, d.Span), ix.cov(aq, rec), bonus)
	}
	if rePublished.MatchString(aq.q) {
		for i, d := range ix.docs {
			if d.Date.IsZero() {
				continue
			}
			a := Answer{Span: d.DateText, Text: d.DateText + " — " + d.Title + ", " + d.Publisher, Sentence: d.Title, Passage: d.Passages[0]}
			consider(a, 0.5+0.5*ix.docCoverage(aq, d), 0.5-float64(i)*1e-3)
		}
	}
}

func (ix *Index) answerWhere(aq *asked, consider func(Answer, float64, float64)) {
	q := aq.q
	if reRouteWords.MatchString(q) {
		for _, pr := range ix.x.projects {
			if len(pr.Places) < 2 {
				continue
			}
			rec := ix.sentenceOf(pr.Passage, pr.Places[0].Span)
			if !ix.entityFit(aq.ent, rec) {
				continue
			}
			var names []string
			var spans []Span
			for _, pl := range pr.Places {
				names = append(names, pl.Name)
				spans = append(spans, pl.Span)
			}
			// Every place the question names must be on the route.
			onRoute := true
			for _, p := range aq.ent.places {
				if !contains(names, p.name) {
					onRoute = false
				}
			}
			if !onRoute {
				continue
			}
			span, line := strings.Join(names, ", "), pr.Name+": "+strings.Join(names, " – ")
			switch {
			case reRouteStart.MatchString(q):
				span, spans = names[0], spans[:1]
				line = pr.Name + " starts at " + span
			case reRouteEnd.MatchString(q):
				span, spans = names[len(names)-1], spans[len(spans)-1:]
				line = pr.Name + " ends at " + span
			}
			cov := math.Max(ix.cov(aq, rec), prose.NameScore(q, pr.Name))
			consider(answerFrom(rec, span, line, spans...), cov, 0.3+0.2*prose.NameScore(q, pr.Name))
		}
	}
	if ix.answerOrgLocation(aq, consider) {
		return
	}
	for i := range ix.x.places {
		pl := ix.x.places[i]
		rec := ix.sentenceOf(pl.Passage, pl.Span)
		named := false
		for _, p := range aq.ent.places {
			named = named || p.name == pl.Name
		}
		if named || !ix.entityFit(aq.ent, rec) {
			continue
		}
		line := pl.Name + ", " + pl.Country
		if pl.AsWritten != pl.Name {
			line += " (written “" + pl.AsWritten + "”)"
		}
		consider(answerFrom(rec, pl.Name, line, pl.Span), ix.cov(aq, rec), 0.15+nearness(rec, pl.Span, aq.terms))
		// "visit Surabaya, Chiang Mai and Cebu": the list is one answer.
		names, spans := []string{pl.Name}, []Span{pl.Span}
		for j := i + 1; j < len(ix.x.places); j++ {
			next := ix.x.places[j]
			last := spans[len(spans)-1]
			if next.Passage != pl.Passage || next.Span.Start < last.End || !rePlaceListGap.MatchString(pl.Passage.Text[last.End:next.Span.Start]) {
				break
			}
			names = append(names, next.Name)
			spans = append(spans, next.Span)
		}
		if len(names) > 1 {
			whole := Span{Start: spans[0].Start, End: spans[len(spans)-1].End}
			consider(answerFrom(rec, strings.Join(names, ", "), strings.Join(names, ", "), spans...), ix.cov(aq, rec), 0.16+nearness(rec, whole, aq.terms))
		}
	}
	// "three regional centres: (a) ... in Surabaya; (b) ... in Chiang Mai;
	// (c) ... in Cebu": a list's places are one answer about its lead.
	byLead := map[*Passage][]Place{}
	var leads []*Passage
	for _, pl := range ix.x.places {
		if lp := pl.Passage.LeadP; lp != nil && (pl.Passage.Kind == KindItem || pl.Passage.Kind == KindBullet) {
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
			if !contains(names, pl.Name) {
				names = append(names, pl.Name)
			}
		}
		rec := ix.sentenceOf(lp, Span{Start: len(lp.Text) - 1, End: len(lp.Text)})
		if len(names) < 2 || rec == nil || !ix.entityFit(aq.ent, rec) {
			continue
		}
		bonus := 0.17
		if reAsksMany.MatchString(aq.q) {
			bonus = 0.35 // "where are the three centres" wants them all
		}
		consider(Answer{Span: strings.Join(names, ", "), Text: strings.Join(names, ", "), Sentence: rec.text, Passage: lp}, ix.cov(aq, rec), bonus)
	}
	// "in Japan", "at the ASEAN Secretariat": a country, group or
	// organisation used as a location.
	for _, rec := range ix.sents {
		if !ix.entityFit(aq.ent, rec) {
			continue
		}
		type loc struct {
			span  Span
			name  string
			names []string
		}
		var locs []loc
		var paren *loc
		for _, m := range rec.geos {
			before := rec.text[:m.span.Start]
			// "to the countries concerned (CLMV and Thailand)": the whole
			// bracket is one destination.
			if open := strings.LastIndex(before, "("); open >= 0 && !strings.Contains(before[open:], ")") && reLocatedParen.MatchString(before[:open+1]) {
				names := []string{m.name}
				if m.isGroup {
					if g := ix.x.groups[m.name]; g != nil && corpus.Expandable(m.name) {
						names = g.Members
					}
				}
				if paren == nil {
					locs = append(locs, loc{m.span, m.name, nil})
					paren = &locs[len(locs)-1]
				}
				paren.span.End = m.span.End
				paren.names = append(paren.names, names...)
				paren.name = rec.text[paren.span.Start:paren.span.End]
				continue
			}
			if !reLocatedPrep.MatchString(before) {
				continue
			}
			names := []string{m.name}
			if m.isGroup {
				g := ix.x.groups[m.name]
				if g == nil || !corpus.Expandable(m.name) {
					continue
				}
				names = g.Members
			}
			locs = append(locs, loc{m.span, m.name, names})
		}
		for _, o := range rec.orgs {
			if reLocatedPrep.MatchString(rec.text[:o.span.Start]) && strings.HasSuffix(strings.TrimSpace(rec.text[:o.span.Start]), "at the") {
				locs = append(locs, loc{o.span, rec.text[o.span.Start:o.span.End], []string{rec.text[o.span.Start:o.span.End]}})
			}
		}
		for _, l := range locs {
			skip := false
			for _, n := range l.names {
				skip = skip || contains(aq.ent.countries, n)
			}
			if skip {
				continue
			}
			sp := Span{Start: rec.span.Start + l.span.Start, End: rec.span.Start + l.span.End}
			consider(answerFrom(rec, strings.Join(prose.Uniq(l.names), ", "), l.name, sp), ix.cov(aq, rec), 0.15+nearness(rec, sp, aq.terms))
		}
	}
	// "where is Mukdahan": the country it is in.
	for _, p := range aq.ent.places {
		for _, pl := range ix.x.places {
			if pl.Name != p.name {
				continue
			}
			if rec := ix.sentenceOf(pl.Passage, pl.Span); rec != nil {
				// Only when the place is all the question is about.
				bonus := 0.0
				if coverageSet(aq.terms, ix.termsOf(p.name)) > 0.99 {
					bonus = 0.4
				}
				consider(answerFrom(rec, pl.Country, pl.Name+" is in "+pl.Country, pl.Span), 0.5+0.5*ix.cov(aq, rec), bonus)
			}
			break
		}
	}
}

func (ix *Index) answerCountries(aq *asked, consider func(Answer, float64, float64)) {
	q := aq.q
	// "What are the CLMV countries?"
	for _, g := range aq.ent.groups {
		grp := ix.x.groups[g]
		if grp == nil || grp.Passage == nil {
			continue
		}
		rec := ix.sentenceOf(grp.Passage, grp.Span)
		if rec == nil {
			continue
		}
		// Only when the group is what is asked about, not a qualifier:
		// the question's words must be the group's own.
		terms := ix.termsOf(g + " " + strings.Join(grp.Members, " ") + " " + strings.Join(grp.Aliases, " ") + " countries members nations")
		consider(answerFrom(rec, strings.Join(grp.Members, ", "), g+": "+strings.Join(grp.Members, ", "), grp.Span), coverageSet(aq.terms, terms), 0.3)
	}
	// Members of an organisation, or those with a given status.
	for _, o := range aq.ent.orgs {
		var names []string
		var spans []Span
		var rec *sentenceRec
		for _, m := range ix.x.memberships {
			if !strings.Contains(m.Org, o.Name) || (m.Status != StatusMember && m.Status != StatusJoined) {
				continue
			}
			if len(aq.ent.groups) > 0 && !ix.inGroups(m.Country, aq.ent.groups) {
				continue
			}
			names = append(names, m.Country)
			spans = append(spans, m.Span)
			if rec == nil {
				rec = ix.sentenceOf(m.Passage, m.Span)
			}
		}
		if len(names) > 0 && rec != nil && rePlural.MatchString(q) {
			consider(answerFrom(rec, strings.Join(prose.Uniq(names), ", "), "Members of "+o.Name+": "+strings.Join(prose.Uniq(names), ", "), spans...), 0.7+0.3*ix.cov(aq, rec), 0.4)
		}
	}
	statusAsked := len(aq.ent.orgs) > 0 || reStatusCue.MatchString(q)
	for _, m := range ix.x.memberships {
		if !statusAsked {
			break
		}
		rec := ix.sentenceOf(m.Passage, m.Span)
		if rec == nil || !ix.orgAsked(aq, m.Org) {
			continue
		}
		bonus := 0.0
		if re := reStatusWant[m.Status]; re != nil && re.MatchString(q) {
			bonus = 0.25
		}
		if m.Date != nil && strings.Contains(q, strings.ToLower(m.Date.Start.Format("January"))) {
			bonus += 0.1
		}
		consider(answerFrom(rec, m.Country, m.Country+": "+m.Status+" ("+m.Org+")", m.Span), ix.cov(aq, rec), bonus)
	}
	for _, rec := range ix.sents {
		if !ix.entityFit(entities{orgs: aq.ent.orgs, places: aq.ent.places, groups: aq.ent.groups}, rec) {
			continue
		}
		var names []string
		var spans []Span
		for _, m := range rec.geos {
			ns := []string{m.name}
			if m.isGroup {
				g := ix.x.groups[m.name]
				if g == nil || !corpus.Expandable(m.name) {
					continue
				}
				ns = g.Members
			}
			names = append(names, ns...)
			spans = append(spans, Span{Start: rec.span.Start + m.span.Start, End: rec.span.Start + m.span.End})
		}
		// The sentence's subject is the actor, not the answer, when the
		// question asks who benefits.
		if len(names) > 0 && strings.HasPrefix(rec.text, names[0]) && (len(names) > 1 || reBeneficiary.MatchString(q)) {
			names = names[1:]
		}
		var out []string
		for _, n := range prose.Uniq(names) {
			if !contains(aq.ent.countries, n) && !ix.inGroups(n, expandableOnly(aq.ent.groups)) {
				out = append(out, n)
			}
		}
		if len(out) == 0 {
			continue
		}
		consider(answerFrom(rec, strings.Join(out, ", "), strings.Join(out, ", "), spans...), ix.cov(aq, rec), 0.05)
	}
}

func (ix *Index) inGroups(country string, groups []string) bool {
	for _, g := range groups {
		if grp := ix.x.groups[g]; grp != nil && contains(grp.Members, country) {
			return true
		}
	}
	return false
}

func (ix *Index) answerMember(aq *asked, consider func(Answer, float64, float64)) {
	for _, m := range ix.x.memberships {
		if !contains(aq.ent.countries, m.Country) {
			continue
		}
		rec := ix.sentenceOf(m.Passage, m.Span)
		if rec == nil {
			continue
		}
		if !ix.orgAsked(aq, m.Org) {
			continue
		}
		orgTerms := ix.termCache[m.Org]
		cov := 0.5 + 0.5*coverageSet(aq.terms, mergeTerms(orgTerms, map[string]bool{stemTerm(m.Country): true}, rec.terms))
		span := m.Status
		if m.Status == StatusJoined && m.Date != nil {
			span += " " + m.Date.Text
		}
		line := m.Country + ": " + span + " (" + m.Org + ")"
		if m.Note != "" {
			line += ", " + m.Note
		}
		consider(answerFrom(rec, span, line, m.Span), cov, 0.1)
	}
}

func mergeTerms(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for k := range s {
			out[k] = true
		}
	}
	return out
}

func (ix *Index) answerCount(aq *asked, consider func(Answer, float64, float64)) {
	// "How many countries are in CLMV": count the answer to "which".
	if reCountCountries.MatchString(aq.q) {
		ix.answerCountries(aq, func(a Answer, cov, bonus float64) {
			n := len(strings.Split(a.Span, ", "))
			a.Text = strconv.Itoa(n) + ": " + a.Span
			a.Span = strconv.Itoa(n)
			consider(a, cov, bonus)
		})
	}
	// "How many projects with the ASEAN Secretariat": count a list's items.
	if reCountItems.MatchString(aq.q) {
		for _, d := range ix.docs {
			for _, lead := range d.Passages {
				var items []*Passage
				for _, it := range d.Passages {
					if it.LeadP == lead {
						items = append(items, it)
					}
				}
				if len(items) < 2 {
					continue
				}
				rec := ix.sentenceOf(lead, Span{Start: 0, End: 0})
				if rec == nil || !ix.entityFit(aq.ent, rec) {
					continue
				}
				var names []string
				for _, it := range items {
					names = append(names, prose.Clip(it.Text, 60))
				}
				a := answerFrom(wholePassage(lead), strconv.Itoa(len(items)), strconv.Itoa(len(items))+": "+strings.Join(names, "; "))
				consider(a, ix.cov(aq, rec), 0.2)
			}
		}
	}
	// "How many days was the mission": the length of a date range.
	if m := reCountSpan.FindStringSubmatch(aq.q); m != nil {
		for i := range ix.x.dates {
			d := &ix.x.dates[i]
			rec := ix.sentenceOf(d.Passage, d.Span)
			if d.Precision != "day" || d.End.Equal(d.Start) || !ix.entityFit(aq.ent, rec) {
				continue
			}
			n := int(d.End.Sub(d.Start).Hours()/24) + 1
			unit := "days"
			if strings.HasPrefix(m[1], "week") {
				if n%7 != 0 {
					continue
				}
				n, unit = n/7, "weeks"
			}
			consider(answerFrom(rec, strconv.Itoa(n), strconv.Itoa(n)+" "+unit+" ("+d.Text+")", d.Span), ix.cov(aq, rec), 0.2+nearness(rec, d.Span, aq.terms))
		}
	}
	for _, c := range ix.x.counts {
		rec := ix.sentenceOf(c.Passage, c.Span)
		if !ix.entityFit(aq.ent, rec) {
			continue
		}
		// The counted noun decides: "how many nursing centres" counts
		// centres, not nurses.
		bonus := 0.1
		nw := strings.Fields(c.Noun)
		if head := countedNoun(aq.q); head != "" && stemTerm(nw[len(nw)-1]) == stemTerm(head) {
			bonus += 0.3
		}
		for _, w := range nw {
			for _, t := range aq.terms {
				if stemTerm(w) == t.stem {
					bonus += 0.05
				}
			}
		}
		consider(answerFrom(rec, c.Text, c.Text+" "+c.Noun, c.Span), ix.cov(aq, rec), bonus)
	}
}

func (ix *Index) answerWho(aq *asked, consider func(Answer, float64, float64)) {
	q := aq.q
	if reWhoPays.MatchString(q) {
		for i := range ix.x.shares {
			sh := &ix.x.shares[i]
			rec := ix.sentenceOf(sh.Passage, sh.Span)
			if len(sh.Parties) == 0 || !ix.entityFit(aq.ent, rec, sh.Parties...) {
				continue
			}
			var names []string
			for _, p := range sh.Parties {
				names = append(names, ix.shortName(p))
			}
			consider(answerFrom(rec, strings.Join(names, ", "), strings.Join(sh.Parties, " and ")+" share the cost "+sh.Text, sh.Span), ix.cov(aq, rec), 0.3+nearness(rec, sh.Span, aq.terms))
		}
		for i := range ix.x.amounts {
			am := &ix.x.amounts[i]
			rec := ix.sentenceOf(am.Passage, am.Span)
			if am.Payer == "" || !ix.entityFit(aq.ent, rec, am.Payer) {
				continue
			}
			consider(answerFrom(rec, ix.shortName(am.Payer), am.Payer+" — "+am.Describe(), am.Span), ix.cov(aq, rec), 0.15)
		}
	}
	if rePublished.MatchString(q) {
		for i, d := range ix.docs {
			if d.Publisher == "" {
				continue
			}
			a := Answer{Span: d.Publisher, Text: d.Publisher + " published “" + d.Title + "”", Sentence: d.Title, Passage: d.Passages[0]}
			consider(a, 0.5+0.5*ix.docCoverage(aq, d), 0.5-float64(i)*1e-3)
		}
	}
	if !reAskOrg.MatchString(q) {
		ix.answerPerson(aq, consider)
	}
	named := map[string]bool{}
	for _, o := range aq.ent.orgs {
		named[o.Name] = true
	}
	wantFund := strings.Contains(q, "fund")
	for _, rec := range ix.sents {
		if !ix.entityFit(aq.ent, rec) {
			continue
		}
		cov := ix.cov(aq, rec)
		if cov < minCoverage {
			continue
		}
		// An organisation written twice in a row, "Long Name (ACR)", is
		// answered in the form written first.
		first := map[string]bool{}
		for _, o := range rec.orgs {
			org := ix.x.orgByKey[o.key]
			if org == nil || named[org.Name] || first[o.key] || ix.namedLoosely(aq, org) {
				continue
			}
			first[o.key] = true
			span := Span{Start: rec.span.Start + o.span.Start, End: rec.span.Start + o.span.End}
			bonus := 0.15 + nearness(rec, span, aq.terms)
			if reAtPlace.MatchString(rec.text[:o.span.Start]) {
				bonus -= 0.1 // "set up at WHO": where, not who
			}
			if wantFund && strings.Contains(org.Name, "Fund") {
				bonus += 0.2
			}
			consider(answerFrom(rec, rec.text[o.span.Start:o.span.End], org.Display(), span), cov, bonus)
		}
		// "founded in 1996 by Indonesia, the Philippines and Thailand": the
		// agents of a passive verb, as one list.
		if !reAskOrg.MatchString(q) {
			var names []string
			var first, last Span
			for _, m := range rec.geos {
				if m.isGroup {
					continue
				}
				if len(names) == 0 {
					if !reByAgent.MatchString(rec.text[:m.span.Start]) {
						continue
					}
					first = m.span
				} else if !reNameListGap.MatchString(rec.text[last.End:m.span.Start]) {
					break
				}
				names = append(names, m.name)
				last = m.span
			}
			if len(names) > 0 {
				span := Span{Start: rec.span.Start + first.Start, End: rec.span.Start + last.End}
				consider(answerFrom(rec, strings.Join(names, ", "), strings.Join(names, ", "), span), cov, 0.2+nearness(rec, span, aq.terms))
			}
		}
		// "Who set up the AHPF?": a country can be the answer too, unless
		// an organisation is asked for.
		for _, m := range rec.geos {
			if m.isGroup || contains(aq.ent.countries, m.name) || reAskOrg.MatchString(q) || !reActs.MatchString(rec.text[m.span.End:]) {
				continue
			}
			span := Span{Start: rec.span.Start + m.span.Start, End: rec.span.Start + m.span.End}
			consider(answerFrom(rec, m.name, m.name, span), cov, 0.1+nearness(rec, span, aq.terms))
		}
		// "Who is the workshop for?": the people after "for".
		if reWhoFor.MatchString(q) {
			// Brackets are blanked, not removed, so offsets still hold:
			// "for MFA (Ministry of Foreign Affairs) personnel of".
			blank := reParenGroup.ReplaceAllStringFunc(rec.text, func(p string) string { return strings.Repeat(" ", len(p)) })
			for _, m := range reForWhom.FindAllStringSubmatchIndex(blank, -1) {
				span := Span{Start: rec.span.Start + m[2], End: rec.span.Start + m[3]}
				who := strings.Join(strings.Fields(blank[m[2]:m[3]]), " ")
				consider(answerFrom(rec, who, who, span), cov, 0.3)
			}
		}
	}
}

// countedNoun is the noun a "how many" question counts: the last word
// before the verb ("how many regional nursing centres are there" counts
// centres).
func countedNoun(q string) string {
	i := strings.Index(q, "how many ")
	if i < 0 {
		return ""
	}
	head := ""
	for _, w := range strings.Fields(q[i+len("how many "):]) {
		w = strings.Trim(w, "?.,!")
		if questionStop[w] || prose.Stopwords[w] || countVerbs[w] {
			break
		}
		head = w
	}
	return head
}

var countVerbs = map[string]bool{"does": true, "do": true, "did": true, "are": true, "is": true, "were": true, "was": true,
	"have": true, "has": true, "will": true, "can": true, "get": true, "got": true, "go": true, "went": true, "attend": true}
var (
	reCountSpan      = regexp.MustCompile(`\bhow many\s+(days|weeks)\b`)
	reCountCountries = regexp.MustCompile(`\bhow many\s+(?:\w+\s+)?(countries|nations|members|states)\b`)
	reCountItems     = regexp.MustCompile(`\bhow many\s+(?:\w+\s+)?(projects|programmes|programs|workshops|activities|items|initiatives|courses)\b`)
)

var reParenGroup = regexp.MustCompile(`\([^()]*\)`)

var reForWhom = regexp.MustCompile(`\bfor\s+((?:non-)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:of|from|in)\b`)

// shortName gives an organisation by its acronym when it has one, as
// people say it: "JICA", not "Japan International Cooperation Agency (JICA)".
func (ix *Index) shortName(name string) string {
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		return name[i+2 : len(name)-1]
	}
	return name
}

func (ix *Index) answerPurpose(aq *asked, consider func(Answer, float64, float64)) {
	for _, p := range ix.x.purposes {
		rec := ix.sentenceOf(p.Passage, p.Span)
		if !ix.entityFit(aq.ent, rec) {
			continue
		}
		line := p.Text
		if p.Subject != "" {
			line = p.Subject + ": " + p.Text
		}
		consider(answerFrom(rec, p.Text, line, p.Span), ix.cov(aq, rec), 0.2)
	}
}

// answerOpen answers "tell me about X" with the passage that best covers
// the question; a paragraph that introduces a list brings its items.
func (ix *Index) answerOpen(aq *asked, consider func(Answer, float64, float64)) {
	best := map[*Passage]float64{}
	focus := map[*Passage]float64{}
	for _, rec := range ix.sents {
		if !ix.entityFit(aq.ent, rec) {
			continue
		}
		c := ix.cov(aq, rec)
		// Of equally good sentences, the shorter is more to the point.
		f := -math.Min(0.1, float64(len(rec.text))/5000)
		if c > best[rec.p] || (c == best[rec.p] && f > focus[rec.p]) {
			best[rec.p], focus[rec.p] = c, f
		}
	}
	for p, c := range best {
		text := p.Text
		for _, d := range ix.docs {
			for _, item := range d.Passages {
				if item.Lead == p.Text && item != p {
					text += " " + item.Text
				}
			}
		}
		bonus := focus[p]
		if p.Kind == KindTitle {
			bonus -= 0.2
		}
		// "Tell me about RNEN": where the documents introduce it.
		for _, o := range aq.ent.orgs {
			if o.Passage == p && coverageSet(aq.terms, ix.termsOf(o.Name+" "+o.Acronym)) > 0.99 {
				bonus += 0.1
			}
		}
		a := Answer{Span: text, Text: prose.Clip(text, 300), Sentence: p.Text, Passage: p}
		consider(a, c, bonus-float64(p.Order)*1e-4)
	}
}

// docCoverage is how much of the question, publication words aside, a
// document's title, publisher and name cover.
func (ix *Index) docCoverage(aq *asked, d *Document) float64 {
	var qt []qterm
	for _, t := range aq.terms {
		if !rePublished.MatchString(t.word) {
			qt = append(qt, t)
		}
	}
	c := coverageSet(qt, ix.termCache[d.Title+" "+d.Publisher+" "+strings.ReplaceAll(d.ID, "-", " ")])
	// "the IAI paper": an organisation the question names belongs to the
	// document that defines it.
	for _, o := range aq.ent.orgs {
		if o.Passage != nil && o.Passage.Doc == d {
			c += 0.5
		}
	}
	return c
}

// orgAsked reports whether org is compatible with what the question names:
// any organisation when it names none, else one of those.
func (ix *Index) orgAsked(aq *asked, org string) bool {
	if len(aq.ent.orgs) == 0 {
		// "join ASEAN" asks about ASEAN, not the ASEAN-Japan Centre.
		for _, g := range aq.ent.groups {
			if prose.Fold(org) != prose.Fold(g) && !strings.HasPrefix(prose.Fold(org), prose.Fold(g)+" (") {
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

// dropOrgAcronyms removes question words that only abbreviate a named
// organisation ("ajc"): the organisation itself is checked by entityFit.
func (aq *asked) dropOrgAcronyms() {
	acr := map[string]bool{}
	for _, o := range aq.ent.orgs {
		acr[strings.ToLower(o.Acronym)] = true
		acr[strings.ToLower(prose.DerivedAcronym(o.Name))] = true
	}
	var out []qterm
	for _, t := range aq.terms {
		if !acr[t.word] || t.word == "" {
			out = append(out, t)
		}
	}
	aq.terms = out
}

func expandableOnly(groups []string) []string {
	var out []string
	for _, g := range groups {
		if corpus.Expandable(g) {
			out = append(out, g)
		}
	}
	return out
}

// statusSentence says a membership in words: "Laos intends to join the
// ASEAN-Japan Centre".
func statusSentence(m Membership) string {
	org := "the " + strings.TrimPrefix(m.Org, "the ")
	switch m.Status {
	case StatusIntends:
		return m.Country + " intends to join " + org
	case StatusNonMember:
		return m.Country + " is not a member of " + org
	case StatusObserver:
		return m.Country + " is an observer of " + org
	case StatusJoined:
		return m.Country + " has joined " + org
	default:
		return m.Country + " is a member of " + org
	}
}

// answerOrgLocation answers "where is the ASEAN-Japan Centre": only a
// place written right after the organisation's name ("ASEAN-Japan Centre
// in Tokyo") says where it is. It reports whether the question was of
// that kind, so that nothing looser answers it.
func (ix *Index) answerOrgLocation(aq *asked, consider func(Answer, float64, float64)) bool {
	if len(aq.ent.orgs) == 0 {
		return false
	}
	o := aq.ent.orgs[0]
	if coverageSet(aq.terms, ix.termsOf(o.Name+" "+o.Acronym+" "+prose.DerivedAcronym(o.Name))) < 0.99 {
		return false
	}
	key := prose.Fold(prose.CanonOrg(o.Name))
	for _, rec := range ix.sents {
		for _, m := range rec.orgs {
			if m.key != key {
				continue
			}
			for _, pl := range ix.x.annot[rec.p].places {
				gapStart := rec.span.Start + m.span.End
				if pl.Span.Start < gapStart || pl.Span.Start-gapStart > 20 || !reOrgWhere.MatchString(rec.p.Text[gapStart:pl.Span.Start]) {
					continue
				}
				consider(answerFrom(rec, pl.Name, o.Name+" is in "+pl.Name+", "+pl.Country, pl.Span), 1, 0.3)
			}
		}
	}
	return true
}

// correctWord maps a word the documents lack to one they have: a clipped
// word to the shortest word it begins ("coop" -> "cooperation"), a typo to
// the word within one edit (two for long words). It returns st unchanged
// when nothing is close.
func (ix *Index) correctWord(w, st string) string {
	best, bestD := "", 2
	if len(w) >= 8 {
		bestD = 3
	}
	prefix := ""
	for raw := range ix.rawWords {
		if len(w) < 5 {
			if strings.HasPrefix(raw, w) && (prefix == "" || len(raw) < len(prefix)) {
				prefix = raw
			}
			continue
		}
		if d := prose.EditDistance(raw, w, bestD); d < bestD {
			best, bestD = raw, d
		}
	}
	switch {
	case prefix != "":
		return stemTerm(prefix)
	case best != "":
		return stemTerm(best)
	}
	// Another form of the same word: "prioritise" and "priority" share
	// all but their endings.
	long := ""
	for raw := range ix.rawWords {
		n := commonPrefix(raw, w)
		if n >= 6 && n >= min(len(raw), len(w))-3 && (long == "" || len(raw) < len(long)) {
			long = raw
		}
	}
	if long != "" {
		return stemTerm(long)
	}
	return st
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// namedLoosely reports whether the question names org in other words: its
// rarest word is in the question. "Who pays for the visayas centre" names
// the Visayas Health Training Centre, which is then not its own answer.
func (ix *Index) namedLoosely(aq *asked, org *Org) bool {
	rarest, idf := "", 0.0
	for _, w := range prose.WordRE.FindAllString(strings.ToLower(org.Name), -1) {
		if prose.Stopwords[w] {
			continue
		}
		if st := stemTerm(w); ix.idf[st] > idf {
			rarest, idf = st, ix.idf[st]
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
func (ix *Index) namesAny(text string, countries []string) bool {
	for _, m := range ix.x.allGeoMentions(text) {
		if contains(countries, m.name) {
			return true
		}
	}
	return false
}

var reAsksMany = regexp.MustCompile(`\bwhere\s+(?:are|were)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|all)\b`)

var reYesNoRoute = regexp.MustCompile(`^\s*(?:does|do|did|is|are|will)\b.*\b(?:through|via|pass|passes|go|goes|start|starts|end|ends|connect|connects|link|links|include|includes|reach|reaches|on)\b`)

// answerRouteYesNo answers "does the 2nd corridor go through Saigon" with
// yes or no from the routes the documents give, when the question names a
// place and a project with a route.
func (ix *Index) answerRouteYesNo(aq *asked) (Answer, bool) {
	if !reYesNoRoute.MatchString(aq.q) || len(aq.ent.places) == 0 {
		return Answer{}, false
	}
	// The project is the route whose name the question uses most, and
	// among equals the one through the places it names.
	var best *Project
	bestScore, bestName := 0.0, 0.0
	qw := map[string]bool{}
	for _, w := range prose.QueryTerms(aq.q) {
		qw[stemTerm(w)] = true
	}
	for _, pr := range ix.x.projects {
		if len(pr.Places) < 2 {
			continue
		}
		words := prose.QueryTerms(pr.Name)
		hit := 0
		for _, w := range words {
			if qw[stemTerm(w)] {
				hit++
			}
		}
		name := float64(hit) / float64(max(1, len(words)))
		score := name
		for _, p := range aq.ent.places {
			for _, pl := range pr.Places {
				if pl.Name == p.name {
					score += 0.1
				}
			}
		}
		if score > bestScore {
			best, bestScore, bestName = pr, score, name
		}
	}
	if best == nil || bestName < 0.25 {
		return Answer{}, false
	}
	var names []string
	var spans []Span
	for _, pl := range best.Places {
		names = append(names, pl.Name)
		spans = append(spans, pl.Span)
	}
	rec := ix.sentenceOf(best.Passage, best.Places[0].Span)
	if rec == nil {
		return Answer{}, false
	}
	answer := "yes"
	for _, p := range aq.ent.places {
		switch {
		case !contains(names, p.name),
			reRouteStart.MatchString(aq.q) && names[0] != p.name,
			reRouteEnd.MatchString(aq.q) && names[len(names)-1] != p.name:
			answer = "no"
		}
	}
	a := answerFrom(rec, answer, prose.UpperFirst(answer)+": the "+best.Name+" runs "+strings.Join(names, " – "), spans...)
	a.Found, a.Kind = true, AskWhere
	return a, true
}

var (
	eventEnd   = lexicon.Set("event words end")
	eventStart = lexicon.Set("event words start")
)

// Bonuses for a date whose words match the event a when-question asks
// about. The asking words are strong ("finish", "start"); the sentence's
// are weighed by whether they stand next to the date.
const (
	eventMatch    = 0.3  // the date's clause says the asked event: "completion ... March 2011"
	eventMismatch = 0.25 // it says the other one: "began in 2008" for "when will it finish"
)

// eventFit scores a date at pos in sentence s against the event question q
// asks about: ending or beginning.
func eventFit(q, s string, pos int) float64 {
	var askEnd, askStart bool
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, "?,.!")
		if w == "to" || w == "from" || w == "since" || w == "until" || w == "due" || w == "signed" {
			continue // too common in questions to say which event
		}
		askEnd = askEnd || eventEnd[w]
		askStart = askStart || eventStart[w]
	}
	if askEnd == askStart {
		return 0
	}
	// The words right before the date say what it dates.
	lo := max(0, pos-60)
	if pos > len(s) {
		pos = len(s)
	}
	near := strings.ToLower(s[lo:pos])
	if i := strings.LastIndexAny(near, ";,"); i >= 0 && len(near)-i > 12 {
		near = near[i:]
	}
	var saysEnd, saysStart bool
	for _, w := range strings.FieldsFunc(near, func(r rune) bool { return !prose.IsWordRune(r) }) {
		saysEnd = saysEnd || eventEnd[w]
		saysStart = saysStart || eventStart[w]
	}
	switch {
	case askEnd && saysEnd && !saysStart, askStart && saysStart && !saysEnd:
		return eventMatch
	case askEnd && saysStart && !saysEnd, askStart && saysEnd && !saysStart:
		return -eventMismatch
	}
	return 0
}
