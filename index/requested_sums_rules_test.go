package index

import (
	"github.com/iaibot/iaibot/index/corpus"
	"strings"
	"testing"
)

// requestPaper asks Japan for sums in the shapes a request takes: the
// one asked and an infinitive before a giving verb and a giving noun, an
// article before a thing asked for, a giving noun as the verb's own
// object, and a table row's own word.
func requestPaper() Source {
	return Source{Name: "requests.txt", Text: paperHeader("Japan's Cooperation on Rural Clinics", "June 2016") +
		"Overview: Japan supports rural clinics in the Mekong region.\n\n" +
		"1. Clinic Equipment\n\n" +
		"(1) On 4 April 2015 the Government of Laos requested Japan to provide grant aid of ¥730 million for the Rural Clinic Equipment Project (RCEP). The Government of Japan has not approved the project.\n\n" +
		"(2) On 9 August 2015 the Ministry of Health of Cambodia requested a grant of about US$1.9 million for 60 clinic pharmacies. No decision has been made.\n\n" +
		"(3) Japan extended grant aid of ¥410 million to the Vietnam Clinic Water Project (VCWP) on 2 March 2014.\n\n" +
		"(4) On 5 May 2015 the Government of Myanmar requested grant aid of US$ 6.3 million for clinics in four townships. It was not approved.\n\n" +
		"2. Clinic Power\n\n" +
		"(1) Clinic Solar Project (CSP): ¥220 million requested, not approved.\n"}
}

// A sum asked for is shown as requested, from the one asked, never as
// granted by it; a sum given keeps its giving verb.
func TestARequestedSumIsNotGiven(t *testing.T) {
	ix := mustOpen(t, requestPaper())
	for _, c := range []struct {
		sum, want string
		not       []string
	}{
		{"¥730 million", "¥730 million, requested", []string{"granted", "provided", "by Japan"}},
		{"US$1.9 million", "US$1.9 million, requested on 9 August 2015", []string{"granted"}},
		{"¥410 million", "¥410 million, granted", []string{"requested"}},
		{"US$ 6.3 million", "US$ 6.3 million, requested", []string{"granted"}},
	} {
		am := amountNamed(ix, c.sum)
		if am == nil {
			t.Fatalf("no %s", c.sum)
		}
		d := am.Describe()
		if !strings.HasPrefix(d, c.want) {
			t.Errorf("%s: %q, want it to open %q", c.sum, d, c.want)
		}
		for _, n := range c.not {
			if strings.Contains(d, n) {
				t.Errorf("%s: %q says %q", c.sum, d, n)
			}
		}
	}
	// The one asked is who would pay, and the line says so.
	am := Amount{Text: "¥1", Verb: corpus.RequestedVerb, Payer: "Japan", Purpose: "clinics"}
	if d := am.Describe(); d != "¥1, requested from Japan, for clinics" {
		t.Errorf("%q", d)
	}
}

// "How much did Japan approve" is not answered by a sum only asked for;
// what was asked for, and what was given, are.
func TestGivingAskedOfARequestedSumIsRefused(t *testing.T) {
	ix := mustOpen(t, requestPaper())
	expectRefused(t, ix,
		"how much did japan approve for the RCEP?",
		"how much grant aid did japan give for the rural clinic equipment project",
		"how much did japan give to the clinic solar project?",
		"how much did japan put into the rcep?",
	)
	expectAnswers(t, ix, map[string]string{
		"how much did laos request for the RCEP?": "¥730 million",
		"how much did japan give to the VCWP?":    "¥410 million",
	})
}

// "The Government of Japan has not approved the request": the project's
// status is "not approved", never "approved".
func TestADeniedStatusIsNotTheStatus(t *testing.T) {
	ix := mustOpen(t, requestPaper())
	pr, err := ix.Project("RCEP")
	if err != nil {
		t.Fatal(err)
	}
	if pr.Status != "not approved" {
		t.Errorf("RCEP status %q, want \"not approved\"", pr.Status)
	}
}

