package index

import (
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"regexp"
	"strconv"
	"strings"
)

var (
	rePronoun     = regexp.MustCompile(`^\s*(?:It|They|This|These)\s`)
	reCostOfWhich = regexp.MustCompile(`(?i),\s+the\s+` + lexicon.Alt("cost nouns") + `\s+of\s+which\b`)
	reCostOf      = regexp.MustCompile(`(?i)\b(?:costs?|those|expenses)\s+of\s+((?:the\s+)?[^,]+?)\s+(?:are|is|were|was)\b`)
)

func (x *extraction) findShares(p *Passage, a *annotation) {
	t := p.Text
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
		a1, _ := strconv.Atoi(l)
		a2, _ := strconv.Atoi(r)
		if a1+a2 != 100 {
			continue
		}
		sent := containing(a.sentences, m[0])
		s := t[sent.Start:sent.End]
		ratio := t[m[0]:m[1]]
		ratio = ratio[strings.IndexAny(ratio, "0123456789"):]
		ratio = strings.TrimSpace(strings.Fields(ratio)[0])
		sh := Share{Text: ratio, Parts: []int{a1, a2}, Sentence: s, Passage: p, Span: Span{m[0], m[1]}}
		// Parties: who the sentence says bears the cost, nearest to the ratio.
		var cands []struct {
			name string
			at   int
		}
		for _, c := range x.geoMentions(s) {
			if !c.isGroup {
				cands = append(cands, struct {
					name string
					at   int
				}{c.name, c.span.Start})
			}
		}
		for _, o := range x.orgMentions(s) {
			cands = append(cands, struct {
				name string
				at   int
			}{o.name, o.span.Start})
		}
		rel := m[0] - sent.Start
		lo := strings.LastIndex(s[:rel], " by ")
		if b := strings.LastIndex(s[:rel], " between "); b > lo {
			lo = b
		}
		hi := rel
		if lo < 0 {
			lo, hi = rel, len(s)
			if b := strings.Index(s[rel:], " between "); b >= 0 {
				lo = rel + b
			}
		}
		var inRange []struct {
			name string
			at   int
		}
		for _, c := range cands {
			if c.at >= lo && c.at < hi {
				inRange = append(inRange, c)
			}
		}
		for i := 1; i < len(inRange); i++ {
			for j := i; j > 0 && inRange[j].at < inRange[j-1].at; j-- {
				inRange[j], inRange[j-1] = inRange[j-1], inRange[j]
			}
		}
		for _, c := range inRange {
			sh.Parties = append(sh.Parties, c.name)
		}
		sh.Parties = uniq(sh.Parties)
		if len(sh.Parties) > 2 {
			sh.Parties = sh.Parties[:2]
		}
		if loc := reCostOfWhich.FindStringIndex(s); loc != nil && loc[0] > 0 {
			i := loc[0]
			sh.What = strings.TrimPrefix(strings.TrimPrefix(s[:i], "There is "), "There are ")
		} else if ms := reCostOf.FindAllStringSubmatch(s[:rel], -1); ms != nil {
			sh.What = ms[len(ms)-1][1]
		}
		x.shares = append(x.shares, sh)
	}
}

var reDuration = regexp.MustCompile(`(?i)\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)-(year|month|week|day)\b`)

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100}

// notCounted are plural nouns that follow numbers without counting things.
var notCounted = map[string]bool{"basis": true, "years": true, "months": true, "days": true, "weeks": true, "millions": true, "billions": true, "percent": true}

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
		sent := containing(a.sentences, m[0])
		x.counts = append(x.counts, Count{Text: num, Value: v, Noun: strings.ToLower(t[m[4]:m[5]]) + "s", Sentence: t[sent.Start:sent.End], Passage: p, Span: Span{m[0], m[1]}})
	}
	for _, m := range reCount.FindAllStringSubmatchIndex(t, -1) {
		s := Span{m[0], m[1]}
		overlap := false
		for _, d := range a.dates {
			if s.Start < d.Span.End && d.Span.Start < s.End {
				overlap = true
			}
		}
		for _, am := range a.amounts {
			if s.Start < am.Span.End && am.Span.Start < s.End {
				overlap = true
			}
		}
		noun := strings.ToLower(t[m[6]:m[7]])
		nf := strings.Fields(noun)
		if overlap || notCounted[nf[len(nf)-1]] || monthNum[nf[0]] != 0 || nf[0] == "and" || nf[0] == "to" {
			continue
		}
		num := t[m[4]:m[5]]
		v, err := strconv.Atoi(num)
		if err != nil {
			v = numberWords[strings.ToLower(num)]
		}
		if v == 0 {
			continue
		}
		// An ordinal or year-like number is not a count.
		if v >= 1800 && v <= 2100 {
			continue
		}
		qual := ""
		if m[2] >= 0 {
			qual = strings.TrimSpace(t[m[2]:m[3]]) + " "
		}
		sent := containing(a.sentences, s.Start)
		x.counts = append(x.counts, Count{Text: qual + num, Value: v, Noun: noun, Sentence: t[sent.Start:sent.End], Passage: p, Span: s})
	}
}

func (x *extraction) findPurposes(p *Passage, a *annotation) {
	t := p.Text
	for _, sent := range a.sentences {
		s := t[sent.Start:sent.End]
		m := rePurpose.FindStringIndex(s)
		if m == nil {
			continue
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
		x.purposes = append(x.purposes, Purpose{Subject: subj, Text: clause, Sentence: s, Passage: p, Span: Span{sent.Start + m[0], sent.End}})
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
		x.purposes = append(x.purposes, Purpose{Subject: os[len(os)-1].name, Text: clause, Sentence: t[sent.Start:sent.End], Passage: p, Span: Span{m[2], end}})
	}
}

var reWhichDoes = regexp.MustCompile(`,\s+which\s+((?:trains|provides|supports|promotes|offers|runs|helps|funds|finances|contains|aims|works|brings|links)\b[^.;]*)`)

var reParens = regexp.MustCompile(`\s*\([^()]*\)`)

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
