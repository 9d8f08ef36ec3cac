package index

import (
	"slices"
	"strings"
	"testing"
)

// observerNetwork is a paper whose network has country members and
// bodies that observe it; extra ends the network's paragraph.
func observerNetwork(extra string) Source {
	return Source{Name: "observers.md", Text: paperHeader("Japan's Cooperation with ASEAN on Clean Cooking", "June 2016") + `1. Regional Network

(1) The ASEAN Clean Stove Network (ACSN)

The Food and Agriculture Organization (FAO) surveyed household fuels in 2010. The ASEAN Clean Stove Network (ACSN) was founded on 4 May 2011 by Indonesia, Thailand and Vietnam. Cambodia joined on 9 July 2013, and Myanmar has taken part as an observer since 2014. The International Energy Agency (IEA) has taken part as an observer since April 2013. The Food and Agriculture Organization of the United Nations (FAO), which advises on fuels, is an observer at meetings of the ACSN Council. The United Nations Development Programme (UNDP) has taken part as an observer since the founding, advising on fuels. ` + extra + `
`}
}

// A body that opens a clause whose status is "observer" observes the body
// the passage gave members, or the one the clause names: it is listed
// with its date and its name as written, but never as a country.
func TestBodyObservers(t *testing.T) {
	ix := mustOpen(t, observerNetwork(""))
	lines := membershipLines(ix)
	for _, want := range []string{
		"International Energy Agency (IEA) observer ASEAN Clean Stove Network (ACSN)",
		"Food and Agriculture Organization of the United Nations (FAO) observer ACSN Council",
		"United Nations Development Programme (UNDP) observer ASEAN Clean Stove Network (ACSN)",
		"Myanmar observer ASEAN Clean Stove Network (ACSN)",
	} {
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, want) }) {
			t.Errorf("no membership %q in %q", want, lines)
		}
	}
	for _, m := range ix.x.memberships {
		if strings.HasPrefix(m.Country, "International Energy Agency") && (m.Date == nil || m.Date.Text != "April 2013" || !m.Body) {
			t.Errorf("IEA's membership: %+v", m)
		}
		if m.Body && !strings.Contains(m.Country, "(") {
			t.Errorf("a body without its short form: %q", m.Country)
		}
	}
	a := ix.Answer("which countries are observers of the acsn")
	if !a.Found || !strings.Contains(a.Span, "Myanmar") || strings.Contains(a.Text, "Energy Agency") || strings.Contains(a.Text, "Food and Agriculture") {
		t.Errorf("countries that observe: %q / %q", a.Span, a.Text)
	}
}

// Bodies that attend a meeting, that are named with others as whose
// people came, that go on into a longer name or that are denied the
// status observe nothing.
func TestBodyObserversNotRead(t *testing.T) {
	for name, extra := range map[string]string{
		"people of bodies": "Representatives of the Japan International Cooperation Agency (JICA) and the Asian Development Bank (ADB) attended as observers.",
		"a longer name":    "The Mekong River Commission (MRC) Secretariat attended the Summit as an observer.",
		"denied":           "The Asian Development Bank (ADB) has never attended as an observer.",
	} {
		ix := mustOpen(t, observerNetwork(extra))
		for _, m := range ix.x.memberships {
			if m.Body && !strings.Contains(m.Country, "Energy Agency") && !strings.Contains(m.Country, "Food and Agriculture") && !strings.Contains(m.Country, "Development Programme") {
				t.Errorf("%s: %s %s %s", name, m.Country, m.Status, m.Org)
			}
		}
	}
}

// A body's status in another answers what it is there and whether it is
// an observer, though the sentence that says it does not name the body
// it observes: the status extraction gave it from the passage's members.
func TestBodyObserverAnswers(t *testing.T) {
	ix := mustOpen(t, Source{Name: "observed.md", Text: paperHeader("Japan's Cooperation with ASEAN on Fair Markets", "July 2012") + `1. Network

The ASEAN Fair Markets Network (AFMN) was founded on 2 May 2008 by Indonesia, Thailand and Vietnam.

Malaysia joined on 3 August 2010. The United Nations Conference on Trade and Development (UNCTAD) has taken part as an observer since September 2010.
`})
	expectAnswers(t, ix, map[string]string{
		"whats unctad's status in afmn":   "observer",
		"is unctad an observer at afmn":   "yes",
		"is unctad a member of the afmn?": "no",
	})
}

// "Which network has X been an observer in" is answered by the body an
// organisation or a country observes, by its short form.
func TestWhichBodyObserved(t *testing.T) {
	ix := mustOpen(t, Source{Name: "observedwhich.md", Text: paperHeader("Japan's Cooperation with ASEAN on Malaria", "June 2002") + `1. Network

The Mekong Malaria Laboratory Network (MMLN) was founded on 8 November 2000 in Bangkok by Cambodia, Thailand and Vietnam. Laos joined the network on 19 March 2001. The ASEAN Secretariat has taken part as an observer since 2 July 2001, and Myanmar has been an observer since May 2001.
`})
	expectAnswers(t, ix, map[string]string{
		"which network has the asean secretariat been an observer in since 2 july 2001": "MMLN",
		"which network has myanmar been an observer in":                                 "MMLN",
	})
}

// A body's own organ that takes part as an observer ("The Mekong River
// Commission (MRC) Secretariat takes part as an observer") speaks for the
// body: it is listed under the network by its name as written, and "mrc
// status in acsn", without the possessive chat leaves out, asks it.
func TestBodyOrganObserves(t *testing.T) {
	ix := mustOpen(t, observerNetwork("The Mekong River Commission (MRC) Secretariat takes part as an observer."))
	lines := membershipLines(ix)
	if want := "Mekong River Commission (MRC) Secretariat observer ASEAN Clean Stove Network (ACSN)"; !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, want) }) {
		t.Errorf("no membership %q in %q", want, lines)
	}
	expectAnswers(t, ix, map[string]string{
		"mrc status in acsn?":            "observer",
		"whats the iea's status in acsn": "observer",
		"is the mrc an observer in acsn": "yes",
	})
}
