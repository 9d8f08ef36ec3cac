package qa

import "testing"

// The noun a sum is the amount of is asked by the question's word for it,
// or by the first word of a compound of aid written in lower case; a
// scheme's capitalised name is no compound the question asks.
func TestHeadOfSumAsked(t *testing.T) {
	aq := &asked{terms: []qterm{{word: "grant", stem: stemTerm("grant")}}}
	for before, want := range map[string]bool{
		"A grant of ":                               true,
		"notes for grant aid of ":                   true,
		"Japan will extend Emergency Grant Aid of ": false,
		"at a total cost of ":                       false,
		"a loan aid of up to ":                      false,
	} {
		m := reHeadOfSum.FindStringSubmatch(before)
		if got := m != nil && headOfSumAsked(aq, m); got != want {
			t.Errorf("%q: asked %v, want %v (match %q)", before, got, want, m)
		}
	}
}
