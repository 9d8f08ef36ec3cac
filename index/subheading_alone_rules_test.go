package index

import (
	"strings"
	"testing"
)

// phasedProject is a paper whose first sub-heading stands alone on its
// line, in title case, ending in the country the project is for; the
// paragraphs under it never name the project but by its short form, and
// the later ones not at all.
func phasedProject() Source {
	return Source{Name: "phased.md", Text: paperHeader("Japan's Cooperation with ASEAN on Fair Markets", "July 2012") + `1. Drafting of Market Laws

(1) Market Law Drafting Support Project for Laos

In 2008 the Ministry of Industry and Commerce of Laos asked Japan for help, and Japan responded with the Market Law Drafting Support Project (MLDSP), a technical cooperation project.

The first phase of MLDSP ran from 1 April 2009 to 31 March 2011. Japan spent ¥150 million on this phase.

The second phase began on June 1, 2011, with a Japanese contribution of up to ¥240 million. Phase two was due to end on 31 October 2012 but has been extended to 31 March 2013.

(2) Market Laws in ASEAN

Six ASEAN member states now have a general market law.
`}
}

// A numbered line of capitalised words with a blank line after it heads
// the paragraphs below it, though it ends in a country, not a head noun:
// the project it names takes the short form its text gives, and the
// paragraphs that never name it are still about it.
func TestSubHeadingAloneInTitleCase(t *testing.T) {
	ix := mustOpen(t, phasedProject())
	var names []string
	for _, pr := range ix.x.projects {
		names = append(names, pr.Name)
	}
	if !strings.Contains(strings.Join(names, "|"), "Market Law Drafting Support Project for Laos (MLDSP)") {
		t.Errorf("projects %q: the heading's project has no short form", names)
	}
	var p *Passage
	for _, q := range ix.docs[0].Passages {
		if strings.Contains(q.Text, "In 2008 the Ministry") {
			p = q
		}
	}
	if p == nil || p.Cite.Item != "(1)" || p.Label != "Market Law Drafting Support Project for Laos" {
		t.Errorf("first paragraph under the heading: %+v", p)
	}
	expectAnswers(t, ix, map[string]string{
		"when did phase 2 of mldsp start": "June 1, 2011",
	})
}

// "Japan spent ¥150 million on this phase" is of the phase the sentence
// before numbers; "Phase two was due to end on" a day after the paper's
// says nothing of when phase one ended, so it refuses nothing asked of
// phase one.
func TestPhaseSpokenOfByPointingBack(t *testing.T) {
	ix := mustOpen(t, phasedProject())
	expectAnswers(t, ix, map[string]string{
		"how much did japan spend on the first phase of mldsp": "¥150 million",
	})
	expectRefused(t, ix, "how much did japan spend on the third phase of mldsp")
	if a := ix.AnswerFollowUp("when did mldsp phase 1 start?", "when did it end"); !a.Found || a.Span != "31 March 2011" {
		t.Errorf("end of phase one: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}
