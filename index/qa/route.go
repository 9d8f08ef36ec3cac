package qa

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Routes: the places a corridor or a road runs through, in order.

// Weights of route answers.
const (
	// routeBonus ranks a whole route above any one place on it;
	// routeNameWeight adds for how much of the route's name the question
	// uses, so the corridor named wins over another through the same
	// places.
	routeBonus      = 0.3
	routeNameWeight = 0.2
	// routePlaceScore is what each place the question names adds to a
	// route when choosing the route a yes-or-no question is about: less
	// than a word of its name, so the name decides and places break ties.
	routePlaceScore = 0.1
	// minRouteName is the least share of a route's name a yes-or-no
	// question must use to be about that route.
	minRouteName = 0.25
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
					score += routePlaceScore
				}
			}
		}
		if score > bestScore {
			best, bestScore, bestName = pr, score, name
		}
	}
	if best == nil || bestName < minRouteName {
		return Answer{}, false
	}
	var names, canon []string
	var spans []corpus.Span
	for _, pl := range best.Places {
		names = append(names, pl.Written())
		canon = append(canon, pl.Name)
		spans = append(spans, pl.Span)
	}
	rec := md.sentenceOf(best.Passage, best.Places[0].Span)
	if rec == nil {
		return Answer{}, false
	}
	answer := "yes"
	for _, p := range aq.ent.places {
		switch {
		case !slices.Contains(canon, p.Name),
			reRouteStart.MatchString(aq.q) && canon[0] != p.Name,
			reRouteEnd.MatchString(aq.q) && canon[len(canon)-1] != p.Name:
			answer = "no"
		}
	}
	a := answerFrom(rec, answer, prose.UpperFirst(answer)+": the "+best.Name+" runs "+strings.Join(names, " – "), spans...)
	a.Found, a.Kind = true, AskWhere
	return a, true
}

// answerRoute answers "where does the East-West Corridor run" with the
// places of a route in order, or where it starts or ends.
func (md *Model) answerRoute(aq *asked, consider offerFunc) {
	q := aq.q
	if !reRouteWords.MatchString(q) {
		return
	}
	for _, pr := range md.facts.Projects {
		if len(pr.Places) < 2 {
			continue
		}
		rec := md.sentenceOf(pr.Passage, pr.Places[0].Span)
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		var names, canon []string
		var spans []corpus.Span
		for _, pl := range pr.Places {
			names = append(names, pl.Written())
			canon = append(canon, pl.Name)
			spans = append(spans, pl.Span)
		}
		// Every place the question names must be on the route.
		onRoute := true
		for _, p := range aq.ent.places {
			if !slices.Contains(canon, p.Name) {
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
		cov := math.Max(md.cov(aq, rec), prose.NameScore(q, pr.Name))
		consider(answerFrom(rec, span, line, spans...), cov, routeBonus+routeNameWeight*prose.NameScore(q, pr.Name))
	}
}
