package index

import "testing"

// bidNotice is a notice with a schedule whose last step has no date yet,
// a centre opened by its inauguration, and a network whose members are
// cities, one of them signed in a place the notice does not give.
const bidNotice = "INVITATION TO BID\n\nDate of Issue: 2 April 2024\n\n" +
	"A. SCHEDULE\n\n" +
	"1. The bidding schedule is as follows:\n\n" +
	"   Activity                        | Date and Time\n" +
	"   --------------------------------|--------------------------\n" +
	"   Opening of technical envelopes  | 10 June 2024, 2:00 PM\n" +
	"   Opening of financial envelopes  | To be announced\n\n" +
	"2. Technical envelopes will be opened at the Conference Room on 10 June 2024. Financial envelopes must be sealed and marked. Financial proposals are in pesos, and each financial offer is valid for 120 days. Financial proposals for the earlier package were opened on 3 March 2023.\n\n" +
	"B. RELATED ASSISTANCE\n\n" +
	"3. The ASEAN-Japan Water Quality Centre (AJWQC) in Hanoi has trained 300 chemists since its inauguration on 5 May 2018. The AJWQC laboratory course ran from April 2019 to March 2022.\n\n" +
	"4. Cebu City and Indonesia are founding members of the Coastal Cities Resilience Network (CCRN), founded in 2017. Danang City joined the CCRN on 4 March 2020 after signing its charter.\n"

// "date for opening the financial envelopes?" is left open by the row
// that says so, though another sentence dates the technical envelopes;
// "when did the ajwqc open" is its inauguration; "where did Danang sign"
// is not where Danang is; "which countries" leaves out a member city.
func TestDatesLeftOpenAndPlacesOfActs(t *testing.T) {
	ix := mustOpen(t, Source{Name: "dpwh-2024-04-invitation.txt", Text: bidNotice})
	expectRefused(t, ix,
		"date for opening the financial envelopes?",
		"where did danang city sign the ccrn charter")
	expectAnswers(t, ix, map[string]string{
		"when will the technical envelopes be opened":      "10 June 2024",
		"when did the ajwqc open":                          "5 May 2018",
		"where is danang city":                             "Vietnam",
		"which countries are founding members of the ccrn": "Indonesia",
	})
}
