package qa

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// entities are what a question names outright.
type entities struct {
	years []int // years named ("in 2001", "fy2002")
	// months are the months named with their year ("back in march
	// 2012"), each its first day.
	months []time.Time
	// toDate is set when the question asks a figure up to its year ("up
	// to march 2004", "as of 2010").
	toDate  bool
	relYear *int // "this year" (0), "last year" (-1), "next year" (1): relative to each document
	// placeByCountry lets a place be matched by its country: "the loan
	// signed with Manila" is the loan signed with the Philippines.
	placeByCountry bool
	countries      []string // named individually (not through a group)
	groups         []string
	orgs           []*corpus.Org
	orgKeys        []string // orgKey of each of orgs, read once
	places         []corpus.Place
	// placePhrase is, for a place the question names, its name with the
	// word after it ("bicol river"), which a sentence may write for a
	// thing the gazetteer does not hold as the place.
	placePhrase map[string]string
	// codes are the identifiers the question names that the documents
	// write: a contract package's, a loan's. codeIn holds, for each
	// passage weighed, whether it writes them.
	codes  []string
	codeIn map[*corpus.Passage]bool
	// looseWords are, for an organisation named loosely, the question's
	// words that name it, lower case, and the question's word after them
	// last ("" at its end): see writesName.
	looseWords map[*corpus.Org][]string
	// governmentOf is the country of each asked body that is a country's
	// national government.
	governmentOf map[*corpus.Org]string
}

// Thresholds of names read loosely in a question.
const (
	// looseNameWords is how many words of an organisation's name in a
	// row, in any order, name it: "singapore japan partnership". Two are
	// too often shared by several names.
	looseNameWords = 3
	// minCountryTypo is the shortest word read as a misspelt country:
	// shorter words are one edit from too many others. maxCountryTypo is
	// the most edits it may be off by.
	minCountryTypo = 5
	maxCountryTypo = 1
	// maxPlaceWords is the longest run of words looked up as a place;
	// minPlaceName the shortest name, shorter ones being ordinary words
	// too often.
	maxPlaceWords = 4
	minPlaceName  = 4
)

var (
	reQuestionRelYear = regexp.MustCompile(`\b(this|last|previous|next)\s+(?:year|yr)\b`)
	// reQuestionYear finds a year the question dates something by: "in
	// 2001", "fy2002", "the december 2017 flood". A bare number may be a
	// name's ("MPAC 2025").
	reQuestionYear = regexp.MustCompile(`\b(?:fy|in|of|during|for|` + monthAlt() + `)\s*((?:19|20)\d{2})\b`)
	// reYearBeforeNoun is a year that dates the thing after it: "the 2005
	// simulation exercise".
	reYearBeforeNoun = regexp.MustCompile(`\bthe\s+((?:19|20)\d{2})\s+[a-z]`)
	// reQuestionMonth is a month named in full with its year: "march
	// 2012". Not its short form, which "may" and "mar" make doubtful.
	reQuestionMonth = regexp.MustCompile(`\b(` + fullMonthAlt() + `)\s+((?:19|20)\d{2})\b`)
)

// fullMonthAlt is an alternation of the months' full names, lower case.
func fullMonthAlt() string {
	var names []string
	for m := time.January; m <= time.December; m++ {
		names = append(names, strings.ToLower(m.String()))
	}
	return strings.Join(names, "|")
}

// monthAlt is an alternation of the months' names, full and in three
// letters, lower case as questions are.
func monthAlt() string {
	var short []string
	for m := time.January; m <= time.December; m++ {
		short = append(short, strings.ToLower(m.String())[:3])
	}
	// Each full name stands before its short form, so "march" is not
	// read as "mar".
	return fullMonthAlt() + "|" + strings.Join(short, "|")
}