// "Detailed design will be completed in 2015": work still to come gives
// the project no status of work done; the next status its sentences say
// is its own.
func TestAStatusToComeIsNotTheStatus(t *testing.T) {
	ix := mustOpen(t, Source{Name: "bridge.md", Text: "# Grant Aid for Laos\n\nVientiane, 2 June 2015\n\nJapan signed a grant today.\n\n" +
		"## Projects\n\n" +
		"### Sekong River Bridge Project (SRBP)\n\n" +
		"The SRBP will rebuild the Sekong bridge. Detailed design will be completed by a Japanese consultant in the second half of 2015. Construction is planned to start in 2016.\n"})
	pr, err := ix.Project("SRBP")
	if err != nil {
		t.Fatal(err)
	}
	if pr.Status != "planned" {
		t.Errorf("SRBP status %q, want \"planned\"", pr.Status)
	}
}

// "How much did the secretariat ask Japan for" asks the sum of the
// request, not what the request was for; "what did it ask Japan to do"
// still asks the request.
func TestHowMuchAskedForIsTheRequestsSum(t *testing.T) {
	ix := mustOpen(t, Source{Name: "roads.txt", Text: paperHeader("Japan's Cooperation on Road Maintenance", "May 2015") +
		"Overview: Japan supports road maintenance in the Mekong region.\n\n" +
		"1. Training Centre\n\n" +
		"(1) On 15 January 2015 the Secretariat of the Mekong Road Network formally requested Japan to finance a regional training centre, at an estimated cost of USD 3.5 million.\n"})
	expectAnswers(t, ix, map[string]string{"how much did the secretariat ask japan for": "USD 3.5 million"})
	a := ix.Answer("what did the secretariat ask japan to do")
	if !a.Found || !strings.Contains(a.Span, "finance a regional training centre") {
		t.Errorf("what did the secretariat ask japan to do: %q, want the request", a.Span)
	}
}

// "(4) Request for a second phase" over "The request, amounting to about
// ¥980 million": a sentence under an item's heading that numbers the
// phase in words is of that phase. A passage that only mentions a second
// phase beside a first phase's signing does not make the signing the
// second's.
func TestAPhaseNumberedInAnItemsHeading(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mines.txt", Text: paperHeader("Japan's Cooperation on Mine Action", "February 2008") +
		"Overview: Japan supports mine action in Cambodia.\n\n" +
		"1. Cambodia\n\n" +
		"(1) Equipment\nThe loan agreement for the equipment project was signed in Phnom Penh on 12 June 2007. A second-phase loan is under consideration.\n\n" +
		"(2) Request for a second phase\nOn 17 September 2007 the Royal Government of Cambodia requested Japan to extend the project to the border provinces. The request, amounting to about ¥980 million, is being examined by the Government of Japan.\n"})
	expectAnswers(t, ix, map[string]string{
		"what amount did cambodia ask for in the phase 2 request": "¥980 million",
		"how much did cambodia ask for the second phase":          "¥980 million",
	})
	expectRefused(t, ix, "when was the second-phase loan for the equipment project signed")
}

// "What is the lesson study budget" asks a sum set aside: a sum a
// ministry only requested is no budget.
func TestBudgetAskedIsNoRequestedSum(t *testing.T) {
	ix := mustOpen(t, Source{Name: "lesson.md", Text: "# Summary of Terminal Evaluation\n\n## 5. Recommendations\n\n" +
		"On 14 January 2014 the Ministry of Education requested Japan to extend township lesson study to a further twelve townships through a follow-on technical cooperation project, the Project for Expanding Township Lesson Study (ETLS), with an estimated Japanese contribution of ¥390 million. The request has not yet been approved.\n"})
	expectRefused(t, ix, "what is the township lesson study budget for 2014-15?")
	expectAnswers(t, ix, map[string]string{"how much did the ministry request for etls?": "¥390 million"})
}

// "How much is Myanmar asking for port equipment" asks a sum requested: a
// grant given, in a sentence that asks for nothing, does not answer it.
func TestSumAskedForIsNoSumGiven(t *testing.T) {
	ix := mustOpen(t, Source{Name: "port.md", Text: paperHeader("Japan's Cooperation with Myanmar on Ports", "December 2017") + "1. Port Equipment\n\n(1) Japan provided Myanmar with a grant of ¥3.6 billion for cargo-handling equipment at Thilawa port in FY2014.\n"})
	expectRefused(t, ix, "how much is myanmar asking for cargo-handling equipment at the port?")
	expectAnswers(t, ix, map[string]string{"how much did japan provide for cargo-handling equipment at the port?": "¥3.6 billion"})
}
