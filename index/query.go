package index

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// NotFoundError says a name matched nothing; Suggestions are the closest
// names that do exist.
type NotFoundError struct {
	Kind        string // "country" or "project"
	Name        string
	Suggestions []string
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("no %s called %q", e.Kind, e.Name)
}

// Country is what the documents say about one country.
type Country struct {
	Name        string
	Mentioned   bool    // false: a real country the documents never mention
	Via         string  // set when the name given was a place in this country ("Phnom Penh")
	Groups      []Group // groups the documents use that include it
	Memberships []Membership
	Projects    []*Project
	Places      []Place // one per place, first mention
	Funding     []Funding
	// LeftOut are the sentences that leave it out of something, by name:
	// "Thailand is not eligible for the NSWPP", "excluding Singapore".
	LeftOut []Excerpt
	// Requests are the sentences in which it asks something of another
	// party: "Laos requested Japan to extend the exercises".
	Requests []Excerpt
	Passages []*Passage // every passage that concerns it
}

// Funding is one money or cost-sharing fact with its source.
type Funding struct {
	Text    string // one line: "$98,520 disbursed by Japan through the Japan ESCAP Cooperation Fund in 2000"
	Amount  *Amount
	Share   *Share
	Fund    *Org
	Passage *Passage
}

// ResolveCountry maps user text (any alias, a typo, or a place) to a
// canonical country. via is the place name when text named a place.
func ResolveCountry(text string) (country, via string, err error) {
	f := prose.Fold(CleanQuery(text))
	if f == "" {
		return "", "", &NotFoundError{Kind: "country", Name: text, Suggestions: suggestCountries("")}
	}
	if c := gaz.countryByAlias[f]; c != "" {
		return c, "", nil
	}
	if p, ok := gaz.placeNamed(f, wellKnownOnly); ok {
		return p.country, p.name, nil
	}
	// Typos: the closest alias within a small edit distance.
	best, bestD := "", 3
	if len(f) <= 5 {
		bestD = 2
	}
	for alias, c := range gaz.countryByAlias {
		if len(alias) < 4 {
			continue
		}
		if d := prose.EditDistance(alias, f, bestD); d < bestD {
			best, bestD = c, d
		}
	}
	if best != "" {
		return best, "", nil
	}
	if p, ok := gaz.lookupPlace(f, wellKnownOnly); ok {
		return p.country, p.name, nil
	}
	return "", "", &NotFoundError{Kind: "country", Name: text, Suggestions: suggestCountries(f)}
}

