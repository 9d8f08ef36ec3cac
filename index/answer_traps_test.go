package index

import "testing"

// Questions that look answerable but are not are refused, and their honest
// neighbours still answered.
func TestTraps(t *testing.T) {
	doc := Source{Name: "traps-fixture.md", Text: `Traps Fixture

June 2015
Ministry of Foreign Affairs

1. Meetings

The ninth Board meeting was held in Da Nang on 21 August 2014. Ms. Mai Anh opened the meeting.

2. Grants

Japan provided grants of US$2 million to Laos and US$3 million to Cambodia, while Thailand was expressly excluded from the programme.

3. Membership

Cambodia joined the Delta Forum in 2009. Myanmar intends to join the Delta Forum in 2016.

4. Loans

The loan for the Thanlyin Bridge was signed with the Ministry of Finance on 19 January 2018. The next Board meeting will be held in Thailand.
`}
	ix := mustOpen(t, doc)
	refused := []string{
		"when will the thanlyin bridge be finished",
		"which city will host the next board meeting",
		"who is the minister of finance",
		"how much did cambodia receive in 2009",
		"what was the grant budget for fy2016",
		"where is the 10th board meeting",
		"how much did thailand get",
		"when did myanmar join the delta forum",
		"what is mai anh's role",
	}
	for _, q := range refused {
		if a := ix.Answer(q); !a.Refused() {
			t.Errorf("%q answered %q (quoted %v), want refused", q, a.Text, a.Quoted)
		}
	}
	answered := map[string]string{
		"when was the thanlyin bridge loan signed":         "19 January 2018",
		"which country will host the next board meeting":   "Thailand",
		"where will the next board meeting be held":        "Thailand",
		"which countries were excluded from the programme": "Thailand",
		"where was the ninth board meeting held":           "Da Nang",
		"how much did laos get":                            "US$2 million",
		"when did cambodia join the delta forum":           "2009",
		"when will myanmar join the delta forum":           "2016",
	}
	for q, want := range answered {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%q: found %v span %q, want %q", q, a.Found, a.Span, want)
		}
	}
	// Yes or no on who receives: an express exclusion says no.
	for q, want := range map[string]string{
		"does thailand get any of the grants?": "no",
		"did thailand receive a grant":         "no",
		"does laos get a grant?":               "yes",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%q: found %v span %q (%s), want %q", q, a.Found, a.Span, a.Text, want)
		}
	}
	if a := ix.Answer("what is mai anh's role"); a.Note == "" {
		t.Errorf("a role the documents do not give is refused without saying what they do say")
	}
}
