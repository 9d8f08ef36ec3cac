package index

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

var (
	rePronoun     = regexp.MustCompile(`^\s*(?:It|They|This|These)\s`)
	reCostOfWhich = startRE(`(?i),\s+the\s+` + lexicon.Alt("cost nouns") + `\s+of\s+which\b`)
	reCostOf      = startRE(`(?i)\b(?:costs?|those|expenses)\s+of\s+((?:the\s+)?[^,]+?)\s+(?:are|is|were|was)\b`)
)

// shareHit is a ratio found in a passage: where, as written, and the
// percentages it gives each party.
type shareHit struct {
	span  Span
	text  string
	parts []int
}

var (
	fractionWords = func() map[string]int {
		out := map[string]int{}
		for k, v := range lexicon.Pairs("fractions") {
			n, err := strconv.Atoi(v)
			if err != nil {
				panic("lexicon: [fractions] " + k + ": " + err.Error())
			}
			out[strings.ToLower(k)] = n
		}
		return out
	}()
	numWordAlt = `(?:\d{1,2}|` + lexicon.AltOf(keys(numberWords)) + `)`
	// "shared equally", "shared two-to-one", "split three to one".
	reShareWords = startRE(`(?i)\b(?:shared|split|divided)\s+(` + lexicon.AltOf(keys(fractionWords)) + `|` + numWordAlt + `[- ]to[- ]` + numWordAlt + `)\b|\b(` + numWordAlt + `[- ]to[- ]` + numWordAlt + `)\s+(?:ratio|split|basis|proportion)\b`)
	// "the Commission, which meets half of its cost", "VNR bears 20 per
	// cent of the course costs".
	reOneShare = startRE(`(?i)\b(` + lexicon.Alt("share verbs") + `)\s+(?:the\s+(?:other|remaining)\s+)?(` + lexicon.AltOf(keys(fractionWords)) + `|\d{1,3}(?:\.\d)?\s*(?:per\s*cent|percent|%))(?:\s+of\s+((?:(?:its|the|their|this)\s+)?[\p{L}' -]{2,40}?))?(?:[,.;]|\s+(?:and|while|but|through|under|from|in|on)\b|$)`)
	// "60 per cent of the loan is reserved for equipment".
	rePartOf = regexp.MustCompile(`(?i)\b(\d{1,3}(?:\.\d)?\s*(?:per\s*cent|percent|%))\s+of\s+(?:the|its|their)\s+(?:[\w-]+(?:'s|’s)\s+)?(?:(?:` + lexicon.Alt("cost nouns") + `|loan|grant|funds?|funding|budget|contribution)s?)\b`)
)

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ratioParts reads "two-to-one" as 67 and 33, "equally" as 50 and 50.
func ratioParts(r string) []int {
	r = strings.ToLower(r)
	if v, ok := fractionWords[r]; ok {
		return []int{v, 100 - v}
	}
	f := strings.FieldsFunc(r, func(c rune) bool { return c == '-' || c == ' ' })
	if len(f) != 3 {
		return nil
	}
	num := func(w string) int {
		if n, err := strconv.Atoi(w); err == nil {
			return n
		}
		return numberWords[w]
	}
	l, rr := num(f[0]), num(f[2])
	if l+rr == 0 {
		return nil
	}
	first := (l*100 + (l+rr)/2) / (l + rr)
	return []int{first, 100 - first}
}

