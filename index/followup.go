package index

import (
	"regexp"
	"strings"
	"sync"

	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// A follow-up is a reply to the bot's answer: "and Laos?", "what about the
// Rangoon one", "when does it finish". The caller keeps the previous
// question (on Discord, in the reply chain); FollowUp rewrites the reply
// into a question that stands alone, and AnswerFollowUp answers it.

var (
	reFollowLead  = regexp.MustCompile(`(?i)^\s*(?:` + lexicon.Alt("follow-up openers") + `)\b[\s,]*`)
	reQuestionWd  = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("question words") + `)\b`)
	rePronounWd   = regexp.MustCompile(`(?i)\b(?:it|its|that|this|they|them|there)\b`)
	reYearWord    = regexp.MustCompile(`\b(?:19|20)\d\d\b|\bFY\s?\d{2,4}\b`)
	followStop    = lexicon.Set("question words")
	entityVocabMu sync.Mutex
)

// FollowUp rewrites reply, written in answer to the question prev, as a
// question of its own. A reply that already stands alone is returned as it
// is.
func (ix *Index) FollowUp(prev, reply string) string {
	prev, reply = strings.TrimSpace(CleanQuery(prev)), strings.TrimSpace(CleanQuery(reply))
	if prev == "" || reply == "" {
		return reply
	}
	rest := strings.TrimSpace(strings.TrimRight(reFollowLead.ReplaceAllString(reply, ""), "?!. "))
	opened := rest != strings.TrimSpace(strings.TrimRight(reply, "?!. "))
	if rest == "" {
		return prev
	}
	hasQ := reQuestionWd.MatchString(rest)
	if hasQ && !opened && !rePronounWd.MatchString(rest) && len(strings.Fields(rest)) > 4 {
		return reply // a new question, not a follow-up
	}
	if hasQ {
		// "when does it finish": the pronoun is what prev asked about.
		topic := ix.topicOf(prev)
		if topic == "" {
			return rest + " " + prev
		}
		if rePronounWd.MatchString(rest) {
			return rePronounWd.ReplaceAllLiteralString(rest, topic)
		}
		return rest + " " + topic
	}
	// "and Laos?": the same question about another country, place, year or
	// organisation.
	if len(strings.Fields(rest)) >= 2 {
		if _, err := ix.Project(rest); err == nil {
			return ix.frameOf(prev) + " " + rest // another project, not another place
		}
	}
	for _, sub := range []func(string, string) (string, bool){ix.swapCountry, ix.swapYear, ix.swapPlace} {
		if q, ok := sub(prev, rest); ok {
			return q
		}
	}
	// "and the health workers training?": the same question about another
	// thing; keep what prev asked and drop what it was about.
	return ix.frameOf(prev) + " " + rest
}

// AnswerFollowUp answers reply as a follow-up to prev.
func (ix *Index) AnswerFollowUp(prev, reply string) Answer {
	return ix.Answer(ix.FollowUp(prev, reply))
}

// swapCountry puts the country rest names in place of the one prev named.
func (ix *Index) swapCountry(prev, rest string) (string, bool) {
	to := scanCountriesAnyCase(rest)
	if len(to) != 1 {
		return "", false
	}
	// The country the question is about, not one inside an organisation's
	// name ("the ASEAN-Japan Centre").
	orgs := ix.x.orgMentions(prev)
	for _, f := range scanCountriesAnyCase(prev) {
		inOrg := f.span.Start > 0 && prev[f.span.Start-1] == '-' || f.span.End < len(prev) && prev[f.span.End] == '-'
		for _, o := range orgs {
			inOrg = inOrg || f.span.Start >= o.span.Start && f.span.End <= o.span.End
		}
		if !inOrg {
			return prev[:f.span.Start] + rest[to[0].span.Start:to[0].span.End] + prev[f.span.End:], true
		}
	}
	return prev + " " + rest, true
}

// swapYear puts the year rest names in place of prev's.
func (ix *Index) swapYear(prev, rest string) (string, bool) {
	y := reYearWord.FindString(rest)
	if y == "" || len(strings.Fields(rest)) > 3 {
		return "", false
	}
	if loc := reYearWord.FindStringIndex(prev); loc != nil {
		return prev[:loc[0]] + y + prev[loc[1]:], true
	}
	return prev + " in " + y, true
}

// swapPlace puts the place rest names in place of the one prev named.
func (ix *Index) swapPlace(prev, rest string) (string, bool) {
	to := ix.placeWordsIn(rest)
	if to == "" {
		return "", false
	}
	if from := ix.placeWordsIn(prev); from != "" {
		i := strings.Index(strings.ToLower(prev), from)
		return prev[:i] + to + prev[i+len(from):], true
	}
	return "", false
}

// placeWordsIn finds the name of a place the documents mention in s, lower
// case, the longest first.
func (ix *Index) placeWordsIn(s string) string {
	ls := " " + strings.ToLower(s) + " "
	best := ""
	for _, pl := range ix.placeNames() {
		if len(pl) > len(best) && strings.Contains(ls, " "+pl+" ") {
			best = pl
		}
	}
	return best
}

// placeNames lists, lower case, how the documents write each place.
func (ix *Index) placeNames() []string {
	entityVocabMu.Lock()
	defer entityVocabMu.Unlock()
	if ix.places != nil {
		return ix.places
	}
	seen := map[string]bool{}
	for _, a := range ix.x.annot {
		for _, pl := range a.places {
			for _, n := range []string{pl.Name, pl.AsWritten} {
				if n = strings.ToLower(n); n != "" && !seen[n] {
					seen[n] = true
					ix.places = append(ix.places, n)
				}
			}
		}
	}
	return ix.places
}

// entityWords are the words of the names the documents use: projects,
// organisations, places and countries. What a question is about is made of
// them; what it asks is made of the rest.
func (ix *Index) entityWords() map[string]bool {
	entityVocabMu.Lock()
	defer entityVocabMu.Unlock()
	if ix.entWords != nil {
		return ix.entWords
	}
	w := map[string]bool{}
	add := func(s string) {
		for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !prose.IsWordRune(r) }) {
			if !prose.Stopwords[f] && !followStop[f] {
				w[f] = true
			}
		}
	}
	for _, pr := range ix.x.projects {
		add(pr.Name)
	}
	for _, o := range ix.x.orgs {
		add(o.Name)
		add(o.Acronym)
	}
	for _, a := range ix.x.annot {
		for _, pl := range a.places {
			add(pl.Name + " " + pl.AsWritten)
		}
		for _, c := range a.countries {
			add(c)
		}
	}
	ix.entWords = w
	return w
}

// topicOf is what prev asked about: its words that name things.
func (ix *Index) topicOf(prev string) string {
	ew := ix.entityWords()
	var out []string
	for _, f := range strings.Fields(prev) {
		if ew[strings.ToLower(strings.Trim(f, "?,.!'’s"))] {
			out = append(out, strings.Trim(f, "?,.!"))
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "the " + strings.Join(out, " ")
}

// frameOf is what prev asked, without what it was about: "when will the
// vientiane water programme finish" asks "when will ... finish".
func (ix *Index) frameOf(prev string) string {
	ew := ix.entityWords()
	var out []string
	for _, f := range strings.Fields(prev) {
		if !ew[strings.ToLower(strings.Trim(f, "?,.!'’s"))] {
			out = append(out, strings.Trim(f, "?!"))
		}
	}
	return strings.Join(out, " ")
}