// suggestCountries ranks ASEAN countries and Japan by closeness to f.
func suggestCountries(f string) []string {
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, c := range gaz.countryNames {
		if !gaz.asean[c] && c != "Japan" {
			continue
		}
		d := prose.EditDistance(prose.Fold(c), f, 100)
		if f != "" && strings.HasPrefix(prose.Fold(c), f[:1]) {
			d -= 2
		}
		cs = append(cs, cand{c, d})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	var out []string
	for _, c := range cs[:min(5, len(cs))] {
		out = append(out, c.name)
	}
	return out
}

// Country builds a country's profile from the facts.
func (ix *Index) Country(text string) (Country, error) {
	name, via, err := ResolveCountry(text)
	if err != nil {
		return Country{}, err
	}
	c := Country{Name: name, Via: via}
	for _, p := range ix.sortedPassages() {
		if contains(ix.x.annot[p].countries, name) {
			c.Passages = append(c.Passages, p)
		}
	}
	c.Mentioned = len(c.Passages) > 0
	for _, g := range ix.Groups() {
		if contains(g.Members, name) {
			c.Groups = append(c.Groups, g)
		}
	}
	for _, m := range ix.x.memberships {
		if m.Country == name {
			c.Memberships = append(c.Memberships, m)
		}
	}
	for _, pr := range ix.x.projects {
		if contains(pr.Beneficiaries, name) || contains(pr.Partners, name) {
			c.Projects = append(c.Projects, pr)
		}
	}
	seen := map[string]bool{}
	for _, pl := range ix.x.places {
		if pl.Country == name && !seen[pl.Name] {
			seen[pl.Name] = true
			c.Places = append(c.Places, pl)
		}
	}
	for _, f := range ix.Funding() {
		if ix.fundingTouches(f, name) {
			c.Funding = append(c.Funding, f)
		}
	}
	for _, p := range c.Passages {
		for _, sp := range sentenceSpans(p.Text) {
			if ix.leavesOut(p.Text[sp.Start:sp.End], name) {
				c.LeftOut = append(c.LeftOut, Excerpt{Passage: p, Span: sp})
			}
		}
	}
	for _, r := range ix.answerer.Requests() {
		if slices.Contains(ix.requesters(r.Requester), name) {
			c.Requests = append(c.Requests, Excerpt{Passage: r.Passage, Span: r.Sentence})
		}
	}
	return c, nil
}

// requesters are the countries that ask in a request whose words before
// its verb are before: "the Government of the Lao PDR", "Ms. X,
// Director General of the Intellectual Property Office of Viet Nam". Only
// the last clause before the verb holds the one who asks ("China is not
// a member, and the Ministers called on"), and not an opening phrase set
// off by a comma ("At the meeting held in Siem Reap on 6 September
// 2017,"), an aside ("whose country is locked in a row with China",
// "chaired by Dr. X of Indonesia's agency"), a place ("in Cambodia, the
// team"), the object of a verb ("thanked Japan and asked"), or an
// adjective of a thing ("a Japanese-financed railway"): "the Lao side"
// and "the Cambodian delegation" ask. A passive's subject ("has been
// invited to send") is asked, and asks nothing.
func (ix *Index) requesters(before string) []string {
	if reAskedPassive.MatchString(before) {
		return nil
	}
	if m := reClauseJoins.FindAllStringIndex(before, -1); len(m) > 0 {
		before = before[m[len(m)-1][1]:]
	}
	if reOpeningPreposition.MatchString(before) {
		if i := strings.Index(before, ", "); i >= 0 {
			before = before[i+len(", "):]
		}
	}
	// Asides are blanked, not cut, so that what follows them keeps its
	// place.
	before = reRequesterAside.ReplaceAllStringFunc(before, func(a string) string { return strings.Repeat(" ", len(a)) })
	var out []string
	for _, m := range ix.x.allGeoMentions(before) {
		if m.isGroup || slices.Contains(out, m.name) || reLocativeBefore.MatchString(before[:m.span.Start]) || rePastVerbBefore.MatchString(before[:m.span.Start]) {
			continue
		}
		if written := before[m.span.Start:m.span.End]; demonym(written, m.name) && !demonymParty.MatchString(before[m.span.End:]) {
			continue
		}
		out = append(out, m.name)
	}
	return out
}

// demonym reports whether written, a mention of country, is its adjective
// ("Japanese", "Thai", "Philippine") rather than its name.
func demonym(written, country string) bool {
	return written != country && (strings.HasPrefix(written, country) || strings.HasPrefix(country, written))
}

var (
	// reOpeningPreposition opens a sentence with a phrase of time or
	// place: "At the meeting", "In December 2013".
	reOpeningPreposition = regexp.MustCompile(`^\s*(?:` + lexicon.Alt("opening prepositions") + `)\s`)
	// reLocativeBefore ends with a word that makes the name after it a
	// place something is at, to or from.
	reLocativeBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("locative prepositions") + `)\s+(?:the\s+)?$`)
	// reAskedPassive ends the words before a verb of asking in the
	// passive: "has been", "was".
	reAskedPassive = regexp.MustCompile(`\b(?:been|was|were|is|are|be)\s*$`)
	// reClauseJoins ends a clause before the one whose subject asks.
	reClauseJoins = regexp.MustCompile(`;\s+|:\s+|,\s+(?:` + lexicon.Alt("clause joins before a subject") + `)\s+`)
	// reRequesterAside is an aside that says more of a name: a relative
	// clause or a participle's phrase set off by commas.
	reRequesterAside = regexp.MustCompile(`,\s+(?:whose|which|who|[a-z]+ed\s+by)\b[^,]*,`)
	// rePastVerbBefore ends with a verb in the past, whose object the
	// name after it is: "thanked Japan".
	rePastVerbBefore = regexp.MustCompile(`\b[a-z]{3,}ed\s+(?:the\s+)?$`)
	// demonymParty opens the noun after a country's adjective that makes
	// it a party: "side", "government", "delegation".
	demonymParty = regexp.MustCompile(`(?i)^\s+(?:` + lexicon.Alt("country party nouns", "demonym party nouns") + `)\b`)
)