// questionEntities finds what q names: organisations, countries, groups,
// places and years. original is the question as typed, for the acronyms
// that count only in capitals.
func (md *Model) questionEntities(q, original string) entities {
	var e entities
	orgs := md.src.OrgMentions(q)
	// A name that is also a common word ("who" for the WHO) counts only
	// when typed in capitals, as for the acronyms below.
	orgs = slices.DeleteFunc(orgs, func(o OrgMention) bool {
		w := q[o.Span.Start:o.Span.End]
		return (questionStop[w] || prose.Stopwords[w]) && !strings.Contains(original, strings.ToUpper(w))
	})
	inOrg := func(sp corpus.Span) bool {
		for _, o := range orgs {
			if sp.Start >= o.Span.Start && sp.End <= o.Span.End {
				return true
			}
		}
		return false
	}
	seen := map[*corpus.Org]bool{}
	addOrg := func(o *corpus.Org) {
		if o != nil && !seen[o] {
			seen[o] = true
			e.orgs = append(e.orgs, o)
		}
	}
	// "Vietnam's Ministry of Health" is the Ministry of Health of Vietnam,
	// when the documents name that body: it, not another country's
	// ministry of the same name, is asked of.
	for _, m := range reCountryPossessive.FindAllStringSubmatchIndex(q, -1) {
		country := strings.ToLower(q[m[2]:m[3]])
		if md.countryAliases[country] == "" {
			continue
		}
		ws := prose.WordRE.FindAllStringIndex(q[m[1]:], maxPossessedNameWords)
		for k := len(ws); k >= 2; k-- {
			name := q[m[1] : m[1]+ws[k-1][1]]
			alt := name + " of " + country
			named := md.src.OrgMentions(alt)
			found := slices.IndexFunc(named, func(o OrgMention) bool { return o.Span.Start == 0 && o.Span.End == len(alt) })
			if found < 0 {
				continue
			}
			span := corpus.Span{Start: m[1], End: m[1] + len(name)}
			orgs = slices.DeleteFunc(orgs, func(o OrgMention) bool { return o.Span.Start < span.End && span.Start < o.Span.End })
			o := named[found]
			o.Span = span
			orgs = append(orgs, o)
			break
		}
	}
	for _, o := range orgs {
		addOrg(md.src.OrgByKey(o.Key))
	}
	// "the Network": the organisation of that kind, when there is only one.
	for _, m := range prose.OrgRefRE.FindAllStringSubmatch(q, -1) {
		head := prose.CanonOrg(prose.UpperFirst(strings.ToLower(m[1])))
		var kind []*corpus.Org
		for i := range md.facts.Orgs {
			o := &md.facts.Orgs[i]
			if !o.General && strings.HasSuffix(md.orgBare[i], head) {
				kind = append(kind, o)
			}
		}
		// "Which countries joined the council": of two councils, the one
		// the documents give members is the one a membership question
		// means; the business council a sentence mentions has none.
		if len(kind) > 1 && membershipAsked(q) {
			kind = slices.DeleteFunc(kind, func(o *corpus.Org) bool { return !md.orgHasMembers(o) })
		}
		if len(kind) == 1 {
			addOrg(kind[0])
		}
	}
	// Loosely worded names: three or more words of an organisation's name
	// in a row, in any order ("singapore japan partnership").
	// Of two names the same words fit ("mekong customs training centre":
	// the Mekong Customs Facilitation Training Programme and the Mekong
	// Regional Customs Training Centre), the one more of them fit.
	type loose struct {
		o    *corpus.Org
		run  int
		span corpus.Span
	}
	var looseOnes []loose
	qw := prose.WordRE.FindAllStringIndex(q, -1)
	for i := range md.facts.Orgs {
		o := &md.facts.Orgs[i]
		if o.General || seen[o] {
			continue
		}
		name := md.orgWords[i]
		run, start := 0, 0
		best := loose{o: o}
		for k, m := range qw {
			w := q[m[0]:m[1]]
			switch {
			case name[w] && !prose.Stopwords[w]:
				if run == 0 {
					start = m[0]
				}
				run++
				if run >= looseNameWords && run > best.run {
					best.run, best.span = run, corpus.Span{Start: start, End: m[1]}
				}
			case prose.Stopwords[w] && run > 0 && k+1 < len(qw):
			default:
				run = 0
			}
		}
		// "bicol river flood" are three words of the Bicol River Basin
		// Flood Control and Bridge Replacement Project, but too few of
		// its eight to name it rather than the river's floods.
		content := 0
		for w := range name {
			if !prose.Stopwords[w] {
				content++
			}
		}
		if best.run > 0 && 2*best.run >= content {
			looseOnes = append(looseOnes, best)
		}
	}
	exact := len(orgs)
	for _, l := range looseOnes {
		if slices.ContainsFunc(looseOnes, func(m loose) bool {
			return m.run > l.run && m.span.Start < l.span.End && l.span.Start < m.span.End
		}) {
			continue
		}
		// "the first ASEAN-Japan Energy Ministers' Meeting" names that
		// meeting in full; the ASEAN-Japan Energy Conservation Centre,
		// whose words run over part of it, is not named as well.
		if slices.ContainsFunc(orgs[:exact], func(o OrgMention) bool { return o.Span.Start < l.span.End && l.span.Start < o.Span.End }) {
			continue
		}
		addOrg(l.o)
		if e.looseWords == nil {
			e.looseWords = map[*corpus.Org][]string{}
		}
		// With the word after them: "asean-japan water policy" is no
		// "ASEAN-Japan Water Forum" (see writesName).
		words := prose.WordRE.FindAllString(q[l.span.Start:l.span.End], -1)
		if next := prose.WordRE.FindAllString(q[l.span.End:], 1); len(next) == 1 {
			words = append(words, next[0])
		} else {
			words = append(words, "")
		}
		e.looseWords[l.o] = words
		orgs = append(orgs, OrgMention{Name: l.o.Display(), Key: prose.Fold(prose.CanonOrg(l.o.Name)), Span: l.span})
	}
	for _, in := range md.src.OrgsByInitials(q) {
		// An acronym that is also a common word ("WHO", "IT") counts only
		// when typed in capitals.
		if (questionStop[in.Word] || prose.Stopwords[in.Word]) && !strings.Contains(original, strings.ToUpper(in.Word)) {
			continue
		}
		// "the apterr secretariat" names the Secretariat, not APTERR as
		// well.
		if inOrg(in.Span) {
			continue
		}
		addOrg(in.Org)
	}
	// Questions are typed in lower case: match names case-insensitively.
	for _, m := range md.src.CountriesAnyCase(q) {
		if !inOrg(m.Span) {
			e.countries = append(e.countries, m.Name)
		}
	}
	for _, m := range md.src.AllGeoMentions(q) {
		if m.IsGroup && !inOrg(m.Span) {
			e.groups = append(e.groups, m.Name)
		}
	}
	for _, name := range md.groupNames {
		for _, m := range md.groupFold[name].FindAllStringIndex(q, -1) {
			if !inOrg(corpus.Span{Start: m[0], End: m[1]}) && !slices.Contains(e.groups, name) {
				e.groups = append(e.groups, name)
			}
		}
	}
	// Typos in country names: "vietnamm", "cambodai"; and a possessive
	// typed without its apostrophe: "malaysias".
	for _, w := range prose.WordRE.FindAllString(q, -1) {
		lw := strings.ToLower(w)
		if c := md.countryAliases[strings.TrimSuffix(lw, "s")]; c != "" && strings.HasSuffix(lw, "s") && md.countryAliases[lw] == "" {
			e.countries = append(e.countries, c)
			continue
		}
		if len(lw) < minCountryTypo || questionStop[lw] || lexicon.Known(lw) || md.countryAliases[lw] != "" || md.idf[stemTerm(lw)] > 0 {
			continue
		}
		for _, alias := range md.typoAliases {
			if prose.EditDistance(alias, lw, maxCountryTypo+1) <= maxCountryTypo {
				e.countries = append(e.countries, md.countryAliases[alias])
			}
		}
	}
	for _, o := range e.orgs {
		e.orgKeys = append(e.orgKeys, orgKey(o))
		// "The lao government" is asked of however a sentence writes that
		// government ("the Government of the Lao People's Democratic
		// Republic"), not only by the name the documents give it once.
		if c := md.nationalGovernment(o.Name); c != "" {
			if e.governmentOf == nil {
				e.governmentOf = map[*corpus.Org]string{}
			}
			e.governmentOf[o] = c
		}
	}
	e.countries = prose.Uniq(e.countries)
	e.groups = prose.Uniq(e.groups)
	if m := reQuestionRelYear.FindStringSubmatch(q); m != nil {
		off := map[string]int{"this": 0, "last": -1, "previous": -1, "next": 1}[m[1]]
		e.relYear = &off
	}
	for _, m := range append(reQuestionYear.FindAllStringSubmatch(q, -1), reYearBeforeNoun.FindAllStringSubmatch(q, -1)...) {
		if y, err := strconv.Atoi(m[1]); err == nil {
			e.years = append(e.years, y)
		}
	}
	for _, m := range reQuestionMonth.FindAllStringSubmatch(q, -1) {
		if t, err := time.Parse("January 2006", prose.UpperFirst(m[1])+" "+m[2]); err == nil {
			e.months = append(e.months, t)
		}
	}
	e.toDate = reToDate.MatchString(q)
	for _, c := range reCodeToken.FindAllString(q, -1) {
		// "jema-1" is a body's short form, which names it: no code.
		if slices.ContainsFunc(e.orgs, func(o *corpus.Org) bool { return strings.EqualFold(o.Acronym, c) }) {
			continue
		}
		if !reYearCode.MatchString(c) && md.writes(c) {
			e.codes = append(e.codes, c)
		}
	}
	if len(e.codes) > 0 {
		e.codeIn = map[*corpus.Passage]bool{}
	}
	ws := strings.Fields(q)
	for _, pm := range md.placesInQuestion(q) {
		e.places = append(e.places, pm.place)
		// "the bicol river": a place's name and the word after it may
		// name another thing, which a sentence names by that phrase.
		if pm.to < len(ws) {
			next := strings.Trim(ws[pm.to], "?.,!;:'\"")
			if next != "" && !prose.Stopwords[next] && !questionStop[next] {
				if e.placePhrase == nil {
					e.placePhrase = map[string]string{}
				}
				// Not the article a place match may take with it: "the
				// pakse teacher" is written "Pakse Teacher".
				e.placePhrase[pm.place.Name] = strings.TrimPrefix(strings.Trim(strings.Join(ws[pm.from:pm.to], " "), "?.,!;:'\""), "the ") + " " + next
			}
		}
	}
	return e
}

