package index

import (
	"strings"
	"testing"
)

// labPaper gives a project's own aim in a sentence whose subject points
// back to it, and names the project again in passing in a purpose of
// Japan's.
func labPaper() Source {
	return Source{Name: "labs.md", Text: "# Japan's Cooperation on Blood Banks\n\nMay 2015\n\n" +
		"## 1. Approach\n\n" +
		"Japan will continue to link its projects with the regional network, so that the experience of the Project for Strengthening Provincial Blood Banks (SPBB) in Laos can be shared with all members.\n\n" +
		"## 2. Laos\n\n" +
		"The SPBB started on 1 June 2013. It aims to set up a cold chain for blood in 9 provinces.\n"}
}

// "What is the SPBB meant to achieve" is the SPBB's own aim, not the aim
// of Japan's linking that names the SPBB in passing.
func TestAPurposeOfTheBodyAskedOverOneThatNamesIt(t *testing.T) {
	ix := mustOpen(t, labPaper())
	a := ix.Answer("what is the SPBB meant to achieve?")
	if !strings.Contains(a.Text, "cold chain") {
		t.Errorf("what is the SPBB meant to achieve? %q, want its own aim", a.Text)
	}
}
