package index

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/iaibot/iaibot/index/internal/geo"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// The gazetteer is general geography, loaded from the tables of package
// geo: every country with its other names and demonyms, well-known
// groupings, cities and provinces with the country they are in, and
// currencies. It holds nothing about any one document; facts come from the
// text.

// gazPlace is a city, province or island and its country.
type gazPlace struct {
	name    string
	country string
	// wellKnown places (national capitals, cities of a million, hand-kept
	// names) are recognised in any document; the rest only in a document
	// that names their country, so that a small town sharing its name with
	// a word or a person elsewhere is not taken for a place.
	wellKnown bool
}

// wellKnownPopulation is the size from which a city is recognised in any
// document.
const wellKnownPopulation = 1_000_000

// gazAcronyms are general-purpose abbreviations, used only when a document
// uses one without spelling it out.
var gazAcronyms = lexicon.Pairs("general acronyms")

// gazetteer is the compiled lookup over the tables above.
type gazetteer struct {
	countryByAlias map[string]string   // folded alias -> canonical country
	groupByAlias   map[string]string   // folded alias -> canonical group
	groupMembers   map[string][]string // canonical group -> members
	placeByAlias   map[string]gazPlace // folded alias -> place
	// sameName are, for an alias, the other places that bear it ("Bali"
	// in Cameroon and in Indonesia): one of them stands when the place
	// of placeByAlias is out of a document's scope.
	sameName map[string][]gazPlace
	asean    map[string]bool
	// Place aliases for fuzzy matching: the well-known ones, and the rest
	// by country, so a document's scope is searched without the world's.
	wellKnownAliases []placeAlias
	aliasesByCountry map[string][]placeAlias
	countryNames     []string // canonical, sorted
	// cityStates are the countries whose capital bears their name
	// ("Singapore"): the name answers "which city" too.
	cityStates map[string]bool

	mu         sync.Mutex
	placeCache map[string]placeResult // folded text -> lookupPlace result
}

var gaz = buildGazetteer()

// dominantOwner is the one of the countries sharing an alias that has
// at least dominantPlaces times the towns of each other, or the only one.
func dominantOwner(cs []string, places map[string]int) (string, bool) {
	for _, c := range cs {
		if !slices.ContainsFunc(cs, func(o string) bool { return o != c && places[c] < dominantPlaces*max(1, places[o]) }) {
			return c, true
		}
	}
	return "", false
}

// dominantPlaces is how many times another country's towns a country
// sharing an alias must have for the alias to be its: India's 947 over
// the British Indian Ocean Territory's none, not the Dominican Republic's
// 70 over Dominica's 20.
const dominantPlaces = 10

// reTwoCapitals is an alias of two capital letters and nothing else.
var reTwoCapitals = regexp.MustCompile(`^[A-Z]{2}$`)