// leavesOut reports whether a sentence leaves country out of what it
// speaks of, by name: the object of an exclusion cue with nothing but
// names between ("excluding Singapore and Brunei"), or the subject of a
// denial right after it ("Thailand is not eligible", "Singapore and
// Brunei, which are not eligible"). Another country of the clause is not
// left out: "covers Cambodia and Laos, excluding Thailand".
func (ix *Index) leavesOut(sentence, country string) bool {
	mentions := ix.x.allGeoMentions(sentence)
	// masked is the sentence with every place name it makes out written
	// as a run of '#', so that a capitalised word that names no country
	// ("Unlike Cambodia, Thailand is not eligible") is not read as one
	// more name of a list.
	mb := []byte(sentence)
	for _, m := range mentions {
		for i := m.span.Start; i < m.span.End; i++ {
			mb[i] = '#'
		}
	}
	masked := string(mb)
	for _, m := range mentions {
		if m.name != country {
			continue
		}
		after := sentence[m.span.End:]
		// "excluding Thailand's share" leaves out the share, not Thailand.
		if rePossessiveNext.MatchString(after) || reMentionPossessive.MatchString(sentence[:m.span.End]) {
			continue
		}
		if ms := reObjectExclusion.FindAllStringIndex(sentence[:m.span.Start], -1); len(ms) > 0 {
			cue := ms[len(ms)-1]
			gap := sentence[cue[1]:m.span.Start]
			lead := strings.TrimSpace(sentence[:cue[0]])
			switch {
			case !reNamesBetween.MatchString(gap):
			case lead == "" || strings.HasSuffix(lead, ":"):
				// An exclusion that opens the sentence ends at the comma
				// that closes its list: "Excluding Singapore, Brunei and
				// Malaysia, all Member States are eligible" leaves out
				// all three, but "Excluding Japan, Thailand and Viet Nam
				// are the largest donors" only Japan; after a comma in
				// the list the name is left out only if the list then
				// ends in a comma of its own.
				if !strings.Contains(gap, ",") || listThenComma(masked[m.span.End:]) {
					return true
				}
			case !reBareCommaEnd.MatchString(gap) || reListGoesOn.MatchString(after):
				// "Excluding Japan, Thailand is the largest donor":
				// after a bare comma the list goes on, or the name is
				// the main clause's subject.
				return true
			}
		}
		// The subject of the denial, at its clause's start: not "Expenses
		// incurred outside Cambodia are not eligible", nor "No Member
		// State, including Thailand, is excluded".
		// A label's or a note's colon opens a clause too: "Note: Thailand
		// is not eligible", "...: Laos and Viet Nam are not covered".
		cl := prose.ClauseOf(sentence, m.span)
		if at := strings.Index(sentence, cl); at >= 0 && at <= m.span.Start {
			before := masked[at:m.span.Start]
			if i := strings.LastIndexByte(before, ':'); i >= 0 {
				before = before[i+1:]
			}
			if reSubjectLead.MatchString(before) && reDeniedAfter.MatchString(after) {
				return true
			}
		}
	}
	return false
}

var (
	// reObjectExclusion is a cue that leaves out what follows it.
	reObjectExclusion = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("object exclusion cues") + `)\b`)
	// reNamesBetween is nothing but names and list words.
	reNamesBetween = regexp.MustCompile(`^(?:\s*(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*(?:,|\band\b|\bor\b)?)*\s*$`)
	// reDeniedAfter is a denial whose subject stands right before it,
	// with other names of a list: "is not eligible", "and Brunei
	// Darussalam, which are not eligible", "China, which is not a Paris
	// Club member, is not covered".
	reDeniedAfter = regexp.MustCompile(`^(?:\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*(?:\s*,\s*(?:which|who)\s[^,;]*,)?\s*,?\s*(?:which\s+|who\s+)?(?i:(?:` + lexicon.Alt("denial auxiliaries") + `)\s+(?:` + lexicon.Alt("subject exclusion phrases") + `))\b`)
	// rePossessiveNext is a possessive right after a name, and
	// reMentionPossessive one a mention may end with.
	rePossessiveNext    = regexp.MustCompile(`^['’]s\b`)
	reMentionPossessive = regexp.MustCompile(`['’]s$`)
	// reBareCommaEnd is a comma, with no "and" or "or", right before a
	// name.
	reBareCommaEnd = regexp.MustCompile(`,\s*$`)
	// reListGoesOn is what follows a name the list goes on after.
	reListGoesOn = regexp.MustCompile(`^\s*(?:,|\band\b|\bor\b)`)
	// reNextListName is one more name of a list, with place names masked.
	reNextListName = regexp.MustCompile(`^\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?#+`)
	// reSubjectLead is what may stand before the subject of a denial in
	// its clause, with place names masked as '#': other names of its
	// list, a conjunction that opens the clause ("..., and Thailand is
	// not eligible"), or an opening phrase closed by a comma ("For this
	// reason, Thailand is not eligible") that does not itself end in a
	// name, as a list the subject would belong to does ("Expenses
	// incurred in Cambodia, Laos and Thailand are not eligible").
	reSubjectLead = regexp.MustCompile(`^\s*(?i:(?:and|but|while|whereas|whilst)\s+)?(?:.*[^#\s]\s*,\s*(?i:(?:and|but)\s+)?)?(?:(?:the\s+)?#+\s*(?:,|\band\b|\bor\b)?\s*)*$`)
)