// findShares reads cost shares: ratios ("50-50", "70:30", "shared
// two-to-one"), and one party's part ("meets half of its cost", "60 per
// cent of the loan").
func (x *extraction) findShares(p *Passage, a *annotation) {
	t := p.Text
	var hits []shareHit
	for _, m := range reShare.FindAllStringSubmatchIndex(t, -1) {
		g := func(k int) string {
			if m[2*k] < 0 {
				return ""
			}
			return t[m[2*k]:m[2*k+1]]
		}
		l, r := g(1), g(2)
		if l == "" {
			l, r = g(3), g(4)
		}
		if l == "" {
			l, r = g(5), g(6)
		}
		// "split the mission's costs 70:30".
		if l == "" {
			l, r = g(7), g(8)
		}
		a1, _ := strconv.Atoi(l)
		a2, _ := strconv.Atoi(r)
		if a1+a2 != 100 {
			continue
		}
		ratio := t[m[0]:m[1]]
		ratio = ratio[strings.IndexAny(ratio, "0123456789"):]
		ratio = strings.TrimSpace(strings.Fields(ratio)[0])
		hits = append(hits, shareHit{Span{Start: m[0], End: m[1]}, ratio, []int{a1, a2}})
	}
	for _, m := range reShareWords.FindAllStringSubmatchIndex(t, -1) {
		// The ratio as written: "two-to-one" without its verb, but
		// "shared equally" whole, since "equally" alone says nothing.
		g := 2
		if m[2] < 0 {
			g = 4
		}
		start := m[g]
		if g == 2 && !strings.ContainsAny(t[m[g]:m[g+1]], "- ") {
			start = m[0]
		}
		if parts := ratioParts(t[m[g]:m[g+1]]); parts != nil {
			hits = append(hits, shareHit{Span{Start: start, End: m[g+1]}, t[start:m[g+1]], parts})
		}
	}
	for _, h := range hits {
		sent := containing(a.sentences, h.span.Start)
		s := t[sent.Start:sent.End]
		rel := h.span.Start - sent.Start
		sh := Share{Text: h.text, Parts: h.parts, Sentence: s, Passage: p, Span: h.span, Parties: x.shareParties(s, rel)}
		if loc := reCostOfWhich.FindStringIndex(s); loc != nil && loc[0] > 0 {
			i := loc[0]
			sh.What = strings.TrimPrefix(strings.TrimPrefix(s[:i], "There is "), "There are ")
		} else if ms := reCostOf.FindAllStringSubmatch(s[:rel], -1); ms != nil {
			sh.What = ms[len(ms)-1][1]
		}
		x.shares = append(x.shares, sh)
	}
	for _, m := range reOneShare.FindAllStringSubmatchIndex(t, -1) {
		if overlapsShare(hits, Span{Start: m[0], End: m[1]}) {
			continue
		}
		sent := containing(a.sentences, m[0])
		s := t[sent.Start:sent.End]
		frac := t[m[4]:m[5]]
		v, ok := fractionWords[strings.ToLower(frac)]
		if !ok {
			v, _ = strconv.Atoi(strings.TrimSpace(strings.FieldsFunc(frac, func(c rune) bool { return c < '0' || c > '9' })[0]))
		}
		payer := x.clauseSubject(s, m[0]-sent.Start)
		if payer == "" {
			continue // a share with no one to bear it says nothing
		}
		end := m[5]
		if m[6] >= 0 {
			end = m[7]
		}
		sh := Share{Text: frac, Phrase: t[m[2]:end], Parts: []int{v, 100 - v}, Parties: []string{payer}, Sentence: s, Passage: p, Span: Span{Start: m[0], End: end}}
		if m[6] >= 0 && !rePronounOf.MatchString(t[m[6]:m[7]]) {
			// "meet 60 per cent of Phase III costs": what the share is of,
			// unless it only points back ("half of its cost").
			sh.What = strings.TrimSpace(t[m[6]:m[7]])
		}
		x.shares = append(x.shares, sh)
	}
	for _, m := range rePartOf.FindAllStringSubmatchIndex(t, -1) {
		if overlapsShare(hits, Span{Start: m[0], End: m[1]}) || x.sharedAt(p, m[0]) {
			continue
		}
		sent := containing(a.sentences, m[0])
		s := t[sent.Start:sent.End]
		frac := t[m[2]:m[3]]
		v, _ := strconv.Atoi(strings.FieldsFunc(frac, func(c rune) bool { return c < '0' || c > '9' })[0])
		// "60 per cent of the cost": the share is the 60 per cent; "the
		// cost" says no more than a share does.
		x.shares = append(x.shares, Share{Text: frac, Phrase: t[m[0]:m[1]], Parts: []int{v, 100 - v}, Sentence: s, Passage: p, Span: Span{Start: m[0], End: m[1]}})
	}
}

// rePronounOf is a phrase that points back rather than names: "its cost".
var rePronounOf = regexp.MustCompile(`(?i)^(?:its|their|this|these|that)\b`)

func overlapsShare(hits []shareHit, sp Span) bool {
	for _, h := range hits {
		if sp.Start < h.span.End && h.span.Start < sp.End {
			return true
		}
	}
	return false
}

// sharedAt tells whether a share found already covers position at.
func (x *extraction) sharedAt(p *Passage, at int) bool {
	for _, sh := range x.shares {
		if sh.Passage == p && at >= sh.Span.Start && at < sh.Span.End {
			return true
		}
	}
	return false
}

// clauseSubject is who acts in the clause before pos: the last country or
// organisation named since the clause began, or for "X, which meets ..."
// the X before "which".
func (x *extraction) clauseSubject(s string, pos int) string {
	start := 0
	for _, sep := range []string{";", ": ", ", while ", ", and ", ", but "} {
		if i := strings.LastIndex(s[:pos], sep); i >= 0 && i+len(sep) > start {
			start = i + len(sep)
		}
	}
	lead := s[start:pos]
	if i := strings.LastIndex(lead, ", which"); i >= 0 && strings.TrimSpace(lead[i+len(", which"):]) == "" {
		before := s[:start+i]
		return x.lastActor(before)
	}
	return x.lastActor(lead)
}

// lastActor is the last country or organisation named in t.
func (x *extraction) lastActor(t string) string {
	name, at := "", -1
	orgs, geos := x.mentions(t)
	for _, g := range geos {
		if !g.isGroup && g.span.Start > at {
			name, at = g.name, g.span.Start
		}
	}
	for _, o := range orgs {
		if o.span.Start > at {
			name, at = o.name, o.span.Start
		}
	}
	return name
}

