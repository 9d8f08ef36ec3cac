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

// findProjects makes projects of list items that describe work and of the
// programmes and corridors named in prose.
func (x *extraction) findProjects(p *Passage, a *annotation) {
	if p.Kind == KindTitle {
		return
	}
	if p.Kind == KindItem || p.Kind == KindBullet {
		if !reProjectish.MatchString(p.Text) && !reProjectish.MatchString(p.Lead) {
			return
		}
		// Brackets hold expansions and details, not the name: "Workshop
		// for MFA (Ministry of Foreign Affairs) personnel" is a workshop for
		// MFA personnel.
		name := strings.Join(strings.Fields(reParens.ReplaceAllString(p.Text, " ")), " ")
		name = strings.TrimPrefix(strings.TrimPrefix(name, "- "), "to ")
		if i := strings.Index(name, ", which"); i > 0 {
			name = name[:i]
		}
		name = upperFirst(strings.TrimRight(name, ".;, "))
		pr := &Project{Name: clip(name, 100), What: p.Text, Passage: p}
		x.linkProject(pr, p, a, p.Text, p.Lead)
		x.projects = append(x.projects, pr)
		return
	}
	t := p.Text
	var named []*Project
	for _, m := range reNamedProj.FindAllStringSubmatchIndex(t, -1) {
		name := strings.TrimSpace(t[m[2]:m[3]])
		end := m[1]
		// Prefer the full long form when an acronym definition covers it.
		for _, o := range x.orgs {
			if o.Passage == p && o.Span.Start <= m[2] && o.Span.End >= m[3] {
				name, end = o.Name+" ("+o.Acronym+")", o.Span.End
			}
		}
		if len(strings.Fields(name)) < 2 {
			continue
		}
		full := t[m[2]:end]
		pr := &Project{Name: name, Passage: p}
		sent := containing(a.sentences, m[2])
		// "It is called X": the sentence before says what X is.
		if rePronoun.MatchString(t[sent.Start:sent.End]) {
			for i, s := range a.sentences {
				if s == sent && i > 0 {
					sent.Start = a.sentences[i-1].Start
				}
			}
		}
		pr.What = t[sent.Start:sent.End]
		x.linkProject(pr, p, a, full, "")
		// A route in brackets names the project's own places.
		if len(pr.Places) == 0 {
			x.linkProject(pr, p, a, t[sent.Start:sent.End], "")
		}
		named = append(named, pr)
	}
	if len(named) == 0 {
		for _, m := range reDescProj.FindAllStringSubmatchIndex(t, -1) {
			what := t[m[4]:m[5]]
			if i := strings.Index(what, " in "); i > 0 {
				what = what[:i]
			}
			name := upperFirst(t[m[2]:m[3]] + " " + what)
			sent := containing(a.sentences, m[0])
			pr := &Project{Name: clip(strings.TrimSpace(name), 100), Passage: p, What: t[sent.Start:sent.End]}
			x.linkProject(pr, p, a, t[sent.Start:sent.End], "")
			named = append(named, pr)
		}
	}
	// Later sentences about "the project" add its funding and dates.
	if len(named) == 1 {
		pr := named[0]
		for _, sent := range a.sentences {
			st := t[sent.Start:sent.End]
			if strings.Contains(pr.What, st) || !reTheProject.MatchString(st) {
				continue
			}
			for i := range x.amounts {
				am := &x.amounts[i]
				if am.Passage == p && am.Span.Start >= sent.Start && am.Span.End <= sent.End {
					pr.Funding = append(pr.Funding, am.Text)
					if am.Purpose == "" {
						am.Purpose = pr.Name
					}
					am.Project = pr
					if am.Via != "" {
						pr.Funding = append(pr.Funding, x.orgDisplay(am.Via))
					}
				}
			}
			for _, d := range a.dates {
				if d.Span.Start >= sent.Start && d.Span.End <= sent.End {
					pr.Dates = append(pr.Dates, d)
				}
			}
		}
		pr.Funding = uniq(pr.Funding)
	}
	x.projects = append(x.projects, named...)
}

