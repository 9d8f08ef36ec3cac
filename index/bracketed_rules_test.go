package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Founders listed in brackets after "its four founding members" are the
// founders, whatever the clause says after the bracket; a date in an
// aside on the body ("which was launched in March 1994") is the body's
// founding, not the day a country was anything.
func TestFoundersInBrackets(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rule.md", Text: paperHeader("Rule Fixture", "March 2014") + "1. Facts\n\n" +
		"Japan is not a member of the Brunei Darussalam–Indonesia–Malaysia–Philippines East ASEAN Growth Area (BIMP-EAGA), which was launched in Davao City in March 1994 by its four founding members (Brunei Darussalam, Indonesia, Malaysia and the Philippines), but it has taken part as a development partner since 2012.\n\n" +
		"The Mekong Growth Forum (MGF) was launched in Hanoi in May 2001 by its three founding members (Cambodia, Laos and Vietnam), with support from Japan.\n\n" +
		"Thailand joined the Mekong Growth Forum, which was set up in 2001.\n"})
	eaga := "Brunei Darussalam–Indonesia–Malaysia–Philippines East ASEAN Growth Area (BIMP-EAGA)"
	mgf := "Mekong Growth Forum (MGF)"
	want := []membershipRow{
		{"Japan", eaga, StatusNonMember, ""},
		{"Brunei", eaga, StatusFounding, "March 1994"},
		{"Indonesia", eaga, StatusFounding, "March 1994"},
		{"Malaysia", eaga, StatusFounding, "March 1994"},
		{"Philippines", eaga, StatusFounding, "March 1994"},
		{"Cambodia", mgf, StatusFounding, "May 2001"},
		{"Laos", mgf, StatusFounding, "May 2001"},
		{"Vietnam", mgf, StatusFounding, "May 2001"},
		{"Thailand", mgf, StatusJoined, ""},
	}
	if diff := cmp.Diff(want, membershipRows(ix)); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
	checkRules(t, []ruleCase{
		{name: "founders asked", doc: "The Mekong Growth Forum (MGF) was launched in Hanoi in May 2001 by its three founding members (Cambodia, Laos and Vietnam).", q: "who founded the MGF", span: "Cambodia, Laos, Vietnam"},
		{name: "an unclosed bracket lists no one", doc: "The Mekong Growth Forum (MGF) was launched in Hanoi in May 2001 by its three founding members (Cambodia, Laos and Vietnam.", q: "which countries founded the MGF"},
	})
}