// shareParties is who a ratio's sentence says bears the cost: those named
// after "by" or "between" nearest the ratio.
func (x *extraction) shareParties(s string, rel int) []string {
	type cand struct {
		name string
		at   int
	}
	var cands []cand
	orgs, geos := x.mentions(s)
	for _, c := range geos {
		if !c.isGroup {
			cands = append(cands, cand{c.name, c.span.Start})
		}
	}
	for _, o := range orgs {
		cands = append(cands, cand{o.name, o.span.Start})
	}
	lo := strings.LastIndex(s[:rel], " by ")
	if b := strings.LastIndex(s[:rel], " between "); b > lo {
		lo = b
	}
	hi := rel
	if lo < 0 {
		lo, hi = rel, len(s)
		found := false
		for _, w := range []string{" between ", " by "} {
			if b := strings.Index(s[rel:], w); b >= 0 && b < 40 {
				lo, found = rel+b, true
				break
			}
		}
		// "Japan and the Philippines split the mission's costs 70:30":
		// with no "between" or "by", the parties are the subject of the
		// sharing verb.
		subj := reJointSubject
		if reShareVerbAt.MatchString(s[rel:]) {
			subj = reJointSubjectBefore
		}
		if m := subj.FindStringSubmatchIndex(s[:rel]); !found && m != nil {
			lo, hi = m[2], m[3]
		} else if i := strings.IndexAny(s[lo:], ";:"); i >= 0 {
			hi = lo + i
		}
	}
	var in []cand
	for _, c := range cands {
		if c.at >= lo && c.at < hi {
			in = append(in, c)
		}
	}
	sort.SliceStable(in, func(i, j int) bool { return in[i].at < in[j].at })
	var out []string
	for _, c := range in {
		out = append(out, c.name)
	}
	out = prose.Uniq(out)
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}

// reJointSubject is a subject of two parties and a sharing verb, with no
// clause break between the verb and the end of the text; the verb may be
// where the share itself starts ("split the costs 70:30").
var reJointSubject = regexp.MustCompile(`(?i)(?:^|[,;:]\s*)([^,;:]{2,80}?\band\b[^,;:]{2,60}?)\s+(?:(?:will|have|had|also|jointly)\s+)*(?:` + lexicon.Alt("share verbs") + `|split|share|shared|divide|divided)\b[^,;:]*$`)

// reJointSubjectBefore is such a subject right before a share that starts
// with its verb.
var reJointSubjectBefore = regexp.MustCompile(`(?i)(?:^|[,;:]\s*)([^,;:]{2,80}?\band\b[^,;:]{2,60}?)\s*$`)

// reShareVerbAt is a sharing verb where a share starts.
var reShareVerbAt = regexp.MustCompile(`(?i)^(?:split|shared|divided)\b`)

// reDuration is a length of time: "a five-year phase", "will take 46
// months".
var reDuration = startRE(`(?i)\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty)(?:-(year|month|week|day)\b|\s+(year|month|week|day)s?\b)`)

// countNumber is how a count's number is written: "1,800", "412",
// "twelve".
var countNumber = `\d{1,3}(?:,\d{3})*\.\d+|\d{1,3}(?:,\d{3})+|\d{1,6}|` + lexicon.AltOf(keys(numberWords))

// reDecimal is a number written with decimals: "18.6".
var reDecimal = regexp.MustCompile(`^\d[\d,]*\.\d+$`)

// measureUnits are the units a number with decimals may count.
var measureUnits = lexicon.Set("length units", "counted unit abbreviations")

// numberWords reads "twelve" as 12.
var numberWords = func() map[string]int {
	out := map[string]int{}
	for k, v := range lexicon.Pairs("number words") {
		n, err := strconv.Atoi(v)
		if err != nil {
			panic("lexicon: [number words] " + k + ": " + err.Error())
		}
		out[k] = n
	}
	return out
}()

// rePartOfWhole ends with a part of a counted whole, right before the
// whole's number: "only 9 of the 26 sections", "two of the 14 experts".
var rePartOfWhole = regexp.MustCompile(`(?i)\b(` + countNumber + `)\s+of\s+(?:the|its|these|those|all)\s+$`)

// reLabelBefore ends with a word that labels the number after it:
// "Package 3", "Phase 2".
var reLabelBefore = regexp.MustCompile(`\b(?:` + lexicon.Alt("number labels") + `)\s+$`)

// partOfWholeReach is how far before a whole's number its part is looked
// for: the part, "of" and an article.
const partOfWholeReach = 40

// notCounted are plural nouns that follow numbers without counting things.
var notCounted = lexicon.Set("not counted nouns")

// reGappedDemonymCount is a pair of counts whose first leaves its noun to
// the second: "14 Japanese and 9 Malaysian engineers".
var reGappedDemonymCount = regexp.MustCompile(`\b(\d{1,6})\s+(\p{Lu}\p{Ll}+)\s+and\s+\d[\d,]*\s+\p{Lu}\p{Ll}+\s+(\p{Ll}+s)\b`)

