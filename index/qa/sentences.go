package qa

import (
	"maps"
	"math"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// sentenceRec is one sentence of a passage, with the terms it can be
// matched by: its words, plus the canonical names and acronyms of the
// countries, places and organisations it names.
type sentenceRec struct {
	p     *corpus.Passage
	span  corpus.Span
	text  string
	terms termSet
	lead  termSet         // terms of the list's lead-in and section title, for half
	have  map[string]bool // countries, groups and places it names, with its lead-in
	orgs  []OrgMention
	geos  []GeoMention
	// whole is a passage read as one sentence for a fact that spans it,
	// whose words nearness does not weigh.
	whole bool
	words atomic.Pointer[[]stemmedWord] // see stemmedWords
	// breaks are where the sentence's clauses break, found on first use
	// and kept: every question weighs facts by their clause.
	breaks atomic.Pointer[[][]int]
	// excl says whether the sentence excludes anything: 0 not yet read,
	// 1 no, 2 yes. Read on first use and kept, as breaks are.
	excl atomic.Int32
	// neg says, as excl does, whether the sentence holds a negation cue.
	neg atomic.Int32
	// change says, as excl does, whether the sentence tells of a change
	// or a first plan (see tellsChange).
	change atomic.Int32
	// like says, as excl does, whether the sentence speaks of another
	// thing like its passage's ("a similar project").
	like atomic.Int32
	// members says, as excl does, whether the sentence speaks of a
	// body's members as a class ("each member country").
	members atomic.Int32
	// future says, as excl does, whether the sentence speaks of what is
	// still to come.
	future atomic.Int32
	// there is the place, as written, that "there" in the sentence points
	// to: the one the sentence before named last; or "".
	there string
}

// asks reports whether the sentence is a question: in a transcript or a
// list of questions and answers it states nothing, and what it asks is
// answered by the passage after it.
func (r *sentenceRec) asks() bool { return isQuestion(r.text) }

// isQuestion reports whether text ends with a question mark, inside any
// closing quote or bracket.
func isQuestion(text string) bool {
	return strings.HasSuffix(strings.TrimRight(text, " \"'”’)"), "?")
}

// reReplyPolarity is a reply that opens with yes or no, after its
// speaker's name: "Press Secretary: No. The whole of ...".
var reReplyPolarity = regexp.MustCompile(`^(?:[A-Z][\p{L}.' -]{0,40}:\s+)?(?i:(yes|no))\b[.,;!—–-]`)

// reply is the answer a question sentence gets: the passage after it,
// when the question ends its own passage, the next passage of the same
// section. It is nil for a sentence that is no such question.
func (md *Model) reply(r *sentenceRec) *corpus.Passage {
	if !r.asks() || r.whole || strings.TrimSpace(r.p.Text[r.span.End:]) != "" {
		return nil
	}
	ps, k := r.p.Doc.Passages, r.p.Order
	if k+1 >= len(ps) || ps[k+1].Cite.Section != r.p.Cite.Section {
		return nil
	}
	return ps[k+1]
}

// replyPolarity is "yes" or "no" when the reply to question sentence r
// opens with it, and "" otherwise.
func (md *Model) replyPolarity(r *sentenceRec) (string, *corpus.Passage) {
	next := md.reply(r)
	if next == nil {
		return "", nil
	}
	m := reReplyPolarity.FindStringSubmatch(next.Text)
	if m == nil {
		return "", nil
	}
	return strings.ToLower(m[1]), next
}

// negates reports whether the sentence holds a negation cue ("not",
// "no"), read on first use and kept: a question of who is left out weighs
// every sentence by it.
func (r *sentenceRec) negates() bool {
	return readKept(&r.neg, func() bool { return reNegation.MatchString(r.text) })
}

// excludes reports whether the sentence expressly excludes anything.
func (r *sentenceRec) excludes() bool {
	return readKept(&r.excl, func() bool { return prose.Excludes(r.text) })
}

// speaksOfMembers reports whether the sentence speaks of a body's members
// as a class.
func (r *sentenceRec) speaksOfMembers() bool {
	return readKept(&r.members, func() bool { return reMembersSaid.MatchString(r.text) })
}

// speaksOfFuture reports whether the sentence speaks of what is still to
// come: every place weighed for "where is the next meeting" asks it.
func (r *sentenceRec) speaksOfFuture() bool {
	return readKept(&r.future, func() bool { return reFutureSays.MatchString(r.text) })
}

// speaksOfLike reports whether the sentence speaks of another thing like
// the one its passage is about.
func (r *sentenceRec) speaksOfLike() bool {
	return readKept(&r.like, func() bool { return reLikeThing.MatchString(r.text) })
}

// reLikeThing is another thing like the one before, with its noun: "a
// similar project", "another comparable scheme".
var reLikeThing = regexp.MustCompile(`(?i)\b(?:an?|another)\s+(?:` + lexicon.Alt("likeness words") + `)\s+(\p{L}+)`)

// readKept is read() the first time, kept in flag (0 not yet read, 1 no,
// 2 yes) for every time after: a sentence's words do not change, and
// several questions may read it at once.
func readKept(flag *atomic.Int32, read func() bool) bool {
	switch flag.Load() {
	case 1:
		return false
	case 2:
		return true
	}
	v := read()
	if v {
		flag.Store(2)
	} else {
		flag.Store(1)
	}
	return v
}

// stemmedWords are the sentence's words, stemmed, with where they are.
// They are read from the text the first time a question weighs a fact's
// nearness to its words in the sentence, and kept: read for every
// sentence as the model was built, they were its largest part, and few
// sentences are ever weighed.
func (r *sentenceRec) stemmedWords() []stemmedWord {
	if r.whole {
		return nil
	}
	if ws := r.words.Load(); ws != nil {
		return *ws
	}
	ws := prose.WordRE.FindAllStringIndex(r.text, -1)
	out := make([]stemmedWord, len(ws))
	for k, w := range ws {
		out[k] = stemmedWord{stemTerm(r.text[w[0]:w[1]]), corpus.Span{Start: w[0], End: w[1]}}
	}
	r.words.Store(&out) // any goroutine reads the same words
	return out
}

// stemmedWord is a word of a sentence, stemmed, with where it is.
type stemmedWord struct {
	stem string
	span corpus.Span // in the sentence
}

// minRawWord is the shortest word of the documents kept for correcting a
// question's typos.
const minRawWord = 4

var reNumber = regexp.MustCompile(`\d[\d,]*\d`)

// namesIn collects the countries (groups expanded), groups and places a
// text names, counting countries inside organisation names too.
func (md *Model) namesIn(text string, p *corpus.Passage) map[string]bool {
	have := map[string]bool{}
	for _, m := range md.src.AllGeoMentions(text) {
		have[m.Name] = true
		if g := md.facts.Groups[m.Name]; g != nil && corpus.Expandable(m.Name) {
			for _, c := range g.Members {
				have[c] = true
			}
		}
	}
	for _, pl := range md.src.PassageFacts(p).Places {
		if strings.Contains(text, pl.AsWritten) {
			have[pl.Country] = true
			have[pl.Name] = true
		}
	}
	return have
}

// inFigure reports whether text[start:end] is a run of digits that is
// only part of a figure: "9" or "8" of "9.8", "850" of "1,850".
func inFigure(text string, start, end int) bool {
	for i := start; i < end; i++ {
		if text[i] < '0' || text[i] > '9' {
			return false
		}
	}
	joined := func(sep, digit int) bool {
		return sep >= 0 && digit >= 0 && sep < len(text) && digit < len(text) &&
			(text[sep] == '.' || text[sep] == ',') && isDigitByte(text[digit])
	}
	return joined(end, end+1) || joined(start-1, start-2)
}

// figureTerm is the figure that the digits at start belong to, as one
// term: "9.8" for "9.8", "40000" for "40,000" (and a question's "40k").
// ok is false for a piece that is not the figure's first.
func figureTerm(text string, start int) (string, bool) {
	if start >= 2 && (text[start-1] == '.' || text[start-1] == ',') && isDigitByte(text[start-2]) {
		return "", false
	}
	end := start
	for end < len(text) && (isDigitByte(text[end]) || (text[end] == '.' || text[end] == ',') && end+1 < len(text) && isDigitByte(text[end+1])) {
		end++
	}
	return strings.ReplaceAll(text[start:end], ",", ""), true
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// addFigure adds to out the figure the word at stands in, once, and
// reports whether it is part of one: "US$9.8 million" holds no 9 that
// "Road 9" could ask for, a figure is one term ("9.8", "40000" for
// "40,000").
func addFigure(text string, at []int, out map[string]bool) bool {
	if !inFigure(text, at[0], at[1]) {
		return false
	}
	if f, ok := figureTerm(text, at[0]); ok {
		out[f] = true
	}
	return true
}

// termsOf is what text can be matched by: its stemmed words, and the full
// names of the organisations, countries, groups and places it names.
func (md *Model) termsOf(text string) map[string]bool {
	out := map[string]bool{}
	for _, at := range prose.WordRE.FindAllStringIndex(text, -1) {
		w := text[at[0]:at[1]]
		if addFigure(text, at, out) {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if part != "" && !prose.Stopwords[strings.ToLower(part)] {
				out[stemTerm(part)] = true
			}
		}
	}
	addWords := func(s string) {
		for _, w := range prose.WordRE.FindAllString(s, -1) {
			if !prose.Stopwords[strings.ToLower(w)] {
				out[stemTerm(w)] = true
			}
		}
	}
	orgs, geos := md.src.Mentions(text)
	for _, o := range orgs {
		addWords(o.Name)
		if org := md.src.OrgByKey(o.Key); org != nil && org.Acronym != "" {
			addWords(org.Acronym)
		}
	}
	for _, m := range geos {
		addWords(m.Name)
		if g := md.facts.Groups[m.Name]; g != nil && corpus.Expandable(m.Name) {
			for _, c := range g.Members {
				addWords(c)
			}
		}
	}
	for _, pl := range md.src.PlacesIn(text) {
		addWords(pl.Name)
		addWords(pl.Country)
	}
	// An acronym inside a longer name ("Japan ESCAP Cooperation Fund")
	// still brings its long form.
	for _, o := range md.src.OrgsByAcronym(text) {
		addWords(o.Name)
		addWords(o.Acronym)
	}
	// "E/N signed: 26 March 2004" holds the words of the "exchange of
	// notes" a question's shorthand is read as.
	if strings.Contains(text, "/") {
		for _, w := range reSlashShort.FindAllString(text, -1) {
			if long, ok := chatShorthand[strings.ToLower(w)]; ok {
				addWords(long)
			}
		}
	}
	// "$98,520" is also matched by "98520".
	for _, n := range reNumber.FindAllString(text, -1) {
		out[strings.ReplaceAll(n, ",", "")] = true
	}
	return out
}

// reSlashShort is a short form written with a slash: "E/N", "L/A".
var reSlashShort = regexp.MustCompile(`\b\p{L}/\p{L}\b`)

// passageRead is what readSentences learns from one passage alone.
type passageRead struct {
	sents    []*sentenceRec
	ctxText  string
	ctxTerms termSet
	ctxHave  map[string]bool
	ctxOrgs  map[string]bool
}

// oneCountry reports whether places are all in one country.
func oneCountry(places []corpus.Place) bool {
	for _, pl := range places {
		if pl.Country != places[0].Country {
			return false
		}
	}
	return true
}

// readSentences builds the sentence records, the passages' contexts and
// the terms' inverse sentence frequencies.
func (md *Model) readSentences() {
	// A sentence about a project that does not name it ("The project will
	// finish in March 2011") is about it all the same: the name's words
	// count for half, as a lead-in's do.
	about := map[corpus.Excerpt]string{}
	aboutN := map[corpus.Excerpt]int{} // how many projects each is about
	// A sentence about a project holds the project's places too: "It runs
	// from April 2003 to March 2006" is about the programme in Vientiane.
	projectPlaces := map[corpus.Excerpt][]corpus.Place{}
	for _, pr := range md.facts.Projects {
		for _, e := range pr.Sentences {
			about[e] += " " + pr.Name
			aboutN[e]++
			projectPlaces[e] = append(projectPlaces[e], pr.Places...)
		}
	}
	// Countries a document's title or publisher names are implied by every
	// sentence of it: "Japan's Cooperation ..." is all about Japan, and a
	// Japanese ministry's "US$12 million to the WFP" is Japan's money. They
	// frame each sentence as a lead-in does.
	// A title that lists several countries ("with Cambodia, Laos,
	// Vietnam and Myanmar") names the document's scope, not what each
	// sentence is about: "96 technicians have been trained" is not
	// Cambodia's count.
	md.implicit = map[*corpus.Document][]string{}
	for _, d := range md.docs {
		text := d.Title + " " + d.Publisher
		ms := slices.DeleteFunc(md.src.AllGeoMentions(text), func(m GeoMention) bool { return m.IsGroup })
		listed := listedMentions(text, ms)
		for i, m := range ms {
			if !listed[i] {
				md.implicit[d] = append(md.implicit[d], m.Name)
			}
		}
	}
	implicitTerms := map[*corpus.Document]map[string]bool{}
	for d, names := range md.implicit {
		implicitTerms[d] = md.termsOf(strings.Join(names, " "))
	}
	// Each passage is read on its own and the source is only read, so the
	// passages are read on every core, the costliest part of a build after
	// extraction, and joined in document order.
	var all []*corpus.Passage
	for _, d := range md.docs {
		all = append(all, d.Passages...)
	}
	reads := make([]passageRead, len(all))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), len(all))) {
		wg.Go(func() {
			in := interner{}
			for {
				i := int(next.Add(1)) - 1
				if i >= len(all) {
					return
				}
				reads[i] = md.readPassage(all[i], about, aboutN, projectPlaces, implicitTerms, in)
			}
		})
	}
	wg.Wait()

	df := map[string]int{}
	md.sentsOf = map[*corpus.Passage][]*sentenceRec{}
	md.ctxTerms = map[*corpus.Passage]termSet{}
	md.ctxText = map[*corpus.Passage]string{}
	md.ctxHave = map[*corpus.Passage]map[string]bool{}
	md.ctxOrgs = map[*corpus.Passage]map[string]bool{}
	for i, p := range all {
		r := &reads[i]
		for _, rec := range r.sents {
			for _, t := range rec.terms {
				df[t]++
			}
			md.sents = append(md.sents, rec)
			md.sentsOf[p] = append(md.sentsOf[p], rec)
		}
		md.ctxText[p] = r.ctxText
		md.ctxTerms[p] = r.ctxTerms
		md.ctxHave[p] = r.ctxHave
		md.ctxOrgs[p] = r.ctxOrgs
		*r = passageRead{} // let what is kept be the model's alone
	}
	reads = nil
	// A place a section has named counts for the rest of it: "the Kota
	// Kinabalu workshop series" is funded two paragraphs below its place.
	// Not for what comes before: the section's opening sum is not the
	// one of a centre "planned in Mandalay" two paragraphs on.
	for _, d := range md.docs {
		secPlaces := map[int][]string{}
		for _, p := range d.Passages {
			// A list item's place is that item's, not its section's.
			if p.Kind != corpus.KindItem && p.Kind != corpus.KindBullet {
				for _, pl := range md.src.PassageFacts(p).Places {
					secPlaces[p.Cite.Section] = append(secPlaces[p.Cite.Section], pl.Name)
				}
			}
			if p.Cite.Section == 0 {
				continue
			}
			for _, name := range secPlaces[p.Cite.Section] {
				md.ctxHave[p][name] = true
			}
		}
	}
	md.organOrgs()
	md.headingOrgs()
	md.sectionOpeners()
	md.tableNoteOrgs()
	md.titledProjectOrgs()
	md.termCache = map[string]map[string]bool{}
	for _, m := range md.facts.Memberships {
		md.termCache[m.Org] = md.termsOf(m.Org)
	}
	for _, d := range md.docs {
		k := d.Title + " " + d.Publisher + " " + strings.ReplaceAll(d.ID, "-", " ")
		md.termCache[k] = md.termsOf(k)
	}
	md.groupFold = map[string]*regexp.Regexp{}
	for name := range md.facts.Groups {
		md.groupFold[name] = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(name) + `\b`)
	}
	md.rawWords = map[string]bool{}
	for _, r := range md.sents {
		for _, w := range prose.WordRE.FindAllString(strings.ToLower(r.text), -1) {
			if len(w) >= minRawWord {
				md.rawWords[w] = true
			}
		}
	}
	md.idf = map[string]float64{}
	n := float64(len(md.sents))
	for t, c := range df {
		md.idf[t] = math.Log(1 + n/float64(c))
	}
	md.maxIDF = math.Log(1 + n)
}

