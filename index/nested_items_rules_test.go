package index

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// replyDoc is a numbered parliamentary reply whose numbered paragraphs
// end in a colon before a lettered list: a centre's members, first by a
// label dated in brackets, then by a label naming them by the act that
// made them members, each country with its own date; and a project's
// components under a heading the numbered paragraph does not repeat.
const replyDoc = "WRITTEN ANSWER TO QUESTION\n\nQUESTION:\n\nMr. Ahmad asks the MINISTER OF FOREIGN AFFAIRS to state the cooperation with Japan.\n\nANSWER:\n\nMr. Speaker,\n\n" +
	"Coastal Radar in Sabah\n\n" +
	"4. JICA agreed to implement the Project for Coastal Surveillance in Sabah (CSS).\n\n" +
	"5. The project runs from April 2022 to March 2026 and involves the following:\n\n" +
	"   (a) dispatch of 6 JICA experts, led by the Chief Advisor, Mr. Ken Ogawa; and\n\n" +
	"   (b) supply of 3 radar stations.\n\n" +
	"Irrigation in Kedah\n\n" +
	"6. Owing to the drought of 2019, the Department of Agriculture asked JICA for help, and JICA also agreed to implement the Project for Water Management in the Muda Plain (WMMP).\n\n" +
	"7. The project runs from June 2021 to May 2025 and involves the following:\n\n" +
	"   (a) installation of 52 soil moisture sensors;\n\n" +
	"   (b) dispatch of 9 JICA experts, led by the Chief Advisor, Dr. Aiko Tsuchiya; and\n\n" +
	"   (c) training of 31 officers in Japan.\n\n" +
	"Regional Cooperation\n\n" +
	"8. Malaysia hosts the ASEAN-Japan Fisheries Inspection Centre (AJFIC) at the Sultan Mahmud Fisheries Training Academy in Kuala Terengganu. The membership of the centre as at 30 June 2024 is as follows:\n\n" +
	"   (a) founding members (9 May 2017): Indonesia, Malaysia, Viet Nam and Japan;\n\n" +
	"   (b) members that joined later: Thailand on 2 April 2019, Brunei Darussalam on 15 October 2020 and the Philippines on 7 March 2023;\n\n" +
	"   (c) Myanmar has taken part as an observer since 1 June 2021.\n\n" +
	"9. The next review meeting will be held in Bangkok.\n"

// Lettered items under a numbered paragraph that ends in a colon are
// that paragraph's list, of the body it names; a label dated in
// brackets, or naming members by the verb that made them so, lists
// members.
func TestNestedListMembers(t *testing.T) {
	ix := mustOpen(t, Source{Name: "reply.txt", Text: replyDoc})
	got := memberLines(ix)
	for _, want := range []string{
		"Indonesia founding member 9 May 2017",
		"Japan founding member 9 May 2017",
		"Thailand joined 2 April 2019",
		"Brunei joined 15 October 2020",
		"Philippines joined 7 March 2023",
		"Myanmar observer 1 June 2021",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q in %q", want, got)
		}
	}
	for _, m := range ix.Memberships() {
		if m.Org != "ASEAN-Japan Fisheries Inspection Centre (AJFIC)" {
			t.Errorf("%s: %s of %q", m.Country, m.Status, m.Org)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"when did thailand join ajfic": "2 April 2019",
	})
	a := ix.Answer("which countries founded ajfic")
	if diff := cmp.Diff("Indonesia, Malaysia, Vietnam, Japan", a.Span); diff != "" {
		t.Errorf("founders (-want +got):\n%s", diff)
	}
}

// A nested item is framed by the heading over the numbered paragraph
// that leads it, as well as by that paragraph: "the irrigation project"
// finds the experts of its lettered item, not those of the radar
// project's.
func TestNestedItemFramedByHeading(t *testing.T) {
	ix := mustOpen(t, Source{Name: "reply.txt", Text: replyDoc})
	expectAnswers(t, ix, map[string]string{
		"how many jica experts were sent for the irrigation project": "9",
		"who leads the jica expert team on irrigation":               "Dr. Aiko Tsuchiya",
	})
}
