package qa

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights for answers about people.
const (
	// personBonus ranks a named person above an organisation in the same
	// sentence: "who chaired" asks for a person when the document names one.
	personBonus = 0.3
	// roleWordBonus is for a person whose role or verb holds the
	// question's own words ("chair", "manager", "signed").
	roleWordBonus = 0.25
	// roleAnswerCoverage is how sure a role answer is when the question
	// names the person outright: the name alone picks the fact.
	roleAnswerCoverage = 0.9
	// representsCoverage is how sure "who represented Thailand" is
	// answered by a person whose role is Thailand's, whatever else the
	// sentence says.
	representsCoverage = 0.8
	// roleAnswerBonus puts the role of a person the question names above
	// any organisation in the person's sentence: "who is X" asks for X's
	// role, not for X's employer.
	roleAnswerBonus = 1.0
	// roleBefore and roleAfter are how many bytes before and after a
	// person's name their role may stand: "the Chair, Ms. X" and "Ms. X,
	// Chief Adviser of the JICA Laos Office".
	roleBefore = 40
	roleAfter  = 60
	// shortWord is the longest word too short to match by its stem or its
	// plural: "act" would match "action", "acts" and "actor".
	shortWord = 3
)

var (
	// reRoleOf is a role that says what it is of: "Minister of Finance",
	// "Ambassador of Japan to ASEAN".
	reRoleOf     = regexp.MustCompile(`(?i)\s(?:of|for|to|at)\s`)
	reOfBefore   = regexp.MustCompile(`\bof\s+(?:the\s+)?$`)
	reNameGoesOn = regexp.MustCompile(`^\s+[A-Z]`)
)

// speaksForBonus ranks the person whose role is the party a question asks
// who spoke or signed for above the other people of the sentence.
const speaksForBonus = 0.2

// reRepresentsAs is a question's "represents X as", before the role X
// holds.
var reRepresentsAs = regexp.MustCompile(`\brepresent(?:s|ed|ing)?\s+(?:the\s+)?\S+(?:\s+\S+)?\s+as\b`)

// reForCountry asks who acts for a country.
var reForCountry = regexp.MustCompile(`\b(?:represent|represents|represented|representing|for|on behalf of|signed for|spoke for)\b`)

// speaksForAsked reports whether the question asks who speaks for a
// country it names: "who represented Thailand", "who signed for Viet
// Nam", not "who asked Japan for a college".
func (md *Model) speaksForAsked(aq *asked) bool {
	// "Who opened the forum from the Vietnamese side", "which Japanese
	// official": a country's side or official is one who speaks for it.
	// Not "who thanked the Japanese side": the side as the object.
	for _, c := range md.src.CountriesAnyCase(aq.q) {
		if c.Span.End <= len(aq.q) && slices.Contains(aq.ent.countries, c.Name) && reSideAfter.MatchString(aq.q[c.Span.End:]) && reSideLead.MatchString(aq.q[:c.Span.Start]) {
			return true
		}
	}
	for _, m := range reSpeaksFor.FindAllStringIndex(aq.q, -1) {
		rest := strings.TrimPrefix(strings.TrimLeft(aq.q[m[1]:], " "), "the ")
		for _, c := range md.src.CountriesAnyCase(rest) {
			if c.Span.Start == 0 && slices.Contains(aq.ent.countries, c.Name) {
				return true
			}
		}
	}
	return false
}

// headOfAsked reports whether role is at the head of the body a "who
// heads it" question asks about, named or referred to by its head noun.
func headOfAsked(aq *asked, role string) bool {
	if role == "" || !reHeadsAsked.MatchString(aq.q) || !reLeadingRole.MatchString(role) {
		return false
	}
	return refersToAskedBody(aq, role) || slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(role, o) })
}

// leadingRoleIn reports whether sentence s gives a role at the head of
// the body a "who heads it" question asks about.
func leadingRoleIn(aq *asked, s string) bool {
	for _, m := range reLeadingRoleIn.FindAllStringIndex(s, -1) {
		if headOfAsked(aq, s[m[0]:]) {
			return true
		}
	}
	return false
}

var (
	// reLeadingRoleIn is a role at a body's head anywhere in a sentence.
	reLeadingRoleIn = regexp.MustCompile(`\b(?:` + lexicon.Alt("leading role heads") + `)\b`)
	// reHeadsAsked asks who is at the head of a body: "who heads AMISC",
	// "who leads the Centre".
	reHeadsAsked = regexp.MustCompile(`\bwho\s+(?:` + lexicon.Alt("heading verbs asked") + `)\b`)
	// reLeadingRole is a role at a body's head: "Executive Director of
	// the Centre", "Chair of the Board".
	reLeadingRole = regexp.MustCompile(`(?i)^(?:(?:first|new|acting)\s+)?(?:` + lexicon.Alt("leading role heads") + `)\b`)
)

// reSideLead is what stands before a country's side a person is asked
// as being of: "from the", "for the", "which".
var reSideLead = regexp.MustCompile(`\b(?:from|for|on|of|representing|which)\s+(?:the\s+)?$`)

