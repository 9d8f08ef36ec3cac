package index

import (
	"regexp"
	"strings"

	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

var (
	nameWord = `[A-Z][\p{L}'’-]+`
	// nameTail is the rest of a name: capitalised words, the small words
	// some names hold ("binti", "van"), each whole, and initials.
	nameTail = `(?:\s+(?:` + nameWord + `|(?:` + lexicon.Alt("name particles") + `)\b|[A-Z]\.))*`
	// titledName is a name after a title, of two words at least.
	titledName = nameWord + `(?:\s+(?:` + nameWord + `|[A-Z]\.|(?:` + lexicon.Alt("name particles") + `)\s+` + nameWord + `))+`
	// rePersonHon is an honorific and the capitalised name after it.
	rePersonHon = regexp.MustCompile(`\b((?:` + honorificAlt() + `)(?:\s+(?:` + honorificAlt() + `))*)\s+(` + nameWord + nameTail + `)`)
	// rePersonRole is a bare name followed by its role: "Kenji Moriyama,
	// Chair of the Governing Board".
	rePersonRole = regexp.MustCompile(`\b(` + nameWord + `\s+` + nameWord + `(?:\s+` + nameWord + `)?),\s+(?:the\s+|a\s+|an\s+)?((?:(?:former|acting|deputy|vice|senior|chief|general|executive|assistant|regional|national|resident)\s+)*(?i:` + lexicon.Alt("role heads") + `))\b`)
	// rePersonTitled is a title and the name after it, with no honorific:
	// "Finance Secretary Carlos G. Dominguez III", "JICA Chief
	// Representative Yoshio Kanda". The name has two words at least: a
	// title before one word is as often a place's or a body's.
	rePersonTitled = regexp.MustCompile(`\b((?:[A-Z][\p{L}-]*\s+){0,3}(?:` + lexicon.Alt("role heads") + `))\s+(` + titledName + `)`)
	// rePersonPortfolio is a minister's title with its portfolio and the
	// name after it: "Parliamentary Vice-Minister for Foreign Affairs
	// Kenji Morita". Where the portfolio ends and the name starts is read
	// from the words portfolios are made of. Only a minister's or a
	// secretary's: after "Adviser for Environment" the capitals go on
	// with the field ("Policy Planning"), not a name.
	rePersonPortfolio = regexp.MustCompile(`\b((?:[A-Z][\p{L}]*[\s-]+){0,3}(?:` + lexicon.Alt("portfolio role heads") + `)\s+(?:for|of)\s+(?:` + lexicon.Alt("portfolio words") + `)(?:,?\s+(?:and\s+)?(?:` + lexicon.Alt("portfolio words") + `))*)\s+(` + titledName + `)`)
	// reRoleInName is a role's first word inside the capitals after an
	// honorific: " Chief", " Director", " Senior".
	reRoleInName = regexp.MustCompile(`\s(?i:` + lexicon.Alt("role heads", "role modifiers") + `)\b`)
	roleHeadRe   = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("role heads") + `)\b`)
	// reRoleIsThe is the role a name is said to hold after it, past an
	// aside set off by commas: "Mr. X, formerly of the JCG, serves as the
	// first Executive Director of the Centre".
	// The aside may hold commas of its own ("formerly of the Ministry of
	// Agriculture, Forestry and Fisheries (MAFF),") or be the body the
	// person is of ("Dr. X of the Vietnam Academy of Sciences was elected
	// as the first Chairperson").
	reRoleIsThe = regexp.MustCompile(`^(?:,[^;.()]{1,80}?(?:\([^()]{1,20}\))?,|\s+of\s+the\s+[A-Z][^,;.()]{1,60}?)?,?\s+(?:(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:` + lexicon.Alt("appointment verbs") + `)(?:\s+as)?|is|was|will be|serves as|acts as)\s+(?:the\s+|its\s+)?(?:(?:first|new|current|present)\s+)?((?:[A-Z][\p{L}-]*\s+){0,3}(?i:` + lexicon.Alt("role heads") + `)(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\p{L}()-]*(?:\s+[A-Z][\p{L}()-]*)*)?)`)
)

