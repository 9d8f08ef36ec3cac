package index

import (
	"slices"
	"strings"
	"testing"
)

// TestPaperRulesCounterExamples holds a reviewer's counter-examples to the
// rules for plain-text papers and articles: each was a wrong or a lost
// fact when those rules first landed.
func TestPaperRulesCounterExamples(t *testing.T) {
	t.Run("doc title Fund takes ASEAN's joining (titleBody fallback)", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "f.md", Text: "# Japan-ASEAN Integration Fund (JAIF)\n\n" +
			"The **Japan-ASEAN Integration Fund** (**JAIF**) is a fund set up by Japan in 2006 to support ASEAN integration.\n\n" +
			"## Background\n\nThe Association of Southeast Asian Nations was established in 1967 by five countries.\n\nBrunei joined in 1984.\n"})
		for _, m := range membershipRows(ix) {
			t.Errorf("wrong membership %+v", m)
		}
	})
	t.Run("status label + doc title: ASEAN founders become JAIF founders", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "r.md", Text: "# Japan-ASEAN Integration Fund (JAIF)\n\n## Regional context\n\n" +
			"ASEAN was founded in Bangkok in 1967.\n\nFounding members: Indonesia, Malaysia, the Philippines, Singapore and Thailand.\n"})
		for _, m := range membershipRows(ix) {
			t.Errorf("wrong membership %+v", m)
		}
	})
	t.Run("section reset to a Fund steals the Forum's joinings", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "k.md", Text: "# Japan's Support to the Greater Mekong Subregion\n\n## GMS Environment Forum\n\n" +
			"The GMS Environment Forum (GEF) was founded by Cambodia, Lao PDR and Thailand in 2005.\n\n" +
			"## Japan-ASEAN Integration Fund (JAIF)\n\nMyanmar joined in 2012 and Viet Nam in 2013. Japan's fund paid for their delegations.\n"})
		for _, m := range membershipRows(ix) {
			if strings.Contains(m.Org, "JAIF") {
				t.Errorf("membership of a trust fund %+v", m)
			}
		}
	})
	t.Run("Roman-numbered list in a Markdown section becomes sections", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "a.md", Text: "# Japan's Support\n\n## Background\n\nJapan's support rests on three pillars:\n\n" +
			"I. Hard infrastructure\nII. Soft infrastructure\nIII. Human resources development\n\n" +
			"The Mekong Water Network (MWN) was founded by Japan, Thailand and Viet Nam in 2008.\n"})
		for _, p := range ix.docs[0].Passages {
			if strings.Contains(p.Text, "founded") && p.Cite.SectionTitle != "Background" {
				t.Errorf("cited under %q §%d, want Background", p.Cite.SectionTitle, p.Cite.Section)
			}
		}
	})
	t.Run("signature initial I. is a part heading", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "b.txt", Text: "Japan's Support for Safe Water\n\nMarch 2006\n\nI. Tanaka, Director, Southeast Asia Division\n\n" +
			"The Mekong Water Network (MWN) was founded by Japan, Thailand and Viet Nam in 2008.\n"})
		for _, p := range ix.docs[0].Passages {
			if strings.Contains(p.Cite.SectionTitle, "Tanaka") {
				t.Errorf("section titled %q", p.Cite.SectionTitle)
			}
		}
	})
	t.Run("wrapped plain-text row loses its amount", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "d.txt", Text: "Japan's Support\n\nMarch 2006\n\nI. AMOUNTS\n\n" +
			"  Country     Main item                Amount (yen)\n" +
			"  ----------  -----------------------  ------------\n" +
			"  Cambodia    Well drilling and pump\n" +
			"              installation             410 million\n" +
			"  Lao PDR     Laboratory kits          250 million\n"})
		if !slices.ContainsFunc(ix.docs[0].Passages, func(p *Passage) bool { return strings.Contains(p.Text, "410 million") }) {
			t.Error("\"410 million\" is in no passage")
		}
	})
	t.Run("a cell crossing its column's gap is no table", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "s.txt", Text: "Japan's Support\n\nMarch 2006\n\nI. AMOUNTS\n\n" +
			"  Country     Main item                Amount (yen)\n" +
			"  ----------  -----------------------  ------------\n" +
			"  Viet Nam    Rural water supply in Can Tho 250 million\n"})
		if !slices.ContainsFunc(ix.docs[0].Passages, func(p *Passage) bool { return strings.Contains(p.Text, "Can Tho 250 million") }) {
			t.Error("the row was cut into columns across its text")
		}
	})
	t.Run("sentence-case project items dropped by statesOfParty", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "h.md", Text: "# Japan's cooperation\n\n## Projects\n\nJapan supports the following projects:\n\n" +
			"- Cambodia road improvement project\n- JICA technical cooperation project on water supply\n- ASEAN capacity building programme\n- Laos roads and bridges project\n"})
		if n := len(ix.Projects()); n != 4 {
			t.Errorf("%d projects, want 4", n)
		}
	})
	t.Run("passive-by break falls back to the sentence before's subject", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "g.md", Text: "# Mekong Village Bridges Fund\n\n## History\n\nMyanmar joined the Mekong Bridges Forum in 2001.\n\n" +
			"It was set up by an exchange of letters between the Government of Japan and the ASEAN Secretariat signed on 3 May 2002, and its office is in Phnom Penh, Cambodia.\n"})
		for _, m := range membershipRows(ix) {
			if m.Status == "founding member" {
				t.Errorf("wrong founder %+v", m)
			}
		}
	})
	t.Run("aid-of owner beats the agent after by", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "p.md", Text: "# Rural Roads\n\n## Myanmar\n\nIn cooperation with Myanmar grant aid of ¥1 billion was provided by Japan for feeder roads.\n"})
		for _, a := range ix.Amounts() {
			if a.Payer == "Myanmar" {
				t.Errorf("payer of %s = Myanmar", a.Text)
			}
		}
	})
	t.Run("a report's title before a body's short form is no long form", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "j.md", Text: "# Connectivity\n\nThe Japan International Cooperation Agency (JICA) implements technical cooperation. " +
			"In 2018 the agency published \"Japan's Support for Infrastructure Connectivity in ASEAN\" (JICA).\n"})
		for _, o := range ix.Orgs() {
			if o.Acronym == "JICA" && o.Name != "Japan International Cooperation Agency" {
				t.Errorf("JICA defined as %q", o.Name)
			}
		}
	})
	t.Run("a frame of a range or up to a year does not date a year's figure", func(t *testing.T) {
		ix := mustOpen(t, Source{Name: "y.txt", Text: "Japan's Support\n\nMarch 2006\n\nI. RESULTS (1998-2005)\n\n  1. 120 engineers were trained in Japan.\n\n" +
			"II. COURSES\n\n(1) Results (up to March 2006)\n  1. 12 seminars were held.\n"})
		expectRefused(t, ix, "how many engineers were trained in 1998", "how many seminars were held in 2006")
		expectAnswers(t, ix, map[string]string{"how many seminars were held up to march 2006": "12"})
	})
}