// reCountryPossessive is a name with "'s" before what it owns:
// "vietnam's ministry of health".
var reCountryPossessive = regexp.MustCompile(`\b(\p{L}+)['’]s\s+`)

// maxPossessedNameWords is the most words of a body's name after a
// country's "'s".
const maxPossessedNameWords = 6

// placeMention is a place found in a question, by word positions.
type placeMention struct {
	place    corpus.Place
	from, to int // words [from, to)
}

// placesInQuestion finds gazetteer places in any run of up to four words,
// longest first, without overlaps.
func (md *Model) placesInQuestion(q string) []placeMention {
	ws := strings.Fields(q)
	used := make([]bool, len(ws))
	var out []placeMention
	for n := min(maxPlaceWords, len(ws)); n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			free := true
			for k := i; k < i+n; k++ {
				free = free && !used[k]
			}
			if !free {
				continue
			}
			cand := strings.Trim(strings.Join(ws[i:i+n], " "), "?.,!;:'\"")
			if len(cand) < minPlaceName || questionStop[cand] {
				continue
			}
			// "what did surin ask japan": a word the documents write only
			// in a person's name names that person, not a town.
			if n == 1 && md.nameOnlyWord(cand) {
				continue
			}
			// "how many villages does IBI connect" names no town called
			// "The Villages": a place whose name opens with an article is
			// named with it.
			if p, ok := md.src.PlaceNamed(cand); ok && !(reArticleOpening.MatchString(p.Name) && !reArticleOpening.MatchString(cand)) {
				out = append(out, placeMention{p, i, i + n})
				for k := i; k < i+n; k++ {
					used[k] = true
				}
			}
		}
	}
	return out
}