// personHints are words one of which a passage naming a person holds:
// an honorific without its dot, or a role's head noun, lower case.
var personHints = func() []string {
	var out []string
	for _, w := range lexicon.Words("honorifics", "role heads") {
		out = append(out, strings.ToLower(strings.TrimSuffix(w, ".")))
	}
	return out
}()

func honorificAlt() string {
	var ws []string
	for _, w := range lexicon.Words("honorifics") {
		ws = append(ws, strings.TrimSuffix(w, "."))
	}
	// A trailing dot is optional: "Mr" and "Mr." alike.
	return strings.ReplaceAll(lexicon.AltOf(ws), `\.`, `\.?`) + `\.?`
}

// findPeople reads the people a passage names and their roles.
func (x *extraction) findPeople(p *Passage, a *annotation) {
	t := p.Text
	if !containsAnyOf(strings.ToLower(t), personHints) {
		return // no honorific and no role: no one to find
	}
	taken := []Span{}
	add := func(hon, name string, span Span) {
		for _, s := range taken {
			if span.Start < s.End && s.Start < span.End {
				return
			}
		}
		if x.notAPerson(name) {
			return
		}
		taken = append(taken, span)
		sent := containing(a.sentences, span.Start)
		per := Person{Name: name, Honorific: hon, Sentence: t[sent.Start:sent.End], Passage: p, Span: span}
		per.Role, per.RoleSpan = roleAfter(t, span.End, sent.End, prose.ObjectBeforeRE.MatchString(t[sent.Start:span.Start]))
		x.people = append(x.people, per)
	}
	for _, m := range rePersonHon.FindAllStringSubmatchIndex(t, -1) {
		// "Mr. Hiroshi Tanabe Chief Representative, JICA Indonesia
		// Office" under a signature line: the role's capitals, with no
		// comma before them, are not the name's.
		if r := reRoleInName.FindStringIndex(t[m[4]:m[5]]); r != nil && len(strings.Fields(t[m[4]:m[4]+r[0]])) >= 2 {
			m[5] = m[4] + r[0]
			m[1] = m[5]
		}
		add(strings.Join(strings.Fields(t[m[2]:m[3]]), " "), t[m[4]:m[5]], Span{Start: m[0], End: m[1]})
	}
	for _, m := range rePersonRole.FindAllStringSubmatchIndex(t, -1) {
		// "By Hiroshi Tanabe, Ambassador of Japan": a byline's "By", or a
		// sentence's first small word, is not the name's.
		if w := reFirstWord.FindString(t[m[2]:m[3]]); w != "" && titleLeadStop[strings.ToLower(w)] {
			m[2] += len(w)
			for m[2] < m[3] && (t[m[2]] == ' ' || t[m[2]] == '\t' || t[m[2]] == '\n') {
				m[2]++
			}
			if len(strings.Fields(t[m[2]:m[3]])) < 2 {
				continue
			}
		}
		add("", t[m[2]:m[3]], Span{Start: m[2], End: m[3]})
	}
	titled := append(rePersonPortfolio.FindAllStringSubmatchIndex(t, -1), rePersonTitled.FindAllStringSubmatchIndex(t, -1)...)
	for _, m := range titled {
		// "During Prime Minister Shinzo Abe's visit": the title starts
		// past a capitalised small word, and the name ends before 's.
		ts := m[2]
		for {
			w := reFirstWord.FindString(t[ts:m[3]])
			if w == "" || !titleLeadStop[strings.ToLower(w)] {
				break
			}
			ts += len(w) + 1
		}
		ne := m[4] + len(strings.TrimSuffix(strings.TrimSuffix(t[m[4]:m[5]], "'s"), "’s"))
		if ts >= m[3] {
			continue
		}
		n := len(x.people)
		add("", t[m[4]:ne], Span{Start: m[4], End: ne})
		if len(x.people) > n && x.people[n].Role == "" {
			x.people[n].Role, x.people[n].RoleSpan = t[ts:m[3]], Span{Start: ts, End: m[3]}
		}
	}
	// "Press Secretary: Mr. Hideo Takamura": a role as the label of the
	// line that names the person.
	for i := range x.people {
		per := &x.people[i]
		if per.Passage != p || per.Role != "" {
			continue
		}
		if m := reRoleLabel.FindStringSubmatchIndex(t[:per.Span.Start]); m != nil {
			per.Role, per.RoleSpan = t[m[2]:m[3]], Span{Start: m[2], End: m[3]}
		} else if m := reTitleBefore.FindStringSubmatchIndex(t[:per.Span.Start]); m != nil {
			// "Senior Vice-Minister for Foreign Affairs Mr. Taro
			// Kinoshita": the title before the honorific.
			per.Role, per.RoleSpan = t[m[2]:m[3]], Span{Start: m[2], End: m[3]}
		} else if m := reTitleIs.FindStringSubmatchIndex(t[:per.Span.Start]); m != nil {
			// "Director is Mr. Kenji Morioka", "The Executive Director
			// of the network is Dr. ...": the title as the subject the
			// name completes.
			per.Role, per.RoleSpan = t[m[2]:m[3]], Span{Start: m[2], End: m[3]}
		} else if m := reTitleApposed.FindStringSubmatchIndex(t[:per.Span.Start]); m != nil && strings.HasPrefix(t[per.Span.End:], ",") {
			// "The ISC's Executive Director, Mr Kenji Murase, is ...":
			// the name set off by commas after its title.
			per.Role, per.RoleSpan = t[m[2]:m[3]], Span{Start: m[2], End: m[3]}
		}
	}
}