// reSideAfter is a side or a person of it after a country's name: "the
// Vietnamese side", "Japanese official".
var reSideAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("country side nouns") + `|(?i:` + lexicon.Alt("role heads") + `))s?\b`)

// reSpeaksFor is reForCountry's words before a country a person is asked
// as being of, and "who from": "who represented Thailand", "who from
// Viet Nam attended", not "who accepted the grant from Japan".
var reSpeaksFor = regexp.MustCompile(`\b(?:represent|represents|represented|representing|for|on behalf of|signed for|spoke for)\b|\bwho\s+from\b`)

var reRoleWord = regexp.MustCompile(`\b(job|role|position|title|post|hold|holds|held|who\s+is|who's|whos)\b`)

var reRoleAsked = regexp.MustCompile(`\b(who\s+is|who's|whos|who\s+was|what\s+is|whats|what's|what\s+was)\b|\b(job|role|position|title|post)\b`)

// reAskedRole is a role a question names with its modifiers and object:
// "deputy executive director", "minister of finance".
var reAskedRole = regexp.MustCompile(`(?i)\b(?:(?:` + lexicon.Alt("role modifiers") + `)\s+)*(?:` + strings.ReplaceAll(lexicon.Alt("role heads"), "-", `[-\s]`) + `)\b(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)?`)

// reGroupAfter is a noun of a group right after a role's head.
var reGroupAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("groups of people") + `)\b`)

// personNamed is the person whose name the question holds, last name at
// least, with a role when the documents give one.
func (md *Model) personNamed(q string) *corpus.Person {
	var best *corpus.Person
	bestWords := 0
	for i := range md.facts.People {
		per := &md.facts.People[i]
		words := strings.Fields(strings.ToLower(per.Name))
		n := 0
		for _, w := range words {
			if containsWord(q, w) {
				n++
			}
		}
		if n == 0 || n < len(words) && !containsWord(q, words[len(words)-1]) {
			continue
		}
		// "Who set out the Fukuda Doctrine" names a doctrine, not Fukuda:
		// a last name the person's passage also writes as the first word
		// of a name of something else names that thing.
		if n < len(words) && namesAThing(q, words[len(words)-1], per.Passage) {
			continue
		}
		if n > bestWords || n == bestWords && best != nil && best.Role == "" && per.Role != "" {
			best, bestWords = per, n
		}
	}
	return best
}

// namesAThing reports whether the question writes the last name right
// before a word with which the person's passage p writes it, capitalised,
// as a name of its own: "fukuda doctrine" when p says "the Fukuda
// Doctrine". It runs only for a question that names a person by last
// name alone.
func namesAThing(q, last string, p *corpus.Passage) bool {
	if p == nil {
		return false
	}
	fs := strings.Fields(q)
	for i, f := range fs[:max(0, len(fs)-1)] {
		w := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(f, "?.,!"), "'s"), "’s")
		if w != last {
			continue
		}
		next := strings.Trim(fs[i+1], "?.,!")
		if next == "" {
			continue
		}
		re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(last) + `\s+` + regexp.QuoteMeta(next) + `\b`)
		for _, m := range re.FindAllString(p.Text, -1) {
			w := strings.Fields(m)[1]
			if unicode.IsUpper([]rune(w)[0]) {
				return true
			}
		}
	}
	return false
}

// reWithPerson is a who-question about someone who acted with another:
// "who co-chaired it with Koizumi", "... w koizumi".
// "Who did Kinoshita meet" asks for the one Kinoshita met: a person
// named as the subject of "did" is not the answer either.
var reWithPerson = regexp.MustCompile(`^\s*who\b.*\b(?:with|w|alongside)\s+\S|^\s*who(?:m)?\s+(?:did|does|do|will|would|has|had)\s+\S`)

// answerRole answers "who is X" with X's role.
// reBeforePersonAsked asks who held a post before a person: "who ran
// rtatc before wijaya". Its group is what follows "before".
var reBeforePersonAsked = regexp.MustCompile(`^\s*who\b.*\bbefore\s+(.+?)\s*\??$`)

// reSucceeding is a word by which a sentence says whom its person
// followed in a post: "succeeding Mr. Bambang Sutrisno".
var reSucceeding = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("succession cues") + `)\s+$`)

// answerPredecessor answers "who ran RTATC before Wijaya" with the one the
// sentence naming Wijaya says he succeeded: "Dr. Hendra Wijaya ... was
// appointed Director of RTATC on 1 October 2008, succeeding Mr. Bambang
// Sutrisno".
func (md *Model) answerPredecessor(aq *asked, consider offerFunc) {
	m := reBeforePersonAsked.FindStringSubmatch(aq.q)
	if m == nil {
		return
	}
	after := md.personNamed(m[1])
	if after == nil {
		return
	}
	for i := range md.facts.People {
		per := &md.facts.People[i]
		if per.Passage != after.Passage || per.Sentence != after.Sentence || per.Span.Start <= after.Span.End {
			continue
		}
		if !reSucceeding.MatchString(per.Passage.Text[after.Span.End:per.Span.Start]) {
			continue
		}
		rec := md.sentenceOf(per.Passage, per.Span)
		if rec == nil {
			continue
		}
		// The post's words ("ran", "led") are said by the succession.
		cov := md.covHolding(aq, rec, func(t qterm) bool { return t.word == "before" || successionPostWords[t.word] })
		consider(answerFrom(rec, per.Titled(), per.Display(), per.Span), cov, roleAnswerBonus)
		return
	}
}

