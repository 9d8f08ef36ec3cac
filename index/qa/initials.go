package qa

import (
	"strings"
	"unicode"

	"github.com/iaibot/iaibot/index/internal/prose"
)

// Typed initials: a reader who has seen "social security agreement" a few
// times writes "ssa", though the documents never do. A question word the
// documents lack that spells the initials of a run of their words, one run
// more often than any other, stands for that run.
const (
	// minInitials and maxInitials bound the initials read: two letters
	// spell too many runs, five words are no longer a name anyone types
	// by its initials.
	minInitials = 3
	maxInitials = 4
	// minInitialsUses is how often the documents must write a run for its
	// initials to stand for it: a run written once is not one a reader
	// would abbreviate.
	minInitialsUses = 2
)

// initialsRun is a run of words the documents write, by its initials.
type initialsRun struct {
	words []string // as first written, lower case
	uses  int
}

// expandInitials is the run of words w spells the initials of, or nil
// when none, or more than one as often, does.
func (md *Model) expandInitials(w string) []string {
	if len(w) < minInitials || len(w) > maxInitials || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return nil
	}
	md.initialsOnce.Do(md.readInitials)
	runs := md.initials[w]
	var best *initialsRun
	tie := false
	for _, r := range runs {
		switch {
		case best == nil || r.uses > best.uses:
			best, tie = r, false
		case r.uses == best.uses:
			tie = true
		}
	}
	if best == nil || tie || best.uses < minInitialsUses {
		return nil
	}
	return best.words
}

// readInitials reads every run of minInitials to maxInitials words of the
// documents' sentences that no stopword, punctuation or figure breaks,
// by the initials it spells and the stems of its words.
func (md *Model) readInitials() {
	md.initials = map[string]map[string]*initialsRun{}
	for _, rec := range md.sents {
		text := rec.text
		var words []string
		last := -1
		flush := func() { words = words[:0] }
		for _, at := range prose.WordRE.FindAllStringIndex(text, -1) {
			w := strings.ToLower(text[at[0]:at[1]])
			// Words are joined by a space or a hyphen ("Japan-Thailand");
			// a comma or a full stop ends the run.
			if last >= 0 && strings.Trim(text[last:at[0]], " -") != "" {
				flush()
			}
			last = at[1]
			r := []rune(w)
			// Only content words: "which has no" spells "whn", a typo.
			if prose.Stopwords[w] || questionStop[w] || !unicode.IsLetter(r[0]) {
				flush()
				continue
			}
			words = append(words, w)
			for n := minInitials; n <= maxInitials && n <= len(words); n++ {
				md.addInitialsRun(words[len(words)-n:])
			}
		}
	}
}

// addInitialsRun counts one use of the run ws.
func (md *Model) addInitialsRun(ws []string) {
	var key, stems strings.Builder
	for _, w := range ws {
		key.WriteRune([]rune(w)[0])
		stems.WriteString(stemTerm(w))
		stems.WriteByte(' ')
	}
	k := key.String()
	// Only initials a question could type: plain letters a to z.
	if strings.IndexFunc(k, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return
	}
	byStems := md.initials[k]
	if byStems == nil {
		byStems = map[string]*initialsRun{}
		md.initials[k] = byStems
	}
	s := stems.String()
	if r := byStems[s]; r != nil {
		r.uses++
		return
	}
	byStems[s] = &initialsRun{words: append([]string(nil), ws...), uses: 1}
}