// withTerms adds the terms of more to terms, which it returns.
func withTerms(terms, more map[string]bool) map[string]bool {
	for t := range more {
		terms[t] = true
	}
	return terms
}

// reAgreementBack is a sentence that opens by pointing back at what the
// sentence before it named.
// reSentenceBack is an opening that takes up what the sentence before
// named ("Of this amount", "The agreement"), not a pronoun for a thing.
var reSentenceBack = regexp.MustCompile(`(?i)^\W*(?:` + lexicon.Alt("sentence back references", "breakdown leads") + `)\b`)

var reAgreementBack = regexp.MustCompile(`(?i)^\W*(?:` + lexicon.Alt("back references", "sentence back references", "breakdown leads") + `)\b`)

// takesUpIndefinite reports whether text opens with "The" and a noun the
// sentence before, prev, brought in with "a" or "an": "In the
// Philippines, a revision of the structural provisions of the National
// Building Code was prepared ... The revision has not yet been adopted".
func takesUpIndefinite(text, prev string) bool {
	m := reDefiniteOpen.FindStringSubmatch(text)
	if m == nil || prose.Stopwords[strings.ToLower(m[1])] {
		return false
	}
	// Read word by word, not by a pattern compiled for each noun: this
	// runs for many sentences while the model is built.
	fs := strings.Fields(prev)
	for i, f := range fs {
		if a := strings.ToLower(strings.TrimLeftFunc(f, isPunct)); a != "a" && a != "an" {
			continue
		}
		// The noun, or up to two words before it, each whole.
		for _, w := range fs[i+1 : min(len(fs), i+1+maxIndefiniteWords)] {
			word := strings.TrimRightFunc(w, isPunct)
			if strings.EqualFold(word, m[1]) {
				return true
			}
			if word != w {
				break
			}
		}
	}
	return false
}

