package index

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Two names joined by "and" are two projects when the first is whole:
// closed by its short form, or by a project noun before "and the". A
// name that holds "and" between its own words stays one.
func TestProjectNamesJoinedByAnd(t *testing.T) {
	ix := mustOpen(t, Source{Name: "release.txt", Text: "News Release\n\n" +
		"The loans will fund the first tranche of the Laguna-Batangas Commuter Rail Project (LBCR) and the Cotabato-Lanao Arterial Roads Improvement Project (CLARIP). " +
		"The grant will support the Bangsamoro Community Rehabilitation and Livelihood Program (BCRLP). " +
		"Japan also funds the Pasig Dike Project and the Marikina Bridge Project.\n"})
	got := projectNames(ix.x.projects)
	slices.Sort(got)
	want := []string{
		"Bangsamoro Community Rehabilitation and Livelihood Program (BCRLP)",
		"Cotabato-Lanao Arterial Roads Improvement Project (CLARIP)",
		"Laguna-Batangas Commuter Rail Project (LBCR)",
		"Marikina Bridge Project",
		"Pasig Dike Project",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("projects (-want +got):\n%s", d)
	}
}
