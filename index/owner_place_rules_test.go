package index

import "testing"

// ownerPlaceDoc dates a loan by the lender's fiscal year, in the
// possessive, and sends students to a country's universities by its
// adjective; neither says where the loan was signed. Another agreement
// was signed in a country named as such, in a second reply. A centre's opening is expected
// in a year whose date "has yet to be fixed".
const ownerPlaceDoc = "Written Reply\n\nMay 2018\nMinistry of Foreign Affairs\n\n" +
	"1. Cooperation\n\n" +
	"(1) The Coastal Skills Loan Programme (CSLP) is financed by a Japanese ODA loan of ¥6.2 billion under a loan agreement signed on 2 May 2016, in Japan's FY2016. The programme lets Thai students study engineering at Japanese universities.\n"

// ownerPlaceDoc2 is a second reply, on another programme.
const ownerPlaceDoc2 = "Written Reply\n\nJune 2018\nMinistry of Foreign Affairs\n\n" +
	"1. Fisheries\n\n" +
	"(1) The Grant Agreement for the Fisheries Training Centre (FTC) was signed in Japan on 5 June 2017. The official opening of the centre is expected later in 2018, but its date has yet to be fixed.\n"

// A country is where an act was done only in a sentence that says the
// act, and not when it stands in the possessive ("in Japan's FY2016").
func TestPossessiveCountryIsNoPlace(t *testing.T) {
	ix := mustOpen(t, Source{Name: "reply.txt", Text: ownerPlaceDoc}, Source{Name: "reply2.txt", Text: ownerPlaceDoc2})
	expectRefused(t, ix, "where was the cslp loan agreement signed")
	expectAnswers(t, ix, map[string]string{"where was the ftc grant agreement signed": "Japan"})
}

// "Its date has yet to be fixed" leaves the date open as "has not yet
// been fixed" does: the year expected is no date.
func TestDateYetToBeFixed(t *testing.T) {
	ix := mustOpen(t, Source{Name: "reply2.txt", Text: ownerPlaceDoc2})
	expectRefused(t, ix, "date of the ftc official opening")
}