// maxIndefiniteWords is how many words after "a" its noun may stand:
// itself or after up to two words ("a revision", "a new draft revision").
const maxIndefiniteWords = 3

// isPunct reports whether r is neither a letter, a digit nor a hyphen: what
// ends or opens a word in a sentence.
func isPunct(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_'
}

// reDefiniteOpen is a sentence's opening "The" and the noun after it, as
// a subject: "The revision has".
var reDefiniteOpen = regexp.MustCompile(`^\W*The\s+(\p{Ll}[\p{L}-]+)\s+(?:` + lexicon.Alt("membership be") + `|has|have|had|was|were|is|are|will|would|can|could|may|must|should)\b`)

// reBackRef is a passage's opening that points back at the passage before
// it: "It runs ...", "The programme was launched ...".
var reBackRef = regexp.MustCompile(`(?i)^\W*(?:` + lexicon.Alt("back references") + `)\b`)

// reMidBack points back, inside a sentence, at what the sentence before
// named: "for this component".
var reMidBack = regexp.MustCompile(`(?i)\b(?:for|under|to)\s+(?:this|that|these)\s+(?:` + lexicon.Alt("things pointed back to") + `)\b`)

// reSumBack points back, inside a sentence, at a sum the sentence before
// told of: "of that cost", "of this amount".
// reOpensWithPronoun is a sentence whose subject is a pronoun, after at most
// a short opening phrase: "It is now scheduled", "Because of COVID-19 it
// was moved online", "It took place instead in Kuching".
var reOpensWithPronoun = regexp.MustCompile(`(?i)^\W*(?:(?:` + lexicon.Alt("opening phrase heads") + `)\s+[^,.;]{1,40}?,?\s+)?(?:` + lexicon.Alt("pronoun subjects") + `)\s+(?:\w+\s+)?(?:` + lexicon.Alt("finite auxiliaries", "modal auxiliaries") + `|\w+ed|took|went|began|met|came|left)\b`)

