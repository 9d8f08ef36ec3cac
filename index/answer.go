package index

import (
	"math"
	"regexp"
	"sort"
	"strings"

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
	LowConfidence bool
	Closest       []Hit // when not found: the nearest passages
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
	{AskAcronym, regexp.MustCompile(`\b(stand|stands|short for|acronym|abbreviation|full form|full name|spelled out|expansion|expand|meaning of|what does \S+ mean)\b`)},
	{AskCount, regexp.MustCompile(`\bhow many\b|\bnumber of\b`)},
	{AskMoney, regexp.MustCompile(`\bhow much\b|\bwhat (?:amount|sum)\b|\bamount\b|\bhow many (?:dollars|yen)\b|\bbudget\b|\bmoney\b|\bcost\b|\bworth\b|\bdollars?\b|\byen\b`)},
	{AskWhen, regexp.MustCompile(`\bwhen\b|\bwhat (?:date|year|month|day)s?\b|\bwhich (?:date|year|month|day)s?\b|\bsince when\b|\bhow long\b|\bdates?\b|\bwhat time\b`)},
	{AskMember, regexp.MustCompile(`\b(is|are|was|has|have|did)\b.*\b(member|members|joined|join|membership)\b|\bmember(ship)? status\b|\bstatus\b.*\b(centre|center|member)\b`)},
	{AskWhere, regexp.MustCompile(`\bwhere\b|\bwhich (?:city|town|place|location|venue)\b|\bwhat (?:city|town|place|location|venue|route)\b|\blocated\b|\broute\b|\bvenue\b`)},
	{AskCountries, regexp.MustCompile(`\b(which|what) (countries|nations|members|member countries|states)\b|\bwho (is|are) in\b|\bmembers of\b|\bwhich .*countries\b|\bwho are the\b.*\b(members|countries)\b|\blist (the )?(countries|members)\b`)},
	{AskPurpose, regexp.MustCompile(`\bwhat (?:is|are|was|were) .* for\b|\bwhy\b|\bpurpose\b|\baim\b|\bgoal\b|\bwhat does .* do\b|\bobjective\b|\bwhat .* (?:aim|aims|meant) to\b|\bfor what\b`)},
	{AskWho, regexp.MustCompile(`\bwho\b|\bwhich (organi[sz]ation|agency|bank|body|institution|partner|fund)\b|\bwhat (organi[sz]ation|agency|bank|body|institution|fund)\b|\bwith whom\b|\bpartner\b`)},
	{AskOpen, regexp.MustCompile(`\btell me\b|\bwhat (?:is|are|was)\b|\bwhat's\b|\bexplain\b|\bdescribe\b|\binfo\b|\babout\b|\bdetails\b|\boverview\b`)},
}