func (x *extraction) findCounts(p *Passage, a *annotation) {
	t := p.Text
	// "a five-year phase": a length of time.
	for _, m := range reDuration.FindAllStringSubmatchIndex(t, -1) {
		num := t[m[2]:m[3]]
		v, err := strconv.Atoi(num)
		if err != nil {
			v = numberWords[strings.ToLower(num)]
		}
		if v == 0 {
			continue
		}
		unit := m[4:6]
		if unit[0] < 0 {
			unit = m[6:8]
		}
		sent := containing(a.sentences, m[0])
		x.counts = append(x.counts, Count{Text: num, Value: v, Noun: strings.ToLower(t[unit[0]:unit[1]]) + "s", Sentence: t[sent.Start:sent.End], Passage: p, Span: Span{Start: m[0], End: m[1]}})
	}
	for _, m := range countMatches(t) {
		s := Span{Start: m[0], End: m[1]}
		// "54 per cent of households" is a share of them, not a count; a
		// noun that opens with a small word ("and", "per") countMatches
		// has left out.
		noun := strings.ToLower(t[m[6]:m[7]])
		nf := strings.Fields(noun)
		// "Unit 1 is scheduled": a number before a verb labels, it does
		// not count.
		if overlapsFact(a, s) || notCounted[nf[len(nf)-1]] || monthNum[nf[0]] != 0 || prose.Stopwords[nf[0]] {
			continue
		}
		num := t[m[4]:m[5]]
		// "18.6 km of box culverts": a number with decimals measures in a
		// unit; it counts nothing else ("2.5 households").
		if reDecimal.MatchString(num) && !measureUnits[nf[0]] {
			continue
		}
		v := countValue(num)
		if v == 0 {
			continue
		}
		// A year-like number is not a count; a year is never written
		// "1,800".
		if yearLike(num, v) {
			continue
		}
		qual := ""
		if m[2] >= 0 {
			qual = strings.TrimSpace(t[m[2]:m[3]]) + " "
		}
		sent := containing(a.sentences, s.Start)
		x.counts = append(x.counts, Count{Text: qual + num, Value: v, Noun: noun, Sentence: t[sent.Start:sent.End], Passage: p, Span: s})
		x.ellipticCounts(p, a, noun, s.End, sent)
		// "14 of the 41 activities were postponed": the part counts the
		// whole's noun too.
		if pm := rePartOfWhole.FindStringSubmatchIndex(t[max(sent.Start, s.Start-partOfWholeReach):s.Start]); pm != nil && qual == "" {
			off := max(sent.Start, s.Start-partOfWholeReach)
			ps := Span{Start: off + pm[2], End: off + pm[3]}
			// "Package 3 of the 7 contract packages": a number after a
			// capitalised label names the part, it does not count it.
			if pv := countValue(t[ps.Start:ps.End]); pv > 0 && pv < v && !overlapsFact(a, ps) && !reLabelBefore.MatchString(t[sent.Start:ps.Start]) {
				x.counts = append(x.counts, Count{Text: t[ps.Start:ps.End], Value: pv, Noun: noun, Sentence: t[sent.Start:sent.End], Passage: p, Span: ps})
			}
		}
	}
	x.partitiveCounts(p, a)
	x.relativeParts(p, a)
	x.breakdownCounts(p, a)
	// "14 Japanese and 9 Malaysian engineers": the first counts Japanese
	// engineers, its country's adjective before the pair's noun.
	for _, m := range reGappedDemonymCount.FindAllStringSubmatchIndex(t, -1) {
		s := Span{Start: m[2], End: m[3]}
		v := countValue(t[s.Start:s.End])
		if v == 0 || overlapsFact(a, s) || gaz.countryByAlias[prose.Fold(t[m[4]:m[5]])] == "" {
			continue
		}
		sent := containing(a.sentences, s.Start)
		noun := strings.ToLower(t[m[4]:m[5]] + " " + t[m[6]:m[7]])
		x.counts = append(x.counts, Count{Text: t[s.Start:s.End], Value: v, Noun: noun, Sentence: t[sent.Start:sent.End], Passage: p, Span: s})
	}
	// "bringing the number of contracting parties to 16": the noun stands
	// before the number.
	for _, m := range reNumberOf.FindAllStringSubmatchIndex(t, -1) {
		s := Span{Start: m[4], End: m[5]}
		v := countValue(t[s.Start:s.End])
		if v == 0 || overlapsFact(a, s) || yearLike(t[s.Start:s.End], v) {
			continue
		}
		sent := containing(a.sentences, s.Start)
		x.counts = append(x.counts, Count{Text: t[s.Start:s.End], Value: v, Noun: strings.ToLower(t[m[2]:m[3]]), Sentence: t[sent.Start:sent.End], Passage: p, Span: s})
	}
	// A table's row: a figure alone in a column that names what it
	// counts.
	if !p.IsTableRow() {
		return
	}
	for _, m := range reCellCount.FindAllStringSubmatchIndex(t, -1) {
		s := Span{Start: m[4], End: m[5]}
		noun := strings.ToLower(t[m[2]:m[3]])
		v := countValue(t[s.Start:s.End])
		// The figure is the whole cell: not "1,250.5", "85%" or "820
		// million".
		if end := t[s.End:]; end != "" && end[0] != ';' && !(end[0] == '.' && (len(end) == 1 || end[1] == ' ')) {
			continue
		}
		if v == 0 || overlapsFact(a, s) || notCounted[prose.LastWord(noun)] || yearLike(t[s.Start:s.End], v) {
			continue
		}
		sent := containing(a.sentences, s.Start)
		x.counts = append(x.counts, Count{Text: t[s.Start:s.End], Value: v, Noun: noun, Sentence: t[sent.Start:sent.End], Passage: p, Span: s})
	}
}