// titleRe is a title with what it is of or for: "Senior Vice-Minister
// for Foreign Affairs", "Executive Director".
var titleRe = `(?:[A-Z][\p{L}]*[\s-]+){0,3}(?:` + lexicon.Alt("role heads") + `)(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\p{L}]*(?:\s+(?:and\s+)?[A-Z][\p{L}]*)*)?`

var (
	reFirstWord = regexp.MustCompile(`^[A-Z][a-z]*\b`)
	// titleLeadStop are the small words a sentence may open with before
	// a title: they are not part of it.
	titleLeadStop = lexicon.Set("title lead words")
	// reTitleBefore is a title right before a name's honorific, with
	// what it is of or for.
	reTitleBefore = regexp.MustCompile(`(?:^|\s)(` + titleRe + `)\s+$`)
	// reTitleApposed is a title before a comma that sets off the name
	// after it.
	reTitleApposed = regexp.MustCompile(`(?:^|\s)(` + titleRe + `),\s+$`)
	// reTitleIs is a title that opens its sentence, and the copula after
	// it, right before a name.
	reTitleIs = regexp.MustCompile(`(?:^|[.;:]\s+)(?:(?:The|Its|Their)\s+)?(` + titleRe + `)\s+(?:is|will\s+be)\s+$`)
	// reRoleLabel is a role labelling its line, right before the name,
	// with the field the post is for after a slash: "Chief Advisor /
	// Fisheries Resource Management: ".
	reRoleLabel = regexp.MustCompile(`(?:^|\s)((?:[A-Z][\p{L}-]*\s+){0,3}(?:` + lexicon.Alt("role heads") + `))(?:\s+/\s+[^:;./]{1,60})?:\s+$`)
)

// notAPerson rules out capitalised names that are places, countries or
// organisations: "Vientiane Capital, Director of ..." is not a person.
func (x *extraction) notAPerson(name string) bool {
	if len(x.geoMentions(name)) > 0 || len(x.orgMentions(name)) > 0 {
		return true
	}
	for _, w := range strings.Fields(name) {
		if orgHeads[strings.ToLower(w)] || roleHeadRe.MatchString(w) {
			return true
		}
	}
	return false
}

