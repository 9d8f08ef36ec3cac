package index

import (
	"testing"
)

func TestProbe6(t *testing.T) {
	text := "Flood Cooperation\n\nApril 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Mekong Flood Network (MFN)\n\n" +
		"(1) Laos and Vietnam founded the MFN in Vientiane on 3 May 2004. Thailand became a member on 9 August 2005, and the Network opened an office in Bangkok on 1 October 2005. " +
		"Myanmar became a member on the same day as Thailand.\n\n" +
		"(2) On 5 May 2005 the MFN held its first Council meeting in Hue. Cambodia became a member on that day, one month after its application of 4 April 2005.\n\n" +
		"2. Training\n\n" +
		"Since 2003, 1,200 persons have been trained at the centre in Bangkok. In 2005, 15 nations sent officials to the course.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-flood.txt", Text: text})
	dumpAll(t, ix)
	ask(ix, "how many people have been trained at the centre in bangkok", "how many countries sent officials to the course", "when did myanmar join the MFN", "when did cambodia join the mfn")
}
