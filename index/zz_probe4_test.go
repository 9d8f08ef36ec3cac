package index

import (
	"testing"
)

func TestProbe4(t *testing.T) {
	text := "Flood Cooperation\n\nApril 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Mekong Flood Network (MFN)\n\n" +
		"(1) The Network was set up in Vientiane on 3 May 2004. Thailand joined the Network on 9 August 2005. " +
		"The Network opened an office in Bangkok on 1 October 2005. Myanmar joined on the same day as Thailand.\n\n" +
		"(2) The MFN cooperates with the ADRC. Cambodia became a member at the annual meeting of the Asian Disaster Reduction Center (ADRC) in 2003.\n\n" +
		"(3) Members of the MFN and ASEAN:\n\n" +
		"  Country     MFN        ASEAN\n" +
		"  Laos        observer   joined on 23 July 1997\n\n" +
		"2. Grants\n\n" +
		"The Government of Laos requested grant aid from Japan to build a bridge over the Mekong. " +
		"Japan invited ten officials from Laos to study river management in Osaka.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-flood.txt", Text: text})
	dumpAll(t, ix)
	ask(ix, "why did laos request grant aid", "when did laos join the MFN", "when did myanmar join the MFN")
}

func TestProbe5(t *testing.T) {
	text := "Flood Cooperation\n\nApril 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Mekong Flood Network (MFN)\n\n" +
		"Members of the Network:\n\n" +
		"  Country     Until 2004   Now\n" +
		"  Laos        observer     member\n" +
		"  Cambodia    observer     member\n"
	for i := 0; i < 6; i++ {
		ix := mustOpen(t, Source{Name: "mofa-2006-04-flood.txt", Text: text})
		dumpAll(t, ix)
	}
}