// reArticleOpening is a name that opens with the definite article.
var reArticleOpening = regexp.MustCompile(`(?i)^the\s`)

// nameOnlyWord reports whether w, lower case, is a word of a person's
// name the documents give and of no place they name.
func (md *Model) nameOnlyWord(w string) bool {
	md.nameOnlyOnce.Do(func() {
		places := map[string]bool{}
		for _, pl := range md.facts.Places {
			for _, f := range strings.Fields(strings.ToLower(pl.Written() + " " + pl.Name)) {
				places[f] = true
			}
		}
		md.nameOnly = map[string]bool{}
		for _, per := range md.facts.People {
			for _, f := range strings.Fields(strings.ToLower(per.Name)) {
				if !places[f] {
					md.nameOnly[f] = true
				}
			}
		}
	})
	return md.nameOnly[w]
}

// entityFit checks what the question names against a sentence: each
// country, place and group must be in the sentence (or its list's lead,
// or extra), each organisation in its passage. So "how much did Japan give
// to Malaysia" is never answered with another country's figure.
func (md *Model) entityFit(ent entities, rec *sentenceRec, extra ...string) bool {
	if rec == nil {
		return false
	}
	have := func(n string) bool {
		if rec.have[n] || slices.Contains(extra, n) {
			return true
		}
		return slices.Contains(md.implicit[rec.p.Doc], n)
	}
	for _, c := range ent.countries {
		// "Each member country pays US$30,000" speaks of every country
		// the document makes a member of the section's body.
		if !have(c) && !(rec.speaksOfMembers() && md.memberOfSection(rec.p, c)) {
			return false
		}
	}
	ctx := md.ctxHave[rec.p]
	for _, g := range ent.groups {
		if !have(g) && !ctx[g] {
			return false
		}
	}
	for _, p := range ent.places {
		// A sentence that says "there" of one place speaks of it, not of
		// every place of its country.
		if have(p.Name) || (ent.placeByCountry && have(p.Country) && rec.there == "") {
			continue
		}
		if ph := ent.placePhrase[p.Name]; ph != "" && hasPhrase(strings.ToLower(rec.text), ph) {
			continue
		}
		// "The Takeo Hatchery Centre" over the section whose sentence
		// says "the centre": the phrase the heading names, which holds
		// the place, carries to the section's sentences as a place would.
		if ph := ent.placePhrase[p.Name]; ph != "" && hasPhrase(strings.ToLower(rec.p.Cite.SectionTitle+" ; "+rec.p.Label+" ; "+rec.p.LeadFrame()), ph) && !md.namesOtherPlace(rec, ent.places) {
			continue
		}
		// A place named elsewhere in the passage carries over to a
		// sentence that names no place of its own; one that names another
		// ("the Bangkok centre") speaks of that place, not the asked one
		// ("the Jakarta centre").
		if ctx[p.Name] && !md.namesOtherPlace(rec, ent.places) && md.placeCarries(rec, p.Name) {
			continue
		}
		return false
	}
	for i, o := range ent.orgs {
		key := ""
		if i < len(ent.orgKeys) {
			key = ent.orgKeys[i]
		} else {
			key = orgKey(o)
		}
		// "The lao government" is any sentence's government of Laos, in
		// whatever words it names it.
		if c := ent.governmentOf[o]; c != "" && rec.have[c] && reGovernmentWord.MatchString(rec.text) {
			continue
		}
		// "The first asean-japan water policy dialogue" loosely fits the
		// Japan-ASEAN Clean Water Facility; a sentence that writes the
		// question's words in their order ("The First ASEAN-Japan Water
		// Policy Dialogue") speaks of what the question names, whichever
		// body that is.
		if !md.mentionsOrg(rec.p, key) && !writesName(rec.text, ent.looseWords[o]) {
			return false
		}
		// "On 6 July 2012 ... signed an Exchange of Notes ... for the
		// Project for Improvement of Kratie Provincial Referral Hospital
		// (KPRH)" in the passage on the RMNHP is the KPRH's: a sentence
		// that names another project, and not the one asked, speaks of
		// that one.
		if pk := md.projectKeys[rec.p.Doc]; pk[key] && !namesOrg(rec.text, o) && !writesName(rec.text, ent.looseWords[o]) && slices.ContainsFunc(rec.orgs, func(m OrgMention) bool { return m.Key != key && pk[m.Key] }) {
			return false
		}
		// "Its Loan Agreement was signed in Jakarta" after a sentence on
		// the CHASP is the CHASP's, not the BATP's that its passage also
		// names: the pronoun stands for what the sentence before named.
		if md.pronounStandsForOther(rec, o, ent.looseWords[o]) {
			return false
		}
		// "A grant of ¥430 million for a similar project in Mandalay" in
		// the SWJP's passage is not the SWJP's: a thing like it, of its
		// own kind, is another one, unless the sentence names it too.
		if !rec.whole && rec.speaksOfLike() && md.likeOfKind(rec.text, o) && !namesOrg(rec.text, o) && !writesName(rec.text, ent.looseWords[o]) {
			return false
		}
	}
	// A year the question names must be a year the sentence speaks of:
	// the 2000 disbursement does not answer a question about 2001.
	years := ent.years
	if ent.relYear != nil && !rec.p.Doc.Date.IsZero() {
		// "this year" in a question about a 2001 document is 2001.
		years = append(years, rec.p.Doc.Date.Year()+*ent.relYear)
	}
	// A sentence that dates nothing of its own is dated by the sentence
	// before it in its passage: "The meeting was held on 8 June 2010. It
	// was chaired by ...".
	dates := md.src.PassageFacts(rec.p).Dates
	dated := func(lo, hi, y int) (any, covers bool) {
		for _, d := range dates {
			if d.Span.Start >= lo && d.Span.End <= hi {
				any = true
				covers = covers || d.Start.Year() <= y && y <= d.End.Year()
			}
		}
		return any, covers
	}
	// An identifier the question names must be in the sentence's
	// passage, its lead-in or its section's title; a sentence that writes
	// another of the same kind and not it speaks of that other.
	if len(ent.codes) > 0 && !codesFit(ent, rec) {
		return false
	}
	// "What did Cambodia ask for back in March 2012" is not answered by a
	// sentence dated 14 May 2012: a month the question names must be one
	// the sentence's dates of a day or a month cover, when it has any.
	for _, mo := range ent.months {
		any, covers := false, false
		for _, d := range dates {
			if d.Span.Start >= rec.span.Start && d.Span.End <= rec.span.End && d.Precision != "year" {
				any = true
				covers = covers || !d.Start.After(mo.AddDate(0, 1, -1)) && !d.End.Before(mo)
			}
		}
		if any && !covers {
			return false
		}
	}
	for _, y := range years {
		any, covers := dated(rec.span.Start, rec.span.End, y)
		if covers {
			continue
		}
		if any {
			return false
		}
		// "(4) Achievements (up to March 2004)" over "18 courses were
		// held": an undated item is dated by its lead-in or its section's
		// title.
		if framedByYear(rec.p, y, ent.toDate) {
			continue
		}
		prev := md.sentenceBefore(rec)
		if prev == nil {
			return false
		}
		if _, covers := dated(prev.span.Start, prev.span.End, y); !covers {
			return false
		}
	}
	return true
}

