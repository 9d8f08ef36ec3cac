package index

import (
	"context"
	"slices"
	"testing"
)

// relayDocs are documents whose membership clauses say "It" and "They"
// before naming anyone: the subjects are not the ones the document before
// ended with, as documents are read each on its own after the first pass.
var relayDocs = []Source{
	{Name: "relay-1.txt", Text: `Mekong Forum Report

June 2004
Example Agency

Overview: Cambodia and Laos joined the Mekong Water Forum (MWF) in 2003.
`},
	{Name: "relay-2.txt", Text: `Mekong Council Note

July 2005
Example Agency

Overview: They became members of the Greater Mekong Council (GMC) in 2005.

1. Plans

It intends to join the Mekong Water Forum (MWF) in 2008.
`},
	{Name: "relay-3.txt", Text: `Unrelated Note

July 2006
Example Agency

Overview: Japan funded a bridge in Vietnam.
`},
	{Name: "relay-4.txt", Text: `Second Council Note

July 2007
Example Agency

Overview: They joined the Greater Mekong Council (GMC) in 2007.
`},
}

func TestExtractConcurrently(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  []Source
	}{
		{"test corpus", allSources(t)},
		{"subjects across documents", relayDocs},
		{"subjects across documents, reversed", reversed(relayDocs)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, want := parseAll(t, tc.src)
			for _, workers := range []int{1, 2, 3, 8} {
				var seen []int
				got, err := extractConcurrently(context.Background(), docs, workers, func(done int) { seen = append(seen, done) })
				if err != nil {
					t.Fatal(err)
				}
				if diff := extractionDiff(want, got); diff != "" {
					t.Errorf("%d workers: extraction differs from extract's in %s", workers, diff)
				}
				if len(seen) != len(docs) || seen[len(seen)-1] != len(docs) {
					t.Errorf("%d workers: progress %v for %d documents", workers, seen, len(docs))
				}
			}
		})
	}
	// The "They" of the second document does not name the countries the
	// first ended with.
	_, x := parseAll(t, relayDocs)
	if slices.ContainsFunc(x.memberships, func(m Membership) bool {
		return m.Country == "Cambodia" && m.Passage.Doc.ID == "relay-2"
	}) {
		t.Errorf("relay-2 takes its subjects from relay-1")
	}
}

func reversed(src []Source) []Source {
	out := slices.Clone(src)
	slices.Reverse(out)
	return out
}
