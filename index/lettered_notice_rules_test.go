package index

import (
	"slices"
	"testing"
)

// lettersNotice is a procurement notice: its parts are numbered by
// capital letters ("A. GENERAL"), its paragraphs by numbers running on
// across them, and a network of cities is listed in a table under the
// numbered paragraph that introduces it with a colon.
const lettersNotice = "Republic of the Philippines\nDEPARTMENT OF TRANSPORTATION\n\n" +
	"INVITATION TO BID\n\n" +
	"Date of Issue: 4 June 2024\n\n" +
	"A. GENERAL\n\n" +
	"1. The Government has received a loan from JICA toward the cost of the Cebu Bus Rapid Transit Project (CBRTP).\n\n" +
	"2. Bids will be received at the BAC Secretariat, 3rd Floor, Central Office.\n\n" +
	"B. RELATED ASSISTANCE\n\n" +
	"3. Cebu City and Davao City are founding members of the Southeast Asian Cities Transit Network (SACTN), set up in Kuala Lumpur on 9 March 2016. " +
	"Japan, through the Ministry of Land, Infrastructure, Transport and Tourism and JICA, supports the network as a dialogue partner and has committed US$ 0.8 million to its secretariat. " +
	"The network now has six member cities:\n\n" +
	"   Country     | Member city            | Status          | Date\n" +
	"   ------------|------------------------|-----------------|----------------\n" +
	"   Philippines | Cebu City; Davao City  | Founding member | 9 March 2016\n" +
	"   Malaysia    | Kuala Lumpur City Hall | Founding member | 9 March 2016\n" +
	"   Cambodia    | Phnom Penh Capital     | Joined          | 12 April 2019\n\n" +
	"4. The Mandalay City Development Committee of Myanmar signed the network's Memorandum of Participation on 2 May 2023 but is not yet a member. " +
	"Singapore, through its Land Transport Authority, has taken part as an observer since 1 July 2020. " +
	"No city of Brunei Darussalam is a member of, or an observer in, the SACTN.\n"

// The parts numbered by letters are the notice's sections, and the table
// after a numbered paragraph that ends in a colon is that paragraph's
// list: its rows are members of the network the paragraph's last
// sentence speaks of.
func TestLetteredSectionsAndATableUnderAnItem(t *testing.T) {
	ix := mustOpen(t, Source{Name: "dotr-2024-06-invitation.txt", Text: lettersNotice})
	var titles []string
	for _, p := range ix.docs[0].Passages {
		if p.Cite.SectionTitle != "" && !slices.Contains(titles, p.Cite.SectionTitle) {
			titles = append(titles, p.Cite.SectionTitle)
		}
	}
	if !slices.Equal(titles, []string{"GENERAL", "RELATED ASSISTANCE"}) {
		t.Errorf("section titles %q, want GENERAL and RELATED ASSISTANCE", titles)
	}
	rows := membershipRows(ix)
	const net = "Southeast Asian Cities Transit Network (SACTN)"
	expectMemberRows(t, rows,
		membershipRow{"Malaysia", net, StatusFounding, "9 March 2016"},
		membershipRow{"Cambodia", net, StatusJoined, "12 April 2019"})
	expectAnswers(t, ix, map[string]string{"when did cambodia join the sactn": "12 April 2019"})
}

// Who takes part through whom, and who is denied: a body of a country
// that opens a clause stands for the country; an aside naming the
// bodies a member acts through, and a body given to another by "its",
// are not the body the status is in; "No city of Brunei Darussalam is a
// member of, or an observer in" makes Brunei neither.
func TestMembersThroughBodiesAndNoneOfACountry(t *testing.T) {
	ix := mustOpen(t, Source{Name: "dotr-2024-06-invitation.txt", Text: lettersNotice})
	rows := membershipRows(ix)
	const net = "Southeast Asian Cities Transit Network (SACTN)"
	expectMemberRows(t, rows,
		membershipRow{"Japan", net, StatusPartner, ""},
		membershipRow{"Myanmar", net, StatusSigned, "2 May 2023"},
		membershipRow{"Singapore", net, StatusObserver, "1 July 2020"},
		membershipRow{"Brunei", net, StatusNonMember, ""})
	for _, r := range rows {
		if r.Country == "Brunei" && r.Status != StatusNonMember {
			t.Errorf("Brunei given %q: %+v", r.Status, r)
		}
		if r.Org != net {
			t.Errorf("a status in another body than the network: %+v", r)
		}
	}
}