// framedByYear reports whether a passage's lead-in or section title
// dates its undated sentences in year y: it writes that one year and no
// other. A frame that counts up to its year ("Results (up to March
// 2004)") dates them only for a question that asks up to a year too
// (toDate); "how many in 2004" asks that year's alone.
func framedByYear(p *corpus.Passage, y int, toDate bool) bool {
	frame := p.LeadFrame() + " " + p.Cite.SectionTitle
	ys := yearsIn(frame)
	// "Annual Report FY2021": a document whose title names one year alone
	// speaks of that year where its passage names none.
	if len(ys) == 0 {
		frame = p.Doc.Title
		ys = yearsIn(frame)
	}
	if len(ys) == 0 || slices.ContainsFunc(ys, func(o int) bool { return o != y }) {
		return false
	}
	return toDate || !reToDate.MatchString(frame)
}

// reToDate is a cue that a figure runs up to its date.
var reToDate = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("to-date cues") + `)\b`)

// namesOtherPlace reports whether the sentence names a place other than
// the asked ones.
func (md *Model) namesOtherPlace(rec *sentenceRec, asked []corpus.Place) bool {
	for _, p := range md.src.PlacesIn(rec.text) {
		if !slices.ContainsFunc(asked, func(a corpus.Place) bool { return a.Name == p.Name }) {
			return true
		}
	}
	return false
}