// rePartOfNoun is a number, "of the" and the plural noun it counts a
// part of: "96 of the interns".
var rePartOfNoun = regexp.MustCompile(`(?i)\b(` + countNumber + `)\s+of\s+(?:the|these|those)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+s)\b`)

// reNounJoinedAfter is a second plural noun joined to a counted one:
// " and doctors" of "23 of the nurses and doctors".
var reNounJoinedAfter = regexp.MustCompile(`^\s+(?:and|or)\s+[a-z-]+s\b`)

// partitiveCounts reads a part written with its noun after "of the" as a
// count of that noun, and the list's items after it that leave the noun
// out: "96 of the interns came from Vietnam and 71 from the Philippines"
// counts 96 interns and 71 interns. "One of the largest ports" singles
// one out; it counts nothing. "23 of the nurses and doctors" counts both
// nouns together, which no one noun asked is.
func (x *extraction) partitiveCounts(p *Passage, a *annotation) {
	t := p.Text
	for _, m := range rePartOfNoun.FindAllStringSubmatchIndex(t, -1) {
		s := Span{Start: m[2], End: m[3]}
		num, noun := t[s.Start:s.End], strings.ToLower(t[m[4]:m[5]])
		v := countValue(num)
		nf := strings.Fields(noun)
		if v <= 1 || yearLike(num, v) || overlapsFact(a, s) || countValue(nf[0]) != 0 || prose.Stopwords[nf[0]] || notCounted[nf[len(nf)-1]] || reNounJoinedAfter.MatchString(t[m[5]:]) ||
			x.counted(p, s) {
			continue
		}
		sent := containing(a.sentences, s.Start)
		x.counts = append(x.counts, Count{Text: num, Value: v, Noun: noun, Sentence: t[sent.Start:sent.End], Passage: p, Span: s})
		x.ellipticCounts(p, a, noun, m[1], sent)
	}
}

// counted reports whether a count at span s of passage p was read
// already.
func (x *extraction) counted(p *Passage, s Span) bool {
	return slices.ContainsFunc(x.counts, func(c Count) bool { return c.Passage == p && c.Span == s })
}

// reCellCount is a table row's cell that counts what its column names:
// "Trainees: 412" in "Cambodia: Trainees: 412; Courses: 58." (see
// parser.tableRow).
var reCellCount = regexp.MustCompile(`(?:^|:\s|;\s)((?:\p{Lu}[a-z-]*\s+)?[\p{L}-]*[a-z]s): (\d{1,3}(?:,\d{3})+|\d{1,6})`)

// reNumberOf is "the number of" a plural noun and the number it comes to.
var reNumberOf = regexp.MustCompile(`(?i)\bnumber\s+of\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)\s+(?:to|at|is|was|has\s+reached|reached|rose\s+to|stands\s+at|stood\s+at)\s+(\d{1,3}(?:,\d{3})+|\d{1,6})\b`)

// yearLike reports whether a number written num, of value v, is a year
// rather than a count: a year is never written "1,800".
func yearLike(num string, v int) bool {
	return !strings.Contains(num, ",") && v >= 1800 && v <= 2100
}

// countValue is the number a count is written with: "1,800", "twelve",
// "2.9 million"; 0 when it is none.
func countValue(num string) int {
	if v, err := strconv.Atoi(strings.ReplaceAll(num, ",", "")); err == nil {
		return v
	}
	// "18.6" of a length: its whole units, rounded, to rank it among
	// others; the text keeps the decimals.
	if reDecimal.MatchString(num) {
		if f, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64); err == nil {
			return max(1, int(math.Round(f)))
		}
	}
	if v := numberWords[strings.ToLower(num)]; v != 0 {
		return v
	}
	f := strings.Fields(num)
	if len(f) != 2 {
		return 0
	}
	n, err := strconv.ParseFloat(f[0], 64)
	by := scale[strings.ToLower(f[1])]
	if err != nil || by == 0 {
		return 0
	}
	return int(n * by)
}

