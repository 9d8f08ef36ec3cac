package index

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// MaxQueryRunes bounds the user text a query is built from; longer input is
// cut, not rejected.
const MaxQueryRunes = prose.MaxQueryRunes

// PageSize is the number of hits on one page of search results.
const PageSize = 5

// ErrEmptyQuery is returned for a query with no searchable words.
var ErrEmptyQuery = errors.New("the query has no words to search for")

// Results is one page of search results.
type Results struct {
	Query string // the cleaned query that was run
	Page  int    // 1-based
	Pages int
	Total int
	Hits  []Hit
}

// CleanQuery makes user text safe to search: invalid UTF-8 and control
// characters become spaces, whitespace collapses, and the text is cut to
// MaxQueryRunes.
func CleanQuery(s string) string { return prose.CleanQuery(s) }

// BuildQuery turns user text into a Bleve query from match, phrase and fuzzy
// parts, never the query-string syntax. It returns nil when the text has no
// words.
//
// known, when set, says whether a word is in the index as typed; only
// unknown words are expanded into fuzzy queries, since expanding a word
// that is spelt right costs time on a large index and adds nothing.
func BuildQuery(text string, known func(word string) bool) query.Query {
	terms := prose.QueryTerms(CleanQuery(text))
	if len(terms) == 0 {
		return nil
	}
	if len(terms) > 32 {
		terms = terms[:32]
	}
	plain := strings.Join(terms, " ")
	var parts []query.Query

	m := bleve.NewMatchQuery(plain)
	m.SetField(fText)
	parts = append(parts, m)

	sec := bleve.NewMatchQuery(plain)
	sec.SetField(fSection)
	sec.SetBoost(0.5)
	parts = append(parts, sec)

	if len(terms) > 1 {
		ph := bleve.NewMatchPhraseQuery(plain)
		ph.SetField(fText)
		ph.SetBoost(3)
		parts = append(parts, ph)
	}
	// Typo tolerance, for words long enough that one edit is still specific.
	for _, t := range terms {
		// Numbers are exact: 2002 is not 2001.
		if utf8.RuneCountInString(t) < 4 || prose.Stopwords[t] || queryStopwords[t] || strings.ContainsAny(t, "0123456789") {
			continue
		}
		if known != nil && known(t) {
			continue
		}
		f := bleve.NewFuzzyQuery(t)
		f.SetField(fText)
		f.SetFuzziness(1)
		if utf8.RuneCountInString(t) >= 8 {
			f.SetFuzziness(2)
		}
		f.SetPrefix(1)
		f.SetBoost(0.4)
		parts = append(parts, f)
	}
	// Countries and organisations the text names, in any of their spellings.
	for _, c := range resolveCountriesIn(plain) {
		tq := bleve.NewTermQuery(c)
		tq.SetField(fCountries)
		tq.SetBoost(0.6)
		// Passages that name the country outright rank above those that
		// only name a group it belongs to.
		byName := bleve.NewMatchPhraseQuery(c)
		byName.SetField(fText)
		parts = append(parts, tq, byName)
	}
	return bleve.NewDisjunctionQuery(parts...)
}

// queryStopwords are question words that carry no topic.
var queryStopwords = map[string]bool{"what": true, "when": true, "where": true, "which": true, "who": true, "whom": true,
	"does": true, "did": true, "how": true, "much": true, "many": true, "tell": true, "about": true, "there": true, "their": true,
	"this": true, "that": true, "with": true, "from": true, "have": true, "been": true, "were": true, "will": true, "is": true, "are": true}

// resolveCountriesIn finds country names in free text, case-insensitively.
func resolveCountriesIn(text string) []string {
	var out []string
	for _, m := range scanCountriesAnyCase(text) {
		out = append(out, m.name)
	}
	return prose.Uniq(out)
}

// Search runs a full-text search and returns the given 1-based page.
func (ix *Index) Search(text string, page int) (Results, error) {
	clean := CleanQuery(text)
	q := BuildQuery(clean, ix.knownWord)
	res := Results{Query: clean, Page: max(page, 1)}
	if q == nil {
		return res, ErrEmptyQuery
	}
	// Passages with every word come first and alone, as people expect of
	// a search box; this also keeps a common word from making the whole
	// corpus a candidate. Only when no passage has them all does any word
	// do.
	strict := bleve.NewBooleanQuery()
	all := bleve.NewMatchQuery(strings.Join(prose.QueryTerms(clean), " "))
	all.SetField(fText)
	all.SetOperator(query.MatchQueryOperatorAnd)
	strict.AddMust(all)
	// Ranking among passages that have every word: the words together
	// and the section title count; typo expansion has nothing to add.
	if terms := prose.QueryTerms(clean); len(terms) > 1 {
		ph := bleve.NewMatchPhraseQuery(strings.Join(terms, " "))
		ph.SetField(fText)
		ph.SetBoost(3)
		strict.AddShould(ph)
	}
	sec := bleve.NewMatchQuery(strings.Join(prose.QueryTerms(clean), " "))
	sec.SetField(fSection)
	sec.SetBoost(0.5)
	strict.AddShould(sec)
	sr, err := ix.runSearch(strict, res.Page)
	if err == nil && sr.Total == 0 {
		sr, err = ix.runSearch(q, res.Page)
	}
	if err != nil {
		return res, fmt.Errorf("search %q: %w", clean, err)
	}
	res.Total = int(sr.Total)
	res.Pages = (res.Total + PageSize - 1) / PageSize
	for _, h := range sr.Hits {
		p, ok := ix.passages[h.ID]
		if !ok {
			continue
		}
		hit := Hit{Passage: p, Score: h.Score}
		for _, tl := range h.Locations[fText] {
			for _, loc := range tl {
				hit.Matches = append(hit.Matches, Span{Start: int(loc.Start), End: int(loc.End)})
			}
		}
		hit.Matches = prose.MergeSpans(hit.Matches)
		res.Hits = append(res.Hits, hit)
	}
	return res, nil
}

func (ix *Index) runSearch(q query.Query, page int) (*bleve.SearchResult, error) {
	req := bleve.NewSearchRequestOptions(q, PageSize, (page-1)*PageSize, false)
	req.IncludeLocations = true
	return ix.bleve.Search(req)
}

// knownWord reports whether word, analysed as the text field is, is a term
// of the index. Answers are remembered: the vocabulary does not change.
func (ix *Index) knownWord(word string) bool {
	if ix.vocab != nil {
		if v, ok := ix.vocab.Load(word); ok {
			return v.(bool)
		}
	}
	known := false
	if an := ix.bleve.Mapping().AnalyzerNamed(en.AnalyzerName); an != nil {
		toks := an.Analyze([]byte(word))
		known = len(toks) > 0
		for _, tk := range toks {
			if !ix.termInIndex(string(tk.Term)) {
				known = false
			}
		}
	}
	if ix.vocab != nil {
		ix.vocab.Store(word, known)
	}
	return known
}

func (ix *Index) termInIndex(term string) bool {
	d, err := ix.bleve.FieldDictPrefix(fText, []byte(term))
	if err != nil {
		return false
	}
	defer d.Close()
	e, err := d.Next()
	return err == nil && e != nil && e.Term == term
}
