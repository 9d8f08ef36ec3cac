package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// A sentence that lists several facts of one type gives each its own
// words: "amounted to 66.47 billion yen in loan aid and ¥174,320 million in
// grant aid", "JBIC will provide ¥57.6 billion, and the banks will provide
// 38.4 billion yen". The fact whose own words hold a question word that no
// other fact's own words hold is the one the question asks about.

// Weights of a fact's own words.
const (
	// ownWordBonus is what each question word found only in a fact's own
	// words adds: more than nearness, which the list's shared words blur.
	ownWordBonus = 0.15
	// maxOwnWordBonus caps it, so that a fact's own words rank it among
	// its sentence's facts and do not outweigh a better sentence.
	maxOwnWordBonus = 0.3
	// ownerWeight counts an owner the question and a fact's own words
	// both write as possessor ("Hoshino's") as two words.
	ownerWeight = 2
)

// itemJoins are the conjunctions that start the next item of a list of
// facts, each one's own words ending before them.
const itemJoins = `and|or|while|whereas|but`

// ownerAsked reports whether the question writes organisation o as an
// owner: "MRBI's share", or in chat "KSE share".
func (aq *asked) ownerAsked(o *corpus.Org) bool {
	q := strings.ToLower(aq.q)
	if ownsIn(q, o) {
		return true
	}
	for _, n := range []string{o.Acronym, o.Name} {
		if n == "" {
			continue
		}
		if end, ok := phraseEnd(q, strings.ToLower(n)); ok && reNounAfter.MatchString(q[end:]) {
			return true
		}
	}
	return false
}

// reNounAfter is a share right after a name, which the name then owns:
// "KSE share". Not "the JICA loan", which is any of its loans.
var reNounAfter = regexp.MustCompile(`^s?\s+` + lexicon.Alt("share question words") + `\b`)

// ownedIn reports whether spans of sentence rec write o as an owner.
func ownedIn(rec *sentenceRec, spans []corpus.Span, o *corpus.Org) bool {
	for _, sp := range spans {
		if sp.End > sp.Start && ownsIn(strings.ToLower(rec.p.Text[sp.Start:sp.End]), o) {
			return true
		}
	}
	return false
}

// othersOwn are the own words of the facts of a list but the i-th.
func othersOwn(own [][2]corpus.Span, i int) []corpus.Span {
	var out []corpus.Span
	for k, o := range own {
		if k != i {
			out = append(out, o[0], o[1])
		}
	}
	return out
}

// ownsIn reports whether lower-case text writes o's acronym or name as a
// possessor.
func ownsIn(text string, o *corpus.Org) bool {
	for _, n := range []string{o.Acronym, o.Name} {
		if n == "" {
			continue
		}
		n = strings.ToLower(n)
		for _, s := range []string{"'s", "’s"} {
			if i := strings.Index(text, n+s); i >= 0 && (i == 0 || !isWordByte(text[i-1])) {
				return true
			}
		}
	}
	return false
}

var (
	// reOwnBreak ends a fact's own words: a comma, a semicolon, a bracket,
	// the arrow and the spaced plus of notes ("Total cost ¥3.9 billion →
	// JICA grant ¥3.2 billion + RGC share US$6.2 million"; "ASEAN+3" is a
	// name), or a conjunction that starts the next item.
	reOwnBreak = regexp.MustCompile(`[,;:()→]|\s\+\s|\s(?:` + itemJoins + `)\s`)
	// reOwnAfter is a phrase after a fact that belongs to it: "in loan
	// aid", "with Laos", "for the bridge", "is earmarked for school
	// construction", "is to be covered by the JICA loan".
	// "¥2 billion went to the Roads Window, ¥1 billion to the Schools
	// Window": a verb of going stands as a participle does, and
	// "to" before a name opens no verb; nor before an article: "US$900,000
	// is allocated to a pilot study and US$600,000 to the harmonisation of
	// tariffs" leaves the second part's verb out.
	// "of which US$270 million is bilateral and US$250 million ...": a
	// one-word complement that ends the item says what the part is.
	// "1.2 billion riels a year for provincial salt inspectors": a rate
	// may stand before the phrase.
	reOwnAfter = regexp.MustCompile(`^\s+(?:(?:a|per|each)\s+(?:year|month|week)\s+|annually\s+)?(?:(?:is|are|was|were)\s+[a-z]+(?:\s+(?:` + itemJoins + `)\s|\s*[,;.]|\s*$)|(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been|(?:is|are|was|were)\s+to\s+be)\s+)?(?:(?:(?:[a-z]+(?:ed|en)|` + lexicon.Alt("own phrase verbs") + `)\s+)?(?:` + lexicon.Alt("own phrase prepositions") + `)\s|[a-z]+(?:ed|en)\s+by\s|(?:(?:[a-z]+(?:ed|en)|` + lexicon.Alt("own phrase verbs") + `)\s+)?to\s+(?:the\s+)?\p{Lu}\p{L}*(?:[\s,.;]|$)|to\s+(?:the|a|an)\s+\p{Ll}|(?:` + lexicon.Alt("own phrase verbs") + `)\s+to\s+\p{Ll}))`)
	// reComparedTo is a comparison, whose "to" opens another party's
	// figure, not this one's own phrase: "compared to Thailand".
	reComparedTo = regexp.MustCompile(`(?i)^\s+(?:compared|related|equal|close|similar|next)\s+to\b`)
)

