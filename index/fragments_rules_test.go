package index

import (
	"slices"
	"testing"
)

// A short form built of a name's capitals and a fragment of its last word
// ("APORT-Net") is read in a heading as in the text, and a body listed
// with a country before a status is a subject beside it, not the body the
// status is of.
func TestFragmentShortFormAndListedBody(t *testing.T) {
	ix := mustOpen(t, Source{Name: "frag.md", Text: paperHeader("Fragment Fixture", "September 2016") +
		"1. Regional Port Network\n\nThe ASEAN Port Management Training Network (APORT-Net) was launched in Kobe on 1 February 2014.\n\n" +
		"2. ASEAN-Japan Maritime Logistics Council (AJMLC)\n\nThe Council was set up in 2012. Its founding members are Japan, Indonesia and Malaysia. Brunei Darussalam and the ASEAN Secretariat attend as observers, and Myanmar has stated that it intends to join.\n"})
	checkRules(t, []ruleCase{
		{name: "fragment short form", doc: "Japan supports ports.\n\n2. ASEAN Port Management Training Network (APORT-Net)\n\nThe network was launched in Kobe on 1 February 2014.", q: "aport-net stands for?", span: "ASEAN Port Management Training Network"},
	})
	var got []string
	for _, m := range ix.Memberships() {
		got = append(got, m.Country+"|"+m.Status+"|"+m.Org)
	}
	for _, w := range []string{"Brunei|" + StatusObserver + "|ASEAN-Japan Maritime Logistics Council (AJMLC)", "Myanmar|" + StatusIntends + "|ASEAN-Japan Maritime Logistics Council (AJMLC)"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, m := range ix.Memberships() {
		if m.Org == "ASEAN Secretariat" {
			t.Errorf("%s given a status in the ASEAN Secretariat", m.Country)
		}
	}
	var names []string
	for _, o := range ix.x.orgs {
		if o.Acronym == "APORT-Net" {
			names = append(names, o.Name)
		}
	}
	if !slices.Equal(names, []string{"ASEAN Port Management Training Network"}) {
		t.Errorf("APORT-Net read as %q", names)
	}
}

// A fragment short form is not read against a name whose last word it
// does not start, nor one whose words do not hold its capitals in order.
func TestCounterFragmentShortForm(t *testing.T) {
	ix := mustOpen(t, Source{Name: "frag.md", Text: paperHeader("Fragment Fixture", "September 2016") +
		"1. Facts\n\nJapan supports the Regional Training Programme (APORT-Net) and the Mekong Port Forum (SEED-Net).\n"})
	for _, o := range ix.x.orgs {
		if o.Acronym == "APORT-Net" || o.Acronym == "SEED-Net" {
			t.Errorf("%s read as %q", o.Acronym, o.Name)
		}
	}
}
