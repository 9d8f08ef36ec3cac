package index

import (
	"fmt"
	"testing"
)

func TestProbe2(t *testing.T) {
	text := "Tsunami Relief\n\nMarch 2005\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Pledges\n\n" +
		"The American Government pledged US$350 million for relief on 31 December 2004. " +
		"Indian naval ships delivered relief goods to Sri Lanka. " +
		"The French Government provided EUR 20 million on 5 January 2005.\n\n" +
		"2. Hospital\n\n" +
		"Japan contributed US$2 million in 2005, bringing its total contribution to US$10 million.\n\n" +
		"3. Grants\n\n" +
		"Grant aid for the following projects was decided:\n\n" +
		"  Project                   Amount           Completion\n" +
		"  Banda Aceh Port Project   US$5.1 million   March 2007\n" +
		"  Phuket Clinic Project     US$2.4 million   June 2006\n"
	ix := mustOpen(t, Source{Name: "mofa-2005-03-relief.txt", Text: text})
	dumpAll(t, ix)
	for _, n := range []string{"United States", "France", "India"} {
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
	ask(ix, "how much did the united states pledge", "when was the banda aceh port project grant given", "how much did france provide")
}
