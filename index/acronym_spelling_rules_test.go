package index

import "testing"

// "The Mountain School Milks and Fortified Rice Project (MSFR)": the
// short form skips "Milks" and "Project"; "Milks and Fortified Rice
// Project", spelt with the S of "Milks", is not its name.
func TestAShortFormThatSkipsAWordOfItsName(t *testing.T) {
	ix := mustOpen(t, Source{Name: "meals.txt", Text: paperHeader("Japan's Cooperation on School Meals", "May 2006") +
		"Overview: Japan supports school meals.\n\n" +
		"1. School Meals\n\n" +
		"(1) The Mountain School Milks and Fortified Rice Project (MSFR) supplies rice to 120 schools.\n"})
	if got := acronymsOf(ix)["MSFR"]; got != "Mountain School Milks and Fortified Rice Project" {
		t.Errorf("MSFR = %q", got)
	}
}