var reParens = regexp.MustCompile(`\s*\([^()]*\)`)

var reTheProject = regexp.MustCompile(`(?i)\bthe\s+(project|programme|program|initiative)\b`)

// linkProject attaches what text (and a list's lead) says: partners,
// beneficiaries, places, dates, funding and status.
func (x *extraction) linkProject(pr *Project, p *Passage, a *annotation, text, lead string) {
	for _, src := range []string{text, lead} {
		if src == "" {
			continue
		}
		for _, o := range x.orgMentions(src) {
			if strings.Contains(o.name, "Fund") {
				pr.Funding = append(pr.Funding, o.name)
			} else if before := strings.TrimSpace(src[:o.span.Start]); !strings.HasSuffix(before, " for") && !strings.HasSuffix(before, " to") && !strings.Contains(o.name, pr.Name) && !strings.Contains(pr.Name, strings.Split(o.name, " (")[0]) {
				pr.Partners = append(pr.Partners, o.name)
			}
		}
		for _, m := range x.geoMentions(src) {
			names := []string{m.name}
			if m.isGroup {
				if g := x.groups[m.name]; g != nil && expandable(m.name) {
					names = g.Members
				} else {
					continue
				}
			}
			role := "beneficiary"
			before := strings.ToLower(src[max(0, m.span.Start-40):m.span.Start])
			if m.span.Start < 12 && m.name == "Japan" || strings.HasSuffix(strings.TrimSpace(before), " with") ||
				strings.HasSuffix(strings.TrimSpace(before), " by") || strings.Contains(before, "borne by") || strings.Contains(before, "with other") {
				role = "partner"
			}
			if m.name == "Japan" && (m.span.Start < 12 || strings.Contains(before, "by")) {
				role = "partner"
			}
			for _, n := range names {
				if role == "partner" {
					pr.Partners = append(pr.Partners, n)
				} else {
					pr.Beneficiaries = append(pr.Beneficiaries, n)
				}
			}
		}
		// A list's lead-in has its own facts: the workshop's place and
		// dates belong to each topic it covered.
		fa := a
		if src == lead && p.LeadP != nil && x.annot[p.LeadP] != nil {
			fa = x.annot[p.LeadP]
		}
		for _, pl := range fa.places {
			if strings.Contains(src, pl.AsWritten) {
				pr.Places = append(pr.Places, pl)
				pr.Beneficiaries = append(pr.Beneficiaries, pl.Country)
			}
		}
		for _, d := range fa.dates {
			if strings.Contains(src, d.Text) {
				pr.Dates = append(pr.Dates, d)
			}
		}
		for _, am := range fa.amounts {
			if strings.Contains(src, am.Text) {
				pr.Funding = append(pr.Funding, am.Text)
			}
		}
		for _, sh := range x.shares {
			if sh.Passage == p && strings.Contains(src, sh.Sentence) {
				pr.Funding = append(pr.Funding, sh.Describe())
			}
		}
		if pr.Status == "" {
			if m := reStatus.FindString(src); m != "" {
				pr.Status = strings.ToLower(m)
				for _, d := range a.dates {
					if d.Since && strings.Contains(src, d.Text) {
						pr.Status = "ongoing since " + d.Text
					}
				}
			}
		}
	}
	pr.Partners = uniq(pr.Partners)
	var ben []string
	for _, b := range uniq(pr.Beneficiaries) {
		if !contains(pr.Partners, b) {
			ben = append(ben, b)
		}
	}
	pr.Beneficiaries = ben
	pr.Funding = uniq(pr.Funding)
	seen := map[string]bool{}
	var pls []Place
	for _, pl := range pr.Places {
		if !seen[pl.Name] {
			seen[pl.Name] = true
			pls = append(pls, pl)
		}
	}
	pr.Places = pls
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