// reExpletive is the "it" that stands for nothing before it: "It is
// expected that", "It was agreed to".
var reExpletive = regexp.MustCompile(`(?i)^\W*it\s+(?:is|was|has been|had been|will be|would be)\s+(?:\w+\s+){0,2}?(?:that|to|whether)\b`)

// pronounSubject reports whether text's subject is a pronoun that points
// back to the sentence before.
func pronounSubject(text string) bool {
	return reOpensWithPronoun.MatchString(text) && !reExpletive.MatchString(text)
}

// reSubjectEnd is where a sentence's subject ends: its first auxiliary or
// past-tense verb.
var reSubjectEnd = regexp.MustCompile(`(?i)\s(?:` + lexicon.Alt("finite auxiliaries", "modal auxiliaries") + `|\w+ed)\b`)

// maxOpeningSubjectWords is the most words a subject may have: past it the
// sentence is no plain "subject verb" one, and its subject is not read.
const maxOpeningSubjectWords = 12

// subjectOf is the subject of a plain sentence: the words before its
// first auxiliary or past-tense verb, after any opening phrase that ends
// in a comma ("Under ADSS, Japan provides" has "Japan").
func subjectOf(text string) string {
	loc := reSubjectEnd.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	subj := text[:loc[0]]
	if i := strings.LastIndex(subj, ","); i >= 0 {
		subj = subj[i+1:]
	}
	if n := len(strings.Fields(subj)); n == 0 || n > maxOpeningSubjectWords {
		return ""
	}
	return subj
}

// reThere is "there" as a place pointed back to ("Expenditure there
// has reached"), with the word after it, which tells it from the "there"
// that opens a clause ("there is", "there have been").
var reThere = regexp.MustCompile(`(?i)\bthere\b(\s+\w+)?`)

// thereVerbs follow "there" when it opens a clause rather than points to a
// place.
var thereVerbs = lexicon.Set("verbs after an opening there")

// pointsToPlace reports whether text says "there" of a place.
func pointsToPlace(text string) bool {
	for _, m := range reThere.FindAllStringSubmatch(text, -1) {
		if !thereVerbs[strings.ToLower(strings.TrimSpace(m[1]))] {
			return true
		}
	}
	return false
}

// lastPlaceIn is the place or country text names last, as written, or "":
// the one "there" in the sentence after it points to.
func (md *Model) lastPlaceIn(text string, p *corpus.Passage) string {
	at, last := -1, ""
	for _, pl := range md.src.PassageFacts(p).Places {
		if i := strings.LastIndex(text, pl.AsWritten); i > at {
			at, last = i, pl.AsWritten
		}
	}
	for _, m := range md.src.AllGeoMentions(text) {
		if !m.IsGroup && m.Span.Start > at {
			at, last = m.Span.Start, text[m.Span.Start:m.Span.End]
		}
	}
	return last
}

var reSumBack = regexp.MustCompile(`(?i)\b(?:of|for)\s+(?:this|that|the\s+same)\s+(?:` + lexicon.Alt("sums pointed back to") + `)\b`)

// passageBefore is the passage before p in its section, or nil.
func passageBefore(p *corpus.Passage) *corpus.Passage {
	ps, k := p.Doc.Passages, p.Order
	if k <= 0 || k > len(ps) || ps[k-1].Cite.Section != p.Cite.Section || ps[k-1].Kind == corpus.KindTitle {
		return nil
	}
	return ps[k-1]
}