// successionPostWords are the verbs of holding a post a question about a
// predecessor asks by: "who ran it before", "who led it before".
var successionPostWords = lexicon.Set("post holding verbs asked")

func (md *Model) answerRole(aq *asked, consider offerFunc) {
	if !reRoleAsked.MatchString(aq.q) {
		return
	}
	per := md.personNamed(aq.q)
	if per == nil {
		return
	}
	if per.Role == "" {
		if reRoleWord.MatchString(aq.q) {
			// "What is Adelina Kusuma's role?" when the documents name her
			// but give none: say so rather than quote her passage.
			aq.refuse = true
			aq.note = "They name " + per.Titled() + " but do not give a role: “" + prose.Clip(per.Sentence, quoteRunes) + "”"
		}
		return
	}
	rec := md.sentenceOf(per.Passage, per.Span)
	if rec == nil {
		return
	}
	// "What role does Dr. Lim have in the fish survey": a role in
	// something his passage does not speak of is not given.
	name := strings.ToLower(per.Name + " " + per.Titled())
	var rest []qterm
	for _, t := range aq.terms {
		if !strings.Contains(name, t.word) && !reRoleWord.MatchString(t.word) {
			rest = append(rest, t)
		}
	}
	if len(rest) > 0 && coverageOfSet(rest, md.ctxTerms[rec.p]) < minCoverage {
		aq.refuse = true
		return
	}
	// Nor a role in another body than the one asked: "what position does
	// Dr. X hold at JICA" of the "Deputy Director General of the Lao
	// Statistics Bureau", a role that names an organisation of its own.
	if len(aq.ent.orgs) > 0 && len(md.src.OrgMentions(per.Role)) > 0 && !slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(per.Role, o) }) {
		aq.refuse = true
		aq.note = "They name " + per.Titled() + " as " + per.Role + ": “" + prose.Clip(per.Sentence, quoteRunes) + "”"
		return
	}
	// Nor a role in a body his passage does not name: "Tanabe's role in
	// the AFSLN" when his passage speaks only of the review committee.
	for _, key := range aq.ent.orgKeys {
		if !md.ctxOrgs[rec.p][key] {
			aq.refuse = true
			return
		}
	}
	consider(answerFrom(rec, per.Role, per.Display(), per.RoleSpan), roleAnswerCoverage, roleAnswerBonus)
}

// roleWordIn reports whether text holds the role head as words of their
// own, or as a verb ("chaired"), not inside a plural ("ministers").
func roleWordIn(text, head string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], head)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(head)
		rest := text[end:]
		before := at == 0 || !isWordByte(text[at-1])
		// "chaired", "chairing", "chairmanship": the role's verb
		// and nouns say it too.
		after := rest == "" || !isWordByte(rest[0]) || slices.ContainsFunc(roleWordEndings, func(e string) bool {
			return strings.HasPrefix(rest, e) && (len(rest) == len(e) || !isWordByte(rest[len(e)]))
		})
		if before && after {
			return true
		}
		i = end
	}
}

// roleWordEndings are what may follow a role's head in a word that still
// says the role.
var roleWordEndings = []string{"ed", "ing", "manship", "ship", "person", "man", "woman"}

func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

