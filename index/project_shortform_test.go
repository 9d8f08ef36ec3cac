package index

import (
	"errors"
	"testing"
)

// A project named under a numbered sub-heading by a body's long form is
// found by the body's short form, which its paragraph defines; a short
// form of another body finds no project.
func TestProjectByItsBodysShortForm(t *testing.T) {
	ix := mustOpen(t, Source{Name: "short.md", Text: paperHeader("Short Form Fixture", "May 2013") +
		"1. Training\n\n(1) Japan-ASEAN Coastal Fisheries Training Centre\n\n" +
		"Training is centred on the Japan-ASEAN Coastal Fisheries Training Centre (JACFTC) in Rayong, Thailand. The agreement was signed in Bangkok on 19 November 2008, and Japan and Thailand shared the ¥1.45 billion cost.\n\n" +
		"(2) Southeast Asian Fisheries Development Center\n\nThe Southeast Asian Fisheries Development Center (SEAFDEC) advises on surveys.\n"})
	pr, err := ix.Project("JACFTC")
	if err != nil {
		t.Fatal(err)
	}
	if pr.Name != "Japan-ASEAN Coastal Fisheries Training Centre (JACFTC)" {
		t.Errorf("JACFTC found %q", pr.Name)
	}
	if pr, err := ix.Project("JICA"); err == nil {
		t.Errorf("JICA found %q", pr.Name)
	} else if nf := (*NotFoundError)(nil); !errors.As(err, &nf) {
		t.Errorf("JICA: %v", err)
	}
}

// A sub-heading that names a project and the country it is in takes the
// short form its paragraph gives the project's name without the country.
func TestProjectInACountryTakesItsShortForm(t *testing.T) {
	ix := mustOpen(t, Source{Name: "in.md", Text: paperHeader("Short Form Fixture", "September 2019") +
		"1. Reference Networks\n\n(1) Soil Reference Modernisation Project in Myanmar\n\n" +
		"The Soil Reference Modernisation Project (SRMP) was formulated in response to a request made by the Government of Myanmar in June 2016. Notes for grant aid of ¥1.96 billion were exchanged in Nay Pyi Taw on 21 January 2017.\n"})
	pr, err := ix.Project("SRMP")
	if err != nil {
		t.Fatal(err)
	}
	if pr.Name != "Soil Reference Modernisation Project in Myanmar (SRMP)" {
		t.Errorf("SRMP found %q", pr.Name)
	}
}