// readPassage reads one passage's sentences and context.
func (md *Model) readPassage(p *corpus.Passage, about map[corpus.Excerpt]string, aboutN map[corpus.Excerpt]int, projectPlaces map[corpus.Excerpt][]corpus.Place, implicitTerms map[*corpus.Document]map[string]bool, in interner) passageRead {
	var out passageRead
	// A list's lead-in and the section title count for half.
	// The countries the document is about frame every sentence; their
	// terms are read once a document.
	implied := implicitTerms[p.Doc]
	leadText := p.LeadFrame() + " " + p.Cite.SectionTitle
	// "March 1959: Agreement ... signed. ... Japan undertook to provide
	// 1.5 billion yen": a chronology line's date label frames each of its
	// sentences.
	if m := prose.DateLabel.FindString(p.Text); m != "" {
		leadText += " " + m
	}
	// "Q: Could you tell us more about the JENESYS Programme?" "The
	// programme was launched in FY2007 ...": a passage answering the
	// question before it is about what that asks.
	prevText, asked := "", ""
	if before := passageBefore(p); before != nil {
		if isQuestion(before.Text) {
			asked = " " + before.Text
			leadText += asked
		} else {
			// A passage that opens by pointing back ("The programme was
			// launched ...") speaks of what the one before it last named.
			ss := md.src.PassageFacts(before).Sentences
			if len(ss) > 0 {
				last := ss[len(ss)-1]
				prevText = before.Text[last.Start:last.End]
			}
		}
	}
	lead := in.termSet(withTerms(md.termsOf(leadText), implied))
	backOf := map[*sentenceRec]string{}
	midBack := map[*sentenceRec]string{}
	for _, s := range md.src.PassageFacts(p).Sentences {
		rec := &sentenceRec{p: p, span: s, text: p.Text[s.Start:s.End], lead: lead}
		// "The agreement was signed by Mr. X": a sentence that opens by
		// pointing back speaks of what the sentence before it did, which
		// frames it as a lead-in does.
		// "Japan bore 60 percent of that cost": a sum pointed back to
		// mid-sentence is the one the sentence before told of.
		if prevText != "" && (reAgreementBack.MatchString(rec.text) || len(out.sents) == 0 && reBackRef.MatchString(rec.text) || reSumBack.MatchString(rec.text) || takesUpIndefinite(rec.text, prevText)) {
			rec.lead = in.termSet(withTerms(md.termsOf(leadText+" "+prevText), implied))
			// "Of this amount, US$4 million ...": the countries the
			// sentence before named are this one's too. Not after "its",
			// which speaks of a thing, not of the countries with it.
			if reSentenceBack.MatchString(rec.text) || takesUpIndefinite(rec.text, prevText) {
				backOf[rec] = prevText
			}
		}
		// "Japan has budgeted ¥390 million for this component": the
		// countries of the request the sentence before told of are this
		// sum's too, beside the payer it names.
		if prevText != "" && reMidBack.MatchString(rec.text) {
			midBack[rec] = prevText
		}
		// "... concentrated in Oudomxay Province. Expenditure there has
		// reached 168 million yen": the place the sentence before named
		// last is this one's.
		if prevText != "" && pointsToPlace(rec.text) {
			rec.there = md.lastPlaceIn(prevText, p)
		}
		// "The handover ceremony was postponed ... It is now scheduled for
		// 9 October 2003": what "it" stands for is the subject before.
		subject := ""
		if prevText != "" && pronounSubject(rec.text) {
			subject = " " + subjectOf(prevText)
		}
		prevText = rec.text
		// A sentence about a project speaks of it as fully as if it named
		// it: "Japan will provide ¥150 million" in the Caravan's item is
		// the Caravan's money.
		// The place "there" points to is named in it as fully.
		rec.terms = in.termSet(md.termsOf(rec.text + about[corpus.Excerpt{Passage: p, Span: s}] + " " + rec.there + subject))
		out.sents = append(out.sents, rec)
	}
	out.ctxText = p.Text + " " + p.LeadFrame() + " " + p.Cite.SectionTitle + asked
	// The document's title frames every passage a little: "the loan for
	// the Flores plant" in a release titled "... Power Plant on Flores
	// Island" is its loan, though the paragraph says only "the Project".
	out.ctxTerms = in.termSet(withTerms(md.termsOf(out.ctxText+" "+p.Doc.Title), implied))
	out.ctxHave = md.namesIn(out.ctxText, p)
	keys := map[string]bool{}
	for _, m := range md.src.OrgMentions(out.ctxText) {
		keys[m.Key] = true
		// "the JICA Kansai Center" is JICA's too: a body's office named
		// by the body's short form and its own words.
		if first, _, ok := strings.Cut(out.ctxText[m.Span.Start:m.Span.End], " "); ok && len(first) > 1 && strings.ToUpper(first) == first {
			for _, o := range md.src.OrgMentions(first) {
				keys[o.Key] = true
			}
		}
	}
	// "the Network", "the Centre": the document's organisation of that
	// kind.
	for _, m := range prose.OrgRefRE.FindAllStringSubmatch(out.ctxText, -1) {
		head := prose.CanonOrg(prose.UpperFirst(strings.ToLower(m[1])))
		for i := range md.facts.Orgs {
			o := &md.facts.Orgs[i]
			if o.Passage != nil && o.Passage.Doc == p.Doc && strings.Contains(prose.CanonOrg(o.Name), head) {
				keys[prose.Fold(prose.CanonOrg(o.Name))] = true
			}
		}
	}
	// "| Counterpart funds | Rp 312.8 billion |" in a table of the
	// project's fields is about the project as fully as if it named it.
	// So is a paragraph under the project's own sub-heading ("JICA
	// provided JPY 18.5 million for the course"), every sentence of
	// which is about it.
	if p.IsTableRow() || len(out.sents) > 0 && !slices.ContainsFunc(out.sents, func(r *sentenceRec) bool { return aboutN[corpus.Excerpt{Passage: p, Span: r.span}] != 1 }) {
		for _, r := range out.sents {
			for _, m := range md.src.OrgMentions(about[corpus.Excerpt{Passage: p, Span: r.span}]) {
				keys[m.Key] = true
			}
		}
	}
	out.ctxOrgs = keys
	// "Case 3 — Lao PDR: Southern Rural Roads" over "26 bridges
	// replaced": a section whose title names one country speaks of it in
	// every sentence that names no place of its own.
	// Not a country the title names as an audience or a comparison
	// ("Lessons for Myanmar").
	titleCountry := ""
	if title := p.Cite.SectionTitle; title != "" {
		if ms := md.src.AllGeoMentions(title); len(ms) == 1 && !ms[0].IsGroup && !reAudienceBefore.MatchString(title[:ms[0].Span.Start]) {
			titleCountry = ms[0].Name
		}
	}
	// "Laos: Loan for the Pakse bridge. The L/A was signed on 2 May
	// 2012.": an item labelled with one country speaks of it in every
	// sentence that names no place of its own, whatever its lead-in names.
	labelCountry := md.labelCountry(p.Text)
	headCountry := ""
	if p.Label != "" && strings.HasPrefix(p.Cite.Item, "(") {
		if ms := md.src.AllGeoMentions(p.Label); len(ms) == 1 && !ms[0].IsGroup && !slices.Contains(md.implicit[p.Doc], ms[0].Name) {
			headCountry = ms[0].Name
		}
	}
	// "Brunei is not covered by this part": a country the
	// lead-in leaves out is not one its items speak of.
	leadNames := withoutExclusions(p.Lead)
	// The question a passage answers frames it by the countries and
	// groups it names, not by every member of a group: "disaster
	// management, which goes beyond the Mekong countries" makes no answer
	// about Myanmar.
	var askedNames []string
	for _, m := range md.src.AllGeoMentions(asked) {
		askedNames = append(askedNames, m.Name)
	}
	for _, r := range out.sents {
		// "The delegation of Japan was led by": a sentence that names a
		// country of its own speaks of it, not of those before it.
		back := backOf[r]
		if back != "" && len(md.src.AllGeoMentions(r.text)) > 0 {
			back = ""
		}
		r.have = md.namesIn(r.text+" "+leadNames+" "+back+" "+midBack[r]+" "+r.there, r.p)
		for _, n := range askedNames {
			r.have[n] = true
		}
		// Nor does naming only what the whole document implies: "At the
		// CG Meeting held in Tokyo, Japan pledged ..." under "1. Cambodia"
		// is Cambodia's.
		if titleCountry != "" && (len(r.have) == 0 || md.namesOnlyImplied(r)) {
			r.have[titleCountry] = true
		}
		if labelCountry != "" && len(md.namesIn(r.text, r.p)) == 0 {
			r.have[labelCountry] = true
		}
		// Not a project's places in several countries: a programme run
		// in five cities, one of them in Laos, is no Lao project, and its
		// sum no Lao sum; the Exchange of Notes for the Vietnamese radars
		// is not one for the Pathein radar in Myanmar.
		if pls := projectPlaces[corpus.Excerpt{Passage: r.p, Span: r.span}]; oneCountry(pls) {
			for _, pl := range pls {
				r.have[pl.Name] = true
				r.have[pl.Country] = true
			}
		}
		// "(2) Portable terminal for Lao PDR" over "Japan responded with
		// grant aid of up to ¥20 million": a sub-heading that names one
		// country speaks of it in each sentence under it that names no
		// place of its own. A country every sentence of the document
		// implies (Japan, in a Japanese ministry's paper) is none of its
		// own.
		if headCountry != "" && !slices.ContainsFunc(md.src.AllGeoMentions(r.text), func(m GeoMention) bool { return !slices.Contains(md.implicit[r.p.Doc], m.Name) }) {
			r.have[headCountry] = true
		}
		r.orgs, r.geos = md.src.Mentions(r.text)
	}
	return out
}