// listThenComma reports whether the rest of a list of names, with place
// names masked as '#', is closed by a comma: the list of an opening
// "Excluding A, B and C," ends there, and the main clause follows.
func listThenComma(after string) bool {
	for {
		loc := reNextListName.FindStringIndex(after)
		if loc == nil {
			break
		}
		after = after[loc[1]:]
	}
	return strings.HasPrefix(strings.TrimSpace(after), ",")
}

// fundingTouches reports whether a funding fact concerns country: it pays,
// shares the cost, or its passage is about the country.
func (ix *Index) fundingTouches(f Funding, country string) bool {
	switch {
	case f.Amount != nil:
		a := f.Amount
		if a.Payer == country {
			return true
		}
		// "Of which US$1.1 million went to Viet Nam, and helmets were
		// handed out in Viet Nam, Cambodia and Laos": a sum given to one
		// country is not another's the sentence names.
		if a.Recipient != "" && a.Recipient != country && gaz.countryByAlias[prose.Fold(a.Recipient)] != "" {
			return false
		}
		if ix.sentenceNames(a.Sentence, country) {
			// "hosted by Thailand, which contributes 12 million baht a
			// year, while Myanmar pays ... USD 45,000": a sum another
			// country pays concerns this one only when the sum's own
			// clause names it, or its project is this one's.
			if a.Payer != country && gaz.countryByAlias[prose.Fold(a.Payer)] != "" {
				if i := strings.Index(a.Sentence, a.Text); i >= 0 && !ix.sentenceNames(prose.ClauseOf(a.Sentence, Span{Start: i, End: i + len(a.Text)}), country) {
					return a.Project != nil && (contains(a.Project.Beneficiaries, country) || contains(a.Project.Partners, country))
				}
			}
			return true
		}
		// "Indonesia: Amount: US$21.5 million" in a table with a row of
		// Thailand's own is Indonesia's, not Thailand's; a table of
		// donors' rows ("Japan  US$5.1 million") with no row for the
		// country the project is for still concerns that country.
		if c, ok := rowCountry(a.Passage); ok && c != country && tableHasRowOf(a.Passage, country) {
			return false
		}
		return a.Project != nil && (contains(a.Project.Beneficiaries, country) || contains(a.Project.Partners, country))
	case f.Share != nil:
		// Two shares can share a sentence: only the parties and what this
		// one pays for count.
		return ix.sentenceNames(strings.Join(f.Share.Parties, "; ")+"; "+f.Share.What, country)
	case f.Fund != nil:
		for _, pr := range ix.x.projects {
			if contains(pr.Funding, f.Fund.Display()) && (contains(pr.Beneficiaries, country) || contains(pr.Partners, country)) {
				return true
			}
		}
	}
	return false
}

// tableHasRowOf reports whether the table row p belongs to has a row
// labelled with country.
func tableHasRowOf(p *Passage, country string) bool {
	return slices.ContainsFunc(p.Doc.Passages, func(q *Passage) bool {
		c, ok := rowCountry(q)
		return ok && c == country && q.LeadP == p.LeadP && q.Cite.Section == p.Cite.Section
	})
}

// sentenceNames reports whether a sentence names country, itself or
// through a group.
func (ix *Index) sentenceNames(sentence, country string) bool {
	if v, ok := ix.named.Load(sentence); ok {
		return v.(map[string]bool)[country]
	}
	// "the Government of Indonesia" concerns Indonesia; "excluding
	// Vietnam" does not concern Vietnam.
	names := map[string]bool{}
	for _, m := range ix.x.allGeoMentions(sentence) {
		if prose.Excludes(prose.ClauseOf(sentence, m.span)) {
			continue
		}
		names[m.name] = true
		if g := ix.x.groups[m.name]; g != nil && corpus.Expandable(m.name) {
			for _, c := range g.Members {
				names[c] = true
			}
		}
	}
	ix.named.Store(sentence, names)
	return names[country]
}

