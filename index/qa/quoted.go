package qa

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// The quoted fallback: when no span of the asked kind fits but one
// sentence holds every content word and every name of the question, the
// reply is that sentence, "the documents say: …", rather than a refusal.
// It claims no fact, so it must not become a way round the trap rules: a
// sentence is quoted only when it holds what the question names itself,
// not through a group or a lead-in, says nothing against it, and holds no
// fact of the kind asked, since such a fact was weighed by that kind's
// answerer and refused.

const (
	// minQuotedTerms is the fewest content words a question must have to
	// be answered by a quote: one word alone is in too many sentences to
	// say which one speaks of the question.
	minQuotedTerms = 2
	// quotedClauseRunes is the length past which a sentence is cut to the
	// clauses that hold the question's words: a short sentence reads
	// better whole.
	quotedClauseRunes = 240
)

var reNegation = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("negation cues") + `)\b`)

// ellipsis marks where a quote is cut.
const ellipsis = "…"

// answerQuoted finds the sentence to quote when nothing of the asked kind
// answers: the one that holds every content word and name of the question
// in the least space, the first in document order of equals. weighed are
// the sentences the kind's answerer offered candidates from.
func (md *Model) answerQuoted(aq *asked, weighed map[sentenceKey]bool) (Answer, bool) {
	if aq.refuse || aq.note != "" || len(aq.terms) < minQuotedTerms || !quotableKind(aq) {
		return Answer{}, false
	}
	nameWords := md.nameWords(aq)
	said := 0
	for _, t := range aq.terms {
		if !t.in(nameWords) {
			said++
		}
	}
	// A question that is nothing but names asks what the quote cannot
	// tell: any sentence naming them would do.
	if said == 0 {
		return Answer{}, false
	}
	rarest := rarestFirst(aq.terms)
	var best *sentenceRec
	var bestSpans []corpus.Span
	bestWidth := 0
	for _, rec := range md.sents {
		// A question in the document is no answer to one.
		if !rec.terms.holds(rarest[0]) || rec.asks() {
			continue
		}
		spans, ok := md.quotable(aq, rec, weighed, nameWords)
		if !ok {
			continue
		}
		width := spans[len(spans)-1].End - spans[0].Start
		if best == nil || width < bestWidth {
			best, bestSpans, bestWidth = rec, spans, width
		}
	}
	if best == nil {
		return Answer{}, false
	}
	quote, spans := clauseQuote(best, bestSpans)
	return Answer{Quoted: true, Text: quote, Sentence: quote, SentenceSpans: spans, Passage: best.p}, true
}

// quotableKind says whether a quote may stand for the kind of answer the
// question asks. A yes or no, a list of countries, a membership and a
// reason are each either said or not: a sentence short of them would
// read as an answer it is not.
func quotableKind(aq *asked) bool {
	// "the name of the health minister": a sentence that names the
	// minister by the role alone tells no name.
	if aq.yesNo || reWhyQ.MatchString(aq.q) || reRoleNameAsked.MatchString(aq.q) {
		return false
	}
	return aq.kind != AskCountries && aq.kind != AskMember
}

// nameWords are the terms of what the question names: its countries,
// groups, places and organisations.
func (md *Model) nameWords(aq *asked) map[string]bool {
	var names []string
	names = append(names, aq.ent.countries...)
	names = append(names, aq.ent.groups...)
	for _, p := range aq.ent.places {
		names = append(names, p.Name)
	}
	for _, o := range aq.ent.orgs {
		names = append(names, o.Name, o.Acronym)
	}
	return md.termsOf(strings.Join(names, " ; "))
}

// sentenceKey names a sentence by its passage and text.
type sentenceKey struct {
	p    *corpus.Passage
	text string
}

// rarestFirst is the question's words, the rarest first: most sentences
// lack it, so a scan of every sentence that tries it first stops early on
// most.
func rarestFirst(terms []qterm) []qterm {
	out := slices.Clone(terms)
	slices.SortStableFunc(out, func(a, b qterm) int { return cmp.Compare(b.idf, a.idf) })
	return out
}

