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

// "Project for the Rehabilitation of the Sekong River Bridge (SRBRP)":
// a Japanese grant's name puts what is done first and its short form
// puts it last, so the short form takes the name's initials out of
// order. A short form one of whose letters no word of the name gives is
// not its name.
func TestAShortFormOfANameInAnotherOrder(t *testing.T) {
	ix := mustOpen(t, Source{Name: "grants.md", Text: "# Grant Aid for Laos\n\nVientiane, 2 June 2016\n\nJapan signed two grants today.\n\n" +
		"## Projects\n\n" +
		"### 1. Project for the Rehabilitation of the Sekong River Bridge on National Road No. 16 (SRBRP)\n\n" +
		"The bridge was damaged by floods in 2013.\n\n" +
		"### 2. Project for the Improvement of Medical Equipment at Attapeu Provincial Hospital (APMEP)\n\n" +
		"The hospital serves the south.\n\n" +
		"### 3. Project for the Improvement of Rural Water Supply (KRWSP)\n\n" +
		"The scheme serves nine villages.\n"})
	acr := acronymsOf(ix)
	for short, want := range map[string]string{
		"SRBRP": "Project for the Rehabilitation of the Sekong River Bridge on National Road No. 16",
		"APMEP": "Project for the Improvement of Medical Equipment at Attapeu Provincial Hospital",
	} {
		if acr[short] != want {
			t.Errorf("%s = %q, want %q", short, acr[short], want)
		}
	}
	if got := acr["KRWSP"]; got != "" {
		t.Errorf("KRWSP = %q, want no long form: no word of the name gives its K", got)
	}
	expectAnswers(t, ix, map[string]string{"what does SRBRP stand for": "Project for the Rehabilitation of the Sekong River Bridge on National Road No. 16"})
}