// roleAfter reads the role written after a name: an apposition (", Minister
// of Planning of Laos,") or "is the Project Director". The apposition runs
// on over commas while its parts stay a name ("Minister of Communication,
// Transport, Post and Construction of Laos").
func roleAfter(t string, at, end int, object bool) (string, Span) {
	if end <= at {
		return "", Span{}
	}
	rest := t[at:end]
	// "Mr Ken Abe, and Dr Lan Pham, a professor, was elected": an aside
	// that opens with another person, or joins another with "and",
	// leaves the role to that one; "Dr Lan Pham, a student of Mr Ken
	// Abe, was elected" keeps it. A name that is a preposition's object
	// ("a student of Mr Ken Abe") is no subject of "was elected".
	if m := reRoleIsThe.FindStringSubmatchIndex(rest); m != nil && !object && !reOtherOpensAside.MatchString(rest[:m[2]]) {
		return rest[m[2]:m[3]], Span{Start: at + m[2], End: at + m[3]}
	}
	if !strings.HasPrefix(rest, ", ") {
		return "", Span{}
	}
	s := 2
	for _, art := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(rest[s:], art) {
			s += len(art)
			break
		}
	}
	// Parts between commas; the first is the role's head, the others
	// continue it while they read as a title.
	parts := strings.Split(rest[s:], ",")
	// "Myanmar President Thein Sein, Aquino, Singaporean Prime Minister
	// Lee Hsien Loong and ...": a list of names, not a role, when the
	// first part has no role's head.
	// Nor is a relative clause ("who co-chaired the gathering as ASEAN
	// chair") a role, whatever head it holds.
	// Nor is a clause's verb ("was elected as Chairperson") an
	// apposition.
	if !roleHeadRe.MatchString(parts[0]) || reRelativeStart.MatchString(parts[0]) || reFiniteStart.MatchString(parts[0]) {
		return "", Span{}
	}
	role := ""
	for i, part := range parts {
		// ", and Undersecretary Maria Alcantara of the Department of
		// Finance": the next person of a list, by their title.
		if i > 0 && (!titleSegment(part) || rePersonHon.MatchString(part) || reAndNextTitle.MatchString(part)) {
			break
		}
		if j := strings.IndexAny(part, ";()"); j >= 0 {
			role += part[:j]
			break
		}
		if i > 0 {
			role += ","
		}
		role += part
	}
	role = strings.TrimRight(strings.TrimSpace(role), ",.;*_ ")
	if role == "" || !roleHeadRe.MatchString(role) || len(strings.Fields(role)) > 16 {
		return "", Span{}
	}
	return role, Span{Start: at + s, End: at + s + len(role)}
}

// reAndNextTitle opens a part of a list with "and" and a role's head:
// the next person's title, not more of this one's ("and Industry").
var reAndNextTitle = regexp.MustCompile(`^\s*and\s+(?:the\s+)?(?:` + lexicon.Alt("role heads") + `)\b`)

// reFiniteStart opens with a finite verb: a clause, not a title.
var reFiniteStart = regexp.MustCompile(`^\s*(?:` + lexicon.Alt("finite auxiliaries", "unrealised verb openers") + `)\b`)

// reOtherOpensAside is an aside that opens with the next one of a list:
// ", and the Lao delegate,", ", with Dr Vu Minh,".
var reOtherOpensAside = regexp.MustCompile(`^,\s+(?:(?:` + lexicon.Alt("aside list openers") + `)\s|(?:` + honorificAlt() + `)\s)`)

// reRelativeStart opens a relative clause.
var reRelativeStart = regexp.MustCompile(`^\s*(?:` + lexicon.Alt("relative pronouns") + `)\b`)

// titleSegment tells a part of a title ("Transport", "Post and
// Construction of Laos") from a clause ("told the Board that ...").
func titleSegment(seg string) bool {
	seg = strings.TrimSpace(seg)
	if seg == "" {
		return false
	}
	for _, w := range strings.Fields(seg) {
		if nameConnector[strings.ToLower(w)] {
			continue
		}
		r := []rune(w)[0]
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