// Groups returns the country groups the documents use, defined in the text
// or known to the gazetteer, by name.
func (ix *Index) Groups() []Group {
	var out []Group
	for _, g := range ix.x.groups {
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Projects returns every project in document order.
func (ix *Index) Projects() []*Project { return ix.x.projects }

// Project finds a project by name: exact, then by words in common, then
// by typo-tolerant words.
func (ix *Index) Project(text string) (*Project, error) {
	f := prose.Fold(CleanQuery(text))
	if f == "" {
		return nil, &NotFoundError{Kind: "project", Name: text, Suggestions: ix.SuggestProjects("", 5)}
	}
	for _, pr := range ix.x.projects {
		if prose.Fold(pr.Name) == f {
			return pr, nil
		}
	}
	// A body's short form stands for the project named by its long form:
	// "/iai project JACFTC" for the Japan-ASEAN Coastal Fisheries Training
	// Centre, whose heading gives only the long form.
	if o := ix.x.orgByKey[f]; o != nil && o.Acronym != "" && prose.Fold(o.Acronym) == f {
		long := prose.Fold(prose.CanonOrg(o.Name))
		for _, pr := range ix.x.projects {
			if n := prose.Fold(prose.CanonOrg(reTrailParens.ReplaceAllString(pr.Name, ""))); n == long {
				return pr, nil
			}
		}
	}
	// A document's ID or title stands for the project its title names:
	// "/iai project jica-2014-09-volcano-brief".
	for _, d := range ix.docs {
		if prose.Fold(d.ID) != f && prose.Fold(d.Title) != f {
			continue
		}
		var own []*Project
		var names []string
		for _, pr := range ix.x.projects {
			if pr.Passage != nil && pr.Passage.Doc == d {
				own = append(own, pr)
				names = append(names, pr.Name)
			}
		}
		if i := bestTitled(d.Title, names); i >= 0 {
			return own[i], nil
		}
	}
	best, bestScore := (*Project)(nil), 0.0
	for _, pr := range ix.x.projects {
		if s := prose.NameScore(f, pr.Name); s > bestScore {
			best, bestScore = pr, s
		}
	}
	if best != nil && bestScore >= 0.5 {
		return best, nil
	}
	return nil, &NotFoundError{Kind: "project", Name: text, Suggestions: ix.SuggestProjects(f, 5)}
}

// titleNames reports whether a document's title names a project: its name
// without what it has in brackets; its initials before its head word ("the
// MEEL Project" for the Mekong Engineering Education Link Project); or
// most of its own words ("the New Maternal and Child Health Wing of Magway
// Regional Hospital" for the Project for Improvement of Maternal and Child
// Health Services at Magway Regional Hospital).
func titleNames(title, name string) bool { return titleScore(title, name) > 0 }

// titleScore is how surely a title names a project: its whole name above
// its initials above the share of its own words the title holds; 0 when
// it does not name it.
func titleScore(title, name string) float64 {
	bare := reParens.ReplaceAllString(name, "")
	n := prose.Fold(bare)
	t := prose.Fold(reParens.ReplaceAllString(title, ""))
	if len(strings.Fields(n)) < 2 {
		return 0
	}
	if strings.Contains(t, n) {
		return wholeNameScore
	}
	tw := prose.WordRE.FindAllString(t, -1)
	if acr := initialsBeforeHead(bare); acr != "" {
		words := strings.Fields(bare)
		for i := 0; i+1 < len(tw); i++ {
			if tw[i] == prose.Fold(acr) && tw[i+1] == prose.Fold(words[len(words)-1]) {
				return initialsScore
			}
		}
	}
	own, held := 0, 0
	for _, w := range prose.WordRE.FindAllString(n, -1) {
		if prose.Stopwords[w] || reTitleProjectHead.MatchString(prose.UpperFirst(w)) {
			continue
		}
		own++
		if slices.Contains(tw, w) {
			held++
		}
	}
	if held >= minTitleWords && held*titleShareDen >= own*titleShareNum {
		return float64(held) / float64(own)
	}
	return 0
}

// Scores of titleScore above any share of words.
const (
	wholeNameScore = 3
	initialsScore  = 2
)

// bestTitled is the index of the name a title names most surely, or -1
// when it names none or two as surely: "Urban Water Supply" in the title
// is the urban project, not the rural one listed first.
func bestTitled(title string, names []string) int {
	best, bestScore, tie := -1, 0.0, false
	for i, n := range names {
		switch sc := titleScore(title, n); {
		case sc > bestScore:
			best, bestScore, tie = i, sc, false
		case sc > 0 && sc == bestScore && prose.Fold(n) != prose.Fold(names[best]):
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// initialsBeforeHead are the initials of a project's name before its head
// word, by which it may be called: "MEEL" of the Mekong Engineering
// Education Link Project; "" when its last word is no project head.
func initialsBeforeHead(name string) string {
	words := strings.Fields(reParens.ReplaceAllString(name, ""))
	if len(words) < 2 || !reTitleProjectHead.MatchString(words[len(words)-1]) {
		return ""
	}
	return prose.DerivedAcronym(strings.Join(words[:len(words)-1], " "))
}

// A title names a project by its words when it holds at least
// minTitleWords of them and titleShareNum/titleShareDen of all: six of
// eight, not "Water", "Vientiane" and "Capital" of six.
const (
	minTitleWords = 3
	titleShareNum = 2
	titleShareDen = 3
)

// SuggestProjects returns up to n project names that best match a prefix,
// words or typos; with empty text, the first n projects.
func (ix *Index) SuggestProjects(text string, n int) []string {
	f := prose.Fold(CleanQuery(text))
	type cand struct {
		name  string
		score float64
		order int
	}
	var cs []cand
	for i, pr := range ix.x.projects {
		s := 0.0
		switch {
		case f == "":
			s = 1
		case strings.HasPrefix(prose.Fold(pr.Name), f):
			s = 3
		case strings.Contains(prose.Fold(pr.Name), f):
			s = 2
		default:
			s = prose.NameScore(f, pr.Name)
		}
		if s > 0 {
			cs = append(cs, cand{pr.Name, s, i})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.name)
	}
	out = firstUnique(out, n)
	if len(out) == 0 && f != "" {
		// Nothing close: offer the first projects rather than nothing.
		return ix.SuggestProjects("", n)
	}
	return out
}

// SuggestCountries returns up to n country names for a prefix, alias or
// typo; the documents' countries come first.
func (ix *Index) SuggestCountries(text string, n int) []string {
	f := prose.Fold(CleanQuery(text))
	mentioned := map[string]bool{}
	for _, a := range ix.x.annot {
		for _, c := range a.countries {
			mentioned[c] = true
		}
	}
	type cand struct {
		name  string
		score int
	}
	var cs []cand
	add := func(name string, score int) {
		if mentioned[name] {
			score += 10
		}
		cs = append(cs, cand{name, score})
	}
	for alias, c := range gaz.countryByAlias {
		switch {
		case f == "":
			if mentioned[c] || gaz.asean[c] {
				add(c, 1)
			}
		case strings.HasPrefix(alias, f):
			add(c, 30)
		case len(f) >= 3 && prose.EditDistance(alias, f, 3) <= 2:
			add(c, 20-prose.EditDistance(alias, f, 3))
		case len(f) >= 3 && len(alias) > len(f) && prose.EditDistance(alias[:len(f)], f, 2) <= 1:
			add(c, 15)
		}
	}
	if c, _, err := ResolveCountry(text); err == nil && f != "" {
		add(c, 40)
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].name < cs[j].name
	})
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.name)
	}
	out = firstUnique(out, n)
	return out
}

// Funding lists every funding fact: sums of money, cost shares, and the
// funds the documents name, in document order.
func (ix *Index) Funding() []Funding { return slices.Clone(ix.funding()) }

// fundingList is Funding's list, made from the facts.
func (ix *Index) fundingList() []Funding {
	var out []Funding
	for i := range ix.x.amounts {
		a := &ix.x.amounts[i]
		if a.EquivalentOf != "" {
			continue // shown with the amount it converts
		}
		out = append(out, Funding{Text: a.Describe(), Amount: a, Passage: a.Passage})
	}
	for i := range ix.x.shares {
		s := &ix.x.shares[i]
		line := s.Describe()
		if s.What != "" {
			line += " for " + s.What
		}
		out = append(out, Funding{Text: line, Share: s, Passage: s.Passage})
	}
	for i := range ix.x.orgs {
		o := &ix.x.orgs[i]
		if !strings.Contains(o.Name, "Fund") {
			continue
		}
		line := o.Display()
		var uses []string
		for _, pr := range ix.x.projects {
			// A fund that is itself listed as a project funds nothing
			// by that.
			if contains(pr.Funding, o.Display()) && pr.Name != o.Name && pr.Name != o.Display() {
				uses = append(uses, pr.Name)
			}
		}
		for _, a := range ix.x.amounts {
			if a.Via != "" && viaNames(a.Via, o) {
				uses = append(uses, a.Text+" disbursed")
			}
		}
		if len(uses) > 0 {
			line += ": funds " + strings.Join(prose.Uniq(uses), "; ")
		}
		out = append(out, Funding{Text: line, Fund: o, Passage: o.Passage})
	}
	sort.SliceStable(out, func(i, j int) bool { return less(out[i].Passage, out[j].Passage) })
	return out
}

func less(a, b *Passage) bool {
	if a.Doc != b.Doc {
		return a.Doc.ID < b.Doc.ID
	}
	return a.Order < b.Order
}

// Members returns the groups and organisation memberships the documents
// state, groups first.
func (ix *Index) Members() ([]Group, []Membership) {
	ms := append([]Membership(nil), ix.x.memberships...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Org < ms[j].Org })
	return ix.Groups(), ms
}

