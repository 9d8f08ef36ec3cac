package lexicon

import "testing"

func TestSections(t *testing.T) {
	if got := Pairs("general acronyms")["ODA"]; got != "Official Development Assistance" {
		t.Errorf("ODA = %q", got)
	}
	if Word("home country") == "" {
		t.Error("no home country")
	}
	defer func() {
		if recover() == nil {
			t.Error("an unknown section did not panic")
		}
	}()
	Words("no such section")
}
