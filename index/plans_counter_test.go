package index

import (
	"strings"
	"testing"
)

// Counter-examples to the rules of plans_rules_test.go: sentences on which
// a rule too broad would give a wrong answer, or lose a right one.

// counterDoc wraps a body in a plain-text ministry paper's front matter.
func counterDoc(body string) string {
	return "Japan's Support for the Mekong Region\n\nMay 2006\n\nMinistry of Foreign Affairs of Japan\n\n" + body
}

// "Will be financed" does not deny that the bridge is financed: only an
// act done on a day ("signed") is "No" while still to come.
func TestPlansCounterFutureStateReadAsNo(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Projects\n\n" +
		"(1) Kampot Bridge Project: The bridge will be financed by a JICA loan of ¥3 billion.\n")})
	if a := ix.Answer("is the kampot bridge financed by jica"); a.Found && a.Span == "no" {
		t.Errorf("a plan to finance read as a refusal: %q", a.Text)
	}
}

// "The first donor to sign ..., on 2 February 2004" and "in addition to
// signing ... on 5 May 2004" tell of acts done: "to" puts an act in the
// future only after a word of planning.
func TestPlansCounterDoneActAfterTo(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Agreements\n\n" +
		"(1) Japan became the first donor to sign the Framework Agreement, on 2 February 2004.\n" +
		"(2) In addition to signing the Kratie Loan Agreement on 5 May 2004, JICA appraised the port.\n")})
	expectAnswers(t, ix, map[string]string{
		"when was the framework agreement signed":   "2 February 2004",
		"when was the kratie loan agreement signed": "5 May 2004",
	})
}

// A cue that something is "to be decided" leaves a date standing unless
// it is said of that date: not of a venue, a budget, or another meeting's
// date.
func TestPlansCounterUndecidedCueOfAnotherThing(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Meetings\n\n" +
		"(1) The first Joint Coordinating Committee was held on 12 May 2003 in Tokyo, and the second is to be held in Hanoi at a date to be decided.\n" +
		"(2) The second phase of the Kampot Bridge Project started on 1 April 2005 with a budget to be determined by the committee.\n" +
		"(3) The third Mekong Port Officials Meeting will be held on 5 May 2006, venue to be confirmed.\n")})
	expectAnswers(t, ix, map[string]string{
		"what date was the first joint coordinating committee held":            "12 May 2003",
		"on what date did the second phase of the kampot bridge project start": "1 April 2005",
		"what date is the third mekong port officials meeting":                 "5 May 2006",
	})
}

// "Announced plans", "adopted ..., which will be reviewed", "provided ...
// and plans to provide" tell of a past act at the place or in the year
// asked: no plan only.
func TestPlansCounterPastActWithAPlan(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Meetings\n\n" +
		"At the Hanoi ministerial meeting, Japan announced plans to double its aid to the region.\n\n" +
		"2. Plans\n\n" +
		"The Tokyo meeting adopted the Mekong Action Plan, which will be reviewed in 2007.\n\n" +
		"3. Aid\n\n" +
		"In FY2004 Japan provided two patrol boats to Cambodia and plans to provide two more.\n")})
	for _, q := range []string{
		"what did japan announce at the hanoi ministerial meeting",
		"what was adopted at the tokyo meeting",
		"what did japan provide to cambodia in fy2004",
	} {
		if a := ix.Answer(q); !a.Found {
			t.Errorf("%q refused: a past act read as only planned", q)
		}
	}
}

// "Of which 900 persons will be trained in Japan" repeats the whole's verb:
// the plain question still gets the whole.
func TestPlansCounterPartRepeatsWholesVerb(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Training\n\n" +
		"JICA will train 2,400 persons in the Mekong countries during FY2004-FY2006, of which 900 persons will be trained in Japan.\n")})
	expectAnswers(t, ix, map[string]string{
		"how many persons will jica train": "2,400",
	})
}

// The members who pay are the section's body's: Myanmar's joining of
// ASEAN does not make it a member of the Centre it only means to join,
// and its seat in another forum does not undo its joining of the Centre.
func TestPlansCounterNotAMemberIgnoresTheBody(t *testing.T) {
	under := strings.Replace(plansDoc, "  - Myanmar intends to join in FY2005, but is not yet member.\n",
		"  - Myanmar joined ASEAN on 23 July 1997.\n  - Myanmar intends to join the MPSC in FY2005, but is not yet member.\n", 1)
	ix := mustOpen(t, Source{Name: "under.txt", Text: under})
	expectRefused(t, ix, "how much does myanmar pay for its mpsc membership")

	over := strings.Replace(plansDoc, "  - Myanmar intends to join in FY2005, but is not yet member.\n",
		"  - Myanmar participates in the Mekong River Forum as an observer.\n", 1) +
		"\n5. Accession\n\nMyanmar joined the MPSC on 1 June 2003.\n"
	ix = mustOpen(t, Source{Name: "over.txt", Text: over})
	expectAnswers(t, ix, map[string]string{
		"how much does myanmar pay for its mpsc membership": "US$30,000",
	})
}