func buildGazetteer() *gazetteer {
	t := geo.Load()
	g := &gazetteer{
		countryByAlias: map[string]string{},
		groupByAlias:   map[string]string{},
		groupMembers:   map[string][]string{},
		placeByAlias:   map[string]gazPlace{},
		sameName:       map[string][]gazPlace{},
		asean:          map[string]bool{},
		placeCache:     map[string]placeResult{},
		cityStates:     map[string]bool{},
	}
	for _, c := range t.Countries {
		g.countryNames = append(g.countryNames, c.Name)
		if slices.Contains(c.Capitals, c.Name) {
			g.cityStates[c.Name] = true
		}
	}
	// Common names first, so that an alias that is also another country's
	// name ("Republic of China") never hides that country.
	for _, c := range t.Countries {
		g.countryByAlias[prose.Fold(c.Name)] = c.Name
	}
	// An alias two countries share is the one's that prose means by it,
	// when the data make that plain: "Indian" is India's, not the British
	// Indian Ocean Territory's, whose demonym the data also give as
	// "Indian". A state and its dependency share demonyms this way, and
	// the state has far more towns; two of like size ("Congolese") leave
	// it to neither, a wrong country being worse than none.
	places := map[string]int{}
	for _, p := range t.Places {
		places[p.Country]++
	}
	owners := map[string][]string{}
	for _, c := range t.Countries {
		for _, a := range c.Aliases {
			f := prose.Fold(a)
			if !slices.Contains(owners[f], c.Name) {
				owners[f] = append(owners[f], c.Name)
			}
		}
	}
	for f, cs := range owners {
		if _, taken := g.countryByAlias[f]; taken {
			continue
		}
		// Two letters are an alias only written as two capitals ("UK",
		// "NZ"), not "U.S.", which would match "US$"; reTwoCapitals is
		// tried on the alias as written, below.
		if c, ok := dominantOwner(cs, places); ok && len([]rune(f)) > 2 {
			g.countryByAlias[f] = c
		}
	}
	for _, c := range t.Countries {
		for _, a := range c.Aliases {
			if f := prose.Fold(a); len([]rune(f)) <= 2 && reTwoCapitals.MatchString(a) && len(owners[f]) == 1 {
				if _, taken := g.countryByAlias[f]; !taken {
					g.countryByAlias[f] = c.Name
				}
			}
		}
	}
	sort.Strings(g.countryNames)
	for _, gr := range t.Groups {
		g.groupByAlias[prose.Fold(gr.Name)] = gr.Name
		for _, a := range gr.Aliases {
			g.groupByAlias[prose.Fold(a)] = gr.Name
		}
		g.groupMembers[gr.Name] = gr.Members
		if gr.Name == lexicon.Word("home group") {
			for _, m := range gr.Members {
				g.asean[m] = true
			}
		}
	}
	for _, p := range t.Places {
		gp := gazPlace{name: p.Name, country: p.Country,
			wellKnown: p.Kept || p.Kind == "capital" || p.Population >= wellKnownPopulation}
		for _, a := range append([]string{p.Name}, p.Aliases...) {
			f := prose.Fold(a)
			if _, isCountry := g.countryByAlias[f]; isCountry {
				continue
			}
			if old, ok := g.placeByAlias[f]; ok {
				if old.wellKnown || !gp.wellKnown {
					// The first, or the better known, of two places
					// with one name; the other stands in its own scope.
					g.sameName[f] = append(g.sameName[f], gp)
					continue
				}
				g.sameName[f] = append(g.sameName[f], old)
			}
			g.placeByAlias[f] = gp
		}
	}
	// Sorted so that fuzzy matching picks the same place on every run.
	aliases := make([]string, 0, len(g.placeByAlias))
	for a := range g.placeByAlias {
		aliases = append(aliases, a)
	}
	sort.Strings(aliases)
	g.aliasesByCountry = map[string][]placeAlias{}
	for _, a := range aliases {
		p := g.placeByAlias[a]
		if p.wellKnown {
			g.wellKnownAliases = append(g.wellKnownAliases, placeAlias{a, p})
		} else {
			g.aliasesByCountry[p.country] = append(g.aliasesByCountry[p.country], placeAlias{a, p})
		}
	}
	return g
}

// lookupPlace finds a place by exact alias or, for longer names, by a small
// edit distance among the places of the countries in scope, which absorbs
// misspellings such as "Phnom Phen". A place that is not well known counts
// only when its country is in scope (named by the same document); a nil
// scope means every country.
func (g *gazetteer) lookupPlace(s string, scope map[string]bool) (gazPlace, bool) {
	f := prose.Fold(s)
	inScope := func(p gazPlace) bool { return scope == nil || p.wellKnown || scope[p.country] }
	if p, ok := g.placeByAlias[f]; ok {
		return g.scoped(f, p, inScope)
	}
	if len(f) < minFuzzyPlace {
		return gazPlace{}, false
	}
	key := f + "\x00" + scopeKey(scope)
	// Fuzzy lookups are the costly part of extraction and the same
	// capitalised phrases recur, so results are remembered.
	g.mu.Lock()
	r, ok := g.placeCache[key]
	g.mu.Unlock()
	if ok {
		return r.place, r.ok
	}
	maxD := maxFuzzyOneWord
	if strings.Contains(f, " ") {
		maxD = maxFuzzyWords
	}
	best, bestD, found := gazPlace{}, maxD+1, false
	try := func(aliases []placeAlias) {
		for _, a := range aliases {
			// A misspelling seldom changes the first letter; checking it
			// first keeps fuzzy matching cheap.
			if len(a.alias) < minFuzzyPlace || a.alias[0] != f[0] || abs(len(a.alias)-len(f)) >= bestD {
				continue
			}
			if !sameWordShape(a.alias, f) {
				continue
			}
			if d := prose.EditDistance(a.alias, f, bestD); d < bestD {
				best, bestD, found = a.place, d, true
			}
		}
	}
	try(g.wellKnownAliases)
	// Countries in a fixed order: of two places equally close, the first
	// found wins, and it must be the same one in every process.
	if scope == nil {
		for _, c := range keys(g.aliasesByCountry) {
			try(g.aliasesByCountry[c])
		}
	}
	for _, c := range keys(scope) {
		if scope[c] {
			try(g.aliasesByCountry[c])
		}
	}
	g.mu.Lock()
	if len(g.placeCache) > 100_000 {
		clear(g.placeCache)
	}
	g.placeCache[key] = placeResult{best, found}
	g.mu.Unlock()
	return best, found
}

