package qa

import "slices"

// sortedKeys lists a map's keys in order. Whatever the answerer takes from
// a map in turn, it takes in this order: the same question must get the
// same answer every time, and ties must not go to whichever key a map
// yields first.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
