package prose

import (
	"regexp"
	"strings"
	"sync"

	"github.com/iaibot/iaibot/index/internal/lexicon"
)

// ClauseOf is the clause of sentence s that holds span: the text between
// the nearest semicolons, or commas that open a new clause ("while ...",
// "whereas ...").
func ClauseOf(s string, sp Span) string {
	start := strings.LastIndexAny(s[:sp.Start], ";") + 1
	end := len(s)
	if i := strings.Index(s[sp.End:], ";"); i >= 0 {
		end = sp.End + i
	}
	for _, sep := range contrastSeps() {
		if i := strings.LastIndex(s[:sp.Start], sep); i+1 > start {
			start = i + 1
		}
		if i := strings.Index(s[sp.End:], sep); i >= 0 && sp.End+i < end {
			end = sp.End + i
		}
	}
	return s[start:end]
}

// contrastSeps are ", while ", ", but " and the like: a comma before a
// conjunction that opens a contrasting clause.
var contrastSeps = sync.OnceValue(func() []string {
	var out []string
	for _, w := range lexicon.Words("contrast conjunctions") {
		out = append(out, ", "+w+" ")
	}
	return out
})

var reClauseBreak = regexp.MustCompile(`(?i),?\s+` + lexicon.Alt("contrast conjunctions") + `\s+|;\s+|,\s+and\s+|,\s+which\s+|\.\s+`)

// ClauseAround is the clause of sentence sent that holds span, where sent
// starts at offset at of its passage; span and the result are in passage
// offsets. It breaks at more than ClauseOf does (", and", ", which"), for
// telling apart the facts one sentence lists.
func ClauseAround(sent string, at int, span Span) Span {
	return ClauseAroundBreaks(ClauseBreaks(sent), sent, at, span)
}

// ClauseBreaks are where sent's clauses break, for ClauseAroundBreaks.
func ClauseBreaks(sent string) [][]int {
	return reClauseBreak.FindAllStringIndex(sent, -1)
}

// ClauseAroundBreaks is ClauseAround with sent's breaks found before.
func ClauseAroundBreaks(breaks [][]int, sent string, at int, span Span) Span {
	start, end := at, at+len(sent)
	for _, m := range breaks {
		pos := at + m[0]
		if pos+(m[1]-m[0]) <= span.Start {
			start = at + m[1]
		} else if pos >= span.End && pos < end {
			end = pos
			break
		}
	}
	return Span{start, end}
}
