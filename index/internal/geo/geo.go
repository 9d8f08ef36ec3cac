package geo

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var data embed.FS

// Country is a country or territory.
type Country struct {
	Name       string   // common English short name: "Laos"
	Alpha2     string   // ISO 3166-1 alpha-2: "LA"
	Region     string   // "Asia"
	Subregion  string   // "South-Eastern Asia"
	Capitals   []string // "Vientiane"
	Currencies []string // ISO 4217 codes
	Aliases    []string // official name, other spellings, old names, demonyms
}

// Place is a city, town, province or island and the country it is in.
type Place struct {
	Name       string // GeoNames name: "Mawlamyine"
	Country    string // Country.Name
	Kind       string // capital, provincial-capital, city, province or island
	Population int    // 0 when unknown (provinces, islands)
	Aliases    []string
	Kept       bool // from the hand-kept table of old names and islands, not the data set
}

// Currency is an ISO 4217 currency.
type Currency struct {
	Code    string   // "JPY"
	Name    string   // "Japanese yen"
	Symbols []string // "¥"
	Words   []string // what prose calls it: "yen", "baht", "dollars"
}

// Group is a well-known grouping of countries.
type Group struct {
	Name    string
	Aliases []string
	Members []string // Country.Name
}

// Tables is the whole gazetteer.
type Tables struct {
	Countries  []Country
	Places     []Place
	Currencies []Currency
	Groups     []Group
}

// Load returns the tables, read once.
var Load = sync.OnceValue(func() *Tables {
	t, err := load()
	if err != nil {
		// The tables are embedded at build time; a parse error is a bug
		// that every test would catch.
		panic(err)
	}
	return t
})

func load() (*Tables, error) {
	t := &Tables{}
	byName := map[string]*Country{}
	if err := rows("countries.tsv", 8, func(f []string) {
		t.Countries = append(t.Countries, Country{Name: f[0], Alpha2: f[1], Region: f[3], Subregion: f[4],
			Capitals: list(f[5]), Currencies: list(f[6]), Aliases: list(f[7])})
	}); err != nil {
		return nil, err
	}
	for i := range t.Countries {
		byName[t.Countries[i].Name] = &t.Countries[i]
	}
	if err := rows("country_aliases.tsv", 2, func(f []string) {
		if c := byName[f[0]]; c != nil {
			c.Aliases = append(c.Aliases, list(f[1])...)
		}
	}); err != nil {
		return nil, err
	}
	if err := rows("places.tsv", 5, func(f []string) {
		n, _ := strconv.Atoi(f[3])
		t.Places = append(t.Places, Place{Name: f[0], Country: f[1], Kind: f[2], Population: n, Aliases: list(f[4])})
	}); err != nil {
		return nil, err
	}
	if err := rows("place_aliases.tsv", 4, func(f []string) {
		t.Places = append(t.Places, Place{Name: f[0], Country: f[1], Kind: f[2], Aliases: list(f[3]), Kept: true})
	}); err != nil {
		return nil, err
	}
	words := map[string][]string{}
	if err := rows("currency_words.tsv", 2, func(f []string) { words[f[0]] = list(f[1]) }); err != nil {
		return nil, err
	}
	if err := rows("currencies.tsv", 3, func(f []string) {
		t.Currencies = append(t.Currencies, Currency{Code: f[0], Name: f[1], Symbols: list(f[2]), Words: words[f[0]]})
		delete(words, f[0])
	}); err != nil {
		return nil, err
	}
	for code := range words {
		return nil, fmt.Errorf("currency_words.tsv: %s is not in currencies.tsv", code)
	}
	if err := rows("groups.tsv", 3, func(f []string) {
		t.Groups = append(t.Groups, Group{Name: f[0], Aliases: list(f[1]), Members: list(f[2])})
	}); err != nil {
		return nil, err
	}
	for _, g := range t.Groups {
		for _, m := range g.Members {
			if byName[m] == nil {
				return nil, fmt.Errorf("groups.tsv: %s: unknown country %q", g.Name, m)
			}
		}
	}
	return t, nil
}

// rows calls fn with the tab-separated fields of every line of a table
// that is not a comment, padded to n fields.
func rows(name string, n int, fn func([]string)) error {
	f, err := data.Open("data/" + name)
	if err != nil {
		return fmt.Errorf("gazetteer table %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for len(fields) < n {
			fields = append(fields, "")
		}
		fn(fields)
	}
	return sc.Err()
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}
