package qa

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of coverage: how much of a question a sentence and its
// surroundings hold.
const (
	// leadWeight is what a word in a list's lead-in or the section title
	// counts for: it frames the sentence but is not said by it.
	leadWeight = 0.5
	// sentenceShare and passageShare split a candidate's coverage between
	// its own sentence and its passage (with lead-in and section title):
	// the sentence must carry most of the question; the passage says what
	// a sentence is about when the sentence does not name it.
	sentenceShare = 0.7
	passageShare  = 0.3
	// fullCoverage is coverage that counts as all of the question, short
	// of rounding: the question is nothing but a name.
	fullCoverage = 0.99
)

// orgNamedBonus ranks a sentence that names every organisation the
// question names above one that leaves them to its passage: small, so
// that it only orders sentences that match the question alike.
const orgNamedBonus = 0.05

// orgNamedKinds are the kinds of question whose facts stand in a
// sentence that may or may not name the body: a list of members names it
// in its line, not its sentence. A sum has orgInSentenceBonus of its own.
var orgNamedKinds = map[string]bool{AskWhen: true, AskCount: true, AskWho: true, AskPurpose: true}

// coverageHolding is the idf-weighted share of question terms a sentence
// has, counting the terms held as in it (held may be nil); the lead-in of
// a list counts for leadWeight.
func coverageHolding(qt []qterm, s *sentenceRec, held func(qterm) bool) float64 {
	var have, total float64
	for _, t := range qt {
		total += t.idf
		switch {
		case held != nil && held(t) || s.terms.holds(t):
			have += t.idf
		case s.lead.holds(t):
			have += t.idf * leadWeight
		}
	}
	if total == 0 {
		return 1
	}
	return have / total
}

// cand is a scored answer: cov says how well its source covers the
// question and decides whether it is an answer at all; bonus only ranks
// candidates that pass.
type cand struct {
	a          Answer
	cov, bonus float64
}

// offerFunc takes a candidate answer: how much of the question its source
// covers, and the bonus that ranks it among candidates that cover enough.
type offerFunc func(a Answer, cov, bonus float64)

// minCoverage is the least share of the question (by idf) a source must
// cover to answer it. Answers above it are not marked by how sure they
// are: measured on the corpus evaluation, a lower coverage was right 45%
// of the time and a higher one 64%, too close to tell a reader anything.
const minCoverage = 0.5

// pick is the candidate with the most coverage and bonus together among
// those that cover at least minCoverage; of equals, the first offered.
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

// cov is how much of the question a sentence covers, counting its passage
// (with a list's lead-in and the section title) for a little.
func (md *Model) cov(aq *asked, rec *sentenceRec) float64 {
	if rec == nil {
		return 0
	}
	// Many facts share a sentence: weigh each sentence once a question.
	if v, ok := aq.covMemo[rec]; ok {
		return v
	}
	held := md.impliedHeld(aq, rec.p.Doc)
	// "Who led the Thai delegation" is covered by "Thailand, led by Mr.
	// Pongsak": a word of the question that names a country is held by a
	// sentence that names the country, however it writes it.
	if len(aq.termCountry) > 0 && len(rec.have) > 0 {
		implied := held
		held = func(t qterm) bool {
			if c, ok := aq.termCountry[t.stem]; ok && rec.have[c] {
				return true
			}
			return implied != nil && implied(t)
		}
	}
	// "A total of ¥1.8 billion was extended, of which ¥700 million for
	// Myanmar" after "The Sakura Microcredit Facility ... is financed by
	// Japan": a sentence that names no body of its own, in a passage that
	// names the one asked, holds the words of its name.
	if len(rec.orgs) == 0 {
		if words := md.askedBodyWords(aq, rec); len(words) > 0 {
			prev := held
			held = func(t qterm) bool { return words[t.stem] || prev != nil && prev(t) }
		}
	}
	// "How much of Japan's commitment was ODA loans" of "Of this,
	// ¥61.4 billion took the form of ODA loans" after the sentence that
	// gives the commitment: the part holds the words of the whole it is
	// of, for a question that asks a part of a whole.
	// The part asked must be the sentence's own: "how much of the total
	// was grant aid" is not "Of this, ¥520 million was provided to
	// Cambodia" after a sentence on a grant.
	if part := aq.partAsked(); part != "" && reOfThisOpens.MatchString(rec.text) && aq.partHeld(part, rec) {
		if before := md.sentenceBefore(rec); before != nil {
			prev := held
			held = func(t qterm) bool { return before.terms.holds(t) || prev != nil && prev(t) }
		}
	}
	// "Why is Thailand excluded" of "Thailand is not eligible, because
	// ...": a sentence that says an exclusion holds the words the question
	// asks one with.
	if rec.excludes() {
		prev := held
		held = func(t qterm) bool { return exclusionAsked[t.word] || prev != nil && prev(t) }
	}
	// "Where is the next ADRFWG meeting" of "A fourth meeting is planned
	// to take place in Jakarta": a sentence that speaks of what is to
	// come holds the word that asks for it. One of what is past does not.
	// Only of a place: a date to come is as often of another act
	// planned ("construction is scheduled to begin in October 2016") as
	// of the next meeting asked.
	if aq.kind == AskWhere && rec.speaksOfFuture() {
		prev := held
		held = func(t qterm) bool { return futureCueAsked[t.word] || prev != nil && prev(t) }
	}
	v := md.covHolding(aq, rec, held)
	if aq.covMemo == nil {
		aq.covMemo = map[*sentenceRec]float64{}
	}
	aq.covMemo[rec] = v
	return v
}

