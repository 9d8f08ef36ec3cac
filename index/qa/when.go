package qa

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

func (md *Model) answerWhen(aq *asked, consider func(Answer, float64, float64)) {
	howLong := strings.Contains(aq.q, "how long") || strings.Contains(aq.q, "since when")
	// "When did Laos join?" is answered by a membership's date or not at
	// all: another date in a sentence naming Laos is not when it joined.
	if reWhenJoin.MatchString(aq.q) && len(aq.ent.countries) > 0 {
		found := false
		var status []string
		for _, m := range md.facts.Memberships {
			if !slices.Contains(aq.ent.countries, m.Country) || !md.orgAsked(aq, m.Org) {
				continue
			}
			// An intention's date is when it means to join; an observer's
			// or a non-member's date is not a joining date.
			if m.Date == nil || m.Status != corpus.StatusJoined && m.Status != corpus.StatusFounding && m.Status != corpus.StatusMember && !(m.Status == corpus.StatusIntends && reWillJoin.MatchString(aq.q)) {
				s := statusSentence(m)
				if m.Date != nil {
					s += " (" + m.Date.Resolved() + ")"
				}
				status = append(status, s)
				continue
			}
			rec := md.sentenceOf(m.Passage, m.Date.Span)
			if rec == nil {
				continue
			}
			found = true
			consider(answerFrom(rec, m.Date.Resolved(), m.Date.Resolved()+" — "+statusSentence(m), m.Date.Span, m.Span), math.Max(md.cov(aq, rec), minCoverage), 0.3)
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
		for _, c := range md.facts.Counts {
			if !reDurationNoun.MatchString(c.Noun) {
				continue
			}
			rec := md.sentenceOf(c.Passage, c.Span)
			if md.entityFit(aq.ent, rec) {
				consider(answerFrom(rec, c.Text+" "+c.Noun, c.Text+" "+c.Noun, c.Span), md.cov(aq, rec), 0.35)
			}
		}
	}
	for i := range md.facts.Dates {
		d := &md.facts.Dates[i]
		rec := md.sentenceOf(d.Passage, d.Span)
		if !md.entityFit(aq.ent, rec) {
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
		consider(answerFrom(rec, span, line, d.Span), md.cov(aq, rec), bonus)
	}
	if rePublished.MatchString(aq.q) {
		for i, d := range md.docs {
			if d.Date.IsZero() {
				continue
			}
			a := Answer{Span: d.DateText, Text: d.DateText + " — " + d.Title + ", " + d.Publisher, Sentence: d.Title, Passage: d.Passages[0]}
			consider(a, 0.5+0.5*md.docCoverage(aq, d), 0.5-float64(i)*1e-3)
		}
	}
}

// reWillJoin asks when a country means to join, which an intention's
// date answers.
var reWillJoin = regexp.MustCompile(`\b(will|plans?|planning|intends?|expected|going)\b`)

var reDurationNoun = regexp.MustCompile(`^(years|months|weeks|days)\b`)

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

var reWhenJoin = regexp.MustCompile(`\b(join|joined|joins|joining|member|membership|accede|acceded)\b`)