// Timeline returns every dated fact in chronological order; the
// documents' own dates are included as their publication.
func (ix *Index) Timeline() []Date { return slices.Clone(ix.timeline()) }

// timelineList is Timeline's list, made from the facts.
func (ix *Index) timelineList() []Date {
	var out []Date
	for _, d := range ix.docs {
		if !d.Date.IsZero() {
			out = append(out, Date{Text: d.DateText, Start: d.Date, End: d.Date, Precision: "month",
				Sentence: fmt.Sprintf("%s published “%s”.", orDefault(d.Publisher, "The document"), d.Title), Passage: d.Passages[0]})
		}
	}
	short := map[*Document]map[string]string{}
	for _, o := range ix.x.orgs {
		if o.Acronym == "" || o.General || o.Passage == nil {
			continue
		}
		if short[o.Passage.Doc] == nil {
			short[o.Passage.Doc] = map[string]string{}
		}
		short[o.Passage.Doc][o.Name] = o.Display()
	}
	about := ix.projectSentences()
	for _, d := range ix.x.dates {
		if !columnNameDate(d) {
			// "Cilegon Hydrogen and Ammonia Storage Project: Its Loan
			// Agreement was signed": a subsection titled with a project's
			// long name, which readers call by its short form.
			// A label that names nothing ("**Request:**", "**Loan
			// Agreement:**") tells only what the line is, and gives way
			// to the project its sentence is about.
			p := d.Passage
			named := p != nil && p.Label != "" && (short[p.Doc][p.Label] != "" || len(ix.x.namesIn(p.Label, false)) > 0)
			if named {
				d.Label = cmp.Or(short[p.Doc][p.Label], p.Label)
			}
			// "The DOF asked Japan to finance the line on 3 March 2017":
			// a sentence that refers back to one project, and to no
			// other, is dated for that project.
			if d.Label == "" {
				d.Label = about[excerptKey{d.Passage, d.Span.Start}]
			}
			if d.Label == "" && p != nil && p.Label != "" {
				d.Label = p.Label
			}
			// "The network was established on 21 May 2012 in Bangkok":
			// a sentence that opens by the head of the body its passage
			// last named is about that body.
			if d.Label == "" {
				d.Label = ix.x.bodyReferredTo(d)
			}
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.Before(out[j].Start)
		}
		return out[i].End.Before(out[j].End)
	})
	return out
}

