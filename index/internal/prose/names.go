package prose

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/iaibot/iaibot/index/internal/lexicon"
)

// Fold normalises a name for lookup: lower case, dots dropped, hyphens and
// runs of space made one space, a leading "the" removed.
func Fold(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = foldReplacer.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimPrefix(s, "the ")
	return s
}

var foldReplacer = strings.NewReplacer(".", "", "-", " ", "\u2013", " ", "’", "'")

// CanonOrg merges the British and American spellings the same document
// may mix ("Centre", "Center").
func CanonOrg(s string) string { return canonOrgReplacer.Replace(s) }

var canonOrgReplacer = strings.NewReplacer("Center", "Centre", "Organization", "Organisation", "Program ", "Programme ")

// KnownShortForm is the short form a kept list gives a well-known name
// ("European Union" -> "EU"), or "".
func KnownShortForm(name string) string {
	return knownShortForms[Fold(CanonOrg(name))]
}

var knownShortForms = func() map[string]string {
	out := map[string]string{}
	for acr, name := range lexicon.Pairs("general acronyms") {
		out[Fold(CanonOrg(name))] = acr
	}
	return out
}()

// DerivedAcronym is what people abbreviate a multi-word name to when the
// documents give no acronym: "ASEAN-Japan Centre" -> "AJC".
func DerivedAcronym(name string) string {
	var b strings.Builder
	n := 0
	for _, w := range WordRE.FindAllString(name, -1) {
		if Stopwords[strings.ToLower(w)] {
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]))
		n++
	}
	if n < 3 {
		return ""
	}
	return b.String()
}

// NameScore is the share of the query's words found in a name, allowing
// one typo in longer words and a clipped word ("corr" for "corridor").
func NameScore(query, name string) float64 {
	qs := QueryTerms(query)
	if len(qs) == 0 {
		return 0
	}
	names := QueryTerms(name)
	hit, total := 0.0, 0.0
	for _, q := range qs {
		if Stopwords[q] {
			continue
		}
		total++
		for _, n := range names {
			if n == q || (len(q) >= 5 && EditDistance(n, q, 2) <= 1) || (len(q) >= 4 && strings.HasPrefix(n, q)) {
				hit++
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	return hit / total
}

// EditDistance is the optimal-string-alignment distance between a and b,
// giving up with max once it cannot be smaller.
func EditDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= max || -d >= max {
		return max
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= max {
			return max
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], max)
}

var (
	// "e-Procurement": a one-letter prefix opens a capitalised word.
	capWord = `(?:No\.|(?:\b[a-z]-)?[A-Z][\p{L}\p{N}'’&]*(?:[-–/][\p{L}\p{N}]+)*|\d+(?:st|nd|rd|th)|\d+(?:\.\d+)?[A-Za-z]?)`
	// "500 kV": a number and its unit symbol are one word of a name.
	unitWord = `\d+(?:\.\d+)?\s(?:` + strings.Join(lexicon.Words("unit symbols in names"), "|") + `)\b`
	acrWord  = `\([A-Z][A-Za-z0-9-]*[A-Z0-9]\)`
	// PhaseWord is a phase in brackets, part of a name: "Da Nang Coastal
	// Wastewater Treatment Project (Phase 1) (DNWW)".
	PhaseWord  = `\((?i:` + lexicon.Alt("phase heads") + `)\s+(?:[IVX]+|\d+)\)`
	connectors = `(?:` + strings.Join(lexicon.Words("name connectors"), "|") + `)`
	// "Programme for the Provision of a Fisheries Patrol Vessel": a
	// project's name may hold an article after "of".
	articledConnectors = `(?:` + lexicon.Alt("name connectors before an article") + `)\s+(?:` + lexicon.Alt("indefinite articles in names") + `)`
	// TitlePhraseRE is a run of capitalised words, with the small words a
	// name holds between them and acronyms in brackets: "Regional
	// Conference on Civil Engineering".
	TitlePhraseRE = regexp.MustCompile(capWord + `(?:\s+(?:` + connectors + `\s+)*(?:` + capWord + `|` + acrWord + `))*`)
	// ProjectPhraseRE is TitlePhraseRE with the words only a project's
	// name holds besides: a number with its unit symbol and a phase in
	// brackets. It is kept apart because the answerer runs TitlePhraseRE
	// over whole documents, where every alternative costs.
	ProjectPhraseRE = regexp.MustCompile(`(?:` + unitWord + `|` + capWord + `)(?:\s+(?:(?:` + articledConnectors + `|` + connectors + `)\s+)*(?:` + unitWord + `|` + capWord + `|` + acrWord + `|` + PhaseWord + `))*`)
)

// rePluralAcronym is a short form with a plural "s": "IMCs".
var rePluralAcronym = regexp.MustCompile(`^([A-Z]{2,}[0-9]*)s$`)

// SingularAcronym is a plural short form without its "s" ("IMCs" is
// "IMC", as a question asks it), or "".
func SingularAcronym(acr string) string {
	if m := rePluralAcronym.FindStringSubmatch(acr); m != nil {
		return m[1]
	}
	return ""
}

// Possessive reports whether a word is written with "'s", straight or
// curly apostrophe.
func Possessive(word string) bool {
	return strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "’s")
}

// NameHead is the head noun of an organisation's name, its last word
// before a short form in brackets, in lower case: "centre" of "Mekong
// Human Resource Development Centre (MHRDC)". A name that goes on after
// "of" or "for" has its head before that: "network" of "ASEAN Network of
// ICT Training Institutes", "fund" of "Japan Fund for Poverty Reduction".
func NameHead(name string) string {
	name, _, _ = strings.Cut(name, " (")
	for _, prep := range []string{" of ", " for "} {
		if before, _, ok := strings.Cut(name, prep); ok && before != "" {
			name = before
		}
	}
	return LastWord(name)
}

// nameOpeners are the heads a name may open with before "for" that its
// acronym does not spell: "Project for Strengthening Parasitology
// Laboratories (SPL)".
var nameOpeners = lexicon.Set("unspelt name openers")

// IsNameOpener reports whether w, in any case, is such a head.
func IsNameOpener(w string) bool { return nameOpeners[strings.ToLower(w)] }

// WithoutOpener is name without the head it opens with before "for":
// "Strengthening Parasitology Laboratories" of "Project for
// Strengthening Parasitology Laboratories".
func WithoutOpener(name string) string {
	if head, rest, ok := strings.Cut(name, " for "); ok && IsNameOpener(head) {
		return rest
	}
	return name
}

// LastWord is the last word of s, in lower case.
func LastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return strings.ToLower(ws[len(ws)-1])
}

