package index

import (
	"strings"
	"testing"
)

// coldChainPaper sets a grant beside a project's name and gives it to a
// list of countries, names two ministries of health by their countries
// and speaks of "each Ministry of Health" too,
// counts children in a sentence that calls them children, and breaks a
// whole down by country after "Of the midwives,".
func coldChainPaper() Source {
	return Source{Name: "coldchain.txt", Text: `Japan's Cooperation with the Mekong Countries on Vaccine Cold Chains

May 2004
Ministry of Foreign Affairs Japan

1. Cold Chain

(1) Cold Chain Improvement Project

In a letter dated 5 June 2002, the Ministry of Health of Laos asked Japan to supply solar refrigerators. Japan responded with the Cold Chain Improvement Project (CCIP), grant aid totalling ¥1.17 billion for Cambodia, Laos and Vietnam. Myanmar is not covered by CCIP. UNICEF will provide US$150,000 for hygiene education.

(2) Birth Doses

The Ministry of Health of Vietnam requested Japan in October 2001 to close the funding gap for birth doses. Notes were exchanged in Hanoi on 26 March 2002 for grant aid of ¥720 million to Vietnam.

2. Training and Surveys

By the end of March 2004, 2,860 midwives had completed the courses. Of the midwives, 1,120 were trained in Vietnam, 860 in Cambodia and 340 in Laos.

Coverage is as reported by each Ministry of Health. In Vietnam and Laos, 9,600 children in 120 villages were tested between September 2002 and June 2003.

The works contract for the central store was suspended in 2003.
`}
}

// "for Cambodia, Laos and Vietnam" goes to the three, not to the first
// of them; and "grant aid" set beside the project's name is no verb
// whose subject pays.
func TestSumForACountryListHasNoOneRecipient(t *testing.T) {
	ix := mustOpen(t, coldChainPaper())
	am := amountNamed(ix, "¥1.17 billion")
	if am == nil {
		t.Fatal("no ¥1.17 billion")
	}
	if am.Recipient != "" || am.Payer != "" || am.Purpose != "Cambodia, Laos and Vietnam" {
		t.Errorf("¥1.17 billion: payer %q recipient %q purpose %q", am.Payer, am.Recipient, am.Purpose)
	}
	if d := am.Describe(); strings.Contains(d, "to Cambodia") || strings.Contains(d, "by Cold Chain") {
		t.Errorf("funding line %q", d)
	}
}

func TestApposedSumSaysWhatAProjectCovers(t *testing.T) {
	ix := mustOpen(t, coldChainPaper())
	expectAnswers(t, ix, map[string]string{
		"Which countries does CCIP cover?": "Cambodia, Laos, Vietnam",
		"how much is CCIP worth":           "¥1.17 billion",
	})
	// The worth of a thing the question does not name is not any sum's.
	expectRefused(t, ix, "how much was the works contract worth", "whats the grant worth in US dollars")
}

// "Vietnam's Ministry of Health" is the Ministry of Health of Vietnam,
// not the Lao one; "kids" are children; "Of the midwives," names what
// the figures after it count.
func TestPossessedBodyKidsAndOfTheWhole(t *testing.T) {
	ix := mustOpen(t, coldChainPaper())
	expectAnswers(t, ix, map[string]string{
		"how many kids were tested in vietnam and laos":                         "9,600",
		"how many midwives were trained in cambodia":                            "860",
		"how many midwives were trained in vietnam":                             "1,120",
		"When did Vietnam's Ministry of Health make its request?":               "October 2001",
		"when did laos's ministry of health write to japan about refrigerators": "5 June 2002",
	})
	got := map[string]string{}
	for _, c := range ix.x.counts {
		got[c.Text] = c.Noun
	}
	if got["1,120"] != "midwives" || got["340"] != "midwives" {
		t.Errorf("counts %v, want 1,120 and 340 midwives", got)
	}
}
