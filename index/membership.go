package index

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// statusCue is one way a clause states a membership status.
type statusCue struct {
	status  string
	re      *regexp.Regexp
	passive bool // "founded ... by A and B", "founding members are A and B": the countries follow
	// agent is a joining in the passive, whose subjects are the agents
	// after it, each with a date of its own: "were joined by Cambodia on
	// 5 March 2014, by Indonesia on 1 July 2015".
	agent bool
	// need holds words one of which a clause must contain for re to match
	// it: most clauses state no membership, and a substring test is far
	// cheaper than the regular expression.
	need []string
	// before, when set, must match the clause before the cue: a cue that
	// is a status only in that setting.
	before *regexp.Regexp
}

// needOf is, for each entry of the sections, its longest word, lower case.
func needOf(sections ...string) []string {
	var out []string
	for _, sec := range sections {
		for _, e := range lexicon.Words(sec) {
			best := ""
			for _, w := range strings.Fields(strings.ToLower(e)) {
				if len(w) > len(best) {
					best = w
				}
			}
			out = append(out, best)
		}
	}
	return prose.Uniq(out)
}

// statusCues are tried in this order; where two match the same words the
// earlier wins ("not a member" over "a member").
var statusCues = func() []statusCue {
	w := func(sections ...string) string { return lexicon.Alt(sections...) }
	be := `\b` + w("membership be") + `\s+(?:` + w("membership qualifiers") + `\s+){0,3}`
	return []statusCue{
		// "Myanmar signed the Memorandum on 4th February 2002 but has not
		// yet completed its internal procedures": a signatory short of
		// membership. First, so that "not yet" after it is no status of
		// its own.
		{status: StatusSigned, re: regexp.MustCompile(`(?i)\b(?:has\s+|have\s+)?signed\s+(?:(?:the|its|their|an?)\s+)?` + instrumentNamed + `[^.:]{0,80}?\b` + w("membership signed not joined") + `\b`), need: []string{"signed"}},
		{status: StatusWithdrew, re: regexp.MustCompile(`(?i)\b` + w("membership withdrew") + `\b`), need: needOf("membership withdrew")},
		{status: StatusNonMember, re: regexp.MustCompile(`(?i)\b` + w("membership not a member") + `\b`), need: needOf("membership not a member")},
		{status: StatusSuspended, re: regexp.MustCompile(`(?i)\b` + w("membership suspended") + `\b`), need: needOf("membership suspended")},
		{status: StatusInvited, re: regexp.MustCompile(`(?i)\b` + w("membership invited") + `\b`), need: needOf("membership invited")},
		{status: StatusIntends, re: regexp.MustCompile(`(?i)\b` + w("membership intends to join") + `\b`), need: needOf("membership intends to join")},
		{status: StatusFounding, re: regexp.MustCompile(`(?i)\b` + w("membership founded") + `\b[^.;:]{0,80}?\bby\b`), passive: true, need: needOf("membership founded")},
		// "The Charter of the Centre was signed by Cambodia, Laos, the
		// Philippines, Thailand and Vietnam": who signed the instrument
		// that set a body up founded it.
		{status: StatusFounding, re: regexp.MustCompile(`(?i)\b` + w("founding instruments") + `\b[^.;:]{0,60}?\b(?:was|were)\s+signed\b[^.;:]{0,60}?\bby\b`), passive: true, need: needOf("founding instruments")},
		// "SARTN was established on 5 October 2010, when the railway
		// authorities of Indonesia, Malaysia and Thailand signed its
		// Memorandum of Understanding": who signed the body's own
		// instrument when it was set up founded it.
		{status: StatusFounding, re: regexp.MustCompile(`(?i)\bsigned\s+its\s+(?:` + w("founding instrument nouns") + `)\b`), need: []string{"signed"},
			before: regexp.MustCompile(`(?i)\b(?:` + w("membership founded", "founding date verbs") + `)\b[^.;]{0,80}?,?\s+when\b[^.;]*$`)},
		// "In March 2017 Japan, Thailand and Vietnam founded the Mekong
		// Cold Chain Partnership": the subjects founded the body named
		// right after the verb.
		{status: StatusFounding, re: regexp.MustCompile(`\b` + w("membership founded") + `\s+(?:the\s+)?\p{Lu}`), need: needOf("membership founded")},
		// "Cambodia, Laos and Viet Nam founded it in 2009": "it" is the
		// body last spoken of (see memberOrg).
		{status: StatusFounding, re: regexp.MustCompile(`\b` + w("membership founded") + `\s+it\b`), need: needOf("membership founded")},
		// "The founding members of the Fund are A, B and C": the list follows.
		{status: StatusFounding, re: regexp.MustCompile(`(?i)\b` + w("membership founding member") + `\b[^.;:]{0,80}?\b` + w("membership list verbs") + `\b`), passive: true, need: needOf("membership founding member")},
		{status: StatusFounding, re: regexp.MustCompile(`(?i)\b` + w("membership founding member") + `\b`), need: needOf("membership founding member")},
		{status: StatusFounding, re: regexp.MustCompile(`(?i)\b` + w("membership from the start") + `\b`), need: needOf("membership from the start")},
		// "became the council's sixth member": the body may be named
		// before the noun, as its owner.
		{status: StatusJoined, re: regexp.MustCompile(`(?i)\bbec(?:ame|ome|omes|oming)\s+(?:(?:the\s+)?[\p{L}-]+['’]s\s+)?(?:(?:` + w("membership qualifiers") + `|\d{1,3}(?:st|nd|rd|th))\s+){0,3}members?\b`), need: []string{"member"}},
		{status: StatusJoined, re: regexp.MustCompile(`(?i)\b` + w("membership joined by") + `\b`), agent: true, need: needOf("membership joined by")},
		{status: StatusJoined, re: regexp.MustCompile(`(?i)\b` + w("membership joined") + `\b`), need: needOf("membership joined")},
		{status: StatusObserver, re: regexp.MustCompile(`(?i)\b` + w("membership observer") + `\b`), need: needOf("membership observer")},
		{status: StatusPartner, re: regexp.MustCompile(`(?i)\b` + w("membership dialogue partner") + `\b`), need: needOf("membership dialogue partner")},
		{status: StatusMember, re: regexp.MustCompile(`(?i)\bmembers\s+of\b[^.;:]{0,80}?\b` + w("membership list verbs") + `\b`), passive: true, need: []string{"members"}},
		{status: StatusMember, re: regexp.MustCompile(`(?i)` + be + `members?\s+of\b`), need: []string{"member"}},
		// "Indonesia and Vietnam, members since 2006", "has been a member
		// since 1997": the body is the one last spoken of.
		{status: StatusMember, re: regexp.MustCompile(`(?i)(?:,\s*|` + be + `)(?:(?:a|an)\s+)?members?\s+since\b`), need: []string{"member"}},
		// "Laos is a member, and ...": the body is the one last spoken of.
		{status: StatusMember, re: regexp.MustCompile(`(?i)` + be + `members?(?:\s*[,;.]|\s*$)`), need: []string{"member"}},
	}
}()

var (
	reEncouraged = regexp.MustCompile(`(?i)\b` + lexicon.Alt("membership encouraged") + `\b`)
	reIts        = regexp.MustCompile(`(?i)\bits\b`)
	reItsOpens   = regexp.MustCompile(`^\s*Its\b`)
	reMemberSeg  = regexp.MustCompile(`;\s+|\.\s+|:\s+|,\s+` + lexicon.Alt("contrast conjunctions", "concessive conjunctions") + `\s+`)
)

// reAfterList is a comma and the lower-case word after it.
var reAfterList = regexp.MustCompile(`^\s*,\s+(\p{Ll}+)\b`)

// listEndsAt reports whether rest, what follows the last name of a list,
// opens another part of the clause that is no name of the list: ", in
// order to share instructors" after "its five founding members, Japan,
// ..., and Thailand". A list word after the comma ("and", "the") goes on
// with the list.
func listEndsAt(rest string) bool {
	m := reAfterList.FindStringSubmatch(rest)
	return m != nil && m[1] != "the" && !listJoiners[m[1]]
}

// listPart is s up to where its list of names ends (see listEndsAt),
// or the whole of s.
func listPart(s string) string {
	for i := strings.Index(s, ","); i >= 0; {
		if listEndsAt(s[i:]) {
			return s[:i]
		}
		j := strings.Index(s[i+1:], ",")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return s
}

// listJoiners are the words that join the next name of a list.
var listJoiners = lexicon.Set("list joiners")

// appositiveCountries are the countries listed after a comma (or a
// label's colon) at from, to the end of the clause and with nothing but
// list words between them: "founding members, Indonesia, the Philippines
// and Viet Nam."
// reBracketedYearColon is a bracket holding a year, and a colon after it.
var reBracketedYearColon = regexp.MustCompile(`^\s*\([^()]*\b(?:1[89]|2\d)\d\d\b[^()]*\)\s*:`)

func appositiveCountries(cl string, geo []geoMention, from int) []string {
	// "its three founding member countries, Thailand, ...": the noun the
	// status word qualifies may stand before the comma.
	if m := reCountryNounAfter.FindStringIndex(cl[from:]); m != nil {
		from += m[1]
	}
	// "Founding members (12 June 2014): Thailand, ...": a date in
	// brackets may stand between the label and its colon.
	if m := reBracketedYearColon.FindStringIndex(cl[from:]); m != nil {
		from += m[1] - 1
	}
	rest := cl[from:]
	// "Founding members: Laos, ...": a label's colon sets them off too,
	// and brackets: "its four founding members (Brunei Darussalam, ...)",
	// which close the list whatever the clause goes on to say.
	lead := strings.TrimLeft(rest, " ")
	end := len(cl)
	opening := 1 // the bytes of the mark that opens the list
	switch {
	case strings.HasPrefix(lead, "("):
		closing := strings.IndexByte(lead, ')')
		if closing < 0 {
			return nil
		}
		end = len(cl) - len(lead) + closing
	case strings.HasPrefix(lead, "—") || strings.HasPrefix(lead, "–"):
		// "its four founding members—Cambodia, ..., and Viet Nam—in
		// order to": dashes set the list off as brackets do.
		dash := "—"
		if strings.HasPrefix(lead, "–") {
			dash = "–"
		}
		opening = len(dash)
		if closing := strings.Index(lead[len(dash):], dash); closing >= 0 {
			end = len(cl) - len(lead) + len(dash) + closing
		}
	case !strings.HasPrefix(lead, ",") && !strings.HasPrefix(lead, ":"):
		return nil
	}
	var out []string
	prev := from + len(rest) - len(lead) + opening
	for _, m := range geo {
		if m.span.Start < prev {
			continue
		}
		if m.span.Start >= end {
			break
		}
		if m.isGroup || !reListGap.MatchString(cl[prev:m.span.Start]) {
			return nil
		}
		out = append(out, m.name)
		prev = m.span.End
	}
	if len(out) < 2 || strings.Trim(cl[prev:end], " .;") != "" && !listEndsAt(cl[prev:end]) {
		return nil
	}
	return out
}

// reAndNewSubject is ", and" before a new clause's subject.
// reSubordinatorSubject is a subordinator that opens a clause of its
// own, before its subject.
var reSubordinatorSubject = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("pronoun subordinators", "later subordinators") + `|because)\s+(?:the\s+)?`)

var reAndNewSubject = regexp.MustCompile(`,\s+and\s+(?:the\s+)?`)

// reCountryNounAfter is a plural noun for countries right after a status
// word: "founding member countries".
var reCountryNounAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("country list nouns asked") + `)\b`)

// reCommonObjectAfter is "in", "of" or "to" and a thing in lower-case
// words after a status: "a participant in the data exchange".
var reCommonObjectAfter = regexp.MustCompile(`^\s+(?:in|of|to)\s+(?:the\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+)*\s*(?:[.,;]|$)`)

// reEndsPreposition is the preposition a status's words end in: "is not
// a party to".
var reEndsPreposition = regexp.MustCompile(`\s+(?:in|of|to)$`)

// reItObjectAfter is a status's object that is "it": "a member of it".
var reItObjectAfter = regexp.MustCompile(`^\s+(?:in|of|to)\s+it\s*(?:[.,;]|$)`)

// reVerbStatus is a status said by a verb ("joined", "withdrew"), whose
// "in" may give a time ("joined in the same year"), not a thing.
var reVerbStatus = regexp.MustCompile(`(?:ed|join|drew|drawn)$`)

// reWithAs is "with" and a list of countries "as" a status: "with
// Cambodia and Viet Nam as founding members". The group is the list.
var reWithAs = regexp.MustCompile(`\bwith\s+([^;:]*)\bas\s+(?:the\s+|its\s+|their\s+)?$`)

// namesOnly reports whether s is names and the words that join a list
// (reListGap's): "Cambodia, the Lao PDR and Viet Nam ", not "Japan,
// serves ".
func namesOnly(s string) bool {
	return reListOnly.MatchString(reCapitalised.ReplaceAllString(s, ""))
}

var (
	reCapitalised = regexp.MustCompile(`\p{Lu}[\p{L}'’.-]*`)
	reListOnly    = regexp.MustCompile(`^(?:\s|,|&|\band\b|\bthe\b)*$`)
)

// reRelativeAside is a relative or participial clause set off by commas,
// up to its first comma: in "Cambodia, which acceded on 14 March 2000, and
// by Myanmar, which was admitted", Myanmar stands after the aside; in "Viet
// Nam, working closely with Japan, serves as a founding participant",
// Japan stands inside one.
var reRelativeAside = regexp.MustCompile(`,\s+(?:(?:` + lexicon.Alt("relative pronouns") + `)\b|(?:[a-z]+ly\s+)?[a-z]+ing\s)[^,;]*,`)

// reAsRole is "as a" right before a status: the role something is done in.
var reAsRole = regexp.MustCompile(`(?i)\bas\s+(?:an?\s+)?$`)

// statusHit is a status cue found in a sentence.
type statusHit struct {
	statusCue
	span Span // within the sentence
}

// reUnrealBefore is what puts a joining that follows it out of fact: a
// modal, or an infinitive a verb of wishing or asking governs ("invite
// Korea to become"), not "went on to become".
var reUnrealBefore = regexp.MustCompile(`(?i)\b(?:should|could|would|might|must|shall|will)\s+$|\b(?:` + lexicon.Alt("wishing verbs") + `)\b[^.;:]{0,60}?\bto\s+$`)

// lastClause is the end of text after its last break between clauses:
// ", and Vietnam is" of "Malaysia intends to join during 2006, and
// Vietnam is".
func lastClause(text string) string {
	if ms := reClauseBreakIn.FindAllStringIndex(text, -1); len(ms) > 0 {
		return text[ms[len(ms)-1][1]:]
	}
	return text
}

// reClauseBreakIn breaks a sentence between clauses.
var reClauseBreakIn = regexp.MustCompile(`;|,\s*(?:and|but|while|whereas)\s`)

// reIntentBefore is a wish, plan or invitation that governs a status
// after it in its clause.
var reIntentBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("intent before a status") + `)\b[^.;:]{0,40}$`)

// reOrderTo is a joining told by its place in an order: "the last
// country to join", "the tenth to become a member".
var reOrderTo = regexp.MustCompile(`(?i)\b(?:first|last|latest|newest|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:(?:country|member|state|nation|province|city|body)\s+)?to\s+$`)

// reNonBefore is "non-" right before a word.
var reNonBefore = regexp.MustCompile(`(?i)\bnon-?\s*$`)

// statusHits finds every status cue of s, the earlier cue winning where two
// overlap, in text order.
func statusHits(s string) []statusHit {
	var hits []statusHit
	ls := strings.ToLower(s)
	for _, c := range statusCues {
		if !containsAnyOf(ls, c.need) {
			continue
		}
		for _, l := range c.re.FindAllStringIndex(s, -1) {
			if c.before != nil && !c.before.MatchString(s[:l[0]]) {
				continue
			}
			// "its non-founding members (Myanmar and Thailand)": a status
			// denied is none.
			if reNonBefore.MatchString(s[:l[0]]) {
				continue
			}
			// "will join the demonstration work": joining an activity is
			// no membership; a body is named or referred to ("join the
			// Forum") after the verb.
			if (c.status == StatusJoined || c.status == StatusIntends) && (reJoinsActivity.MatchString(s[l[1]:]) || objectOfAgent(s[l[1]:])) {
				continue
			}
			// "invite the Republic of Korea to become a full member",
			// "Laos should join": a joining wished for or put to someone
			// has not happened.
			if (c.status == StatusJoined || c.status == StatusMember) && reUnrealBefore.MatchString(s[:l[0]]) && !reOrderTo.MatchString(s[:l[0]]) {
				continue
			}
			// "has expressed interest in attending meetings as an
			// observer": an observer's place only wished for.
			if c.status == StatusObserver && reIntentBefore.MatchString(lastClause(s[:l[0]])) {
				continue
			}
			// "The five founding members (Japan, ..., Vietnam) were joined
			// by": the founders stand in brackets after the noun, and the
			// verb after them is another status's.
			if c.passive && reCountriesInBrackets.MatchString(s[l[0]:l[1]]) {
				continue
			}
			h := statusHit{c, Span{Start: l[0], End: l[1]}}
			// "has been invited to take part as a dialogue partner",
			// "intends to join as a dialogue partner", "an observer, as a
			// dialogue partner": the role an earlier status is in, not a
			// status of its own.
			if c.status == StatusPartner && reAsRole.MatchString(s[:l[0]]) && slices.ContainsFunc(hits, func(o statusHit) bool {
				return o.span.End <= l[0] && (o.status == StatusInvited || o.status == StatusIntends || o.status == StatusObserver)
			}) {
				continue
			}
			overlaps := false
			for _, o := range hits {
				if h.span.Start < o.span.End && o.span.Start < h.span.End {
					overlaps = true
					break
				}
			}
			if !overlaps {
				hits = append(hits, h)
			}
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].span.Start < hits[j].span.Start })
	// "No city of Brunei Darussalam is a member of, or an observer in,
	// the AJUFMN": a subject that opens with "No" denies every status
	// the clause gives it.
	if len(hits) > 0 && reNoneSubject.MatchString(s[:hits[0].span.Start]) {
		nonMember := statusCues[slices.IndexFunc(statusCues, func(c statusCue) bool { return c.status == StatusNonMember })]
		return []statusHit{{nonMember, hits[0].span}}
	}
	return hits
}

