package index

import (
	"slices"
	"strings"
	"testing"
)

// paperHeader opens every document here the way the genre does.
func paperHeader(title, date string) string {
	return title + "\n\n" + date + "\nMinistry of Foreign Affairs of Japan\n\n"
}

// amountNamed is the first sum of ix written as text, or nil.
func amountNamed(ix *Index, text string) *Amount {
	for i := range ix.x.amounts {
		if ix.x.amounts[i].Text == text {
			return &ix.x.amounts[i]
		}
	}
	return nil
}

// fundingTexts describes every sum on country's page.
func fundingTexts(t *testing.T, ix *Index, country string) string {
	t.Helper()
	c, err := ix.Country(country)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range c.Funding {
		if f.Amount != nil {
			got = append(got, f.Amount.Describe())
		}
	}
	return strings.Join(got, "\n")
}

// A sum written in brackets after the aid it measures is dated by the
// date that opens the sentence; only brackets with a date of their own
// keep the date outside them from the sum inside.
func TestCounterBracketedSumKeepsItsSentenceDate(t *testing.T) {
	text := paperHeader("Tsunami Relief", "March 2005") +
		"1. Emergency Grant Aid\n\n" +
		"On 28 December 2004, the Government of Japan decided to extend Emergency Grant Aid (US$4 million) to Indonesia.\n"
	ix := mustOpen(t, Source{Name: "mofa-2005-03-relief.txt", Text: text})
	a := amountNamed(ix, "US$4 million")
	if a == nil {
		t.Fatal("no US$4 million read")
	}
	if a.Date == nil || a.Date.Text != "28 December 2004" {
		t.Errorf("US$4 million dated %v, want 28 December 2004", a.Date)
	}
}

// "bringing ITS total contribution to" is the subject's own running total:
// Japan is its payer. Only "the total" is everyone's.
func TestCounterOwnRunningTotalKeepsItsPayer(t *testing.T) {
	text := paperHeader("Health Cooperation", "March 2006") +
		"1. Vientiane Mother and Child Hospital\n\n" +
		"Japan contributed US$2 million in 2005, bringing its total contribution to US$10 million.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-03-health.txt", Text: text})
	a := amountNamed(ix, "US$10 million")
	if a == nil {
		t.Fatal("no US$10 million read")
	}
	if a.Payer != "Japan" {
		t.Errorf("US$10 million paid by %q, want Japan", a.Payer)
	}
}

// A table's one date is not the sum's date whatever its column: a
// completion date is not when the grant was given.
func TestCounterTableRowCompletionDateIsNoGrantDate(t *testing.T) {
	text := paperHeader("Tsunami Recovery", "March 2006") +
		"1. Grant Aid for Reconstruction\n\n" +
		"Grant aid for the following projects was decided in 2005:\n\n" +
		"  Project                   Completion   Amount\n" +
		"  Banda Aceh Port Project   March 2007   US$5.1 million\n" +
		"  Phuket Clinic Project     June 2006    US$2.4 million\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-03-recovery.txt", Text: text})
	for _, s := range []string{"US$5.1 million", "US$2.4 million"} {
		a := amountNamed(ix, s)
		if a == nil {
			t.Fatalf("no %s read", s)
		}
		if a.Date != nil && (a.Date.Text == "March 2007" || a.Date.Text == "June 2006") {
			t.Errorf("%s dated by its completion, %q", s, a.Date.Text)
		}
	}
}

// A row labelled with a donor country is that donor's contribution to
// the project its table is about, and still belongs on the page of the
// country the project is in.
func TestCounterDonorRowStaysOnBeneficiaryPage(t *testing.T) {
	text := paperHeader("Flood Recovery", "March 2006") +
		"1. Chao Phraya Flood Recovery Project\n\n" +
		"The Chao Phraya Flood Recovery Project rebuilds dikes in Thailand. The following donors contribute to the project:\n\n" +
		"  Donor        Amount\n" +
		"  Japan        US$5.1 million\n" +
		"  Australia    US$2.4 million\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-03-flood.txt", Text: text})
	got := fundingTexts(t, ix, "Thailand")
	for _, s := range []string{"US$5.1 million", "US$2.4 million"} {
		if !strings.Contains(got, s) {
			t.Errorf("Thailand's page lacks %s given to its project:\n%s", s, got)
		}
	}
}

// "French" is France's adjective though the French Southern and
// Antarctic Lands share it; "Indian" is India's, "American" the United
// States'. A demonym a sovereign country shares with a territory should
// name the country, not nothing.
func TestCounterSharedDemonymOfSovereignAndTerritory(t *testing.T) {
	text := paperHeader("Tsunami Relief", "February 2005") +
		"1. Other Donors\n\n" +
		"The French Government provided EUR 20 million on 5 January 2005. " +
		"The Indian Government pledged US$25 million on 6 January 2005. " +
		"The American Government pledged US$350 million on 31 December 2004.\n"
	ix := mustOpen(t, Source{Name: "mofa-2005-02-donors.txt", Text: text})
	if got := fundingTexts(t, ix, "France"); !strings.Contains(got, "EUR 20 million") {
		t.Errorf("France's page lacks EUR 20 million:\n%s", got)
	}
	if got := fundingTexts(t, ix, "India"); !strings.Contains(got, "US$25 million") {
		t.Errorf("India's page lacks US$25 million:\n%s", got)
	}
	if got := fundingTexts(t, ix, "United States"); !strings.Contains(got, "US$350 million") {
		t.Errorf("the United States' page lacks US$350 million:\n%s", got)
	}
	expectAnswers(t, ix, map[string]string{"how much did france provide": "EUR 20 million"})
}