// withoutExclusions is text without its sentences that leave something
// out ("Brunei, Malaysia and Singapore are not covered").
func withoutExclusions(text string) string {
	if !prose.Excludes(text) {
		return text
	}
	var kept []string
	for _, s := range reSentenceEnd.Split(text, -1) {
		if !prose.Excludes(s) {
			kept = append(kept, s)
		}
	}
	return strings.Join(kept, ". ")
}

// reSentenceEnd is a stop and the space after it.
var reSentenceEnd = regexp.MustCompile(`[.;]\s+`)

// labelCountry is the country a passage opens with as its label, before
// a colon and nothing else: "Laos: Loan for ...".
func (md *Model) labelCountry(text string) string {
	m := reLabel.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	label := strings.TrimSpace(m[1])
	ms := md.src.AllGeoMentions(label)
	if len(ms) != 1 || ms[0].IsGroup || ms[0].Span.Start != 0 || ms[0].Span.End != len(label) {
		return ""
	}
	return ms[0].Name
}

// reLabel is a short label a passage opens with, before its colon.
var reLabel = regexp.MustCompile(`^\s*([^:.;,]{2,40}):\s`)

// interner gives one copy of each string. The model keeps several term
// sets for every sentence, drawn from a vocabulary of some thousands: one
// copy of each term is a fraction of the memory of one for each use.
type interner map[string]string

func (in interner) of(s string) string {
	if c, ok := in[s]; ok {
		return c
	}
	in[s] = s
	return s
}

// termSet is newTermSet with its terms interned.
func (in interner) termSet(m map[string]bool) termSet {
	s := newTermSet(m)
	for k, t := range s {
		s[k] = in.of(t)
	}
	return s
}

// sentenceOf finds the sentence record holding a span of a passage.
func (md *Model) sentenceOf(p *corpus.Passage, s corpus.Span) *sentenceRec {
	for _, r := range md.sentsOf[p] {
		if s.Start >= r.span.Start && s.Start < r.span.End {
			return r
		}
	}
	return nil
}

// sentenceBefore is the sentence before r in its passage, or nil.
func (md *Model) sentenceBefore(r *sentenceRec) *sentenceRec {
	var prev *sentenceRec
	for _, o := range md.sentsOf[r.p] {
		if o == r {
			return prev
		}
		prev = o
	}
	return nil
}

// sentenceAfter is the sentence after r in its passage, or nil.
func (md *Model) sentenceAfter(r *sentenceRec) *sentenceRec {
	ss := md.sentsOf[r.p]
	for i, o := range ss {
		if o == r && i+1 < len(ss) {
			return ss[i+1]
		}
	}
	return nil
}

// recOfSentence is passage p's sentence whose text is s, or nil.
func (md *Model) recOfSentence(p *corpus.Passage, s string) *sentenceRec {
	for _, r := range md.sentsOf[p] {
		if r.text == s {
			return r
		}
	}
	return nil
}

// wholePassage treats a passage as one sentence, for facts that span it.
func wholePassage(p *corpus.Passage) *sentenceRec {
	return &sentenceRec{p: p, span: corpus.Span{Start: 0, End: len(p.Text)}, text: p.Text, whole: true}
}

// passages lists every passage in document order.
func (md *Model) passages() []*corpus.Passage {
	var out []*corpus.Passage
	for _, d := range md.docs {
		out = append(out, d.Passages...)
	}
	return out
}

// minHeadingOrgWords is the fewest words of an organisation's name a
// section heading must hold to be about it.
const minHeadingOrgWords = 3

// headingOrgs counts an organisation a section's heading speaks of in its
// own words as named in every passage of the section: under "Second phase
// of the ASEAN marine plastics monitoring network launched", "opened the
// meeting" is about the ASEAN Regional Marine Plastics Observation
// Network. The heading must hold most of the name's words, three at
// least, so that a heading on one subject does not frame another body.
func (md *Model) headingOrgs() {
	orgsOf := map[*corpus.Document][]*corpus.Org{}
	for i := range md.facts.Orgs {
		if o := &md.facts.Orgs[i]; o.Passage != nil {
			orgsOf[o.Passage.Doc] = append(orgsOf[o.Passage.Doc], o)
		}
	}
	geo := map[string]bool{} // words that name a place, read once each
	for _, d := range md.docs {
		orgs := orgsOf[d]
		if len(orgs) == 0 {
			continue
		}
		names := make([]map[string]bool, len(orgs))
		for i, o := range orgs {
			names[i] = md.ownWords(o.Name, geo)
		}
		headOf := map[string]string{}
		for _, o := range orgs {
			headOf[orgKey(o)] = prose.NameHead(o.Name)
		}
		byTitle := map[string][]string{}
		named := func(title string) []string {
			keys, ok := byTitle[title]
			if !ok {
				have := md.ownWords(title, geo)
				for i, o := range orgs {
					n := 0
					for w := range names[i] {
						if have[w] {
							n++
						}
					}
					if n >= minHeadingOrgWords && 3*n >= 2*len(names[i]) {
						keys = append(keys, orgKey(o))
					}
				}
				byTitle[title] = keys
			}
			return keys
		}
		// sub is the numbered sub-heading the passages stand under: "(1)
		// Japan-ASEAN Coastal Fisheries Training Centre" over "By the end
		// of March 2013, 412 officers had completed courses there", up
		// to the next numbered item or section.
		// A sub-heading that names only an aspect ("(2) Cost", "(3)
		// Launch") goes on about what the one before it named: "(1) Joint
		// Earth Observation Microsatellite for ASEAN (JEMA-1)".
		sub, sec := "", -1
		var carried []string
		for _, p := range d.Passages {
			if p.Cite.Section != sec {
				sub, sec, carried = "", p.Cite.Section, nil
			}
			cont := false
			if p.Kind == corpus.KindParagraph && strings.HasPrefix(p.Cite.Item, "(") {
				sub = p.Label
				if own := named(sub); len(own) > 0 {
					carried = own
				} else if sub == "" && len(carried) > 0 && pointsBackTo(p.Text, carried, headOf) {
					// "(2) On the Lao side the project is directed by
					// ...": an item with no heading of its own that
					// speaks of "the project" goes on about the one the
					// item before it was headed with.
					cont = true
				} else if !md.aspectHeading(sub) {
					carried = nil
				}
			}
			var keys []string
			if title := p.Cite.SectionTitle; title != "" {
				keys = named(title)
			}
			if sub != "" || cont {
				if own := named(sub); sub != "" && len(own) > 0 {
					keys = append(slices.Clip(keys), own...)
				} else {
					keys = append(slices.Clip(keys), carried...)
				}
			}
			for _, k := range keys {
				if md.ctxOrgs[p] == nil {
					md.ctxOrgs[p] = map[string]bool{}
				}
				md.ctxOrgs[p][k] = true
			}
		}
	}
}

