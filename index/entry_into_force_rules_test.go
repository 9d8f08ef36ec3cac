package index

import "testing"

// taxTreatyPaper lists treaties in a table whose columns date the signing
// and the entry into force, one not yet in force; the text writes "double
// taxation agreement" in full, never "DTA".
func taxTreatyPaper() Source {
	return Source{Name: "taxtreaty.md", Text: paperHeader("Japan's Cooperation with ASEAN on Tax Administration", "March 2020") + `1. Tax Treaties

(1) Double Taxation Agreements

A double taxation agreement spares companies and workers from paying tax on the same income in two countries. Japan's double taxation agreements with ASEAN Member States concluded since 2015 are as follows:

  Country          Date signed          Date in force
  Cambodia         23 October 2015      1 July 2016
  Myanmar          9 February 2017      11 December 2017
  Laos             16 January 2020      not yet in force

Note: The agreement with Laos will enter into force after ratification by the National Assembly of Laos.

(2) Training

JICA trained 140 tax officials from Cambodia in FY2019, with ¥90 million.
`}
}

// Initials a reader types ("dta") stand for the run of words the
// documents write in full; a table's "Date in force" column answers when,
// and whether, a treaty entered into force, and a cell that says "not yet
// in force" says no and refuses "when", where the signing date would be a
// wrong fact.
func TestEntryIntoForceFromTableColumns(t *testing.T) {
	ix := mustOpen(t, taxTreatyPaper())
	expectAnswers(t, ix, map[string]string{
		"when did the myanmar dta come into force": "11 December 2017",
		"when was the laos dta signed":             "16 January 2020",
		"has the cambodia dta entered into force":  "yes",
		"is the japan-laos dta in force yet":       "no",
	})
	expectRefused(t, ix, "when will the japan-laos dta enter into force")
}

// "Will enter into force" tells the entry into force still to come: it
// says no yes to "has it entered into force".
func TestEntryIntoForceStillToCome(t *testing.T) {
	ix := mustOpen(t, Source{Name: "brunei.md", Text: paperHeader("Japan's Cooperation with ASEAN on Tax Administration", "March 2020") + `1. Tax Treaties

(1) Brunei

A double taxation agreement with Brunei Darussalam was signed on 3 May 2019 and will enter into force after ratification by the Legislative Council of Brunei. Japan's double taxation agreements are listed by the Ministry. Double taxation agreements are negotiated by the Ministry of Finance.
`})
	if a := ix.Answer("has the brunei dta entered into force"); a.Span == "yes" {
		t.Errorf("has the brunei dta entered into force: got yes (%s), want no yes", a.Sentence)
	}
}