// "The Centre" after another centre was named refers to that one, not
// to the body the section is about.
func TestCounterTheCentreIsTheLastCentreNamed(t *testing.T) {
	text := paperHeader("Energy Cooperation", "March 2008") +
		"1. ASEAN Centre for Energy (ACE)\n\n" +
		"The ACE works closely with the ASEAN-Japan Centre (AJC). The Centre is based in Tokyo.\n"
	ix := mustOpen(t, Source{Name: "mofa-2008-03-energy.txt", Text: text})
	if a := ix.Answer("where is the ACE based"); a.Span == "Tokyo" {
		t.Errorf("ACE placed in Tokyo: %q", a.Text)
	}
}

// "What has Cambodia been asked to do" names Cambodia as the one asked,
// not as the one who asked.
func TestCounterPassiveRequestQuestionAsksTheAddressee(t *testing.T) {
	text := paperHeader("Road Cooperation", "March 2006") +
		"1. Requests\n\n" +
		"At the meeting, Japan requested Cambodia to submit a plan for the new bridge. " +
		"Cambodia requested Japan to fund a survey of rural roads.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-03-roads.txt", Text: text})
	expectAnswers(t, ix, map[string]string{
		"what has cambodia been asked to do": "submit a plan for the new bridge",
	})
}

// "requested grant aid from Japan to build a bridge": the request's
// object is a thing, not an addressee, and the infinitive is what the
// aid is for.
func TestCounterRequestedThingKeepsItsPurpose(t *testing.T) {
	text := paperHeader("Mekong Cooperation", "April 2006") +
		"1. Bridges\n\n" +
		"The Government of Laos requested grant aid from Japan to build a bridge over the Mekong.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-mekong.txt", Text: text})
	if !slices.ContainsFunc(ix.x.purposes, func(p Purpose) bool { return strings.Contains(p.Text, "build a bridge over the Mekong") }) {
		t.Errorf("no purpose 'to build a bridge over the Mekong' in %+v", ix.x.purposes)
	}
}

// "on the same day as Thailand" is Thailand's day, not the last date the
// passage named.
func TestCounterSameDayAsAnotherCountry(t *testing.T) {
	text := paperHeader("Flood Cooperation", "April 2006") +
		"1. Mekong Flood Network (MFN)\n\n" +
		"(1) Laos and Vietnam founded the MFN in Vientiane on 3 May 2004. Thailand became a member on 9 August 2005, " +
		"and the Network opened an office in Bangkok on 1 October 2005. " +
		"Myanmar became a member on the same day as Thailand.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-flood.txt", Text: text})
	for _, r := range membershipRows(ix) {
		if r.Country == "Myanmar" && r.Date != "" && r.Date != "9 August 2005" {
			t.Errorf("Myanmar's membership dated %q, want 9 August 2005 or none", r.Date)
		}
	}
}

// A date in a column's name ("as of 1 April 2006") is when the table
// holds, not when each row's country joined.
func TestCounterTableAsOfDateIsNoJoiningDate(t *testing.T) {
	text := paperHeader("Flood Cooperation", "April 2006") +
		"1. Mekong Flood Forecasting Network (MFFN)\n\n" +
		"Members of the Network:\n\n" +
		"  Country        Status (as of 1 April 2006)\n" +
		"  Laos           member\n" +
		"  Cambodia       observer\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-flood.txt", Text: text})
	mffn := "Mekong Flood Forecasting Network (MFFN)"
	expectMemberRows(t, membershipRows(ix),
		membershipRow{"Laos", mffn, StatusMember, ""},
		membershipRow{"Cambodia", mffn, StatusObserver, ""})
}

// A row with two status cells ("observer" then, "member" now) gets the
// same status every time it is read: the last column's, the status that
// holds now.
func TestCounterTableStatusIsDeterministic(t *testing.T) {
	text := paperHeader("Flood Cooperation", "April 2006") +
		"1. Mekong Flood Forecasting Network (MFFN)\n\n" +
		"Members of the Network:\n\n" +
		"  Country     Former status   Present status\n" +
		"  Laos        observer        member\n" +
		"  Cambodia    observer        member\n"
	seen := map[string]bool{}
	for range 16 {
		ix := mustOpen(t, Source{Name: "mofa-2006-04-flood.txt", Text: text})
		for _, r := range membershipRows(ix) {
			if r.Country == "Laos" {
				seen[r.Status] = true
			}
		}
	}
	if len(seen) != 1 || !seen[StatusMember] {
		t.Errorf("Laos's status over 16 builds: %v, want always %q", seen, StatusMember)
	}
}

// "which was to be completed by March 2004, was completed on 20 February
// 2004": the stage to come is a relative clause's plan; the main clause
// says it was done.
func TestCounterStageDueThenDone(t *testing.T) {
	text := paperHeader("Mekong Cooperation", "April 2006") +
		"1. Neak Loeung Bridge\n\n" +
		"The first phase, which was to be completed by March 2004, was completed on 20 February 2004.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-mekong.txt", Text: text})
	expectAnswers(t, ix, map[string]string{
		"has the first phase of the neak loeung bridge been completed?": "yes",
	})
}

// "joined the committee formed by the ASEAN Secretariat": the agent after
// the object is not what was joined, whether the object is a common word
// or a body's head noun.
func TestCounterAgentAfterBodyHeadIsNotJoined(t *testing.T) {
	text := paperHeader("Mekong Cooperation", "April 2006") +
		"1. Statistics\n\n" +
		"Thailand joined the committee formed by the ASEAN Secretariat in 2003. " +
		"Vietnam joined the regional seed bank operated by the Mekong Institute in 2005.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-04-mekong.txt", Text: text})
	for _, r := range membershipRows(ix) {
		if r.Org == "ASEAN Secretariat" || r.Org == "Mekong Institute" {
			t.Errorf("agent read as the body joined: %+v", r)
		}
	}
}