// MaxAspectWords is the most words a sub-heading that names only an
// aspect of a thing has: "Operation and cost sharing".
const MaxAspectWords = 4

// AspectWords reports whether a sub-heading's words name only an aspect
// of what the heading before spoke of, as far as its words tell: a few
// words in lower case after the first ("Establishment and membership"),
// or in title case with no short form, number, bracket or noun that heads
// a name ("Staff and Governance", "Results to Date", not "Blue Seas Fund"
// or "WASH Response"). Places and names the caller knows it checks itself.
func AspectWords(label string) bool {
	ws := strings.Fields(label)
	if len(ws) == 0 || len(ws) > MaxAspectWords {
		return false
	}
	lower := true
	for _, w := range ws[1:] {
		if r := []rune(w)[0]; !unicode.IsLower(r) {
			lower = false
		}
	}
	if lower {
		return true
	}
	for i, w := range ws {
		if strings.ContainsAny(w, "()0123456789&/") || upperRunes(w) > 1 {
			return false
		}
		// A head after a capitalised word ends a name ("Blue Seas Fund");
		// one that opens the heading ("Secretariat and Results") does not.
		if i > 0 && nameHeadWords[strings.ToLower(strings.Trim(w, ",:;."))] && unicode.IsUpper([]rune(ws[i-1])[0]) {
			return false
		}
	}
	return true
}

// reAspectAside is what an aspect's sub-heading may add that names no
// work of a place: a possessive ("Japan's Support") or where a visit
// went ("Director's Visit to Japan").
var reAspectAside = regexp.MustCompile(`[\p{L}.-]+['’]s\b|\s+to\s+.*$`)

// AspectCore is an aspect's sub-heading without its possessives and the
// place a visit went to, for a caller that refuses a sub-heading naming a
// place: "Japan's Support" is Japan's part in what the heading before
// spoke of, as "Technical Cooperation in Myanmar" is work of its own.
func AspectCore(label string) string {
	return strings.TrimSpace(reAspectAside.ReplaceAllString(label, ""))
}

// nameHeadWords are the nouns that end a project's or a body's name.
var nameHeadWords = lexicon.Set("project heads", "organisation heads", "organisation reference heads")

// upperRunes counts the upper-case letters of w.
func upperRunes(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// membershipHeadingWords head a section about a body's members.
var membershipHeadingWords = lexicon.Set("membership heading words")

// MembershipHeading reports whether a section title says the section is
// about membership: "(1) Establishment and membership".
func MembershipHeading(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if membershipHeadingWords[strings.Trim(w, ".,:;()")] {
			return true
		}
	}
	return false
}
