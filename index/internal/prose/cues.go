package prose

import (
	"regexp"

	"github.com/iaibot/iaibot/index/internal/lexicon"
)

// Cues that extraction and the answerer read alike.
var (
	// OrgRefRE is a reference to an organisation by its head noun alone:
	// "the Network", "its Secretariat". The head is the first group.
	OrgRefRE = NewStartRE(regexp.MustCompile(`(?i)\b(?:the|its)\s+(` + lexicon.Alt("organisation heads") + `)\b`))
	// ExclusionRE is a clause's word that leaves something out: "excluding
	// Thailand", "Thailand was expressly excluded".
	ExclusionRE = regexp.MustCompile(`(?i)\b` + lexicon.Alt("exclusion cues") + `\b`)
)
