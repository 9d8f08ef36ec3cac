package index

import "testing"

// wellsPaper has a table of wells tested by country after a paragraph
// that names one of them, a note with the total, and a sentence that
// counts wells of another kind in one of the countries.
func wellsPaper() Source {
	return Source{Name: "wells.txt", Text: "Japan's Cooperation with Cambodia, Laos and Vietnam on Safe Water\n\nAugust 2003\nMinistry of Foreign Affairs Japan\n\n" + `1. Testing of Wells

(1) Field Testing Project

In May 2000 Cambodia requested Japan to help it find out which wells were safe. JICA launched the Field Testing Project (FTP), under which staff test wells with field kits.

Although FTP started in Cambodia, its methods have since been taken up in the other countries. Results up to the end of June 2003 are as follows:

  Country     Area tested          Wells tested   Above standard
  Laos        Savannakhet          3,900          170
  Vietnam     An Giang             11,200         1,460
  Cambodia    Kandal               18,400         2,150

Note: In all, 33,500 wells have been tested. Vietnam uses a stricter standard, so its figures cannot be compared with those of the other countries.

2. Deep Tube Wells

In Vietnam, the project is drilling 210 deep tube wells in An Giang province.
`}
}

// A country's row answers for that country alone, not the total in the
// note nor a sentence count that lacks the column's words; the total
// answers the whole.
func TestTableRowAnswersForItsCountry(t *testing.T) {
	ix := mustOpen(t, wellsPaper())
	for q, want := range map[string]string{
		"how many wells tested in cambodia": "18,400",
		"how many wells tested in laos":     "3,900",
		"how many wells tested in vietnam":  "11,200",
		"how many wells tested in all":      "33,500",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%s: %v %q, want %q (%s)", q, a.Found, a.Span, want, a.Text)
		}
	}
	if a := ix.AnswerFollowUp("how many wells tested in cambodia", "and vietnam?"); a.Span != "11,200" {
		t.Errorf("and vietnam?: %q (%s)", a.Span, a.Text)
	}
}

// In a paper of four countries whose note after the table by country
// gives the total of wells tested, a question of one country is answered
// by its row, not by the total, and a follow-up of another by that
// country's row.
func TestTotalAfterTableIsNoCountrysCount(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "mofa-2003-08-japan-cooperation-mekong-arsenic-safe-water"))
	if a := ix.Answer("how many wells tested in cambodia"); a.Span != "18,400" {
		t.Errorf("how many wells tested in cambodia: %q (%s)", a.Span, a.Text)
	}
	if a := ix.AnswerFollowUp("how many wells tested in cambodia", "and vietnam?"); a.Span != "11,200" {
		t.Errorf("and vietnam?: %q (%s)", a.Span, a.Text)
	}
}
