package qa

import (
	"math"
	"slices"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/prose"
)

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

// cand is a scored answer: cov says how well its source covers the
// question and decides whether it is an answer at all; bonus only ranks
// candidates that pass.
type cand struct {
	a          Answer
	cov, bonus float64
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

// cov is how much of the question a sentence covers, counting its passage
// (with a list's lead-in and the section title) for a little.
func (md *Model) cov(aq *asked, rec *sentenceRec) float64 {
	if rec == nil {
		return 0
	}
	c := 0.7*coverage(aq.terms, rec) + 0.3*coverageSet(aq.terms, md.ctxTerms[rec.p])
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

// nearness is up to 0.15: how many of the question's words share the
// span's clause, and how close they stand. It ranks facts that share a
// sentence: in "costs of the Surabaya centre are shared 70:30 ..., while
// those of the Chiang Mai centre are met ... on a 60-40 basis", a question
// about Chiang Mai is about 60-40.
func nearness(rec *sentenceRec, span corpus.Span, qt []qterm) float64 {
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
			if w.stem != t.stem && !slices.Contains(t.alts, w.stem) {
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