// excerptKey is a position in a passage.
type excerptKey struct {
	p  *Passage
	at int
}

// projectSentences maps the dates in a sentence that is about exactly
// one project, and names none itself, to that project's name.
func (ix *Index) projectSentences() map[excerptKey]string {
	type owned struct {
		span Span
		prs  []*Project
	}
	byPassage := map[*Passage][]owned{}
	for _, pr := range ix.x.projects {
		for _, e := range pr.Sentences {
			os := byPassage[e.Passage]
			k := slices.IndexFunc(os, func(o owned) bool { return o.span == e.Span })
			switch {
			case k < 0:
				byPassage[e.Passage] = append(os, owned{e.Span, []*Project{pr}})
			case !slices.Contains(os[k].prs, pr):
				os[k].prs = append(os[k].prs, pr)
			}
		}
	}
	out := map[excerptKey]string{}
	for _, d := range ix.x.dates {
		for _, o := range byPassage[d.Passage] {
			if d.Span.Start < o.span.Start || d.Span.End > o.span.End {
				continue
			}
			st := d.Passage.Text[o.span.Start:o.span.End]
			if len(o.prs) == 1 && len(ix.x.namesIn(st, false)) == 0 && !namesShortForm(st, o.prs[0].Name) {
				out[excerptKey{d.Passage, d.Span.Start}] = o.prs[0].Name
			}
			break
		}
	}
	return out
}

