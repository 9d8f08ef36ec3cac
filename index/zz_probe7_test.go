package index

import (
	"fmt"
	"testing"
)

func TestProbe7(t *testing.T) {
	text := "Mekong Cooperation\n\nApril 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Neak Loeung Bridge\n\n" +
		"The first phase, which was to be completed by March 2004, was completed on 20 February 2004.\n\n" +
		"2. Mekong Flood Network (MFN)\n\n" +
		"Members of the MFN:\n\n" +
		"  Country     MFN        ASEAN\n" +
		"  Laos        member     joined on 23 July 1997\n\n" +
		"3. Rice\n\n" +
		"Cambodia joined the East Asia Emergency Rice Reserve established by the ASEAN+3 ministers in 2004. " +
		"Vietnam joined the regional seed bank operated by the Mekong Institute in 2005.\n\n" +
		"4. Projects\n\n" +
		"Japan supports the Lao-Japan Bridge Project and the Thai-Japan Technology Transfer Project. The Japan-Viet Nam Friendship Bridge Project was completed in 2003. Japan also funded the non-ODA Water Project.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-mekong.txt", Text: text})
	dumpAll(t, ix)
	for _, m := range ix.x.memberships {
		fmt.Printf("MEMSRC %s %q\n", m.Country, m.Sentence)
	}
	ask(ix, "has the first phase of the neak loeung bridge been completed?", "was the first phase completed?")
}