// ownSpans finds the own words of each of spans, facts of one type in the
// order they stand in sentence rec: the phrase right after a fact that a
// preposition opens ("in loan aid"), and the words since the last break
// before it (", while technical cooperation came to").
func ownSpans(rec *sentenceRec, spans []corpus.Span) [][2]corpus.Span {
	text := rec.p.Text
	out := make([][2]corpus.Span, len(spans))
	after := 0
	for i, sp := range spans {
		end := rec.span.End
		if i+1 < len(spans) {
			end = spans[i+1].Start
		}
		rest := text[sp.End:end]
		if reOwnAfter.MatchString(rest) && !reComparedTo.MatchString(rest) {
			cut := len(rest)
			// the break after the preposition's phrase, not the space
			// before it
			if ms := ownBreaks(rest[1:]); len(ms) > 0 {
				cut = ms[0][0] + 1
			}
			out[i][1] = corpus.Span{Start: sp.End, End: sp.End + cut}
			after++
		}
	}
	// The first fact's words before it are the list's subject and verb,
	// which every fact shares: "it paid ¥2.6 billion ..., of which".
	for i := 1; i < len(spans); i++ {
		start := max(spans[i-1].End, out[i-1][1].End)
		// "borne by the Government of Japan (¥500 million) and the Japan
		// Ship Operators' Council (¥280 million)": a sum alone in brackets
		// is the part of the name before them.
		if pre := strings.TrimRight(text[start:spans[i].Start], " "); strings.HasSuffix(pre, "(") && strings.HasPrefix(strings.TrimLeft(text[spans[i].End:], " "), ")") {
			name := pre[:len(pre)-1]
			from := 0
			if ms := ownBreaks(name); len(ms) > 0 {
				from = ms[len(ms)-1][1]
			}
			// The verb the parts share is none's own: "is borne by".
			if ms := reNameOpener.FindAllStringIndex(name[from:], -1); len(ms) > 0 {
				from += ms[len(ms)-1][1]
			}
			out[i][0] = corpus.Span{Start: start + from, End: start + len(name)}
			continue
		}
		ms := ownBreaks(text[start:spans[i].Start])
		if len(ms) == 0 {
			continue // nothing marks where this item begins
		}
		out[i][0] = corpus.Span{Start: start + ms[len(ms)-1][1], End: spans[i].Start}
	}
	// "A loan agreement for the Jakarta Sewerage Project in the amount of
	// ¥18.6 billion was signed ..., and a loan of up to ¥9.8 billion for
	// ...": when a later fact opens a subject of its own, the words before
	// the first are its own too, not the list's.
	if len(spans) > 1 && out[1][0].End > out[1][0].Start && reOwnSubject.MatchString(text[out[1][0].Start:out[1][0].End]) && reClauseJoin.MatchString(text[:out[1][0].Start]) && reFiniteVerb.MatchString(text[spans[1].End:ownEnd(rec, spans, 1)]) {
		out[0][0] = corpus.Span{Start: rec.span.Start, End: spans[0].Start}
	}
	return out
}

// ownEnd is where the stretch of fact i ends: at the next fact, or the
// sentence's end.
func ownEnd(rec *sentenceRec, spans []corpus.Span, i int) int {
	if i+1 < len(spans) {
		return spans[i+1].Start
	}
	return rec.span.End
}

// reNameOpener is the preposition before the name a sum in brackets is
// the part of: "borne by the Government of Japan (¥500 million)".
var reNameOpener = regexp.MustCompile(`\b(?:` + lexicon.Alt("party openers") + `)\s`)

// reClauseJoin is the conjunction that joins two clauses, right before
// the second's subject.
var reClauseJoin = regexp.MustCompile(`\s(?:` + lexicon.Alt("clause conjunctions") + `)\s$`)

// reOwnSubject is a noun phrase that opens an item's own clause: an
// article and two words at least before its sum ("a loan of up to"), not
// "the remaining".
var reOwnSubject = regexp.MustCompile(`^\s*(?:a|an|the)\s+\p{L}+\s+\p{L}+\s+\S`)

// ownBreaks are where the items of a list break in s, but for the "and"
// of a suspended hyphen: "the dispatch of long- and short-term experts"
// is one item.
func ownBreaks(s string) [][]int {
	return slices.DeleteFunc(reOwnBreak.FindAllStringIndex(s, -1), func(m []int) bool {
		return m[0] > 0 && s[m[0]-1] == '-'
	})
}