// quotable says whether rec may be quoted for aq and, if so, where the
// question's words stand in it, in sentence offsets, sorted and merged.
func (md *Model) quotable(aq *asked, rec *sentenceRec, weighed map[sentenceKey]bool, nameWords map[string]bool) ([]corpus.Span, bool) {
	// Every content word in the sentence itself: a lead-in or a section
	// title frames a sentence but is not what it says.
	// One word the question asks about, not a name, must be there as
	// written, not only through a word of like meaning: "FY2021 budget?"
	// is not said by "Share of ... groups", though a share may be a cost.
	own := false
	for _, t := range aq.terms {
		if !rec.terms.holds(t) {
			return nil, false
		}
		own = own || !t.in(nameWords) && !reYearCode.MatchString(t.stem) && rec.terms.has(t.stem)
	}
	if !own || weighed[sentenceKey{rec.p, rec.text}] || !md.entityFit(aq.ent, rec) {
		return nil, false
	}
	// "6.5.3 MCRLP Phase II." is a heading: it names a thing and says
	// nothing of it.
	if onlyNames(rec.text) {
		return nil, false
	}
	names, ok := md.namedInSentence(aq, rec)
	if !ok || md.holdsAskedFact(aq, rec) {
		return nil, false
	}
	spans := names
	for _, t := range aq.terms {
		found := false
		for _, w := range rec.stemmedWords() {
			if w.stem == t.stem || slices.Contains(t.alts, w.stem) {
				spans = append(spans, w.span)
				found = true
			}
		}
		// A word of the question other than a name must be written in
		// the sentence: held only through a name's long form ("Ministry"
		// in an acronym) it is not what the sentence says.
		if !found && !t.in(nameWords) {
			return nil, false
		}
	}
	spans = prose.MergeSpans(spans)
	// A clause that denies or leaves out what the question asks about
	// does not say it: "not yet signed", "Thailand, which was expressly
	// excluded". The clause is read as the exclusion rule reads it, up to
	// a semicolon or a "while".
	for _, s := range spans {
		if cl := prose.ClauseOf(rec.text, s); reNegation.MatchString(cl) || prose.Excludes(cl) {
			return nil, false
		}
	}
	// The trap rules that read the sentence alone: a past event for a
	// future one, the wrong ordinal, another fiscal year. A question
	// about what is still to come needs a sentence that speaks of it.
	c := cand{a: Answer{Sentence: rec.text, Passage: rec.p}}
	if md.trapped(aq, c) != "" || (reFutureAsk.MatchString(aq.q) || reWillAsk.MatchString(aq.q)) && !reFutureSays.MatchString(rec.text) {
		return nil, false
	}
	if !md.hasAskedShape(aq, rec, spans) {
		return nil, false
	}
	return spans, true
}

var (
	reNumberToken = regexp.MustCompile(`\d[\d,.]*(?:st|nd|rd|th)?`)
	reYearToken   = regexp.MustCompile(`^(?:19|20)\d{2}$`)
	reOrdinalTail = regexp.MustCompile(`(?:st|nd|rd|th)$`)
	reCapWord     = regexp.MustCompile(`\b\p{Lu}[\p{L}\p{N}'’-]*`)
	numberWords   = lexicon.Pairs("number words")
	fractionWords = regexp.MustCompile(`(?i)\b(?:` + lexicon.AltOf(slices.Sorted(maps.Keys(lexicon.Pairs("fractions")))) + `)\b`)
	monthNames    = func() map[string]bool {
		out := map[string]bool{}
		for m := time.January; m <= time.December; m++ {
			out[m.String()] = true
		}
		return out
	}()
)

// reCountedNounAfter opens with a lower-case word after a number that is
// neither a scale, a currency nor a share: the number counts that thing.
var reCountedNounAfter = regexp.MustCompile(`^\s+(?:(?:` + lexicon.Alt("number scales", "currency words after a number") + `|per|percent)\b|(\p{Ll}+))`)

// countedAfter says whether the words after a number name what it counts.
func countedAfter(after string) bool {
	m := reCountedNounAfter.FindStringSubmatchIndex(after)
	// "paid 250,000 to the contractor": a small word counts nothing.
	return m != nil && m[2] >= 0 && !countStops[after[m[2]:m[3]]] && !prose.Stopwords[after[m[2]:m[3]]]
}

// countStops are the small words a counted noun does not run past.
var countStops = lexicon.Set("count noun stops")

// reLocativeBefore ends with a word that puts a name after it as a
// place.
var reLocativeBefore = regexp.MustCompile(`(?i)\b(?:in|at|near|to|from|across|through|within|outside|inside|around|via)\s+(?:the\s+)?$`)

