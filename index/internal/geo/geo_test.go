package geo

import (
	"slices"
	"testing"
)

func TestTables(t *testing.T) {
	tb := Load()
	if n := len(tb.Countries); n < 240 {
		t.Errorf("%d countries, want every ISO 3166 country", n)
	}
	country := func(name string) Country {
		t.Helper()
		for _, c := range tb.Countries {
			if c.Name == name {
				return c
			}
		}
		t.Fatalf("no country %s", name)
		return Country{}
	}
	for name, alias := range map[string]string{"Myanmar": "Burma", "Laos": "Lao PDR", "Vietnam": "Viet Nam", "Timor-Leste": "East Timor", "Philippines": "Filipino", "South Korea": "Republic of Korea"} {
		if !slices.Contains(country(name).Aliases, alias) {
			t.Errorf("%s: no alias %q in %q", name, alias, country(name).Aliases)
		}
	}
	place := func(name, in string) {
		t.Helper()
		for _, p := range tb.Places {
			if (p.Name == name || slices.Contains(p.Aliases, name)) && p.Country == in {
				return
			}
		}
		t.Errorf("no place %s in %s", name, in)
	}
	place("Mukdahan", "Thailand")
	place("Savannakhet", "Laos")
	place("Rangoon", "Myanmar")
	place("Sabah", "Malaysia")
	place("Kitakyushu", "Japan")
	place("Nairobi", "Kenya")
	cur := map[string]Currency{}
	for _, c := range tb.Currencies {
		cur[c.Code] = c
	}
	for code, word := range map[string]string{"JPY": "yen", "THB": "baht", "LAK": "kip", "EUR": "€", "USD": "US$"} {
		if !slices.Contains(cur[code].Words, word) {
			t.Errorf("%s: no word %q in %q", code, word, cur[code].Words)
		}
	}
	if !slices.Contains(cur["KHR"].Symbols, "៛") {
		t.Errorf("KHR symbols %q", cur["KHR"].Symbols)
	}
}
