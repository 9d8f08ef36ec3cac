package index

import (
	"strings"
	"testing"
)

// A sum's purpose takes no time ("towards the end of FY2010") and no
// section's body for a head noun in lower case ("the centre of
// Pekanbaru") or one the passage gives to another body ("the Network's
// rain gauges" after the Mekong Rainfall Network).
func TestCounterPurposesNameNoOtherBody(t *testing.T) {
	for _, c := range []struct {
		section, text, sum string
		not                []string
	}{
		{"1. Fish Landing Sites", "The Government of Japan disbursed ¥340 million towards the end of FY2010.", "¥340 million", []string{"end of"}},
		{"1. ASEAN Peatland Centre (APC)", "The Government of Japan provided ¥210 million for a training hall in the centre of Pekanbaru.", "¥210 million", []string{"APC"}},
		{"1. ASEAN Haze Monitoring Network (AHMN)", "The AHMN shares data with the Mekong Rainfall Network (MRN), which Thailand set up in 2008. In 2011 the Government of Japan provided ¥30 million to the MRN for the upgrading of the Network's rain gauges.", "¥30 million", []string{"AHMN", "Haze"}},
	} {
		ix := mustOpen(t, Source{Name: "purpose.md", Text: paperHeader("Japan's Cooperation with ASEAN on Haze", "May 2012") + c.section + "\n\n" + c.text + "\n"})
		am := amountNamed(ix, c.sum)
		if am == nil {
			t.Fatalf("%s: no sum", c.sum)
		}
		for _, w := range c.not {
			if strings.Contains(am.Purpose, w) || strings.Contains(am.Recipient, w) {
				t.Errorf("%s: purpose %q recipient %q", c.sum, am.Purpose, am.Recipient)
			}
		}
	}
}

// "To the Centre's partner universities" goes to the universities, and
// "to the Centre" after another Centre is named goes to that one, not to
// the section's body.
func TestCounterToTheCentresPartners(t *testing.T) {
	ix := mustOpen(t, Source{Name: "partners.md", Text: paperHeader("Japan's Cooperation with ASEAN on Haze", "May 2012") + `1. Support to the ASEAN Peatland Centre (APC)

The Government of Japan extended ¥75 million to the Centre's partner universities in Riau.

The Riau Fire Training Centre was opened in Pekanbaru in 2009 by the Government of Indonesia, and Japan extended ¥120 million to the Centre for fire engines.
`})
	for _, s := range []string{"¥75 million", "¥120 million"} {
		am := amountNamed(ix, s)
		if am == nil {
			t.Fatalf("no %s", s)
		}
		if strings.Contains(am.Recipient, "Peatland") {
			t.Errorf("%s recipient %q", s, am.Recipient)
		}
	}
}

// A mission "led by" someone is the mission's, though the asked body
// stands earlier in the sentence and a title stands between.
func TestCounterLedByMissionOfBody(t *testing.T) {
	ix := mustOpen(t, Source{Name: "led.md", Text: paperHeader("Japan's Cooperation with ASEAN on Seed Banks", "June 2011") + `1. The ASEAN Rice Seed Centre

The ASEAN Rice Seed Centre (ARSC) was established in Los Banos in 2008. In May 2010 the Rice Seed Centre received a survey mission led by JICA adviser Mr. Kenji Harada.
`})
	expectRefused(t, ix, "who heads the rice seed centre?")
}

// A plan's object may hold "and" or a word in "-ed" ("hundred", "seed"):
// the plan is still to come.
func TestCounterPlannedObjectWithAnd(t *testing.T) {
	for q, text := range map[string]string{
		"when were the generators supplied?": "The pump depot in Savannakhet was opened in 2010. The Government of Japan intends to supply pumps and generators in FY2013.",
		"when were the boats supplied?":      "The pump depot in Savannakhet was opened in 2010. The Government of Japan intends to supply one hundred boats in FY2014.",
		"when was the rice seed supplied?":   "The seed store in Savannakhet was opened in 2010. The Government of Japan intends to supply rice seed in FY2014.",
	} {
		ix := mustOpen(t, Source{Name: "plan.md", Text: paperHeader("Japan's Cooperation with ASEAN on Flood Control", "May 2012") + "1. Pumps\n\n" + text + "\n"})
		expectRefused(t, ix, q)
	}
}

// A person named inside an aside ("a student of Mr Ken Abe") does not
// take the role the clause gives its subject.
func TestCounterAsideNamesAnother(t *testing.T) {
	ix := mustOpen(t, Source{Name: "aside.md", Text: paperHeader("Japan's Cooperation with ASEAN on Livestock", "April 2004") + `1. The Vaccine Board

The board met in Hanoi on 3 May 2003. Dr Lan Pham, a former student of Mr Ken Abe, was elected as the first Chairperson of the board.
`})
	for _, nr := range namesAndRoles(ix) {
		if strings.Contains(nr.Name, "Ken Abe") && nr.Role != "" {
			t.Errorf("%s given role %q", nr.Name, nr.Role)
		}
	}
	if a := ix.Answer("who chairs the vaccine board?"); strings.Contains(a.Span, "Ken Abe") {
		t.Errorf("chair: %q", a.Text)
	}
}
