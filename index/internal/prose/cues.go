package prose

import (
	"regexp"
	"strings"

	"github.com/iaibot/iaibot/index/internal/lexicon"
)

// ToComeOpener is what puts the verb after it still to come: "will",
// "intends to", "is expected to", with an adverb that may follow ("will
// also"). A fragment of a pattern, for extraction and the answerer alike.
var ToComeOpener = `(?:(?:` + lexicon.Alt("unrealised verb openers") + `)|(?:` + lexicon.Alt("plan words before to") + `)\s+to)(?:\s+(?:` + lexicon.Alt("adverbs before a verb") + `))?`

// Cues that extraction and the answerer read alike.
var (
	// ObjectBeforeRE ends with a preposition whose object the name after
	// it is ("a student of "): that name is no subject of the clause's
	// verb.
	ObjectBeforeRE = regexp.MustCompile(`\b(?:` + lexicon.Alt("prepositions before an object") + `)\s+$`)
	// OrgRefRE is a reference to an organisation by its head noun alone:
	// "the Network", "its Secretariat". The head is the first group.
	OrgRefRE = NewStartRE(regexp.MustCompile(`(?i)\b(?:the|its)\s+(` + lexicon.Alt("organisation heads", "organisation reference heads", "instrument heads") + `)\b`))
	// ExclusionRE is a clause's word that leaves something out: "excluding
	// Thailand", "Thailand was expressly excluded".
	ExclusionRE = regexp.MustCompile(`(?i)\b` + lexicon.Alt("exclusion cues") + `\b`)
	// BreakdownLeadRE opens a sentence that breaks down the count of the
	// sentence before: "By country, 27 came from Myanmar".
	BreakdownLeadRE = regexp.MustCompile(`(?i)^\W*(?:` + lexicon.Alt("breakdown leads") + `)\s*,`)
	// UndecidedWhetherRE is a whether-clause a sentence says is not
	// decided: "whether PARC will continue after March 2026 has not yet
	// been decided", "no decision has been taken on whether".
	UndecidedWhetherRE = regexp.MustCompile(`(?i)\bwhether\b[^.;]*?\b(?:` + lexicon.Alt("undecided phrases") + `)\b|\b(?:` + lexicon.Alt("undecided phrases") + `)\s+(?:on\s+|as\s+to\s+)?whether\b[^.;]*`)
	// TotalBroughtRE ends with a total carried to the sum after it:
	// "bringing the total co-financing to". That sum is what all have
	// given together, not what the clause's subject gave.
	TotalBroughtRE = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("total bringing verbs") + `)\s+(?:the|its|their)\s+(?:[^\s,;.]+\s+){0,3}?total\b(?:\s+[^\s,;.]+){0,4}?\s+to\s+(?:` + lexicon.Alt("sum hedges") + `\s+)*$`)
)

// TotalBroughtReach is how far before a sum the words TotalBroughtRE
// reads may start: "bringing the total resources of the Fund to ".
const TotalBroughtReach = 100

// exclusionNeedles are the longest word of each exclusion cue, in lower
// case: a text without any of them cannot match ExclusionRE, and most
// texts have none.
var exclusionNeedles = func() []string {
	var out []string
	for _, cue := range lexicon.Words("exclusion cues") {
		longest := ""
		for _, w := range strings.Fields(cue) {
			if len(w) > len(longest) {
				longest = w
			}
		}
		if len(longest) > 1 {
			out = append(out, strings.ToLower(longest))
		}
	}
	return out
}()

// Excludes reports whether text holds an exclusion cue: ExclusionRE, with
// a cheap test first.
func Excludes(text string) bool {
	lower := strings.ToLower(text)
	for _, n := range exclusionNeedles {
		if strings.Contains(lower, n) {
			// "can receive no more than 120 patients" compares; it leaves
			// no one out.
			for _, m := range ExclusionRE.FindAllStringIndex(text, -1) {
				if !reComparativeNext.MatchString(text[m[1]:]) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// reComparativeNext follows "no" in a comparison: " more than", " fewer
// than".
var reComparativeNext = regexp.MustCompile(`(?i)^\s+(?:more|fewer|less|longer|later|earlier|greater|higher|lower)\s+than\b`)