// classify reads what kind of answer the question wants.
func classify(q string) string {
	for _, k := range kindPatterns {
		if k.re.MatchString(q) {
			if k.kind == AskMember && regexp.MustCompile(`^\s*when\b|\bsince when\b`).MatchString(q) {
				return AskWhen
			}
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
		"give":     {"give", "gave", "given", "provide", "provided", "provision", "disburse", "disbursed", "disbursement", "fund", "funded", "funding", "pay", "paid", "payment", "contribute", "contributed", "contribution", "grant", "granted", "donate", "donated", "spend", "spent", "financ", "finance", "financed", "allocate", "allocated", "put", "money", "sent"},
		"join":     {"join", "joined", "joining", "member", "members", "membership", "accede", "acceded", "admitted", "enter", "entered"},
		"hold":     {"hold", "held", "take", "took", "place", "organize", "organise", "organized", "organised", "host", "hosted", "happen", "happened", "run", "conduct", "conducted"},
		"send":     {"send", "dispatch", "dispatched", "deploy", "deployed"},
		"centre":   {"centre", "center", "centr"},
		"program":  {"program", "programme", "programs", "programmes", "project", "projects", "scheme", "initiative"},
		"organiz":  {"organization", "organisation", "organizations", "organisations"},
		"help":     {"help", "helped", "assist", "assisted", "assistance", "support", "supported", "benefit", "benefited", "aid", "cooperation", "cooperate"},
		"mission":  {"mission", "trip", "visit", "delegation"},
		"road":     {"road", "roads", "way", "corridor", "highway", "route"},
		"train":    {"train", "trained", "training", "trainee", "trainees", "course", "courses"},
		"workshop": {"workshop", "workshops", "seminar", "meeting"},
		"cost":     {"cost", "costs", "share", "shared", "split", "borne", "bear", "basis", "ratio"},
		"web":      {"web", "website", "site", "online"},
		"trade":    {"trade", "trading", "commerce"},
		"drug":     {"drug", "drugs", "narcotics"},
		"hiv":      {"hiv", "aids"},
		"last":     {"last", "previous"},
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
	did get got go went make made lot bit yr pls plz thx thanks hi hey bot iai`) {
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
	lead  map[string]bool // terms of the list's lead-in, for items
}

func (ix *Index) termsOf(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range reWord.FindAllString(text, -1) {
		for _, part := range strings.Split(w, "-") {
			if part != "" && !stopwords[strings.ToLower(part)] {
				out[stemTerm(part)] = true
			}
		}
	}
	addWords := func(s string) {
		for _, w := range reWord.FindAllString(s, -1) {
			if !stopwords[strings.ToLower(w)] {
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
		if g := ix.x.groups[m.name]; g != nil && expandable(m.name) {
			for _, c := range g.Members {
				addWords(c)
			}
		}
	}
	for _, m := range rePlaceCand.FindAllString(text, -1) {
		if pl, ok := gaz.lookupPlace(m); ok {
			addWords(pl.name)
			addWords(pl.country)
		}
	}
	for a, o := range ix.x.orgByKey {
		_ = a
		if o.General && regexp.MustCompile(`\b`+regexp.QuoteMeta(o.Acronym)+`\b`).MatchString(text) {
			addWords(o.Name)
		}
	}
	return out
}

func (ix *Index) buildSentences() {
	df := map[string]int{}
	for _, d := range ix.docs {
		for _, p := range d.Passages {
			a := ix.x.annot[p]
			var lead map[string]bool
			if p.Lead != "" {
				lead = ix.termsOf(p.Lead)
			}
			for _, s := range a.sentences {
				rec := &sentenceRec{p: p, span: s, text: p.Text[s.Start:s.End], lead: lead}
				rec.terms = ix.termsOf(rec.text)
				for t := range rec.terms {
					df[t]++
				}
				ix.sents = append(ix.sents, rec)
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

// qterm is a content word of a question.
type qterm struct {
	word string // as typed, lower case
	stem string // matched against sentence terms
	idf  float64
}

// questionTerms stems a question's content words, correcting typos to the
// nearest word of the corpus and expanding names to their canonical forms.
func (ix *Index) questionTerms(q string) []qterm {
	var out []qterm
	seen := map[string]bool{}
	add := func(w string) {
		st := stemTerm(w)
		if _, ok := ix.idf[st]; !ok && len(w) >= 5 {
			// A typo: the closest corpus term within one edit.
			best, bestD := "", 2
			if len(w) >= 8 {
				bestD = 3
			}
			for t := range ix.idf {
				if d := editDistance(t, st, bestD); d < bestD || (d == bestD-0 && false) {
					best, bestD = t, d
				}
			}
			if best != "" {
				st = best
			}
		}
		if seen[st] {
			return
		}
		seen[st] = true
		idf, ok := ix.idf[st]
		if !ok {
			idf = ix.maxIDF
		}
		out = append(out, qterm{word: w, stem: st, idf: idf})
	}
	for _, w := range reWord.FindAllString(strings.ToLower(q), -1) {
		for _, part := range strings.Split(w, "-") {
			if part == "" || questionStop[part] || stopwords[part] {
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
		case s.terms[t.stem]:
			have += t.idf
		case s.lead[t.stem]:
			have += t.idf / 2
		}
	}
	if total == 0 {
		return 0
	}
	return have / total
}

// entities are what a question names outright.
type entities struct {
	countries []string // named individually (not through a group)
	groups    []string
	orgs      []*Org
	places    []gazPlace
}

func (ix *Index) questionEntities(q string) entities {
	var e entities
	for _, m := range ix.x.allGeoMentions(q) {
		if m.isGroup {
			e.groups = append(e.groups, m.name)
		} else {
			e.countries = append(e.countries, m.name)
		}
	}
	// Typos in country names: "vietnamm", "cambodai".
	for _, w := range reWord.FindAllString(q, -1) {
		lw := strings.ToLower(w)
		if len(lw) < 5 || questionStop[lw] {
			continue
		}
		if gaz.countryByAlias[lw] != "" {
			continue
		}
		for alias, c := range gaz.countryByAlias {
			if len(alias) >= 5 && !strings.Contains(alias, " ") && editDistance(alias, lw, 2) <= 1 {
				e.countries = append(e.countries, c)
			}
		}
	}
	e.countries = uniq(e.countries)
	for _, o := range ix.x.orgMentions(q) {
		if org := ix.x.orgByKey[o.key]; org != nil {
			e.orgs = append(e.orgs, org)
		}
	}
	for i := range ix.x.orgs {
		o := &ix.x.orgs[i]
		if o.Acronym == "" {
			continue
		}
		if regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(o.Acronym) + `\b`).MatchString(q) {
			e.orgs = append(e.orgs, o)
		}
	}
	for _, m := range regexp.MustCompile(`(?i)\b[a-z][\p{L}]+(?:[ -][a-z][\p{L}]+){0,3}\b`).FindAllString(q, -1) {
		ws := strings.Fields(m)
		for n := len(ws); n >= 1; n-- {
			for i := 0; i+n <= len(ws); i++ {
				cand := strings.Join(ws[i:i+n], " ")
				if questionStop[strings.ToLower(cand)] || len(cand) < 4 {
					continue
				}
				if p, ok := gaz.placeByAlias[fold(cand)]; ok {
					e.places = append(e.places, p)
				}
			}
		}
	}
	return e
}

var reWhenJoin = regexp.MustCompile(`\b(join|joined|member|membership|become)\b`)

// Answer answers a plain-English question from the facts: the specific
// span first, then the sentence it comes from. When nothing in the
// documents answers it, Found is false and Closest holds the nearest
// passages.
func (ix *Index) Answer(question string) Answer {
	q := strings.ToLower(CleanQuery(question))
	kind := classify(q)
	qt := ix.questionTerms(q)
	ent := ix.questionEntities(q)
	var best Answer
	var bestScore float64
	consider := func(a Answer, score float64) {
		if score > bestScore {
			best, bestScore = a, score
		}
	}
	switch kind {
	case AskAcronym:
		ix.answerAcronym(q, ent, consider)
	case AskMoney:
		ix.answerMoney(q, qt, ent, consider)
	case AskWhen:
		ix.answerWhen(q, qt, ent, consider)
	case AskWhere:
		ix.answerWhere(q, qt, ent, consider)
	case AskMember:
		ix.answerMember(q, qt, ent, consider)
	case AskCountries:
		ix.answerCountries(q, qt, ent, consider)
	case AskCount:
		ix.answerCount(q, qt, ent, consider)
	case AskWho:
		ix.answerWho(q, qt, ent, consider)
	case AskPurpose:
		ix.answerPurpose(q, qt, ent, consider)
	}
	if bestScore == 0 && (kind == AskOpen || kind == AskPurpose || kind == AskWho) {
		ix.answerOpen(q, qt, ent, consider)
	}
	if bestScore < minScore {
		a := Answer{Kind: kind}
		if res, err := ix.Search(question, 1); err == nil {
			a.Closest = res.Hits[:min(3, len(res.Hits))]
		}
		return a
	}
	best.Found = true
	best.Kind = kind
	if bestScore < confident {
		best.LowConfidence = true
	}
	return best
}

// Score thresholds: below minScore the documents are taken not to answer;
// below confident the answer is shown as uncertain.
const (
	minScore  = 0.45
	confident = 0.6
)

// sentenceOf finds the sentence record holding a span of a passage.
func (ix *Index) sentenceOf(p *Passage, s Span) *sentenceRec {
	for _, r := range ix.sents {
		if r.p == p && s.Start >= r.span.Start && s.Start < r.span.End {
			return r
		}
	}
	return nil
}

// entityFit checks the question's named countries and places against a
// sentence: each must be in it (or in the extra names given). It returns
// false when one is missing, so "how much did Japan give to Malaysia" is
// never answered with another country's figure.
func (ix *Index) entityFit(ent entities, rec *sentenceRec, extra []string) bool {
	if rec == nil {
		return false
	}
	have := map[string]bool{}
	for _, n := range extra {
		have[n] = true
	}
	for _, m := range ix.x.geoMentions(rec.text + " " + rec.p.Lead) {
		have[m.name] = true
		if g := ix.x.groups[m.name]; g != nil && expandable(m.name) {
			for _, c := range g.Members {
				have[c] = true
			}
		}
	}
	for _, pl := range ix.x.annot[rec.p].places {
		if strings.Contains(rec.text+" "+rec.p.Lead, pl.AsWritten) {
			have[pl.Country] = true
			have[pl.Name] = true
		}
	}
	for _, c := range ent.countries {
		if !have[c] {
			return false
		}
	}
	for _, p := range ent.places {
		if !have[p.name] && !have[p.country] {
			return false
		}
	}
	return true
}

// quote returns the sentence and where span sits in it.
func quote(rec *sentenceRec, spans ...Span) (string, []Span) {
	var out []Span
	for _, s := range spans {
		if s.Start >= rec.span.Start && s.End <= rec.span.End {
			out = append(out, Span{s.Start - rec.span.Start, s.End - rec.span.Start})
		}
	}
	return rec.text, mergeSpans(out)
}

func (ix *Index) answerFrom(rec *sentenceRec, span, text string, spans ...Span) Answer {
	s, ss := quote(rec, spans...)
	return Answer{Span: span, Text: text, Sentence: s, SentenceSpans: ss, Passage: rec.p}
}

func (ix *Index) answerAcronym(q string, ent entities, consider func(Answer, float64)) {
	for _, o := range ent.orgs {
		if o.Acronym == "" {
			continue
		}
		rec := ix.sentenceOf(o.Passage, o.Span)
		if rec == nil {
			rec = &sentenceRec{p: o.Passage, span: Span{0, len(o.Passage.Text)}, text: o.Passage.Text}
		}
		text := o.Acronym + " stands for " + o.Name
		a := ix.answerFrom(rec, o.Name, text, o.Span)
		score := 1.0
		if o.General {
			a.Text = o.Acronym + " usually stands for " + o.Name + "; the documents use it without spelling it out"
			score = 0.5
		}
		// Prefer the acronym the question names explicitly, over one that
		// is only part of a longer name in it.
		if regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(o.Acronym) + `\b`).MatchString(q) {
			score += 0.2
		}
		consider(a, score)
	}
	// "What is the acronym for the Asian Development Bank?"
	for i := range ix.x.orgs {
		o := &ix.x.orgs[i]
		if o.Acronym == "" || o.General || !strings.Contains(q, strings.ToLower(o.Name)) {
			continue
		}
		if rec := ix.sentenceOf(o.Passage, o.Span); rec != nil {
			consider(ix.answerFrom(rec, o.Acronym, o.Name+" is abbreviated "+o.Acronym, o.Span), 0.9)
		}
	}
}

var reCurrencyWord = regexp.MustCompile(`\b(yen|dollars?|usd|jpy|us\$)\b`)

func (ix *Index) answerMoney(q string, qt []qterm, ent entities, consider func(Answer, float64)) {
	wantShare := regexp.MustCompile(`\b(share|shared|split|ratio|basis|borne|proportion|percent|%)\b`).MatchString(q)
	for i := range ix.x.amounts {
		am := &ix.x.amounts[i]
		rec := ix.sentenceOf(am.Passage, am.Span)
		if rec == nil {
			continue
		}
		var extra []string
		if am.Payer != "" {
			extra = append(extra, am.Payer)
		}
		if !ix.entityFit(ent, rec, extra) {
			continue
		}
		score := coverage(qt, rec) + 0.35
		if m := reCurrencyWord.FindString(q); m != "" {
			if (strings.HasPrefix(m, "yen") || m == "jpy") != (am.Currency == "JPY") {
				score -= 0.3
			}
		}
		if wantShare {
			score -= 0.3
		}
		consider(ix.answerFrom(rec, am.Text, moneyLine(am), am.Span), score)
	}
	for i := range ix.x.shares {
		sh := &ix.x.shares[i]
		rec := ix.sentenceOf(sh.Passage, sh.Span)
		if rec == nil || !ix.entityFit(ent, rec, sh.Parties) {
			continue
		}
		score := coverage(qt, rec) + 0.2
		if wantShare {
			score += 0.3
		}
		line := sh.Text + " cost share"
		if len(sh.Parties) > 0 {
			line += " between " + strings.Join(sh.Parties, " and ")
		}
		if sh.What != "" {
			line += ", for " + sh.What
		}
		consider(ix.answerFrom(rec, sh.Text, line, sh.Span), score)
	}
}

// moneyLine is the answer line for an amount: the figure, then how, by
// whom, when, through what and for what.
func moneyLine(am *Amount) string {
	var b strings.Builder
	b.WriteString(am.Text)
	if am.Verb != "" {
		b.WriteString(", " + am.Verb)
	}
	if am.Payer != "" {
		b.WriteString(" by " + am.Payer)
	}
	if am.Date != nil {
		b.WriteString(" in " + am.Date.Resolved())
	}
	if am.Via != "" {
		b.WriteString(" through the " + strings.TrimPrefix(am.Via, "the "))
	}
	if am.Purpose != "" {
		b.WriteString(", for " + strings.TrimPrefix(am.Purpose, "the "))
	}
	return b.String()
}

func (ix *Index) answerWhen(q string, qt []qterm, ent entities, consider func(Answer, float64)) {
	joinQ := reWhenJoin.MatchString(q)
	for i := range ix.x.dates {
		d := &ix.x.dates[i]
		rec := ix.sentenceOf(d.Passage, d.Span)
		if rec == nil || !ix.entityFit(ent, rec, nil) {
			continue
		}
		score := coverage(qt, rec) + 0.3
		// Of several dates in a sentence, prefer the one nearest the
		// question's words.
		score -= 0.02 * float64(distanceToTerms(rec, d.Span, qt)) / 20
		span := d.Resolved()
		line := span
		if d.Since {
			line = "since " + span
		}
		if d.Relative {
			line += " (“" + d.Text + "” in a document of " + d.Passage.Doc.DateText + ")"
		}
		line += " — " + clip(rec.text, 160)
		consider(ix.answerFrom(rec, span, line, d.Span), score)
	}
	if joinQ {
		for _, m := range ix.x.memberships {
			if m.Date == nil || len(ent.countries) > 0 && !contains(ent.countries, m.Country) {
				continue
			}
			rec := ix.sentenceOf(m.Passage, m.Date.Span)
			if rec == nil {
				continue
			}
			score := coverage(qt, rec) + 0.5
			consider(ix.answerFrom(rec, m.Date.Resolved(), m.Date.Resolved()+" — "+m.Country+" "+m.Status+" the "+m.Org, m.Date.Span), score)
		}
	}
}

// distanceToTerms is how many bytes separate span from the nearest word of
// the sentence that matches a question term.
func distanceToTerms(rec *sentenceRec, span Span, qt []qterm) int {
	best := len(rec.text)
	want := map[string]bool{}
	for _, t := range qt {
		want[t.stem] = true
	}
	for _, w := range words(rec.text) {
		if !want[stemTerm(w.text)] {
			continue
		}
		pos := rec.span.Start + w.span.Start
		d := pos - span.End
		if pos < span.Start {
			d = span.Start - pos
		}
		if d < 0 {
			d = 0
		}
		best = min(best, d)
	}
	return best
}

var reRouteWords = regexp.MustCompile(`\b(corridor|route|road|way|run|runs|go|goes|connect|connects|link|links|from|between)\b`)

func (ix *Index) answerWhere(q string, qt []qterm, ent entities, consider func(Answer, float64)) {
	// Routes: a project's places in order.
	if reRouteWords.MatchString(q) {
		for _, pr := range ix.x.projects {
			if len(pr.Places) < 2 {
				continue
			}
			rec := ix.sentenceOf(pr.Passage, pr.Places[0].Span)
			if rec == nil {
				continue
			}
			score := nameScore(q, pr)*0.6 + coverage(qt, rec)*0.4 + 0.3
			var names []string
			var spans []Span
			for _, pl := range pr.Places {
				names = append(names, pl.Name)
				spans = append(spans, pl.Span)
			}
			consider(ix.answerFrom(rec, strings.Join(names, ", "), pr.Name+": "+strings.Join(names, " – "), spans...), score)
		}
	}
	for _, pl := range ix.x.places {
		rec := ix.sentenceOf(pl.Passage, pl.Span)
		if rec == nil {
			continue
		}
		// Asking where a place is: its country.
		named := false
		for _, p := range ent.places {
			if p.name == pl.Name {
				named = true
			}
		}
		if named {
			continue
		}
		if !ix.entityFit(ent, rec, nil) {
			continue
		}
		score := coverage(qt, rec) + 0.3
		score -= 0.02 * float64(distanceToTerms(rec, pl.Span, qt)) / 20
		line := pl.Name + ", " + pl.Country
		if pl.AsWritten != pl.Name {
			line += " (written “" + pl.AsWritten + "”)"
		}
		consider(ix.answerFrom(rec, pl.Name, line, pl.Span), score)
	}
	for _, p := range ent.places {
		// "where is Mukdahan": the country it is in.
		for _, pl := range ix.x.places {
			if pl.Name == p.name {
				if rec := ix.sentenceOf(pl.Passage, pl.Span); rec != nil {
					consider(ix.answerFrom(rec, pl.Country, pl.Name+" is in "+pl.Country, pl.Span), 0.5+coverage(qt, rec)*0.3)
				}
				break
			}
		}
	}
	// No place: the countries the sentence names ("sent to CLMV and Thailand").
	ix.answerCountries(q, qt, ent, func(a Answer, s float64) { consider(a, s-0.1) })
}

func (ix *Index) answerCountries(q string, qt []qterm, ent entities, consider func(Answer, float64)) {
	for _, g := range ent.groups {
		grp := ix.x.groups[g]
		if grp == nil || grp.Passage == nil {
			continue
		}
		rec := ix.sentenceOf(grp.Passage, Span{0, 0})
		for _, r := range ix.sents {
			if r.p == grp.Passage && strings.Contains(r.text, g) {
				rec = r
				break
			}
		}
		if rec == nil {
			continue
		}
		consider(ix.answerFrom(rec, strings.Join(grp.Members, ", "), g+": "+strings.Join(grp.Members, ", ")), 0.9)
	}
	// Members of an organisation.
	if regexp.MustCompile(`\b(member|members|join|joined|in the|belong)\b`).MatchString(q) {
		for _, o := range ent.orgs {
			var names []string
			var last Membership
			for _, m := range ix.x.memberships {
				if strings.Contains(m.Org, o.Name) && (m.Status == StatusMember || m.Status == StatusJoined) {
					names = append(names, m.Country)
					last = m
				}
			}
			if len(names) > 0 {
				if rec := ix.sentenceOf(last.Passage, last.Span); rec != nil {
					consider(ix.answerFrom(rec, strings.Join(uniq(names), ", "), "Members of "+o.Name+": "+strings.Join(uniq(names), ", "), last.Span), 0.85)
				}
			}
		}
	}
	for _, rec := range ix.sents {
		var names []string
		var spans []Span
		for _, m := range ix.x.geoMentions(rec.text) {
			ns := []string{m.name}
			if m.isGroup {
				g := ix.x.groups[m.name]
				if g == nil || !expandable(m.name) {
					continue
				}
				ns = g.Members
			}
			for _, n := range ns {
				if !contains(ent.countries, n) {
					names = append(names, n)
				}
			}
			spans = append(spans, Span{rec.span.Start + m.span.Start, rec.span.Start + m.span.End})
		}
		// The sentence's subject is the actor, not the answer.
		if len(names) > 1 && strings.HasPrefix(rec.text, names[0]) {
			names = names[1:]
		}
		names = uniq(names)
		if len(names) == 0 {
			continue
		}
		score := coverage(qt, rec) + 0.2
		consider(ix.answerFrom(rec, strings.Join(names, ", "), strings.Join(names, ", "), spans...), score)
	}
}

func (ix *Index) answerMember(q string, qt []qterm, ent entities, consider func(Answer, float64)) {
	for _, m := range ix.x.memberships {
		if len(ent.countries) > 0 && !contains(ent.countries, m.Country) {
			continue
		}
		rec := ix.sentenceOf(m.Passage, m.Span)
		if rec == nil {
			continue
		}
		score := coverage(qt, rec)*0.5 + 0.3
		if contains(ent.countries, m.Country) {
			score += 0.3
		}
		for _, o := range ent.orgs {
			if strings.Contains(m.Org, o.Name) {
				score += 0.2
			}
		}
		terms := ix.termsOf(m.Org)
		for _, t := range qt {
			if terms[t.stem] {
				score += 0.1
			}
		}
		span := m.Status
		if m.Status == StatusJoined && m.Date != nil {
			span += " " + m.Date.Text
		}
		line := m.Country + ": " + span + " (" + m.Org + ")"
		if m.Note != "" {
			line += ", " + m.Note
		}
		consider(ix.answerFrom(rec, span, line, m.Span), score)
	}
}

func (ix *Index) answerCount(q string, qt []qterm, ent entities, consider func(Answer, float64)) {
	for _, c := range ix.x.counts {
		rec := ix.sentenceOf(c.Passage, c.Span)
		if rec == nil || !ix.entityFit(ent, rec, nil) {
			continue
		}
		score := coverage(qt, rec) + 0.3
		for _, w := range strings.Fields(c.Noun) {
			for _, t := range qt {
				if stemTerm(w) == t.stem {
					score += 0.2
				}
			}
		}
		consider(ix.answerFrom(rec, c.Text, c.Text+" "+c.Noun, c.Span), score)
	}
}

var reWhoPays = regexp.MustCompile(`\b(pay|pays|paid|fund|funds|funded|finance|finances|bear|bears|borne|cost|costs|share|shares|split)\b`)

func (ix *Index) answerWho(q string, qt []qterm, ent entities, consider func(Answer, float64)) {
	if reWhoPays.MatchString(q) {
		for i := range ix.x.shares {
			sh := &ix.x.shares[i]
			rec := ix.sentenceOf(sh.Passage, sh.Span)
			if rec == nil || len(sh.Parties) == 0 {
				continue
			}
			score := coverage(qt, rec) + 0.35
			consider(ix.answerFrom(rec, strings.Join(sh.Parties, ", "), strings.Join(sh.Parties, " and ")+" share the cost "+sh.Text, sh.Span), score)
		}
		for i := range ix.x.amounts {
			am := &ix.x.amounts[i]
			rec := ix.sentenceOf(am.Passage, am.Span)
			if rec == nil || am.Payer == "" {
				continue
			}
			score := coverage(qt, rec) + 0.25
			consider(ix.answerFrom(rec, am.Payer, am.Payer+" — "+moneyLine(am), am.Span), score)
		}
	}
	named := map[string]bool{}
	for _, o := range ent.orgs {
		named[o.Name] = true
	}
	for _, rec := range ix.sents {
		if !ix.entityFit(ent, rec, nil) {
			continue
		}
		for _, o := range ix.x.orgMentions(rec.text) {
			org := ix.x.orgByKey[o.key]
			if org == nil || named[org.Name] {
				continue
			}
			// The organisation nearest the question's words answers it.
			span := Span{rec.span.Start + o.span.Start, rec.span.Start + o.span.End}
			score := coverage(qt, rec) + 0.25 - 0.02*float64(distanceToTerms(rec, span, qt))/20
			consider(ix.answerFrom(rec, org.Name, displayOrg(org), span), score)
		}
	}
}

func (ix *Index) answerPurpose(q string, qt []qterm, ent entities, consider func(Answer, float64)) {
	for _, p := range ix.x.purposes {
		rec := ix.sentenceOf(p.Passage, p.Span)
		if rec == nil || !ix.entityFit(ent, rec, nil) {
			continue
		}
		score := coverage(qt, rec) + 0.3
		line := p.Text
		if p.Subject != "" {
			line = p.Subject + ": " + p.Text
		}
		consider(ix.answerFrom(rec, p.Text, line, p.Span), score)
	}
}

// answerOpen answers "tell me about X" with the passage that best covers
// the question.
func (ix *Index) answerOpen(q string, qt []qterm, ent entities, consider func(Answer, float64)) {
	type cand struct {
		p     *Passage
		score float64
	}
	best := map[*Passage]float64{}
	for _, rec := range ix.sents {
		if !ix.entityFit(ent, rec, nil) {
			continue
		}
		if c := coverage(qt, rec); c > best[rec.p] {
			best[rec.p] = c
		}
	}
	var cs []cand
	for p, s := range best {
		cs = append(cs, cand{p, s})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return less(cs[i].p, cs[j].p)
	})
	if len(cs) == 0 || cs[0].score == 0 {
		return
	}
	p := cs[0].p
	rec := &sentenceRec{p: p, span: Span{0, len(p.Text)}, text: p.Text}
	consider(ix.answerFrom(rec, p.Text, clip(p.Text, 300)), cs[0].score+0.1)
}