// answerPerson offers each person the documents name as the answer to a
// who-question, ranked by how well their sentence and role cover it.
func (md *Model) answerPerson(aq *asked, consider offerFunc) {
	// The question names the person: it asks something else of them,
	// unless it names them as the one with whom someone else acted ("who
	// co-chaired the summit with Koizumi"), who is then not the answer.
	other := md.personNamed(aq.q)
	if other != nil && !reWithPerson.MatchString(aq.q) {
		return
	}
	// A role the question names ("who is the secretary") must be the
	// person's: the committee's chair is not its secretary.
	var askedRoles []string
	// "Who represents Cambodia as MREN chair": the role after "as" is
	// the country's, which the person speaks for, not the person's own.
	asFrom := len(aq.q)
	if m := reRepresentsAs.FindStringIndex(aq.q); m != nil {
		asFrom = m[1]
	}
	for _, m := range reAskedRole.FindAllStringIndex(aq.q, -1) {
		// "The expert team" is a team: the role's head only describes it.
		if !reGroupAfter.MatchString(aq.q[m[1]:]) && m[0] < asFrom {
			askedRoles = append(askedRoles, aq.q[m[0]:m[1]])
		}
	}
	if other != nil {
		// "Who did Senior Vice-Minister Kinoshita meet": the role named
		// is the named person's, not the one asked for.
		askedRoles = nil
	}
	speaksFor := md.speaksForAsked(aq)
	asked := md.sideAsked(aq)
	for i := range md.facts.People {
		per := &md.facts.People[i]
		if other != nil && per.Name == other.Name {
			continue
		}
		rec := md.sentenceOf(per.Passage, per.Span)
		if rec == nil || !md.entityFit(aq.ent, rec) {
			continue
		}
		// A byline says who wrote the piece and nothing else: its
		// author did not ask, sign or attend what the piece tells of.
		if per.Span.Start <= len(per.Passage.Text) && reBylineBefore.MatchString(per.Passage.Text[:per.Span.Start]) && !reWroteAsked.MatchString(aq.q) {
			continue
		}
		// "Who is the minister of finance of Viet Nam" is not answered by
		// Indonesia's: a role that names its country must name the asked one.
		// Only for a role asked: "who asked Japan for a college" is
		// answered by Thailand's minister.
		if len(aq.ent.countries) > 0 && per.Role != "" && (len(askedRoles) > 0 || speaksFor) {
			roleCountries := md.src.Countries(per.Role)
			fits := len(roleCountries) == 0
			for _, m := range roleCountries {
				fits = fits || slices.Contains(aq.ent.countries, m.Name)
			}
			// "Chief Representative of the JICA Viet Nam Office, for the
			// Japanese side": the side the sentence gives is the one the
			// person speaks for, whatever country their office is in.
			if own := md.sideWritten(rec, per); len(own.countries) > 0 {
				fits = slices.ContainsFunc(own.countries, func(c string) bool { return slices.Contains(aq.ent.countries, c) })
			}
			if !fits {
				continue
			}
		}
		if len(askedRoles) > 0 {
			lo := max(0, per.Span.Start-rec.span.Start-roleBefore)
			hi := min(len(rec.text), per.Span.End-rec.span.Start+roleAfter)
			// "with Ms. Y, Director, ..., as vice-chair": the post the
			// absolute phrase gives, past the person's own title.
			withRole := dehyphen(strings.ToLower(asRoleWith(rec.text, per.Span.Start-rec.span.Start, per.Span.End-rec.span.Start)))
			around := dehyphen(noThe(strings.ToLower(per.Role + " " + rec.text[lo:hi] + " " + asRoleAfter(rec.text, per.Span.End-rec.span.Start) + " " + withRole)))
			ctx := noThe(strings.ToLower(md.ctxText[rec.p]))
			ok := true
			for _, r := range askedRoles {
				// The role itself next to the name; what it is of ("of
				// MHRI") anywhere in the passage.
				// A person with a role written out holds the office that role
				// names, not another one the passage mentions: the Vice
				// Minister of Foreign Affairs is not the minister of finance.
				head, of, _ := strings.Cut(dehyphen(noThe(strings.ToLower(r))), " of ")
				where := ctx
				// A bare title ("The ISC's Executive Director, Mr X") is
				// of what its passage speaks of.
				// "Executive Director of the Centre" in a passage about
				// the asked Centre is of the asked body.
				// Not when the role asked is not the one written out but
				// stands before the name: "a rotating ASEAN co-chair, at
				// present Ms. X, Undersecretary of the Department of
				// Transportation" is the co-chair of what the passage
				// speaks of.
				roleHasHead := strings.Contains(dehyphen(noThe(strings.ToLower(per.Role))), head)
				// "whose Vietnamese director is Dr. X, Deputy Director of the
				// Provincial Health Service": the role the sentence says
				// the person is, of what the passage speaks of, whatever
				// rank and body their own title has.
				said := roleSaidBefore(rec.text, per.Span.Start-rec.span.Start, head)
				if per.Role != "" && roleHasHead && !said && reRoleOf.MatchString(per.Role) && !refersToAskedBody(aq, per.Role) {
					where = noThe(strings.ToLower(per.Role))
				}
				// Next to the name, the role is a word of its own: "The
				// Ministers welcomed ... Dr. X, Director" does not make Dr. X
				// a minister.
				ok = ok && (roleHasHead || said || roleWordIn(around, head)) && (of == "" || strings.Contains(where, of) || md.headedByAsked(aq, rec.p, of, per.Role))
				ok = ok && (per.Role == "" || said || sameRank(per.Role, head))
			}
			if !ok {
				continue
			}
		}
		cov := md.cov(aq, rec)
		speaksFor := false
		// "Who signed for Japan", "on the Lao side", "on behalf of CTW":
		// of the sentence's people, the one who acts for that party, and
		// never one who acts for another.
		if asked.named() && !md.partyNamedApart(asked, rec) {
			switch md.sideFits(asked, rec, per) {
			case sideOther:
				continue
			case sideSame:
				cov = max(cov, representsCoverage)
				speaksFor = true
			}
		}
		// "Who represented Thailand", "who signed for Viet Nam": the
		// person whose role is the country's speaks for it.
		if reForCountry.MatchString(aq.q) && len(aq.ent.countries) > 0 && per.Role != "" {
			if of := md.roleCountry(per.Role); of != "" && slices.Contains(aq.ent.countries, of) {
				cov = max(cov, representsCoverage)
				speaksFor = true
			}
		}
		// "Who signed for JICA": the person whose role is in JICA speaks
		// for it, and a body is not who signs.
		if reForCountry.MatchString(aq.q) && len(aq.ent.orgs) > 0 && per.Role != "" && slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(per.Role, o) }) {
			cov = max(cov, fullCoverage)
			speaksFor = true
		}
		// "Who heads AMISC" of "Mr. X ... serves as the first Executive
		// Director of the Centre": the body's head by the role, though the
		// sentence has no word of heading.
		if headOfAsked(aq, per.Role) {
			cov = max(cov, representsCoverage)
		}
		if cov < minCoverage {
			continue
		}
		bonus := personBonus + aq.nearness(rec, per.Span)
		// Of two signatories, the one whose role is the asked party's.
		if speaksFor {
			bonus += speaksForBonus
		}
		// The words after the name speak of the person up to an "and"
		// that names the next one ("Dominguez III and JICA Chief
		// Representative Yoshio Kanda").
		after := rec.text[min(len(rec.text), max(0, per.Span.End-rec.span.Start)):min(len(rec.text), per.Span.End-rec.span.Start+roleAfter)]
		if i := strings.Index(after, " and "); i >= 0 {
			after = after[:i]
		}
		// "Dr Lan Pham, a student of Mr Ken Abe, was elected": what
		// follows a preposition's object is its clause's subject's.
		if at := per.Span.Start - rec.span.Start; at >= 0 && at <= len(rec.text) && prose.ObjectBeforeRE.MatchString(rec.text[:at]) {
			after = ""
		}
		around := strings.ToLower(per.Role + " " + after)
		for _, t := range aq.terms {
			// "Who asked Japan for a vehicle": Japan is asked, so a
			// person of Japan's embassy is not the more likely asker.
			if md.countryTerms(aq)[t.stem] != "" && objectOfWhoVerb(aq, t.word) {
				continue
			}
			if len(t.word) > shortWord && strings.Contains(around, t.word[:len(t.word)-1]) {
				bonus += roleWordBonus
				break
			}
		}
		// The name as the document writes it, honorific and all: "Dr. Keiko
		// Morimoto" is how a reader would quote her.
		named := per
		if full := md.fullNameOf(per); full != nil {
			named = full
		}
		span, line := named.Titled(), named.Display()
		// "chaired by Undersecretary Ramon C. Villanueva": a one-word
		// title written before the name stands as an honorific does.
		if t := titleBefore(per); t != "" && named.Honorific == "" {
			span, line = t+" "+span, t+" "+span
		}
		consider(answerFrom(rec, span, line, per.Span), cov, bonus)
	}
}