// reClauseOpensWith is what may stand before a clause's subject: an
// article.
var reClauseOpensWith = regexp.MustCompile(`^\s*(?:(?:The|the)\s+)?$`)

// reNoneSubject is a clause's subject that opens with "No" and names
// whose the nothing is: "No city of Brunei Darussalam is".
var reNoneSubject = regexp.MustCompile(`^\s*No\s+[\p{Ll}-]+\s+(?:of|from|in)\s+[^,;:]*$`)

// reExpletiveIt opens a clause with an "it" that holds the place of the
// clause after "that": "It should be noted that", "It was agreed that".
var reExpletiveIt = regexp.MustCompile(`^\s*It\s+(?:is|was|should\s+be|must\s+be|has\s+been|had\s+been|will\s+be|may\s+be|can\s+be)\s+(?:[\p{L}-]+\s+){1,2}?that\b`)

// rePlacePrepBefore ends right before a place a preposition governs: "in
// ", "at the ".
var rePlacePrepBefore = regexp.MustCompile(`(?i)\b(?:in|at)\s+(?:the\s+)?$`)

// reCountriesInBrackets is a status noun with a list in brackets right
// after it: "founding members (Japan, Malaysia and Thailand)".
var reCountriesInBrackets = regexp.MustCompile(`^[^(]*?\b(?:members?|partners?|participants?|parties)\s*\([^()]*,[^()]*\)`)

// findMemberships reads membership statuses. In each clause, a country takes
// the status whose words come next after it ("The Philippines intends to
// join in 2008, while Malaysia withdrew in 2006"), or for "founded by" the
// one before it. The organisation is the one the status words name after
// them, the one the clause is about ("The Forum was founded"), or the one
// "its" or "the Forum" refers back to.
// itFrom is the first of lastOrgs that "it" after a status may stand for.
func (x *extraction) findMemberships(p *Passage, a *annotation, lastOrgs *[]string, itFrom int) {
	t := p.Text
	passageOrgs := len(*lastOrgs) // organisations named before this passage
	var prevSubject []string      // the country the sentence before opens with
	// "China participates as observer" in a section titled for the River
	// Laboratory Centre is about that Centre, not the body an earlier
	// section listed members of.
	if last := x.lastMembershipIn(p.Doc); last != nil && last.Passage.Cite.Section != p.Cite.Section {
		if body := x.sectionBody(p); body != "" {
			x.lastMemberOrg[p.Doc] = body
		}
	}
	x.leadInMemberships(p)
	x.tableMemberships(p)
	before := len(x.memberships)
	defer x.labelledStatus(p, before)
	defer x.pendingSignatories(p, a, before)
	x.prevSentence = ""
	defer func() { x.prevSentence = "" }() // a passage's own; none after it
	for _, sent := range a.sentences {
		s := t[sent.Start:sent.End]
		// "Has Myanmar been invited to join?" asks; it says nothing.
		if strings.HasSuffix(strings.TrimRight(s, " \"'”’)"), "?") {
			continue
		}
		pos := 0
		// "March 2013: Thailand joined MRMAP": a date standing as the
		// line's label dates its clause.
		dateLabel := func(label string) bool {
			lo := sent.Start + len(label) - len(strings.TrimLeft(label, " "))
			return slices.ContainsFunc(a.dates, func(d Date) bool { return d.Span.Start == lo && d.Span.End == sent.Start+len(label) })
		}
		if x.datedListMemberships(p, a, sent) {
			prevSubject, x.prevSentence = nil, s
			continue
		}
		for _, cl := range x.memberClauses(s, dateLabel) {
			off := strings.Index(s[pos:], cl)
			if off < 0 || strings.TrimSpace(cl) == "" {
				continue
			}
			start := sent.Start + pos + off
			pos += off + len(cl)
			x.clauseMemberships(p, a, sent.Start, start, cl, lastOrgs, passageOrgs, itFrom, prevSubject)
		}
		prevSubject = x.openingCountry(s)
		x.prevSentence = s
		for _, m := range reOrgMembers.FindAllStringSubmatchIndex(s, -1) {
			org := s[m[2]:m[3]]
			for _, c := range scanCountries(s[m[4]:m[5]]) {
				x.memberships = append(x.memberships, Membership{Country: c.name, Org: x.orgDisplay(org), Status: StatusMember,
					Sentence: s, Passage: p, Span: Span{Start: sent.Start + m[0], End: sent.Start + m[1]}})
			}
		}
	}
}

// reRelativeStatusLabel is what stands before the verb of a label that
// names members by the act that made them so: "members that", "countries
// which have".
var reRelativeStatusLabel = regexp.MustCompile(`(?i)^\s*(?:\p{L}+\s+){0,2}?(?:` + lexicon.Alt("membership nouns", "country list nouns asked") + `)\s+(?:that|` + lexicon.Alt("relative pronouns") + `)\s+(?:(?:have|has|had)\s+)?$`)

// datedListMemberships reads a sentence that is a label naming members
// by the act that made them so, and a list of countries each with its
// own date: "members that joined later: Thailand on 3 March 2020,
// Brunei Darussalam on 21 September 2021 and Singapore on 14 February
// 2023". The body is the one the list's lead names, else
// the one the document last read members of, else its section's. It
// reports whether it read the sentence.
func (x *extraction) datedListMemberships(p *Passage, a *annotation, sent Span) bool {
	s := p.Text[sent.Start:sent.End]
	colon := strings.Index(s, ":")
	if colon < 0 {
		return false
	}
	label := s[:colon]
	hits := statusHits(label)
	if len(hits) != 1 || hits[0].passive || !reRelativeStatusLabel.MatchString(label[:hits[0].span.Start]) || len(strings.Fields(label[hits[0].span.End:])) > 1 {
		return false
	}
	type dated struct {
		country string
		date    *Date
	}
	var list []dated
	prev := sent.Start + colon + 1
	for i := range a.dates {
		d := &a.dates[i]
		if d.Span.Start < prev || d.Span.End > sent.End {
			continue
		}
		names := reItemDatePrep.ReplaceAllString(p.Text[prev:d.Span.Start], "")
		geo := scanCountries(names)
		if len(geo) != 1 || geo[0].isGroup || !namesOnly(names) {
			return false
		}
		list = append(list, dated{geo[0].name, d})
		prev = d.Span.End
	}
	if len(list) == 0 || strings.Trim(p.Text[prev:sent.End], " .;,") != "" {
		return false
	}
	org := x.leadBody(p)
	if org == "" {
		org = x.lastMemberOrg[p.Doc]
	}
	if org == "" || org == unknownOrg {
		org = x.sectionBody(p)
	}
	if org == "" {
		return false
	}
	for _, m := range list {
		x.memberships = append(x.memberships, Membership{Country: m.country, Org: org, Status: hits[0].status, Date: m.date,
			Sentence: s, Passage: p, Span: Span{Start: sent.Start + hits[0].span.Start, End: sent.Start + hits[0].span.End}})
	}
	x.lastMemberOrg[p.Doc] = org
	return true
}

// reMembershipLead is a list's lead whose subject is membership: "Its
// membership is as follows", "The members are"; not "Delegations from
// member and partner countries".
var reMembershipLead = regexp.MustCompile(`(?i)(?:^|\b(?:its|their|the)\s+)(?:current\s+)?(?:` + lexicon.Alt("membership nouns") + `)\b`)

// reLabelledValue is a line that is a label and its value and nothing
// else: "Myanmar: observer".
var reLabelledValue = regexp.MustCompile(`^\s*([^:;.]{2,80}):\s+([^:;.,]{2,40}?)\s*\.?\s*$`)

// pendingSignatories reads a signatory whose passage says it signed the
// body's instrument in one sentence and that it is not yet a member in
// another: "Brunei Darussalam signed the Charter on 9 June 2023; ...
// Ratification by Brunei Darussalam is still pending, and Brunei
// Darussalam is therefore not yet a member." The pending status, read
// among p's memberships from before on, gives the body; the signing
// gives the date.
func (x *extraction) pendingSignatories(p *Passage, a *annotation, before int) {
	for i := before; i < len(x.memberships); i++ {
		m := x.memberships[i]
		if m.Passage != p || m.Status != StatusNonMember || !rePendingMember.MatchString(m.Sentence) ||
			slices.ContainsFunc(x.memberships[before:], func(o Membership) bool {
				return o.Country == m.Country && o.Org == m.Org && o.Status == StatusSigned
			}) {
			continue
		}
		for _, sent := range a.sentences {
			st := p.Text[sent.Start:sent.End]
			for _, g := range x.geoMentions(st) {
				loc := reSignedInstrumentAfter.FindStringIndex(st[g.span.End:])
				if g.name != m.Country || loc == nil {
					continue
				}
				var date *Date
				for k := range a.dates {
					if d := &a.dates[k]; d.Span.Start >= sent.Start+g.span.End && d.Span.End <= sent.End && !strings.ContainsAny(p.Text[sent.Start+g.span.End:d.Span.Start], ";") {
						date = d
						break
					}
				}
				x.memberships = append(x.memberships, Membership{Country: m.Country, Org: m.Org, Status: StatusSigned, Date: date,
					Sentence: st, Passage: p, Span: Span{Start: sent.Start + g.span.Start, End: sent.Start + g.span.End + loc[1]}})
				break
			}
		}
	}
}

// instrumentNamed is a body's founding or accession instrument after
// "signed" and its article: "Charter", "instrument of accession", up to
// four words before its noun. The signatory status cue and a pending
// signatory's signing share it.
var instrumentNamed = `(?:[\p{L}'’-]+\s+){0,4}?(?:` + lexicon.Alt("founding instrument nouns", "accession instrument nouns") + `)\b`

var (
	// rePendingMember is a clause's words that a country is not a member
	// yet: "is therefore not yet a member".
	rePendingMember = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("membership pending") + `)\b`)
	// reSignedInstrumentAfter opens, right after a country, its signing
	// of an instrument that founds a body or accedes to it: " signed the
	// Charter".
	reSignedInstrumentAfter = regexp.MustCompile(`(?i)^\s+(?:has\s+|had\s+)?signed\s+(?:the|its|their|an?)\s+` + instrumentNamed)
)

// labelledStatus reads a list's line that labels countries with a bare
// status ("Myanmar: observer"), which no verb states, when nothing else
// read a membership from it (before is how many there were before p).
// The body is the one the list's lead names, else, for a lead about
// membership, the one the document last read a membership in, else its
// section's.
func (x *extraction) labelledStatus(p *Passage, before int) {
	if len(x.memberships) > before || p.Kind != KindBullet && p.Kind != KindItem {
		return
	}
	m := reLabelledValue.FindStringSubmatchIndex(p.Text)
	if m == nil || !namesOnly(p.Text[m[2]:m[3]]) {
		return
	}
	key, ok := statusCells[strings.ToLower(p.Text[m[4]:m[5]])]
	if !ok {
		return
	}
	geo := scanCountries(p.Text[m[2]:m[3]])
	if len(geo) == 0 || slices.ContainsFunc(geo, func(g geoMention) bool { return g.isGroup }) {
		return
	}
	// The list's lead says what the statuses are in: a body it names,
	// or, when it speaks of membership ("Its membership is as
	// follows:"), the body the passages before were about. A list of
	// who attended a meeting ("China: observer") is no membership.
	if p.LeadP == nil {
		return
	}
	org := x.leadBody(p)
	if org == "" && reMembershipLead.MatchString(p.LeadP.Text) {
		org = x.lastMemberOrg[p.Doc]
		if org == "" {
			org = x.sectionBody(p)
		}
	}
	if org == "" {
		return
	}
	for _, g := range geo {
		x.memberships = append(x.memberships, Membership{Country: g.name, Org: org, Status: corpus.StatusOfKey(key),
			Sentence: p.Text, Passage: p, Span: Span{Start: m[4], End: m[5]}})
	}
	x.lastMemberOrg[p.Doc] = org
}

// leadInMemberships reads an item of a list whose lead-in states a status
// of what it lists and names none of them: after "The following five
// founding members joined on 15 January 2003:", the item "Royal
// University of Phnom Penh (Cambodia)" makes Cambodia a founding member.
// The item's country is the one in brackets after its name, or the
// countries it is made of; the body is the one the lead names after its
// status, else the one its section is about.
func (x *extraction) leadInMemberships(p *Passage) {
	lead := p.LeadP
	if lead == nil || !strings.HasSuffix(strings.TrimSpace(lead.Text), ":") || len(statusHits(p.Text)) > 0 {
		return
	}
	la := x.annot[lead]
	if la == nil || len(la.sentences) == 0 {
		return
	}
	ls := la.sentences[len(la.sentences)-1]
	sent := lead.Text[ls.Start:ls.End]
	hits := statusHits(sent)
	if len(hits) == 0 || hits[0].passive {
		return
	}
	h := hits[0]
	// The status is the lead's subject, the items it lists: "The
	// following five founding members joined", not "projects led by the
	// founding members".
	if !reListSubject.MatchString(sent[:h.span.Start]) {
		return
	}
	orgs, geo := x.mentions(sent)
	// "Viet Nam joined in 2005 with the following projects:": the lead
	// names its own subject.
	if slices.ContainsFunc(geo, func(g geoMention) bool { return !g.isGroup && g.span.Start < h.span.Start }) {
		return
	}
	item := strings.TrimRight(strings.TrimSpace(p.Text), ".;,")
	// "Dr. Nguyen Van Binh (Vietnam)": a person is no member country.
	if reHonorificStart.MatchString(item) {
		return
	}
	var countries []string
	if m := reClosingBrackets.FindStringSubmatchIndex(item); m != nil && x.countryInBrackets(item[m[0]:]) {
		countries = []string{scanCountries(item[m[2]:m[3]])[0].name}
	} else if namesOnly(item) {
		for _, g := range scanCountries(item) {
			if !g.isGroup {
				countries = append(countries, g.name)
			}
		}
	}
	// "the Philippines, on 3 June 2014;": an item that dates its own
	// countries, which the lead's date, if any, does not.
	var itemDate *Date
	if len(countries) == 0 {
		countries, itemDate = x.datedItemCountries(p)
	}
	if len(countries) == 0 {
		return
	}
	org := ""
	for _, o := range orgs {
		if o.span.Start >= h.span.End {
			org = o.name
			break
		}
	}
	if org == "" {
		if slices.ContainsFunc(orgs, func(o orgMention) bool { return o.span.Start < h.span.Start }) {
			return // "JICA's following partners joined": whose is not said
		}
		// "joined the team in 2004": an object of its own that is not
		// the section's body.
		rest := sent[hits[len(hits)-1].span.End:]
		if body := x.sectionBody(lead); body != "" && (noObjectAfter(rest) || refersTo(rest, body)) {
			org = body
		}
	}
	if org == "" {
		return
	}
	// One date after the status dates every item; several ("in 2004
	// and 2005, respectively") date none of them here.
	var date *Date
	for i := range la.dates {
		if d := &la.dates[i]; d.Span.Start >= ls.Start+h.span.End && d.Span.End <= ls.End {
			if date != nil {
				date = nil
				break
			}
			date = d
		}
	}
	if itemDate != nil {
		date = itemDate
	}
	for _, c := range countries {
		x.memberships = append(x.memberships, Membership{Country: c, Org: org, Status: h.status, Date: date,
			Sentence: p.Text, Passage: p, Span: Span{Start: 0, End: len(p.Text)}})
	}
	x.lastMemberOrg[p.Doc] = org
}

// reItemDatePrep is what joins a listed country to its date: ", on",
// " in", " since".
var reItemDatePrep = regexp.MustCompile(`(?i),?\s*(?:on|in|since)?\s*$`)

