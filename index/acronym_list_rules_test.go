package index

import "testing"

// A short form from another language whose English name opens with a
// list of words ("Meteorology, Climatology and Geophysics Agency") stands
// for the whole list and its head, not the words after the "and".
func TestForeignShortFormOverAListedName(t *testing.T) {
	ix := mustOpen(t, Source{Name: "remarks.md", Text: "# Remarks at the Signing\n\nJakarta, 3 March 2025\n\n" +
		"The grant agreement was signed by Prof. Dr. Sari Wulandari, Head of the Meteorology, Climatology and Geophysics Agency (BMKG), and by the Asian Development Bank (ADB) for its part.\n\n" +
		"Japan, Thailand and the Asian Disaster Preparedness Center (ADPC) attended.\n"})
	got := acronymsOf(ix)
	for acr, want := range map[string]string{
		"BMKG": "Meteorology, Climatology and Geophysics Agency",
		"ADPC": "Asian Disaster Preparedness Center",
	} {
		if got[acr] != want {
			t.Errorf("%s = %q, want %q", acr, got[acr], want)
		}
	}
	expectAnswers(t, ix, map[string]string{"what does bmkg stand for": "Meteorology, Climatology and Geophysics Agency"})
}

// "ASEAN-Japan Regional Centre for Cold Chain and Food Security (RCCF)":
// a short form that skips the partners opening the name, words inside it
// and its last word still stands for the whole name; a short form of
// three letters may not leave its name's last word unspelt.
func TestShortFormSkippingPartnersAndLastWord(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: "Progress Report\n\n" +
		"17. The ASEAN-Japan Regional Centre for Cold Chain and Food Security (RCCF), based in Can Tho, Viet Nam, trains cold-chain operators.\n\n" +
		"18. The Bangkok Coastal Water Monitoring (BCW) reports each year.\n"})
	got := acronymsOf(ix)
	if got["RCCF"] != "ASEAN-Japan Regional Centre for Cold Chain and Food Security" {
		t.Errorf("RCCF = %q", got["RCCF"])
	}
	if got["BCW"] != "" {
		t.Errorf("BCW = %q, want no name: three letters leave no word unspelt", got["BCW"])
	}
	expectAnswers(t, ix, map[string]string{"what does rccf stand for": "ASEAN-Japan Regional Centre for Cold Chain and Food Security"})
}