// ellipticCounts reads the counts that leave out the noun of the count
// before them: "Five courses were held in Jakarta, three in Bangkok and
// one in Manila"; "652 scholarships: 421 for master's degrees, 118 for
// the PhD programme". They run from byte from to the sentence's end, up to
// the next number with a noun of its own.
func (x *extraction) ellipticCounts(p *Passage, a *annotation, noun string, from int, sent Span) {
	t := p.Text
	rest := t[from:sent.End]
	// The next count with a noun of its own ends them; "86 of them from
	// Laos" is one of them, not a count of "them".
	// Nor is a list's next item, "185 in the Philippines", whose "noun" is
	// a place after a preposition; a figure set against the count ("up
	// from 29,800 at the previous fair") still ends them.
	for _, next := range reCount.FindAllStringSubmatchIndex(rest, -1) {
		// "47 from Laos": a country whose name ends in "s" after a
		// preposition is no plural noun either.
		if nf := strings.Fields(rest[next[6]:next[7]]); len(nf) > 0 && (prose.Stopwords[strings.ToLower(nf[0])] || ellipticPrepositions[strings.ToLower(nf[0])]) && reListItemBefore.MatchString(rest[:next[0]]) {
			continue
		}
		if !reOfThemAfter.MatchString(rest[next[5]:]) {
			rest = rest[:next[0]]
			break
		}
	}
	for _, m := range reEllipticCount.FindAllStringSubmatchIndex(rest, -1) {
		// The comma of "6,300" is no list's comma.
		if m[0] > 0 && rest[m[0]] == ',' && rest[m[0]-1] >= '0' && rest[m[0]-1] <= '9' {
			continue
		}
		num := rest[m[2]:m[3]]
		v, err := strconv.Atoi(strings.ReplaceAll(num, ",", ""))
		if err != nil {
			v = numberWords[strings.ToLower(num)]
		}
		if v == 0 || yearLike(num, v) {
			continue
		}
		s := Span{Start: from + m[2], End: from + m[3]}
		if overlapsFact(a, s) {
			continue
		}
		own := noun
		if reOfThemAfter.MatchString(rest[m[3]:]) {
			// "The 90 trainees came from eight member countries, and 34
			// of them were women": a part of people is of the people
			// counted before it, not of the countries they came from.
			whole, ok := x.partWhole(p, sent, s.Start, true)
			if !ok {
				continue
			}
			own = whole
		}
		x.counts = append(x.counts, Count{Text: num, Value: v, Noun: own, Sentence: t[sent.Start:sent.End], Passage: p, Span: s})
	}
}

// breakdownCounts reads the parts of a sentence that breaks down the
// count the sentence before opened with, written with no noun of their
// own, as counts of that count's noun: after "To date 126 surveyors ...
// have completed GCTC", "By country, 27 came from Myanmar" counts 27
// surveyors.
func (x *extraction) breakdownCounts(p *Passage, a *annotation) {
	t := p.Text
	for k, sent := range a.sentences {
		// "Of the midwives, 1,120 were trained in Vietnam, 860 in
		// Cambodia": the whole the sentence opens with names what its
		// figures count.
		if m := reOfTheWholeLead.FindStringSubmatchIndex(t[sent.Start:sent.End]); m != nil {
			noun := strings.ToLower(t[sent.Start+m[2] : sent.Start+m[3]])
			if nf := strings.Fields(noun); !notCounted[nf[len(nf)-1]] && !prose.Stopwords[nf[0]] {
				x.ellipticCounts(p, a, noun, sent.Start+m[1]-1, sent)
			}
			continue
		}
		if k == 0 || !prose.BreakdownLeadRE.MatchString(t[sent.Start:sent.End]) {
			continue
		}
		prev := a.sentences[k-1]
		var whole *Count
		for i := range x.counts {
			c := &x.counts[i]
			if c.Passage == p && c.Span.Start >= prev.Start && c.Span.End <= prev.End && (whole == nil || c.Span.Start < whole.Span.Start) {
				whole = c
			}
		}
		if whole != nil {
			x.ellipticCounts(p, a, whole.Noun, sent.Start, sent)
		}
	}
}

// reOfTheWholeLead opens a sentence with the plural whole its figures
// are parts of: "Of the midwives,".
var reOfTheWholeLead = regexp.MustCompile(`^\W*(?i:of)\s+(?:the|these|those)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+s),`)

// partWhole is the noun of the count a part at byte at of sentence sent
// is part of: the nearest count before it in the sentence, or, for a part
// of people ("34 of them were women", "of whom 27 came from"), the
// nearest that counts no places ("eight member countries" is where the
// trainees came from).
//
// Nearest by place, not by when it was read: in "214 judges ..., of whom
// 92 were women, together with 131 prosecutors, of whom 48 were women"
// the 48 are prosecutors, though the 92 were read after the 131.
func (x *extraction) partWhole(p *Passage, sent Span, at int, people bool) (string, bool) {
	var best *Count
	for i := len(x.counts) - 1; i >= 0; i-- {
		c := &x.counts[i]
		if c.Passage != p || c.Span.Start < sent.Start || c.Span.End > at {
			continue
		}
		if people && placeCountNouns[prose.LastWord(c.Noun)] {
			continue
		}
		if best == nil || c.Span.Start > best.Span.Start {
			best = c
		}
	}
	if best == nil {
		return "", false
	}
	return best.Noun, true
}