// datedItemCountries reads a list item that is countries and one date
// after them, and nothing else: "the Philippines, on 3 June 2014;".
func (x *extraction) datedItemCountries(p *Passage) ([]string, *Date) {
	pa := x.annot[p]
	if pa == nil || len(pa.dates) != 1 {
		return nil, nil
	}
	d := &pa.dates[0]
	if strings.Trim(p.Text[d.Span.End:], " .;,") != "" {
		return nil, nil
	}
	names := reItemDatePrep.ReplaceAllString(p.Text[:d.Span.Start], "")
	if strings.TrimSpace(names) == "" || !namesOnly(names) {
		return nil, nil
	}
	var countries []string
	for _, g := range scanCountries(names) {
		if !g.isGroup {
			countries = append(countries, g.name)
		}
	}
	return countries, d
}

// tableMemberships reads a table's row that gives a country's status in
// a cell of its own: "Vietnam: Status: member; Joined: 14 February
// 2002." under a section about the ASEAN Network of ICT Training
// Institutes makes Vietnam its member since that date. The row's first
// cell is the country; the body is the one the table's lead-in names,
// else the one its section is about. A row with several dates in its
// cells dates no status, nor does a date in a column's name ("Status
// (as of 1 April 2006)"). Of two cells that state a status ("Former
// status", "Present status"), the last column's holds now.
func (x *extraction) tableMemberships(p *Passage) {
	country, ok := rowCountry(p)
	if !ok {
		return
	}
	cells := rowCellsOf(p)
	status, at := "", Span{}
	for i, c := range cells {
		// "Status: Signed instrument of accession on 23 March 2022;
		// domestic procedures not completed": a cell's own semicolon
		// leaves a part with no column's name, which is still the cell.
		v := c.value
		if i+1 < len(cells) && cells[i+1].column == "" && c.column != "" {
			v += "; " + cells[i+1].value
		}
		if st, ok := cellStatus(v); ok {
			status, at = st, Span{Start: c.start, End: c.start + len(v)}
		}
	}
	if status == "" {
		return
	}
	org := x.leadBody(p)
	if org == "" {
		org = x.sectionBody(p)
	}
	if org == "" {
		return
	}
	var date *Date
	if d, ok := cellDate(x.annot[p], cells, nil); ok && status != StatusIntends && status != StatusInvited && status != StatusNonMember {
		date = d
	}
	x.memberships = append(x.memberships, Membership{Country: country, Org: org, Status: status, Date: date,
		Sentence: p.Text, Passage: p, Span: at})
	x.lastMemberOrg[p.Doc] = org
}

// leadBody is the one body the lead-in of p names, or "".
func (x *extraction) leadBody(p *Passage) string {
	if p.LeadP == nil {
		return ""
	}
	orgs, _ := x.mentions(p.LeadP.Text)
	if body := oneJoinedBody(orgs, false); body != "" {
		return body
	}
	// "Quezon City ... are founding members of the ... Network (AJUFMN)
	// ... The secretariat is hosted by the Bangkok Metropolitan
	// Administration ... The network now has eight member cities:": a
	// lead naming several bodies introduces the list of the one its last
	// sentence speaks of by its head.
	last := lastSentenceOf(p.LeadP.Text)
	m := prose.OrgRefRE.FindStringSubmatchIndex(last)
	if m == nil {
		return ""
	}
	var named []string
	for _, o := range orgs {
		named = append(named, o.name)
	}
	body := resolveRef(last[m[2]:m[3]], named)
	if !bodiesJoinedAsIt[prose.NameHead(body)] {
		return ""
	}
	return body
}

// rowCountry is the one country a table's row is labelled with:
// "Indonesia" of "Indonesia: Amount: US$21.5 million".
func rowCountry(p *Passage) (string, bool) {
	if p == nil || !p.IsTableRow() || !namesOnly(p.Label) {
		return "", false
	}
	geo := scanCountries(p.Label)
	if len(geo) != 1 || geo[0].isGroup {
		return "", false
	}
	return geo[0].name, true
}

// rowCell is one cell of a table's row as its passage writes it: the
// column's name, the value and where the value starts in the passage.
type rowCell struct {
	column, value string
	start         int
}

// rowCellsOf are the cells of row p after its label, in order:
// "Vietnam: Status: member; Joined: 14 February 2002." gives Status
// "member" and Joined "14 February 2002".
func rowCellsOf(p *Passage) []rowCell {
	text := p.Text
	rest := strings.TrimPrefix(text[len(p.Label):], ": ")
	at := len(text) - len(rest)
	var out []rowCell
	for _, cell := range strings.Split(strings.TrimSuffix(rest, "."), "; ") {
		c := rowCell{value: cell, start: at}
		if column, value, ok := strings.Cut(cell, ": "); ok {
			c = rowCell{column: column, value: value, start: at + len(column) + len(": ")}
		}
		out = append(out, c)
		at += len(cell) + len("; ")
	}
	return out
}

// cellDate is the one date a row's cells hold in their values, and only
// in a column column accepts when it is set; a date in a column's name
// is none.
func cellDate(a *annotation, cells []rowCell, column func(string) bool) (*Date, bool) {
	if a == nil {
		return nil, false
	}
	var found *Date
	for i := range a.dates {
		d := &a.dates[i]
		in := slices.IndexFunc(cells, func(c rowCell) bool { return d.Span.Start >= c.start && d.Span.End <= c.start+len(c.value) })
		if in < 0 {
			continue
		}
		if found != nil {
			return nil, false
		}
		if column != nil && !column(cells[in].column) {
			return nil, false
		}
		found = d
	}
	return found, found != nil
}

// cellStatus is the status a table's cell states by itself: "founding
// member", "observer", "intention to join expressed", or a bare "member".
func cellStatus(cell string) (string, bool) {
	// "Member (joined)": the bracket says which kind of member, else
	// the cell's words before it say the status.
	if m := reBracketTail.FindStringSubmatch(cell); m != nil {
		if st, ok := cellStatus(m[2]); ok {
			return st, true
		}
		return cellStatus(m[1])
	}
	if hits := statusHits(cell); len(hits) > 0 && hits[0].span.Start == 0 {
		return hits[0].status, true
	}
	if key, ok := statusCells[strings.ToLower(strings.TrimSpace(cell))]; ok {
		return corpus.StatusOfKey(key), true
	}
	return "", false
}

// reBracketTail is a cell's words and the bracket that ends it: "Member
// (joined)".
var reBracketTail = regexp.MustCompile(`^(.*?)\s*\(([^()]*)\)\s*$`)

// statusCells are the cells that state a status with no verb, each with
// its status's key.
var statusCells = lexicon.Pairs("status cells")

// reListSubject is what stands before a lead-in's status when the status
// is what the lead lists: nothing, "The following five" or "Utilities of
// the following countries".
var reListSubject = regexp.MustCompile(`(?i)^\s*(?:\p{L}+\s+of\s+)?(?:the\s+)?(?:following\s+)?(?:[\p{L}0-9-]+\s+)?$`)

// refersTo reports whether text, what follows a status, opens with a
// reference to body by its head noun: "the Network" for the Mekong
// Teachers University Network.
func refersTo(text, body string) bool {
	m := prose.OrgRefRE.FindStringSubmatchIndex(text)
	if m == nil || strings.TrimSpace(text[:m[0]]) != "" {
		return false
	}
	return strings.EqualFold(prose.NameHead(body), text[m[2]:m[3]])
}

// refersWhole is refersTo of the body itself, not of a thing of it: "the
// Centre's trust fund" refers to the fund.
func refersWhole(text, body string) bool {
	m := prose.OrgRefRE.FindStringIndex(text)
	return refersTo(text, body) && m != nil && !strings.HasPrefix(text[m[1]:], "'s") && !strings.HasPrefix(text[m[1]:], "’s")
}

// spokenOfBefore reports whether a sentence of p before at opens with a
// reference to body by its head: "The Partnership was launched ...".
func spokenOfBefore(p *Passage, a *annotation, at int, body string) bool {
	for _, st := range a.sentences {
		if st.Start >= at {
			break
		}
		if refersWhole(p.Text[st.Start:min(st.End, at)], body) {
			return true
		}
	}
	return false
}

// reClosingBrackets is a bracketed word or two that ends an item.
var reClosingBrackets = regexp.MustCompile(`\(([^()]{2,40})\)$`)

// listedStatus reports whether the status h, which its clause cl holds up
// to end, is the clause's subject and the countries after it its list:
// "Its founding members were A, B and C".
func listedStatus(cl string, h statusHit, end int) bool {
	return (reListedAfter.MatchString(cl[h.span.End:end]) || reListedIn.MatchString(cl[h.span.Start:h.span.End])) && reStatusSubject.MatchString(cl[:h.span.Start])
}

// lastMembershipIn is the membership doc stated last, or nil. A document
// is read whole before the next, so its memberships are the last ones.
func (x *extraction) lastMembershipIn(doc *Document) *Membership {
	if k := len(x.memberships) - 1; k >= 0 && x.memberships[k].Passage != nil && x.memberships[k].Passage.Doc == doc {
		return &x.memberships[k]
	}
	return nil
}

// memberClauses splits a sentence at reMemberSeg, but not at the colon
// of a line that opens with the countries it is about ("Myanmar: joined
// Nov 2015 → withdrew June 2018" is one clause whose subject is Myanmar)
// or with a date dateLabel reports as the whole label.
//
// A country label is the subject only of a clause that opens with its
// status and names no one before it: in "Thailand: Viet Nam and Laos
// joined the ARF in 1998" Thailand joined nothing.
func (x *extraction) memberClauses(s string, dateLabel func(string) bool) []string {
	cls := memberSegments(s)
	if len(cls) > 1 && strings.HasPrefix(s[len(cls[0]):], ":") && (namesOnly(cls[0]) && len(scanCountries(cls[0])) > 0 && x.opensWithStatus(cls[1]) || dateLabel(cls[0]) || statusLabel(cls[0]) && namesOnly(strings.TrimRight(cls[1], ".; ")) && len(scanCountries(cls[1])) > 0) {
		cls[1] = s[:len(cls[0])+strings.Index(s[len(cls[0]):], cls[1])+len(cls[1])]
		cls = cls[1:]
	}
	// "launched ... by five founding members: Indonesia, the
	// Philippines and Japan": a status noun that ends the clause before a
	// colon is the label of the list after it.
	// The list may close with an aside of its own: "Thailand, Viet Nam
	// and the Philippines, each represented by its geological agency".
	if len(cls) > 1 && strings.HasPrefix(s[len(cls[0]):], ":") {
		if list := listPart(cls[1]); namesOnly(strings.TrimRight(list, ".; ")) && len(scanCountries(list)) > 1 {
			cls[1] = list
		}
	}
	if len(cls) > 1 && strings.HasPrefix(s[len(cls[0]):], ":") && namesOnly(strings.TrimRight(cls[1], ".; ")) && len(scanCountries(cls[1])) > 1 {
		// "was signed ... by seven Member States: Brunei, Cambodia ...":
		// so is the noun of countries that a passive status's "by" ends
		// with.
		// "Six countries founded AELN: Brunei, ...": so is the object
		// of an active status whose subject is a noun of countries.
		if hits := statusHits(cls[0]); len(hits) > 0 && (!hits[len(hits)-1].passive && strings.TrimSpace(cls[0][hits[len(hits)-1].span.End:]) == "" || hits[len(hits)-1].passive && reCountriesNounEnd.MatchString(cls[0][hits[len(hits)-1].span.End:]) ||
			countriesNounFounded(cls[0], hits[len(hits)-1])) {
			cls[1] = s[:len(cls[0])+strings.Index(s[len(cls[0]):], cls[1])+len(cls[1])]
			cls = cls[1:]
		}
	}
	return cls
}

// memberSegments splits s into the clauses reMemberSeg ends, but keeps
// ", but" and a predicate with no subject of its own with the clause
// before it, whose subject it shares: "China signed the Memorandum on 9
// May 2002, but has not yet completed its domestic procedures" is one
// signatory's status, and "Japan supports MNSN, but is not a member of
// it" one country's.
func memberSegments(s string) []string {
	var out []string
	from := 0
	for _, m := range reMemberSeg.FindAllStringIndex(s, -1) {
		if reButSep.MatchString(s[m[0]:m[1]]) && reNoSubjectAfter.MatchString(s[m[1]:]) {
			continue
		}
		// "Philippines: signed the Articles of Agreement on 9 October
		// 2018; domestic ratification not yet completed": what is still
		// to do after a semicolon is the signatory's.
		if strings.HasPrefix(s[m[0]:m[1]], ";") && reStepsPendingAfter.MatchString(s[m[1]:]) {
			continue
		}
		// "China, although it lies upstream on the Mekong, is not a
		// member of MGAMN": an aside that names no country, then the
		// subject's own predicate.
		if reAsideSep.MatchString(s[m[0]:m[1]]) {
			if end := reAsideEnd.FindStringIndex(s[m[1]:]); end != nil && len(scanCountries(s[m[1]:m[1]+end[0]])) == 0 {
				continue
			}
		}
		out = append(out, s[from:m[0]])
		from = m[1]
	}
	return append(out, s[from:])
}

var (
	// reButSep is a clause break at ", but".
	reButSep = regexp.MustCompile(`^,\s+but\s+$`)
	// reStepsPendingAfter opens a clause that says a signatory's steps
	// to membership are not done: "domestic ratification not yet
	// completed".
	reStepsPendingAfter = regexp.MustCompile(`(?i)^(?:(?:its|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:ratification|procedures?|membership)\s+(?:(?:has|have)\s+)?not\s+(?:yet\s+)?(?:been\s+)?completed\b`)
	// reAsideSep opens an aside with a conjunction of concession:
	// ", although"; reAsideEnd closes it, before a predicate with no
	// subject of its own, within the sentence.
	reAsideSep = regexp.MustCompile(`^,\s+(?:` + lexicon.Alt("concessive conjunctions") + `)\s+$`)
	reAsideEnd = regexp.MustCompile(`^[^;:.]*?,\s+(?:is|are|was|were|has|have|had)\b`)
	// reNoSubjectAfter opens a predicate with no subject of its own:
	// "has not yet completed", "is not a member".
	// "but it has not yet completed": a pronoun for the clause's own
	// subject, before what a signatory has still to do, is no subject of
	// its own.
	// "but its membership procedure has not yet been completed": the
	// subject's own step still to take is said of the subject too.
	reNoSubjectAfter = regexp.MustCompile(`^(?:is|are|was|were|has|have|had)\b|^(?:it|they)\s+(?:has|have)\s+(?:not\s+(?:yet\s+)?(?:completed|ratified|deposited)|yet\s+to\s+(?:complete|ratify|deposit))\b|^(?:its|their)\s+(?:[\p{L}-]+\s+){1,3}(?:has|have)\s+not\s+yet\s+been\s+(?:completed|ratified|deposited)\b`)
)

// countriesNounFounded reports whether status h of clause cl is a
// founding whose subject is a noun of countries ("Six countries founded
// AELN"), the countries themselves after a colon.
func countriesNounFounded(cl string, h statusHit) bool {
	return h.status == StatusFounding && reCountriesNounEnd.MatchString(cl[:h.span.Start])
}

// reStateBodyAfter is a state body a country owns, right after it: "'s
// Land Transport Authority".
var reStateBodyAfter = regexp.MustCompile(`^(?:'s|’s|'|’)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:` + lexicon.Alt("state body heads") + `)\b`)

// reCountriesNounEnd is a noun of countries, with a few words before it,
// that ends a clause: " seven Member States".
var reCountriesNounEnd = regexp.MustCompile(`(?i)^\s*(?:[\p{L}\d-]+\s+){0,3}?(?:` + lexicon.Alt("country list nouns asked") + `)\s*$`)

// statusLabel reports whether a line's label is a status and nothing
// else, which the countries after its colon hold: "Founding members:
// Cambodia, Lao PDR and Viet Nam".
func statusLabel(label string) bool {
	hits := statusHits(label)
	// "Founding members (12 June 2014)": the label may date its status.
	end := len(strings.TrimRight(label, " "))
	if m := reTrailingYearBracket.FindStringIndex(label); m != nil {
		end = m[0]
	}
	return len(hits) == 1 && hits[0].span.Start == len(label)-len(strings.TrimLeft(label, " -•*")) && hits[0].span.End == end
}

// reTrailingYearBracket is a bracket holding a year at the end of a
// label, and the space before it.
var reTrailingYearBracket = regexp.MustCompile(`\s*\([^()]*\b(?:1[89]|2\d)\d\d\b[^()]*\)\s*$`)

// opensWithStatus reports whether cl has a status and names no country or
// organisation before its first: "joined Nov 2015 → withdrew June 2018",
// "observer since April 2016".
func (x *extraction) opensWithStatus(cl string) bool {
	hits := statusHits(cl)
	if len(hits) == 0 {
		return false
	}
	orgs, geo := x.mentions(cl)
	for _, o := range orgs {
		if o.span.Start < hits[0].span.Start {
			return false
		}
	}
	for _, g := range geo {
		if g.span.Start < hits[0].span.Start {
			return false
		}
	}
	return true
}

// reItAfterSubordinator ends with a subordinator and "it" as its
// subject, right before a status: "... until it ".
var reItAfterSubordinator = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("pronoun subordinators", "later subordinators") + `)\s+it\s+$`)

