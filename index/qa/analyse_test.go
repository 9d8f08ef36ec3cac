package qa

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		q            string
		namesCountry bool
		want         string
	}{
		{"how much did japan give", false, AskMoney},
		{"monthly fee per household under cshp", false, AskMoney},
		{"daily allowance for trainees?", false, AskMoney},
		{"philippine govt counterpart for crb-fews", true, AskMoney},
		{"who is the philippine counterpart", true, AskWho},
		{"how many countries are in clmv", false, AskCount},
		{"when did laos join", true, AskWhen},
		{"is laos a member of the ajc", true, AskMember},
		{"is laos a member of the ajc", false, AskOpen}, // a membership question names a country
		{"japan's yearly contribution to the customs academy in kl?", true, AskMoney},
		{"what does myanmar pay each year as an aigcc member?", true, AskMoney},
		{"total payout to farmers in takeo in riel?", false, AskMoney},
		{"total premiums paid by the two governments", false, AskMoney},
		{"what does thailand contribute as a member", true, AskMoney},
		{"vietnam in ajc?", true, AskMember},
		{"is laos in the fund - what status?", true, AskMember},
		{"what fiscal year did rocap start?", false, AskWhen},
		{"adb = ?", false, AskAcronym},
		{"where is the asean japan centre", false, AskWhere},
		{"who pays for jspp21", false, AskWho},
		{"which countries are in clmv", false, AskCountries},
		{"what is the asean-japan centre for", false, AskPurpose},
		{"tell me about transnational issues", false, AskOpen},
		{"what is south korea's status with reena", true, AskMember},
		{"what is the status of the dawei study", false, AskOpen},
		{"what is the size of the japanese grant for the flood project", false, AskMoney},
		{"japan's allocation to jswpp in fy2009?", false, AskMoney},
		{"what is the grant for", false, AskPurpose},
		// A role asked in shorthand, with the body it is of.
		{"jica chief advisor at pral?", false, AskWho},
		{"jica chief advisor on the laos project?", false, AskWho},
		{"director of the nursery secretariat?", false, AskWho},
		{"whats the name of the cambodian health minister", true, AskWho},
		// A sum named by its kind, with what it is for after "for", is
		// the sum; what a party puts up is a sum.
		{"what is the grant for the two border posts", false, AskMoney},
		{"what was the loan for the ring road", false, AskMoney},
		{"what does vietnam put up for the access road", true, AskMoney},
		// What a budget holds or sets apart is a sum, for all its "for".
		{"what is budgeted for atffc in fy2017 but not released yet", false, AskMoney},
		{"what is in the fy2021 supplementary budget for jadit", false, AskMoney},
		{"total japan committed to disability inclusion fy2018-fy2021", false, AskMoney},
		{"what is the training budget for", false, AskPurpose},
		{"total earmarked stocks?", false, AskCount},
		// What a thing is meant to do is its purpose, whatever sum it
		// names; what it names after "what" is asked in its own right.
		{"what is the riau grant supposed to supply", false, AskPurpose},
		{"what is the fund meant to do", false, AskPurpose},
		{"what outputs is the project supposed to deliver", false, AskOpen},
		// A total by the verb that pays it, or by its noun after a name.
		{"total japan has contributed to the network since fy2017", false, AskMoney},
		{"mdep total japanese input?", false, AskMoney},
		// An organisation asked with an adjective before its noun.
		{"which japanese company made and laid aroc", false, AskWho},
		// A membership's status asked with words between.
		{"myanmar membership of sacrc status?", true, AskMember},
	} {
		if got := classify(tc.q, tc.namesCountry); got != tc.want {
			t.Errorf("classify(%q, %v) = %q, want %q", tc.q, tc.namesCountry, got, tc.want)
		}
	}
}

