package index

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// extraction holds the facts of a corpus and the per-passage annotations
// that the Bleve documents and the answerer use.
type extraction struct {
	scope       map[*Document]map[string]bool // countries each document names
	corpusScope map[string]bool               // countries any document names
	// lastMemberOrg is the organisation of each document's latest
	// membership, which a bare "Myanmar is an observer" is about.
	lastMemberOrg map[*Document]string
	orgs          []Org
	orgByKey      map[string]*Org // folded acronym or name -> org
	groups        map[string]*Group
	places        []Place
	amounts       []Amount
	shares        []Share
	dates         []Date
	counts        []Count
	memberships   []Membership
	projects      []*Project
	people        []Person
	purposes      []Purpose
	lastSubjects  []string // countries the last membership clause was about, for "It"
	// prevSentence is the sentence before the one being read, whose
	// opening body "Its" opening a sentence stands for; read only when
	// such a sentence needs it.
	prevSentence string
	orgs2        *orgIndex
	groupMatch   map[string]*regexp.Regexp // groups a document defines, by name
	annot        map[*Passage]*annotation
}

// annotation is what extraction found in one passage.
type annotation struct {
	countries []string // canonical, with groups expanded and places' countries added
	direct    []string // countries named outright or through a group, in order
	groups    []string
	orgs      []string // display names
	places    []Place
	amounts   []Amount
	dates     []Date
	orgSpans  []Span
	sentences []Span
}

