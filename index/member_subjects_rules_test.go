package index

import (
	"slices"
	"testing"
)

// A country that is where something happened, or a clause whose "it"
// stands for the clause after "that", gives no membership: only the
// council's own members and non-member are read.
func TestNoMembershipFromAPlaceOrAnEmptyIt(t *testing.T) {
	ix := mustOpen(t, Source{Name: "council.txt", Text: paperHeader("Japan's Cooperation on Vocational Training", "May 2019") +
		"Overview: Japan supports vocational training in ASEAN.\n\n" +
		"1. The Regional Council\n\n" +
		"(1) Thailand is a founding member of the Mekong Skills Cooperation Council (MSCC). Singapore is not a member of the council. Through the Japan-ASEAN Integration Fund (JAIF), Japan contributed US$1.8 million to the council's exchange scheme. It should be noted that the JAIF contribution is not part of the project costs.\n\n" +
		"2. Sustainability\n\n" +
		"(1) The Directorate General of Vocational Education (DGVE) runs the campuses. Instructor capacity remains good, although 41 of the 312 instructors trained in Japan have since left the polytechnics.\n"})
	got := membershipLines(ix)
	for _, want := range []string{"Thailand founding member Mekong Skills Cooperation Council (MSCC)", "Singapore not a member Mekong Skills Cooperation Council (MSCC)"} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
	if len(got) != 2 {
		t.Errorf("memberships %q, want only the council's two", got)
	}
}

// "Did Thailand join the network after it was founded" asks of a joining
// after the founding: yes for a country that joined later, no for a
// founder, never "no" beside "has joined".
func TestJoinedAfterTheFoundingIsAskedOfJoiners(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mines.txt", Text: paperHeader("Japan's Cooperation on Mine Action", "February 2008") +
		"Overview: Japan supports mine action.\n\n" +
		"1. The Network\n\n" +
		"(1) The Mekong Mine Action Network (MMAN) was established on 22 March 2006 by Cambodia, Laos and Viet Nam, its three founding members. Thailand joined the network on 9 January 2007.\n"})
	expectAnswers(t, ix, map[string]string{
		"did thailand join the network after it was founded": "yes",
		"did laos join the network after it was founded":     "no",
		"did thailand found the network":                     "no",
	})
}
