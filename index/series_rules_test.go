package index

import "testing"

// saltGrants is a paper whose sentence lists each country's part with its
// own date, whose count lists its parts after "including", and whose
// table labels a signing with a short form.
func saltGrants() Source {
	return Source{Name: "grants.txt", Text: `Japan's Cooperation on Salt Iodisation

October 2002
Ministry of Foreign Affairs Japan

1. Salt Iodisation Project

Grant aid for the Salt Iodisation Project (SIP) totals ¥1.45 billion. Of this, ¥520 million was provided to Cambodia under notes exchanged in Phnom Penh on 18 January 2000, ¥610 million to Vietnam under notes exchanged in Hanoi on July 4, 2000, and ¥320 million to Laos under notes exchanged in Vientiane on 21st February 2001.

2. Laboratory

The Regional Salt Laboratory (RSL) opened in Hanoi on 15 March 2002. To date 46 laboratory technicians have been trained at RSL, including 14 from Laos and 11 from Cambodia.

3. Bridge

Project title: Salt Road Bridge
Scheme: Grant aid
E/N signed: 26 March 2004
`}
}

// Of dates each after its own country, the one after the country asked
// dates that country's act; the parts after "including" count the noun
// of the count before them; "e/n" and "EN" are an exchange of notes,
// which "E/N" in a document writes too.
func TestSeriesPartsAndShortForms(t *testing.T) {
	ix := mustOpen(t, saltGrants())
	expectAnswers(t, ix, map[string]string{
		"when were the notes exchanged for vietnam's SIP grant":  "July 4, 2000",
		"when were the notes exchanged for cambodia's SIP grant": "18 January 2000",
		"laos sip EN date": "21st February 2001",
		"how many lab technicians from cambodia trained at RSL": "11",
		"how many lab technicians from laos trained at RSL":     "14",
		"when was the e/n signed":                               "26 March 2004",
	})
	if a := ix.AnswerFollowUp("how many lab technicians from laos trained at RSL", "and cambodia?"); !a.Found || a.Span != "11" {
		t.Errorf("follow-up for cambodia: found %v span %q", a.Found, a.Span)
	}
}