// reSubordinatePronoun is a clause opening with a subordinator and "it"
// as its subject, right before a status: "Since it ".
var reSubordinatePronoun = regexp.MustCompile(`^\s*(?:` + lexicon.Alt("pronoun subordinators") + `)\s+it\s+$`)

// openingCountry is the country a sentence opens with as its subject ("The
// Lao People's Democratic Republic (Lao PDR) is ..."), or nil.
func (x *extraction) openingCountry(s string) []string {
	geo := x.geoMentions(s)
	if len(geo) == 0 || geo[0].isGroup || !reOpensWithName.MatchString(s[:geo[0].span.Start]) {
		return nil
	}
	return []string{geo[0].name}
}

// openingBody is the body sentence s opens with as its subject: the
// AGDN of "The ASEAN Geospatial Data Network (AGDN) links national CORS
// networks", or "".
func (x *extraction) openingBody(s string) string {
	orgs := x.orgMentionsIn(tokenize(s))
	if len(orgs) == 0 || !reOpensWithName.MatchString(s[:orgs[0].span.Start]) {
		return ""
	}
	return orgs[0].name
}

// reOpensWithName is what may stand before a sentence's subject: nothing,
// or "The".
var reOpensWithName = regexp.MustCompile(`^\s*(?:The\s+)?$`)