// reRoleIsBefore ends with a role and "is" right before a name: "whose
// Vietnamese director is ".
var reRoleIsBefore = regexp.MustCompile(`(?i)\b((?:\p{L}+\s+){0,2}\p{L}+)\s+(?:is|was)\s+$`)

// roleSaidBefore reports whether the words right before byte at of s say
// the name there holds role head: "director is" before "Dr. X".
func roleSaidBefore(s string, at int, head string) bool {
	if at < 0 || at > len(s) {
		return false
	}
	m := reRoleIsBefore.FindStringSubmatch(s[:at])
	return m != nil && head != "" && hasPhrase(strings.ToLower(m[1]), head) && strings.HasSuffix(strings.ToLower(m[1]), head)
}

// titleBefore is the person's role when it is one word written right
// before their name ("Secretary Estrella R. Dizon"), or "".
func titleBefore(per *corpus.Person) string {
	if per.Role == "" || strings.ContainsAny(per.Role, " -") || per.Span.Start > len(per.Passage.Text) {
		return ""
	}
	if strings.HasSuffix(per.Passage.Text[:per.Span.Start], " "+per.Role+" ") {
		return per.Role
	}
	return ""
}

// reAsRole is the post a sentence's subject is given by "as": "has been
// seconded to the ASEAN Secretariat as Pharmacovigilance Adviser".
var reAsRole = regexp.MustCompile(`^[^;:()]*?\b(?:` + lexicon.Alt("posting verbs") + `)\b[^;:()]*?\bas\s+(?:(?:the|its|a|an)\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*)`)

// asRoleWith is the post an absolute phrase gives the person at start to
// end of text: "with Ms. Analyn Dizon-Pascual, Director, Bureau of the
// Treasury, as vice-chair" makes her vice-chair, whatever her own title.
func asRoleWith(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end || !reWithBefore.MatchString(text[:start]) {
		return ""
	}
	if m := reAsRoleClosing.FindStringSubmatch(text[end:]); m != nil {
		return m[1]
	}
	return ""
}