// hasAskedShape says whether the sentence holds, outside the question's
// own words and the facts extraction read, something the asked kind of
// answer could be: a number for how much or how many, a year or month
// for when, a name for where, the brackets of an acronym. A sentence
// without one cannot say what was asked, only what it was asked about,
// which the closest passages of a refusal show already.
func (md *Model) hasAskedShape(aq *asked, rec *sentenceRec, asked []corpus.Span) bool {
	outside := func(s, e int) bool {
		for _, a := range asked {
			if s < a.End && e > a.Start {
				return false
			}
		}
		for _, d := range md.src.PassageFacts(rec.p).Dates {
			if rec.span.Start+s < d.Span.End && rec.span.Start+e > d.Span.Start {
				return false
			}
		}
		return true
	}
	t := rec.text
	switch aq.kind {
	case AskMoney, AskCount:
		for _, m := range reNumberToken.FindAllStringIndex(t, -1) {
			tok := t[m[0]:m[1]]
			// "its first 48 graduates": a number of things is no sum.
			if aq.kind == AskMoney && countedAfter(t[m[1]:]) {
				continue
			}
			if !reYearToken.MatchString(tok) && !reOrdinalTail.MatchString(tok) && outside(m[0], m[1]) {
				return true
			}
		}
		if aq.kind == AskMoney {
			for _, m := range fractionWords.FindAllStringIndex(t, -1) {
				if outside(m[0], m[1]) {
					return true
				}
			}
			return false
		}
		for _, w := range prose.WordRE.FindAllStringIndex(t, -1) {
			if _, ok := numberWords[strings.ToLower(t[w[0]:w[1]])]; ok && outside(w[0], w[1]) {
				return true
			}
		}
		return false
	case AskWhen:
		for _, w := range prose.WordRE.FindAllStringIndex(t, -1) {
			if tok := t[w[0]:w[1]]; (reYearToken.MatchString(tok) || monthNames[tok]) && outside(w[0], w[1]) {
				return true
			}
		}
		return false
	case AskWhere:
		// A name where something is: "in Hanoi", "at the Embassy". A name
		// that is not after such a word ("with the IMF") says who, not
		// where.
		for _, m := range reCapWord.FindAllStringIndex(t, -1) {
			if m[0] > 0 && !monthNames[t[m[0]:m[1]]] && outside(m[0], m[1]) && reLocativeBefore.MatchString(t[:m[0]]) {
				return true
			}
		}
		return false
	case AskAcronym:
		for _, a := range asked {
			if strings.Contains(t[max(0, a.Start-2):a.Start], "(") || strings.HasPrefix(strings.TrimLeft(t[a.End:], " "), "(") {
				return true
			}
		}
		return false
	}
	return true
}

// namedInSentence checks that the sentence itself names each country,
// group, place and organisation of the question, and returns where. A
// group does not stand for its members here, nor a place for its
// country: "ASEAN member countries" does not say Malaysia received
// anything.
func (md *Model) namedInSentence(aq *asked, rec *sentenceRec) ([]corpus.Span, bool) {
	var spans []corpus.Span
	geos := md.src.AllGeoMentions(rec.text)
	named := func(name string) bool {
		found := false
		for _, g := range geos {
			if g.Name == name {
				spans = append(spans, g.Span)
				found = true
			}
		}
		return found
	}
	for _, c := range aq.ent.countries {
		if !named(c) {
			return nil, false
		}
	}
	for _, g := range aq.ent.groups {
		if !named(g) {
			if re := md.groupFold[g]; re == nil || re.FindStringIndex(rec.text) == nil {
				return nil, false
			}
		}
	}
	for _, pl := range aq.ent.places {
		found := false
		for _, f := range md.src.PassageFacts(rec.p).Places {
			if f.Name == pl.Name && f.Span.Start >= rec.span.Start && f.Span.End <= rec.span.End {
				spans = append(spans, corpus.Span{Start: f.Span.Start - rec.span.Start, End: f.Span.End - rec.span.Start})
				found = true
			}
		}
		if !found {
			return nil, false
		}
	}
	for _, o := range aq.ent.orgs {
		key := prose.Fold(prose.CanonOrg(o.Name))
		found := false
		for _, m := range rec.orgs {
			if m.Key == key || md.src.OrgByKey(m.Key) == o {
				spans = append(spans, m.Span)
				found = true
			}
		}
		// "the Centre": the document's organisation of that kind.
		for _, m := range prose.OrgRefRE.FindAllStringSubmatchIndex(rec.text, -1) {
			head := prose.CanonOrg(prose.UpperFirst(strings.ToLower(rec.text[m[2]:m[3]])))
			if o.Passage != nil && o.Passage.Doc == rec.p.Doc && strings.Contains(prose.CanonOrg(o.Name), head) {
				spans = append(spans, corpus.Span{Start: m[2], End: m[3]})
				found = true
			}
		}
		if !found {
			return nil, false
		}
	}
	return spans, true
}

