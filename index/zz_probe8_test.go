package index

import (
	"testing"
)

func TestProbe8(t *testing.T) {
	text := "Mekong Cooperation\n\nApril 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Hydrology\n\n" +
		"Laos joined the network set up by the Mekong River Commission (MRC) on 5 May 2005. " +
		"Cambodia joined the rescheduling arranged by the Paris Club in 2004. " +
		"Thailand joined the committee formed by the ASEAN Secretariat in 2003.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-mekong.txt", Text: text})
	dumpAll(t, ix)
	ask(ix, "is laos a member of the MRC?", "when did laos join the mrc")
}