var (
	reAcrAfter   = startRE(`\(\s*([2-9][A-Z]{2,}s?|[A-Z][A-Za-z0-9]*?[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*|-\d{1,2})?|[A-Z]-[A-Z]{2,}[0-9]*|[A-Z]{2,}[0-9]*|[A-Z](?:/[A-Z])+)\s*\)`)
	reAcrComma   = startRE(`\(\s*([A-Z]{2,}[0-9]*)\s*,\s*([A-Z][^()]{3,100}?)\s*\)`)
	reAcrApposed = startRE(`,\s+(?:or\s+)?([A-Z]{3,}[0-9]*)\s*[,;.]`)
	reAcrBefore  = startRE(`\b([A-Z]{2,}[0-9]*)\s*\(\s*([A-Z][^()]{3,100}?)\s*\)`)
	reAcronymUse = startRE(`\b[A-Z]{2,}[0-9]*\b`)
	// reOrgName is a title-case name ending in an organisation's head noun:
	// "Mekong Institute", "Delta Forum", "Ministry of Finance". Its field
	// may be a list: "Ministry of Industry, Mines and Energy".
	reOrgName = startRE(`\b((?:[A-Z][\p{L}0-9]*(?:-[A-Z][\p{L}0-9]*)*\s+(?:(?:of|for|and)\s+)?){0,6}(?:` + lexicon.Alt("organisation heads taking of") + `(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\p{Ll}]+(?:(?:\s+[A-Z][\p{Ll}]+)*(?:,\s+[A-Z][\p{Ll}]+(?:\s+[A-Z][\p{Ll}]+)*)+,?\s+and\s+[A-Z][\p{Ll}]+)?(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\p{Ll}]+)*(?:\s+of\s+(?:the\s+)?[A-Z][\p{Ll}]+)?)?|` + lexicon.Alt("organisation heads", "organisation name heads") + `))\b`)

	// "70:30 basis", "shared 50-50", and "split between JICA and ADB at
	// roughly 75:25".
	reShare = startRE(`(?i)\b(\d{1,3})\s*(?:-|–|:|/)\s*(\d{1,3})\s*(?:basis|split|ratio|cost[- ]sharing)\b|\b(?:shared|split|ratio(?:\s+of)?)\s+(\d{1,3})\s*(?:-|–|:|/)\s*(\d{1,3})\b|\b(?:shared|split|divided)\s+between\b[^.;:]{0,60}?\s(?:at|in|on)\s+(?:a\s+ratio\s+of\s+)?(?:(?:roughly|about|approximately|some|around)\s+)?(\d{1,3})\s*(?:-|–|:|/)\s*(\d{1,3})\b|\b(?:shared|split|divided)\s+(?:the|its|their)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}?\s+(\d{1,3})\s*(?:-|–|:|/)\s*(\d{1,3})\b`)

	monthRe = `(` + prose.MonthAlt + `)\.?`
	ordRe   = `(?:st|nd|rd|th)?`
	reDates = []*prose.StartRE{
		// "28 January to 8 February 2008": the first day's year is the
		// second's (or the one before, across a new year).
		startRE(`\b(\d{1,2})` + ordRe + `\s+(?:of\s+)?` + monthRe + `\s*(?:-|–|to|until)\s*(\d{1,2})` + ordRe + `\s+(?:of\s+)?` + monthRe + `,?\s+(\d{4})\b`),
		// "between 22 and 29 September 2014".
		startRE(`\bbetween\s+(\d{1,2})` + ordRe + `\s+and\s+(\d{1,2})` + ordRe + `\s+(?:of\s+)?` + monthRe + `,?\s+(\d{4})\b`),
		// "February to June 2005", "March–June 2005".
		startRE(`\b` + monthRe + `\s*(?:-|–|to|until)\s*` + monthRe + `,?\s+(\d{4})\b`),
		// "15th to 21st July 2001", "4 and 5 February 2020": two days of
		// one event are one date.
		startRE(`\b(\d{1,2})` + ordRe + `\s*(?:-|–|to|until|and)\s*(\d{1,2})` + ordRe + `\s+(?:of\s+)?` + monthRe + `,?\s+(\d{4})\b`),
		startRE(`\b` + monthRe + `\s+(\d{1,2})` + ordRe + `\s*(?:-|–|to)\s*(\d{1,2})` + ordRe + `,?\s+(\d{4})\b`),
		startRE(`\b(\d{1,2})` + ordRe + `\s+(?:of\s+)?` + monthRe + `,?\s+(\d{4})\b`),
		startRE(`\b` + monthRe + `\s+(\d{1,2})` + ordRe + `,?\s+(\d{4})\b`),
		startRE(`\b` + monthRe + `\s+(\d{4})\b`),
		startRE(`\b(?:FY\s?|[Ff]iscal(?:\s+[Yy]ear)?\s+)(\d{4})\b`),
		startRE(`\b(1[89]\d{2}|20\d{2})\b`),
		startRE(`(?i)\b(last|this|next|previous|the following|the previous|the same)\s+(year|month)\b`),
	}
	// orgHeadWords are the head nouns an organisation's name needs, as
	// written (capitalised), to skip passages that name none.
	orgHeadWords = lexicon.Words("organisation heads taking of", "organisation heads", "organisation name heads")
	// relativeDate is the index of the relative-date pattern, which needs
	// "year" or "month" in the passage.
	relativeDate = len(reDates) - 1
	reAnyMonth   = startRE(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`)
	reAnyYear    = regexp.MustCompile(`\d{4}`)
	reSince      = regexp.MustCompile(`(?i)\b(since|as of|from)\s+$`)
	reCount      = startRE(`(?i)\b((?:nearly|about|around|approximately|some|over|more than|at least|up to|almost|roughly)\s+)?(\d{1,3}(?:\.\d+)?\s+` + lexicon.Alt("number scales") + `|` + countNumber + `)\s+((?:[a-z0-9-]*[a-z][a-z0-9-]*\s+(?:and\s+)?){0,3}(?:[a-z-]+s|` + lexicon.Alt("irregular plurals", "counted unit abbreviations") + `))\b`)
	rePurpose    = startRE(`(?i)\b(` + lexicon.Alt("purpose cues") + `)\b`)
	reStatus     = startRE(`(?i)\b(` + lexicon.Alt("project status words") + `(?:\s+(?:or|and)\s+` + lexicon.Alt("project status words") + `)?)\b`)
	reProjectish = startRE(`(?i)\b(projects?|programm?e?s?|workshops?|training|cooperation|assistance|activities|initiatives?|courses?|seminars?|corridors?|missions?)\b`)
	reDescProj   = startRE(`\b(?:a|an|the)\s+((?:joint\s+|new\s+|regional\s+)?(?:project|programme|program))\s+((?:to|for)\s+[^.,;:]+)`)
)

// startRE compiles a pattern that extraction runs over every passage,
// tried only where a match can start.
func startRE(expr string) *prose.StartRE { return prose.NewStartRE(regexp.MustCompile(expr)) }

var monthNum = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		n := strings.ToLower(m.String())
		monthNum[n] = m
		monthNum[n[:3]] = m
	}
	monthNum["sept"] = time.September
}

// extract finds the facts of every passage of docs. Only the first pass,
// learnDefinitions, and finish read across documents; annotateDoc and
// relateDoc read one document each (but for a membership clause that
// opens with "It", whose subjects may be the previous document's last),
// which lets extractConcurrently run them side by side.
func extract(docs []*Document) *extraction {
	x := learnDefinitions(docs)
	for _, d := range docs {
		x.annotateDoc(d)
	}
	for _, d := range docs {
		x.relateDoc(d)
	}
	x.finish(docs)
	return x
}

// learnDefinitions is the first pass: definitions, which later passages
// and earlier ones alike may use ("CLMV" is defined once and used
// everywhere).
func learnDefinitions(docs []*Document) *extraction {
	x := &extraction{orgByKey: map[string]*Org{}, groups: map[string]*Group{}, annot: map[*Passage]*annotation{}}
	// What each passage defines depends on its text alone; only learning
	// it depends on what came before. The pass runs before any other, on
	// one goroutine, so the texts are read on every core first.
	found := definitionsFound(docs, extractWorkers())
	k := 0
	for _, d := range docs {
		for _, p := range d.Passages {
			x.learnOrgs(found[k].titleAcronyms)
			x.learnOrgs(found[k].acronyms)
			x.learnGroups(p, found[k].groups)
			k++
		}
		// The publisher line often defines the publisher's acronym.
		x.learnOrgs(found[k].acronyms)
		k++
	}
	k = 0
	// Short forms given in brackets after an organisation ("(e-CO
	// Network)") name it again wherever they stand, in its document.
	var short map[string]bool
	for _, d := range docs {
		short = map[string]bool{}
		for range d.Passages {
			x.learnOrgNames(found[k].names, short)
			found[k] = definitions{}
			k++
		}
		k++ // the publisher's
	}
	// Organisations a document names only by a well-known acronym
	// ("UNICEF's share") are known before relations are read, so they can
	// pay; other acronyms ("ICT") are explained once all is read.
	x.generalAcronyms(docs, true)
	x.scope = map[*Document]map[string]bool{}
	x.lastMemberOrg = map[*Document]string{}
	x.corpusScope = map[string]bool{}
	return x
}

// definitions are what one passage, or a document's publisher line, may
// define, read from its text alone.
type definitions struct {
	acronyms []Org // acronym definitions, in the order learnOrgs learns them
	// titleAcronyms are those of the section title a passage is the first
	// under; their spans are empty, for the title is no part of the
	// passage's text.
	titleAcronyms []Org
	groups        []geoMention // gazetteer groups used
	names         []Org        // names that may be organisations', in text order
}

// definitionsFound reads the definitions of every passage of docs, each
// followed by its document's publisher line, on up to workers goroutines.
func definitionsFound(docs []*Document, workers int) []definitions {
	type text struct {
		p         *Passage
		t         string
		publisher bool
		title     string // the section title p is the first passage under
	}
	var texts []text
	for _, d := range docs {
		title := ""
		for _, p := range d.Passages {
			tx := text{p: p, t: p.Text}
			// "## Slide 5: Mekong Flood Early Warning Network (MFEWN)" over
			// bullets that say only "MFEWN": a title may define a short
			// form.
			if p.Cite.SectionTitle != title {
				title = p.Cite.SectionTitle
				tx.title = title
			}
			texts = append(texts, tx)
		}
		texts = append(texts, text{p: d.Passages[0], t: d.Publisher, publisher: true})
	}
	out := make([]definitions, len(texts))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, len(texts))) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(texts) {
					return
				}
				tx := texts[i]
				out[i].acronyms = acronymDefinitions(tx.p, tx.t)
				if tx.publisher {
					// The publisher line is no passage's text: its
					// definitions, kept with the first passage, mark no
					// span of it.
					for k := range out[i].acronyms {
						out[i].acronyms[k].Span = Span{}
					}
				}
				if tx.title != "" {
					// The definition stands in the title, not the
					// passage: no span of the passage's text is it, so
					// none is marked as it.
					out[i].titleAcronyms = acronymDefinitions(tx.p, tx.title)
					for k := range out[i].titleAcronyms {
						out[i].titleAcronyms[k].Span = Span{}
					}
				}
				if !tx.publisher {
					out[i].groups = scanGroups(tx.t)
					out[i].names = orgNameCandidates(tx.p)
				}
			}
		})
	}
	wg.Wait()
	return out
}

// annotateDoc finds what each passage of d names.
func (x *extraction) annotateDoc(d *Document) {
	x.scope[d] = x.countriesNamed(d)
	for c := range x.scope[d] {
		x.corpusScope[c] = true
	}
	for _, p := range d.Passages {
		x.annotate(p)
	}
}

// relateDoc reads how what d's passages name is related: memberships,
// shares, counts, purposes, people and projects.
func (x *extraction) relateDoc(d *Document) {
	// A document's "It was founded by ..." speaks of its own countries,
	// never of those the document before it ended with.
	x.lastSubjects = nil
	var lastOrg []string
	// Where in lastOrg each of the last passages' organisations begin,
	// with their sections: "it" after a status may stand for a body this
	// passage or the two before it in its section named (a question's
	// turn may stand between), never one a section before named.
	var starts []int
	var sections []int
	for _, p := range d.Passages {
		a := x.annot[p]
		starts, sections = append(starts, len(lastOrg)), append(sections, p.Cite.Section)
		itFrom := starts[len(starts)-1]
		for k := len(starts) - 2; k >= 0 && k >= len(starts)-3 && sections[k] == p.Cite.Section; k-- {
			itFrom = starts[k]
		}
		x.findMemberships(p, a, &lastOrg, itFrom)
		x.memberFees(p, a)
		x.findShares(p, a)
		x.findCounts(p, a)
		x.findPurposes(p, a)
		x.findPeople(p, a)
	}
	x.findProjectsDoc(d)
}

// reEachMemberPays says a sum is what each member pays: "Each member pays
// an annual contribution of USD 15,000".
var reEachMemberPays = regexp.MustCompile(`(?i)\b(?:each|every)\s+(?:` + lexicon.Alt("each member nouns") + `)\s+(?:` + lexicon.Alt("member fee verbs") + `)\b`)

// memberFees gives a sum each member pays to the body whose members the
// document read last, when its sentence names no one it goes to: under
// the list of a network's members, "Each member pays an annual
// contribution of USD 15,000" is paid to the network.
func (x *extraction) memberFees(p *Passage, a *annotation) {
	org := x.lastMemberOrg[p.Doc]
	if org == "" || org == unknownOrg {
		return
	}
	for i := range a.amounts {
		am := &a.amounts[i]
		if am.Recipient != "" || am.Payer != "" || !reEachMemberPays.MatchString(am.Sentence) {
			continue
		}
		am.Recipient = org
		// The facts hold their own copy; a fee is rare enough to look
		// it up.
		if k := slices.IndexFunc(x.amounts, func(o Amount) bool { return o.Passage == p && o.Span == am.Span }); k >= 0 {
			x.amounts[k].Recipient = org
		}
	}
}

// finish reads what needs every document's facts, and compiles the
// indexes the extraction is read through.
func (x *extraction) finish(docs []*Document) {
	x.lastSubjects = nil // a document's own, which the next never reads
	x.memberships = dedupeMemberships(x.memberships)
	x.generalAcronyms(docs, false)
	// Compile once now: after this the extraction is only read, possibly
	// by many goroutines.
	x.orgIdx()
	x.definedGroups()
}

// acronymDefinitions reads acronym definitions in both directions: "Long
// Name (ACR)", "ACR (Long Name)" and "(ACR, Long Name)".
func acronymDefinitions(p *Passage, t string) []Org {
	var out []Org
	for _, m := range reAcrComma.FindAllStringSubmatchIndex(t, -1) {
		acr, long := t[m[2]:m[3]], t[m[4]:m[5]]
		if initialsMatch(acr, words(long), true) {
			out = append(out, Org{Acronym: acr, Name: long, Passage: p, Span: Span{Start: m[0], End: m[1]}})
		}
	}
	for _, m := range reAcrBefore.FindAllStringSubmatchIndex(t, -1) {
		acr, long := t[m[2]:m[3]], t[m[4]:m[5]]
		if initialsMatch(acr, words(long), true) {
			out = append(out, Org{Acronym: acr, Name: long, Passage: p, Span: Span{Start: m[0], End: m[1]}})
		}
	}
	for _, m := range reAcrAfter.FindAllStringSubmatchIndex(t, -1) {
		acr := t[m[2]:m[3]]
		// "Treatment Project (Phase 1) (DNWW)": the letters spell the
		// name before its phase, and the name holds the phase.
		end := m[0]
		if pm := reTrailingPhase.FindStringIndex(t[:m[0]]); pm != nil {
			end = pm[0]
		}
		// The "Mekong Nurses Advanced Training Course" (MNTC): a quoted
		// name is the long form whole.
		if start, ok := quotedLongForm(t[:end], acr); ok {
			out = append(out, Org{Acronym: acr, Name: strings.Trim(t[start:m[0]], " \"”"), Passage: p, Span: Span{Start: start, End: m[1]}})
			continue
		}
		ws := words(t[:end])
		// A long form does not run back across brackets: "the Japan
		// International Cooperation Agency (JICA) and the Japan-ASEAN
		// Integration Fund (JAIF)"; nor across a label's colon or a
		// semicolon: "Activity: ASEAN-Japan SME Mentorship Programme
		// (AJ-SMP)".
		if b := strings.LastIndexAny(t[:end], "():;"); b >= 0 {
			ws = slices.DeleteFunc(ws, func(w wordToken) bool { return w.span.Start < b })
		}
		if n := longFormBefore(spelledCount(acr), ws); n > 0 {
			n += partnersBefore(ws[:len(ws)-n])
			n += placeBefore(t, ws[:len(ws)-n], ws[len(ws)-n].span.Start)
			start, nameEnd := ws[len(ws)-n].span.Start, end
			// "Patient Safety Incident Reporting System project (PSIRS)":
			// a common noun in lower case after the capitalised words the
			// letters spell is no word of the name.
			if k := len(ws) - 1; n > 1 && reLowerWord.MatchString(ws[k].text) && unicode.IsUpper([]rune(ws[k-1].text)[0]) && initialsMatch(acr, ws[len(ws)-n:k], true) {
				nameEnd = ws[k].span.Start
			} else if nameEnd < m[0] {
				nameEnd = m[0]
			}
			out = append(out, Org{Acronym: acr, Name: strings.Trim(t[start:nameEnd], " \"'“"), Passage: p, Span: Span{Start: start, End: m[1]}})
		} else if start, ok := skippingAcronymName(t[:end], acr); ok {
			// Before a name from another language: letters that spell
			// some of the name's words in order, "New Energy and
			// Industrial Technology Development Organization (NEDO)",
			// are of the whole name, not of the words after its "and".
			out = append(out, Org{Acronym: acr, Name: strings.TrimSpace(t[start:m[0]]), Passage: p, Span: Span{Start: start, End: m[1]}})
		} else if start, ok := foreignAcronymName(t[:end], acr); ok {
			out = append(out, Org{Acronym: acr, Name: strings.TrimSpace(t[start:m[0]]), Passage: p, Span: Span{Start: start, End: m[1]}})
		} else if start, ok := companyAcronymName(t[:end], acr); ok {
			out = append(out, Org{Acronym: acr, Name: strings.TrimSpace(t[start:m[0]]), Passage: p, Span: Span{Start: start, End: m[1]}})
		} else if start, ok := clippedAcronymName(t[:end], acr); ok {
			out = append(out, Org{Acronym: acr, Name: strings.TrimSpace(t[start:m[0]]), Passage: p, Span: Span{Start: start, End: m[1]}})
		} else if start, ok := renamedAcronymName(t[:end], acr); ok {
			out = append(out, Org{Acronym: acr, Name: strings.TrimSpace(t[start:m[0]]), Passage: p, Span: Span{Start: start, End: m[1]}})
		} else if start, ok := reorderedAcronymName(t[:end], acr); ok {
			out = append(out, Org{Acronym: acr, Name: strings.TrimSpace(t[start:m[0]]), Passage: p, Span: Span{Start: start, End: m[1]}})
		}
	}
	// "(1) Regulatory Convergence Programme for ASEAN (RECAP)": a heading
	// that is a name and a short form in brackets defines it, though the
	// letters take their order from another language or a whim.
	if o, ok := headingDefinition(p, t, out); ok {
		out = append(out, o)
	}
	// "Kanto Sogo Engineering Co., Ltd. (President and CEO: Hiroshi
	// Takamura; "KSE")", "Hoshino Trading Corporation ("Hoshino")": a
	// release defines a company's short name in quotes, its initials or
	// its first word.
	for _, m := range reAcrQuoted.FindAllStringSubmatchIndex(t, -1) {
		if start, ok := quotedShortName(t[:m[0]], t[m[2]:m[3]]); ok {
			out = append(out, Org{Acronym: t[m[2]:m[3]], Name: strings.Trim(t[start:m[0]], " \"”"), Passage: p, Span: Span{Start: start, End: m[1]}})
		} else if start, ok := countryListBefore(t[:m[0]], t[m[2]:m[3]]); ok {
			out = append(out, Org{Acronym: t[m[2]:m[3]], Name: strings.TrimSpace(t[start:m[0]]), Passage: p, Span: Span{Start: start, End: m[1]}})
		}
	}
	// "under the Mekong Agricultural Extension Training Programme,
	// MAETP, some 1,240 farmers", "the ... Management Project, or CDORFRMP,":
	// a short form set off by commas, as
	// speech gives it, when its letters spell the name before it.
	for _, m := range reAcrApposed.FindAllStringSubmatchIndex(t, -1) {
		acr := t[m[2]:m[3]]
		ws := words(t[:m[0]])
		if n := longFormBefore(acr, ws); n > 0 && len(ws) >= n {
			start := ws[len(ws)-n].span.Start
			out = append(out, Org{Acronym: acr, Name: strings.Trim(t[start:m[0]], " \"'“"), Passage: p, Span: Span{Start: start, End: m[3]}})
		}
	}
	// "ASEAN Coordinating Centre for Humanitarian Assistance on Disaster
	// Management (AHA Centre)": a short form of letters and a word of the
	// name spells only some of the name's words, in order.
	for _, m := range reAcrWordAfter.FindAllStringSubmatchIndex(t, -1) {
		letters, word := t[m[2]:m[3]], t[m[4]:m[5]]
		if start, ok := lettersAndWordBefore(t[:m[0]], letters, word); ok {
			out = append(out, Org{Acronym: letters + " " + word, Name: strings.TrimSpace(t[start:m[0]]), Passage: p, Span: Span{Start: start, End: m[1]}})
		}
	}
	// "the Memorandum of Understanding on Port State Control in the
	// Asia-Pacific Region (Tokyo MOU)": a place and letters that spell the
	// name's first words.
	for _, m := range reWordAcrAfter.FindAllStringSubmatchIndex(t, -1) {
		word, letters := t[m[2]:m[3]], t[m[4]:m[5]]
		if !gaz.isPlaceName(word) {
			continue
		}
		if start, ok := lettersLeadBefore(t[:m[0]], letters); ok {
			out = append(out, Org{Acronym: word + " " + letters, Name: strings.TrimSpace(t[start:m[0]]), Passage: p, Span: Span{Start: start, End: m[1]}})
		}
	}
	// "Myanmar: Power Distribution Improvement Project ... (MSPD)": the
	// country a heading files a name under is no part of it.
	for i := range out {
		if k := strings.Index(out[i].Name, ": "); k > 0 && gaz.isPlaceName(out[i].Name[:k]) {
			out[i].Name = out[i].Name[k+2:]
			out[i].Span.Start += k + 2
		}
	}
	return out
}

// reTrailingPhase is a phase in brackets closing a text: " (Phase 1) ".
var reTrailingPhase = regexp.MustCompile(`\s` + prose.PhaseWord + `\s*$`)

// reLowerWord is a word in lower case letters alone.
var reLowerWord = regexp.MustCompile(`^\p{Ll}+$`)

// headingDefinition reads the short form a heading defines, when the
// heading (a section's title, t whole, or a sub-heading, p's label at the
// start of t) is only a name and its short form, no definition in done
// has the short form, and the short form's letters are the name's: its
// first is the first word's initial, every letter is in the name and
// every initial of the name's content words is in the short form.
func headingDefinition(p *Passage, t string, done []Org) (Org, bool) {
	h := strings.TrimSpace(t)
	if !reShortFormTitle.MatchString(h) {
		h = ""
		if p.Label != "" && strings.HasPrefix(t, p.Label) {
			h = p.Label
		}
	}
	m := reShortFormTitle.FindStringSubmatchIndex(h)
	if m == nil {
		return Org{}, false
	}
	name, acr := h[m[2]:m[3]], h[m[4]:m[5]]
	if slices.ContainsFunc(done, func(o Org) bool { return o.Acronym == acr }) || !titleish(name) {
		return Org{}, false
	}
	letters := strings.ToUpper(name)
	var initials []byte
	for _, w := range words(name) {
		if lw := strings.ToLower(w.text); !prose.Stopwords[lw] && w.text != "" {
			initials = append(initials, strings.ToUpper(w.text)[0])
		}
	}
	if len(initials) < 2 || initials[0] != acr[0] {
		return Org{}, false
	}
	for _, c := range []byte(acr) {
		if !strings.ContainsRune(letters, rune(c)) {
			return Org{}, false
		}
	}
	for _, c := range initials {
		if !strings.ContainsRune(acr, rune(c)) {
			return Org{}, false
		}
	}
	start := strings.Index(t, h)
	return Org{Acronym: acr, Name: name, Passage: p, Span: Span{Start: start + m[2], End: start + m[5] + 1}}, true
}

// spelledCount writes out a short form that counts a letter: "3CS" is
// "CCCS" ("Clean Cities, Circular Seas"), "3Rs" is "RRR".
func spelledCount(acr string) string {
	if len(acr) < 2 || acr[0] < '2' || acr[0] > '9' {
		return acr
	}
	return strings.Repeat(acr[1:2], int(acr[0]-'0')) + strings.TrimSuffix(acr[2:], "s")
}

// foreignAcronymName finds the English name of a body whose short form
// comes from another language: "the Indonesian Maritime Security Agency
// (BAKAMLA)". Its letters spell nothing of the name, so the name must be a
// title-case run of two words or more, ending in an organisation's head
// word, right before the brackets. It returns where the name starts.
func foreignAcronymName(before, acr string) (int, bool) {
	if len(acr) < minForeignAcronym || strings.ToUpper(acr) != acr {
		return 0, false
	}
	// The name starts after the last "the", "and" or possessive of the
	// run: "JICA and the Thailand ... Agency", "Thailand's ... Agency".
	run, ok := nameRunBefore(before, true)
	if !ok || len(run) < 2 || !foreignNameHeads[singularHead(run[len(run)-1].text)] {
		// "the Ministry of Marine Affairs and Fisheries (KKP)": a head
		// that takes its field after "of" opens the name, and the field
		// may hold an "and".
		// "the World Organisation for Animal Health (OIE)": a word of
		// scope may stand before the head.
		run, ok = nameRunBefore(before, false)
		lead := 0
		if ok && len(run) >= 4 && orgScopeWords[strings.ToLower(run[0].text)] {
			lead = 1
		}
		if !ok || len(run) < 3+lead || !headsTakingOf[strings.ToLower(run[lead].text)] || !fieldOpeners[strings.ToLower(run[lead+1].text)] {
			return 0, false
		}
	}
	// "The Lower Basin Council (LBCX)": letters that spell the name and
	// add more are an English short form that does not fit, not another
	// language's.
	if strings.HasPrefix(acr, string(runInitials(run))) {
		return 0, false
	}
	// "the Meteorology, Climatology and Geophysics Agency (BMKG)": a list
	// of single words before the "and" the run was cut at is the name's
	// too.
	if m := reListBeforeName.FindStringSubmatchIndex(before[:run[0].span.Start]); m != nil {
		return m[2], true
	}
	return run[0].span.Start, true
}

// reListBeforeName is a list of single capitalised words, joined by
// commas and a last "and", after "the" or a break: "the Meteorology,
// Climatology and ". Its group is the list.
var reListBeforeName = regexp.MustCompile(`(?:^|\bthe\s+|[,:;(]\s*)((?:\p{Lu}\p{Ll}+,\s+)+\p{Lu}\p{Ll}+)\s+and\s+$`)

// nameRunBefore is the run of title-case words that ends where before
// ends, cut to the name a short form after it may stand for: after the
// last "the" or possessive (and "and", when cutAtAnd is set), past any
// small word it would open with, and within one sentence.
func nameRunBefore(before string, cutAtAnd bool) ([]wordToken, bool) {
	run, ok := titleRunBefore(before)
	if !ok {
		return nil, false
	}
	for i := len(run) - 1; i >= 0; i-- {
		w := run[i].text
		if strings.EqualFold(w, "the") || cutAtAnd && strings.EqualFold(w, "and") || prose.Possessive(w) {
			run = run[i+1:]
			break
		}
	}
	for len(run) > 0 && nameConnector[strings.ToLower(run[0].text)] {
		run = run[1:]
	}
	run = withinSentence(before, run)
	return run, len(run) > 0
}

// withinSentence is the end of run that a sentence's end in before does
// not cut off: a name does not run across it.
func withinSentence(before string, run []wordToken) []wordToken {
	for i := len(run) - 1; i > 0; i-- {
		if strings.Contains(before[run[i-1].span.End:run[i].span.Start], ".") {
			return run[i:]
		}
	}
	return run
}

// runInitials are the capitals that open the words of a run.
func runInitials(run []wordToken) []rune {
	var out []rune
	for _, w := range run {
		if r := []rune(w.text)[0]; unicode.IsUpper(r) {
			out = append(out, r)
		}
	}
	return out
}

// singularHead is a name's last word as the organisation heads hold it:
// "Agencies" is an Agency's plural.
func singularHead(w string) string {
	w = strings.ToLower(w)
	if foreignNameHeads[w] {
		return w
	}
	if strings.HasSuffix(w, "ies") {
		return strings.TrimSuffix(w, "ies") + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// skippingAcronymName finds the name a short form in brackets stands for
// when its letters spell only some of the name's words, in order, from
// its first to its last: "Grant Assistance for Grass-Roots Human Security
// Projects (GGP)". Anchored at both ends of a title-case run right before
// the brackets, the letters leave no doubt which run is meant.
func skippingAcronymName(before, acr string) (int, bool) {
	if len(acr) < minForeignAcronym || strings.ToUpper(acr) != acr || !isLetters(acr) {
		return 0, false
	}
	// "Ministry of Planning and Investment" keeps its "and".
	run, ok := nameRunBefore(before, false)
	if !ok {
		return 0, false
	}
	initials := runInitials(run)
	if len(initials) <= len(acr) || len(initials) > maxSkippingWords {
		return 0, false
	}
	letters := []rune(acr)
	// "ASEAN-Japan Regional Centre for Cold Chain and Food Security
	// (RCCF)": the partners that open a name and its last word may go
	// unspelt, as they do in a short form that spells the rest. Each only
	// when its letter would not be spelt anyway.
	spelt := initials
	if initials[0] != letters[0] {
		spelt = spelt[leadingPartners(run):]
	}
	if len(spelt) > 1 && spelt[len(spelt)-1] != letters[len(letters)-1] && len(letters) >= minTailSkippingAcronym {
		spelt = spelt[:len(spelt)-1]
	}
	if len(spelt) == 0 || spelt[0] != letters[0] || spelt[len(spelt)-1] != letters[len(letters)-1] {
		return 0, false
	}
	k := 0
	for _, r := range spelt {
		if k < len(letters) && r == letters[k] {
			k++
		}
	}
	if k < len(letters) {
		return 0, false
	}
	return run[0].span.Start, true
}

// minTailSkippingAcronym is the shortest short form whose name's last word
// may go unspelt while it skips others: four letters spelling a name's
// words in order are hard to meet by chance.
const minTailSkippingAcronym = 4

// leadingPartners is how many words opening run are the countries or
// groups of a partnership joined by hyphens ("ASEAN-Japan"), as
// partnersBefore counts them at a run's end.
func leadingPartners(run []wordToken) int {
	n := 0
	for i, w := range run {
		f := prose.Fold(w.text)
		_, group := gaz.groupByAlias[f]
		if gaz.countryByAlias[f] == "" && !group {
			break
		}
		n++
		if !w.hyphenNext || i == len(run)-1 {
			break
		}
	}
	if n < minPartners {
		return 0
	}
	return n
}

// companyAcronymName is where a company's name starts when its short
// form spells the name's first words and leaves out the rest with the
// company's legal form: "Can Tho Water Supply-Sewerage Joint Stock
// Company (CTW)", "Ca Na Power Joint Stock Company (CNP)". The legal form
// at the end marks the run as a company's name, and each letter must be
// the initial of a capitalised word in turn from the run's first.
func companyAcronymName(before, acr string) (int, bool) {
	if len(acr) < 2 || strings.ToUpper(acr) != acr || !isLetters(acr) {
		return 0, false
	}
	run, ok := nameRunBefore(before, false)
	if !ok {
		return 0, false
	}
	form := 0
	for n := min(len(run)-1, maxLegalFormWords); n >= 1 && form == 0; n-- {
		var ws []string
		for _, w := range run[len(run)-n:] {
			ws = append(ws, strings.ToLower(w.text))
		}
		if companyLegalForms[strings.Join(ws, " ")] {
			form = n
		}
	}
	letters := []rune(acr)
	if form == 0 || len(run)-form < len(letters) {
		return 0, false
	}
	for i, l := range letters {
		if r := []rune(run[i].text)[0]; r != l {
			return 0, false
		}
	}
	return run[0].span.Start, true
}

// companyLegalForms are the words that close a company's name and say
// what kind of company it is, as a short form leaves them out.
var companyLegalForms = lexicon.Set("company legal forms")

// maxLegalFormWords is the most words a company's legal form runs to:
// "Public Company Limited".
const maxLegalFormWords = 3

// renamedAcronymName is where the name starts that a body's short form
// stands for when the body kept it after a change of name, so that its
// letters follow the name's letters but not all its initials: "Japan
// Organization for Metals and Energy Security (JOGMEC)", "Coordinating
// Committee for Geoscience Programmes in East and Southeast Asia (CCOP)".
// The short form opens with the name's first initial, finds each of its
// letters in order among the name's letters, and at least half of them
// as initials; the name is a run of capitalised words of some length.
func renamedAcronymName(before, acr string) (int, bool) {
	if len(acr) < minRenamedAcronym || strings.ToUpper(acr) != acr || !isLetters(acr) {
		return 0, false
	}
	run, ok := nameRunBefore(before, false)
	if !ok || len(run) < minRenamedWords || len(run) > maxRenamedWords {
		return 0, false
	}
	letters := []rune(acr)
	if runInitials(run)[0] != letters[0] {
		return 0, false
	}
	k, initials := 0, 0
	for _, w := range run {
		for i, r := range []rune(w.text) {
			if k < len(letters) && unicode.ToUpper(r) == letters[k] {
				if i == 0 {
					initials++
				}
				k++
			}
		}
	}
	if k < len(letters) || 2*initials < len(letters) {
		return 0, false
	}
	return run[0].span.Start, true
}

// reorderedAcronymName is where the name starts whose short form takes
// its letters from the initials of the name's words in another order, as
// an office of a larger body does: "World Health Organization Regional
// Office for the Western Pacific (WPRO)". The short form opens with the
// name's first initial, and each of its letters is the initial of a
// capitalised word of the name of its own.
func reorderedAcronymName(before, acr string) (int, bool) {
	if len(acr) < minRenamedAcronym || strings.ToUpper(acr) != acr || !isLetters(acr) {
		return 0, false
	}
	// The whole title run: "the" inside the name ("for the Western
	// Pacific") does not open it, as it does a name the letters spell in
	// order.
	run, ok := titleRunBefore(before)
	if !ok {
		return 0, false
	}
	run = withinSentence(before, run)
	for len(run) > 0 && (strings.EqualFold(run[0].text, "the") || nameConnector[strings.ToLower(run[0].text)]) {
		run = run[1:]
	}
	if len(run) < minRenamedWords || len(run) > maxRenamedWords {
		return 0, false
	}
	letters := []rune(acr)
	if runInitials(run)[0] != letters[0] {
		return 0, false
	}
	used := make([]bool, len(run))
	for _, l := range letters {
		found := false
		for i, w := range run {
			if r := []rune(w.text)[0]; !used[i] && unicode.IsUpper(r) && r == l {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return run[0].span.Start, true
}

// Bounds of a renamed body's short form and name.
const (
	minRenamedAcronym = 4
	minRenamedWords   = 4
	maxRenamedWords   = 10
)

// clippedAcronymName is where the name a short form made of clipped
// words stands for starts: "Luxembourg Development Cooperation Agency
// (LuxDev)", each capitalised piece the start of a word of the name in
// order, from its first word; the name's last words may go unspelt.
func clippedAcronymName(before, acr string) (int, bool) {
	var pieces []string
	for i, r := range acr {
		switch {
		case unicode.IsUpper(r):
			pieces = append(pieces, string(r))
		case unicode.IsLower(r) && i > 0:
			pieces[len(pieces)-1] += string(r)
		default:
			return 0, false
		}
	}
	// Clipped words, not initials: "LuxDev", not "MoU".
	if len(pieces) < 2 || slices.ContainsFunc(pieces, func(p string) bool { return len(p) < minClippedPiece }) {
		return 0, false
	}
	run, ok := nameRunBefore(before, false)
	if !ok {
		return 0, false
	}
	for first := range run {
		k, i := 0, first
		for ; i < len(run) && k < len(pieces); i++ {
			w := run[i].text
			switch {
			case strings.HasPrefix(strings.ToLower(w), strings.ToLower(pieces[k])) && unicode.IsUpper([]rune(w)[0]):
				k++
			case prose.Stopwords[strings.ToLower(w)]:
			default:
				i = len(run) + 1
			}
		}
		if k == len(pieces) && i <= len(run) && len(run)-i <= maxUnspeltTail {
			return run[first].span.Start, true
		}
	}
	return 0, false
}

// minClippedPiece and maxUnspeltTail bound a clipped short form: each
// piece is at least two letters, and at most two words of the name
// follow the last one it spells ("Cooperation Agency").
const (
	minClippedPiece = 2
	maxUnspeltTail  = 2
)

// maxSkippingWords is the most capitalised words a name whose short form
// skips some of them may have.
const maxSkippingWords = 8

// isLetters reports whether s is letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// minForeignAcronym is the fewest capitals a short form from another
// language has: shorter ones are too often a mismatched English one.
const minForeignAcronym = 3

var (
	foreignNameHeads = lexicon.Set("organisation heads")
	headsTakingOf    = lexicon.Set("organisation heads taking of")
	orgScopeWords    = lexicon.Set("organisation scope words")
	fieldOpeners     = lexicon.Set("field openers")
)

// titleRunBefore is the run of capitalised words, and the small words
// between them, that ends right where before ends: the words of a name
// whose short form follows.
// unitSymbolsInNames are unit symbols a name may hold after a number,
// case and all ("kV" is no word of a name's own).
var unitSymbolsInNames = lexicon.Words("unit symbols in names")

func titleRunBefore(before string) ([]wordToken, bool) {
	ws := words(before)
	i := len(ws)
	for i > 0 {
		w := ws[i-1].text
		// "Community-based": the lower-case part of a hyphenated word
		// belongs to the name.
		hyphenPart := ws[i-1].afterHyphen && unicode.IsLower([]rune(w)[0])
		// "Nabong-Udon Thani 500 kV Interconnection Project": a number
		// and its unit symbol stand in a name.
		if i > 1 && slices.Contains(unitSymbolsInNames, w) && reNumeral.MatchString(ws[i-2].text) {
			i -= 2
			continue
		}
		if !unicode.IsUpper([]rune(w)[0]) && !nameConnector[strings.ToLower(w)] && !hyphenPart {
			break
		}
		i--
	}
	if i == len(ws) || strings.TrimSpace(before[ws[len(ws)-1].span.End:]) != "" {
		return nil, false
	}
	return ws[i:], true
}

// reWordAcrAfter is a place and a short form of capitals in brackets:
// "(Tokyo MOU)".
var reWordAcrAfter = startRE(`\(\s*([A-Z][a-z]{2,})\s+([A-Z]{2,6})\s*\)`)

// lettersLeadBefore finds the name before a short form whose letters spell
// the name's first words: the title-case run that ends right before it.
// It returns where the name starts.
func lettersLeadBefore(before, letters string) (int, bool) {
	run, ok := titleRunBefore(before)
	if !ok {
		return 0, false
	}
	for len(run) > 0 && nameConnector[strings.ToLower(run[0].text)] {
		run = run[1:]
	}
	units := acronymUnits(letters)
	for k := len(units); k <= len(run); k++ {
		if spells(units, run[:k]) {
			return run[0].span.Start, true
		}
	}
	return 0, false
}

// partnersBefore is how many of the words at the end of ws name the
// partners a long form begins with but its acronym leaves out: "ASEAN-Japan"
// of "ASEAN-Japan Cyber Incident Response Network (CIRNet)". The names must
// be countries or groups joined by hyphens, right before the long form.
func partnersBefore(ws []wordToken) int {
	n := 0
	for i := len(ws) - 1; i >= 0 && (i == len(ws)-1 || ws[i].hyphenNext); i-- {
		f := prose.Fold(ws[i].text)
		if gaz.countryByAlias[f] == "" {
			if _, ok := gaz.groupByAlias[f]; !ok {
				break
			}
		}
		n++
	}
	if n < minPartners {
		return 0 // one country before a name is not a partnership's
	}
	return n
}

// placeBefore is how many words right before a name are a place that
// names it with its own words, which its short form may leave unspelt:
// "the Rakhine State Rural Road Rehabilitation Project (RRRP)", "Okayama
// Prefecture Overseas Technical Trainee Programme (OTTP)".
func placeBefore(text string, ws []wordToken, next int) int {
	best := 0
	for k := 1; k <= maxPlaceBefore && k <= len(ws); k++ {
		run := ws[len(ws)-k:]
		if !startsUpper(run[0].text) || strings.EqualFold(run[0].text, "the") {
			break
		}
		// One name: the words stand a space apart, not across a comma
		// or a sentence's end ("talks in Yangon, Japan International").
		end := next
		if k > 1 {
			end = ws[len(ws)-k+1].span.Start
		}
		if text[run[0].span.End:end] != " " {
			break
		}
		names := make([]string, len(run))
		for i, w := range run {
			names[i] = w.text
		}
		name := strings.Join(names, " ")
		if k > 1 && placeTypeWords[strings.ToLower(run[k-1].text)] {
			if gaz.isPlaceName(strings.Join(names[:k-1], " ")) {
				best = k
			}
			continue
		}
		if gaz.isPlaceName(name) && gaz.countryByAlias[prose.Fold(name)] == "" {
			best = k
		}
	}
	return best
}

// maxPlaceBefore is the most words a place before a name may have.
const maxPlaceBefore = 3

// placeTypeWords are the words after a place's name that say what kind
// of place it is: "Rakhine State", "Okayama Prefecture".
var placeTypeWords = lexicon.Set("place type words")

// minPartners is the fewest names a partnership's compound joins.
const minPartners = 2

// reAcrQuoted is a short name in quotes that closes the brackets after a
// name, after what else they say: ("KSE"), (hereinafter "KSE"),
// (President: Hiroshi Takamura; "KSE").
var reAcrQuoted = startRE(`\(\s*(?:[^()"“”]{0,80}?[;,]\s*)?(?:here(?:in)?after(?:\s+referred\s+to\s+as)?\s+)?["“]([A-Z][\p{L}0-9&-]*)["”]\s*\)`)

// reCompanySuffix is a company's legal form after its name, which its
// short name does not spell: "Co., Ltd.", "Corporation", "Inc.".
var reCompanySuffix = regexp.MustCompile(`(?:,?\s+(?:` + lexicon.Alt("company suffixes") + `))+\s*$`)

// maxShortNameRun is the most title-case words a company's name may have
// before its quoted short name.
const maxShortNameRun = 6

// quotedShortName finds where the name a quoted short name stands for
// starts in before, the text up to its brackets: a name whose words the
// short name's letters spell (with its legal form or without), or a
// company's title-case name that opens with the short name itself.
func quotedShortName(before, short string) (int, bool) {
	if start, ok := quotedLongForm(before, short); ok {
		return start, true
	}
	core := strings.TrimRight(before, " ")
	suffixed := false
	if m := reCompanySuffix.FindStringIndex(core); m != nil {
		core, suffixed = core[:m[0]], true
	}
	ws := words(core)
	if len(ws) == 0 {
		return 0, false
	}
	if strings.ToUpper(short) == short {
		// "Sumitomo Mitsui Banking Corporation ("SMBC")" spells its legal
		// form; "Kanto Sogo Engineering Co., Ltd. ("KSE")" does not.
		if all := words(strings.TrimRight(before, " ")); suffixed {
			if n := longFormBefore(short, all); n > 0 {
				return all[len(all)-n].span.Start, true
			}
		}
		if n := longFormBefore(short, ws); n > 0 {
			return ws[len(ws)-n].span.Start, true
		}
		return 0, false
	}
	// A word for a short name is a company's, with its legal form or an
	// organisation's head word: "Hoshino Trading Corporation ("Hoshino")",
	// not "the Loan Agreement ("Loan")".
	if !suffixed && !orgHeadWordsSet[strings.ToLower(ws[len(ws)-1].text)] {
		return 0, false
	}
	// The title-case run that ends the name, read back from its end.
	i := len(ws) - 1
	for i > 0 && len(ws)-i < maxShortNameRun && startsUpper(ws[i-1].text) && !strings.Contains(core[ws[i-1].span.End:ws[i].span.Start], ".") {
		i--
	}
	if i < len(ws)-1 && ws[i].text == short {
		return ws[i].span.Start, true
	}
	return 0, false
}

// quotedLongForm finds a name in quotes right before a quoted short form,
// as formal texts define one: the "Mekong Network for Safe Water Testing
// and Monitoring" (hereinafter "MNSW"). The quotes mark
// where the name ends, so its first words need only spell the short form:
// the words after them are the name's too, as long as each is a capital
// word or a small word inside a name. It returns where the name starts,
// inside the quotes.
func quotedLongForm(before, short string) (int, bool) {
	core := strings.TrimRight(before, " ")
	if !strings.HasSuffix(core, `"`) && !strings.HasSuffix(core, "”") {
		return 0, false
	}
	_, size := utf8.DecodeLastRuneInString(core)
	inner := core[:len(core)-size]
	open := strings.LastIndexAny(inner, `"“`)
	if open < 0 || strings.ToUpper(short) != short {
		return 0, false
	}
	_, size = utf8.DecodeRuneInString(inner[open:])
	start := open + size
	ws := words(inner[start:])
	if len(ws) < 2 || len(ws) > maxQuotedLongForm || !startsUpper(ws[0].text) {
		return 0, false
	}
	for _, w := range ws {
		if !startsUpper(w.text) && !nameConnector[strings.ToLower(w.text)] {
			return 0, false
		}
	}
	units := acronymUnits(short)
	for k := len(ws); k >= 1; k-- {
		if spells(units, ws[:k]) {
			return start, true
		}
	}
	// "Mekong Nurses Advanced Training Course" (MNTC): inside quotes the
	// short form may skip a word, as long as the name's first word gives
	// its first letter and its capitalised words the rest in order. Not a
	// well-known body's short form after a report's title ("... in ASEAN"
	// (JICA)), which names its publisher.
	if wellKnownBodies[short] {
		return 0, false
	}
	return start, initialsInOrder(units, ws)
}

// maxQuotedLongForm is the most words a quoted name may have: the longest
// programme titles run to a dozen words, and a quoted sentence is no name.
const maxQuotedLongForm = 14

// maxSkippedWords is how many capitalised words of a quoted name its
// short form may leave unspelt between the ones it spells.
const maxSkippedWords = 1

// initialsInOrder reports whether the capitalised words of ws, first word
// first, spell the acronym units in order, leaving at most
// maxSkippedWords of them unspelt before the last unit.
func initialsInOrder(units []string, ws []wordToken) bool {
	if len(units) == 0 || len(ws) == 0 || !strings.HasPrefix(strings.ToUpper(ws[0].text), units[0]) {
		return false
	}
	k, skipped := 0, 0
	for _, w := range ws {
		if k == len(units) {
			break
		}
		if !startsUpper(w.text) {
			continue
		}
		if strings.HasPrefix(strings.ToUpper(w.text), units[k]) {
			k++
		} else {
			skipped++
		}
	}
	return k == len(units) && skipped <= maxSkippedWords
}

// startsUpper reports whether s starts with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// reAcrWordAfter is a short form of capitals and a word in brackets:
// "(AHA Centre)".
var reAcrWordAfter = startRE(`\(\s*([A-Z]{2,6})\s+([A-Z][a-z]{2,})\s*\)`)

// lettersAndWordBefore finds the name before a short form such as "AHA
// Centre": the title-case run that ends right before it, starts with a word
// of the first letter, holds the word, and whose capitalised words' initials
// hold every letter in order. It returns where the name starts.
func lettersAndWordBefore(before, letters, word string) (int, bool) {
	run, ok := titleRunBefore(before)
	if !ok {
		return 0, false
	}
	for len(run) > 0 && (nameConnector[strings.ToLower(run[0].text)] || run[0].text[0] != letters[0]) {
		run = run[1:]
	}
	if len(run) < len(letters) {
		return 0, false
	}
	hasWord, k := false, 0
	for _, w := range run {
		if w.text == word {
			hasWord = true
		}
		if k < len(letters) && unicode.IsUpper([]rune(w.text)[0]) && w.text[0] == letters[k] {
			k++
		}
	}
	if !hasWord || k < len(letters) {
		return 0, false
	}
	return run[0].span.Start, true
}

// learnOrgs learns the organisations of acronym definitions.
func (x *extraction) learnOrgs(defs []Org) {
	for _, o := range defs {
		x.addOrg(o)
	}
}

// plainLongForm reports whether ws may be a long form written in lower
// case, "unexploded ordnance (UXO)": two words or more, each of letters
// and none a small word, so that every word spells part of the short form
// and a phrase such as "build the schools (BS)" does not.
func plainLongForm(ws []wordToken) bool {
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if prose.Stopwords[strings.ToLower(w.text)] || !isLetters(w.text) || strings.ToLower(w.text) != w.text {
			return false
		}
	}
	return true
}

// acronymUnits splits "JSPP21" into "J","S","P","P","21".
func acronymUnits(acr string) []string {
	var out []string
	for i := 0; i < len(acr); {
		if acr[i] >= '0' && acr[i] <= '9' {
			j := i
			for j < len(acr) && acr[j] >= '0' && acr[j] <= '9' {
				j++
			}
			out = append(out, acr[i:j])
			i = j
			continue
		}
		if acr[i] >= 'A' && acr[i] <= 'Z' {
			out = append(out, acr[i:i+1])
		}
		i++
	}
	return out
}

// reFragmentAcronym is a short form built of a name's capitals and a
// fragment of its last word: "APORT-Net".
var reFragmentAcronym = regexp.MustCompile(`^([A-Z]{2,})-([A-Z][a-z]{1,3})$`)

// fragmentLongForm returns how many of the words before "(APORT-Net)"
// are its name, or 0: the shortest title-case run whose first word gives
// the first capital, whose words spell the capitals in order, and whose
// last word starts with the fragment ("ASEAN Port Management Training
// Network"). Words of the name may go unspelt, as such short forms leave
// them.
func fragmentLongForm(acr string, ws []wordToken) int {
	m := reFragmentAcronym.FindStringSubmatch(acr)
	if m == nil || len(ws) < 2 {
		return 0
	}
	head, tail := m[1], strings.ToUpper(m[2])
	last := strings.ToUpper(ws[len(ws)-1].text)
	if !strings.HasPrefix(last, tail) || len(last) == len(tail) {
		return 0
	}
	for n := 2; n <= min(len(ws), len(head)+4); n++ {
		run := ws[len(ws)-n:]
		if !capitalisedWords(skipStopwords(run)) || !strings.HasPrefix(strings.ToUpper(run[0].text), head[:1]) {
			continue
		}
		letters := ""
		for _, w := range run[:len(run)-1] {
			letters += strings.ToUpper(w.text)
		}
		if isSubsequence(head, letters) {
			return n
		}
	}
	return 0
}

// isSubsequence reports whether the letters of a appear in b in order.
func isSubsequence(a, b string) bool {
	i := 0
	for j := 0; j < len(b) && i < len(a); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// skipOneLongForm returns how many of the words before a short form of
// minSkipOneUnits letters or more are its title-case name with one word
// left unspelt, or 0.
func skipOneLongForm(units []string, ws []wordToken) int {
	if len(units) < minSkipOneUnits {
		return 0
	}
	for n := min(len(ws), len(units)+maxNameStopwords+1); n >= len(units); n-- {
		run := ws[len(ws)-n:]
		if prose.Stopwords[strings.ToLower(run[0].text)] || !capitalisedWords(skipStopwords(run)) {
			continue
		}
		for skip := 1; skip < len(run); skip++ {
			if prose.Stopwords[strings.ToLower(run[skip].text)] {
				continue
			}
			rest := append(append([]wordToken{}, run[:skip]...), run[skip+1:]...)
			if spells(units, rest) {
				return n
			}
		}
	}
	return 0
}

// longFormBefore returns how many of the words before "(ACR)" spell the
// acronym, with the head its name opens with though the acronym leaves
// it out ("Project for Strengthening Parasitology Laboratories (SPL)");
// 0 when no run of them does.
func longFormBefore(acr string, ws []wordToken) int {
	n := spelledLongForm(acr, ws)
	if n == 0 {
		return 0
	}
	k := len(ws) - n
	if k >= 1 && strings.EqualFold(ws[k-1].text, "the") {
		k--
	}
	if k >= 2 && ws[k-1].text == "for" && prose.IsNameOpener(ws[k-2].text) && unicode.IsUpper([]rune(ws[k-2].text)[0]) {
		return len(ws) - (k - 2)
	}
	return n
}

// spelledLongForm is longFormBefore without the unspelt opener.
func spelledLongForm(acr string, ws []wordToken) int {
	units := acronymUnits(acr)
	// The longest run wins: "Initiative for ASEAN Integration", not
	// "Integration" read as I-(a)-(i).
	limit := min(len(ws), 2*len(units)+4)
	// "East Asia Future Leaders Exchange Programme (EAFLEX)": a name's
	// last word, when it only says what kind of thing it is, may go
	// unspelt.
	headless := len(ws) > 1 && unspeltHeads[strings.ToLower(ws[len(ws)-1].text)]
	for n := limit; n >= 1; n-- {
		first := ws[len(ws)-n].text
		// A long form starts with a capital: not "as the ASEAN-Japan
		// Centre (AJC)".
		if prose.Stopwords[strings.ToLower(first)] || !unicode.IsUpper([]rune(first)[0]) && !unicode.IsDigit([]rune(first)[0]) && !plainLongForm(ws[len(ws)-n:]) {
			continue
		}
		if spells(units, ws[len(ws)-n:]) {
			// "Southeast Asia Social Security Administrators' Network
			// (SEASAN)": a run shorter than the short form spells it only
			// by words that give several letters ("SEcurity"); a longer
			// title-case run that leaves one word unspelt is the name.
			if n < len(units) {
				if m := skipOneLongForm(units, ws); m > n {
					return m
				}
			}
			return n
		}
	}
	if headless {
		for n := limit; n >= 2; n-- {
			first := ws[len(ws)-n].text
			if prose.Stopwords[strings.ToLower(first)] || !unicode.IsUpper([]rune(first)[0]) {
				continue
			}
			if spells(units, ws[len(ws)-n:len(ws)-1]) {
				// "Mekong School Meals and Fortified Rice Project
				// (MSFR)": fewer content words than letters spell it only
				// by a word that gives two ("MealS"); a longer run that
				// leaves one word unspelt is the name.
				if len(skipStopwords(ws[len(ws)-n:len(ws)-1])) < len(units) {
					if m := skipOneLongForm(units, ws[:len(ws)-1]); m+1 > n {
						return m + 1
					}
				}
				return n
			}
		}
	}
	// "Economic Research Institute for ASEAN and East Asia (ERIA)",
	// "Treaty of Amity and Cooperation in Southeast Asia (TAC)": a name
	// may end in a region its acronym leaves out.
	for k := 2; k <= maxAcronymTail && k < len(ws); k++ {
		tail := ws[len(ws)-k:]
		if !unspeltTailLead[strings.ToLower(tail[0].text)] || !capitalisedWords(tail[1:]) {
			continue
		}
		head := ws[:len(ws)-k]
		for n := min(len(head), 2*len(units)+4); n >= len(units); n-- {
			if prose.Stopwords[strings.ToLower(head[len(head)-n].text)] {
				continue
			}
			if spells(units, head[len(head)-n:]) {
				return n + k
			}
		}
	}
	// "UNESCO/Japanese Funds-in-Trust for the Preservation of the World
	// Cultural Heritage (JFIT)": a name may end in what it is for, which
	// its short form leaves out, when its head spells all of it.
	if len(units) >= minPurposeTailUnits {
		for k := 3; k <= maxPurposeTail && k < len(ws); k++ {
			tail := ws[len(ws)-k:]
			if !strings.EqualFold(tail[0].text, "for") || !capitalisedWords(skipStopwords(tail[1:])) || prose.Stopwords[strings.ToLower(tail[len(tail)-1].text)] {
				continue
			}
			head := ws[:len(ws)-k]
			for n := min(len(head), 2*len(units)); n >= 2; n-- {
				if first := head[len(head)-n].text; prose.Stopwords[strings.ToLower(first)] || !unicode.IsUpper([]rune(first)[0]) {
					continue
				}
				if spells(units, head[len(head)-n:]) {
					return n + k
				}
			}
		}
	}
	if n := fragmentLongForm(acr, ws); n > 0 {
		return n
	}
	// "Nippon Export and Investment Insurance (NEXI)": a short form of
	// four letters or more may leave one word of a title-case name
	// unspelt.
	if n := skipOneLongForm(units, ws); n > 0 {
		return n
	}
	// "Joint Earth Observation Microsatellite for ASEAN (JEMA-1)": a
	// number after a hyphen numbers one of a series; the name spells the
	// letters.
	if m := reSeriesNumber.FindStringSubmatch(acr); m != nil {
		return longFormBefore(m[1], ws)
	}
	return reorderedLongForm(units, ws)
}

// reorderedLongForm returns how many of the words before a short form
// are a "Project for ..." name whose short form takes the initials of its
// words in another order, the head last, or 0: "Project for the
// Reconstruction of the Houay Tha Bridge on National Road No. 9 (HTBRP)",
// "Project for the Improvement of Medical Equipment at Champasak
// Provincial Hospital (CPMEP)". Every letter must be the initial of a
// word of the name, no word giving two.
func reorderedLongForm(units []string, ws []wordToken) int {
	if len(units) < minReorderedUnits {
		return 0
	}
	for _, u := range units {
		if len(u) != 1 || isDigits(u) {
			return 0
		}
	}
	for k := len(ws) - 3; k >= max(0, len(ws)-maxReorderedWords); k-- {
		head := ws[k].text
		if !prose.IsNameOpener(head) || !unicode.IsUpper([]rune(head)[0]) || ws[k+1].text != "for" {
			continue
		}
		if !strings.EqualFold(head[:1], units[len(units)-1]) {
			return 0
		}
		initials := map[string]int{}
		for _, w := range ws[k+2:] {
			if prose.Stopwords[strings.ToLower(w.text)] {
				continue
			}
			r := []rune(w.text)[0]
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return 0
			}
			initials[strings.ToUpper(string(r))]++
		}
		for _, u := range units[:len(units)-1] {
			if initials[u] == 0 {
				return 0
			}
			initials[u]--
		}
		return len(ws) - k
	}
	return 0
}

// minReorderedUnits is the fewest letters a short form must have to be
// read from its name's words out of order: the head and two more, fewer
// would fit too many names. maxReorderedWords is the longest such name.
const (
	minReorderedUnits = 3
	maxReorderedWords = 16
)

// reSeriesNumber is a short form numbered in a series: "JEMA-1", "ALOS-2".
var reSeriesNumber = regexp.MustCompile(`^(\p{Lu}{3,})-\d{1,2}$`)

// minSkipOneUnits is the fewest letters a short form must have to leave a
// word of its name unspelt: a shorter one would match too many runs.
const minSkipOneUnits = 4

// maxNameStopwords is how many small words ("of", "and") a name read
// with one word unspelt may hold.
const maxNameStopwords = 3

// skipStopwords is ws without its small words.
func skipStopwords(ws []wordToken) []wordToken {
	var out []wordToken
	for _, w := range ws {
		if !prose.Stopwords[strings.ToLower(w.text)] {
			out = append(out, w)
		}
	}
	return out
}

// unspeltTailLead are the words that open a region a short form may leave
// out at the end of its name.
var unspeltTailLead = lexicon.Set("unspelt tail openers")

// unspeltHeads are the last words of a name its short form may leave out.
var unspeltHeads = lexicon.Set("heads a short form may leave out")

// maxPurposeTail is the longest "for ..." a long form may add after the
// words its short form spells, and minPurposeTailUnits the fewest letters
// a short form must have to leave one out: a shorter one would fit too
// many heads.
const (
	maxPurposeTail      = 10
	minPurposeTailUnits = 3
)

// maxAcronymTail is the longest "and ..." a long form may add after the
// words its acronym spells: "and East Asia", "and the Pacific".
const maxAcronymTail = 4

// capitalisedWords reports whether every word is capitalised, "the" aside.
func capitalisedWords(ws []wordToken) bool {
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if strings.EqualFold(w.text, "the") {
			continue
		}
		if r := []rune(w.text); len(r) == 0 || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// initialsMatch reports whether the content words of a long form spell acr.
func initialsMatch(acr string, ws []wordToken, _ bool) bool {
	return spells(acronymUnits(acr), ws)
}

// spells reports whether words spell the acronym units: each content word
// starts the next unit and may supply more units from its inside
// ("SouthEast" gives S and E); stopwords may be skipped; a number unit
// may take the word after it ("21st Century").
func spells(units []string, ws []wordToken) bool {
	if len(units) == 0 {
		for _, w := range ws {
			if !prose.Stopwords[strings.ToLower(w.text)] {
				return false
			}
		}
		return true
	}
	if len(ws) == 0 {
		return false
	}
	w := strings.ToUpper(ws[0].text)
	if prose.Stopwords[strings.ToLower(ws[0].text)] && spells(units, ws[1:]) {
		return true
	}
	lead := len(units[0])
	switch {
	case strings.HasPrefix(w, units[0]):
	case units[0] == "X" && strings.HasPrefix(w, "EX"):
		// "Statistical Data and Metadata Exchange (SDMX)": an "ex-" word
		// is spelt by its sound, X.
		lead = len("EX")
	default:
		// "Ayeyawady-Chao Phraya-Mekong (ACM...)": the first part of a
		// hyphenated compound may go unspelt, as a two-word river's does.
		return ws[0].hyphenNext && spells(units, ws[1:])
	}
	if isDigits(units[0]) && (spells(units[1:], ws[1:]) || len(ws) > 1 && spells(units[1:], ws[2:])) {
		return true
	}
	// The word may supply further units from inside it, in order: "3R"
	// of "ASEAN Municipal 3R Forum (AM3RF)" gives 3 and R.
	rest := w[lead:]
	// "Public e-Procurement Development Project (PEDP)": a one-letter
	// prefix in lower case spells its compound alone, as it is said.
	letterPrefix := len(ws) > 1 && ws[0].hyphenNext && len([]rune(ws[0].text)) == 1 && unicode.IsLower([]rune(ws[0].text)[0])
	k := 1
	for {
		if spells(units[k:], ws[1:]) || letterPrefix && spells(units[k:], ws[2:]) {
			return true
		}
		if k >= len(units) || isDigits(units[k]) {
			return false
		}
		i := strings.Index(rest, units[k])
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		k++
	}
}

func isDigits(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

func (x *extraction) addOrg(o Org) {
	if gaz.countryByAlias[prose.Fold(o.Name)] != "" {
		return
	}
	if members := countryList(o.Name); len(members) >= 2 && o.Acronym != "" {
		// "CLMV (Cambodia, Laos, Myanmar and Vietnam)" defines a group.
		g, ok := x.groups[o.Acronym]
		if !ok || g.Definition == "" {
			if !ok {
				g = &Group{Name: o.Acronym, Members: members}
				x.groups[o.Acronym] = g
			}
			g.Definition, g.Passage, g.Span = o.Name, o.Passage, o.Span
		}
		return
	}
	if o.Acronym != "" {
		if old, ok := x.orgByKey[prose.Fold(o.Acronym)]; ok && !old.General {
			// "VI. ASEAN NETWORK OF DISASTER TRAINING CENTRES (ANDTC)"
			// then "the ASEAN Network of Disaster Training Centres
			// (ANDTC)": the name as the text writes it, not as a heading
			// shouts it.
			if shouted(old.Name) && !shouted(o.Name) && strings.EqualFold(old.Name, o.Name) {
				old.Name = o.Name
			}
			return
		}
	}
	x.orgs = append(x.orgs, o)
	x.orgs2 = nil
	op := &x.orgs[len(x.orgs)-1]
	if o.Acronym != "" {
		x.orgByKey[prose.Fold(o.Acronym)] = op
	}
	x.orgByKey[prose.Fold(prose.CanonOrg(o.Name))] = op
	// The pointers into x.orgs move when it grows; rebuild them.
	x.reindexOrgs()
}

// shouted reports whether a name is written in capitals alone, as
// headings write it.
func shouted(name string) bool {
	return strings.ToUpper(name) == name && strings.ToLower(name) != name
}

func (x *extraction) reindexOrgs() {
	for k := range x.orgByKey {
		delete(x.orgByKey, k)
	}
	for i := range x.orgs {
		o := &x.orgs[i]
		if o.Acronym != "" {
			x.orgByKey[prose.Fold(o.Acronym)] = o
		}
		if _, ok := x.orgByKey[prose.Fold(prose.CanonOrg(o.Name))]; !ok {
			x.orgByKey[prose.Fold(prose.CanonOrg(o.Name))] = o
		}
	}
}

// reListSeparator stands between the names of a list.
var reListSeparator = regexp.MustCompile(`\s*(?:,\s*and\s+|,|\s+and\s+|&)\s*`)

// countryListBefore finds where a list of countries starts that ends
// where before ends and whose names' first letters, in order, spell the
// short form after it: "Cambodia, Lao PDR, Myanmar and Viet Nam
// (hereinafter "CLMV")". Words before the list's first name ("For
// Cambodia, ...") are not the group's.
func countryListBefore(before, short string) (int, bool) {
	core := strings.TrimRight(before, " ")
	if len(short) < minPartners || strings.ToUpper(short) != short {
		return 0, false
	}
	seps := reListSeparator.FindAllStringIndex(core, -1)
	if len(seps) < len(short)-1 {
		return 0, false
	}
	// The last len(short) names: each between two separators, the first
	// at the end of the text before its separator.
	seps = seps[len(seps)-(len(short)-1):]
	names := make([]string, 0, len(short))
	from := seps[0][0]
	firstPart := core[:from]
	start := -1
	for _, w := range words(firstPart) {
		if gaz.countryByAlias[prose.Fold(firstPart[w.span.Start:])] != "" {
			start = w.span.Start
			break
		}
	}
	if start < 0 {
		return 0, false
	}
	names = append(names, firstPart[start:])
	for i, sp := range seps {
		end := len(core)
		if i+1 < len(seps) {
			end = seps[i+1][0]
		}
		names = append(names, core[sp[1]:end])
	}
	for i, n := range names {
		if gaz.countryByAlias[prose.Fold(n)] == "" || !strings.HasPrefix(n, short[i:i+1]) {
			return 0, false
		}
	}
	return start, true
}

// countryList reads "Cambodia, Laos, Myanmar and Vietnam" as countries; it
// returns nil unless every listed name is a country.
func countryList(s string) []string {
	parts := reListSeparator.Split(strings.TrimSpace(s), -1)
	var out []string
	for _, part := range parts {
		c := gaz.countryByAlias[prose.Fold(part)]
		if c == "" {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// learnGroups records the gazetteer groups a passage uses, as scanGroups
// finds them in its text.
func (x *extraction) learnGroups(p *Passage, found []geoMention) {
	for _, m := range found {
		g, ok := x.groups[m.name]
		if !ok {
			g = &Group{Name: m.name, Members: gaz.groupMembers[m.name], Passage: p, Span: m.span}
			x.groups[m.name] = g
		}
		// Aliases are the other names the documents use, once each.
		as := p.Text[m.span.Start:m.span.End]
		if !strings.HasPrefix(prose.Fold(as), prose.Fold(m.name)) && !containsFold(g.Aliases, as) {
			g.Aliases = append(g.Aliases, as)
		}
	}
}

// orgNameCandidates finds the names in a passage that may be those of
// organisations known by name only ("ASEAN Secretariat", "Japan ESCAP
// Cooperation Fund").
func orgNameCandidates(p *Passage) []Org {
	if !containsAnyOf(p.Text, orgHeadWords) {
		return nil
	}
	var out []Org
	for _, m := range reOrgName.FindAllStringSubmatchIndex(p.Text, -1) {
		name := strings.TrimSpace(p.Text[m[2]:m[3]])
		name = strings.TrimPrefix(name, "The ")
		if rest := p.Text[m[3]:]; len(rest) > 1 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z' {
			continue // the name runs on: "Partnership Programme" is not an organisation
		}
		if rePossessiveRunsOn.MatchString(p.Text[m[3]:]) {
			// "the Customs and Tariff Bureau of Japan's Ministry of
			// Finance": a country's possessive says whose the body is;
			// any other name runs on ("the Japan Fund for Women's
			// Safety" is no "Japan Fund for Women").
			i := strings.LastIndex(name, " of ")
			if i < 0 || !wholeCountry(name[i+len(" of "):]) {
				continue
			}
			name = name[:i]
			m[3] = m[2] + strings.Index(p.Text[m[2]:m[3]], name) + len(name)
		}
		// "the Ministry of Health, Cambodia and Laos": a list that names
		// a country is of those who attend, not the ministry's field.
		if i := strings.IndexByte(name, ','); i >= 0 && len(scanCountries(name[i:])) > 0 {
			m[3] -= len(name) - i
			name = name[:i]
		}
		start := m[2] + strings.Index(p.Text[m[2]:m[3]], name)
		// "Prof. Somchai Wongsakul of Chulalongkorn University": a person,
		// named after an honorific, before "of" is whose the organisation
		// is, not part of its name.
		if i := strings.Index(name, " of "); i > 0 && !containsAnyOf(name[:i], orgHeadWords) && reHonorificEnd.MatchString(p.Text[:start]) {
			start += i + len(" of ")
			name = strings.TrimPrefix(name[i+len(" of "):], "the ")
		}
		if len(strings.Fields(name)) < 2 || ownerlessGovernment(name) {
			continue
		}
		out = append(out, Org{Name: name, Passage: p, Span: Span{Start: start, End: m[3]}})
	}
	return out
}

// ownerlessGovernment reports whether name is a government of no place:
// "Digital Government" in "Cooperation with ASEAN on Digital Government"
// is a field, not a body. "Surabaya City Government", "the Philippine
// Government" and "Provincial Government" name whose.
func ownerlessGovernment(name string) bool {
	ws := strings.Fields(name)
	if !strings.EqualFold(ws[len(ws)-1], "Government") {
		return false
	}
	if len(scanCountries(name)) > 0 || slices.ContainsFunc(ws[:len(ws)-1], func(w string) bool { return governmentLevels[strings.ToLower(w)] || gaz.isPlaceName(w) }) {
		return false
	}
	return true
}

// governmentLevels are the words that say which government a name is of
// without a place: "Provincial Government".
var governmentLevels = lexicon.Set("government levels")

// wholeCountry reports whether text is a country's name and nothing more.
func wholeCountry(text string) bool {
	cs := scanCountries(text)
	return len(cs) == 1 && cs[0].span.Start == 0 && cs[0].span.End == len(text)
}

// rePossessiveRunsOn is a possessive that a name goes on after.
var rePossessiveRunsOn = regexp.MustCompile(`^['’]s\s+\p{Lu}`)

// reHonorificEnd ends with an honorific, so a name follows it.
var reHonorificEnd = regexp.MustCompile(`(?:^|\s)(?:` + lexicon.Alt("honorifics") + `)\s*$`)

// learnOrgNames adds the organisations of candidate names not learnt
// otherwise, leaving out the document's short forms.
func (x *extraction) learnOrgNames(cands []Org, short map[string]bool) {
	for _, o := range cands {
		key := prose.Fold(prose.CanonOrg(o.Name))
		if _, ok := x.orgByKey[key]; ok || short[key] {
			continue
		}
		if x.shortFormOfOrg(o) {
			short[key] = true
			continue
		}
		// A long form already learnt with its acronym wins over its tail,
		// and over its head where the text goes on to write it whole:
		// "the Sakura Microcredit Facility for Rural Women (SMFRW)" is no
		// "Sakura Microcredit Facility".
		known := false
		for _, old := range x.orgs {
			if strings.HasSuffix(prose.CanonOrg(old.Name), prose.CanonOrg(o.Name)) ||
				strings.HasPrefix(old.Name, o.Name+" ") && strings.HasPrefix(o.Passage.Text[o.Span.End:], old.Name[len(o.Name):]) {
				known = true
				break
			}
		}
		if !known {
			x.addOrg(o)
		}
	}
}

// shortFormOfOrg reports whether candidate o is a short form given in
// brackets right after an organisation already learnt: in "the ASEAN-Japan
// Electronic Certificate of Origin Network (e-CO Network)", the bracket
// names the network again, not a second one.
func (x *extraction) shortFormOfOrg(o Org) bool {
	if o.Passage == nil {
		return false
	}
	before := strings.TrimRight(o.Passage.Text[:o.Span.Start], " ")
	before = strings.TrimRightFunc(strings.TrimSuffix(before, "-"), unicode.IsLower)
	if !strings.HasSuffix(before, "(") {
		return false
	}
	before = strings.TrimRight(strings.TrimSuffix(before, "("), " ")
	for _, old := range x.orgs {
		if old.Name != o.Name && strings.HasSuffix(before, old.Name) {
			return true
		}
	}
	return false
}

// generalAcronyms explains acronyms a document uses but never spells out;
// with orgsOnly, only those that name an organisation.
func (x *extraction) generalAcronyms(docs []*Document, orgsOnly bool) {
	for _, d := range docs {
		for _, p := range d.Passages {
			for _, m := range reAcronymUse.FindAllStringIndex(p.Text, -1) {
				acr := p.Text[m[0]:m[1]]
				long, ok := gazAcronyms[acr]
				if !ok || orgsOnly && !containsAnyOf(long, orgHeadWords) {
					continue
				}
				if _, known := x.orgByKey[prose.Fold(acr)]; known {
					continue
				}
				x.addOrg(Org{Acronym: acr, Name: long, General: true, Passage: p, Span: Span{Start: m[0], End: m[1]}})
			}
		}
	}
}

// geoMention is a country or group found in text.
type geoMention struct {
	name    string // canonical country or group
	isGroup bool
	span    Span
}

// rePlaceCand is a run of capitalised words that may name a place, with
// the small words some names hold between them: "Cagayan de Oro".
var rePlaceCand = startRE(`\b[A-Z][\p{L}]+(?:(?:[ -]|\s(?:` + lexicon.Alt("place name particles") + `)\s)[A-Z][\p{L}]+){0,3}\b`)

// scanCountries finds capitalised country names in text.
func scanCountries(text string) []geoMention {
	return notWaters(text, geoFrom(countryPhrases.find(tokenize(text), nil, capitalised), false))
}

// scanCountriesAnyCase finds country names however they are typed, for
// questions.
func scanCountriesAnyCase(text string) []geoMention {
	return notWaters(text, geoFrom(countryPhrases.find(tokenize(text), nil, nil), false))
}

func scanGroups(text string) []geoMention {
	return geoFrom(groupPhrases.find(tokenize(text), nil, nil), true)
}

// notWaters drops the countries text names only as part of a sea's or a
// river's name: "the Indian Ocean", "the South China Sea".
// Nor those inside the name of another country's place: "Lao Cai" and
// "Thai Binh" are provinces of Vietnam.
func notWaters(text string, ms []geoMention) []geoMention {
	return slices.DeleteFunc(ms, func(m geoMention) bool {
		return reWaterAfter.MatchString(text[m.span.End:]) || inOtherCountrysPlace(text, m)
	})
}

// reNameWordsAfter is the capitalised words right after a name that may
// go on with it.
var reNameWordsAfter = regexp.MustCompile(`^(?:[ -]\p{L}+){1,3}`)

// inOtherCountrysPlace reports whether country mention m opens the name
// of a known place of another country.
func inOtherCountrysPlace(text string, m geoMention) bool {
	if m.isGroup {
		return false
	}
	after := reNameWordsAfter.FindString(text[m.span.End:])
	for end := len(after); end > 0; end = strings.LastIndexAny(after[:end], " -") {
		if p, ok := gaz.placeByAlias[prose.Fold(text[m.span.Start:m.span.End+end])]; ok && p.country != m.name {
			return true
		}
	}
	return false
}

// reWaterAfter is the head of a body of water's name after a country's.
var reWaterAfter = regexp.MustCompile(`(?i)^\s+(?:` + lexicon.Alt("water body heads") + `)\b`)

func geoFrom(ms []phraseMatch, group bool) []geoMention {
	out := make([]geoMention, 0, len(ms))
	for _, m := range ms {
		out = append(out, geoMention{name: m.value, isGroup: group, span: m.span})
	}
	return out
}

// countriesNamed is every country a document names, directly or through a
// group, in any case: the places of these countries are the ones its
// place names are looked up among.
func (x *extraction) countriesNamed(d *Document) map[string]bool {
	out := map[string]bool{}
	texts := []string{d.Title, d.Publisher}
	for _, p := range d.Passages {
		texts = append(texts, p.Text)
	}
	for _, t := range texts {
		for _, m := range x.allGeoMentions(t) {
			if m.isGroup {
				if g := x.groups[m.name]; g != nil {
					for _, c := range g.Members {
						out[c] = true
					}
				} else {
					for _, c := range gaz.groupMembers[m.name] {
						out[c] = true
					}
				}
				continue
			}
			out[m.name] = true
		}
	}
	return out
}

// annotate finds the countries, organisations, places, amounts and dates of
// a passage.
func (x *extraction) annotate(p *Passage) {
	a := &annotation{sentences: sentenceSpans(p.Text)}
	x.annot[p] = a
	t := p.Text

	// Organisation spans first: "Japan" inside "Japan-ASEAN General Exchange
	// Fund" is not a mention of the country.
	orgs, geos := x.mentions(t)
	for _, o := range orgs {
		a.orgSpans = append(a.orgSpans, o.span)
		a.orgs = append(a.orgs, o.name)
	}
	a.orgs = prose.Uniq(a.orgs)
	for _, m := range geos {
		if m.isGroup {
			a.groups = append(a.groups, m.name)
			if g := x.groups[m.name]; g != nil && corpus.Expandable(m.name) {
				a.direct = append(a.direct, g.Members...)
			}
			continue
		}
		a.direct = append(a.direct, m.name)
	}
	a.groups = prose.Uniq(a.groups)
	a.direct = prose.Uniq(a.direct)

	for _, m := range rePlaceCand.FindAllStringIndex(t, -1) {
		x.placesIn(p, a, Span{Start: m[0], End: m[1]})
	}
	x.placesBeforeRegions(p, a)
	a.countries = append([]string(nil), a.direct...)
	for _, pl := range a.places {
		a.countries = append(a.countries, pl.Country)
	}
	a.countries = prose.Uniq(a.countries)

	a.dates = findDates(p, a)
	a.amounts = x.findAmounts(p, a)
	x.amounts = append(x.amounts, a.amounts...)
	x.dates = append(x.dates, a.dates...)
}

// definedGroups compiles the names of groups a document defines.
func (x *extraction) definedGroups() map[string]*regexp.Regexp {
	if len(x.groupMatch) == len(x.groups) {
		return x.groupMatch
	}
	x.groupMatch = map[string]*regexp.Regexp{}
	for name := range x.groups {
		if _, ok := gaz.groupByAlias[prose.Fold(name)]; !ok {
			x.groupMatch[name] = regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
		}
	}
	// Gazetteer groups are matched by scanGroups; count them so the cache
	// knows it is complete.
	for name := range x.groups {
		if _, ok := x.groupMatch[name]; !ok {
			x.groupMatch[name] = nil
		}
	}
	return x.groupMatch
}

// geoMentions returns the countries and groups t names, leaving out those
// inside an organisation's name: "Japan" in "Japan-ASEAN General Exchange
// Fund" is not a mention of the country.
func (x *extraction) geoMentions(t string) []geoMention {
	_, geos := x.mentions(t)
	return geos
}

// mentions is orgMentions and geoMentions of t, which read the same
// organisations from the same words: finding them once halves the reading
// of every text that wants both.
func (x *extraction) mentions(t string) ([]orgMention, []geoMention) {
	toks := tokenize(t)
	orgs := x.orgMentionsIn(toks)
	return orgs, x.geoMentionsOutside(t, toks, orgs)
}

// geoMentionsOutside is geoMentions given t's tokens and organisations.
func (x *extraction) geoMentionsOutside(t string, toks []token, orgs []orgMention) []geoMention {
	var out []geoMention
	for _, m := range x.geoMentionsIn(t, toks) {
		inside := false
		for _, o := range orgs {
			if m.span.Start >= o.span.Start && m.span.End <= o.span.End && m.span != o.span {
				inside = true
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// allGeoMentions merges country and group mentions in text order; a group
// whose span covers a country mention hides it.
func (x *extraction) allGeoMentions(t string) []geoMention {
	return x.geoMentionsIn(t, tokenize(t))
}

func (x *extraction) geoMentionsIn(t string, toks []token) []geoMention {
	gs := geoFrom(groupPhrases.find(toks, nil, nil), true)
	// Groups a document defines (CLMV) are matched by their name too.
	defined := x.definedGroups()
	for _, tk := range toks {
		if re, ok := defined[tk.raw]; ok && re != nil {
			gs = append(gs, geoMention{name: tk.raw, isGroup: true, span: tk.span})
		}
	}
	all := gs
	for _, c := range notWaters(t, geoFrom(countryPhrases.find(toks, nil, capitalised), false)) {
		covered := false
		for _, g := range gs {
			if c.span.Start >= g.span.Start && c.span.End <= g.span.End {
				covered = true
			}
		}
		if !covered {
			all = append(all, c)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].span.Start < all[j].span.Start })
	return all
}

// orgMention is an organisation found in text.
type orgMention struct {
	name string // display name: "Long Name (ACR)" or the name
	key  string // folded lookup key
	span Span
}

func (x *extraction) orgMentions(t string) []orgMention {
	return x.orgMentionsIn(tokenize(t))
}

func (x *extraction) orgMentionsIn(toks []token) []orgMention {
	oi := x.orgIdx()
	var out []orgMention
	// Long names first, then acronyms in the gaps, so "Japan ESCAP
	// Cooperation Fund" wins over "ESCAP".
	used := make([]bool, len(toks))
	for _, m := range oi.names.find(toks, canonOrgWord, nil) {
		o := x.orgByKey[m.value]
		if o == nil {
			continue
		}
		out = append(out, orgMention{name: o.Display(), key: m.value, span: m.span})
		for k := m.first; k < m.first+m.n; k++ {
			used[k] = true
		}
	}
	for i, tk := range toks {
		if used[i] {
			continue
		}
		o := oi.acr[tk.raw]
		span := tk.span
		if o == nil {
			// "ERIA's work" names ERIA.
			if stem, ok := possessiveStem(tk.raw); ok {
				o = oi.acr[stem]
				span.End = span.Start + len(stem)
			}
		}
		if o != nil {
			out = append(out, orgMention{name: o.Display(), key: prose.Fold(prose.CanonOrg(o.Name)), span: span})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// possessiveSuffixes are how a possessive ends, in either apostrophe.
var possessiveSuffixes = []string{"'s", "’s"}

// possessiveStem is the name a possessive is of: "ERIA" of "ERIA's".
func possessiveStem(w string) (string, bool) {
	for _, suf := range possessiveSuffixes {
		if stem, ok := strings.CutSuffix(w, suf); ok && stem != "" {
			return stem, true
		}
	}
	return "", false
}

// orgIndex finds organisations by name and acronym.
type orgIndex struct {
	names *phraseIndex    // long names; values are org keys
	acr   map[string]*Org // acronyms as written ("ESCAP")
	loose map[string]*Org // acronyms and the initials people use for long names, lower case ("ajc")
}

// orgIdx builds the organisation index once; learning a new organisation
// resets it.
func (x *extraction) orgIdx() *orgIndex {
	if x.orgs2 != nil {
		return x.orgs2
	}
	oi := &orgIndex{names: &phraseIndex{}, acr: map[string]*Org{}, loose: map[string]*Org{}}
	for i := range x.orgs {
		o := &x.orgs[i]
		key := prose.Fold(prose.CanonOrg(o.Name))
		if !o.General {
			oi.names.add(o.Name, key, canonOrgWord)
		}
		if o.Acronym != "" {
			oi.acr[o.Acronym] = o
			if strings.ContainsAny(o.Acronym, "/-") {
				// "A/P" and "J-SCPI" are read as the words "a p" and
				// "j scpi", as a question's tokens have them.
				oi.names.add(o.Acronym, key, canonOrgWord)
			}
			oi.loose[strings.ToLower(o.Acronym)] = o
			// "JEMA" for the "JEMA-1" of its series a document defines.
			if m := reSeriesNumber.FindStringSubmatch(o.Acronym); m != nil {
				if _, taken := oi.acr[m[1]]; !taken {
					oi.acr[m[1]] = o
				}
				if _, taken := oi.loose[strings.ToLower(m[1])]; !taken {
					oi.loose[strings.ToLower(m[1])] = o
				}
			}
			// "IMC" for the "IMCs" a document defines.
			if s := prose.SingularAcronym(o.Acronym); s != "" {
				if _, taken := oi.acr[s]; !taken {
					oi.acr[s] = o
				}
				if _, taken := oi.loose[strings.ToLower(s)]; !taken {
					oi.loose[strings.ToLower(s)] = o
				}
			}
		} else {
			// "the EU" for the European Union a document names in full:
			// the short form a kept list gives it, or its initials.
			d := prose.KnownShortForm(o.Name)
			if d == "" {
				d = prose.DerivedAcronym(o.Name)
			}
			if _, taken := oi.loose[strings.ToLower(d)]; d != "" && !taken {
				oi.loose[strings.ToLower(d)] = o
			}
		}
	}
	x.orgs2 = oi
	return oi
}

// rePlaceSuffix is a word a document writes after a place's name as part
// of it.
var (
	rePlaceSuffix      = regexp.MustCompile(`^\s(?:` + lexicon.Alt("place name suffixes") + `)\b`)
	rePlaceSuffixLower = regexp.MustCompile(`^\s(?:` + strings.ToLower(lexicon.Alt("place name suffixes")) + `)\b`)
)

// placeLeaders are capitalised words that may stand before a place's name
// in one run of capitals without being part of another name.
var placeLeaders = lexicon.Set("place leaders")

// honorificReach is how far before a run of capitalised words an
// honorific is looked for: the longest honorific and its space.
var honorificReach = func() int {
	n := 0
	for _, w := range lexicon.Words("honorifics") {
		n = max(n, len(w))
	}
	return n + 1
}()

// placesIn looks up a run of capitalised words, and its sub-runs, in the
// gazetteer.
func (x *extraction) placesIn(p *Passage, a *annotation, s Span) {
	t := p.Text
	// "Mr. Hiroshi Tanabe": a run right after an honorific is a person's
	// name, though a word of it may also be a town's.
	if reHonorificEnd.MatchString(t[max(0, s.Start-honorificReach):s.Start]) {
		return
	}
	ws := words(t[s.Start:s.End])
	var named []Span // countries, groups and organisations in the run
	for n := len(ws); n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			sub := Span{Start: s.Start + ws[i].span.Start, End: s.Start + ws[i+n-1].span.End}
			text := t[sub.Start:sub.End]
			if n > 1 && strings.EqualFold(ws[i].text, "the") {
				// "The Lai Chau Provincial Women's Union": the article is
				// not the place's; the run without it is read next.
				continue
			}
			if gaz.countryByAlias[prose.Fold(text)] != "" || x.orgByKey[prose.Fold(text)] != nil || gaz.groupByAlias[prose.Fold(text)] != "" {
				// Nor is a word of it a place: "Papua" in "Papua New Guinea".
				named = append(named, sub)
				continue
			}
			if slices.ContainsFunc(named, func(o Span) bool { return sub.Start < o.End && o.Start < sub.End }) {
				continue
			}
			// "Metro Cebu": a word that leads up to a place's name is no
			// place of its own (Metro, in Lampung) inside a longer name.
			if n == 1 && len(ws) > 1 && placeLeaders[strings.ToLower(text)] {
				continue
			}
			pl, ok := gaz.lookupPlace(text, x.scope[p.Doc])
			if !ok {
				continue
			}
			// "Malaysia: Status: Signatory; Date: Signed 22 January 2022":
			// in a table's row, a word that labels a later cell is the
			// column's header (Date, a city in Japan), not a place.
			if p.IsTableRow() && strings.HasPrefix(t[sub.End:], ": ") && strings.HasSuffix(strings.TrimRight(t[:sub.Start], " "), ";") {
				continue
			}
			// "a ceremony in Chbar Mon": a place's name read from the end
			// of a longer name the gazetteer does not know is that name's
			// word (Mon, a state of Myanmar, in a Cambodian town's name),
			// unless the word before it only leads up to it ("In Hanoi",
			// "North Sulawesi").
			if i > 0 && !placeLeaders[strings.ToLower(ws[i-1].text)] && !slices.ContainsFunc(named, func(o Span) bool { return o.End == ws[i-1].span.End+s.Start }) {
				if _, known := gaz.placeByAlias[prose.Fold(t[s.Start+ws[0].span.Start:sub.End])]; !known {
					continue
				}
			}
			// "O Mon District" in Can Tho: a one-letter word before the
			// name opens a longer name, as in "Chbar Mon". Not "A" or "I",
			// which are words.
			if i == 0 {
				if m := reLetterWordBefore.FindStringSubmatch(t[:sub.Start]); m != nil && m[1] != "A" && m[1] != "I" {
					continue
				}
			}
			for _, old := range a.places {
				if sub.Start < old.Span.End && old.Span.Start < sub.End {
					ok = false
				}
			}
			if ok {
				_, exact := gaz.placeByAlias[prose.Fold(text)]
				// "Oudomxay" for the gazetteer's "Oudômxai": a spelling the
				// document keeps to is its own romanisation, not a slip.
				variant := !exact && writesAgain(p.Doc, text)
				// "Ho Chi Minh City", "Vientiane Capital": a suffix the
				// gazetteer leaves out is part of the name as written.
				if m := rePlaceSuffix.FindString(t[sub.End:]); m != "" && sub.End+len(m) <= s.End {
					sub.End += len(m)
					text = t[sub.Start:sub.End]
				} else if m := rePlaceSuffixLower.FindString(t[sub.End:]); m != "" && sub.End == s.End {
					// "Cambodia's Kampong Thom province": written in lower
					// case, right after the name.
					sub.End += len(m)
					text = t[sub.Start:sub.End]
				}
				place := Place{Name: pl.name, Country: pl.country, AsWritten: text, Misspelt: !exact && !variant, Passage: p, Span: sub}
				a.places = append(a.places, place)
				x.places = append(x.places, place)
			}
		}
	}
	sort.Slice(a.places, func(i, j int) bool { return a.places[i].Span.Start < a.places[j].Span.Start })
}

// reLetterWordBefore ends with a capital letter standing as a word of
// its own, right before a name.
var reLetterWordBefore = regexp.MustCompile(`(?:^|[\s(])(\p{Lu})\s$`)

// writesAgain reports whether document d writes name, as a word, more
// than once: a spelling kept to, which a slip of the pen seldom is.
func writesAgain(d *Document, name string) bool {
	n := 0
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
	for _, p := range d.Passages {
		n += len(re.FindAllStringIndex(p.Text, 2))
		if n >= 2 {
			return true
		}
	}
	return false
}

// placesBeforeRegions reads the places the gazetteer does not know from
// the known one written after them: "the warehouse at Subang, Selangor" is
// in Subang, a place in Selangor's country.
func (x *extraction) placesBeforeRegions(p *Passage, a *annotation) {
	t := p.Text
	known := a.places
	inRegion := rePlaceInRegion.FindAllStringSubmatchIndex(t, -1)
	// "the Project for Capacity Development in Decentralised Wastewater
	// Management in Vientiane": after a capitalised word that is no
	// place, the name goes on a longer one, a title's.
	inRegion = slices.DeleteFunc(inRegion, func(m []int) bool {
		if !strings.HasPrefix(t[m[0]:], "in") {
			return false
		}
		w := reNameGoesOnBefore.FindStringSubmatch(t[:m[0]])
		return w != nil && len(x.geoMentions(w[1])) == 0
	})
	for _, m := range slices.Concat(rePlaceBeforeRegion.FindAllStringSubmatchIndex(t, -1), inRegion) {
		sub := Span{Start: m[2], End: m[3]}
		text := t[sub.Start:sub.End]
		if slices.ContainsFunc(a.places, func(o Place) bool { return sub.Start < o.Span.End && o.Span.Start < sub.End }) {
			continue
		}
		var region *Place
		for i := range known {
			if known[i].Span.Start == m[1] {
				region = &known[i]
			}
			if sub.Start < known[i].Span.End && known[i].Span.Start < sub.End {
				region = nil // the name is a known place itself
				break
			}
		}
		if region == nil || monthNum[strings.ToLower(text)] != 0 || len(x.geoMentions(text)) > 0 || len(x.orgMentions(text)) > 0 {
			continue
		}
		place := Place{Name: text, Country: region.Country, AsWritten: text, Passage: p, Span: sub}
		a.places = append(a.places, place)
	}
	x.placesBeforeSuffix(p, a)
	sort.Slice(a.places, func(i, j int) bool { return a.places[i].Span.Start < a.places[j].Span.Start })
	// The passage's places, in its order: the gazetteer's were added as
	// they were found.
	from := len(x.places) - len(known)
	x.places = append(x.places[:from], a.places...)
}

// rePlaceBeforeSuffix is one or two names the gazetteer need not know,
// then a lower-case word that says they are places: "Amarapura and
// Patheingyi townships", "Trapeang Kralanh village", "O Mon District".
var rePlaceBeforeSuffix = regexp.MustCompile(`\b((?:[B-HJ-Z]\s)?[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+){0,2})(?:,?\s+and\s+([A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+){0,2}))?\s+((?i:` + lexicon.Alt("unknown place suffixes") + `))\b`)

// reBackOpening opens a sentence that points back at the one before:
// "The grant supplied ...".
var reBackOpening = regexp.MustCompile(`(?i)^\W*(?:` + lexicon.Alt("back references", "sentence back references", "breakdown leads") + `)\b`)

// reFromOrToBefore ends with the word before a place one comes from or
// goes to.
var reFromOrToBefore = regexp.MustCompile(`(?i)\b(?:from|to)\s+$`)

// reCapitalNext is a capitalised word right after a name.
var reCapitalNext = regexp.MustCompile(`^\s\p{Lu}`)

// reNameGoesOnBefore ends with a capitalised word, and "of" after it or
// not: a name after it may be the end of a longer one ("the Ministry of
// Rural Development").
var reNameGoesOnBefore = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]*)(?:\s+of)?\s+$`)

// nameGoesOnBefore reports whether the text before a name ends a longer
// name it may belong to; a word that only leads up to a place ("In",
// "North") does not.
func nameGoesOnBefore(before string) bool {
	m := reNameGoesOnBefore.FindStringSubmatch(before)
	return m != nil && !placeLeaders[strings.ToLower(m[1])]
}

// placesBeforeSuffix reads the places the gazetteer does not know from
// the word after them ("Chanthabouly and Sisattanak districts"), in the
// country of the sentence's known places, or of the passage's before it
// when the sentence names none and points back; places in several
// countries place them nowhere.
func (x *extraction) placesBeforeSuffix(p *Passage, a *annotation) {
	t := p.Text
	// The one country of the known places within span, or "".
	countryIn := func(span Span) string {
		country := ""
		for _, pl := range a.places {
			if pl.Span.Start >= span.Start && pl.Span.End <= span.End {
				if country != "" && country != pl.Country {
					return ""
				}
				country = pl.Country
			}
		}
		return country
	}
	for _, m := range rePlaceBeforeSuffix.FindAllStringSubmatchIndex(t, -1) {
		// "the Pacific Islands Forum", "Sisattanak District Health Office":
		// a suffix a capitalised word follows is inside a longer name.
		if reCapitalNext.MatchString(t[m[1]:]) {
			continue
		}
		sent := containing(a.sentences, m[0])
		// A country the sentence names may be the donor's ("with funding
		// from Japan"): only a known place in the sentence says where. One
		// in the sentence before may be in another country.
		country := countryIn(sent)
		// "The grant supplied a depot in Sikhottabong District", in a
		// passage whose known places all lie in Laos: a sentence naming
		// none is in the passage's one country.
		// Only a sentence that points back at the one before goes on in
		// its setting: "A kiosk was planned for Trapeang Kralanh village"
		// may be anywhere. Not in a place people come from or go back to:
		// "the engineers from Toyama".
		if country == "" && reBackOpening.MatchString(t[sent.Start:]) && !slices.ContainsFunc(a.places, func(pl Place) bool { return pl.Span.Start >= sent.Start && pl.Span.End <= sent.End }) {
			for _, pl := range a.places {
				if pl.Span.Start >= sent.Start || reFromOrToBefore.MatchString(t[:pl.Span.Start]) {
					continue
				}
				if country != "" && country != pl.Country {
					country = ""
					break
				}
				country = pl.Country
			}
		}
		for k, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			if g[0] < 0 {
				continue
			}
			sub := Span{Start: g[0], End: g[1]}
			text := t[sub.Start:sub.End]
			// "a ceremony in Phnom Sruoch District", after "Phnom Sruoch
			// and Thpong districts" of Kampong Speu: a place the document
			// placed before is in the same country wherever it is named.
			country := country
			if country == "" {
				country = x.placedBefore(p.Doc, text)
			}
			// "The project will construct a new plant in O Mon District",
			// in the section on a Can Tho project: a place no sentence
			// locates is in the one country of its section's places.
			if country == "" && reBackOpening.MatchString(t[sent.Start:]) {
				country = x.sectionCountry(p)
			}
			if country == "" {
				continue
			}
			// A sentence's first word is capitalised without being a name.
			if sub.Start == sent.Start && k == 0 && !strings.Contains(text, " ") {
				continue
			}
			// "the Ministry of Rural Development and Kampong Speu district":
			// a name after "of" or after more capitals ends another name.
			if monthNum[strings.ToLower(text)] != 0 || len(x.geoMentions(text)) > 0 || len(x.orgMentions(text)) > 0 || placeLeaders[strings.ToLower(strings.Fields(text)[0])] || nameGoesOnBefore(t[sent.Start:sub.Start]) {
				continue
			}
			overlaps := slices.ContainsFunc(a.places, func(o Place) bool { return sub.Start < o.Span.End && o.Span.Start < sub.End })
			if overlaps {
				continue
			}
			written := text
			// The last name takes the word after it, as written:
			// "Patheingyi townships".
			if k == 1 || m[4] < 0 {
				sub.End = m[7]
				written = t[sub.Start:sub.End]
			}
			a.places = append(a.places, Place{Name: text, Country: country, AsWritten: written, Passage: p, Span: sub})
		}
	}
}

// placedBefore is the country of a place of doc named name that an
// earlier passage of it placed, or "" when none or several did.
func (x *extraction) placedBefore(doc *Document, name string) string {
	country := ""
	for i := len(x.places) - 1; i >= 0; i-- {
		pl := x.places[i]
		// A document's places are the last ones read.
		if pl.Passage == nil || pl.Passage.Doc != doc {
			break
		}
		if pl.Name == name {
			if country != "" && country != pl.Country {
				return ""
			}
			country = pl.Country
		}
	}
	return country
}

// sectionCountry is the one country of the places the passages of p's
// section before it name, or "" when they name none or several.
func (x *extraction) sectionCountry(p *Passage) string {
	if p.Cite.Section == 0 {
		return ""
	}
	country := ""
	for i := len(x.places) - 1; i >= 0; i-- {
		pl := x.places[i]
		if pl.Passage == nil || pl.Passage.Doc != p.Doc {
			break
		}
		if pl.Passage == p || pl.Passage.Cite.Section != p.Cite.Section {
			continue
		}
		if country != "" && country != pl.Country {
			return ""
		}
		country = pl.Country
	}
	return country
}

// rePlaceBeforeRegion is a capitalised name after a preposition of place,
// then a comma: what follows may be the region it lies in. A place "near"
// another is not read so: it may lie across a border.
// rePlaceInRegion places a name "in" a known place as the comma does:
// "at Bang Sue in Bangkok".
var (
	rePlaceBeforeRegion = regexp.MustCompile(`\b(?:` + lexicon.Alt("prepositions of location") + `)\s+([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+){0,2}),\s+`)
	rePlaceInRegion     = regexp.MustCompile(`\b(?:` + lexicon.Alt("prepositions of location") + `)\s+([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+){0,2})\s+in\s+`)
)

// namedReference names the body a purpose refers to by its head noun,
// when the section is about that body: "the running costs of the
// Network" in a section on the Asia-Pacific Disaster Information Network
// (APDIN) is "the running costs of the Network (APDIN)".
func (x *extraction) namedReference(p *Passage, purpose string) string {
	m := reBodyByHead.FindStringSubmatchIndex(purpose)
	if m == nil || !reHeadEnds.MatchString(purpose[m[1]:]) {
		return purpose
	}
	body := x.sectionBodyByHead(p, purpose[m[2]:m[3]])
	if body == "" {
		return purpose
	}
	short := body
	if b := reClosingBrackets.FindStringSubmatch(body); b != nil {
		short = b[1]
	}
	return purpose[:m[1]] + " (" + short + ")" + purpose[m[1]:]
}

// sectionBodyByHead is the body p's section is about when head is its
// head noun ("Centre") and the passage names no other body of that head
// ("the Riau Fire Training Centre ... to the Centre"), or "".
func (x *extraction) sectionBodyByHead(p *Passage, head string) string {
	body := x.sectionBody(p)
	if body == "" || !strings.EqualFold(prose.NameHead(body), head) {
		return ""
	}
	for _, o := range x.orgMentions(p.Text) {
		if d := x.orgDisplay(o.name); d != body && strings.EqualFold(prose.NameHead(d), head) {
			return ""
		}
	}
	return body
}

var (
	// reBodyByHead is a body named by its capitalised head noun: "the
	// Network", not "the centre of Pekanbaru".
	reBodyByHead = regexp.MustCompile(`\b(?:the|its)\s+([A-Z][a-z]+)\b`)
	// reHeadEnds is what may follow a head noun that ends the name: a
	// stop, or a word that starts no name; not "'s", nor "of Pekanbaru".
	reHeadEnds = regexp.MustCompile(`^(?:\s*(?:[,.;:)]|$)|\s+(?:for|in|on|through|to|from|and|by|with|at)\s+(?:[^A-Z]|$))`)
)

// purposeListRest is the rest of a list of things a sum is for, after
// its first item: ", an access road and staff housing at Lao Bao" of "for
// land, an access road and staff housing at Lao Bao". Only a list of
// short phrases in lower case that ends with "and" and a last item, or a
// list of places after first, one; a clause after the comma ("which", a
// verb) is no item, and yields "".
func (x *extraction) purposeListRest(first, rest string) string {
	// "for Cambodia, Laos and Vietnam": a list of countries after one.
	if m := rePlaceListRest.FindString(rest); m != "" && x.namesOnlyAPlace(first+m) {
		return m
	}
	m := rePurposeListRest.FindString(rest)
	if m == "" {
		return ""
	}
	// "and staff housing at Lao Bao": the place the last item is at
	// ends the list.
	for _, p := range []string{" at", " in"} {
		m = strings.TrimSuffix(m, p)
	}
	m += rePlaceAfterItem.FindString(rest[len(m):])
	ws := strings.Fields(m)
	for _, w := range ws {
		if w = strings.ToLower(strings.Trim(w, ",")); purposeListStops[w] || strings.HasSuffix(w, "ed") {
			return ""
		}
	}
	// An item cut short before its object ("the governments of") is no
	// item.
	if prose.Stopwords[ws[len(ws)-1]] {
		return ""
	}
	return m
}

// rePurposeListRest is a list's items after its first: ", A, B and C".
// ", and the provincial governments of" with no item between is a
// clause of its own.
var rePurposeListRest = regexp.MustCompile(`^(?:,\s+(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}){1,4},?\s+and\s+(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}`)

// rePlaceListRest is a list of names after its first: ", Laos and
// Vietnam".
var rePlaceListRest = regexp.MustCompile(`^(?:,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}){0,4},?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}`)

// rePlaceAfterItem is the place a list's last item is at: " at Lao Bao".
var rePlaceAfterItem = regexp.MustCompile(`^\s+(?:at|in)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}`)

// purposeListStops are words that make what follows a comma a clause, not
// an item: "for land, and Japan will ...".
var purposeListStops = lexicon.Set("finite auxiliaries", "relative pronouns", "modal auxiliaries")

// purposeAt is where text says what a sum is for, as reFor's submatch
// indexes: "for ...", or "toward the costs of ..." when that comes first
// ("toward new boats for the fishermen").
func purposeAt(text string) []int {
	f := reFor.FindStringSubmatchIndex(text)
	if m := reToward.FindStringSubmatchIndex(text); m != nil && !reTowardTime.MatchString(text[m[2]:m[3]]) && (f == nil || m[2] < f[2]) {
		return m
	}
	return f
}

// reToTheBody is a body a sum goes to by its head noun: " to the Centre".
var reToTheBody = regexp.MustCompile(`^\s*to\s+the\s+([A-Z][a-z]+)\b`)

// reToBody opens the body a sum goes to: " to the ".
var reToBody = regexp.MustCompile(`^\s*to\s+(?:the\s+)?`)

// reBracketAfter is a short form in brackets right after a name: " (UNISDR)".
var reBracketAfter = regexp.MustCompile(`^\s*\([A-Z][A-Za-z0-9-]{1,15}\)`)

// reNameGoesOnFor is a name's part after a particle: " for Disaster Risk
// Reduction".
var reNameGoesOnFor = regexp.MustCompile(`^\s*(?:for|of|on)\s+(?:the\s+)?[A-Z]`)

func parseNumber(s string) float64 {
	v, _ := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v
}

// nameNotVerb reports whether the word at i of text is a capitalised
// word after an article, a name ("the Fund") and not a verb of giving;
// "the approved sum" is still approved.
func nameNotVerb(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r) && reArticleEnd.MatchString(text[max(0, i-articleReach):i])
}

// reArticleEnd ends with an article.
var reArticleEnd = regexp.MustCompile(`(?i)\b(?:the|a|an|its|their)\s+$`)

// articleReach is more bytes than an article and the space after it.
const articleReach = 12

var (
	reGiveVerb = startRE(`(?i)\b(` + lexicon.Alt("giving verbs", "signing verbs") + `)\b`)
	// A name may hold another language's small words: "from the Deutsche
	// Gesellschaft für Internationale Zusammenarbeit (GIZ)"; and English
	// ones when its short form closes it: "from the Japan Fund for Poverty
	// Reduction (JFPR)", not "from Japan for Laos", nor across "and the"
	// ("through the GGP and the Korea International Cooperation Agency
	// (KOICA) is contributing").
	reVia = regexp.MustCompile(`^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,8}?(?:through|via|from|under)\s+(?:the\s+)?((?:Royal\s+)?(?i:` + lexicon.Alt("organs of a state") + `)\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]*(?:\s+|$))*[A-Z][\p{L}'’-]*|(?:[A-Z][\p{L}0-9-]*(?:['’]s)?\s*)+(?:(?:for|of|on|` + lexicon.Alt("name particles") + `)\s+(?:[A-Z][\p{L}0-9-]*\s*)+)+\([A-Z0-9]+\)|(?:[A-Z][\p{L}0-9-]*(?:['’]s)?\s*)+(?:(?:` + lexicon.Alt("name particles") + `)\s+(?:[A-Z][\p{L}0-9-]*\s*)+)*(?:\([A-Z0-9]+\))?|[A-Z]{2,}[0-9]*(?:\s*\([^)]*\))?)`)
	// reJointSource is a second source after a sum's channel: "and the
	// commercial banks", "and ADB".
	// The conjunct must end the phrase: a verb after it opens a clause.
	reJointSource = regexp.MustCompile(`^\s*(?:,\s*)?and\s+(?:the\s+|other\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,6}(?:\s+\([A-Z]+\))?|[a-z]+\s+(?:` + lexicon.Alt("joint source nouns") + `))\s*(?:[,.;)]|$|\s+(?:for|to|as|in)\b)`)
	// The purpose runs to a stop, a comma or a semicolon, but not to the
	// comma or point inside a number: "for 500,000 courses".
	reFor = regexp.MustCompile(`^\s*(?:\([^)]*\)\s*)?(?:\w+\s+){0,3}?(?:for|to finance|to fund)\s+((?:the\s+)?(?:[^.,;]|[.,]\d)+)`)
	// reToward is what a sum goes toward: "toward the running costs of
	// the Network"; reTowardTime says when that is a time instead.
	reToward = regexp.MustCompile(`^\s*(?:\([^)]*\)\s*)?(?:\w+\s+){0,3}?towards?\s+((?:the\s+)?(?:[^.,;]|[.,]\d)+)`)
	// reTowardTime is a time a sum goes "towards": "the end of FY2010",
	// "March".
	reTowardTime = regexp.MustCompile(`(?i)^(?:the\s+)?(?:(?:` + lexicon.Alt("period part nouns") + `)\s+of\b|` + prose.MonthAlt + `\b|(?:fy\s?)?(?:19|20)\d{2}\b)`)
)

// opensWithMonth reports whether s begins with a month's name.
func opensWithMonth(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && monthNum[strings.ToLower(f[0])] != 0
}

// reNextConjunct is a "for" that belongs to the next item of a list, not
// to the sum before it: "¥6.48 billion and technical cooperation for
// ¥4.02 billion".
var reNextConjunct = regexp.MustCompile(`^\s*(?:\w+\s+){0,3}?(?:and|or)\s+(?:\w+\s+){0,2}?(?:for|to finance|to fund)\s`)

// reSumStart is text that opens with a sum ("¥4.02 billion", "6 million
// yen"), which says how much, not what for; "12 schools" is a purpose.
// reSumDateColumn names a table's column whose date is when a sum was
// given, decided or signed: "Date of decision", "Loan agreement".
var reSumDateColumn = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("sum date columns") + `)\b`)

// reYearStart opens a time, not a purpose, after "for": "up to ¥300
// million for FY2008 is being planned".
var reYearStart = regexp.MustCompile(`^(?:(?:the\s+)?(?:FY|fiscal\s+year\s+)?\d{4}\b|FY\d{2}\b)`)

var reSumStart = regexp.MustCompile(`^(?:the\s+)?(?:[A-Z]{0,3}\$|[¥$€£]|[A-Z]{3}\s+\d|\d[\d,.]*\s+(?:` + lexicon.Alt("number scales") + `|` + currencyWordsAfter + `)\b)`)

// passiveAux is the auxiliary of a passive, or of what a sum's clause
// says is done to it: "was", "has been", "will be".
const passiveAux = `is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be`

// reVerbAfterPurpose is the passive verb of a sum's clause after its
// purpose, and the giving verb it may be: "for the Cebu Project was
// pledged". Not "the schools Japan had provided", a clause of its own,
// nor "would be extended only if", which gives nothing yet.
var reVerbAfterPurpose = regexp.MustCompile(`\s(?:` + passiveAux + `)\s+(?:(` + lexicon.Alt("giving verbs", "signing verbs") + `)\b|[a-z]{3,}ed\b)`)

// reRelativeWord opens a relative clause, whose verb is its own: "for
// schools that were damaged", "for the town where ...".
var reRelativeWord = regexp.MustCompile(`\b(?:that|where|` + lexicon.Alt("relative pronouns") + `)\b`)

// rePointedProject is a project pointed at, not named: "this project",
// "this bridge", "the programme", "the course". A thing the sentence
// names otherwise is named by more than the noun.
var rePointedProject = regexp.MustCompile(`(?i)^(?:(?:this|these|the)\s+(?:` + lexicon.Alt("project heads") + `)s?)$`)

// broughtInBefore reports whether text brings in, with "a" or "an", the
// thing purpose points to with "the": "A feasibility study ..." before
// "for the study".
func broughtInBefore(text, purpose string) bool {
	the, noun, ok := strings.Cut(purpose, " ")
	if !ok || !strings.EqualFold(the, "the") {
		return false
	}
	// Compiled only for a purpose that is "the" and a project's noun.
	re := regexp.MustCompile(`(?i)\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}` + regexp.QuoteMeta(strings.TrimSuffix(strings.ToLower(noun), "s")) + `s?\b`)
	return re.MatchString(text)
}

// rePointedPurpose is a purpose pointed back to: "this purpose", "the
// same end".
var rePointedPurpose = regexp.MustCompile(`(?i)^(?:this|that|these|those|the\s+same)\s+(?:purposes?|ends?|aims?)$`)

// reAndNextSum is "and" before the next sum of a list of parts: "and the
// remaining US$500,000", "and 500 million yen". Its currency is written
// as a sign, in capitals or as a word, so "grades 1 and 2" is no sum.
var reAndNextSum = regexp.MustCompile(`\s+and\s+(?:the\s+)?(?i:remaining\s+|other\s+|another\s+|a\s+further\s+)?(?:(?:[A-Z]{0,3}\$\s?|[¥$€£]\s?|[A-Z]{3}\s)\d|\d[\d,.]*\s+(?:` + currencyWordsAfter + `)\b)`)

// rePluralAfter is a plural noun right after a word: "engineers".
var rePluralAfter = regexp.MustCompile(`^\s+[a-z][a-z-]*[a-z]s\b`)

// rePeriodOpensDate ends in the words that bring the period a thing
// covers, maybe with the period's first date: "for the period", "for the
// period 2020 to".
var rePeriodOpensDate = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("period openers") + `)\s+[^,;.]*$`)

// countryAdjective reports whether a word is a country's adjective alone,
// the start of a phrase that names no channel: "the Cambodian" of "money
// from the Cambodian government budget".
func countryAdjective(w string) bool {
	w = strings.TrimPrefix(w, "the ")
	return !strings.Contains(w, " ") && reDemonymEnd.MatchString(w) && len(scanCountries(w)) == 1
}

// requestVerbs are the verbs of asking, as a sum's own verb after it
// writes them: "has been requested".
var requestVerbs = lexicon.Set("request verbs")

// rePurposeVerbBefore ends with a connective of purpose, before a verb:
// in "requested Japan to consider Phase II, in order to extend
// protection to Demak, with a loan amount of JPY 54,000 million", what
// "extend" moves is protection, not the sum.
var rePurposeVerbBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("purpose connectives") + `)\s+$`)

// reRequestWithSum is a request, then the sum it asks for set off by
// "with" and a noun of sum: "requested Japan to consider NJCRP Phase
// II, ..., with an indicative loan amount of ".
var reRequestWithSum = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("request verbs") + `)\b[^;]*,\s+with\s+(?:an?\s+)?(?:[a-z]+\s+){0,3}?(?:amount|sum|budget|cost)\s+of\s+$`)

// reAskingForSum ends in a verb of asking whose object is the sum after
// it: "requesting US$1,950,000", "asked for about ¥1.6 billion".
var reAskingForSum = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("request verbs", "request words asked") + `)(?:\s+for)?\s+(?:(?:` + lexicon.Alt("determiners", "sum hedges") + `)\s+)*$`)