var (
	// reOfWholeAskedAny asks a part of a whole: "how much of", "how many
	// of".
	// Its group is what the part is: "ODA loans" of "how much of
	// Japan's commitment was ODA loans".
	reOfWholeAskedAny = regexp.MustCompile(`\bhow\s+(?:much|many)\s+of\s+.+?\s+(?:was|were|is|are|went\s+to|goes\s+to|came\s+from)\s+(.+?)\s*\??$`)
	// reOfThisOpens opens a sentence with the whole before it that it
	// takes a part of: "Of this,", "Of these".
	reOfThisOpens = regexp.MustCompile(`^\s*(?:Of|Out\s+of)\s+(?:this|these|that|those|the\s+total|this\s+(?:amount|sum|total))\b`)
)

// partAsked is what a question that asks a part of a whole asks the
// part to be, read once: every sentence weighed asks it.
func (aq *asked) partAsked() string {
	if !aq.partRead {
		if m := reOfWholeAskedAny.FindStringSubmatch(aq.q); m != nil {
			aq.partWords = m[1]
		}
		aq.partRead = true
	}
	return aq.partWords
}

// partHeld reports whether rec's own words hold every question term
// written in part, and part has one.
func (aq *asked) partHeld(part string, rec *sentenceRec) bool {
	n := 0
	for _, t := range aq.terms {
		if !hasPhrase(part, t.word) {
			continue
		}
		if !rec.terms.holds(t) {
			return false
		}
		n++
	}
	return n > 0
}

// exclusionAsked are the words a question asks an exclusion with.
var exclusionAsked = lexicon.Set("exclusion words of a question")

// askedBodyWords are the stems of the names of the bodies the question
// names that the sentence before rec, in its passage, names, or nil. Not
// when rec names a thing of its own ("the Joint Hydrographic Resurvey of
// the Straits"), which it speaks of instead.
func (md *Model) askedBodyWords(aq *asked, rec *sentenceRec) map[string]bool {
	if len(aq.ent.orgs) == 0 {
		return nil
	}
	sents := md.sentsOf[rec.p]
	k := slices.Index(sents, rec)
	if k < 1 || len(sents[k-1].orgs) == 0 || len(md.sentenceTitleNames(rec.p, rec.text)) > 0 {
		return nil
	}
	var out map[string]bool
	for i, o := range aq.ent.orgs {
		if !slices.ContainsFunc(sents[k-1].orgs, func(m OrgMention) bool { return m.Key == aq.ent.orgKeys[i] }) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		maps.Copy(out, md.termsOf(o.Name))
	}
	return out
}

// countryTerms maps the stem of each question word that names a country
// to the country, read once a question.
func (md *Model) countryTerms(aq *asked) map[string]string {
	if aq.termCountry == nil {
		aq.termCountry = map[string]string{}
		for i, t := range aq.terms {
			if ms := md.src.CountriesAnyCase(t.word); len(ms) > 0 {
				aq.termCountry[t.stem] = ms[0].Name
				continue
			}
			// A name of two words: "viet nam".
			if i+1 < len(aq.terms) {
				if ms := md.src.CountriesAnyCase(t.word + " " + aq.terms[i+1].word); len(ms) == 1 && ms[0].Span.Start == 0 && ms[0].Span.End == len(t.word)+1+len(aq.terms[i+1].word) {
					aq.termCountry[t.stem] = ms[0].Name
					aq.termCountry[aq.terms[i+1].stem] = ms[0].Name
				}
			}
		}
	}
	return aq.termCountry
}