var (
	// reWithBefore ends in "with", which opens an absolute phrase.
	reWithBefore = regexp.MustCompile(`\bwith\s+$`)
	// reAsRoleClosing is the post "as" gives at the end of the phrase,
	// past the person's own title: ", Director, ..., as vice-chair.".
	reAsRoleClosing = regexp.MustCompile(`^(?:,[^;:()]*?)?,?\s+as\s+(?:(?:the|its)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)\s*(?:[,.;]|$)`)
)

// asRoleAfter is the post the words after a person's name, from at, give
// them with "as" after a verb of posting, or "".
func asRoleAfter(text string, at int) string {
	if at < 0 || at > len(text) {
		return ""
	}
	if m := reAsRole.FindStringSubmatch(text[at:]); m != nil {
		return m[1]
	}
	return ""
}

// headedByAsked reports whether "of" names a body the question asks of
// and the headings p stands under name (their sub-heading, or the one an
// aspect's sub-heading goes on from): "Dr. X is Executive Director" under
// "(3) Management" after "(1) ASEAN-Japan Cold Chain Logistics Institute
// (AJCLI)". A role that names its own body ("Director of the Thai FDA")
// is of that body.
func (md *Model) headedByAsked(aq *asked, p *corpus.Passage, of, role string) bool {
	if reRoleOf.MatchString(role) {
		return false
	}
	for i, o := range aq.ent.orgs {
		key := orgKey(o)
		if i < len(aq.ent.orgKeys) {
			key = aq.ent.orgKeys[i]
		}
		if namesOrg(of, o) && md.ctxOrgs[p][key] {
			return true
		}
	}
	return false
}

// fullNameOf is the one person of per's document whose fuller name ends
// in per's one-word name ("Ms. Yuko Arai" for "Ms. Arai"), or nil: the
// answer names her as the document first did.
func (md *Model) fullNameOf(per *corpus.Person) *corpus.Person {
	if strings.Contains(per.Name, " ") || per.Passage == nil {
		return nil
	}
	var found *corpus.Person
	for i := range md.facts.People {
		o := &md.facts.People[i]
		if o.Passage == nil || o.Passage.Doc != per.Passage.Doc || !strings.HasSuffix(o.Name, " "+per.Name) {
			continue
		}
		// "Dr. Tanaka" is not "Mr. Kenji Tanaka".
		if per.Honorific != "" && o.Honorific != "" && per.Honorific != o.Honorific {
			continue
		}
		if found != nil && found.Name != o.Name {
			return nil // two of that name: which one is not said
		}
		if found == nil || found.Role == "" && o.Role != "" {
			found = o
		}
	}
	return found
}

// containsWord tells whether q holds w as a whole word.
func containsWord(q, w string) bool {
	for _, f := range strings.FieldsFunc(q, func(r rune) bool { return !prose.IsWordRune(r) && r != '\'' && r != '’' }) {
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		if f == w || f == w+"s" && len(w) > shortWord { // "morimotos position"
			return true
		}
	}
	return false
}

// noThe drops the article, so "governor of pwa" matches "Governor of the
// PWA".
func noThe(s string) string {
	return strings.ReplaceAll(" "+s, " the ", " ")[1:]
}

// rankModifiers make another office of the role they stand before.
var rankModifiers = lexicon.Set("role rank modifiers")

// sameRank reports whether role holds the asked role head at its own rank,
// or does not hold it at all:
// "Deputy Secretary-General of ASEAN" holds the secretary-general's office
// only if the question asks for a deputy too.
func sameRank(role, head string) bool {
	r, h := " "+dehyphen(strings.ToLower(role))+" ", " "+dehyphen(strings.ToLower(head))+" "
	found := false
	for off := 0; ; {
		i := strings.Index(r[off:], h)
		if i < 0 {
			// A role that does not hold the head at all is judged by the
			// words around the name ("General Manager of NPNL, is the
			// Project Director").
			return !found
		}
		found = true
		i += off
		before := strings.Fields(r[:i+1])
		if len(before) == 0 || !rankModifiers[before[len(before)-1]] {
			return true
		}
		off = i + 1
	}
}

// dehyphen writes "Secretary-General" as a question may type it,
// "secretary general", with single spaces.
func dehyphen(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "-", " ")), " ")
}

// bareTitleIn reports whether sentence s names a person by a title that
// does not say what it is of ("The ISC's Executive Director, Mr X"): the
// title is then of what the passage speaks of.
func (md *Model) bareTitleIn(s string) bool {
	for i := range md.facts.People {
		per := &md.facts.People[i]
		if per.Sentence == s && per.Role != "" && !reRoleOf.MatchString(per.Role) {
			return true
		}
	}
	return false
}

// objectOfWhoVerb reports whether word stands right after the verb a
// who-question asks, as its object: "japan" in "who asked japan for it",
// not in "who attended from japan".
func objectOfWhoVerb(aq *asked, word string) bool {
	v, ok := whoVerb(aq)
	if !ok {
		return false
	}
	ws := strings.Fields(aq.q)
	for i := 0; i+1 < len(ws); i++ {
		if strings.Trim(ws[i], "?,.!") != v.word {
			continue
		}
		next := i + 1
		if ws[next] == "the" && next+1 < len(ws) {
			next++
		}
		return strings.Trim(ws[next], "?,.!") == word
	}
	return false
}

