package index

import "testing"

// labelLinesPaper gives a sum country by country, one line each after a
// paragraph that ends in a colon, in the older plain-text layout.
func labelLinesPaper() Source {
	return Source{Name: "labellines.txt", Text: `Japan's Cooperation with the Mekong Countries on Vaccines

May 2004
Ministry of Foreign Affairs Japan

Overview: Japan supports routine immunisation in the Mekong region.

1. Vaccine Supply

Under the Mekong Vaccine Supply Scheme (MVSS), Japan provides measles vaccine as grant aid. In FY2003 the grant totalled 260 million yen, allocated as follows:

Cambodia: 104 million yen, for about 900,000 children
Laos: 47 million yen, for about 350,000 children
Myanmar: not covered by MVSS, since UNICEF supplies its vaccine

2. Training

JICA trained 90 nurses in FY2003.
`}
}

// Lines that open with a label after a paragraph that ends in a colon are
// that paragraph's items: they speak of the body it names ("MVSS"), and a
// reply that names another label ("and laos?") is asked of its own line.
func TestLabelLinesAreItemsOfTheirLeadIn(t *testing.T) {
	ix := mustOpen(t, labelLinesPaper())
	var items int
	for _, p := range ix.Documents()[0].Passages {
		if p.Kind == KindItem && p.Lead != "" && p.Label != "" {
			items++
		}
	}
	if items != 3 {
		t.Errorf("label lines read as items: %d, want 3", items)
	}
	if a := ix.AnswerFollowUp("how much vaccine grant did cambodia get under mvss in fy2003", "and laos?"); a.Span != "47 million yen" {
		t.Errorf("and laos?: %q (%s), want 47 million yen", a.Span, a.Text)
	}
}