// bodyReferredTo is the body a dated sentence opens by referring to by
// its head noun ("The network ..."), when the sentence names none: the
// last body its passage named before it with that head; else "".
func (x *extraction) bodyReferredTo(d Date) string {
	p := d.Passage
	a := x.annot[p]
	if p == nil || a == nil {
		return ""
	}
	sent := containing(a.sentences, d.Span.Start)
	st := p.Text[sent.Start:sent.End]
	if !reTheHeadOpens.MatchString(st) || len(x.orgMentions(st)) > 0 {
		return ""
	}
	// The last body named before whose head the sentence opens with:
	// "the network" is not the Department named after the Network.
	// "The fourth annual meeting of the network was held": a thing of
	// the body's, named by its head after "of", is the body's too.
	ref := st
	if m := reOfTheHead.FindStringSubmatchIndex(st); m != nil {
		ref = st[m[2]:]
	}
	before := x.orgMentions(p.Text[:sent.Start])
	for i := len(before) - 1; i >= 0; i-- {
		if name := before[i].name; refersWhole(ref, strings.Split(name, " (")[0]) {
			return name
		}
	}
	return ""
}

// reOfTheHead opens a sentence with a thing "of the" something: its
// group is where "the" starts.
var reOfTheHead = regexp.MustCompile(`^The\s+(?:[\p{L}-]+\s+){1,3}of\s+(the\s)`)

// reTheHeadOpens opens a sentence with "The" and a capitalised or lower
// case noun: "The network was established".
var reTheHeadOpens = regexp.MustCompile(`^The\s+\p{L}`)

// namesShortForm reports whether st writes the short form in brackets at
// the end of name: "The PDFRMP aims to ...".
func namesShortForm(st, name string) bool {
	m := reEndShortForm.FindStringSubmatch(name)
	return m != nil && slices.Contains(strings.FieldsFunc(st, func(r rune) bool { return !prose.IsWordRune(r) && r != '-' }), m[1])
}

// reEndShortForm is a name's short form in brackets at its end.
var reEndShortForm = regexp.MustCompile(`\(([^()\s]+)\)$`)

// columnNameDate reports whether d stands in the name of a table's
// column ("FY2016: 8" in a row of trainees by year): it heads the
// column's figures and dates no event of the row.
func columnNameDate(d Date) bool {
	p := d.Passage
	if p == nil || !p.IsTableRow() {
		return false
	}
	for _, c := range rowCellsOf(p) {
		if c.column != "" && d.Span.Start >= c.start-len(c.column)-len(": ") && d.Span.End <= c.start-len(": ") {
			return true
		}
	}
	return false
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// Orgs returns the organisations and acronyms, in the order learnt.
func (ix *Index) Orgs() []Org { return ix.x.orgs }

// Places returns every place mention.
func (ix *Index) Places() []Place { return ix.x.places }

// Amounts returns every sum of money.
func (ix *Index) Amounts() []Amount { return ix.x.amounts }

// Shares returns every cost share.
func (ix *Index) Shares() []Share { return ix.x.shares }

// Dates returns every date mention in document order.
func (ix *Index) Dates() []Date { return ix.x.dates }

// Counts returns every count.
func (ix *Index) Counts() []Count { return ix.x.counts }

// Memberships returns every membership status in document order.
func (ix *Index) Memberships() []Membership { return ix.x.memberships }

// Purposes returns every purpose sentence.
func (ix *Index) Purposes() []Purpose { return ix.x.purposes }

// PassageCountries returns the countries a passage concerns.
func (ix *Index) PassageCountries(p *Passage) []string { return ix.x.annot[p].countries }

// firstUnique keeps the first n distinct names, in order.
func firstUnique(names []string, n int) []string {
	var out []string
	for _, name := range names {
		if len(out) == n {
			break
		}
		if !contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// viaNames reports whether a sum's channel, as written ("the Japan-ASEAN
// Integration Fund (JAIF)", "JAIF"), is organisation o: the whole name or
// its short form, not a word of it ("Japan" is not the Japan-ASEAN
// Integration Fund).
func viaNames(via string, o *Org) bool {
	name, acr := via, ""
	if i := strings.LastIndex(via, " ("); i > 0 && strings.HasSuffix(via, ")") {
		name, acr = via[:i], via[i+2:len(via)-1]
	}
	key := prose.Fold(prose.CanonOrg(name))
	return key == prose.Fold(prose.CanonOrg(o.Name)) || o.Acronym != "" && (name == o.Acronym || acr == o.Acronym)
}
