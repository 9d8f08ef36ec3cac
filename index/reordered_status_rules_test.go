package index

import "testing"

// observerPaper has an office of a larger body whose short form takes
// its name's initials in another order, and a secretariat, both
// observers of a network.
func observerPaper() Source {
	return Source{Name: "observers.md", Text: paperHeader("Japan's Cooperation with ASEAN on Clinic Standards", "October 2016") + `1. Network

(1) Membership

The ASEAN Clinic Standards Network (ACSN) brings together the national bodies responsible for clinic standards. Its Charter was signed in Manila on 12 March 2013 by three founding members: Malaysia, Thailand and Vietnam. The World Tourism Organization Regional Office for the Pacific (WTPRO) has taken part as an observer since November 2014. The ASEAN Secretariat has attended as an observer since 2015.
`}
}

// "WTPRO" names the Regional Office for the Pacific though its
// letters take the name's initials in another order; a body's status of
// a member named after "status of" is asked as "status in" asks it.
func TestReorderedShortFormAndStatusOf(t *testing.T) {
	ix := mustOpen(t, observerPaper())
	expectAnswers(t, ix, map[string]string{
		"WTPRO status in acsn?":                "observer",
		"acsn status of the asean secretariat": "observer",
		"what does WTPRO stand for":            "World Tourism Organization Regional Office for the Pacific",
	})
}
