package bot

import (
	"strings"
	"testing"
)

// /iai country lists what the documents leave the country out of, in the
// document's words, and shows no such section for a country left out of
// nothing.
func TestCountryLeftOutSection(t *testing.T) {
	b := fixtureBot(t, "Left Out Fixture\n\nJuly 2019\nMinistry of Foreign Affairs of Japan\n\n1. Facts\n\n"+
		"The Facility covers Cambodia, Laos, Myanmar and Vietnam. Thailand is not eligible, because it already operates a village fund.\n")
	thai := strings.Join(allPages(t, b, "/iai country Thailand"), "\n")
	if !strings.Contains(thai, "Left out:") || !strings.Contains(thai, "“Thailand is not eligible, because it already operates a village fund.”") {
		t.Errorf("Thailand's page lacks what it is left out of:\n%s", thai)
	}
	if cam := strings.Join(allPages(t, b, "/iai country Cambodia"), "\n"); strings.Contains(cam, "Left out") {
		t.Errorf("Cambodia's page has a Left out section:\n%s", cam)
	}
}

// /iai country lists the requests the country makes, in the document's
// words, and shows no such section for a country that asks nothing.
func TestCountryRequestsSection(t *testing.T) {
	b := fixtureBot(t, "Requests Fixture\n\nJuly 2019\nMinistry of Foreign Affairs of Japan\n\n1. Facts\n\n"+
		"The Facility covers Cambodia and Laos. The Government of the Lao PDR requested Japan to extend the Facility to Savannakhet.\n")
	lao := strings.Join(allPages(t, b, "/iai country Laos"), "\n")
	if !strings.Contains(lao, "Requests:") || !strings.Contains(lao, "“The Government of the Lao PDR requested Japan to extend the Facility to Savannakhet.”") {
		t.Errorf("Laos's page lacks its request:\n%s", lao)
	}
	if cam := strings.Join(allPages(t, b, "/iai country Cambodia"), "\n"); strings.Contains(cam, "Requests") {
		t.Errorf("Cambodia's page has a Requests section:\n%s", cam)
	}
}