// ownKey names the facts of one kind in one sentence: the sentence and
// where the first of them stands.
type ownKey struct {
	rec   *sentenceRec
	first corpus.Span
}

// ownWordsBonus weighs the fact at index i of spans, facts of one type in
// sentence rec, by the question words its own words hold and no other
// fact's do.
func (aq *asked) ownWordsBonus(rec *sentenceRec, spans []corpus.Span, i int) float64 {
	if len(spans) < 2 || len(aq.terms) == 0 {
		return 0
	}
	key := ownKey{rec, spans[0]}
	own, ok := aq.ownMemo[key]
	if !ok {
		own = ownSpans(rec, spans)
		if aq.ownMemo == nil {
			aq.ownMemo = map[ownKey][][2]corpus.Span{}
		}
		aq.ownMemo[key] = own
	}
	// A question word counts for the fact only when the sentence holds it
	// nowhere but in that fact's own words: "component" in "the training
	// component was budgeted at X and the stockpile component at Y" says
	// neither.
	mine := map[string]int{}
	elsewhere := map[string]bool{}
	for _, w := range rec.stemmedWords() {
		pos := rec.span.Start + w.span.Start
		in := false
		for _, s := range own[i] {
			in = in || pos >= s.Start && pos < s.End
		}
		for _, t := range aq.terms {
			if w.stem != t.stem && !slices.Contains(t.alts, w.stem) {
				continue
			}
			// A country is weighed as payer or recipient, not here.
			if slices.ContainsFunc(aq.ent.countries, func(c string) bool { return strings.EqualFold(c, t.word) }) {
				continue
			}
			switch {
			case !in:
				elsewhere[t.stem] = true
			case t.owner && prose.Possessive(rec.text[w.span.Start:w.span.End]):
				// "KSE's share amounts to ¥11.2 billion, Hoshino's to
				// ¥6.3 billion": the owner asked outweighs the noun the
				// list's first item holds for all of them.
				mine[t.stem] = ownerWeight
			default:
				mine[t.stem] = max(mine[t.stem], 1)
			}
		}
	}
	for t := range elsewhere {
		delete(mine, t)
	}
	n := 0
	for _, v := range mine {
		n += v
	}
	// An organisation asked as owner ("what's MRBI's share") is no term
	// of the question but an entity: its possessive among the fact's own
	// words alone counts the same.
	for _, o := range aq.ent.orgs {
		if aq.ownerAsked(o) && ownedIn(rec, own[i][:], o) && !ownedIn(rec, othersOwn(own, i), o) {
			n += ownerWeight
		}
	}
	return min(maxOwnWordBonus, ownWordBonus*float64(n))
}

// siblingAmounts are the sums of amounts[i]'s sentence, in order, without
// the sums written as another's equivalent, and the index of amounts[i]
// among them (-1 when it is such an equivalent).
func siblingAmounts(amounts []corpus.Amount, i int, rec *sentenceRec) ([]corpus.Span, int) {
	lo := i
	for lo > 0 && amounts[lo-1].Passage == rec.p && amounts[lo-1].Span.Start >= rec.span.Start {
		lo--
	}
	var out []corpus.Span
	at := -1
	for k := lo; k < len(amounts) && amounts[k].Passage == rec.p && amounts[k].Span.End <= rec.span.End; k++ {
		if amounts[k].EquivalentOf != "" {
			continue
		}
		if k == i {
			at = len(out)
		}
		out = append(out, amounts[k].Span)
	}
	return out, at
}

// siblingDates are the dates of dates[i]'s sentence, in order, and the
// index of dates[i] among them. The two ends of a written range are one
// date's.
func siblingDates(dates []corpus.Date, i int, rec *sentenceRec) ([]corpus.Span, int) {
	lo := i
	for lo > 0 && dates[lo-1].Passage == rec.p && dates[lo-1].Span.Start >= rec.span.Start {
		lo--
	}
	var out []corpus.Span
	at := -1
	for k := lo; k < len(dates) && dates[k].Passage == rec.p && dates[k].Span.End <= rec.span.End; k++ {
		if k > lo && rangeJoined(&dates[k-1], &dates[k]) {
			out[len(out)-1].End = dates[k].Span.End
		} else {
			out = append(out, dates[k].Span)
		}
		if k == i {
			at = len(out) - 1
		}
	}
	return out, at
}

// laterSibling reports whether amounts[i]'s sentence holds another sum,
// not a conversion, after it: the parts a stated total goes on to list.
func laterSibling(amounts []corpus.Amount, i int, rec *sentenceRec) bool {
	sib, at := siblingAmounts(amounts, i, rec)
	return at >= 0 && at+1 < len(sib)
}
