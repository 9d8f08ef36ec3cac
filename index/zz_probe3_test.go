package index

import (
	"fmt"
	"testing"
)

func TestProbe3(t *testing.T) {
	text := "Flood Recovery\n\nMarch 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Chao Phraya Flood Recovery Project\n\n" +
		"The Chao Phraya Flood Recovery Project rebuilds dikes in Thailand. The following donors contribute to the project:\n\n" +
		"  Donor        Completed     Amount\n" +
		"  Japan        March 2007    US$5.1 million\n" +
		"  Australia    June 2006     US$2.4 million\n\n" +
		"2. ASEAN Centre for Energy (ACE)\n\n" +
		"The ACE works closely with the ASEAN-Japan Centre (AJC). The Centre is based in Tokyo.\n\n" +
		"3. Requests\n\n" +
		"At the meeting, Japan requested Cambodia to submit a plan for the new bridge. Cambodia requested Japan to fund a survey of rural roads.\n\n" +
		"4. Stages\n\n" +
		"The Kampot Water Supply Project was reported to be completed on 4 March 2005.\n\n" +
		"5. Others\n\n" +
		"Japan supports the Mekong-Lancang Water Project with US$2 million. Japan also funds the Thai-Japanese Technology Transfer Project.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-03-flood.txt", Text: text})
	dumpAll(t, ix)
	for _, n := range []string{"Thailand", "Japan"} {
		c, err := ix.Country(n)
		if err != nil {
			fmt.Println("ERR", n, err)
			continue
		}
		for _, f := range c.Funding {
			if f.Amount != nil {
				fmt.Println("FUND", n, f.Amount.Describe())
			}
		}
	}
	ask(ix, "where is the ACE based", "where is the ACE", "what has cambodia been asked to do", "what was cambodia requested to do", "what did japan ask cambodia to do",
		"was the kampot water supply project completed?", "has the kampot water supply project been completed?", "when was the japanese contribution to the chao phraya project completed")
}