// partySide is a party a person acts for: a country or a body.
type partySide struct {
	countries []string
	orgs      []*corpus.Org
}

func (ps partySide) named() bool { return len(ps.countries) > 0 || len(ps.orgs) > 0 }

// sideAsked is the party a question asks who acted for: the country
// after "for", "representing" or before "side" ("who signed for Japan",
// "on the Lao side"), or the body so written ("on behalf of CTW", "on
// HMP's side").
func (md *Model) sideAsked(aq *asked) partySide {
	var ps partySide
	// "Who runs the centre on the Thai side" asks of a body as well as a
	// person; only an act done for a party is one a person does for it.
	if !reActsForAsked.MatchString(aq.q) {
		return ps
	}
	if md.speaksForAsked(aq) {
		ps.countries = aq.ent.countries
	}
	for _, m := range reOrgSideAsked.FindAllStringSubmatch(aq.q, -1) {
		for _, o := range aq.ent.orgs {
			if namesOrg(m[1]+m[2], o) {
				ps.orgs = append(ps.orgs, o)
			}
		}
	}
	return ps
}

// reActsForAsked is an act a person does for a party: "signed",
// "represented", "on behalf of".
var reActsForAsked = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("acts done for a party") + `)\b`)

// reOrgSideAsked is a party a question asks who acted for, when it is
// written as one: "for HMP", "on behalf of the CTW", "on HMP's side".
var reOrgSideAsked = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("acting for phrases") + `)\s+(?:the\s+)?([\p{L}\d-]+)\s*(?:\?|$)|\bon\s+(?:the\s+)?([\p{L}\d-]+)(?:'s|’s)?\s+side\b`)

// partyNamedApart reports whether rec writes "for" the asked country
// before any person it names, as what the act is for: "The Exchange of
// Notes for Cambodia was signed ... by Mr. A, Ambassador of Japan to
// Cambodia" answers "who signed the exchange of notes for Cambodia" with
// Mr. A, whose side is Japan's.
func (md *Model) partyNamedApart(asked partySide, rec *sentenceRec) bool {
	first := len(rec.text)
	for i := range md.facts.People {
		p := &md.facts.People[i]
		if p.Passage == rec.p && p.Span.Start >= rec.span.Start && p.Span.End <= rec.span.End {
			first = min(first, p.Span.Start-rec.span.Start)
		}
	}
	for _, m := range reActsFor.FindAllStringSubmatchIndex(rec.text[:first], -1) {
		for _, c := range md.src.Countries(rec.text[m[2]:first]) {
			if c.Span.Start == 0 && slices.Contains(asked.countries, c.Name) {
				return true
			}
		}
	}
	return false
}

// Whether a person acts for the party a question asks of.
const (
	sideUnknown = iota
	sideSame
	sideOther
)

// sideFits says whether per, in rec, acts for the asked party, for
// another one, or whether the sentence does not say.
func (md *Model) sideFits(asked partySide, rec *sentenceRec, per *corpus.Person) int {
	own := md.personSide(rec, per)
	switch {
	case !comparable(asked, own) && len(asked.countries) > 0:
		// "Chief Representative of the JICA Philippines Office" signs
		// for the country the agency's name holds (the Japan
		// International Cooperation Agency), not the Philippine side.
		return md.orgCountrySide(asked, own)
	case !comparable(asked, own):
		return sideUnknown
	case sideMatches(asked, own):
		return sideSame
	}
	return sideOther
}

// orgCountrySide tells a person's side from the countries the names of
// the bodies they act for hold, when those names hold any.
func (md *Model) orgCountrySide(asked, own partySide) int {
	var of []string
	for _, o := range own.orgs {
		// "JICA Philippines Office" is an office of JICA in the country
		// it names: the body it opens with says whose it is.
		first, _, _ := strings.Cut(o.Name, " ")
		if slices.ContainsFunc(own.orgs, func(p *corpus.Org) bool { return p != o && p.Acronym != "" && p.Acronym == first }) {
			continue
		}
		for _, c := range md.src.CountriesAnyCase(o.Name) {
			of = append(of, c.Name)
		}
	}
	switch {
	case len(of) == 0:
		return sideUnknown
	case slices.ContainsFunc(of, func(c string) bool { return slices.Contains(asked.countries, c) }):
		return sideSame
	}
	return sideOther
}

// comparable says whether a person's party can be told from the asked
// one: a country from a country, a body from a body. The body a role
// names ("Chief Representative of JICA") is of no country the sentence
// says.
func comparable(asked, own partySide) bool {
	return len(asked.countries) > 0 && len(own.countries) > 0 || len(asked.orgs) > 0 && len(own.orgs) > 0
}

// sideMatches says whether a person's party is the asked one.
func sideMatches(asked, own partySide) bool {
	for _, c := range own.countries {
		if slices.Contains(asked.countries, c) {
			return true
		}
	}
	for _, o := range own.orgs {
		if slices.Contains(asked.orgs, o) {
			return true
		}
	}
	return false
}