// reDefiniteHead is a definite noun phrase's first word: "the project".
var reDefiniteHead = regexp.MustCompile(`(?i)\b(?:the|this)\s+(\p{L}+)\b`)

// pointsBackTo reports whether text speaks of one of the bodies keys by
// its head noun alone ("the project"), and of no other: of two carried,
// "the project" may be either.
func pointsBackTo(text string, keys []string, headOf map[string]string) bool {
	if len(keys) != 1 || headOf[keys[0]] == "" {
		return false
	}
	head := headOf[keys[0]]
	for _, m := range reDefiniteHead.FindAllStringSubmatch(text, -1) {
		if strings.ToLower(m[1]) == head {
			return true
		}
	}
	return false
}

// aspectHeading reports whether a sub-heading names only an aspect of
// what the one before spoke of: "Cost", "Establishment and membership",
// "Staff and Governance", with no place; not "Portable terminal for Lao
// PDR".
func (md *Model) aspectHeading(label string) bool {
	return prose.AspectWords(label) && len(md.src.AllGeoMentions(prose.AspectCore(label))) == 0
}

// sectionOpeners counts the body a section's first passage defines ("The
// Rules of Origin Capacity Building Programme (ROCAP) was launched ...")
// under a heading that names it in short ("Rules of Origin") as named in
// the section's later passages that name no body of their own: after it,
// "To date, 14 training courses have been held in Yokohama" speaks of
// ROCAP's courses.
func (md *Model) sectionOpeners() {
	opener := map[*corpus.Passage]*corpus.Org{}
	for i := range md.facts.Orgs {
		o := &md.facts.Orgs[i]
		// The first body the passage defines: "The ... (ROCAP)", or
		// "Since FY2018, JICA has run the Mekong Pilot Training
		// Programme (MPTP)"; not one defined in the heading (whose span
		// is empty). The heading must still name it in short.
		// Not a body after a preposition ("builds border posts with the
		// Border Post Agency (BPA)"): the passage is not about it.
		if o.Passage == nil || o.Acronym == "" || o.General || o.Span.End == 0 || o.Span.Start > len("The ") && reAfterPreposition.MatchString(o.Passage.Text[:o.Span.Start]) {
			continue
		}
		if _, taken := opener[o.Passage]; !taken {
			opener[o.Passage] = o
		}
	}
	geo := map[string]bool{}
	for _, d := range md.docs {
		var cur *corpus.Org
		aspect := false
		sec := -1
		for _, p := range d.Passages {
			if p.Cite.Section != sec {
				sec, cur = p.Cite.Section, opener[p]
				// Only a body the heading names in short: "Rules of
				// Origin" over the Rules of Origin Capacity Building
				// Programme, not "The ASEAN-Japan Commemorative Summit"
				// over the ASEAN-Japan Centre.
				// Nor one under a heading that names only its membership
				// ("(1) Establishment and membership"): the section is
				// about the members of what its first passage defines.
				aspect = cur != nil && md.aspectHeading(headingWords(p.Cite.SectionTitle)) && prose.MembershipHeading(p.Cite.SectionTitle)
				if cur != nil && !headingShortFor(md.ownWords(p.Cite.SectionTitle, geo), md.ownWords(cur.Name, geo)) && !aspect {
					cur = nil
				}
				continue
			}
			if cur == nil || sec == 0 {
				continue
			}
			// Under a membership heading, a passage that names other
			// bodies ("the Government of Thailand provides ...") is still
			// about the section's, unless one of them is of its kind.
			if len(md.ctxOrgs[p]) > 0 {
				if !aspect || slices.ContainsFunc(md.src.OrgMentions(p.Text), func(n OrgMention) bool { return prose.NameHead(n.Name) == prose.NameHead(cur.Name) }) {
					continue
				}
				md.ctxOrgs[p][orgKey(cur)] = true
				continue
			}
			md.ctxOrgs[p] = map[string]bool{orgKey(cur): true}
		}
	}
}

// organOrgs counts a body's organ that a document names in full by the
// body's short form and its own words ("AJSTN Steering Committee") as
// named in every passage of the document that names the body and the
// organ's words alone: "the Steering Committee" in a passage on the
// AJSTN is the AJSTN's.
func (md *Model) organOrgs() {
	type organ struct {
		key, rest string
		body      []string // the keys of the body its short form names
	}
	organs := map[*corpus.Document][]organ{}
	for i := range md.facts.Orgs {
		o := &md.facts.Orgs[i]
		if o.Passage == nil {
			continue
		}
		first, rest, ok := strings.Cut(o.Name, " ")
		if !ok || len(first) < 2 || strings.ToUpper(first) != first {
			continue
		}
		var body []string
		for _, m := range md.src.OrgMentions(first) {
			body = append(body, m.Key)
		}
		if len(body) > 0 {
			organs[o.Passage.Doc] = append(organs[o.Passage.Doc], organ{orgKey(o), prose.Fold(prose.CanonOrg(rest)), body})
		}
	}
	for d, os := range organs {
		for _, p := range d.Passages {
			keys := md.ctxOrgs[p]
			for _, o := range os {
				if keys[o.rest] && slices.ContainsFunc(o.body, func(k string) bool { return keys[k] }) {
					keys[o.key] = true
				}
			}
		}
	}
}

