package qa

import "slices"

// termSet is the terms of a sentence, of its lead-in or of a passage,
// sorted. The model keeps one or two for every sentence and one for every
// passage; as sorted slices of shared strings they take a fraction of the
// memory of maps, and a model read back from disk holds them all in one
// allocation.
type termSet []string

// newTermSet holds the terms m sets.
func newTermSet(m map[string]bool) termSet {
	s := make(termSet, 0, len(m))
	for t, ok := range m {
		if ok {
			s = append(s, t)
		}
	}
	slices.Sort(s)
	return s
}

// has reports whether s holds the term.
func (s termSet) has(term string) bool {
	_, ok := slices.BinarySearch(s, term)
	return ok
}

// holds reports whether s holds t or one of its alternatives, as
// qterm.in does for a map.
func (s termSet) holds(t qterm) bool {
	if s.has(t.stem) {
		return true
	}
	for _, a := range t.alts {
		if s.has(a) {
			return true
		}
	}
	return false
}

// asMap is s as a map, for code that merges sets.
func (s termSet) asMap() map[string]bool {
	m := make(map[string]bool, len(s))
	for _, t := range s {
		m[t] = true
	}
	return m
}

// coverageOfSet is coverageSet for a termSet.
func coverageOfSet(qt []qterm, terms termSet) float64 {
	var have, total float64
	for _, t := range qt {
		total += t.idf
		if terms.holds(t) {
			have += t.idf
		}
	}
	if total == 0 {
		return 1
	}
	return have / total
}