// placeCarries reports whether a place its passage names carries over to
// sentence rec: one the heading or lead-in names, or the passage before
// the sentence. A place named only after it ("By 2019 it had trained
// 2,150 technicians. A third site planned in Phnom Penh was cancelled")
// is where something else is.
func (md *Model) placeCarries(rec *sentenceRec, name string) bool {
	later := false
	for _, pl := range md.src.PassageFacts(rec.p).Places {
		if pl.Name != name {
			continue
		}
		if pl.Span.Start < rec.span.Start {
			return true
		}
		later = true
	}
	if !later {
		return true // from the heading or the lead-in
	}
	for _, pl := range md.src.PlacesIn(rec.p.LeadFrame() + " ; " + rec.p.Cite.SectionTitle) {
		if pl.Name == name {
			return true
		}
	}
	return false
}

// mentionsOrg reports whether a passage, with its lead-in and section
// title, names the organisation whose key is key.
func (md *Model) mentionsOrg(p *corpus.Passage, key string) bool {
	// A document speaks for its publisher throughout: in a JICA report,
	// "the loan" is JICA's loan.
	return md.ctxOrgs[p][key] || md.publishers[p.Doc][key]
}

// publishedBy reports whether a publisher line, up to a comma, names o.
func publishedBy(pub string, o *corpus.Org) bool {
	f := prose.Fold(prose.CanonOrg(pub))
	return f == prose.Fold(prose.CanonOrg(o.Name)) || o.Acronym != "" && (pub == o.Acronym || f == prose.Fold(prose.CanonOrg(o.Name+" ("+o.Acronym+")")))
}

// orgKey is the key an organisation is looked up by.
func orgKey(o *corpus.Org) string { return prose.Fold(prose.CanonOrg(o.Name)) }

// publisherKeys are the keys of the organisations a document's publisher
// line is, itself, not an office of it or one named inside its name
// ("JACIF Management Office" is not the Fund): a document speaks for its
// publisher throughout.
func (md *Model) publisherKeys() map[*corpus.Document]map[string]bool {
	out := map[*corpus.Document]map[string]bool{}
	for _, d := range md.docs {
		// The line may go on after the name with a place ("..., Japan"),
		// and the name may hold commas of its own ("Ministry of Economy,
		// Trade and Industry"): every cut at a comma is tried.
		var pubs []string
		for i, r := range d.Publisher + "," {
			if r == ',' {
				pubs = append(pubs, strings.TrimSpace(d.Publisher[:i]))
			}
		}
		add := func(pubs []string) {
			for i := range md.facts.Orgs {
				o := &md.facts.Orgs[i]
				if !slices.ContainsFunc(pubs, func(pub string) bool { return publishedBy(pub, o) }) {
					continue
				}
				if out[d] == nil {
					out[d] = map[string]bool{}
				}
				out[d][prose.Fold(prose.CanonOrg(o.Name))] = true
			}
		}
		add(pubs)
		// "Hinoki Mekong Partnership: Annual Report FY2021", with no
		// publisher line that names a body: a title that opens with a
		// body's name and a colon is that body's own. Not under a
		// publisher line that names another ("JACIF Management Office"
		// over "Japan-ASEAN Connectivity Integration Fund: Annual
		// Report"), which writes of the body.
		if name, _, ok := strings.Cut(strings.TrimLeft(d.Title, "# "), ":"); ok && out[d] == nil && len(md.src.OrgMentions(d.Publisher)) == 0 {
			add([]string{strings.TrimSpace(name)})
		}
	}
	return out
}

