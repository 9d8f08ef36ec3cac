package index

import (
	"strings"
	"testing"
)

// A reply to an answer is read in the context of the question it answers:
// the rewritten question names the new thing, and the answer is about it.
func TestFollowUp(t *testing.T) {
	doc := Source{Name: "followup-fixture.md", Text: `Follow-up Fixture

March 2010
Ministry of Foreign Affairs

1. Membership

Cambodia joined the Mekong Training Institute (MTI) on 4 May 2004. Laos joined the MTI on 9 September 2006. Myanmar is an observer of the MTI.

2. Grants

Japan provided a grant of ¥300 million for the Hue Water Supply Project in 2008. The project will finish in March 2011. Japan provided a grant of ¥120 million for the Vientiane Bridge Study in 2009.
`}
	ix := mustOpen(t, doc)
	cases := []struct {
		prev, reply string
		wantQ       string // words the rewritten question must hold
		wantSpan    string // the answer's span
	}{
		{"when did Cambodia join the MTI?", "and Laos?", "laos", "9 September 2006"},
		{"when did cambodia join the mti", "what about laos", "laos", "9 September 2006"},
		// No joining date, but a status: the reply asks about it now.
		{"when did cambodia join the mti", "and myanmar?", "myanmar", "observer"},
		{"how much did Japan give in 2008?", "and in 2009?", "2009", "¥120 million"},
		{"how much was the Hue Water Supply Project grant?", "and when does it finish", "hue", "March 2011"},
		{"how much was the Hue Water Supply Project grant?", "and the Vientiane Bridge Study?", "vientiane", "¥120 million"},
	}
	for _, c := range cases {
		q := ix.FollowUp(c.prev, c.reply)
		if !strings.Contains(strings.ToLower(q), c.wantQ) {
			t.Errorf("FollowUp(%q, %q) = %q, want it to hold %q", c.prev, c.reply, q, c.wantQ)
		}
		a := ix.AnswerFollowUp(c.prev, c.reply)
		if !a.Found || a.Span != c.wantSpan {
			t.Errorf("AnswerFollowUp(%q, %q) (as %q) = found %v span %q, want %q", c.prev, c.reply, q, a.Found, a.Span, c.wantSpan)
		}
	}
	// A reply that is a question of its own is left alone, and an empty
	// previous question changes nothing.
	if q := ix.FollowUp("when did Cambodia join the MTI?", "how much did Japan provide for the Hue Water Supply Project?"); q != "how much did Japan provide for the Hue Water Supply Project?" {
		t.Errorf("a standalone question was rewritten: %q", q)
	}
	if q := ix.FollowUp("", "and Laos?"); q != "and Laos?" {
		t.Errorf("no previous question: got %q", q)
	}
}

// "What's that in yen?" gives the same sum in the other currency, as the
// document writes it beside the first.
func TestFollowUpInAnotherCurrency(t *testing.T) {
	doc := Source{Name: "currency-fixture.md", Text: `Currency Fixture

October 2014
Ministry of Foreign Affairs

1. Grant

Japan decided to extend Emergency Grant Aid of US$2.8 million (about 302 million yen) to Timor-Leste.
`}
	ix := mustOpen(t, doc)
	prev := "how much did japan give timor-leste?"
	if a := ix.Answer(prev); !a.Found || a.Span != "US$2.8 million" {
		t.Fatalf("%q: %q", prev, a.Span)
	}
	if a := ix.AnswerFollowUp(prev, "what's that in yen?"); !a.Found || a.Span != "302 million yen" {
		t.Errorf("in yen: found %v span %q", a.Found, a.Span)
	}
	if q := ix.FollowUp(prev, "what's that in yen?"); !strings.Contains(q, "in yen") {
		t.Errorf("rewritten as %q", q)
	}
}

// A pronoun in a reply stands for the rest of the question before it,
// less its question word and what it said happened.
func TestFollowUpCarriesTheTopic(t *testing.T) {
	ix := mustOpen(t, Source{Name: "topic-fixture.md", Text: `Topic Fixture

May 2016
Ministry of Foreign Affairs

1. Meetings

The Second Council Meeting was held in Kuching, Malaysia, on 3 May 2016. The Regional Training Centre was set up in 2009 in Penang, Malaysia. The Skills Survey was originally due to end on 30 June 2015 but was extended to 31 March 2016.

2. Members

Brunei joined the Delta Skills Network (DSN) in October 2009. The Mekong Polytechnic withdrew from the DSN in June 2010.
`})
	for _, c := range []struct{ prev, reply, wantQ, wantSpan string }{
		{"when was the second council meeting", "where was it", "where was the second council meeting", "Kuching"},
		{"when was the regional training centre set up", "and where is it", "where is the regional training centre", "Penang"},
		// A reply with its own subject keeps what prev's was in, not
		// prev's subject.
		{"when did brunei join the dsn", "and when did the mekong polytechnic withdraw", "when did the mekong polytechnic withdraw the dsn", "June 2010"},
		// prev's "originally" (typed loosely) is not carried into a reply
		// that asks what actually happened.
		{"when was the skills survey originaly supposed to end", "and when did it actually end", "when did the skills survey actually end", "31 March 2016"},
		{"when was it originaly supposed to end", "and when did it actually end", "when did it actually end when was it to end", "31 March 2016"},
	} {
		q := ix.FollowUp(c.prev, c.reply)
		if q != c.wantQ {
			t.Errorf("FollowUp(%q, %q) = %q, want %q", c.prev, c.reply, q, c.wantQ)
		}
		if a := ix.AnswerFollowUp(c.prev, c.reply); !a.Found || a.Span != c.wantSpan {
			t.Errorf("AnswerFollowUp(%q, %q) = found %v span %q, want %q", c.prev, c.reply, a.Found, a.Span, c.wantSpan)
		}
	}
}

