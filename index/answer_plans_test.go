package index

import (
	"strings"
	"testing"
)

// plansFixture holds a body joined on given days, a trial whose start is
// not set, a signing still to come, and a sum for a study of a thing.
const plansFixture = "1. Air Traffic\n\n" +
	"(1) Flow Management Study\n" +
	"The ASEAN Secretariat requested Japan to examine a regional air traffic flow management (ATFM) system. Thailand, Singapore and Malaysia have agreed in principle to run a trial of the ATFM arrangement; its start date has not yet been set. The ATFM report, handed over in 2014, recommends ATFM units in Bangkok.\n\n" +
	"(2) GNSS Approach Testbed (GAT)\n" +
	"The testbed was commissioned on 3 February 2014 at Mactan-Cebu International Airport. By the end of May 2014, 37 trial approaches had been flown.\n\n" +
	"2. Security Training\n\n" +
	"(1) ASEAN-Japan Screening Training Network (AJSTN)\n" +
	"AJSTN was founded in Kuala Lumpur on 9 November 2011 by Japan, Indonesia and Malaysia. Vietnam joined on 12 September 2012 and Cambodia in January 2014.\n\n" +
	"(2) Grant Aid for the Vientiane Laboratory\n" +
	"Japan will provide grant aid of up to ¥1,020 million for the laboratory. The Exchange of Notes has not yet been signed; signature is expected in the second half of 2015.\n\n" +
	"3. The Way Forward\n\n" +
	"Japan will:\n" +
	"  - sign the Exchange of Notes for the Vientiane laboratory as soon as the Lao side is ready;\n" +
	"  - study a calibration centre in Cambodia.\n\n" +
	"¥150 million has been budgeted for FY2018 for a feasibility study on a calibration centre in Cambodia.\n"

func plansIndex(t *testing.T) *Index {
	t.Helper()
	return mustOpen(t, Source{Name: "plans.md", Text: paperHeader("Plans Fixture", "June 2015") + plansFixture})
}

// "Which body did Cambodia join in January 2014" is answered with the
// body by its short form (its line names it in full), on the day asked;
// on a day Cambodia joined nothing, it is not.
func TestWhichBodyJoined(t *testing.T) {
	ix := plansIndex(t)
	expectAnswers(t, ix, map[string]string{
		"which body did cambodia join in january 2014": "AJSTN",
		"what network did vietnam join":                "AJSTN",
	})
	expectRefused(t, ix, "which body did cambodia join in 2016")
}

// The countries that do the act asked are the sentence's subject: "which
// countries agreed" of "Thailand, Singapore and Malaysia have agreed".
func TestCountriesThatDoTheActAsked(t *testing.T) {
	ix := plansIndex(t)
	a := ix.Answer("which countries agreed to trial the atfm")
	if got := spanSet(a.Span); len(got) != 3 {
		t.Errorf("answered %q, want Thailand, Singapore and Malaysia", a.Text)
	}
}

// Traps: a thing asked by its short form ("atfm") is not answered from a
// passage that never names it; a signing expected "in the second half of
// 2015" was not done then; a study's budget is no grant for building.
// Counter: the study's own cost is answered.
func TestPlansStayRefused(t *testing.T) {
	ix := plansIndex(t)
	expectRefused(t, ix,
		"when does the atfm trial start",
		"when is the atfm trial",
		"when were atfm trial approaches flown",
		"when was the exchange of notes for the vientiane lab signed",
		"how much is the grant for building cambodia's calibration centre",
	)
	expectAnswers(t, ix, map[string]string{
		"how much for the cambodia calibration centre feasibility study": "¥150 million",
		"when was the gat testbed commissioned":                          "3 February 2014",
	})
}

// An item under "Japan will:" is still to come: "has it been signed yet"
// is answered no from it.
func TestItemUnderAPlanIsNotDone(t *testing.T) {
	ix := mustOpen(t, Source{Name: "plans.md", Text: paperHeader("Plans Fixture", "June 2015") +
		"1. The Way Forward\n\nJapan will:\n  - sign the Exchange of Notes for the Vientiane laboratory as soon as the Lao side is ready;\n  - hold a seminar in Hanoi.\n"})
	a := ix.Answer("has the exchange of notes for the vientiane laboratory been signed yet")
	if !a.Found || a.Span != "No" && a.Span != "no" {
		t.Errorf("answered %q (span %q), want no", a.Text, a.Span)
	}
}

// A thing the question names by its short form must be named where the
// answer is: "when is the atfm trial" is not answered by the trial
// approaches flown at another testbed.
func TestShortFormAskedMustBeNamed(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "mofa-2014-06-japan-asean-aviation-safety-air-navigation-paper"))
	expectRefused(t, ix, "when is the atfm trial", "atfm trial start date")
	expectAnswers(t, ix, map[string]string{"when was the gadt testbed commissioned": "3 February 2014"})
}

// reserveFixture lists a reserve's participants in a table.
const reserveFixture = "1. ASEAN-Japan Seed Reserve (AJSR)\n\n" +
	"The memorandum setting up the Reserve was signed on 5 March 2013 by Japan and two ASEAN Member States. Electronic ordering went live in Cambodia in 2014.\n\n" +
	"  Country       Status             Joined\n" +
	"  Japan         Founding member    5 March 2013\n" +
	"  Thailand      Founding member    5 March 2013\n" +
	"  Indonesia     Founding member    5 March 2013\n" +
	"  Cambodia      Member             20 November 2013\n" +
	"  Laos          Member             16 January 2015\n" +
	"  Malaysia      Observer           -\n"

// Lists of a body's members: "which ASEAN countries" leaves Japan out;
// "joined later" lists those dated after the first members. A question
// that ends "in Cambodia" with no body named asks no status.
func TestReserveMemberLists(t *testing.T) {
	ix := mustOpen(t, Source{Name: "reserve.md", Text: paperHeader("Reserve Fixture", "June 2015") + reserveFixture})
	for q, want := range map[string]string{
		"which asean countries were founding members of ajsr": "Indonesia|Thailand",
		"which countries joined the ajsr later":               "Cambodia|Laos",
	} {
		a := ix.Answer(q)
		if got := strings.Join(spanSet(a.Span), "|"); got != strings.Join(spanSet(strings.ReplaceAll(want, "|", ", ")), "|") {
			t.Errorf("%q answered %q, want %s", q, a.Text, want)
		}
	}
	if a := ix.Answer("did electronic ordering go live in cambodia"); a.Kind == AskMember || strings.Contains(a.Text, "Member") {
		t.Errorf("answered as a membership: %q", a.Text)
	}
}