// holdsAskedFact says whether the sentence holds a fact of the kind the
// question asks for, or a name it could be answered with: the kind's
// answerer weighed that fact and refused it, and a quote must not offer
// it after all.
func (md *Model) holdsAskedFact(aq *asked, rec *sentenceRec) bool {
	in := func(s corpus.Span) bool { return s.Start >= rec.span.Start && s.End <= rec.span.End }
	for _, f := range md.askedFacts()[rec.p] {
		if f.kind == aq.kind && in(f.span) {
			return true
		}
	}
	switch aq.kind {
	case AskWhen:
		for _, d := range md.src.PassageFacts(rec.p).Dates {
			if in(d.Span) {
				return true
			}
		}
	case AskWhere:
		for _, pl := range md.src.PassageFacts(rec.p).Places {
			if in(pl.Span) && !slices.ContainsFunc(aq.ent.places, func(q corpus.Place) bool { return q.Name == pl.Name }) {
				return true
			}
		}
		return md.namesOtherCountry(aq, rec)
	case AskWho:
		// People and organisations are what "who" asks for; a country
		// is more often whom something is for, which a quote may say.
		for _, m := range rec.orgs {
			if !orgAskedByKey(aq, m.Key, md.src.OrgByKey(m.Key)) {
				return true
			}
		}
	case AskCountries:
		return md.namesOtherCountry(aq, rec)
	}
	return false
}

// orgAskedByKey says whether the question names the organisation of a
// mention, by its key or its record.
func orgAskedByKey(aq *asked, key string, org *corpus.Org) bool {
	for _, o := range aq.ent.orgs {
		if o == org || prose.Fold(prose.CanonOrg(o.Name)) == key {
			return true
		}
	}
	return false
}

// namesOtherCountry says whether the sentence names a country or group
// the question does not: for "where" and "who" it may be the answer.
func (md *Model) namesOtherCountry(aq *asked, rec *sentenceRec) bool {
	for _, g := range md.src.AllGeoMentions(rec.text) {
		if !slices.Contains(aq.ent.countries, g.Name) && !slices.Contains(aq.ent.groups, g.Name) {
			return true
		}
	}
	return false
}

// askedFact is where a fact of one kind of question stands in a passage.
type askedFact struct {
	kind string
	span corpus.Span
}

// askedFacts lists each passage's facts by the kind of question they
// answer, built on the first quote that needs them.
func (md *Model) askedFacts() map[*corpus.Passage][]askedFact {
	md.askedOnce.Do(func() {
		out := map[*corpus.Passage][]askedFact{}
		add := func(p *corpus.Passage, kind string, s corpus.Span) {
			out[p] = append(out[p], askedFact{kind, s})
		}
		for _, a := range md.facts.Amounts {
			add(a.Passage, AskMoney, a.Span)
		}
		for _, s := range md.facts.Shares {
			add(s.Passage, AskMoney, s.Span)
		}
		for _, c := range md.facts.Counts {
			add(c.Passage, AskCount, c.Span)
			// "How long": a stated length answers it.
			if reDurationNoun.MatchString(c.Noun) {
				add(c.Passage, AskWhen, c.Span)
			}
		}
		for _, m := range md.facts.Memberships {
			add(m.Passage, AskMember, m.Span)
		}
		for _, p := range md.facts.People {
			add(p.Passage, AskWho, p.Span)
		}
		for _, p := range md.facts.Purposes {
			add(p.Passage, AskPurpose, p.Span)
		}
		md.asked = out
	})
	return md.asked
}

// clauseQuote is what of rec to quote: the whole sentence when it is
// short, else the clauses that hold spans, with an ellipsis where cut.
// It returns the quote and the spans moved into it.
func clauseQuote(rec *sentenceRec, spans []corpus.Span) (string, []corpus.Span) {
	text := rec.text
	if len([]rune(text)) <= quotedClauseRunes {
		return text, spans
	}
	cl := prose.ClauseAround(text, 0, corpus.Span{Start: spans[0].Start, End: spans[len(spans)-1].End})
	raw := text[cl.Start:cl.End]
	quote := strings.TrimSpace(raw)
	shift := -(cl.Start + strings.Index(raw, quote))
	if cl.Start > 0 {
		quote = ellipsis + quote
		shift += len(ellipsis)
	}
	if cl.End < len(text) {
		quote = strings.TrimRight(quote, ",;: ") + ellipsis
	}
	out := make([]corpus.Span, len(spans))
	for i, s := range spans {
		out[i] = corpus.Span{Start: s.Start + shift, End: s.End + shift}
	}
	return quote, out
}

// onlyNames reports whether a sentence holds no word in lower case but
// the small words of names: a heading, which says nothing.
func onlyNames(s string) bool {
	for _, w := range prose.WordRE.FindAllString(s, -1) {
		if r := []rune(w)[0]; unicode.IsLower(r) && !prose.Stopwords[w] {
			return false
		}
	}
	return true
}