// personSide is the party per acts for in rec: the one a phrase after
// their name and role gives ("Mr. A, Chief Representative of the JICA
// Viet Nam Office, for the Japanese side"; "Ms. B for HMP"), else the
// country their role is of ("Vice Minister of Foreign Affairs of Laos";
// "Ambassador of Japan to Laos" is Japan's, and "the JICA Viet Nam
// Office" is no country's), else the bodies their role names.
func (md *Model) personSide(rec *sentenceRec, per *corpus.Person) partySide {
	ps := md.sideWritten(rec, per)
	if ps.named() || per.Role == "" {
		return ps
	}
	if of := md.roleCountry(per.Role); of != "" {
		ps.countries = []string{of}
	}
	// "Chief Representative of the JICA Laos Office" is JICA's: the
	// bodies the role names, and those whose short form is a word of it.
	for _, m := range md.src.OrgMentions(per.Role) {
		if o := md.src.OrgByKey(m.Key); o != nil {
			ps.orgs = append(ps.orgs, o)
		}
	}
	for _, o := range md.src.OrgsByAcronym(per.Role) {
		if !slices.Contains(ps.orgs, o) {
			ps.orgs = append(ps.orgs, o)
		}
	}
	return ps
}

// roleCountry is the country a role is of ("Minister of Planning of
// Laos"; "Ambassador of Japan to the Lao PDR" is Japan's), not one inside
// an office's name ("the JICA Laos Office"), or "".
func (md *Model) roleCountry(role string) string {
	of := ""
	for _, m := range md.src.Countries(role) {
		if reOfBefore.MatchString(role[:m.Span.Start]) && !reNameGoesOn.MatchString(role[m.Span.End:]) {
			of = m.Name
		}
	}
	return of
}

// sideWritten is the party a phrase after per's name and role in rec
// says they act for: "for the Japanese side", "for HMP".
func (md *Model) sideWritten(rec *sentenceRec, per *corpus.Person) partySide {
	var ps partySide
	at := per.Span.End - rec.span.Start
	if at >= 0 && at <= len(rec.text) {
		tail := rec.text[at:]
		if m := reNextParty.FindStringIndex(tail); m != nil {
			tail = tail[:m[0]]
		}
		// "Mr. A, Country Director for Laos": a "for" inside the role is
		// the role's; the party's stands after a comma or the name.
		for _, m := range reActsFor.FindAllStringSubmatchIndex(tail, -1) {
			if !reSideOpens.MatchString(tail[:m[0]]) {
				continue
			}
			party := tail[m[2]:m[3]]
			for _, c := range md.src.Countries(party) {
				if c.Span.Start == 0 && !c.IsGroup && reSideEnd.MatchString(party[c.Span.End:]) {
					ps.countries = append(ps.countries, c.Name)
				}
			}
			for _, om := range md.src.OrgMentions(party) {
				if o := md.src.OrgByKey(om.Key); o != nil && om.Span.Start == 0 && reSideEnd.MatchString(party[om.Span.End:]) {
					ps.orgs = append(ps.orgs, o)
					// "for the RGC", the Royal Government of Cambodia:
					// a country's government acts for the country.
					if m := reGovernmentOf.FindStringIndex(o.Name); m != nil {
						for _, c := range md.src.Countries(o.Name[m[1]:]) {
							if c.Span.Start == 0 && !c.IsGroup {
								ps.countries = append(ps.countries, c.Name)
							}
						}
					}
				}
			}
		}
	}
	return ps
}

var (
	// reGovernmentOf opens the name of a country's government, before
	// the country: "Royal Government of ", "Government of the ".
	reGovernmentOf = regexp.MustCompile(`(?i)^(?:(?:` + lexicon.Alt("national government words") + `)\s+)*government\s+of\s+(?:the\s+)?`)
	// reNextParty is where the words of one party of a list end: the
	// next one's "and" or "and by", or the clause's end.
	reNextParty = regexp.MustCompile(`,?\s+and\s+(?:by\s+)?` + lexicon.Alt("honorifics") + `\s|[;.]\s|[;.]$`)
	// reSideOpens is what stands before the words of a person's party:
	// nothing past the name, or a comma closing the role, and the
	// person's own verb of signing: "Mr. X, Chief Representative of the
	// JICA Cambodia Office, signed on behalf of Japan".
	reSideOpens = regexp.MustCompile(`(?:^|,)\s*(?:(?:` + lexicon.Alt("signing verbs") + `)\s+)?$`)
	// reActsFor is a party a person acts for, after their name: "for the
	// Japanese side", "on behalf of CTW".
	reActsFor = regexp.MustCompile(`\b(?:` + lexicon.Alt("acting for phrases") + `)\s+(?:the\s+)?(\S.*)$`)
	// reSideEnd is what may follow the party's name: its side or
	// delegation, or the phrase's end.
	reSideEnd = regexp.MustCompile(`^(?:\s+(?:` + lexicon.Alt("country side nouns") + `)\b|\s*(?:[,;.]|$))`)
)
