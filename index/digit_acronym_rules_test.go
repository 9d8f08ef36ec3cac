package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A short form whose name holds a word of digits and letters ("Mekong 2R
// Cities Forum (M2RCF)") is the body's: its members are its own, and no
// other body nearby takes them.
func TestShortFormSpeltByDigitsAndLetters(t *testing.T) {
	text := paperHeader("Digits Fixture", "May 2019") + "1. Reuse\n\n(1) Mekong 2R Cities Forum\n" +
		"The Mekong 2R Cities Forum (M2RCF) links city halls that reuse and repair goods. It was set up in Hue on 4 April 2015 by three countries: Cambodia, Laos and Vietnam. Thailand joined on 9 May 2016. " +
		"The Osaka-Hue Repair Partnership (OHRP) was signed by the two mayors on 1 June 2016. Myanmar has stated its intention to join but has not yet deposited its instrument of accession. " +
		"The Asian Reuse Institute (ARI) has taken part as an observer since 2017.\n"
	ix := mustOpen(t, Source{Name: "digits.md", Text: text})
	got := membershipLines(ix)
	body := "Mekong 2R Cities Forum (M2RCF)"
	want := []string{
		"Cambodia " + StatusFounding + " " + body,
		"Laos " + StatusFounding + " " + body,
		"Vietnam " + StatusFounding + " " + body,
		"Thailand " + StatusJoined + " " + body,
		"Myanmar " + StatusIntends + " " + body,
		"Asian Reuse Institute (ARI) " + StatusObserver + " " + body,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
	expectAnswers(t, ix, map[string]string{
		"when did thailand join m2rcf":    "9 May 2016",
		"when did ari become an observer": "2017",
		// The body by its short form, as people name it.
		"which body did thailand join on 9 may 2016": "M2RCF",
	})
	// An observer's seat is no membership: its date answers when the
	// observer came, not when it became a member.
	expectRefused(t, ix, "when did ari become a full member of m2rcf")
}
