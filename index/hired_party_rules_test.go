package index

import "testing"

// "Which construction company is building the bridge" names the party by
// the part it is hired for: the government that asked for the bridge is
// no answer, and the company the document names as its contractor is.
func TestAHiredPartyIsNamedAsSuch(t *testing.T) {
	ix := mustOpen(t, Source{Name: "bridges.txt", Text: paperHeader("Japan's Grant Aid for Bridges in Laos", "June 2015") +
		"Overview: Japan is rebuilding bridges in Laos.\n\n" +
		"1. Bridges\n\n" +
		"(1) On 18 July 2013 the Government of the Lao PDR requested Japan to reconstruct the Nam Kading Bridge. The contractor for the bridge will be chosen by tender and has not yet been selected.\n\n" +
		"(2) On 2 May 2012 the Government of the Lao PDR requested Japan to rebuild the Xe Bang Fai Bridge. The construction company Obayashi Corporation is building the Xe Bang Fai Bridge.\n"})
	expectRefused(t, ix, "which construction company is building the nam kading bridge?")
	expectAnswers(t, ix, map[string]string{"which construction company is building the xe bang fai bridge?": "Obayashi Corporation"})
}
