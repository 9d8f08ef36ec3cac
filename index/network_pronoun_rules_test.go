package index

import "testing"

// nutritionNetwork is a paper whose network names a signatory past a
// comma, a donor that is no member of "it", an observer written "WHO",
// and a laboratory set up in one city that works with others.
func nutritionNetwork() Source {
	return Source{Name: "nutrition.txt", Text: `Japan's Cooperation on Nutrition

October 2002
Ministry of Foreign Affairs Japan

1. Laboratory

The Regional Micronutrient Laboratory (RML) opened on 15 March 2002 at the National Institute of Nutrition in Hanoi. RML measures iodine in salt for all four countries, and checks the accuracy of the national laboratories in Phnom Penh, Vientiane and Yangon.

2. Network

The Mekong Nutrition Surveillance Network (MNSN) was set up in order to collect data on child growth. Its Memorandum of Understanding was signed in Hanoi on June 12, 2000 by three founding members: Cambodia, Laos and Vietnam. China signed the Memorandum on 9 May 2002 on behalf of Yunnan Province, but has not yet completed its domestic procedures. The World Health Organization (WHO) has attended as an observer since December 2000. Japan supports MNSN, but is not a member of it. Myanmar joined on 5 February 2001, followed by Thailand on 27 August 2001.

The MNSN Secretariat is based in Vientiane, and Dr. Khamphet Vongsavath chairs the MNSN Steering Committee.
`}
}

// ", but" and a predicate with no subject of its own share the subject
// before them, and "it" after a status is the body named before.
func TestButSharesTheSubject(t *testing.T) {
	ix := mustOpen(t, nutritionNetwork())
	got := map[string]string{}
	for _, m := range ix.Memberships() {
		if m.Org == "Mekong Nutrition Surveillance Network (MNSN)" {
			got[m.Country] = m.Status
		}
	}
	for country, status := range map[string]string{"China": StatusSigned, "Japan": StatusNonMember, "World Health Organization (WHO)": StatusObserver} {
		if got[country] != status {
			t.Errorf("%s: status %q, want %q (all: %v)", country, got[country], status, got)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"is japan a member of mnsn": "no",
		// "WHO" in capitals is the organisation, not "who".
		"WHO status in mnsn": "observer",
	})
}

// A body the sentence opens with is where its own verb set it up, not
// where the things it works with are.
func TestSetUpInIsTheSeat(t *testing.T) {
	ix := mustOpen(t, nutritionNetwork())
	if a := ix.Answer("wher is the RML"); !a.Found || a.Span != "Hanoi" {
		t.Errorf("where is the RML: found %v span %q (%s)", a.Found, a.Span, a.Text)
	}
}
