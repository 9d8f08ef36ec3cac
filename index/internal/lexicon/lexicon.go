// Package lexicon holds every word list the extractor and the answerer use,
// as data in lexicon.txt: stop words, synonyms, the verbs that mark giving,
// joining or a purpose, status words and the like. Code holds rules that
// work on any document of the genre; the words those rules look for live
// here, in one place, where they can be read and extended without touching
// the rules.
package lexicon

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
)

//go:embed lexicon.txt
var text string

// sectionsByName maps a section's name to its entries, in the order written.
var sectionsByName = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	cur := ""
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = line[1 : len(line)-1]
			if _, dup := out[cur]; dup {
				panic(fmt.Sprintf("lexicon.txt:%d: section [%s] twice", n+1, cur))
			}
			out[cur] = nil
		case cur == "":
			panic(fmt.Sprintf("lexicon.txt:%d: entry outside a section", n+1))
		default:
			out[cur] = append(out[cur], line)
		}
	}
	return out
})

// Words returns the entries of one or more sections, in order. An unknown
// section is a programming error, which every test run would show.
func Words(sections ...string) []string {
	var out []string
	for _, section := range sections {
		ws, ok := sectionsByName()[section]
		if !ok {
			panic("lexicon: no section [" + section + "]")
		}
		out = append(out, ws...)
	}
	return out
}

// Word returns a section's single entry.
func Word(section string) string {
	ws := Words(section)
	if len(ws) != 1 {
		panic("lexicon: section [" + section + "] should hold one entry")
	}
	return ws[0]
}

// Set returns the entries of one or more sections, lower-cased, as a set.
func Set(sections ...string) map[string]bool {
	out := map[string]bool{}
	for _, s := range sections {
		for _, w := range Words(s) {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}

// Pairs returns a section of "key = value" entries as a map.
func Pairs(section string) map[string]string {
	out := map[string]string{}
	for _, w := range Words(section) {
		k, v, ok := strings.Cut(w, "=")
		if !ok {
			panic("lexicon: section [" + section + "]: entry without '=': " + w)
		}
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out
}

// Alt returns a section's entries as a regular-expression alternation,
// longest first so that "carried out or under consideration" wins over
// "carried out". Spaces in an entry match any run of white space.
func Alt(sections ...string) string {
	var ws []string
	for _, s := range sections {
		ws = append(ws, Words(s)...)
	}
	return AltOf(ws)
}

// AltOf is Alt for a list of words that is not a section, such as the
// currency tokens read from the gazetteer.
func AltOf(words []string) string {
	ws := append([]string(nil), words...)
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	quoted := make([]string, len(ws))
	for i, w := range ws {
		quoted[i] = strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`)
	}
	return "(?:" + strings.Join(quoted, "|") + ")"
}

// Known reports whether w, lower case, is a word of any section: a word of
// the language the documents are written in, which a spelling correction
// towards a name ("finish" towards "Finnish") must leave alone.
func Known(w string) bool { return known()[w] }

var known = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, ws := range sectionsByName() {
		for _, e := range ws {
			for _, f := range strings.FieldsFunc(strings.ToLower(e), func(r rune) bool { return r == ' ' || r == '=' || r == ',' }) {
				out[f] = true
			}
		}
	}
	return out
})