func TestNormaliseQuestion(t *testing.T) {
	for in, want := range map[string]string{
		"whens the fy 2002 budget":            "when is the fy2002 budget",
		"what's the second phase":             "what is the 2nd phase",
		"who's the third speaker":             "who is the 3rd speaker",
		"what will the 40k trainees learn":    "what will the 40,000 trainees learn",
		"is the 4k budget in yen":             "is the 4,000 budget in yen",
		"whats south korea's status w/ reena": "what is south korea's status with reena",
		"w/o japan, who pays":                 "without japan, who pays",
		"how was the kw/h price set":          "how was the kw/h price set",
		"where was the health mtg held":       "where was the health meeting held",
		"# of pilot sites?":                   "number of pilot sites?",
		"why in english w interpretation":     "why in english with interpretation",
		"why isn't laos part of the sdmi":     "why isnt laos in the sdmi",
		"why aren't they part of it":          "why arent they in it",
		"what part of the budget is japan's":  "what part of the budget is japan's",
		"who chairs it right now":             "who chairs it now",
		"when did the centre open its doors":  "when did the centre open",
		"yearly o&m cost?":                    "yearly operation and maintenance cost?",
		"where was the r/d signed":            "where was the record of discussions signed",
		"when was the e/n signed":             "when was the exchange of notes signed",
		"who signed the l/a":                  "who signed the loan agreement",
	} {
		if got := normaliseQuestion(in); got != want {
			t.Errorf("normaliseQuestion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEventFit(t *testing.T) {
	s := "The bridge will be completed in March 2011."
	pos := strings.Index(s, "March")
	for q, want := range map[string]float64{
		"when will the bridge finish":   eventMatch,
		"when did construction start":   -eventMismatch,
		"when is the bridge":            0, // no event asked
		"when does it start and finish": 0, // both asked
	} {
		if got := eventFit(q, s, pos); got != want {
			t.Errorf("eventFit(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestCountedNoun(t *testing.T) {
	for q, want := range map[string]string{
		"how many regional nursing centres are there": "centres",
		"how many days was the mission":               "days",
		"what is the budget":                          "",
	} {
		if got := countedNoun(q); got != want {
			t.Errorf("countedNoun(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestMeetingOrdinals(t *testing.T) {
	for q, want := range map[string][]int{
		"where is the 10th board meeting":              {10},
		"where was the ninth asean board meeting held": {9},
		"does the first corridor go through da nang":   nil, // numbers a corridor, not a meeting
	} {
		if d := cmp.Diff(want, meetingOrdinals(q)); d != "" {
			t.Errorf("meetingOrdinals(%q) (-want +got):\n%s", q, d)
		}
	}
}

func TestContainsWord(t *testing.T) {
	for _, tc := range []struct {
		q, w string
		want bool
	}{
		{"whats kenji sato's job", "sato", true},
		{"morimotos position", "morimoto", true}, // a possessive typed without its apostrophe
		{"who is satoshi", "sato", false},
	} {
		if got := containsWord(tc.q, tc.w); got != tc.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tc.q, tc.w, got, tc.want)
		}
	}
}

func TestWordsAfterStopAtFigure(t *testing.T) {
	// "12 courses for 236 participants": the words after the courses'
	// figure stop at the participants' own.
	text := "held 12 courses for 236 participants."
	if got := wordsAfter(text, len("held 12 courses"), 5); len(got) != 1 || got[0] != "for" {
		t.Errorf("wordsAfter = %q, want [for]", got)
	}
}

// A thing and the stage asked of it, in chat's shorthand, asks whether;
// a question word anywhere asks what it names.
func TestStageShorthandAsksWhether(t *testing.T) {
	for q, want := range map[string]bool{
		"pier works done?":                             true,
		"bridge loan cancelled yet?":                   true,
		"is the pier done":                             true,
		"in which towns were the first dikes finished": false,
		"when was the pier done?":                      false,
	} {
		if got := yesNoAsked(q, nil); got != want {
			t.Errorf("yesNoAsked(%q) = %v, want %v", q, got, want)
		}
	}
}