var (
	// reCodeToken is an identifier: letters and digits joined by a
	// hyphen ("cp-2a", "ph-p258"). Run together ("nr1") they are as often
	// a name's short form, which the names weigh.
	reCodeToken = regexp.MustCompile(`\b[a-z]{1,5}-[a-z]?\d{1,4}[a-z]?\b`)
	// reYearCode is a year's code ("fy2018"), which years weigh.
	reYearCode = regexp.MustCompile(`^(?:fy|cy|jfy)-?\d+$|^\d`)
)

// codesFit reports whether rec may answer a question naming ent.codes.
func codesFit(ent entities, rec *sentenceRec) bool {
	sent := strings.ToLower(rec.text)
	inSentence := true
	for _, c := range ent.codes {
		if hasCode(sent, c) {
			continue
		}
		inSentence = false
		kind, _, _ := strings.Cut(c, "-")
		if slices.ContainsFunc(reCodeToken.FindAllString(sent, -1), func(o string) bool { return strings.HasPrefix(o, kind+"-") }) {
			return false
		}
	}
	if inSentence {
		return true
	}
	in, ok := ent.codeIn[rec.p]
	if !ok {
		ctx := strings.ToLower(rec.p.Text + " " + rec.p.LeadFrame() + " " + rec.p.Cite.SectionTitle)
		in = !slices.ContainsFunc(ent.codes, func(c string) bool { return !hasCode(ctx, c) })
		ent.codeIn[rec.p] = in
	}
	return in
}

// writes reports whether some sentence of the documents writes the
// identifier as a word.
func (md *Model) writes(code string) bool {
	for _, rec := range md.sents {
		if hasCode(rec.text, code) {
			return true
		}
	}
	return false
}

// hasCode reports whether text writes the identifier as a word, in any
// case.
func hasCode(text, code string) bool {
	t := strings.ToLower(text)
	for i := 0; ; {
		j := strings.Index(t[i:], code)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(code)
		if (at == 0 || !prose.IsWordRune(rune(t[at-1])) && t[at-1] != '-') && (end == len(t) || !prose.IsWordRune(rune(t[end])) && t[end] != '-') {
			return true
		}
		i = at + 1
	}
}

// writesName reports whether text writes the question's words of a name,
// asked (lower case, the question's next word last, "" at its end), in a
// row, and goes on with the question's next word where the name goes on
// in capitals: "ASEAN-Japan Water Policy Dialogue was held" writes
// "asean-japan water" of "asean-japan water policy dialogue", and so does
// "Tourism and cultural exchange are" of "tourism and cultural exchange
// considered"; "ASEAN-Japan Water Forum" does not.
func writesName(text string, asked []string) bool {
	if len(asked) < 2 {
		return false
	}
	words, next := asked[:len(asked)-1], asked[len(asked)-1]
	ws := prose.WordRE.FindAllString(text, -1)
	for i := 0; i+len(words) <= len(ws); i++ {
		if !slices.EqualFunc(ws[i:i+len(words)], words, strings.EqualFold) {
			continue
		}
		k := i + len(words)
		if k == len(ws) || !unicode.IsUpper([]rune(ws[k])[0]) || strings.EqualFold(ws[k], next) {
			return true
		}
	}
	return false
}

// writesWords reports whether text writes words (lower case, one space
// apart) in a row, whatever their case and the marks between them.
func writesWords(text, words string) bool {
	return words != "" && hasPhrase(strings.Join(prose.WordRE.FindAllString(strings.ToLower(text), -1), " "), words)
}

// likeOfKind reports whether text speaks of a thing like o of o's own
// kind: "a similar project" of the Safe Water Jar Project, not "a
// similar loan" of Official Development Assistance.
func (md *Model) likeOfKind(text string, o *corpus.Org) bool {
	head := stemTerm(nameHead(o.Name))
	for _, m := range reLikeThing.FindAllStringSubmatch(text, -1) {
		if stemTerm(m[1]) == head {
			return true
		}
	}
	return false
}