// sumIn reports whether text writes a sum of money outside brackets: "(about
// ¥57 million)" is the sum before it again.
func sumIn(text string) bool {
	text = reBracketed.ReplaceAllString(text, "")
	return reMoneyPre.MatchString(text) || reMoneyPost.MatchString(text)
}

// reBracketed is a bracket and what it holds.
var reBracketed = regexp.MustCompile(`\([^()]*\)`)

func (x *extraction) findAmounts(p *Passage, a *annotation) []Amount {
	t := p.Text
	var out []Amount
	add := func(s Span, cur, num, sc string) {
		for _, o := range out {
			if s.Start < o.Span.End && o.Span.Start < s.End {
				return
			}
		}
		v := parseNumber(num) * max(1, scale[strings.ToLower(sc)])
		if v == 0 || currencyOf(cur) == noCurrency {
			return
		}
		sent := containing(a.sentences, s.Start)
		am := Amount{Text: t[s.Start:s.End], Currency: currencyOf(cur), Value: v, Passage: p, Span: s, Sentence: t[sent.Start:sent.End]}
		before := t[sent.Start:s.Start]
		if m := reVerbAfterSum.FindStringSubmatch(t[s.End:sent.End]); m != nil {
			// "US$4,312,750 had been disbursed": the verb after the sum is
			// its own. "¥2.1 billion will be provided" is still to come.
			am.Verb = participleOf(strings.ToLower(m[1]))
			if reToComeAux.MatchString(m[0]) {
				am.Verb = corpus.ToComeVerb + am.Verb
			}
			// "For FY2016, ¥210 million has been requested in the
			// budget": asked for, not given.
			if requestVerbs[strings.ToLower(m[1])] {
				am.Verb = corpus.RequestedVerb
			}
		} else if m := reGiveVerb.FindAllStringIndex(before, -1); len(m) > 0 && !strings.Contains(before[m[len(m)-1][1]:], ";") && verbReaches(before[m[len(m)-1][1]:], t[s.End:sent.End]) && !nameNotVerb(before, m[len(m)-1][0]) && !rePurposeVerbBefore.MatchString(before[:m[len(m)-1][0]]) {
			// "given by New Zealand", not "gave by" or "give by". A verb
			// of another clause ("US$1.2 million has been disbursed ...;
			// the remaining US$2.3 million"), before another sum or a
			// phrase of its own ("Of the approved
			// US$4.8 million, US$4.3 million ...", "disbursed ..., leaving
			// a balance of US$0.5 million") is not this sum's.
			am.Verb = participleOf(strings.ToLower(before[m[len(m)-1][0]:m[len(m)-1][1]]))
			// "intends to provide up to ¥600 million": a sum only meant
			// is to be provided, not provided.
			if reToComeOpener.MatchString(before[:m[len(m)-1][0]]) {
				am.Verb = corpus.ToComeVerb + am.Verb
			}
			// "requested Japan to provide grant aid of ¥960 million",
			// "requested a grant of US$2.6 million": a sum asked for is
			// not given.
			// "to provide grant aid of": the verb before a giving noun.
			k := len(m) - 1
			for k > 0 && strings.TrimSpace(before[m[k-1][1]:m[k][0]]) == "" {
				k--
			}
			if reAskedToGive.MatchString(before[:m[k][0]]) {
				am.Verb = corpus.RequestedVerb
			}
		} else if reAskingForSum.MatchString(before) || reRequestWithSum.MatchString(before) {
			// "submitted a concept note ..., requesting US$1,950,000 for
			// the period 2020 to 2022": a sum a request takes as its
			// object is asked for, not given.
			am.Verb = corpus.RequestedVerb
		}
		am.Payer = x.payerOf(t[sent.Start:sent.End], s.Start-sent.Start, s.End-sent.Start)
		am.Recipient = x.recipientOf(t[s.End:sent.End])
		// "¥1.8 billion to the Centre" in a section on the Centre: the
		// section's body.
		if am.Recipient == "" {
			if m := reToTheBody.FindStringSubmatchIndex(t[s.End:sent.End]); m != nil && reHeadEnds.MatchString(t[s.End+m[1]:sent.End]) {
				am.Recipient = x.sectionBodyByHead(p, t[s.End+m[2]:s.End+m[3]])
			}
		}
		// Only a date in the sum's own clause dates it: in "provided $1.2
		// million ... through the AHPF, which Japan set up in FY2000", FY2000
		// is when the fund began.
		cl := prose.ClauseAround(t[sent.Start:sent.End], sent.Start, s)
		// The nearest date in the clause, unless it is a period joined on by
		// "and" ("runs from April 2003 to March 2006 and costs US$1.4
		// million"): that is when the work runs, not when the sum is paid.
		best, bestWeak := -1, false
		for i := range a.dates {
			d := a.dates[i]
			if d.Span.Start < cl.Start || d.Span.End > cl.End {
				continue
			}
			lo, hi := d.Span.End, s.Start
			if d.Span.Start > s.End {
				lo, hi = s.End, d.Span.Start
			}
			// "Cyclone Nargis, which struck Myanmar on 2 and 3 May, the
			// Government ... extend US$6 million": a relative clause the
			// comma closes before the sum dates what it is about.
			if d.Span.End <= s.Start && reWhichBefore.MatchString(t[sent.Start:cl.Start]) && strings.Contains(t[d.Span.End:s.Start], ",") {
				continue
			}
			// "requesting US$1,950,000 for the period 2020 to 2022": the
			// period the sum covers, which its line gives as such, is not
			// when it was asked for or given.
			if d.Span.Start >= s.End && rePeriodOpensDate.MatchString(t[s.End:d.Span.Start]) {
				continue
			}
			// A sum's own conversion in brackets is not another sum.
			between := reParens.ReplaceAllString(t[min(lo, hi):max(lo, hi)], "")
			// "a total of ¥450 million in FY2006 and FY2007 (¥200 million
			// in FY2006 ...)": a date outside the brackets a sum opens
			// dates the sum before them, not a part in them that has a
			// date of its own; "On 28 December 2004 ... Emergency Grant
			// Aid (US$4 million)" still dates the sum in brackets.
			if d.Span.End <= s.Start && strings.Contains(between, "(") && bracketDated(t, a.dates, s) {
				continue
			}
			if !d.Start.Equal(d.End) && d.Precision != "year" && strings.Contains(between, " and ") || sumOrPhraseBetween(between) {
				continue
			}
			// "goods handed over on 7 May and the US$10 million announced
			// on 20 May": a date before "and" closes the conjunct before
			// the sum, and yields to one of the sum's own after it.
			weak := d.Span.End <= s.Start && strings.Contains(between, " and ")
			switch {
			case best < 0:
				best, bestWeak = i, weak
			case weak != bestWeak:
				if bestWeak {
					best, bestWeak = i, weak
				}
			case hi-lo < dist(a.dates[best].Span, s):
				best, bestWeak = i, weak
			}
		}
		// "¥450 million in FY2006 and FY2007": a sum of several dates
		// listed is dated by none of them alone.
		if best >= 0 && !listedDate(t, a.dates, best) {
			d := rangeAround(t, a.dates, best)
			am.Date = &d
		}
		after := t[s.End:sent.End]
		// "ran from April 2004", "over three years from FY2004": a time is
		// not a channel.
		// "¥7.2 billion and is co-financed with VND 460 billion from
		// Vietcombank": a channel after another sum is that sum's.
		if m := reVia.FindStringSubmatchIndex(after); m != nil && !opensWithMonth(after[m[2]:m[3]]) && !datedAt(a.dates, s.End+m[2]) && !countryAdjective(strings.TrimSpace(after[m[2]:m[3]])) && !sumIn(after[:m[2]]) {
			am.Via = strings.TrimSpace(after[m[2]:m[3]])
			// "from Japan's Ministry of Economy, Trade and Industry
			// (METI)": a known organisation's name that runs on past a
			// comma, or past a "for" ("through the Japan Trust Fund for
			// Disaster Risk Reduction"), is the channel whole.
			for _, o := range x.orgMentions(after[m[2]:]) {
				if ext := after[m[3]:max(m[3], m[2]+o.span.End)]; o.span.Start <= len("Japan's ") && (strings.Contains(ext, ",") || reNameGoesOnFor.MatchString(ext)) && !strings.ContainsAny(ext, "()") {
					am.Via = strings.TrimSpace(after[m[2] : m[2]+o.span.End])
					break
				}
			}
			// "4,100 million kip from the Lao Government": a state the sum
			// comes from pays it, whoever pays the sum before it; a fund it
			// comes from is its channel.
			// "will come from JBIC and the commercial banks": a sum from
			// several comes through none of them alone. "through JICA and
			// ASEAN will host" opens a clause: JICA is still the channel.
			joint := reJointSource.MatchString(after[m[3]:])
			switch {
			case joint:
				am.Via = ""
			case reFromState.MatchString(after[m[0]:m[1]]):
				am.Payer, am.Via = am.Via, ""
			}
		}
		forText := after
		if am.Via != "" {
			// "provided through the World Food Programme (WFP) for rice":
			// what the sum is for may follow its channel.
			// So may a "for" inside the channel's name: "through the
			// Japan Fund for Poverty Reduction (JFPR)".
			if i := strings.Index(after, am.Via); i >= 0 {
				if m := purposeAt(after); m == nil || m[2] > i && m[2] < i+len(am.Via) {
					forText = after[i+len(am.Via):]
					// "through the Trust Fund to the United Nations Office
					// for Disaster Risk Reduction (UNISDR) for the
					// Initiative": the body it goes to, whose name may hold
					// a "for" of its own, comes before what it is for.
					if m := reToBody.FindStringIndex(forText); m != nil {
						if os := x.orgMentions(forText[m[1]:]); len(os) > 0 && os[0].span.Start == 0 {
							end := m[1] + os[0].span.End
							if b := reBracketAfter.FindString(forText[end:]); b != "" {
								end += len(b)
							}
							if am.Recipient == "" {
								am.Recipient = strings.TrimSpace(forText[m[1]:end])
							}
							forText = forText[end:]
						}
					}
				}
			}
		}
		if at := purposeAt(forText); at != nil && !reNextConjunct.MatchString(forText[at[0]:at[1]]) && !reSumStart.MatchString(forText[at[2]:at[3]]) && !reYearStart.MatchString(forText[at[2]:at[3]]) {
			am.Purpose = strings.TrimSpace(forText[at[2]:at[3]] + x.purposeListRest(forText[at[2]:at[3]], forText[at[3]:]))
			if i := strings.Index(am.Purpose, " through "); i > 0 {
				am.Purpose = am.Purpose[:i]
			}
			// "for the ACPHEED and the remaining 500 million yen for ...":
			// the next sum's part is not this one's purpose.
			if m := reAndNextSum.FindStringIndex(am.Purpose); m != nil {
				am.Purpose = strings.TrimSpace(am.Purpose[:m[0]])
			}
			// "a loan of ¥9.8 billion for the Metro Manila Project was
			// pledged in FY2009": the purpose ends where the clause's verb
			// starts, and that verb moves the sum.
			if m := reVerbAfterPurpose.FindStringSubmatchIndex(am.Purpose); m != nil && !reRelativeWord.MatchString(am.Purpose[:m[0]]) {
				if am.Verb == "" && m[2] >= 0 {
					am.Verb = participleOf(strings.ToLower(am.Purpose[m[2]:m[3]]))
				}
				am.Purpose = strings.TrimSpace(am.Purpose[:m[0]])
			}
			// "extended for this project": the project is the
			// passage's, read as such, not a purpose named.
			// "contributed US$1.8 million for this purpose": a purpose
			// pointed back to says none by itself.
			// Not "the study" when the sentence brought one in before
			// the sum ("A feasibility study ... was carried out, and ¥90
			// million was allocated for the study"): that one is meant.
			if rePointedProject.MatchString(am.Purpose) && !broughtInBefore(t[sent.Start:s.Start], am.Purpose) || rePointedPurpose.MatchString(am.Purpose) {
				am.Purpose = ""
			}
			am.Purpose = x.namedReference(p, am.Purpose)
		}
		out = append(out, am)
	}
	for _, m := range reMoneyPre.FindAllStringSubmatchIndex(t, -1) {
		sc := ""
		if m[6] >= 0 {
			sc = t[m[6]:m[7]]
		}
		add(Span{Start: m[0], End: m[1]}, t[m[2]:m[3]], t[m[4]:m[5]], sc)
	}
	for _, m := range reMoneyPost.FindAllStringSubmatchIndex(t, -1) {
		sc := ""
		if m[4] >= 0 {
			sc = t[m[4]:m[5]]
		}
		// "some 120 PLN engineers": three capitals before a plural noun
		// name what is counted (the utility PLN), not a currency.
		if isCode(t[m[6]:m[7]]) && rePluralAfter.MatchString(t[m[1]:]) {
			continue
		}
		// "31 yen loans": a currency word before a plural noun names the
		// kind of what is counted, when no scale makes the number a sum.
		if sc == "" && rePluralAfter.MatchString(t[m[1]:]) {
			continue
		}
		add(Span{Start: m[0], End: m[1]}, t[m[6]:m[7]], t[m[2]:m[3]], sc)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	// "the US$10 million announced on 20 May, this decision brings the
	// total to US$16.6 million": a date stands with the sum nearer it, and
	// another sum nearer it on its other side takes it from this one.
	for i := range out {
		d := out[i].Date
		if d == nil {
			continue
		}
		for j := range out {
			o := out[j].Span
			if j == i || out[j].Sentence != out[i].Sentence {
				continue
			}
			other := o.End <= d.Span.Start && out[i].Span.Start >= d.Span.End || o.Start >= d.Span.End && out[i].Span.End <= d.Span.Start
			if !other || dist(o, d.Span) >= dist(out[i].Span, d.Span) {
				continue
			}
			// Only across a break from this sum and none from the other:
			// "120 million yen ... in fiscal year 2012 and a further ¥38
			// million" keeps its year.
			if sumBreak(t, out[i].Span, d.Span) && !sumBreak(t, o, d.Span) {
				out[i].Date = nil
				break
			}
		}
	}
	// "Thailand: Amount: US$5.2 million; Date of decision: 28 December
	// 2004.": a table's row with one sum and one date, in a column of
	// the act that gives a sum, dates the sum by it; a "Completion"
	// column dates the works, not the grant.
	if p.IsTableRow() && len(out) == 1 && out[0].Date == nil {
		if d, ok := cellDate(a, rowCellsOf(p), reSumDateColumn.MatchString); ok {
			c := *d
			out[0].Date = &c
		}
	}
	// "2013: exports ¥154.2 billion; imports ¥67.4 billion": a date that
	// labels its line dates every sum of the line.
	for i := range out {
		if out[i].Date != nil {
			continue
		}
		sent := containing(a.sentences, out[i].Span.Start)
		for k := range a.dates {
			d := a.dates[k]
			if d.Span.Start >= sent.Start && d.Span.End < out[i].Span.Start && reDateLabelStart.MatchString(t[sent.Start:d.Span.Start]) && reDateLabelEnd.MatchString(t[d.Span.End:]) {
				out[i].Date = &d
				break
			}
		}
	}
	// "FY2019: ¥2.6 billion, of which ¥1.8 billion went to disaster
	// management and ¥800 million to maritime safety": the parts of a
	// total are of its year.
	part := false
	for i := 1; i < len(out); i++ {
		between := t[out[i-1].Span.End:out[i].Span.Start]
		switch {
		case out[i].Sentence != out[i-1].Sentence:
			part = false
		case reOfWhich.MatchString(between):
			part = true
		case part && reNextPart.MatchString(between):
		default:
			part = false
		}
		if part && out[i].Date == nil && out[i-1].Date != nil {
			d := *out[i-1].Date
			out[i].Date = &d
		}
	}
	// "6.8 billion yen (about US$56.6 million)": one sum, said twice.
	for i := 0; i+1 < len(out); i++ {
		gap := t[out[i].Span.End:out[i+1].Span.Start]
		// "2.1 billion kyat, or roughly US$1.5 million": the same sum in
		// another currency.
		if reEquivalent.MatchString(gap) || reEquivalentOr.MatchString(gap) && out[i].Currency != out[i+1].Currency && out[i].EquivalentOf == "" && endsPhrase(t[out[i+1].Span.End:]) {
			out[i].Equivalent = out[i+1].Text
			out[i+1].EquivalentOf = out[i].Text
			// The same sum is moved by the same verb, on the same day, and
			// paid by the same party: "and the Vietnamese side some ¥70
			// million (VND 18.5 billion)" is not JICA's, whoever the
			// brackets' own reading found.
			if out[i+1].Verb == "" {
				out[i+1].Verb = out[i].Verb
			}
			out[i+1].Payer = out[i].Payer
			if out[i+1].Date == nil {
				out[i+1].Date = out[i].Date
			}
			// "(about VND 9.24 billion, or roughly ¥40.8 million)": every
			// sum of the brackets says the first again.
			for j := i + 1; j+1 < len(out) && reEquivalentMore.MatchString(t[out[j].Span.End:out[j+1].Span.Start]); j++ {
				out[j+1].EquivalentOf = out[i].Text
				if out[j+1].Verb == "" {
					out[j+1].Verb = out[i].Verb
				}
				out[i].Equivalent = t[out[i+1].Span.Start:out[j+1].Span.End]
			}
		}
	}
	return out
}

var (
	// reDateLabelStart and reDateLabelEnd are what stands before and after a
	// date that labels its line: "2013: ...", "- FY2012: ...".
	reDateLabelStart = regexp.MustCompile(`^[\s*•·-]*$`)
	reDateLabelEnd   = regexp.MustCompile(`^\s*(?:\*\*)?\s*:`)
	// reOfWhich leads from a total to its first part.
	reOfWhich = regexp.MustCompile(`(?i)^\s*(?:\([^)]*\)\s*)?,?\s*(?:of\s+which|including|of\s+this(?:\s+amount)?)\s*,?\s*$`)
	// reNextPart leads from one part of a total to the next.
	reNextPart = regexp.MustCompile(`(?i)^[^;.]*?(?:,\s*|\s)and\s+(?:the\s+)?(?:remaining\s+|other\s+|another\s+)?$`)
)

// sumBreak reports whether a comma, semicolon or "and" stands between a
// sum and a date, outside brackets.
func sumBreak(t string, a, b Span) bool {
	between := reParens.ReplaceAllString(t[min(a.End, b.End):max(a.Start, b.Start)], "")
	return strings.ContainsAny(between, ",;") || strings.Contains(between, " and ")
}

// reWhichBefore is the opening of a relative clause, where a clause
// starting after it begins.
var reWhichBefore = regexp.MustCompile(`,\s+which\s+$`)

// rangeAround is date i of dates, or the written range it is one end of:
// a sum "to run from 1 January 2016 to 31 December 2018" is for the whole
// period, not for its first day.
func rangeAround(t string, dates []Date, i int) Date {
	d := dates[i]
	for k := range dates {
		e := dates[k]
		switch {
		case e.Span.Start >= d.Span.End && reRangeJoin.MatchString(t[d.Span.End:e.Span.Start]):
			return joinedRange(t, d, e)
		case e.Span.End <= d.Span.Start && reRangeJoin.MatchString(t[e.Span.End:d.Span.Start]):
			return joinedRange(t, e, d)
		}
	}
	return d
}

// bracketDated reports whether the brackets s stands in hold a date of
// their own.
func bracketDated(t string, dates []Date, s Span) bool {
	open := strings.LastIndex(t[:s.Start], "(")
	end := strings.Index(t[s.End:], ")")
	if open < 0 || end < 0 {
		return false
	}
	end += s.End
	return slices.ContainsFunc(dates, func(d Date) bool { return d.Span.Start > open && d.Span.End <= end })
}

// listedDate reports whether dates[i] is one of a list of dates joined
// by "and" or a comma: "in FY2006 and FY2007".
func listedDate(t string, dates []Date, i int) bool {
	d := dates[i]
	for k, e := range dates {
		switch {
		case k == i:
		case e.Span.Start >= d.Span.End && listJoinsDates(t[d.Span.End:e.Span.Start]),
			e.Span.End <= d.Span.Start && listJoinsDates(t[e.Span.End:d.Span.Start]):
			return true
		}
	}
	return false
}

// reDateListJoin is what joins two dates of a list.
var reDateListJoin = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$`)

// reParallelDateJoin joins two dates of the same act done at two places:
// "signed in Yangon on 14 December 2017 and in Vientiane on 30 January
// 2018". Which sum after them each dates, the sentence does not say.
var reParallelDateJoin = regexp.MustCompile(`^\s*,?\s*and\s+(?:in|at)\s+\p{Lu}[\p{L}\s-]{0,40}?\s+(?:on|in)\s+$`)

// listJoinsDates reports whether between, the text between two dates,
// makes them a list.
func listJoinsDates(between string) bool {
	return reDateListJoin.MatchString(between) || reParallelDateJoin.MatchString(between)
}

// reRangeJoin is what joins the two ends of a written range.
var reRangeJoin = regexp.MustCompile(`^\s*(?:to|until|till|through|–|-)\s*$`)

// joinedRange is the range from date a to date b as written.
func joinedRange(t string, a, b Date) Date {
	r := a
	r.Text = t[a.Span.Start:b.Span.End]
	r.End = b.End
	r.Span = Span{Start: a.Span.Start, End: b.Span.End}
	if a.Precision != b.Precision {
		r.Precision = "month"
	}
	return r
}

// datedAt reports whether a date of the passage starts at byte at.
func datedAt(dates []Date, at int) bool {
	for _, d := range dates {
		if d.Span.Start == at {
			return true
		}
	}
	return false
}

// reFromState is a sum's source that is a state: "from the Lao
// Government", "from the Government of Laos".
var reFromState = regexp.MustCompile(`(?i)\bfrom\s+(?:the\s+)?(?:[A-Z][\p{L}-]*\s+)?(?:` + lexicon.Alt("organs of a state") + `)\b`)

// reToComeOpener is what makes the verb after it one still to come:
// "intends to ", "will also ", "is expected to ".
var reToComeOpener = regexp.MustCompile(`(?i)\b` + prose.ToComeOpener + `\s+$`)

// reAskedToGive ends with a verb of asking and the one asked, or the
// article of a thing asked for, before a giving verb or noun: "requested
// Japan to ", "asked the Government of Japan to ", "requested a ".
// "Asked Japan to consider a ": a verb of weighing may stand between.
// "Requested grant aid of": the giving noun may be the verb's object.
var reAskedToGive = regexp.MustCompile(`\b(?i:` + lexicon.Alt("request verbs") + `)\s+(?:(?:` + requestedParty + `\s+to(?:\s+(?i:` + lexicon.Alt("request weighing verbs") + `)\s+an?)?|an?)\s+)?$`)

// reToComeAux is a verb's auxiliary that puts it still to come: "will be".
var reToComeAux = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("unrealised verb openers") + `)\b`)

// reVerbAfterSum is a verb in the passive right after a sum: "US$4.3
// million had been disbursed", "¥2.1 billion will be provided".
var reVerbAfterSum = regexp.MustCompile(`(?i)^\s*(?:\([^)]*\)\s*)?(?:has|have|had|was|were|is|are|will|would|shall)(?:\s+(?:been|be|now|already|also))*\s+(` + lexicon.Alt("giving verbs", "signing verbs", "request verbs") + `)\b`)

// reParticiplePhrase opens a phrase of its own within a sentence: ",
// leaving", ", bringing".
var reParticiplePhrase = regexp.MustCompile(`,\s+\w+ing\b`)

// verbReaches reports whether a verb reaches a sum across text: no
// phrase of its own stands between them, and any sum between is joined to
// this one by "and" ("will provide ¥45 million in FY2009 and a further
// ¥30 million"), not set before it ("Of the approved US$4.8 million,
// US$4.3 million").
func verbReaches(text, after string) bool {
	if reParticiplePhrase.MatchString(text) || reOwnClause.MatchString(text) && reClauseVerbAfter.MatchString(after) {
		return false
	}
	last := -1
	for _, re := range []*prose.StartRE{reMoneyPre, reMoneyPost} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			last = max(last, m[1])
		}
	}
	return last < 0 || reCoordinatedSum.MatchString(text[last:])
}

var (
	// reOwnClause opens a clause with a subject of its own: "..., and a
	// loan of up to ¥9.8 billion ... was pledged", whose sum the verb of
	// the clause before does not move; reClauseVerbAfter is that
	// clause's own verb after the sum. "granted the Philippines, Viet
	// Nam, and the Lao PDR a total of ¥600 million for flood control"
	// has none: the comma ends a list.
	reOwnClause       = regexp.MustCompile(`,\s+(?:` + lexicon.Alt("clause conjunctions") + `)\s+(?:a|an|the)\s`)
	reClauseVerbAfter = regexp.MustCompile(`^[^,;:]*?\s(?:` + passiveAux + `)\s`)
)

// reCoordinatedSum is what joins a sum to the next one that shares its
// verb: " in FY2009 and a further ".
var reCoordinatedSum = regexp.MustCompile(`^[^,;:]{0,40}?\band\s+(?:(?:a\s+further|another|an\s+additional|a\s+second)\s+)?$`)

// sumOrPhraseBetween reports whether text between a sum and a verb or a
// date holds another sum or opens a phrase of its own: either way the
// verb or the date is not the sum's.
func sumOrPhraseBetween(text string) bool {
	return reMoneyPre.MatchString(text) || reMoneyPost.MatchString(text) || reParticiplePhrase.MatchString(text)
}

// reEquivalentOr is the gap of a conversion written as an alternative:
// "2.1 billion kyat, or roughly US$1.5 million".
var reEquivalentOr = regexp.MustCompile(`(?i)^\s*,?\s*or\s+(?:about|approximately|around|roughly|some)\s*$`)

// endsPhrase reports whether text, after a sum, closes its phrase: "or
// about US$50,000 in equipment" offers another thing, not the same sum.
func endsPhrase(text string) bool {
	t := strings.TrimLeft(text, " ")
	return t == "" || strings.ContainsAny(t[:1], ",.;)")
}

var reEquivalentMore = regexp.MustCompile(`(?i)^\s*(?:,|;|or|,\s*or)\s*(?:about|approximately|around|roughly|some|approx\.?|c\.|equivalent to)?\s*$`)

var reEquivalent = regexp.MustCompile(`(?i)^\s*(?:\(\s*(?:about|approximately|around|roughly|some|approx\.?|c\.|or|=|equivalent to)?|,?\s*(?:equivalent to|the equivalent of)(?:\s+(?:about|approximately|around|roughly|some))?)\s*$`)

// findDates reads every date form in a passage; relative dates resolve
// against the document's date.
func findDates(p *Passage, a *annotation) []Date {
	t := p.Text
	var out []Date
	taken := func(s Span) bool { return overlapsDate(out, s) }
	docDate := p.Doc.Date
	// Most passages have no month name and no four-digit number: skip the
	// patterns that need them.
	hasMonth := reAnyMonth.MatchString(t)
	hasYear := reAnyYear.MatchString(t)
	lt := strings.ToLower(t)
	hasRelative := strings.Contains(lt, "year") || strings.Contains(lt, "month")
	for i, re := range reDates {
		if (i <= 7 && !hasMonth) || (i <= 9 && !hasYear) || (i == relativeDate && !hasRelative) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(t, -1) {
			s := Span{Start: m[0], End: m[1]}
			if taken(s) {
				continue
			}
			g := func(k int) string {
				if m[2*k] < 0 {
					return ""
				}
				return t[m[2*k]:m[2*k+1]]
			}
			atoi := func(k int) int { n, _ := strconv.Atoi(g(k)); return n }
			month := func(k int) time.Month { return monthNum[strings.ToLower(strings.TrimSuffix(g(k), "."))] }
			d := Date{Text: t[s.Start:s.End], Passage: p, Span: s}
			switch i - 3 {
			case -3: // 28 January to 8 February 2008
				y, m1, m2 := atoi(5), month(2), month(4)
				y1 := y
				if m1 > m2 {
					y1--
				}
				d.Start, d.End, d.Precision = day(y1, m1, atoi(1)), day(y, m2, atoi(3)), "day"
			case -2: // between 22 and 29 September 2014
				y, mo := atoi(4), month(3)
				d.Start, d.End, d.Precision = day(y, mo, atoi(1)), day(y, mo, atoi(2)), "day"
				// The date as written starts at the first day; "between"
				// becomes its preposition.
				s.Start = m[2]
				d.Text, d.Span, d.Between = t[s.Start:s.End], s, true
			case -1: // February to June 2005
				y := atoi(3)
				d.Start, d.Precision = day(y, month(1), 1), "month"
				d.End = day(y, month(2), 1).AddDate(0, 1, -1)
			case 0: // 15th to 21st July 2001
				y, mo := atoi(4), month(3)
				// "3 and 24 March" are two days, not a range: "and"
				// joins only days next to each other.
				if joinedByAnd(t[m[0]:m[1]]) && atoi(2)-atoi(1) > 1 {
					continue
				}
				d.Start, d.End, d.Precision = day(y, mo, atoi(1)), day(y, mo, atoi(2)), "day"
			case 1: // November 20-22, 2001
				y, mo := atoi(4), month(1)
				d.Start, d.End, d.Precision = day(y, mo, atoi(2)), day(y, mo, atoi(3)), "day"
			case 2: // 3 March 2003
				d.Start, d.Precision = day(atoi(3), month(2), atoi(1)), "day"
			case 3: // June 11, 2001
				d.Start, d.Precision = day(atoi(3), month(1), atoi(2)), "day"
			case 4: // February 2000
				d.Start, d.Precision = day(atoi(2), month(1), 1), "month"
				d.End = d.Start.AddDate(0, 1, -1)
			case 5, 6: // FY2002, 1998
				d.Start, d.Precision = day(atoi(1), time.January, 1), "year"
				d.End = day(atoi(1), time.December, 31)
			case 7: // last year
				if docDate.IsZero() {
					continue
				}
				d.Relative = true
				off := 0
				switch strings.ToLower(g(1)) {
				case "last", "previous", "the previous":
					off = -1
				case "next", "the following":
					off = 1
				}
				if strings.ToLower(g(2)) == "year" {
					d.Start, d.Precision = day(docDate.Year()+off, time.January, 1), "year"
					d.End = day(docDate.Year()+off, time.December, 31)
				} else {
					d.Start, d.Precision = day(docDate.Year(), docDate.Month()+time.Month(off), 1), "month"
					d.End = d.Start.AddDate(0, 1, -1)
				}
			}
			if d.Start.IsZero() || d.Start.Year() < 1800 {
				continue
			}
			if d.End.IsZero() {
				d.End = d.Start
			}
			if d.End.Before(d.Start) {
				continue
			}
			// "the end of January 2020", "mid-2015": the part of the
			// month or year the document names is part of the date.
			if d.Precision != "day" && !d.Between {
				if q := reDateQualifier.FindStringSubmatchIndex(t[max(0, s.Start-dateQualifierReach):s.Start]); q != nil {
					s.Start = max(0, s.Start-dateQualifierReach) + q[2]
					d.Text, d.Span = t[s.Start:s.End], s
				}
			}
			if reSince.MatchString(t[max(0, s.Start-12):s.Start]) && strings.Contains(strings.ToLower(t[max(0, s.Start-12):s.Start]), "since") {
				d.Since = true
			}
			sent := containing(a.sentences, s.Start)
			d.Sentence = t[sent.Start:sent.End]
			out = append(out, d)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	if hasMonth {
		out = yearlessDates(p, a, out)
	}
	return out
}

// reDateQualifier is a word right before a month or a year that narrows
// it: "end of", "late", "mid-" ("as early as 2017" has "as" there).
var reDateQualifier = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + lexicon.Alt("date qualifiers") + `)(?:\s+|-)$`)

// dateQualifierReach is how far before a date its qualifier may start:
// "the second half of FY2018".
const dateQualifierReach = 24

// overlapsDate reports whether span s overlaps one of ds.
func overlapsDate(ds []Date, s Span) bool {
	for _, d := range ds {
		if s.Start < d.Span.End && d.Span.Start < s.End {
			return true
		}
	}
	return false
}

// joinedByAnd reports whether a range of days is written with "and".
func joinedByAnd(text string) bool { return strings.Contains(text, " and ") }

// reYearless is a day and month written without a year: "2 and 3 May"
// (first, so that its two days stay one date), "November 4", "4 November".
var reYearless = []*prose.StartRE{
	startRE(`\b(\d{1,2})` + ordRe + `\s*(?:-|–|to|and)\s*(\d{1,2})` + ordRe + `\s+(?:of\s+)?` + monthRe + `\b`),
	startRE(`\b` + monthRe + `\s+(\d{1,2})` + ordRe + `\b`),
	startRE(`\b(\d{1,2})` + ordRe + `\s+(?:of\s+)?` + monthRe + `\b`),
}

// yearlessDates adds the days a passage writes without a year ("arrived
// in Manila on November 10"), in the year that puts each nearest the
// document's date: a release of November 2013 speaks of November 4 of
// 2013, one of January 2014 of December 20 of 2013. out is sorted by
// position and stays so.
func yearlessDates(p *Passage, a *annotation, out []Date) []Date {
	t := p.Text
	var add []Date
	for k, re := range reYearless {
		for _, m := range re.FindAllStringSubmatchIndex(t, -1) {
			s := Span{Start: m[0], End: m[1]}
			if overlapsDate(out, s) || overlapsDate(add, s) {
				continue
			}
			dayText, lastText, monText := "", "", ""
			switch k {
			case 0:
				dayText, lastText, monText = t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]]
			case 1:
				dayText, monText = t[m[4]:m[5]], t[m[2]:m[3]]
			default:
				dayText, monText = t[m[2]:m[3]], t[m[4]:m[5]]
			}
			mon := monthNum[strings.ToLower(strings.TrimSuffix(monText, "."))]
			dd, _ := strconv.Atoi(dayText)
			last := dd
			if lastText != "" {
				last, _ = strconv.Atoi(lastText)
			}
			if joinedByAnd(t[s.Start:s.End]) && last-dd > 1 {
				continue
			}
			// The document's date, which the writer counts from; a date
			// written before in the same sentence only when it has none:
			// "founded in 2000 ... By November 18" is of the release's
			// year.
			ref := p.Doc.Date
			sent := containing(a.sentences, s.Start)
			if ref.IsZero() {
				for _, d := range out {
					if d.Span.Start >= sent.Start && d.Span.Start < s.Start && !d.Relative {
						ref = d.End
					}
				}
			}
			if ref.IsZero() || mon == 0 {
				continue
			}
			best := time.Time{}
			for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
				c := day(y, mon, dd)
				if !c.IsZero() && (best.IsZero() || c.Sub(ref).Abs() < best.Sub(ref).Abs()) {
					best = c
				}
			}
			end := day(best.Year(), mon, last)
			if best.IsZero() || end.Before(best) {
				continue
			}
			add = append(add, Date{Text: t[s.Start:s.End], Start: best, End: end, Precision: "day", Sentence: t[sent.Start:sent.End], Passage: p, Span: s})
		}
	}
	if len(add) == 0 {
		return out
	}
	out = append(out, add...)
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

func day(y int, m time.Month, d int) time.Time {
	if y == 0 || m == 0 || d < 1 || d > 31 {
		return time.Time{}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}
	}
	return t
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if prose.Fold(x) == prose.Fold(s) {
			return true
		}
	}
	return false
}

// participles turns a past tense into the form "by" follows.
var participles = lexicon.Pairs("past participles")

// participleOf is the past participle of a giving verb in any form, so
// that a sum reads "provided by Japan" whatever tense the sentence used:
// the lexicon's irregular ones, else the regular -ed of its stem.
func participleOf(v string) string {
	if pp, ok := participles[v]; ok {
		return pp
	}
	if strings.Contains(v, " ") || strings.HasSuffix(v, "ed") {
		return v
	}
	stem := v
	switch {
	case strings.HasSuffix(stem, "ing"):
		stem = strings.TrimSuffix(stem, "ing")
		if !strings.HasSuffix(stem, "e") && reNeedsE.MatchString(stem) {
			stem += "e"
		}
	case strings.HasSuffix(stem, "ies"):
		stem = strings.TrimSuffix(stem, "ies") + "y"
	case strings.HasSuffix(stem, "s") && !strings.HasSuffix(stem, "ss"):
		stem = strings.TrimSuffix(stem, "s")
	}
	switch {
	case strings.HasSuffix(stem, "e"):
		return stem + "d"
	case reConsonantY.MatchString(stem):
		return strings.TrimSuffix(stem, "y") + "ied"
	}
	return stem + "ed"
}

var (
	// reNeedsE is a stem whose -ing dropped an e: "provid(e)ing",
	// "financ(e)ing", "disburs(e)ing".
	reNeedsE     = regexp.MustCompile(`(?:[^aeiou][aeiou][cdgsvz]|[nr]c|rs|ut|at)$`)
	reConsonantY = regexp.MustCompile(`[^aeiou]y$`)
)

// dist is how far apart two spans lie.
func dist(a, b Span) int {
	if a.End <= b.Start {
		return b.Start - a.End
	}
	if b.End <= a.Start {
		return a.Start - b.End
	}
	return 0
}
