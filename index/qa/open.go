package qa

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of "what is X" and "tell me about X" answers.
const (
	// introCoverage and introBonus rank the sentence that introduces an
	// organisation, "the ASEAN-Japan Centre (AJC) is ...", as a sure
	// answer to "what is the AJC", though below what it is for.
	introCoverage = 0.8
	introBonus    = 0.2
	// namedPurposeBonus puts what the named organisation is for above the
	// purposes of others its sentences mention.
	namedPurposeBonus = 0.1
	// maxLengthPenalty and lengthScale make the shorter of two equally
	// good sentences win: a penalty of one per lengthScale bytes, never
	// more than maxLengthPenalty, so length only breaks ties.
	maxLengthPenalty = 0.1
	lengthScale      = 5000
	// titlePenalty keeps a document's title, which names everything and
	// says nothing, below its passages.
	titlePenalty = 0.2
	// introPassageBonus puts the passage that introduces an organisation
	// first when the question is only its name: "tell me about RNEN".
	introPassageBonus = 0.1
	// passageOrderStep makes the earlier passage win among equals, too
	// small to outweigh anything else.
	passageOrderStep = 1e-4
	// openRunes is how much of a passage an open answer's line shows.
	openRunes = 300
)

var reWhatIs = regexp.MustCompile(`^\s*(?:so\s+)?(?:what|who)\s+(?:is|are|was)\b`)

// answerWhatIs answers "What is the ASEAN-Japan Centre?" with what it is
// for, when the documents say, and with the sentence that introduces it.
func (md *Model) answerWhatIs(aq *asked, consider offerFunc) {
	ent := aq.ent
	if len(ent.orgs) > 0 && reWhatIs.MatchString(aq.q) && coverageSet(aq.terms, md.termsOf(ent.orgs[0].Name+" "+ent.orgs[0].Acronym)) > fullCoverage {
		o := ent.orgs[0]
		// Where the documents introduce it says what it is.
		if rec := md.sentenceOf(o.Passage, o.Span); rec != nil && o.Acronym != "" && !o.General {
			consider(answerFrom(rec, rec.text, o.Acronym+" is the "+o.Name+": "+prose.Clip(rec.text, quoteRunes), o.Span), introCoverage, introBonus)
		}
		md.answerPurpose(aq, func(a Answer, cov, bonus float64) {
			if strings.HasPrefix(a.Text, o.Display()+":") {
				consider(a, cov, bonus+namedPurposeBonus)
			}
		})
	}
}

// answerOpen answers "tell me about X" with the passage that best covers
// the question; a paragraph that introduces a list brings its items.
func (md *Model) answerOpen(aq *asked, consider offerFunc) {
	md.openOnce.Do(md.readOpenContext)
	best := map[*corpus.Passage]float64{}
	focus := map[*corpus.Passage]float64{}
	for _, rec := range md.sents {
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		c := md.cov(aq, rec)
		// "What does Japan's support for water fee collection involve":
		// the words of a section's title the question names in full
		// ("3. Water Fee Collection") are held by each of its sentences.
		if title := rec.p.Cite.SectionTitle; md.titleNamed(aq, title) {
			ts := md.titleTerms[title]
			c = max(c, md.covHolding(aq, rec, func(t qterm) bool { return t.in(ts) }))
		}
		// Of equally good sentences, the shorter is more to the point.
		f := -math.Min(maxLengthPenalty, float64(len(rec.text))/lengthScale)
		if c > best[rec.p] || (c == best[rec.p] && f > focus[rec.p]) {
			best[rec.p], focus[rec.p] = c, f
		}
	}
	// In document order, so that of two passages that score the same the
	// same one is chosen every time.
	ps := make([]*corpus.Passage, 0, len(best))
	for p := range best {
		ps = append(ps, p)
	}
	slices.SortFunc(ps, func(a, b *corpus.Passage) int {
		if a.Doc.ID != b.Doc.ID {
			return strings.Compare(a.Doc.ID, b.Doc.ID)
		}
		return a.Order - b.Order
	})
	for _, p := range ps {
		c := best[p]
		text := p.Text
		for _, item := range md.itemsOfLead[p.Text] {
			if item != p {
				text += " " + item.Text
			}
		}
		// "(4) Rakhine Flood Response Rice Project (Myanmar)": a label on
		// a line of its own is about the paragraph after it.
		if next := labelBody(p); next != nil {
			text += " " + next.Text
		}
		bonus := focus[p]
		if p.Kind == corpus.KindTitle {
			bonus -= titlePenalty
		}
		// "What does the Pakse component involve": the row of a table
		// whose label is the place asked, over a sentence about the whole
		// whose name holds the place among others.
		if p.IsTableRow() && labelIsPlaceAsked(aq, p.Label) {
			bonus += placeRowBonus
		}
		// "Tell me about RNEN": where the documents introduce it. The
		// head its name opens with ("Project for") is no word of it the
		// question names: "the SDHM project" is named by SDHM alone.
		for _, o := range aq.ent.orgs {
			if o.Passage == p && coverageSet(aq.terms, md.nameTerms(o)) > fullCoverage {
				bonus += introPassageBonus
			}
		}
		a := Answer{Span: text, Text: prose.Clip(text, openRunes), Sentence: p.Text, Passage: p}
		consider(a, c, bonus-float64(p.Order)*passageOrderStep)
	}
}