// tableNoteOrgs gives a note right after a table ("Note: By September
// 2016, 9 of the 16 pilot hospitals had completed ...") the bodies the
// table's rows speak of: it is a note on them, though it stands under no
// item of its own.
func (md *Model) tableNoteOrgs() {
	for _, d := range md.docs {
		for i, p := range d.Passages {
			if i == 0 || p.IsTableRow() || p.Cite.Item != "" {
				continue
			}
			row := d.Passages[i-1]
			label, _, ok := strings.Cut(p.Text, ":")
			if !row.IsTableRow() || row.Cite.Section != p.Cite.Section || !ok || !notLineLabels[strings.ToLower(strings.TrimSpace(label))] || len(md.ctxOrgs[row]) == 0 {
				continue
			}
			if md.ctxOrgs[p] == nil {
				md.ctxOrgs[p] = map[string]bool{}
			}
			for k := range md.ctxOrgs[row] {
				md.ctxOrgs[p][k] = true
			}
		}
	}
}

// notLineLabels open a note, not an item of the list before it.
var notLineLabels = lexicon.Set("not line labels")

// reAfterPreposition ends with a preposition and its article.
var reAfterPreposition = regexp.MustCompile(`(?i)\b(?:with|by|to|for|through|from|of|in|at|on|under|via|between|among)\s+(?:the\s+)?$`)

// headingShortFor reports whether a heading's own words are all words of
// a name, and there are some.
func headingShortFor(heading, name map[string]bool) bool {
	if len(heading) == 0 {
		return false
	}
	for w := range heading {
		if !name[w] {
			return false
		}
	}
	return true
}

// ownWords are the stems of text's own words, without the names of
// countries and groups in it, which many bodies' names share ("ASEAN-Japan
// Centre", "ASEAN-Japan Summit"). geo keeps which words name places, so
// that each is looked up once.
func (md *Model) ownWords(text string, geo map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, at := range prose.WordRE.FindAllStringIndex(text, -1) {
		w := text[at[0]:at[1]]
		if addFigure(text, at, out) {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if part == "" || prose.Stopwords[strings.ToLower(part)] {
				continue
			}
			isGeo, ok := geo[part]
			if !ok {
				isGeo = len(md.src.AllGeoMentions(part)) > 0
				geo[part] = isGeo
			}
			if !isGeo {
				out[stemTerm(part)] = true
			}
		}
	}
	return out
}

// reAudienceBefore is a preposition that makes the country after it the
// one something is for or compared with.
var reAudienceBefore = regexp.MustCompile(`(?i)\b(?:for|to|from|with|vs\.?|versus|than)\s+(?:the\s+)?$`)

// reListJoint is what stands between two items of a list: a comma, "and"
// or both, and the article some names take ("and the Philippines").
var reListJoint = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$`)

// minScopeList is the fewest countries a list must hold to be a scope:
// "Cambodia and Laos" may be what each sentence is about, "Cambodia,
// Laos, Vietnam and Myanmar" is not.
const minScopeList = 3

// listedMentions marks the mentions of text (in order) that stand in a
// list of at least minScopeList of them.
func listedMentions(text string, ms []GeoMention) map[int]bool {
	out := map[int]bool{}
	for _, r := range mentionRuns(text, ms) {
		if r[1]-r[0]+1 >= minScopeList {
			for k := r[0]; k <= r[1]; k++ {
				out[k] = true
			}
		}
	}
	return out
}

// mentionRuns are the runs of ms (first and last index) that text writes
// as one list, joined by commas and "and": "Laos, Cambodia and Vietnam".
func mentionRuns(text string, ms []GeoMention) [][2]int {
	var out [][2]int
	for i := 0; i < len(ms); {
		j := i
		for j+1 < len(ms) && ms[j].Span.End <= ms[j+1].Span.Start && reListJoint.MatchString(text[ms[j].Span.End:ms[j+1].Span.Start]) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j + 1
	}
	return out
}

// namesOnlyImplied reports whether every country and place r names is, or
// lies in, a country its whole document implies.
func (md *Model) namesOnlyImplied(r *sentenceRec) bool {
	implied := md.implicit[r.p.Doc]
	if len(implied) == 0 {
		return false
	}
	for _, m := range md.src.AllGeoMentions(r.text) {
		if !slices.Contains(implied, m.Name) {
			return false
		}
	}
	for _, pl := range md.src.PlacesIn(r.text) {
		if !slices.Contains(implied, pl.Country) {
			return false
		}
	}
	return true
}

// reHeadingNumber is the number a heading opens with: "(1) ", "3. ".
var reHeadingNumber = regexp.MustCompile(`^\s*(?:\(\w{1,3}\)|\w{1,3}\.)\s+`)

// headingWords is a heading without its number.
func headingWords(title string) string {
	return reHeadingNumber.ReplaceAllString(title, "")
}

// titledProjectOrgs counts the project a document's outline names under a
// project-title field ("- **Project title:** Project for Strengthening
// Science and Mathematics Teacher Education (SMTEP)") as named in each of
// its passages that name no other project of the document: a terminal
// evaluation's "Counterpart budget: 1,480 million kyat" is the SMTEP's.
func (md *Model) titledProjectOrgs() {
	md.projectKeys = md.docProjectKeys()
	for _, d := range md.docs {
		pk := md.projectKeys[d]
		if len(pk) == 0 {
			continue
		}
		main := ""
		for _, p := range d.Passages {
			if !projectTitleFields[strings.ToLower(strings.TrimSpace(p.Label))] {
				continue
			}
			for _, m := range md.src.OrgMentions(p.Text) {
				if pk[m.Key] && (main == "" || main == m.Key) {
					main = m.Key
				} else if pk[m.Key] {
					main = "-" // two projects titled: neither is the document's
				}
			}
		}
		if main == "" || main == "-" {
			continue
		}
		for _, p := range d.Passages {
			if slices.ContainsFunc(slices.Collect(maps.Keys(md.ctxOrgs[p])), func(k string) bool { return pk[k] }) {
				continue
			}
			if md.ctxOrgs[p] == nil {
				md.ctxOrgs[p] = map[string]bool{}
			}
			md.ctxOrgs[p][main] = true
		}
	}
}

// projectTitleFields are the labels of a field that names the project a
// document's outline describes.
var projectTitleFields = lexicon.Set("project title fields")