// sameWordShape tells whether a misspelling may be of alias: it has as
// many words, and its short words are spelt the same, since a word of two
// or three letters one edit away is another word ("Dong Van" is not
// "Dongguan", nor "Van Thanh" "Vi Thanh").
func sameWordShape(alias, f string) bool {
	aw, fw := strings.Fields(alias), strings.Fields(f)
	if len(aw) != len(fw) {
		return false
	}
	for i := range aw {
		if (len(aw[i]) <= maxShortWord || len(fw[i]) <= maxShortWord) && aw[i] != fw[i] {
			return false
		}
		// Two edits in one word are a misspelling when they move its
		// letters ("Phen" for "Penh"), not when they change them: "Bang
		// Phli" is another district than "Bang Phae".
		if aw[i] != fw[i] && prose.EditDistance(aw[i], fw[i], 2) >= 2 && !sameLetters(aw[i], fw[i]) {
			return false
		}
	}
	return true
}

// sameLetters reports whether a and b are made of the same letters.
func sameLetters(a, b string) bool {
	x, y := []rune(a), []rune(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// placeNamed finds a place by its exact name or alias, within scope as
// lookupPlace does.
func (g *gazetteer) placeNamed(s string, scope map[string]bool) (gazPlace, bool) {
	f := prose.Fold(s)
	p, ok := g.placeByAlias[f]
	if !ok {
		return gazPlace{}, false
	}
	return g.scoped(f, p, func(p gazPlace) bool { return scope == nil || p.wellKnown || scope[p.country] })
}

// scoped is p, the place alias f names first, when it is in scope, or
// else the first other place of that name that is.
func (g *gazetteer) scoped(f string, p gazPlace, inScope func(gazPlace) bool) (gazPlace, bool) {
	if inScope(p) {
		return p, true
	}
	for _, o := range g.sameName[f] {
		if inScope(o) {
			return o, true
		}
	}
	return p, false
}

// wellKnownOnly is the scope of a user's text with no document around it:
// only well-known places.
var wellKnownOnly = map[string]bool{}

// Fuzzy place matching: names shorter than minFuzzyPlace letters are too
// easily one edit from an ordinary word; one-word names get one edit, as
// in "Maulamyaing", longer names two, as in "Phnom Phen".
const (
	minFuzzyPlace   = 7
	maxFuzzyOneWord = 1
	maxFuzzyWords   = 2
	// maxShortWord is the longest word of a name a misspelling must keep
	// as it is.
	maxShortWord = 3
)

func scopeKey(scope map[string]bool) string {
	if scope == nil {
		return "*"
	}
	keys := make([]string, 0, len(scope))
	for k, v := range scope {
		if v {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}

type placeAlias struct {
	alias string // folded
	place gazPlace
}

type placeResult struct {
	place gazPlace
	ok    bool
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// isPlaceName reports whether name is a known place's or country's name,
// in any country.
func (g *gazetteer) isPlaceName(name string) bool {
	f := prose.Fold(name)
	if g.countryByAlias[f] != "" {
		return true
	}
	_, ok := g.placeByAlias[f]
	return ok
}
