package qa

import "testing"

// A short form's letters may be the first letters of its name's words,
// each word used once; letters the name does not give make no short
// form of it.
func TestLettersAreInitialsTakesFirstLetters(t *testing.T) {
	for _, c := range []struct {
		acr, name string
		want      bool
	}{
		{"ROMAST", "Project for Strengthening of Road Maintenance", true},
		{"WUMCAP", "Project for Capacity Development of Water Utility Management", true},
		{"ROMAX", "Project for Strengthening of Road Maintenance", false},
	} {
		if got := lettersAreInitials(c.acr, c.name); got != c.want {
			t.Errorf("lettersAreInitials(%q, %q) = %v, want %v", c.acr, c.name, got, c.want)
		}
	}
}