// impliedHeld holds the question's words that name a country doc is
// about throughout (see Model.implicit): "how much did the WFP get from
// Japan" is covered by "US$12 million to the WFP" in a release of Japan's
// foreign ministry. It is nil when the question names no such country.
func (md *Model) impliedHeld(aq *asked, doc *corpus.Document) func(qterm) bool {
	if len(md.countryTerms(aq)) == 0 || len(md.implicit[doc]) == 0 {
		return nil
	}
	if f, ok := aq.impliedBy[doc]; ok {
		return f
	}
	implied := md.implicit[doc]
	f := func(t qterm) bool {
		c, ok := aq.termCountry[t.stem]
		return ok && slices.Contains(implied, c)
	}
	if aq.impliedBy == nil {
		aq.impliedBy = map[*corpus.Document]func(qterm) bool{}
	}
	aq.impliedBy[doc] = f
	return f
}

// covHolding is cov with the question terms held counted as in the
// sentence, for a sentence that says them by its form rather than its
// words: "from January 2022 to December 2026" says when work starts. held
// may be nil.
func (md *Model) covHolding(aq *asked, rec *sentenceRec, held func(qterm) bool) float64 {
	if rec == nil {
		return 0
	}
	return sentenceShare*coverageHolding(aq.terms, rec, held) + passageShare*coverageOfSet(aq.terms, md.ctxTerms[rec.p])
}

// coverageSet is the idf-weighted share of question terms a set of terms
// holds.
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

// Weights of nearness: how close the question's words stand to a fact.
const (
	// nearnessWeight is the most nearness adds to a bonus: enough to rank
	// facts that share a sentence, too little to lift a weak one.
	nearnessWeight = 0.15
	// nearnessReach is how many bytes from the fact a word still counts as
	// near at all; past it a word adds nothing.
	nearnessReach = 200
	// sameClause is the least a word in the fact's own clause counts,
	// however far: the clause is what speaks of the fact.
	sameClause = 0.5
	// otherClause divides what a word in another clause counts: "while
	// those of the Chiang Mai centre" is about the other figure.
	otherClause = 3
)

// nearness is up to nearnessWeight: how many of the question's words
// share the span's clause, and how close they stand. It ranks facts that
// share a sentence: in "costs of the Surabaya centre are shared 70:30 ...,
// while those of the Chiang Mai centre are met ... on a 60-40 basis", a
// question about Chiang Mai is about 60-40.
func (aq *asked) nearness(rec *sentenceRec, span corpus.Span) float64 {
	return aq.nearnessOf(aq.terms, rec, span)
}

// nearnessOf is nearness for some of the question's words.
func (aq *asked) nearnessOf(qt []qterm, rec *sentenceRec, span corpus.Span) float64 {
	if len(qt) == 0 {
		return 0
	}
	cl := aq.clauseAround(rec, span)
	words := rec.stemmedWords()
	score := 0.0
	for _, t := range qt {
		best := 0.0
		for _, w := range words {
			pos := rec.span.Start + w.span.Start
			if pos >= span.Start && pos < span.End {
				continue
			}
			if w.stem != t.stem && !slices.Contains(t.alts, w.stem) {
				continue
			}
			// "an observer since 2018" stands near its date by a
			// preposition that says a start, not by the question's own
			// "launched": eventFit weighs such words.
			if raw := strings.ToLower(rec.text[w.span.Start:w.span.End]); weakEventWord[raw] && raw != t.word {
				continue
			}
			d := pos - span.End
			if pos < span.Start {
				d = span.Start - pos
			}
			v := math.Max(0, 1-float64(d)/nearnessReach)
			// "within 12 months and standard projects within 24
			// months": a word past an "and" after the fact, before the
			// number of the next conjunct, is about the next fact. In
			// "72 volunteers — 58 JOCVs and 14 Senior Volunteers" the
			// last word is the 14's own; in "shared two-to-one by Japan
			// and Thailand" no number follows Thailand.
			after := false
			if pos >= span.End {
				between := rec.text[span.End-rec.span.Start : w.span.Start]
				rest := rec.text[w.span.End:]
				if j := strings.IndexAny(rest, ",;:—("); j >= 0 {
					rest = rest[:j]
				}
				if i := strings.LastIndex(between, " and "); i >= 0 && !strings.ContainsAny(between[i:], "0123456789") && strings.ContainsAny(rest, "0123456789") {
					after = true
				}
			}
			if pos >= cl.Start && pos < cl.End && !after {
				v = sameClause + v*(1-sameClause)
			} else {
				v /= otherClause
			}
			best = math.Max(best, v)
		}
		score += best
	}
	return nearnessWeight * score / float64(len(qt))
}

