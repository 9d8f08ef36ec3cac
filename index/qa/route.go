package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/prose"
)

var (
	reRouteWords = regexp.MustCompile(`\b(corridor|route|road|roads|way|run|runs|go|goes|connect|connects|link|links|start|starts|begin|begins|end|ends|finish|finishes)\b`)
	reRouteStart = regexp.MustCompile(`\b(start|starts|begin|begins|starting|beginning|origin)\b`)
	reRouteEnd   = regexp.MustCompile(`\b(end|ends|finish|finishes|terminate|terminates|ending|destination)\b`)
)

var reYesNoRoute = regexp.MustCompile(`^\s*(?:does|do|did|is|are|will)\b.*\b(?:through|via|pass|passes|go|goes|start|starts|end|ends|connect|connects|link|links|include|includes|reach|reaches|on)\b`)

// answerRouteYesNo answers "does the 2nd corridor go through Saigon" with
// yes or no from the routes the documents give, when the question names a
// place and a project with a route.
func (md *Model) answerRouteYesNo(aq *asked) (Answer, bool) {
	if !reYesNoRoute.MatchString(aq.q) || len(aq.ent.places) == 0 {
		return Answer{}, false
	}
	// The project is the route whose name the question uses most, and
	// among equals the one through the places it names.
	var best *corpus.Project
	bestScore, bestName := 0.0, 0.0
	qw := map[string]bool{}
	for _, w := range prose.QueryTerms(aq.q) {
		qw[stemTerm(w)] = true
	}
	for _, pr := range md.facts.Projects {
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
				if pl.Name == p.Name {
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
	var spans []corpus.Span
	for _, pl := range best.Places {
		names = append(names, pl.Name)
		spans = append(spans, pl.Span)
	}
	rec := md.sentenceOf(best.Passage, best.Places[0].Span)
	if rec == nil {
		return Answer{}, false
	}
	answer := "yes"
	for _, p := range aq.ent.places {
		switch {
		case !slices.Contains(names, p.Name),
			reRouteStart.MatchString(aq.q) && names[0] != p.Name,
			reRouteEnd.MatchString(aq.q) && names[len(names)-1] != p.Name:
			answer = "no"
		}
	}
	a := answerFrom(rec, answer, prose.UpperFirst(answer)+": the "+best.Name+" runs "+strings.Join(names, " – "), spans...)
	a.Found, a.Kind = true, AskWhere
	return a, true
}