// memberPlaces adds to a clause's country mentions the places that stand
// where a member does, as the subject of its verb or in a list after
// "by": provinces and cities join networks too ("Thua Thien-Hue Province
// joined in 2007"). A place after a preposition is where something
// happens, not who. A country inside a place's name ("Lao Cai") or
// qualifying it ("Ratanakiri Province of Cambodia") is not the member,
// nor is a place inside a body's name ("the Yangon Institute of
// Technology").
func memberPlaces(a *annotation, start int, cl string, geo []geoMention, orgs []orgMention) []geoMention {
	var spans []Span
	var out []geoMention
	afterPrep := -1 // the end of the last place named after a preposition
	for _, pl := range a.places {
		if pl.Span.Start < start || pl.Span.End > start+len(cl) {
			continue
		}
		sp := Span{Start: pl.Span.Start - start, End: pl.Span.End - start}
		spans = append(spans, sp)
		if slices.ContainsFunc(orgs, func(o orgMention) bool { return o.span.Start <= sp.Start && sp.End <= o.span.End }) {
			continue
		}
		// "piloted in Cebu City and Davao City, and Thailand joined": a
		// place joined to one after a preposition is under it too.
		if afterPrep >= 0 && afterPrep <= sp.Start && reCoordinated.MatchString(cl[afterPrep:sp.Start]) {
			afterPrep = sp.End
			continue
		}
		before := strings.Fields(strings.ToLower(cl[:sp.Start]))
		// "at the Paris Club meeting": the article stands between.
		for len(before) > 0 && (before[len(before)-1] == "the" || before[len(before)-1] == "a") {
			before = before[:len(before)-1]
		}
		if len(before) > 0 && placePrepositions[strings.Trim(before[len(before)-1], ",;:")] {
			afterPrep = sp.End
			continue
		}
		// "Foreign Minister Kawaguchi": a place's name after a title is
		// a person's.
		if len(before) > 0 && personTitles[strings.ToLower(before[len(before)-1])] {
			continue
		}
		out = append(out, geoMention{name: pl.AsWritten, span: sp})
	}
	if len(spans) == 0 {
		return geo
	}
	for _, m := range geo {
		inside := false
		for _, sp := range spans {
			overlaps := m.span.Start < sp.End && sp.Start < m.span.End
			qualifies := sp.End <= m.span.Start && reOfGap.MatchString(cl[sp.End:m.span.Start])
			inside = inside || overlaps || qualifies
		}
		if !inside {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

var (
	placePrepositions = lexicon.Set("prepositions before a place")
	personTitles      = func() map[string]bool {
		out := map[string]bool{}
		for _, w := range lexicon.Words("honorifics", "role heads") {
			out[strings.ToLower(w)] = true
		}
		return out
	}()
	reAppositive = regexp.MustCompile(`^\)?\s*(?:\([^()]*\)\s*)?,\s*$`)
	reNounCue    = regexp.MustCompile(`(?i)^(?:accession|membership|withdrawal|application|intention|invitation)`)
	reAsAre      = regexp.MustCompile(`(?i),\s*as\s+(?:are|is|were|was)\s*$`)
	reOfGap      = regexp.MustCompile(`^\s+of\s+(?:the\s+)?$`)
	// reCoordinated joins one name of a list to the next: " and ", ",
	// and"; a comma alone may end a phrase ("At a meeting in Hue, Dien
	// Bien Province became its fourth member").
	reCoordinated = regexp.MustCompile(`^\s*,?\s*(?:and|or)\s+(?:the\s+)?$`)
	// reSubordinateBefore is a word that opens a clause of its own, right
	// before a name: "when the", "after the".
	reSubordinateBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("subordinating conjunctions") + `)\s+(?:the\s+)?$`)
	// reSharedSubject is what stands between two statuses of one subject:
	// the first one's date, then a conjunction ("in 2009 but", "and later"),
	// and the second one's verb of being ("since 1996 and are not members").
	reSharedSubject = regexp.MustCompile(`^[^,;]{0,40}?\s(?:` + lexicon.Alt("verb coordinators") + `)\s+(?:(?:` + lexicon.Alt("membership be") + `)\s+)?$`)
)

// possessive reports whether the name at sp in s is written as a
// possessive, "Myanmar's", whether or not sp covers the "'s".
func possessive(s string, sp Span) bool {
	for _, suf := range possessiveSuffixes {
		if strings.HasSuffix(s[sp.Start:sp.End], suf) || strings.HasPrefix(s[sp.End:], suf) {
			return true
		}
	}
	return false
}

// reWithPartBefore ends with "with" before a body given a part, or
// before its name and the bracket of its short form: "with the ",
// "with the Department of Nursing Education (".
var reWithPartBefore = regexp.MustCompile(`(?i)\bwith\s+(?:the\s+)?(?:[^()]{1,80}\(\s*)?$`)

// reAsItsAfter opens a part given to a body, after its name or its short
// form: " as its national focal institution", " (DNE) as its", ") as
// its".
var reAsItsAfter = regexp.MustCompile(`^\)?\s*(?:\([^()]*\)\s*)?as\s+(?:its|their)\b`)

// reListGap is what stands between two names of one list, the first
// perhaps with its short form in brackets after it: "the Lao People's
// Democratic Republic (Lao PDR), Thailand".
var reListGap = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\))?\s*(?:,|and|,\s*and|&)?\s*(?:the\s+)?$`)

// dropBracketedRestatements leaves out of geo a country named again in
// brackets right after its name: "(Lao PDR)" after "the Lao People's
// Democratic Republic" is no second name of a list.
func dropBracketedRestatements(cl string, geo []geoMention) []geoMention {
	out := geo[:0:0]
	for i, m := range geo {
		if i > 0 && geo[i-1].name == m.name && !m.isGroup && strings.TrimSpace(cl[geo[i-1].span.End:m.span.Start]) == "(" {
			continue
		}
		out = append(out, m)
	}
	return out
}

var reOrgMembers = regexp.MustCompile(`\b([A-Z][A-Za-z-]+)\s+member\s+(?:countries|states|nations)\s*\(([^()]+)\)`)

func (x *extraction) orgDisplay(name string) string {
	if o := x.orgByKey[prose.Fold(prose.CanonOrg(name))]; o != nil {
		return o.Display()
	}
	return name
}

// wellKnownBodies are the general short forms that name bodies.
var wellKnownBodies = lexicon.Set("well-known bodies")

// reMemberKind is a kind of member short of full membership, as written:
// "associate member", "affiliate members".
var reMemberKind = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("member kinds") + `)\s+members?\b`)

// memberKindReach is how far before a status its kind may stand: "has
// been an associate member".
const memberKindReach = 30

// reStatusObjectGap stands between a status and the body it names:
// "its accession to the MTEN".
var reStatusObjectGap = regexp.MustCompile(`^\s+(?:to|in|of|with)\s+(?:the\s+)?$`)

// reAdjunctOpener opens an adjunct of purpose or reason: "in order to",
// "because of".
var reAdjunctOpener = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("membership adjunct openers") + `)\b`)

// reWithAbsolute and reParticipleNext make an absolute phrase after a
// status, a body with a participle of its own (", with CMAC hosting the
// secretariat"): what that body does is not what was joined. ", with the
// Philippines, the ARF" is no such phrase. reWithPlaced is the other
// absolute phrase, a thing of the body's own and where it is (", with its
// secretariat at the Faculty of Education, Khon Kaen University"): the
// body that houses it is not what was founded.
var (
	reWithAbsolute   = regexp.MustCompile(`,\s+with\s`)
	reParticipleNext = regexp.MustCompile(`^(?:\s*\([^()]*\))?\s+[a-z]+ing\b`)
	reWithPlaced     = regexp.MustCompile(`,\s+with\s+(?:its|their)\s+[a-z]+(?:\s+[a-z]+){0,2}\s+(?:at|in|within|inside)\s`)
)

// reIndefiniteBody is a body brought in without a name: "a regional
// training centre", "an alliance".
var reIndefiniteBody = regexp.MustCompile(`(?i)\b(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,3}(?:` + lexicon.Alt("organisation heads", "bodies joined as it") + `)\b`)

// lastSentenceOf is the last sentence of text.
func lastSentenceOf(text string) string {
	t := strings.TrimSpace(text)
	if i := strings.LastIndex(strings.TrimRight(t, "."), ". "); i >= 0 {
		return t[i+2:]
	}
	return t
}

// bodiesJoinedAsIt are the last words of bodies "it" may stand for after
// a status.
var bodiesJoinedAsIt = lexicon.Set("bodies joined as it")

// reNoObjectAfter is what may follow a status that names no object: a
// date, "since" or "in" and a date, punctuation or an arrow.
var reNoObjectAfter = regexp.MustCompile(`^[\s,.;:()→–—-]*(?:(?:in|on|since|from|until)\s+)?(?:(?:\d{1,2}\s+)?(?:` + monthRe + `\s+)?|` + monthRe + `\s+\d{1,2},?\s+|(?:that|the\s+same)\s+(?:day|date|month|year)\b)(?:\d{4})?[\s,.;:()→–—-]*$`)

// noObjectAfter reports whether what follows a status names no object:
// a date, or a body's start that dates it ("members since the
// establishment of the Fund on 28 March 2006").
func noObjectAfter(rest string) bool {
	if m := reStartOfBodyAfter.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:]
	}
	return reNoObjectAfter.MatchString(rest)
}

// reStartOfBodyAfter is a body's start and its name after a status:
// " since the establishment of the Fund". The status "members since" may
// have taken the preposition already.
var reStartOfBodyAfter = regexp.MustCompile(`^\s*(?:` + startOfBody + `|(?:the\s+|its\s+)?(?:` + lexicon.Alt("start nouns of a body") + `))\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,5}(?:\s*\(\p{Lu}+\))?`)

// titleBody is the one body one belongs to that the section title of p
// names: "Case 1 — River Alert Network (RAN)" over the slide's "Thailand
// joined Jan 2016". A title naming two bodies, or an agency or a bank,
// says of none that a status is about it. Failing one, a section headed
// for membership ("Membership and governance") in an article whose title
// names one body is about that body, which may be a fund there: an
// article's membership section lists the fund's own members.
func (x *extraction) titleBody(p *Passage) string {
	if body := x.subHeadingBody(p); body != "" {
		return body
	}
	if orgs, _ := x.mentions(p.Cite.SectionTitle); len(orgs) > 0 {
		return x.headingBody(p.Cite.SectionTitle)
	}
	if !prose.MembershipHeading(p.Cite.SectionTitle) {
		return ""
	}
	orgs, _ := x.mentions(p.Doc.Title)
	return oneJoinedBody(orgs, true)
}

var (
	// articleBodies are bodies an article's membership section may list
	// the members of, beyond those "it" may stand for.
	articleBodies = lexicon.Set("bodies with members in an article")
)

// openingBodyBefore is the body one belongs to that the paragraph right
// before p, under the same heading, names first, as its first sentence's
// subject; or "".
// A list's item reads the paragraph that leads the list in: "The ASEAN
// Regional Blood Services Network (ARBSN) was founded ..." over "-
// Founding members: Thailand, ...".
func (x *extraction) openingBodyBefore(p *Passage) string {
	var q *Passage
	switch p.Kind {
	case KindParagraph:
		ps := p.Doc.Passages
		i := p.Order - 1
		if i < 0 || i >= len(ps) {
			return ""
		}
		q = ps[i]
		// The paragraph after a numbered item's first has no number of
		// its own.
		if q.Cite.Item != p.Cite.Item && p.Cite.Item != "" {
			return ""
		}
	case KindBullet, KindItem:
		q = p.LeadP
		// "(a) founding members: ..." under "11. Malaysia hosts the
		// AJMLETC ... The membership of the centre is as follows:": the
		// body the numbered item leading the list names.
		if q != nil && q.Kind == KindItem {
			return x.leadBody(p)
		}
	}
	if q == nil || q.Kind != KindParagraph || q.Cite.Section != p.Cite.Section {
		return ""
	}
	orgs, _ := x.mentions(q.Text)
	// Its first sentence opens past its heading: "Establishment and
	// membership. The ASEAN Satellite Data Hub ...".
	from := 0
	if q.Label != "" && strings.HasPrefix(q.Text, q.Label+". ") {
		from = len(q.Label) + 2
	}
	if len(orgs) == 0 || orgs[0].span.Start < from || !reOpeningName.MatchString(q.Text[from:orgs[0].span.Start]) {
		return ""
	}
	return oneJoinedBody(orgs[:1], false)
}

// reOpeningName is what may stand before a paragraph's opening name.
var reOpeningName = regexp.MustCompile(`^\s*(?:The\s+)?$`)

// sectionBody is the one body one belongs to that the section title of p
// names, or "".
func (x *extraction) sectionBody(p *Passage) string {
	if body := x.subHeadingBody(p); body != "" {
		return body
	}
	return x.headingBody(p.Cite.SectionTitle)
}

// subHeadingBody is the one body one belongs to that the numbered
// sub-heading p stands under names: "(1) Fish Stock Survey Fund" over
// the paragraphs after its first, up to the next numbered item or
// section, where "The founding members were ..." names no body of its own.
func (x *extraction) subHeadingBody(p *Passage) string {
	if p.Kind != KindParagraph || p.Cite.Item != "" {
		return ""
	}
	ps := p.Doc.Passages
	for i := p.Order - 1; i >= 0 && i < len(ps); i-- {
		q := ps[i]
		if q.Cite.Section != p.Cite.Section || q.Kind == KindTitle || q.Kind == KindOverview {
			return ""
		}
		if q.Kind != KindParagraph || !strings.HasPrefix(q.Cite.Item, "(") {
			continue // the paragraphs, lists and tables under it
		}
		if q.Label == "" {
			return "" // a numbered paragraph with no heading ends it
		}
		// A sub-heading is a short article's title: the fund it names
		// may be what its paragraphs list the members of.
		orgs, _ := x.mentions(q.Label)
		return oneJoinedBody(orgs, true)
	}
	return ""
}

// headingBody is the one body one belongs to that a heading names, or
// the one its part after a colon names: "Regional University Network:
// Mekong Engineering and Management University Network (MEMNet)" is
// about the body it names after its label.
func (x *extraction) headingBody(title string) string {
	orgs, _ := x.mentions(title)
	if body := oneJoinedBody(orgs, false); body != "" {
		return body
	}
	if _, after, ok := strings.Cut(title, ": "); ok {
		orgs, _ := x.mentions(after)
		return oneJoinedBody(orgs, false)
	}
	return ""
}

// oneJoinedBody is the body orgs name, if they name one and it is a body
// one belongs to (or, in an article, one whose members it lists); ""
// otherwise.
func oneJoinedBody(orgs []orgMention, article bool) string {
	body := ""
	for _, o := range orgs {
		if body != "" && o.name != body {
			return ""
		}
		body = o.name
	}
	if head := prose.NameHead(body); !bodiesJoinedAsIt[head] && !(article && articleBodies[head]) {
		return ""
	}
	return body
}

func (x *extraction) clauseMemberships(p *Passage, a *annotation, sentStart, start int, cl string, lastOrgs *[]string, passageOrgs, itFrom int, prevSubject []string) {
	orgs, geo := x.mentions(cl)
	// "the SME agencies": a general short form of a kind of thing, not a
	// body anything is a member of.
	orgs = slices.DeleteFunc(orgs, func(o orgMention) bool {
		org := x.orgByKey[o.key]
		return org != nil && org.General && !wellKnownBodies[org.Acronym]
	})
	// "The Yangon Institute of Technology (Myanmar) joined": a body
	// written with its country in brackets is a member standing for that
	// country, not what was joined; "members since the establishment of
	// the Fund": a body named to date a status is not what it is about.
	geo = memberPlaces(a, start, cl, geo, orgs)
	geo = dropBracketedRestatements(cl, geo)
	hits := statusHits(cl)
	// Only before the first status: after it, "a member of the Mekong
	// Development Institute (Thailand)" is the body joined, its host
	// country in brackets. A body that dates the status leaves it about
	// nothing but the section's body.
	datedByBody := false
	orgs = slices.DeleteFunc(orgs, func(o orgMention) bool {
		if reDatedByBody.MatchString(cl[:o.span.Start]) {
			datedByBody = true
			return true
		}
		// "Myanmar became a member ..., with DTED as its national focal
		// institution": a body given a part for the member is neither
		// what was joined nor the body spoken of after.
		if reWithPartBefore.MatchString(cl[:o.span.Start]) && reAsItsAfter.MatchString(cl[o.span.End:]) {
			return true
		}
		return len(hits) > 0 && o.span.End <= hits[0].span.Start && x.countryInBrackets(cl[o.span.End:])
	})
	// "The Yangon City Development Committee of Myanmar signed the
	// network's Memorandum": a body of a country that opens the clause,
	// as its subject, stands for that country as the one in brackets does.
	if len(hits) > 0 {
		for _, o := range orgs {
			if o.span.End > hits[0].span.Start || !reClauseOpensWith.MatchString(cl[:o.span.Start]) {
				continue
			}
			for _, g := range x.allGeoMentions(cl[o.span.Start:o.span.End]) {
				if at := o.span.Start + g.span.Start; !g.isGroup && o.span.Start+g.span.End == o.span.End && strings.HasSuffix(cl[:at], " of ") {
					geo = append(geo, geoMention{name: g.name, span: Span{Start: at, End: o.span.End}})
					orgs = slices.DeleteFunc(orgs, func(d orgMention) bool { return d.key == o.key })
					sort.SliceStable(geo, func(i, j int) bool { return geo[i].span.Start < geo[j].span.Start })
				}
			}
			break
		}
	}
	defer func() {
		for _, o := range orgs {
			*lastOrgs = append(*lastOrgs, o.name)
		}
	}()
	if len(hits) == 0 {
		return
	}
	listEnd := 0 // where the last passive cue's list of countries ended
	gapEnd := 0  // where the countries gapped after the last status ended
	// setBy is the hit whose countries x.lastSubjects holds, when it is
	// one of this clause's: a status with no subject of its own shares
	// only the one right before it, not one a sentence before gave
	// ("Singapore is not a member. ... until that country becomes a full
	// member").
	setBy := -1
	for i, h := range hits {
		// The countries this status is about: for an active cue, those
		// between the previous cue and this one; for "founded ... by", those
		// after it up to the next cue.
		lo, hi := 0, h.span.Start
		if i > 0 {
			lo = hits[i-1].span.End
		}
		// "joined in 1990, Viet Nam in 1996 and Cambodia in 2000, so that
		// all ten are now members": the countries gapped after the last
		// status are its own, not the next one's subjects.
		lo = max(lo, gapEnd)
		// "Japan supports the Initiative, launched in 2009 with Cambodia,
		// the Lao PDR and Viet Nam as founding participants": the
		// status is of the countries after "with", not of the clause's
		// subject.
		if !h.passive && lo < h.span.Start {
			if m := reWithAs.FindStringSubmatchIndex(cl[lo:h.span.Start]); m != nil && namesOnly(cl[lo+m[2]:lo+m[3]]) {
				lo += m[2]
			}
			// "Singapore withdrew ... because Enterprise Singapore
			// preferred ..., and Timor-Leste has attended as an
			// observer": a country right after ", and" opens a clause of
			// its own, whose subject it is.
			// Not in a list of subjects ("Cambodia, Laos, and Myanmar
			// joined"): only after an earlier status of the clause.
			// "Japan has worked closely with the country since Cambodia
			// joined ASEAN": a country right after a subordinator is the
			// subject of the clause it opens, not the main clause's.
			if ms := reSubordinatorSubject.FindAllStringIndex(cl[lo:h.span.Start], -1); len(ms) > 0 {
				m := ms[len(ms)-1]
				at, atThe := lo+m[1], lo+m[0]+strings.Index(cl[lo+m[0]:lo+m[1]], " ")+1
				if slices.ContainsFunc(geo, func(g geoMention) bool { return !g.isGroup && (g.span.Start == at || g.span.Start == atThe) }) {
					lo = min(at, atThe)
				}
			}
			if ms := reAndNewSubject.FindAllStringIndex(cl[lo:h.span.Start], -1); i > 0 && len(ms) > 0 {
				at := lo + ms[len(ms)-1][1]
				if slices.ContainsFunc(geo, func(m geoMention) bool { return m.span.Start == at && !m.isGroup }) {
					lo = at
				}
			}
		}
		// "Six countries founded AELN: Brunei, ...": the countries after
		// the colon are the noun's.
		if !h.passive && countriesNounFounded(cl, h) {
			if c := strings.Index(cl[h.span.Start:], ":"); c >= 0 {
				lo, hi = h.span.Start+c+1, len(cl)
			}
		}
		if h.passive {
			lo, hi = h.span.End, len(cl)
			if i+1 < len(hits) {
				hi = hits[i+1].span.Start
				// "founded by A, B and C, and D and E joined it": D and E
				// are the next verb's subject, not founders.
				if !hits[i+1].passive {
					if start, ok := subjectRunBefore(cl, geo, hi, lo); ok {
						hi = start
					}
				}
			}
		}
		if h.agent {
			// "were joined by Cambodia on ...": the first agent; the rest
			// are gapped after it, below.
			at := slices.IndexFunc(geo, func(m geoMention) bool {
				return m.span.Start >= h.span.End && !m.isGroup && reAgentGap.MatchString(cl[h.span.End:m.span.Start])
			})
			if at < 0 {
				continue
			}
			lo, hi = h.span.End, geo[at].span.End
		}
		if !h.passive && i > 0 && hits[i-1].passive {
			// The founders after "founded ... by" belong to that cue; a
			// country after their list is this cue's ("..., has been
			// completed by Myanmar, which acceded").
			lo = max(listEnd, hits[i-1].span.End)
		}
		var subjects []string
		prevEnd := -1
		firstSubject := -1
		byCut := false
		asides := reRelativeAside.FindAllStringIndex(cl[:h.span.Start], -1)
		for _, m := range geo {
			if m.span.Start < lo || m.span.End > hi {
				continue
			}
			// "Myanmar, which shares the upper Mekong with Laos and
			// Thailand, has been an observer": a country inside an aside
			// on the subject is not the subject.
			if !h.passive && slices.ContainsFunc(asides, func(r []int) bool { return r[0] <= m.span.Start && m.span.End <= r[1] }) {
				continue
			}
			// "Japan, Myanmar's largest creditor, is a member": a
			// possessive is whose, not who, unless the status is a noun
			// it owns ("Laos's accession").
			// A body of its state stands for the country: "Singapore's
			// Land Transport Authority has taken part as an observer".
			stateBody := possessive(cl, m.span) && reStateBodyAfter.MatchString(cl[m.span.End:])
			if possessive(cl, m.span) && !reNounCue.MatchString(cl[h.span.Start:h.span.End]) && !stateBody {
				continue
			}
			// "41 of the instructors trained in Japan have since left the
			// polytechnics": a country a place preposition governs says
			// where, not who.
			if !h.passive && rePlacePrepBefore.MatchString(cl[:m.span.Start]) {
				continue
			}
			// "The Singapore Civil Defence Force joined": a country that
			// starts a longer name is not the one who joined.
			if !stateBody && x.startsName(cl, m.span.End) {
				continue
			}
			// "the Japan-ASEAN Youth Invitation Programme", "the first
			// Mekong-Japan Summit": a country joined to the word next to
			// it qualifies a name.
			if strings.HasPrefix(cl[m.span.End:], "-") || m.span.Start > 0 && cl[m.span.Start-1] == '-' {
				continue
			}
			// "It was set up by a treaty between two bodies ..., and its
			// office is in Hanoi, Viet Nam": the founders stand in the
			// clause of "by", not past a break into another, and a
			// status whose founders are not countries names none.
			if h.passive && firstSubject < 0 && len(prose.ClauseBreaks(cl[h.span.End:m.span.Start])) > 0 {
				byCut = true
				break
			}
			if firstSubject < 0 {
				firstSubject = m.span.Start
			}
			if h.passive {
				// The founders are the list right after "by": in "founded by
				// A, B and C, has been completed by D", D is not one.
				if prevEnd >= 0 && !reListGap.MatchString(cl[prevEnd:m.span.Start]) && !reForListGap.MatchString(cl[prevEnd:m.span.Start]) {
					break
				}
				prevEnd = m.span.End
				listEnd = m.span.End
			}
			if m.isGroup {
				if g := x.groups[m.name]; g != nil && corpus.Expandable(m.name) {
					subjects = append(subjects, g.Members...)
				}
				continue
			}
			subjects = append(subjects, m.name)
		}
		if byCut && len(subjects) == 0 {
			continue // no fallback subject: the founders were not countries
		}
		// "A and B are founding members, as are C and D": the status is
		// also the countries' before it.
		if h.passive && reAsAre.MatchString(cl[h.span.Start:h.span.End]) {
			before := 0
			if i > 0 {
				before = hits[i-1].span.End
			}
			var pre []string
			for _, m := range geo {
				if m.span.Start < before || m.span.End > h.span.Start {
					continue
				}
				if !m.isGroup {
					pre = append(pre, m.name)
				} else if g := x.groups[m.name]; g != nil && corpus.Expandable(m.name) {
					pre = append(pre, g.Members...)
				}
			}
			subjects = append(pre, subjects...)
		}
		// "It was launched ... by five founding members: Indonesia, ...":
		// the countries set off after the status are whose it is, and the
		// pronoun is the body, not the countries of the clause before.
		// Not "It should be noted that the JAIF contribution is not part
		// of the IPEP": an "it" that only holds the place of a clause
		// after "that" stands for nothing.
		if len(subjects) == 0 && i == 0 && rePronoun.MatchString(cl) && !reExpletiveIt.MatchString(cl) && (h.passive || reVerbStatus.MatchString(cl[h.span.Start:h.span.End]) || len(appositiveCountries(cl, geo, h.span.End)) == 0) {
			subjects = x.lastSubjects
		}
		// "The Lao PDR is a landlocked country ... Since it joined ASEAN on
		// 23 July 1997": "it" after a subordinator is the country the
		// sentence before opened with.
		if len(subjects) == 0 && i == 0 && len(prevSubject) > 0 && reSubordinatePronoun.MatchString(cl[:h.span.Start]) {
			subjects = prevSubject
		}
		// "China took part as an observer from November 2012 until it
		// withdrew": "it" after a subordinator is the subject of the
		// status before.
		if len(subjects) == 0 && i > 0 && setBy == i-1 && len(x.lastSubjects) == 1 && reItAfterSubordinator.MatchString(cl[hits[i-1].span.End:h.span.Start]) && !orgBetween(orgs, hits[i-1].span.End, h.span.Start) {
			subjects = x.lastSubjects
		}
		// What stands between the previous status and this one; nothing
		// for a passive status, whose countries follow it.
		between := ""
		if lo <= h.span.Start {
			between = cl[lo:h.span.Start]
		}
		// "New Zealand, an observer since 1999, withdrew": the subject of
		// an aside is the subject of the verb after it.
		// Not when a group stands there as the subject: "so that all ten
		// ASEAN countries are now members".
		if len(subjects) == 0 && i > 0 && setBy == i-1 && !hits[i-1].passive && strings.Contains(between, ",") && !orgBetween(orgs, lo, h.span.Start) && !groupBetween(cl, geo, lo, h.span.Start) {
			subjects = x.lastSubjects
		}
		// "Thailand joined in 2009 but withdrew in 2011": a second verb
		// with no subject of its own shares the first one's.
		if len(subjects) == 0 && i > 0 && setBy == i-1 && !hits[i-1].passive && reSharedSubject.MatchString(between) && !orgBetween(orgs, lo, h.span.Start) {
			subjects = x.lastSubjects
		}
		// "Vietnam joined ASEAN in July 1995 and joined HAPUA in 1996":
		// the first verb's object may stand between.
		if len(subjects) == 0 && i > 0 && setBy == i-1 && !hits[i-1].passive {
			if objEnd, ok := objectAfter(cl, orgs, lo); ok && objEnd < h.span.Start && reSharedSubject.MatchString(cl[objEnd:h.span.Start]) && !orgBetween(orgs, objEnd, h.span.Start) {
				subjects = x.lastSubjects
			}
		}
		// "founded in 2021 by its four founding members, Indonesia, the
		// Philippines, Thailand and Viet Nam": countries set off after a
		// status noun, to the clause's end, are whose status it is.
		if len(subjects) == 0 && !h.passive && !reVerbStatus.MatchString(cl[h.span.Start:h.span.End]) {
			subjects = appositiveCountries(cl, geo, h.span.End)
		}
		// "The International Energy Agency (IEA) has taken part as an
		// observer since April 2013": a body that opens the clause is the
		// observer. Only observers: a body said to join or found another
		// is too often a partner or a host read wrong.
		var observerBody *orgMention
		orgsBesides := orgs
		if len(subjects) == 0 && h.status == StatusObserver {
			observerBody = bodyObserver(cl, orgs, lo, h)
			if observerBody != nil {
				subjects = []string{observerName(cl, observerBody)}
				orgsBesides = slices.DeleteFunc(slices.Clone(orgs), func(o orgMention) bool {
					return o.key == observerBody.key || o.span.Start < observerBody.span.End && observerBody.span.Start < o.span.End ||
						reShortFormOpen.MatchString(cl[observerBody.span.End:max(o.span.Start, observerBody.span.End)])
				})
			}
		}
		if len(subjects) == 0 {
			continue
		}
		if observerBody == nil {
			x.lastSubjects = subjects
			setBy = i
		}
		// "Japan acceded to the TAC, ..., after China and India, which had
		// both acceded": a status of the same sentence with no body of
		// its own is about the body an earlier one of the same kind
		// named.
		sentenceOrg := ""
		for k := len(x.memberships) - 1; k >= 0 && x.memberships[k].Passage == p && x.memberships[k].Span.Start >= sentStart; k-- {
			if x.memberships[k].Status == h.status {
				sentenceOrg = x.memberships[k].Org
				break
			}
		}
		var org string
		if observerBody == nil {
			org = x.memberOrg(cl, h, hits, i, orgs, *lastOrgs, passageOrgs, itFrom, p, sentenceOrg, p.Text[sentStart:start])
		} else {
			// "The IAEA has attended SANReF as an observer", "is an
			// observer at meetings of the APTERR Council": the body the
			// observer attends is the one named between them or right
			// after; else the one this passage gave members last.
			org = observedBody(cl, orgsBesides, observerBody, h, x.passageMemberOrg(p))
			if org == "" || isMeetingName(org) {
				continue
			}
		}
		if datedByBody {
			org = ""
		}
		// The title's body is what a status with no object is about
		// ("Thailand joined Feb 2017"), or one whose object refers to it
		// by its head ("joined the Centre" under a heading that names the
		// Centre), or whose passive's subject does; not one whose object
		// the clause names otherwise ("became a member of the working
		// group").
		if org == "" && !slices.ContainsFunc(orgs, func(o orgMention) bool { return !atVenue(cl, o) }) {
			end := len(cl)
			if i+1 < len(hits) {
				end = hits[i+1].span.Start
			}
			body := x.titleBody(p)
			// "The Partnership was launched in Manila ... The five founding
			// members (...) were joined by": the passage has spoken of the
			// heading's body by its head before the status.
			if noObjectAfter(withoutVenues(cl, orgs, h.span.End, gapStart(a, start, cl, h, geo, end))) || listedStatus(cl, h, end) ||
				body != "" && (refersWhole(cl[h.span.End:end], body) || h.passive && refersWhole(cl, body) || spokenOfBefore(p, a, start+h.span.Start, body)) {
				org = body
			}
		}
		if org == "" {
			continue
		}
		// "The Commission shares data with a regional training centre.
		// Laos and Thailand established it in 2008": "it" is the body the
		// sentence before brought in unnamed, not the one it named.
		if strings.HasSuffix(cl[h.span.Start:h.span.End], " it") && !slices.ContainsFunc(orgs, func(o orgMention) bool { return o.name == org }) && reIndefiniteBody.MatchString(lastSentenceOf(p.Text[:sentStart])) {
			continue
		}
		x.lastMemberOrg[p.Doc] = org
		// A body the clause speaks of by reference ("the network") is
		// spoken of in this passage, as if named.
		if !slices.ContainsFunc(orgs, func(o orgMention) bool { return o.name == org }) {
			*lastOrgs = append(*lastOrgs, org)
		}
		// A date before this status's subject, after an earlier status,
		// is the earlier one's: "Lao Cai intends to join in 2014, and
		// Ratanakiri has been invited".
		dateFrom := 0
		if i > 0 && !h.passive && firstSubject >= 0 {
			dateFrom = firstSubject
		}
		date := clauseDate(a, start, cl, h, hits, i, dateFrom)
		// "became founding members on that day": the day the sentence
		// before named last (or this one, before the clause). "On the
		// same day as Thailand" is Thailand's day, not that one.
		if m := reThatDay.FindStringIndex(cl[h.span.End:]); date == nil && m != nil && !reAsAfter.MatchString(cl[h.span.End+m[1]:]) {
			date = lastDateBefore(a, start)
		}
		// "The MMNCP was founded in October 2013 ...; its founding members
		// were ...": founders date from the founding.
		if date == nil && h.status == StatusFounding {
			date = x.foundingDate(p, a, start+h.span.Start, org)
		}
		note := ""
		if h.status == StatusNonMember {
			// The note is the document's own words: "encouraged to join".
			note = strings.ToLower(strings.Join(strings.Fields(reEncouraged.FindString(cl)), " "))
		}
		// "Singapore has been an associate member since 2 March 2018": a
		// member of a kind short of full membership, in its own words.
		if h.status == StatusMember || h.status == StatusJoined {
			if k := reMemberKind.FindString(cl[max(0, h.span.Start-memberKindReach):h.span.End]); k != "" {
				note = strings.ToLower(strings.Join(strings.Fields(k), " "))
			}
		}
		for _, c := range prose.Uniq(subjects) {
			if x.urgesOthers(cl, c, h.span.Start) {
				continue
			}
			date := date
			// "decide ... after a mission in May 2004, and will encourage
			// Malaysia to complete its accession": a date a clause break
			// parts from the subject dates the clause before, unless the
			// status points back at it ("formalised in March 1977, and
			// Japan became a dialogue partner of ASEAN that year").
			if date != nil && date.Span.Start >= start && date.Span.End-start <= h.span.Start && !reThatTime.MatchString(cl[h.span.End:]) {
				if k := slices.IndexFunc(geo, func(m geoMention) bool {
					return m.name == c && m.span.Start >= date.Span.End-start && m.span.End <= h.span.Start
				}); k >= 0 && reClauseBreakIn.MatchString(cl[date.Span.End-start:geo[k].span.Start]) {
					date = nil
				}
			}
			x.memberships = append(x.memberships, Membership{Country: c, Org: org, Status: h.status, Date: date, Note: note, Body: observerBody != nil,
				Sentence: cl, Passage: p, Span: Span{Start: start + h.span.Start, End: start + h.span.End}})
		}
		// "Cambodia followed on 11 June 2001 and Laos on 20 March 2002":
		// a country and its date after a status, with no verb of its own,
		// share that status.
		if !h.passive {
			end := len(cl)
			if i+1 < len(hits) {
				end = hits[i+1].span.Start
			}
			gapEnd = x.gappedMemberships(p, a, start, cl, h, geo, org, end)
		}
	}
}

// reClauseOpener is what may stand before a clause's subject: "The",
// ", and the".
var reClauseOpener = regexp.MustCompile(`(?i)^\s*(?:,?\s*(?:and|` + lexicon.Alt("contrast conjunctions") + `)\s+)?(?:the\s+)?$`)

// reObserverDenied is a negation between an observing body and its
// status: "has never attended as an observer".
var reObserverDenied = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("negation cues") + `)\b`)

// bodyObserver is the body that opens clause cl, after lo, as the subject
// of the observer status h, or nil: "The Food and Agriculture
// Organization of the United Nations (FAO) is an observer at meetings of
// the APTERR Council". The body must not be what the clause is about in
// another way: "Representatives of JICA ... attended as observers" names
// no body that observes.
func bodyObserver(cl string, orgs []orgMention, lo int, h statusHit) *orgMention {
	for i := range orgs {
		o := &orgs[i]
		if o.span.Start < lo || o.span.End > h.span.Start {
			continue
		}
		// "The Mekong River Commission (MRC) Secretariat attended": a
		// name that goes on past the body is another's.
		// "The Mekong River Commission (MRC) Secretariat takes part as an
		// observer": the body's own organ goes on with it, and speaks for
		// it, unless the clause names what it attended ("attended the
		// Summit as an observer").
		if !reClauseOpener.MatchString(cl[lo:o.span.Start]) || reObserverDenied.MatchString(cl[o.span.End:h.span.Start]) || reNameGoesOn.MatchString(cl[o.span.End:]) && !organObserves(cl[o.span.End:h.span.Start]) {
			return nil
		}
		return o
	}
	return nil
}

// observerName is an observing body's name as the clause writes it, with
// its short form when a bracket gives it right after, and its organ
// ("Secretariat") when one goes on with it: the check a reader makes is
// against the document's own spelling.
func observerName(cl string, o *orgMention) string {
	name := strings.TrimPrefix(strings.TrimPrefix(cl[o.span.Start:o.span.End], "the "), "The ")
	if m := reShortFormAfter.FindStringSubmatch(cl[o.span.End:]); m != nil {
		name += " (" + m[1] + ")"
	}
	if m := reOrganAfter.FindStringSubmatch(cl[o.span.End:]); m != nil {
		name += " " + m[1]
	}
	return name
}

// organObserves reports whether between, the text from a body's name to
// its observer status, is the body's organ and a verb with no other name:
// " (MRC) Secretariat takes part as ".
func organObserves(between string) bool {
	m := reOrganAfter.FindStringIndex(between)
	return m != nil && !reCapitalWord.MatchString(between[m[1]:])
}

// reCapitalWord is a word that opens with a capital: a name.
var reCapitalWord = regexp.MustCompile(`\b\p{Lu}`)

// reOrganAfter is a body's organ going on with its name, past a bracket:
// " (MRC) Secretariat".
var reOrganAfter = regexp.MustCompile(`^(?:\s*\([^()]*\))?\s+(` + lexicon.Alt("body organ words") + `)\b`)

// reShortFormAfter is a bracketed short form right after a name.
var reShortFormAfter = regexp.MustCompile(`^\s*\(([\p{Lu}][\p{L}\d&-]*)\)`)

// reShortFormOpen is what stands between a name and its bracketed short
// form; reNameGoesOn is a capitalised word going on with a name, past a
// bracket.
var (
	reShortFormOpen = regexp.MustCompile(`^\s*\($`)
	reNameGoesOn    = regexp.MustCompile(`^(?:\s*\([^()]*\))?\s+\p{Lu}`)
)

// observedBody is the body whose observer ob is, by status h: a body
// named between the observer and its status, or right after the status
// ("an observer at meetings of the APTERR Council"); else fallback.
func observedBody(cl string, orgs []orgMention, ob *orgMention, h statusHit, fallback string) string {
	for _, o := range orgs {
		if o.span.Start >= ob.span.End && o.span.End <= h.span.Start {
			return o.name
		}
	}
	for _, o := range orgs {
		if o.span.Start >= h.span.End && reObservedGap.MatchString(cl[h.span.End:o.span.Start]) {
			return o.name
		}
	}
	return fallback
}

// passageMemberOrg is the body passage p last gave a member, or "".
func (x *extraction) passageMemberOrg(p *Passage) string {
	for k := len(x.memberships) - 1; k >= 0 && x.memberships[k].Passage == p; k-- {
		if !x.memberships[k].Body {
			return x.memberships[k].Org
		}
	}
	return ""
}

// reObservedGap stands between an observer status and the body observed:
// " at meetings of the", " to the".
var reObservedGap = regexp.MustCompile(`(?i)^\s+(?:to|at|on|of|in)\s+(?:(?:meetings?|sessions?)\s+of\s+)?(?:the\s+)?$`)

// reUrging is a verb by which one party presses another to act: "will
// continue to encourage Singapore to complete its accession".
var reUrging = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("urging verbs") + `)\b`)

// urgesOthers reports whether country c, in clause cl, is the one who
// presses another country to take the status whose cue starts at byte
// at, not the one who takes it: "Japan will continue to encourage
// Singapore to complete its accession" gives Japan no intention to join.
func (x *extraction) urgesOthers(cl, c string, at int) bool {
	for _, m := range x.geoMentions(cl[:at]) {
		if m.name != c {
			continue
		}
		between := cl[m.span.End:at]
		if u := reUrging.FindStringIndex(between); u != nil && slices.ContainsFunc(x.geoMentions(between[u[1]:]), func(o geoMention) bool { return o.name != c }) {
			return true
		}
	}
	return false
}

// foundingDate is the date a body was founded on, said in the sentence
// before at or in its own sentence before at: "founded on 1 October
// 2012", in a sentence that names the body and no other. nil when none
// is.
func (x *extraction) foundingDate(p *Passage, a *annotation, at int, org string) *Date {
	k := slices.IndexFunc(a.sentences, func(s Span) bool { return s.Start <= at && at <= s.End })
	if k < 0 {
		return nil
	}
	for j := k; j >= max(0, k-1); j-- {
		s := a.sentences[j]
		end := min(s.End, at)
		st := p.Text[s.Start:end]
		// Only the body's own founding: a sentence that names it and no
		// other ("a nursing school founded in 1998" is not the network's).
		ms := x.orgMentions(st)
		if !slices.ContainsFunc(ms, func(o orgMention) bool { return o.name == org }) || slices.ContainsFunc(ms, func(o orgMention) bool { return o.name != org }) {
			continue
		}
		for _, m := range reFoundedWord.FindAllStringIndex(st, -1) {
			if foundingDateVerbs[strings.ToLower(st[m[0]:m[1]])] && !reParticipleBefore.MatchString(st[:m[0]]) {
				continue
			}
			for i := range a.dates {
				d := &a.dates[i]
				off := d.Span.Start - (s.Start + m[1])
				if off < 0 || d.Span.End > end {
					continue
				}
				// "launched in Bangkok on 12 October 2016": the place it
				// was founded in may stand before the date.
				if off <= foundingDateReach || reFoundedAtPlace.MatchString(p.Text[s.Start+m[1]:d.Span.Start]) {
					return d
				}
			}
		}
	}
	return nil
}

// reFoundedWord is a verb of founding anywhere in a text; foundingDate
// takes a date at most foundingDateReach bytes after it ("founded on ").
var reFoundedWord = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("membership founded", "founding date verbs") + `)\b`)

// reFoundedAtPlace is a place between a verb of founding and its date:
// " in Bangkok on ", " in Hanoi in ".
var reFoundedAtPlace = regexp.MustCompile(`^\s+(?:in|at)\s+(?:the\s+)?\p{Lu}\p{L}*(?:[ -]\p{Lu}\p{L}*){0,3}\s+(?:in|on)\s+$`)

// reParticipleBefore is what makes a verb of launching a participle, as a
// founding date needs it: "AJOSN, launched", "was launched", not "AJOSN
// launched Phase 2".
var reParticipleBefore = regexp.MustCompile(`(?i)(?:,|\b(?:was|were|been|be|is|are))\s*$`)

const foundingDateReach = 12

// foundingDateVerbs date a founding only as participles.
var foundingDateVerbs = lexicon.Set("founding date verbs")

// gappedMemberships reads the countries that follow status h, before
// end, with only "and" and a date of their own ("and Laos on 20 March
// 2002"), each with the status h and organisation org. It returns where
// the last of them ends, or 0.
func (x *extraction) gappedMemberships(p *Passage, a *annotation, start int, cl string, h statusHit, geo []geoMention, org string, end int) int {
	prev := h.span.End
	last := 0
	// "Lao PDR and Myanmar in 2000": countries joined by "and" before a
	// gapped country share its date.
	var pending []geoMention
	for _, m := range geo {
		if m.span.Start < prev || m.isGroup || m.span.End > end {
			continue
		}
		gap := reGapAnd
		if h.agent {
			gap = reGapAndBy
		}
		if len(pending) == 0 && !gap.MatchString(datesBlanked(a, start, cl, prev, m.span.Start)) {
			prev = m.span.End
			continue
		}
		// After a bare comma the country and its date must stand alone:
		// "joined in 1997, Japan in 2003 signed the treaty" gaps nothing.
		commaOnly := len(pending) == 0 && !strings.Contains(cl[prev:m.span.Start], "and")
		if !reGapDate.MatchString(cl[m.span.End:]) {
			if reGapJoin.MatchString(cl[m.span.End:]) {
				pending = append(pending, m)
			} else {
				pending = nil
			}
			prev = m.span.End
			continue
		}
		var date *Date
		for k := range a.dates {
			if d := &a.dates[k]; d.Span.Start-start >= m.span.End && d.Span.Start-start <= m.span.End+maxGapDate {
				c := *d
				date = &c
				break
			}
		}
		if date == nil || commaOnly && !reGapEnd.MatchString(cl[min(len(cl), date.Span.End-start):]) {
			pending = nil
			continue
		}
		for _, c := range append(pending, m) {
			x.memberships = append(x.memberships, Membership{Country: c.name, Org: org, Status: h.status, Date: date,
				Sentence: cl, Passage: p, Span: Span{Start: start + c.span.Start, End: start + c.span.End}})
		}
		pending = nil
		prev = m.span.End
		last = date.Span.End - start
	}
	return last
}

// lastDateBefore is the last date of the sentence before at, or of the
// sentence at stands in before it, or nil.
func lastDateBefore(a *annotation, at int) *Date {
	lo := 0
	for k, sent := range a.sentences {
		if sent.Start <= at && at <= sent.End {
			lo = a.sentences[max(0, k-1)].Start
		}
	}
	var date *Date
	for k := range a.dates {
		if d := a.dates[k]; d.Span.Start >= lo && d.Span.End <= at {
			date = &d
		}
	}
	return date
}

// reAsAfter opens a comparison: "the same day as Thailand".
var reAsAfter = regexp.MustCompile(`^\s+as\b`)

// reThatDay is a date that refers back to the last one named: "on that
// day", "on the same day".
// reThatTime points back at a date before in its clause: "that year",
// "the same day", "then".
var reThatTime = regexp.MustCompile(`(?i)^[^.;]{0,40}?\b(?:(?:that|the\s+same)\s+(?:day|date|month|year)|then|at\s+that\s+time)\b`)

var reThatDay = regexp.MustCompile(`(?i)^[^.;]{0,20}?\b(?:on|in)\s+(?:that|the\s+same)\s+(?:day|date)\b`)

// datesBlanked is cl[lo:hi] with the commas of the dates in it blanked:
// "on September 3, 2005, and" is one date and "and" to reGapAnd.
func datesBlanked(a *annotation, start int, cl string, lo, hi int) string {
	b := []byte(cl[lo:hi])
	for _, d := range a.dates {
		for k := max(d.Span.Start-start, lo); k < min(d.Span.End-start, hi); k++ {
			if b[k-lo] == ',' {
				b[k-lo] = ' '
			}
		}
	}
	return string(b)
}

// gapStart is where, before end, the first country gapped after status h
// starts with its "and" ("Thailand joined on August 9, 2010, and Myanmar
// on 2 February 2011"), or end: what the status itself says ends there.
func gapStart(a *annotation, start int, cl string, h statusHit, geo []geoMention, end int) int {
	for _, m := range geo {
		if m.span.Start < h.span.End || m.isGroup || m.span.End > end {
			continue
		}
		between := datesBlanked(a, start, cl, h.span.End, m.span.Start)
		if loc := reGapAnd.FindStringSubmatchIndex(between); loc != nil && reGapDate.MatchString(cl[m.span.End:]) {
			return h.span.End + loc[2]
		}
		break
	}
	return end
}

// reVenueBefore ends with the words that make the body after them where
// a status was stated, not what it is about: "expressed its intention to
// join at the meeting of the AJECC Governing Council".
var reVenueBefore = regexp.MustCompile(`(?i)\b(?:at|during)\s+(?:the\s+|a\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}?(?:` + lexicon.Alt("meeting heads") + `)s?\s+(?:of|with)\s+(?:the\s+)?$`)

// atVenue reports whether the body o stands in cl as where something
// was said: "at the meeting of the Council".
func atVenue(cl string, o orgMention) bool {
	return reVenueBefore.MatchString(venueTail(cl[:o.span.Start]))
}

// venueTail is the end of text, as much as reVenueBefore reads.
func venueTail(text string) string { return text[max(0, len(text)-venueReach):] }

// venueReach is more bytes than "at the third annual meeting of the ".
const venueReach = 80

// withoutVenues is cl[lo:hi] without the venues atVenue finds in it.
func withoutVenues(cl string, orgs []orgMention, lo, hi int) string {
	out := cl[lo:hi]
	for k := len(orgs) - 1; k >= 0; k-- {
		o := orgs[k]
		if o.span.Start < lo || o.span.End > hi || !atVenue(cl, o) {
			continue
		}
		at := reVenueBefore.FindStringIndex(cl[:o.span.Start])
		out = out[:at[0]-lo] + out[o.span.End-lo:]
	}
	return out
}

// maxGapDate is how far after a gapped country its date may start: " on ".
const maxGapDate = 8

var (
	// reGapAnd is what stands between a status, with its date, and a
	// country that shares it: "on 11 June 2001 and".
	// A comma alone will do in a list: "joined in 1990, Viet Nam in 1999",
	// and one with a word of sequence: ", followed by Vietnam on".
	reGapAnd = regexp.MustCompile(`^[^,;]{0,40}?((?:,\s*(?:(?:and|` + lexicon.Alt("sequence words after a comma") + `)\s+)?|\s+and\s+)(?:the\s+)?)$`)
	// reGapAndBy is reGapAnd with the "by" of a passive's agents: ", by
	// Indonesia on".
	reGapAndBy = regexp.MustCompile(`^[^,;]{0,40}?((?:,\s*(?:and\s+)?|\s+and\s+)by\s+(?:the\s+)?)$`)
	// reAgentGap is what stands between a passive joining and its first
	// agent: "were joined by the Philippines".
	reAgentGap = regexp.MustCompile(`^\s+(?:the\s+)?$`)
	// reGapEnd is what may follow a gapped country's date.
	reGapEnd = regexp.MustCompile(`^\s*(?:[,;.]|and\b|$)`)
	// reGapJoin joins a country to the next one of a gapped list: "Lao
	// PDR and Myanmar in 2000".
	reGapJoin = regexp.MustCompile(`^\s+and\s+(?:the\s+)?[A-Z]`)
	// reGapDate is a gapped country's own date right after it.
	reGapDate = regexp.MustCompile(`^\s+(?:on|in)\s+\S`)
)

// reForListGap is what stands between two countries of a list of members
// each named with the country it stands for: "Shiokawa City for Japan,
// NPNL for Laos and the ... Authority (PPWSA) for Cambodia".
var reForListGap = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+|\(\p{Lu}+\)\s+|of\s+){1,8}for\s+(?:the\s+)?$`)

