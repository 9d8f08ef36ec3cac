package index

import (
	"strings"
	"testing"
)

// A sum a request takes as its object is asked for, and the period it
// is asked for does not date it; a place offered where the location is
// still under discussion is no answer to where the thing will be, but
// says that it is not decided; a meeting still to come is asked for by
// "next", which a sentence that plans it holds.
func TestPlacesToComeAndSumsAskedFor(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.md", Text: "# Programme Completion Report\n\n" +
		"## 3 Working Group\n\n" +
		"The ADRFWG is chaired by Cambodia. Three meetings were held during the project, in Bangkok (July 2017), Hanoi (October 2018) and Manila (September 2019). " +
		"A fourth meeting is planned to take place in Jakarta in March 2020.\n\n" +
		"## 8 Follow-up\n\n" +
		"On 28 August 2019 the Secretariat submitted to the Fund a concept note for the Programme Phase II, requesting US$1,950,000 for the period 2020 to 2022. " +
		"As of the date of this report, the Phase II request has not been approved.\n\n" +
		"## 9 Members' Requests\n\n" +
		"At the meeting the members requested Japan to support a regional training centre for water safety planning. " +
		"Luang Prabang has offered to host it, but the location of the proposed centre remains under discussion among the members.\n\n" +
		"## 10 Closing\n\n" +
		"Water connects us: the Mekong links Laos with its neighbours, and safe water is our common aim.\n"})
	am := amountNamed(ix, "US$1,950,000")
	if am == nil || am.Verb != "requested" || am.Date != nil {
		t.Errorf("US$1,950,000: %+v, want requested and undated", am)
	}
	expectRefused(t, ix, "how much did the fund approve for phase 2")
	expectAnswers(t, ix, map[string]string{"where is the next adrfwg meeting supposed to happen": "Jakarta"})
	a := ix.Answer("has it been decided where the water safety training centre will go?")
	if !a.Found || !strings.HasPrefix(a.Text, "Not decided") || !strings.Contains(a.Span, "remains under discussion") {
		t.Errorf("decided where the centre goes: found %v %q (%s), want the location left open", a.Found, a.Span, a.Text)
	}
}

// "Luang Prabang has offered to host it, but the location of the proposed
// centre remains under discussion": in the speech that says it, where the
// centre will be is not decided, so Luang Prabang is no answer.
func TestOfferedPlaceIsNoVenue(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "embassy-2015-06-laos-luang-prabang-water-supply-handover-ceremony-speech"))
	expectRefused(t, ix, "where will the water safety training centre be located?")
}