// placeCountNouns are the nouns of counts of places, which a part of
// people is not of.
var placeCountNouns = lexicon.Set("plural place nouns", "member place nouns", "plural country nouns")

// reRelativePart is a part counted after its relative with no noun of its
// own: "112 officials took part, of whom 27 came from provincial finance
// departments". Its groups are the relative and the number.
var reRelativePart = regexp.MustCompile(`(?i)\bof\s+(whom|which)\s+(` + countNumber + `)\s+[a-z]`)

// relativeParts reads the parts counted after "of whom" or "of which"
// with no noun of their own, as counts of their whole's noun.
func (x *extraction) relativeParts(p *Passage, a *annotation) {
	t := p.Text
	for _, m := range reRelativePart.FindAllStringSubmatchIndex(t, -1) {
		s := Span{Start: m[4], End: m[5]}
		num := t[s.Start:s.End]
		v := countValue(num)
		if v == 0 || yearLike(num, v) || overlapsFact(a, s) || x.counted(p, s) {
			continue
		}
		sent := containing(a.sentences, s.Start)
		noun, ok := x.partWhole(p, sent, m[0], strings.EqualFold(t[m[2]:m[3]], "whom"))
		if !ok {
			continue
		}
		// "486 drivers and engineers, of whom 132 were train drivers": a
		// part that says it is a kind of the whole's noun counts that
		// kind.
		if w := rePartIsNoun.FindStringSubmatch(t[s.End:sent.End]); w != nil && prose.LastWord(w[1]) == prose.LastWord(noun) {
			noun = w[1]
		}
		x.counts = append(x.counts, Count{Text: num, Value: v, Noun: noun, Sentence: t[sent.Start:sent.End], Passage: p, Span: s})
	}
}

// rePartIsNoun is what a part counted after its relative is: " were
// train drivers", " were women". Its group is the noun.
var rePartIsNoun = regexp.MustCompile(`^\s+(?:were|are)\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)\b`)

// ellipticPrepositions are the prepositions after a number that leaves
// out its noun.
var ellipticPrepositions = lexicon.Set("elliptic count prepositions")

// reListItemBefore ends before a list's next item: ", ", " and ", or
// "including" before the first of the parts ("46 technicians ...,
// including 14 from Laos and 11 from Cambodia").
var reListItemBefore = regexp.MustCompile(`(?:,|\band|\bincluding)\s*$`)

// reOfThemAfter opens a part of the count before: "86 of them", "12 of
// whom".
var reOfThemAfter = regexp.MustCompile(`^\s+of\s+(?:them|whom|which)\b`)

// reEllipticCount is a number that stands for the noun of a count before
// it, a list's item or a figure it is set against: ", three in Bangkok",
// "and 26 for doctoral study", "compared with 6,300 in FY2010". Or the
// subject of a verb of its own that ends its clause or runs on to a
// preposition: "441 candidates sat the examination and 197 passed", "1,120
// were trained in Vietnam", not "and 30 trained nurses".
var reEllipticCount = regexp.MustCompile(`(?i)(?:[,:;]\s*|\s+(?:` + lexicon.Alt("elliptic count leads") + `)\s+)(` + countNumber + `)\s+(?:(?:` + lexicon.Alt("elliptic count prepositions") + `)\s|(?:(?:` + lexicon.Alt("passive auxiliaries") + `)\s+)?\p{Ll}+ed(?:[,.;]|\s+(?:` + lexicon.Alt("elliptic count prepositions") + `)\b|$))`)

// overlapsFact reports whether span s overlaps a date or a sum the
// passage states.
func overlapsFact(a *annotation, s Span) bool {
	if overlapsDate(a.dates, s) {
		return true
	}
	for _, am := range a.amounts {
		if s.Start < am.Span.End && am.Span.Start < s.End {
			return true
		}
	}
	return false
}