// memberOrg finds the organisation a status is about: the first one named
// or referred back to ("the Forum", "its") after the status words, else
// the clause's subject ("The Forum was founded ... by"), else one the
// sentence refers back to, else the organisation of the document's last
// membership, else the last one this passage named.
func (x *extraction) memberOrg(cl string, h statusHit, hits []statusHit, i int, orgs []orgMention, lastOrgs []string, passageOrgs, itFrom int, p *Passage, sentenceOrg, sentBefore string) string {
	doc := p.Doc
	end := len(cl)
	if i+1 < len(hits) {
		end = hits[i+1].span.Start
	}
	// "Its founding members were Shiokawa City for Japan, NPNL for Laos
	// ...": the status is the subject and its list the members, who are
	// not what was joined; the body is the one last spoken of.
	if listedStatus(cl, h, end) {
		// "The founding members of the River Fund are": the body the
		// status names.
		for _, o := range orgs {
			if o.span.Start >= h.span.Start && o.span.End <= h.span.End {
				return o.name
			}
		}
		if before := bodyBefore(orgs, h.span.Start); before != "" {
			return before
		}
		// The one body this passage has named: "The MMNCP was founded in
		// October 2013; its founding members were". Of two ("founded
		// with support from JICA"), "its" may be either: none is said.
		named := prose.Uniq(lastOrgs[min(passageOrgs, len(lastOrgs)):])
		if len(named) == 1 {
			return named[0]
		}
		// Else the one body the sentence named before this clause: "The
		// ACSL is the secretariat of ASTNet. ASTNet was founded in 2008;
		// its founding members are".
		if sentBefore != "" {
			var earlier []string
			for _, o := range x.orgMentionsIn(tokenize(sentBefore)) {
				earlier = append(earlier, o.name)
			}
			if earlier = prose.Uniq(earlier); len(earlier) == 1 {
				return earlier[0]
			}
		}
		// Else the body the sentence refers to by its head before the
		// status: "The partnership was founded by four members, that is
		// to say, the founding members are" is of the Mekong-Japan Water
		// Environment Partnership named before.
		if m := prose.OrgRefRE.FindStringSubmatchIndex(cl[:h.span.Start]); m != nil && len(named) == 0 {
			if org := resolveRef(cl[m[2]:m[3]], lastOrgs); org != "" {
				return org
			}
		}
		// Else the body the paragraph before, under the same heading,
		// opens with: "The ASEAN Satellite Data Hub (ASDH) was launched
		// ... It is hosted by LAPAN." over "The founding members were".
		if body := x.openingBodyBefore(p); body != "" && len(named) == 0 {
			return body
		}
		if org := x.lastMemberOrg[doc]; org != "" && org != unknownOrg && len(named) == 0 {
			return org
		}
		return ""
	}
	// "became its fourth member": the organisation last spoken of.
	if reIts.MatchString(cl[h.span.Start:h.span.End]) {
		// "encourage Malaysia to complete its accession to MTEN": "its"
		// is the country's, and the body is the one the status goes to.
		for _, o := range orgs {
			if o.span.Start >= h.span.End && o.span.Start <= end && reStatusObjectGap.MatchString(cl[h.span.End:o.span.Start]) {
				return o.name
			}
		}
		// "accession to the Tokyo MOU, by which Myanmar became its 21st
		// member": the body the clause named before is "its".
		// Not the subject of a clause of its own: in "when the National
		// Center became its seventh member", "its" is the body joined.
		if before := bodyBefore(orgs, h.span.Start); before != "" && !x.opensClause(cl, orgs, before) {
			return before
		}
		if org := x.lastMemberOrg[doc]; org == unknownOrg {
			return ""
		} else if org != "" {
			return org
		}
		if len(lastOrgs) > 0 {
			return lastOrgs[len(lastOrgs)-1]
		}
	}
	// "The PSC was founded in 2012 by the AHA Centre and the ASEAN
	// Secretariat": the body founded is the one before "founded"; those
	// after "by" founded it.
	if h.passive && reFoundedCue.MatchString(cl[h.span.Start:h.span.End]) {
		if subject := bodyBefore(orgs, h.span.Start); subject != "" {
			return subject
		}
	}
	named, namedAt := "", end
	channels := map[string]bool{}
	// "established it in March 2012 within the CLV-DTA": with "it" as
	// its object, a body named after the verb is not the one founded.
	itObject := strings.HasSuffix(cl[h.span.Start:h.span.End], " it")
	for _, o := range orgs {
		if itObject && o.span.Start >= h.span.End {
			break
		}
		// "invited to send a delegate to the next Steering Committee
		// Meeting": a meeting has no members; the status is the body's.
		if isMeetingName(o.name) || atVenue(cl, o) {
			continue
		}
		// "Laos joined on 14 August 2006, when the National Center ...
		// became its seventh member": a body that opens a clause of its
		// own is that clause's subject, not what was joined.
		if reSubordinateBefore.MatchString(cl[:o.span.Start]) {
			continue
		}
		// "Libya withdrew in 2010, the same year in which Norway and the
		// European Union joined": a body standing right before the next
		// status is that status's subject, not what this one is about.
		if i+1 < len(hits) && o.span.End <= end && strings.TrimSpace(cl[o.span.End:end]) == "" {
			continue
		}
		// "Vietnam joined in April 2016 through Hue Water Supply Joint
		// Stock Company": the body a country joins through is its
		// channel, not what it joined.
		// Its short form in brackets after it is the same channel.
		if channels[o.name] || reChannelBefore.MatchString(cl[:o.span.Start]) {
			channels[o.name] = true
			continue
		}
		// "withdrew in January 2013 in order to concentrate its resources
		// on the AHA Centre": a body named in an adjunct of purpose or
		// reason is not what was left.
		// "launched ... by Cambodia, Laos and Vietnam as founding members,
		// with CMAC hosting the secretariat": a body after ", with" is in
		// an absolute phrase of its own.
		if o.span.Start >= h.span.End && (reAdjunctOpener.MatchString(cl[h.span.End:o.span.Start]) || reWithAbsolute.MatchString(cl[h.span.End:o.span.Start]) && reParticipleNext.MatchString(cl[o.span.End:]) || reWithPlaced.MatchString(cl[h.span.End:o.span.Start])) {
			break
		}
		if o.span.Start >= h.span.Start && o.span.Start < end {
			named, namedAt = o.name, o.span.Start
			break
		}
	}
	// "supports the network as a dialogue partner and has committed US$
	// 1.2 million to its secretariat": a body the clause gives to
	// another by "its" after the status is that one's part, not the body
	// the status is in.
	if m := prose.OrgRefRE.FindStringSubmatchIndex(cl[h.span.Start:end]); m != nil && h.span.Start+m[0] < namedAt && !reDatedByBody.MatchString(cl[:h.span.Start+m[0]]) && !(h.span.Start+m[0] >= h.span.End && strings.EqualFold(cl[h.span.Start+m[0]:h.span.Start+m[0]+3], "its")) {
		// "served in the International Monitoring Team since 2006, when
		// Japan joined the team": the body referred to may be named
		// earlier in the same clause.
		refs := lastOrgs
		for _, o := range orgs {
			if o.span.End <= h.span.Start {
				refs = append(slices.Clip(refs), o.name)
			}
		}
		if org := resolveRef(cl[h.span.Start+m[2]:h.span.Start+m[3]], refs); org != "" {
			return org
		}
	}
	if named != "" {
		return named
	}
	// "Myanmar, since it is not a participant in the data exchange": a
	// status noun whose "in" or "of" names a thing in common words is
	// about that thing, not a body named before.
	// "is not a member of it": a pronoun is the body named before.
	// "is not a party to this loan": the status's own preposition
	// brings its object.
	objectFrom := h.span.End
	if m := reEndsPreposition.FindStringIndex(cl[h.span.Start:h.span.End]); m != nil {
		objectFrom = h.span.Start + m[0]
	}
	// A signatory's span holds its own object, the instrument; what
	// follows is what it has still to do ("but has yet to complete its
	// procedures"), no object of the status.
	if m := reCommonObjectAfter.FindStringIndex(cl[objectFrom:end]); m != nil && h.status != StatusSigned && !reVerbStatus.MatchString(cl[h.span.Start:h.span.End]) && prose.OrgRefRE.FindStringIndex(cl[objectFrom:objectFrom+m[1]]) == nil && !reItObjectAfter.MatchString(cl[objectFrom:end]) {
		return ""
	}
	// "Timor-Leste, which is not a member of ASEAN": a group of countries
	// named right after the status is what it is about.
	if m := reGroupAfterStatus.FindStringIndex(cl[h.span.End:end]); m != nil {
		if gs := x.geoMentions(cl[h.span.End+m[1] : end]); len(gs) > 0 && gs[0].isGroup && gs[0].span.Start == 0 {
			return gs[0].name
		}
	}
	// "Korea, which had pledged support for the Hlegu Rural
	// Electrification Project, withdrew from it": "it" is the scheme the
	// clause named before the status.
	if itObject || reItAfterStatus.MatchString(cl[h.span.End:end]) {
		if ms := reSchemeIn.FindAllStringSubmatch(cl[:h.span.Start], -1); len(ms) > 0 {
			return ms[len(ms)-1][1]
		}
		// "Flood data are exchanged through the Mekong Disaster
		// Information Sharing Platform (MDISP). ... Cambodia, Laos and
		// Viet Nam founded it in 2009": "it" is the body last named, when
		// that is a body one belongs to; an agency or a bank last named
		// may be the scheme's sponsor, and no status is said then.
		body := bodyBefore(orgs, h.span.Start)
		if body == "" && len(lastOrgs) > itFrom {
			body = lastOrgs[len(lastOrgs)-1]
		}
		if bodiesJoinedAsIt[prose.NameHead(body)] {
			return body
		}
	}
	// "withdrew from the Tier 1 Forward Contract Scheme": a scheme or
	// programme named right after the status words is what it is about,
	// though it is not an organisation; without this the status would go
	// to an organisation named earlier.
	if m := reSchemeAfter.FindStringSubmatch(cl[h.span.End:end]); m != nil {
		return m[1]
	}
	// "feeds forecasts into the Network (AFEWN), founded by A and B":
	// a status set off by a comma right after a name is that name's.
	for k := len(orgs) - 1; k >= 0; k-- {
		if o := orgs[k]; o.span.End <= h.span.Start {
			// "the Philippines, represented by its Bureau of Fisheries,
			// joined": a member's channel is no body joined.
			if reAppositive.MatchString(cl[o.span.End:h.span.Start]) && !reChannelBefore.MatchString(cl[:o.span.Start]) {
				return o.name
			}
			break
		}
	}
	// "The Japan-ASEAN Care Worker Training Programme was launched in
	// April 2017 with Indonesia ... as founding members": a scheme the
	// clause opens with is what its status is about, though it is not an
	// organisation; without this the status would go to a body named
	// before it.
	// Not a scheme's head inside a longer name: "The Mekong Parasite
	// Laboratory Network (MPLN) was established ... with Thailand and
	// Laos as its founding members" is about the Network, named whole.
	if m := reSchemeSubject.FindStringSubmatchIndex(cl[:h.span.Start]); m != nil {
		for _, o := range orgs {
			if o.span.Start <= m[2] && o.span.End > m[3] {
				return o.name
			}
		}
		return cl[m[2]:m[3]]
	}
	// "The Philippines acceded to the network ... through the Research
	// Institute ..., and Laos joined": a later status of the clause is
	// about the body its earlier one was, not another named in passing.
	if sentenceOrg != "" {
		return sentenceOrg
	}
	// "ARMON was founded in 2021 by its four founding members, ...": a
	// status after "founded ... by" is about the body founded.
	if i > 0 && hits[i-1].passive && reFoundedCue.MatchString(cl[hits[i-1].span.Start:hits[i-1].span.End]) {
		if subject := bodyBefore(orgs, hits[i-1].span.Start); subject != "" {
			return subject
		}
		// "The Cambodia-Laos-Viet Nam (CLV) Development Triangle Area was
		// established in 1999 by its three founding members": the name
		// the clause opens with was founded, though no organisation
		// this document knows; a body named before is not it.
		if m := reFoundedSubject.FindStringSubmatch(cl[:hits[i-1].span.Start]); m != nil && (reNamedAcronym.MatchString(m[1]) || orgHeadWordsSet[prose.LastWord(m[1])]) {
			// "The Centre was established ... by four founding members":
			// a head noun alone refers to the body named before by it.
			if ref := prose.OrgRefRE.FindStringSubmatch(m[1]); ref != nil && len(ref[0]) == len(m[1]) {
				return resolveRef(ref[1], lastOrgs)
			}
			return m[1]
		}
	}
	if i > 0 {
		if org := x.lastMemberOrg[doc]; org != "" && org != unknownOrg {
			return org
		}
	}
	for _, o := range orgs {
		// "Brunei and the ASEAN Secretariat attend as observers": a body
		// listed with a country is a subject beside it, not what the
		// status is of.
		if o.span.Start < h.span.Start && !x.listedWithCountry(cl, o) && !inChannelAside(cl, o) {
			return o.name
		}
	}
	// "The Strategy (ACMECS) was founded by ...": the clause names what it
	// is about, though not as an organisation this document knows. An
	// earlier organisation would be a wrong fact.
	if reNamedAcronym.MatchString(cl[:h.span.Start]) {
		x.lastMemberOrg[doc] = unknownOrg // and "its" after it is not known either
		return ""
	}
	if m := prose.OrgRefRE.FindStringSubmatchIndex(cl); m != nil && !reDatedByBody.MatchString(cl[:m[0]]) {
		if org := resolveRef(cl[m[2]:m[3]], lastOrgs); org != "" {
			return org
		}
	}
	// "Six engineers joined the team in 2019": what was joined is named
	// by a noun that stands for no body named before and is no noun of a
	// body one joins ("the network"), and no other body is it.
	if m := prose.OrgRefRE.FindStringSubmatchIndex(cl[h.span.End:end]); m != nil && strings.TrimSpace(cl[h.span.End:h.span.End+m[0]]) == "" && !bodiesJoinedAsIt[strings.ToLower(cl[h.span.End+m[2]:h.span.End+m[3]])] {
		return ""
	}
	// "The ASEAN Geospatial Data Network (AGDN) links national CORS
	// networks ... Its Memorandum was signed ... by five founding
	// members": "Its" opening the sentence is the body the sentence
	// before opened with, not the last one it named in passing.
	if strings.TrimSpace(sentBefore) == "" && reItsOpens.MatchString(cl) {
		if body := x.openingBody(x.prevSentence); body != "" {
			return body
		}
	}
	// "Myanmar is an observer": the organisation whose members were last
	// listed, if this passage names it; otherwise ("The Philippines joined
	// it") the one this passage last named, before one an earlier passage
	// listed members of.
	last := x.lastMemberOrg[doc]
	if last == unknownOrg {
		last = ""
	}
	if len(lastOrgs) > passageOrgs && (last == "" || !slices.Contains(lastOrgs[passageOrgs:], last)) {
		return lastOrgs[len(lastOrgs)-1]
	}
	// "- the Philippines joined on 3 July 2012" in a list after "The
	// ASEAN Regional Blood Services Network (ARBSN) was founded ...": with
	// no body named since, the one the list's lead opens with.
	if last == "" && len(orgs) == 0 && (p.Kind == KindBullet || p.Kind == KindItem) {
		return x.openingBodyBefore(p)
	}
	return last
}

