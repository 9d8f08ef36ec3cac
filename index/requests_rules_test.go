package index

import (
	"strings"
	"testing"
)

// A request is answered for the one who asked, not for a country the
// request is made for; what someone is asked to do is no purpose.
func TestRequestsByTheirRequester(t *testing.T) {
	text := "Energy Cooperation\n\nMarch 2008\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. ASEAN-Japan Grid Ministers' Meeting\n\n" +
		"(1) The First ASEAN-Japan Grid Ministers' Meeting was held in Cebu on August 23, 2007.\n\n" +
		"(2) At the meeting, the ASEAN ministers requested Japan to extend the Grid Operators Course to Cambodia and Laos. " +
		"Cambodia requested Japan to fund a survey of rural grids in its eastern provinces.\n\n" +
		"(3) The Chair asked JICA to extend the grid project by six months in order to finish the substation.\n"
	ix := mustOpen(t, Source{Name: "mofa-2008-03-grid.txt", Text: text})
	expectAnswers(t, ix, map[string]string{
		"what did cambodia request":                    "fund a survey of rural grids in its eastern provinces",
		"what did the asean ministers ask japan to do": "extend the Grid Operators Course to Cambodia and Laos",
	})
	// Laos asked nothing; the ministers asked something for it.
	if a := ix.Answer("what did laos request at the ministers meeting"); strings.HasPrefix(a.Span, "extend the Grid") {
		t.Errorf("Laos's request answered %q", a.Text)
	}
	after := false
	for _, p := range ix.x.purposes {
		if strings.Contains(p.Text, "extend the Grid") || strings.Contains(p.Text, "fund a survey") || strings.Contains(p.Text, "extend the grid") {
			t.Errorf("a request read as a purpose: %q", p.Text)
		}
		after = after || strings.HasPrefix(p.Text, "in order to finish the substation")
	}
	// A purpose after the request is still one.
	if !after {
		t.Errorf("no purpose after the request in %+v", ix.x.purposes)
	}
}

// "Who asked Japan for it": the country named right after the verb is the
// one asked, so a person whose role is of that country (its embassy's
// minister) is not taken for the asker; a person of another country who
// came with them may still be asked for by it ("who attended from Japan").
func TestWhoAskedTheCountryTheQuestionNames(t *testing.T) {
	doc := "A laboratory opened in Pathum Thani on 22 November 2017. The opening ceremony was attended by Dr. Pranee Wongsawat, Secretary-General of TISI, and Mr. Kenji Haruta, Minister at the Embassy of Japan in Thailand.\n\n" +
		"Mr. Bounthavy Sisouphanh, Director General of the Department of Metrology of the Lao PDR, requested Japan to supply a mobile calibration vehicle for provincial markets."
	checkRules(t, []ruleCase{
		{name: "the asker", doc: doc, q: "who asked japan for a mobile calibration vehicle", span: "Mr. Bounthavy Sisouphanh"},
		{name: "from the country", doc: doc, q: "who attended the laboratory opening from japan", span: "Mr. Kenji Haruta"},
	})
}