// clauseAround is prose.ClauseAround of a sentence, with the sentence's
// clause breaks found once and kept on it: questions weigh many facts of
// the same sentences.
func (aq *asked) clauseAround(rec *sentenceRec, span corpus.Span) corpus.Span {
	br := rec.breaks.Load()
	if br == nil {
		b := prose.ClauseBreaks(rec.text)
		br = &b
		rec.breaks.Store(br)
	}
	return prose.ClauseAroundBreaks(*br, rec.text, rec.span.Start, span)
}

// predicateWeight ranks facts of one kind that share a sentence by the
// question's words in each one's own predicate, the words between it and
// the fact before it: of "signed in Jakarta on 18 October 2011 ... and
// entered into force on 12 July 2012", "enter into force" dates the
// second; of "Japan has funded 487 projects ... the total reaches 492
// projects", "funded" counts the first.
const predicateWeight = 0.1

// predicates remembers, per passage, where the last fact weighed ended, so
// that each fact's predicate starts after it. Facts are weighed in text
// order.
type predicates map[*corpus.Passage]int

// start is where the predicate of the next fact weighed in rec starts: after
// the last fact weighed in its sentence.
func (pr predicates) start(rec *sentenceRec) int { return max(rec.span.Start, pr[rec.p]) }

// bonus is the predicate bonus of the fact at span in rec.
func (pr predicates) bonus(aq *asked, rec *sentenceRec, span corpus.Span) float64 {
	from := pr.start(rec)
	pr[rec.p] = span.End
	return predicateWeight * aq.predicateShare(rec, from, span.Start)
}

// predicateShare is the idf-weighted share of the question's words that
// stand in the sentence between from and to, passage offsets: the words
// that lead up to a fact and say what it is. Event words are left to
// eventFit.
func (aq *asked) predicateShare(rec *sentenceRec, from, to int) float64 {
	var have, total float64
	words := rec.stemmedWords()
	for _, t := range aq.terms {
		if eventEnd[t.word] || eventStart[t.word] {
			// eventFit weighs the event words already.
			continue
		}

		total += t.idf
		for _, w := range words {
			pos := rec.span.Start + w.span.Start
			if pos >= from && pos < to && (w.stem == t.stem || slices.Contains(t.alts, w.stem)) {
				have += t.idf
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	return have / total
}

// otherOnePenalty lowers a candidate whose sentence speaks of another of
// the things the question asks about ("signed a second loan agreement"):
// "when was the loan agreement signed" asks about the one the documents
// speak of first, unless it says "second" itself.
const otherOnePenalty = 0.1

// reOtherOne is a marker of another one of a kind, then up to three words
// before the noun: "a second ODA loan agreement".
var reOtherOne = regexp.MustCompile(`(?i)\b(` + lexicon.Alt("other-one markers") + `)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)`)

// weighOtherOnes lowers the candidates whose sentence names another of
// the question's things, when the question does not ask for another.
func weighOtherOnes(aq *asked, cands []cand) {
	var asked map[string]bool
	// Many candidates share a sentence: read each once.
	seen := map[string]bool{}
	for i := range cands {
		hit, ok := seen[cands[i].a.Sentence]
		if !ok {
			hit = otherOneAsked(aq, cands[i].a.Sentence, &asked)
			seen[cands[i].a.Sentence] = hit
		}
		if hit {
			cands[i].bonus -= otherOnePenalty
		}
	}
}

// otherOneAsked reports whether sentence s names another one of a thing
// the question asks about, when the question does not ask for another.
func otherOneAsked(aq *asked, s string, asked *map[string]bool) bool {
	for _, m := range reOtherOne.FindAllStringSubmatch(s, -1) {
		marker := strings.Fields(m[1])
		if strings.Contains(aq.q, strings.ToLower(marker[len(marker)-1])) {
			continue
		}
		if *asked == nil {
			*asked = map[string]bool{}
			for _, t := range aq.terms {
				(*asked)[t.stem] = true
			}
		}
		for _, w := range strings.Fields(m[2]) {
			if (*asked)[stemTerm(w)] {
				return true
			}
		}
	}
	return false
}