// "And Japan's part?" asks the same of Japan, and "and the grace
// period?" the same of the grace period.
func TestFollowUpOwnPart(t *testing.T) {
	ix := mustOpen(t, Source{Name: "part-fixture.md", Text: `Part Fixture

May 2008
Ministry of Foreign Affairs

1. Projects

(1) Delta Youth Volunteer Caravan: a joint volunteer tour through Can Tho, Chau Doc and Kampot in August 2008, prepared with the Ministry of Education of Cambodia. Japan will provide ¥95 million and Cambodia 12 million riel, Japan bearing 80 per cent of the cost. Status: under consideration.

(2) River Science Camp: a camp for 200 students in Hue, funded with US$0.4 million by Korea.

2. Japan

Japan invites some 6,000 young people a year. Japan hosts them in five cities. Japan and Korea met in Seoul. Japan's embassy in Hanoi helps. Japan reports each year.

3. Running costs

The annual running cost of the Youth Centre, estimated at US$0.9 million, will be shared on a two-to-one basis by Japan and the ASEAN Member States for Japan's fiscal years 2008 to 2010, Japan providing US$0.6 million a year and the ASEAN Member States jointly providing US$300,000 a year.
`})
	// "And the ASEAN members?": a group in the country's place.
	if q := ix.FollowUp("how much does japan pay for the youth centre each year", "and the asean members?"); q != "how much does asean members pay for the youth centre each year" {
		t.Errorf("FollowUp asean members = %q", q)
	}
	// "And the grace period?" swaps the phrase with the same noun.
	if q := ix.FollowUp("repayment period for the hue loan", "and the grace period?"); q != "grace period for the hue loan" {
		t.Errorf("FollowUp grace period = %q", q)
	}
	prev := "how much is cambodia puttin into the delta caravan"
	if q := ix.FollowUp(prev, "and japan's part?"); q != "how much is japan puttin into the delta caravan" {
		t.Errorf("FollowUp = %q", q)
	}
	if a := ix.AnswerFollowUp(prev, "and japan's part?"); a.Span != "¥95 million" {
		t.Errorf("and japan's part: found %v span %q, want ¥95 million", a.Found, a.Span)
	}
}

// "And the 19th?" after a question about the 18th meeting asks the same of
// the 19th; "and unit 2?" after "unit 1" the same of unit 2.
func TestFollowUpAnotherNumber(t *testing.T) {
	ix := mustOpen(t, Source{Name: "numbers-fixture.md", Text: `Numbers Fixture

June 2012
Ministry of Foreign Affairs

1. Meetings

The 18th Steering Committee Meeting was held in Hanoi in March 2011. The 19th Steering Committee Meeting will be held in Vientiane in November 2012.
`})
	for _, c := range []struct{ prev, reply, wantQ, wantSpan string }{
		{"where was the 18th steering committee meeting", "and the 19th?", "where was the 19th steering committee meeting", "Vientiane"},
		{"when will unit 1 start", "and unit 2?", "when will unit 2 start", ""},
		{"where was the first steering committee meeting", "and the 18th one?", "where was the 18th steering committee meeting", "Hanoi"},
	} {
		if q := ix.FollowUp(c.prev, c.reply); q != c.wantQ {
			t.Errorf("FollowUp(%q, %q) = %q, want %q", c.prev, c.reply, q, c.wantQ)
		}
		if c.wantSpan == "" {
			continue
		}
		if a := ix.AnswerFollowUp(c.prev, c.reply); !a.Found || a.Span != c.wantSpan {
			t.Errorf("AnswerFollowUp(%q, %q) = found %v span %q, want %q", c.prev, c.reply, a.Found, a.Span, c.wantSpan)
		}
	}
}

// A reply that asks the same of something else is not answered by the
// fact that answered its question, when another fact fits it.
func TestFollowUpAsksForAnotherFact(t *testing.T) {
	ix := mustOpen(t, Source{Name: "another-fixture.md", Text: `Another Fixture

June 2018
Japan International Cooperation Agency

1. Railway

Of the estimated US$5.4 billion cost of the commuter railway extension, ADB is expected to provide up to US$2.75 billion and JICA about US$1.6 billion, with the Government covering the remainder.

2. Calls

Concept notes must reach the Secretariat by 31 May 2016. Full proposals are due on 15 August 2016.
`})
	for _, c := range []struct{ prev, reply, want string }{
		{"how much is ADB expected to put into the railway extension", "and jica?", "US$1.6 billion"},
		{"when is the concept note deadline", "and full proposals?", "15 August 2016"},
	} {
		if a := ix.Answer(c.prev); !a.Found {
			t.Errorf("%q: not found", c.prev)
		}
		if a := ix.AnswerFollowUp(c.prev, c.reply); !a.Found || a.Span != c.want {
			t.Errorf("AnswerFollowUp(%q, %q) = found %v span %q, want %q", c.prev, c.reply, a.Found, a.Span, c.want)
		}
	}
}