// "Co-Chairs:" or "Moderator:" in the opening session's row: another
// row's "Chair:" does not answer for it.
func TestPlansCounterRoleLabelOfAnotherRow(t *testing.T) {
	for _, label := range []string{"Co-Chairs: Dr. Anan Srisawat and Mr. Kenji Ueda", "Moderator: Dr. Anan Srisawat"} {
		ix := mustOpen(t, Source{Name: "x.md", Text: "# Regional Workshop on Port Safety\n\n" +
			"- **Dates:** 4–6 June 2018\n\n" +
			"## 1. Programme\n\n" +
			"| Time | Session | Chair |\n" +
			"|---|---|---|\n" +
			"| 09:00–10:00 | Opening Session | " + label + " |\n" +
			"| 10:30–12:00 | Panel on Dredging | Chair: Ms. Tran Thi Mai, Maritime Institute |\n"})
		if a := ix.Answer("who chaired the opening session"); a.Found && strings.Contains(a.Span, "Tran Thi Mai") {
			t.Errorf("%q: the chair of another session: %q", label, a.Text)
		}
	}
}

// "The Skills Centre project": the word "project" alone does not make a
// question about a body one about a project that shares its name.
func TestPlansCounterProjectAskedByAHeadWord(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Mekong Port Skills Centre (MPSC)\n\n" +
		"  - The MPSC was founded in Vientiane on 1 April 2001 by Japan and Lao PDR as founding members.\n" +
		"  - Cambodia joined on 5 May 2002.\n\n" +
		"2. Projects\n\n" +
		"(1) Mekong Port Skills Centre Construction Project: grant aid (¥900 million), completed in 2001.\n")})
	expectAnswers(t, ix, map[string]string{
		"when did cambodia join the mekong port skills centre project": "5 May 2002",
	})
}

// "What are the factors contributing to delays" asks causes, not a sum.
func TestPlansCounterContributingFactorsNoSum(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Progress\n\n" +
		"Delays were caused by land acquisition problems. Japan contributed ¥3 billion to the project.\n")})
	if a := ix.Answer("what are the factors contributing to delays in the project"); a.Found && a.Span == "¥3 billion" {
		t.Errorf("a cause answered with a sum: %q", a.Text)
	}
}

// "Joined ... from 1 April 2005 to 31 March 2008": the joining is dated
// by its first day.
func TestPlansCounterJoinedFromTo(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Members\n\n" +
		"Viet Nam joined the Mekong Port Forum from 1 April 2005 to 31 March 2008 as a pilot country.\n")})
	expectAnswers(t, ix, map[string]string{
		"when did viet nam join the mekong port forum": "1 April 2005",
	})
}

// "The first time all five countries took part" numbers no meeting.
func TestPlansCounterOrdinalFirstTime(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Meetings\n\n" +
		"The 2nd Mekong Port Officials Meeting was held in Vientiane; 40 officials attended, the first time all five countries took part.\n")})
	expectAnswers(t, ix, map[string]string{
		"how many officials attended the 2nd mekong port officials meeting": "40",
	})
}

// "Asked Japan to extend the project" says neither yes nor no of an
// extension, and no other fact of the sentence answers instead.
func TestPlansCounterRequestAnswersWithASum(t *testing.T) {
	ix := mustOpen(t, Source{Name: "plans.txt", Text: plansDoc})
	expectRefused(t, ix, "was the kratie jetty project extended")
}

// "What did Japan pledge" of a pledge to train officials is not answered
// with a sum the sentence after gives.
func TestPlansCounterPledgeToAct(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Summit\n\n" +
		"At the Manila summit in 2005, Japan pledged to train 1,000 port officials. Japan also provided ¥2 billion for port equipment.\n")})
	if a := ix.Answer("what did japan pledge at the manila summit"); !a.Found || a.Span == "¥2 billion" {
		t.Errorf("a pledge to act: found %v %q", a.Found, a.Text)
	}
}

// "The Director was Mr. X until March 2004": a former holder does not
// get the title as his role.
func TestPlansCounterFormerHolderGetsTheTitle(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Mekong Port Skills Centre (MPSC)\n\n" +
		"The MPSC was founded in Vientiane on 1 April 2001. The Director was Mr. Taro Hoshino until March 2004. Since April 2004 the MPSC has been led by Ms. Keiko Sato.\n")})
	for _, p := range ix.x.people {
		if strings.Contains(p.Name, "Hoshino") && p.Role == "Director" {
			t.Errorf("a former director recorded as Director: %+v", p.Name)
		}
	}
}

// A yes-or-no membership question naming no member country is answered
// only by a clause that names the one asked about: not "Yes" for the FAO
// from a sentence about other members, next to one that says the FAO is
// an observer.
func TestPlansCounterPolarityForANonCountry(t *testing.T) {
	ix := mustOpen(t, Source{Name: "x.txt", Text: counterDoc("1. Members\n\n" +
		"The FAO takes part in the Japan-Mekong Forum as an observer. Cambodia, Laos and Japan are members of the Japan-Mekong Forum.\n")})
	if a := ix.Answer("is the fao a member of the japan-mekong forum"); a.Found && a.Span == "yes" {
		t.Errorf("an observer answered as a member: %q", a.Text)
	}
}