// pronounStandsForOther reports whether rec, which does not name o, opens
// with a pronoun that stands for another thing of o's kind: the sentence
// it points back to (past others that open with a pronoun too) names
// another project when o is a project, and not o. A body of another kind
// there ("Launched by JICA in April 2017, the project ...") is not what
// the pronoun stands for.
func (md *Model) pronounStandsForOther(rec *sentenceRec, o *corpus.Org, loose []string) bool {
	// Most sentences open with no pronoun: tell them by their first
	// letter before any regexp reads them.
	if t := strings.TrimLeft(rec.text, " "); t == "" || t[0] != 'I' && t[0] != 'T' {
		return false
	}
	head, key := stemTerm(nameHead(o.Name)), orgKey(o)
	names := func(r *sentenceRec) bool {
		return namesOrg(r.text, o) || writesName(r.text, loose) || slices.ContainsFunc(r.orgs, func(m OrgMention) bool { return m.Key == key })
	}
	if !rePronounOpens.MatchString(rec.text) || names(rec) {
		return false
	}
	for ante := md.sentenceBefore(rec); ante != nil; ante = md.sentenceBefore(ante) {
		if names(ante) {
			return namedOnlyAside(ante, o, loose, head)
		}
		if !rePronounOpens.MatchString(ante.text) {
			return slices.ContainsFunc(ante.orgs, func(m OrgMention) bool { return mentionHead(m) == head })
		}
	}
	return false
}

// reSetAsideLead is a sentence's opening phrase that sets things aside
// before its own subject, to its comma: "Apart from ICDA and PSSCP,".
var reSetAsideLead = regexp.MustCompile(`(?i)^\s*(?:` + lexicon.Alt("set aside openers") + `)\b[^,;.]*,`)

// namedOnlyAside reports whether ante names o only in an opening phrase
// that sets it aside, and names after it another thing of o's kind, head:
// the pronoun after "Apart from ICDA and PSSCP, JICA finances the Hoa Lac
// Semiconductor Laboratory Project (HSLP)" stands for the HSLP.
func namedOnlyAside(ante *sentenceRec, o *corpus.Org, loose []string, head string) bool {
	lead := reSetAsideLead.FindStringIndex(ante.text)
	if lead == nil {
		return false
	}
	rest, key := ante.text[lead[1]:], orgKey(o)
	if namesOrg(rest, o) || writesName(rest, loose) {
		return false
	}
	return slices.ContainsFunc(ante.orgs, func(m OrgMention) bool {
		return m.Span.Start >= lead[1] && m.Key != key && mentionHead(m) == head
	})
}

// mentionHead is the stem of the head noun of the name a mention gives,
// less its short form in brackets: "project" of "Hoa Lac Semiconductor
// Laboratory Project (HSLP)".
func mentionHead(m OrgMention) string {
	name, _, _ := strings.Cut(m.Name, " (")
	return stemTerm(nameHead(name))
}

// nameHead is the last word of a name: what kind of thing it names,
// "Project" of "Cilegon Storage Project".
func nameHead(name string) string {
	return strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
}

// membershipAsked reports whether a question asks of membership: who
// joined, founded or is a member.
func membershipAsked(q string) bool {
	return reMembersAsked.MatchString(q) || reJoinEventAsked.MatchString(q) || reFoundersAsked.MatchString(q)
}

// orgHasMembers reports whether the documents give o a member, founder or
// joiner.
func (md *Model) orgHasMembers(o *corpus.Org) bool { return md.withMembers[bareKey(o.Name)] }

// bareKey folds a body's name without a short form in brackets at its
// end: "Southeast Asian TVET Cooperation Council (SEATCC)" and the
// name alone are one body.
func bareKey(name string) string {
	return prose.Fold(reTrailingShortForm.ReplaceAllString(prose.CanonOrg(name), ""))
}

// nationalGovernmentWords are the words that, with a country's name, make
// up its national government.
var nationalGovernmentWords = lexicon.Set("national government words")

// reGovernmentWord is a sentence's word for a government, which with the
// country's name writes that country's government.
var reGovernmentWord = regexp.MustCompile(`\bGovernments?\b`)

// nationalGovernment is the country whose national government name names
// ("lao government", "the Royal Government of Cambodia"), or "" when it
// names another body or none.
func (md *Model) nationalGovernment(name string) string {
	gs := md.src.CountriesAnyCase(name)
	if len(gs) != 1 || gs[0].IsGroup {
		return ""
	}
	rest := name[:gs[0].Span.Start] + " " + name[gs[0].Span.End:]
	government := false
	for _, w := range prose.WordRE.FindAllString(strings.ToLower(rest), -1) {
		switch {
		case w == "government" || w == "governments":
			government = true
		case nationalGovernmentWords[w] || prose.Stopwords[w]:
		default:
			return ""
		}
	}
	if !government {
		return ""
	}
	return gs[0].Name
}
