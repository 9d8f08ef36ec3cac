package qa

import (
	"strings"

	porter "github.com/blevesearch/go-porterstemmer"

	"github.com/iaibot/iaibot/index/internal/prose"
)

// synonyms map words that mean the same thing here to one stem, so "give",
// "provide" and "disburse" match each other.
var synonyms = map[string]string{}

func init() {
	groups := map[string][]string{
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
	}
	// A word listed under one canon and the stem of a word listed under
	// another ("meet" and "meeting", "aid" and "aids") go to the listed
	// word's canon, and two stems to the first canon in order: the table
	// must be the same in every process, or a model built in one would not
	// match the questions of the next.
	for _, canon := range sortedKeys(groups) {
		for _, w := range groups[canon] {
			if st := porter.StemString(w); synonyms[st] == "" {
				synonyms[st] = canon
			}
		}
	}
	for _, canon := range sortedKeys(groups) {
		for _, w := range groups[canon] {
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

// Thresholds of typo correction.
const (
	// minCorrected is the shortest question word corrected to a word of
	// the documents: shorter ones are too close to too many.
	minCorrected = 4
	// minTermLen is the shortest question word kept: single letters carry
	// no topic.
	minTermLen = 2
	// minTypo is the shortest word corrected by edit distance; a shorter
	// one is taken as clipped ("coop") and completed instead.
	minTypo = 5
	// typoEdits is how many edits a typo may be off by; longTypoEdits for
	// a word of longWord letters or more, where two slips are common and
	// still leave it unmistakable.
	typoEdits     = 1
	longTypoEdits = 2
	longWord      = 8
	// minSharedStem and maxEndingDiff read "prioritise" as "priority":
	// at least minSharedStem letters in common at the start, and at most
	// maxEndingDiff more in the shorter word.
	minSharedStem = 6
	maxEndingDiff = 3
)

// questionTerms stems a question's content words, correcting typos to the
// nearest word of the corpus and expanding names to their canonical forms.
func (md *Model) questionTerms(q string) []qterm {
	var out []qterm
	seen := map[string]bool{}
	add := func(w string) {
		st := stemTerm(w)
		if _, ok := md.idf[st]; !ok && len(w) >= minCorrected {
			st = md.correctWord(w, st)
		}
		if seen[st] {
			return
		}
		seen[st] = true
		idf, ok := md.idf[st]
		if !ok {
			idf = md.maxIDF
		}
		out = append(out, qterm{word: w, stem: st, alts: altStems[w], idf: idf})
	}
	for _, w := range prose.WordRE.FindAllString(strings.ToLower(q), -1) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		for _, part := range strings.Split(w, "-") {
			if len(part) < minTermLen || questionStop[part] || prose.Stopwords[part] {
				continue
			}
			add(part)
		}
	}
	return out
}

// correctWord maps a word the documents lack to one they have: a clipped
// word to the shortest word it begins ("coop" -> "cooperation"), a typo to
// the word within one edit (two for long words). It returns st unchanged
// when nothing is close.
func (md *Model) correctWord(w, st string) string {
	limit := typoEdits + 1
	if len(w) >= longWord {
		limit = longTypoEdits + 1
	}
	// Of words equally close, the first in alphabetical order, so that
	// the answer does not depend on the order of a map.
	best, bestD := "", limit
	prefix := ""
	for raw := range md.rawWords {
		if len(w) < minTypo {
			if strings.HasPrefix(raw, w) && (prefix == "" || len(raw) < len(prefix) || len(raw) == len(prefix) && raw < prefix) {
				prefix = raw
			}
			continue
		}
		if d := prose.EditDistance(raw, w, limit); d < bestD || d == bestD && d < limit && raw < best {
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
	for raw := range md.rawWords {
		n := commonPrefix(raw, w)
		if n >= minSharedStem && n >= min(len(raw), len(w))-maxEndingDiff && (long == "" || len(raw) < len(long) || len(raw) == len(long) && raw < long) {
			long = raw
		}
	}
	if long != "" {
		return stemTerm(long)
	}
	return st
}

// commonPrefix is how many bytes a and b share at the start.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