// inChannelAside reports whether o stands in an aside that names the
// bodies a member acts through: "Japan, through the Ministry of Land ...
// and JICA, supports the network".
func inChannelAside(cl string, o orgMention) bool {
	i := strings.LastIndex(cl[:o.span.Start], ",")
	return i >= 0 && reChannelAside.MatchString(cl[i:o.span.Start])
}

// reChannelAside opens an aside with a word of taking part through a body.
var reChannelAside = regexp.MustCompile(`(?i)^,\s*(?:` + lexicon.Alt("membership channel words") + `)\b`)

// listedWithCountry reports whether body o stands in a list with a
// country name: "Brunei Darussalam and the ASEAN Secretariat".
func (x *extraction) listedWithCountry(cl string, o orgMention) bool {
	for _, g := range x.geoMentions(cl) {
		if g.span.End <= o.span.Start && reListJoin.MatchString(cl[g.span.End:o.span.Start]) ||
			g.span.Start >= o.span.End && reListJoin.MatchString(cl[o.span.End:g.span.Start]) {
			return true
		}
	}
	return false
}

var (
	// reListJoin is what joins two names of a list.
	reListJoin = regexp.MustCompile(`^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?$`)
	// reStatusSubject is what opens a clause whose subject is a status:
	// "Its founding members", "The founding members".
	// "The four founding members were": a count may stand before it.
	reStatusSubject = regexp.MustCompile(`(?i)(?:^|[,;:]\s*)(?:its|their|the)\s+(?:` + numWordAlt + `\s+)?$`)
	// reListedAfter is the verb after such a subject that lists them.
	reListedAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("membership list verbs") + `)\b`)
	reListedIn    = regexp.MustCompile(`(?i)\s(?:` + lexicon.Alt("membership list verbs") + `)$`)
	// reChannelBefore ends with a word by which a member takes part
	// through another body: "through", "via", "represented by".
	reChannelBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("membership channel words") + `)\s+(?:(?:the|its|their)\s+)?$`)
)