// nameTerms are the terms of o's name and short form, or of its name
// alone without the head it opens with before "for": the short form
// would bring that head back.
func (md *Model) nameTerms(o *corpus.Org) map[string]bool {
	if rest := prose.WithoutOpener(o.Name); rest != o.Name {
		return md.termsOf(rest)
	}
	return md.termsOf(o.Name + " " + o.Acronym)
}

// titleNamed reports whether the question holds every word of a section's
// title, of at least minTitleWords words.
func (md *Model) titleNamed(aq *asked, title string) bool {
	ts := md.titleTerms[title]
	if len(ts) < minTitleWords {
		return false
	}
	for t := range ts {
		if !slices.ContainsFunc(aq.terms, func(q qterm) bool { return q.stem == t || slices.Contains(q.alts, t) }) {
			return false
		}
	}
	return true
}

// readOpenContext reads the section titles' terms and the items of each
// lead, once: both depend on the documents alone.
func (md *Model) readOpenContext() {
	md.titleTerms = map[string]map[string]bool{}
	md.itemsOfLead = map[string][]*corpus.Passage{}
	for _, d := range md.docs {
		for _, p := range d.Passages {
			if t := p.Cite.SectionTitle; md.titleTerms[t] == nil {
				md.titleTerms[t] = md.termsOf(t)
			}
			if p.Lead != "" {
				md.itemsOfLead[p.Lead] = append(md.itemsOfLead[p.Lead], p)
			}
		}
	}
}

// minTitleWords is the fewest words a section's title must have for a
// question naming them all to name the section: "Overview" alone is
// named by any question about one.
const minTitleWords = 2

// maxLabelWords is the most words a line may have to be read as the label
// of the paragraph after it.
const maxLabelWords = 12

// labelBody is the paragraph right after p when p is a short label on a
// line of its own (no sentence in it), or nil.
func labelBody(p *corpus.Passage) *corpus.Passage {
	t := strings.TrimSpace(p.Text)
	if p.Kind == corpus.KindTitle || len(strings.Fields(t)) > maxLabelWords || strings.ContainsAny(strings.TrimRight(t, ")"), ".;") {
		return nil
	}
	ps := p.Doc.Passages
	for i, q := range ps {
		if q == p && i+1 < len(ps) && ps[i+1].Kind == corpus.KindParagraph && ps[i+1].Cite.Section == p.Cite.Section {
			return ps[i+1]
		}
	}
	return nil
}

// reEligibilityAsked asks who may take part in something: "who can
// attend MPSOT courses", "who may apply". The group is the verb.
var reEligibilityAsked = regexp.MustCompile(`^\s*(?:so\s+|and\s+)?who\s+(?:can|could|may|is\s+allowed\s+to|are\s+allowed\s+to|is\s+eligible\s+to|are\s+eligible\s+to)\s+(` + lexicon.Alt("taking part verbs asked") + `)\b`)

// reEligibilitySays is what a sentence says who may take part by:
// "courses are open to engineers", "eligible applicants are".
var reEligibilitySays = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("eligibility cues") + `)\b`)

// eligibilityStems are the stems of the words that carry the eligibility
// cues ("open" of "open to"), which a sentence saying one holds.
var eligibilityStems = sync.OnceValue(func() []string {
	var out []string
	for _, cue := range lexicon.Words("eligibility cues") {
		ws := strings.Fields(cue)
		w := ws[len(ws)-1]
		if w == "to" {
			w = ws[0]
		}
		out = append(out, stemTerm(w))
	}
	return prose.Uniq(out)
})

// eligibilityBonus ranks a sentence that says who may take part above
// others the question's words match as well.
const eligibilityBonus = 0.2

// answerEligibility answers who may take part in something with the
// sentence that says so ("Its courses are open to engineers and managers
// of public water utilities"), whose words need not hold the question's
// verb: attending is what being open to means.
func (md *Model) answerEligibility(aq *asked, consider offerFunc) {
	m := reEligibilityAsked.FindStringSubmatch(aq.q)
	if m == nil {
		return
	}
	verb := map[string]bool{}
	for _, w := range strings.Fields(m[1]) {
		verb[w] = true
	}
	cp := *aq
	cp.terms = slices.DeleteFunc(slices.Clone(aq.terms), func(t qterm) bool { return verb[t.word] })
	cp.covMemo = nil
	for _, rec := range md.sents {
		// The words of the cues first: the pattern is too dear to run
		// over every sentence.
		if !slices.ContainsFunc(eligibilityStems(), rec.terms.has) || !reEligibilitySays.MatchString(rec.text) || !md.entityFit(aq.ent, rec) {
			continue
		}
		if c := md.cov(&cp, rec); c >= minCoverage {
			consider(answerFrom(rec, rec.text, rec.text), c, eligibilityBonus)
		}
	}
}
