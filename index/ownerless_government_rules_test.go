package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A government of no place in a title ("... on Digital Government") is a
// field, not a body: the statuses after the network's paragraph are the
// network's. Its founders are those who signed its Terms of Reference.
func TestOwnerlessGovernmentIsNoBody(t *testing.T) {
	text := "Japan's Cooperation with ASEAN on Open Government\n\nMay 2021\nMinistry of Foreign Affairs of Japan\n\n1. Network\n\n" +
		"The ASEAN-Japan Open Data Network (AJODN) was set up on 2 March 2018, when Japan, Malaysia and Thailand signed its Terms of Reference in Bangkok. " +
		"It brings together the agencies responsible for open government. Vietnam joined on 3 August 2019. The Philippines has stated its intention to join.\n"
	ix := mustOpen(t, Source{Name: "mofa-2021-05-open.md", Text: text})
	got := membershipLines(ix)
	body := "ASEAN-Japan Open Data Network (AJODN)"
	want := []string{
		"Japan " + StatusFounding + " " + body,
		"Malaysia " + StatusFounding + " " + body,
		"Thailand " + StatusFounding + " " + body,
		"Vietnam " + StatusJoined + " " + body,
		"Philippines " + StatusIntends + " " + body,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
	for _, o := range ix.Orgs() {
		if o.Name == "Open Government" {
			t.Errorf("learnt %q as a body", o.Name)
		}
	}
}