// reDatedByBody ends with the words that date something by a body's
// start: "since the establishment of ".
var reDatedByBody = regexp.MustCompile(`(?i)\b` + startOfBody + `\s+of\s+(?:the\s+)?$`)

// startOfBody is a body's start with its preposition of time: "since
// the establishment", "from its launch".
var startOfBody = `(?:` + lexicon.Alt("time prepositions before a start") + `)\s+(?:the\s+|its\s+)?(?:` + lexicon.Alt("start nouns of a body") + `)`

// countryInBrackets reports whether rest opens with one country's name in
// brackets and nothing else: " (Myanmar)".
func (x *extraction) countryInBrackets(rest string) bool {
	m := reOpeningBrackets.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	gs := scanCountries(m[1])
	return len(gs) == 1 && !gs[0].isGroup && gs[0].span.Start == 0 && gs[0].span.End == len(m[1])
}

var reOpeningBrackets = regexp.MustCompile(`^\s*\(\s*([^()]{2,40}?)\s*\)`)

// unknownOrg stands in the document's last membership organisation when
// that was something named but not known as an organisation.
const unknownOrg = "\x00"

// reNamedAcronym is a short form in brackets: what it stands after is
// something named.
// reFoundedSubject is a title-case name that opens a clause before its
// passive verb: "The Cambodia-Laos-Viet Nam (CLV) Development Triangle
// Area was".
var reFoundedSubject = regexp.MustCompile(`^\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}0-9-]*(?:\s+(?:\p{Lu}[\p{L}0-9-]*|\(\p{Lu}[\p{Lu}0-9-]*\)|of|for|and|on|the)){1,10})\s+(?:was|were|has\s+been|had\s+been|is|are)\s+$`)

// orgHeadWordsSet are the head words an organisation's or a scheme's
// name ends in.
var orgHeadWordsSet = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range lexicon.Words("organisation heads taking of", "organisation heads", "organisation name heads", "project heads") {
		out[strings.ToLower(w)] = true
	}
	return out
}()

var reNamedAcronym = regexp.MustCompile(`\([A-Z][A-Z0-9-]{1,9}\)`)

// objectOfAgent reports whether rest, what follows a verb of joining, is
// an object in common words that a body named after "by" made or did:
// "joined the rescheduling agreed by the Paris Club" joins no club, and
// "joined the committee formed by the ASEAN Secretariat" is no member of
// the Secretariat. Which body the committee is goes unsaid, so no status
// is read.
func objectOfAgent(rest string) bool {
	return reObjectOfAgent.MatchString(rest)
}

// reObjectOfAgent is an object in lower-case words and a participle with
// "by" after it: " the rescheduling agreed by".
var reObjectOfAgent = regexp.MustCompile(`^\s+(?:the|a|an)\s+(?:[a-z][\p{L}-]*\s+){1,3}?[a-z]+ed\s+by\b`)

// reJoinsActivity is what follows a verb of joining an activity rather
// than a body: "the demonstration work", "the training", not "the roster"
// or "the e-CO Network".
var reJoinsActivity = regexp.MustCompile(`^\s+(?:in\s+)?(?:the|a|an)\s+(?:[a-z][\p{L}-]*\s+){0,2}(?:` + lexicon.Alt("activities joined") + `)\b`)

// reFoundedCue is a status in the passive of founding: "founded ... by".
var reFoundedCue = regexp.MustCompile(`(?i)^(?:` + lexicon.Alt("membership founded") + `)\b`)

// reGroupAfterStatus is what stands between a status and the group it is
// in: "member of ", "joined the ".
var reGroupAfterStatus = regexp.MustCompile(`^\s*(?:of|in|to|from)?\s*(?:the\s+)?`)

// reSchemeAfter is a title-case name ending in a project noun right after
// a status's words: "joined the Tier 1 Forward Contract Scheme".
// reItAfterStatus is "it" as what a status is about: "withdrew from it".
var reItAfterStatus = regexp.MustCompile(`^\s*(?:(?:from|to|in|of)\s+)?(?:it|them)\b`)

// reSchemeIn is a scheme or project named anywhere in a clause.
var reSchemeIn = regexp.MustCompile(`\bthe\s+((?:[A-Z0-9][\p{L}0-9-]*\s+){1,6}(?:` + lexicon.Alt("project heads") + `))\b`)

// reSchemeSubject is a title-case name ending in a project noun that
// opens a clause: its subject.
var reSchemeSubject = regexp.MustCompile(`^\s*(?:[Tt]he\s+)?((?:[A-Z0-9][\p{L}0-9-]*\s+){1,6}(?:` + lexicon.Alt("project heads") + `))\b`)

var reSchemeAfter = regexp.MustCompile(`^\s*(?:(?:from|to|in|of)\s+)?the\s+((?:[A-Z0-9][\p{L}0-9-]*\s+){1,6}(?:` + lexicon.Alt("project heads") + `))\b`)

// clauseDate is the date of a status: the first date after its words and
// before the next status, else the nearest one before them since the
// previous status.
func clauseDate(a *annotation, start int, cl string, h statusHit, hits []statusHit, i int, from int) *Date {
	lo, hi := 0, len(cl)
	if i > 0 {
		lo = max(hits[i-1].span.End, from)
	}
	if i+1 < len(hits) {
		hi = hits[i+1].span.Start
	}
	var after, before *Date
	for k := range a.dates {
		d := &a.dates[k]
		ds, de := d.Span.Start-start, d.Span.End-start
		if ds < lo || de > hi {
			continue
		}
		if ds >= h.span.Start && de <= h.span.End {
			c := *d // "founded in 1996 by"
			return &c
		}
		if ds >= h.span.End && after == nil {
			after = d
		}
		if de <= h.span.Start {
			before = d
		}
	}
	// "On 16 June 2020 Cambodia joined the RMDMP, the network set up in
	// Jakarta in November 2019": a date in an aside on what was joined
	// is the aside's, whether or not one before the status dates it:
	// "Japan is not a member of BIMP-EAGA, which was launched in March
	// 1994" gives no day Japan was anything. A founder's day is the
	// body's founding.
	if after != nil && h.status != StatusFounding && reAsideFounded.MatchString(cl[h.span.End:after.Span.Start-start]) {
		// "Myanmar joined the MGF, which was launched in 2001, in July
		// 2004": a date after the aside closes is the status's own.
		aside := after
		after = nil
		if c := strings.IndexByte(cl[aside.Span.End-start:hi], ','); c >= 0 {
			for k := range a.dates {
				d := &a.dates[k]
				if ds := d.Span.Start - start; ds > aside.Span.End-start+c && d.Span.End-start <= hi {
					after = d
					break
				}
			}
		}
	}
	if after != nil {
		// "are joined ASEAN in between 1995 and 1999": a range dates no
		// one joining, least of all each country's as its first year.
		if rangeOpens(a, after, start, cl) {
			return nil
		}
		c := *after
		return &c
	}
	if before != nil {
		c := *before
		return &c
	}
	return nil
}

// reRangeOpener is what opens a span of time a joining falls in; reRangeTo
// what stands between its two dates.
var (
	reRangeOpener = regexp.MustCompile(`(?i)\bbetween\s+$`)
	reRangeTo     = regexp.MustCompile(`^\s*(?:to|until|till|through|and|[–—-])\s*$`)
)

// rangeOpens reports whether d, in clause cl of the passage from start,
// is the first date of a range "between 1995 and 1999". "Joined from 1
// April 2005 to 31 March 2008" dates a membership from its first day.
func rangeOpens(a *annotation, d *Date, start int, cl string) bool {
	ds := d.Span.Start - start
	if ds < 0 || ds > len(cl) || !reRangeOpener.MatchString(cl[:ds]) {
		return false
	}
	for k := range a.dates {
		n := &a.dates[k]
		if n.Span.Start >= d.Span.End && n.Span.Start-start <= len(cl) {
			return reRangeTo.MatchString(cl[d.Span.End-start : n.Span.Start-start])
		}
	}
	return false
}

// reAsideFounded is an aside on a name that tells its founding, up to
// the date it gives: ", the network set up in Jakarta in", ", which was
// founded in".
var reAsideFounded = regexp.MustCompile(`(?i),\s+(?:the|a|an|which|who)\s[^,;]*\b(?:` + lexicon.Alt("membership founded", "founding date verbs") + `)\b[^,;]*$`)

// resolveRef finds what "the Centre" refers to: the last organisation of
// that kind named before.
func resolveRef(head string, lastOrgs []string) string {
	head = prose.CanonOrg(prose.UpperFirst(strings.ToLower(head)))
	for i := len(lastOrgs) - 1; i >= 0; i-- {
		if strings.Contains(prose.CanonOrg(lastOrgs[i]), head) {
			return lastOrgs[i]
		}
	}
	return ""
}

// dedupeMemberships keeps one membership per country, organisation and
// status: the first, with a date from a later one when it has none. A
// joining after a withdrawal ("withdrew ..., and rejoined on 5 March
// 2020") is kept as well: it is another joining, not the same one told
// again.
func dedupeMemberships(ms []Membership) []Membership {
	type key struct{ country, org, status string }
	at := map[key]int{}
	rejoined := map[key]bool{}
	var out []Membership
	for _, m := range ms {
		k := key{m.Country, m.Org, m.Status}
		if i, ok := at[k]; ok {
			if m.Status == StatusJoined && !rejoined[k] && rejoinAfter(ms, out[i], m) {
				rejoined[k] = true
				out = append(out, m)
				continue
			}
			if out[i].Date == nil && m.Date != nil {
				out[i].Date = m.Date
			}
			// "joined the ADRFWG only in February 2019" and a table's
			// "20 February 2019": the same joining, told to the day.
			if d, n := out[i].Date, m.Date; d != nil && n != nil && n.Start.Equal(n.End) && !d.Start.Equal(d.End) && !n.Start.Before(d.Start) && !n.Start.After(d.End) {
				out[i].Date = m.Date
			}
			continue
		}
		at[k] = len(out)
		out = append(out, m)
	}
	return out
}

// rejoinAfter reports whether joining m comes after a withdrawal of the
// same country from the same body that itself comes after joining first.
func rejoinAfter(ms []Membership, first, m Membership) bool {
	if first.Date == nil || m.Date == nil || !m.Date.Start.After(first.Date.Start) {
		return false
	}
	return slices.ContainsFunc(ms, func(w Membership) bool {
		return w.Country == m.Country && w.Org == m.Org && w.Status == StatusWithdrew && w.Date != nil &&
			w.Date.Start.After(first.Date.Start) && m.Date.Start.After(w.Date.Start)
	})
}

// orgBetween says whether an organisation is named between lo and hi: then
// it, not an earlier country, is the subject there ("when NPNL joined").
// subjectRunBefore finds the run of countries that is the subject of a
// verb at byte at: "Cambodia and Laos joined", set off from a list before
// it by ", and". It reports where the run starts.
func subjectRunBefore(cl string, geo []geoMention, at, lo int) (int, bool) {
	k := len(geo) - 1
	for k >= 0 && geo[k].span.End > at {
		k--
	}
	if k < 0 || geo[k].span.Start < lo || !reSubjectGap.MatchString(cl[geo[k].span.End:at]) {
		return 0, false
	}
	start := geo[k].span.Start
	for k > 0 && geo[k-1].span.Start >= lo && reInRunGap.MatchString(cl[geo[k-1].span.End:geo[k].span.Start]) {
		k--
		start = geo[k].span.Start
	}
	return start, reRunOpens.MatchString(cl[lo:start])
}

var (
	reSubjectGap = regexp.MustCompile(`^\s*(?:(?:also|both|later|then|subsequently)\s+)?$`)
	reInRunGap   = regexp.MustCompile(`^(?:\s+and\s+|,\s*)(?:the\s+)?$`)
	reRunOpens   = regexp.MustCompile(`(?:,\s*and|;)\s+(?:the\s+)?$`)
)

// objectAfter finds the organisation that is the object of a status verb
// ending at lo ("joined the Association ... (ASEAN)"), and where its
// name, with an acronym in brackets after it, ends.
func objectAfter(cl string, orgs []orgMention, lo int) (int, bool) {
	for k, o := range orgs {
		if o.span.Start < lo {
			continue
		}
		if !reObjectGap.MatchString(cl[lo:o.span.Start]) {
			return 0, false
		}
		end := o.span.End
		// "(ASEAN)" after the name is the same body.
		if k+1 < len(orgs) && orgs[k+1].name == o.name && reBracketGap.MatchString(cl[end:orgs[k+1].span.Start]) {
			end = orgs[k+1].span.End
			if strings.HasPrefix(cl[end:], ")") {
				end++
			}
		}
		return end, true
	}
	return 0, false
}

var (
	reObjectGap  = regexp.MustCompile(`^\s*(?:to\s+|from\s+)?(?:the\s+)?$`)
	reBracketGap = regexp.MustCompile(`^\s*\(\s*$`)
)

func orgBetween(orgs []orgMention, lo, hi int) bool {
	for _, o := range orgs {
		if o.span.Start >= lo && o.span.End <= hi {
			return true
		}
	}
	return false
}

// containsAnyOf tells whether s holds one of subs.
func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// isMeetingName reports whether an organisation's name is a meeting's: its
// last word, before any acronym, is a meeting's ("Steering Committee
// Meeting (SCM)").
func isMeetingName(name string) bool {
	ws := strings.Fields(reParens.ReplaceAllString(name, ""))
	return len(ws) > 0 && meetingHeads[strings.ToLower(ws[len(ws)-1])]
}

// meetingHeads end the names of meetings, which have no members.
var meetingHeads = lexicon.Set("meeting heads")

// reNameGoesOnWords is two more capitalised words: a name that runs on.
var reNameGoesOnWords = regexp.MustCompile(`^\s+([A-Z][\p{L}-]+)\s+[A-Z][\p{L}-]+`)

// startsName reports whether the words after byte end of cl carry a name
// on: "Singapore Civil Defence Force", but not "Singapore, Thailand" or
// "Laos Vietnam and Cambodia".
func (x *extraction) startsName(cl string, end int) bool {
	m := reNameGoesOnWords.FindStringSubmatchIndex(cl[end:])
	if m == nil {
		return false
	}
	next := cl[end+m[2] : end+m[3]]
	return len(x.geoMentions(next)) == 0 && !nameConnector[strings.ToLower(next)]
}

// bodyBefore is the last organisation named before byte at of a clause
// that is not a meeting, or "".
// opensClause reports whether the organisation name is named right after
// a word that opens a clause of its own.
func (x *extraction) opensClause(cl string, orgs []orgMention, name string) bool {
	for _, o := range orgs {
		if o.name == name && reSubordinateBefore.MatchString(cl[:o.span.Start]) {
			return true
		}
	}
	return false
}

func bodyBefore(orgs []orgMention, at int) string {
	name := ""
	for _, o := range orgs {
		if o.span.End <= at && !isMeetingName(o.name) {
			name = o.name
		}
	}
	return name
}

// groupBetween reports whether a group of countries stands between lo
// and hi as a subject would, not after a preposition ("a member of
// ASEAN").
func groupBetween(cl string, geo []geoMention, lo, hi int) bool {
	return slices.ContainsFunc(geo, func(m geoMention) bool {
		return m.isGroup && m.span.Start >= lo && m.span.End <= hi && !reObjectBefore.MatchString(cl[:m.span.Start])
	})
}

// reObjectBefore is a preposition right before a name: its object.
var reObjectBefore = regexp.MustCompile(`(?i)\b(?:of|in|to|from|with|for|by|at)\s+(?:the\s+)?$`)