func (x *extraction) findPurposes(p *Passage, a *annotation) {
	t := p.Text
	for _, sent := range a.sentences {
		s := t[sent.Start:sent.End]
		// "requested Japan to extend the EATP": what someone is asked to
		// do is a request, not what the sentence's subject is for; a
		// purpose may still follow it ("asked JICA to extend the project
		// ... in order to complete the warehouse", "asked the consortium
		// to prepare a plan so that the exchanges can continue").
		var m []int
		for _, c := range rePurpose.FindAllStringIndex(s, -1) {
			if !reRequestObjectBefore.MatchString(s[:c[0]]) {
				m = c
				break
			}
			if m = rePurposeConnective.FindStringIndex(s[c[1]:]); m != nil {
				m[0], m[1] = m[0]+c[1], m[1]+c[1]
				break
			}
		}
		if m == nil {
			continue
		}
		// "Its purpose is to share data ... and to train engineers": the
		// purpose is what follows the noun that names it.
		if n := reNamedPurpose.FindStringIndex(s[m[0]:m[1]]); n != nil {
			m[0] += n[1]
		}
		clause := strings.TrimRight(s[m[0]:], ". ")
		if i := strings.Index(clause, " and disbursed"); i > 0 {
			clause = clause[:i]
		}
		// The purpose belongs to an organisation named before it: in "The
		// second phase aims to ... the school health work of SEAMEO", the aim
		// is not SEAMEO's.
		subj := ""
		for _, o := range x.orgMentions(s[:m[0]]) {
			subj = o.name
		}
		x.purposes = append(x.purposes, Purpose{Subject: subj, Text: clause, Sentence: s, Passage: p, Span: Span{Start: sent.Start + m[0], End: sent.End}})
	}
	// "the Regional Nursing Education Network (RNEN), which trains about
	// 120 nurses": what an organisation does.
	for _, m := range reWhichDoes.FindAllStringSubmatchIndex(t, -1) {
		before := t[:m[0]]
		os := x.orgMentions(before)
		if len(os) == 0 || strings.TrimSpace(before[os[len(os)-1].span.End:]) != "" && !strings.HasSuffix(strings.TrimSpace(before), ")") {
			continue
		}
		sent := containing(a.sentences, m[0])
		end := sent.End
		clause := strings.TrimRight(t[m[2]:end], ".:; ")
		x.purposes = append(x.purposes, Purpose{Subject: os[len(os)-1].name, Text: clause, Sentence: t[sent.Start:sent.End], Passage: p, Span: Span{Start: m[2], End: end}})
	}
}

// reNamedPurpose is a cue's noun of purpose and its verb, before the
// infinitive: "purpose is ", "objective was ".
var reNamedPurpose = regexp.MustCompile(`(?i)^\w+\s+(?:is|was|are|were)\s+`)

// reRequestObjectBefore ends with a verb of asking and the one asked, by
// name, before the infinitive of what is asked: "requested Japan ",
// "urged the Government of Laos ". A thing asked for ("requested grant
// aid from Japan to build a bridge") leaves the infinitive its purpose.
var reRequestObjectBefore = regexp.MustCompile(`\b(?i:` + lexicon.Alt("request verbs") + `)\s+` + requestedParty + `\s+$`)

// requestedParty is the one a request is made of, by name: "Japan", "the
// Government of Laos".
const requestedParty = `(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,5}`

// rePurposeConnective opens a clause of purpose: "so that", "in order to".
var rePurposeConnective = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("purpose connectives") + `)\b`)

var reWhichDoes = startRE(`,\s+which\s+((?:trains|provides|supports|promotes|offers|runs|helps|funds|finances|contains|aims|works|brings|links)\b[^.;]*)`)

var reParens = regexp.MustCompile(`\s*\([^()]*\)`)

// countMatches finds the counts of t. A counted noun stops at a small word
// ("officials in twelve provinces" is officials, then twelve provinces),
// and the search goes on from there so the next count is found too.
func countMatches(t string) [][]int {
	var out [][]int
	for pos := 0; pos < len(t); {
		m := reCount.FindStringSubmatchIndex(t[pos:])
		if m == nil {
			break
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += pos
			}
		}
		// "2.9 million people" is read whole where it starts, never as
		// "9 million people" after its decimal point.
		if m[4] >= 2 && t[m[4]-1] == '.' && t[m[4]-2] >= '0' && t[m[4]-2] <= '9' {
			pos = m[1]
			continue
		}
		// "the COVID-19 cash transfers", "Himawari-8 observations": a
		// number joined to a word by a hyphen ends a name, it counts
		// nothing.
		if m[4] >= 2 && t[m[4]-1] == '-' && unicode.IsLetter(rune(t[m[4]-2])) {
			pos = m[5]
			continue
		}
		// "¥18.73 billion for ten vessels": a noun cannot open with a
		// small word, and the search goes on right after the number, where
		// the next count may start.
		if loc := reNounStop.FindStringIndex(" " + t[m[6]:m[7]]); loc != nil && loc[0] == 0 {
			pos = m[5]
			continue
		}
		noun := t[m[6]:m[7]]
		for _, w := range reNounStop.FindAllStringIndex(noun+" ", -1) {
			// Cut the noun before the small word: what follows is not it.
			cut := m[6] + w[0]
			if trimmed := strings.TrimRight(t[m[6]:cut], " "); strings.HasSuffix(trimmed, "s") {
				m[7] = m[6] + len(trimmed)
				m[1] = m[7]
				break
			}
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// reNounStop are the small words a counted noun does not run past.
var reNounStop = regexp.MustCompile(`(?i)\s(?:` + lexicon.Alt("count noun stops") + `)\s`)
