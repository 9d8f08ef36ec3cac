package prose

import (
	"regexp"
	"strings"

	"github.com/iaibot/iaibot/index/internal/lexicon"
)

// Cues that extraction and the answerer read alike.
var (
	// OrgRefRE is a reference to an organisation by its head noun alone:
	// "the Network", "its Secretariat". The head is the first group.
	OrgRefRE = NewStartRE(regexp.MustCompile(`(?i)\b(?:the|its)\s+(` + lexicon.Alt("organisation heads", "organisation reference heads", "instrument heads") + `)\b`))
	// ExclusionRE is a clause's word that leaves something out: "excluding
	// Thailand", "Thailand was expressly excluded".
	ExclusionRE = regexp.MustCompile(`(?i)\b` + lexicon.Alt("exclusion cues") + `\b`)
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
			return ExclusionRE.MatchString(text)
		}
	}
	return false
}
