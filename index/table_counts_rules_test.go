package index

import "testing"

// A table of countries by fiscal year under a lead-in that names what it
// counts answers a country's count in a year from the year's column, and
// with no year the total column; "in total" with no country asked is the
// total row's. A country the table does not list has no count.
func TestCountsFromACountryByYearTable(t *testing.T) {
	doc := "1. Training\n\n(1) Licence Examiner Training Programme (LETP)\n\nSince FY2013 the police have trained examiners from ASEAN countries. Trainees received so far are shown below.\n\n" +
		"    Country        FY2013   FY2014   FY2015   Total\n" +
		"    Laos                9        9       10      28\n" +
		"    Myanmar             6       11       14      31\n" +
		"    Viet Nam           12       13       13      38\n" +
		"    Total              27       33       37      97\n"
	checkRules(t, []ruleCase{
		{name: "a country's year", doc: doc, q: "how many myanmar trainees in fy2015", span: "14"},
		{name: "a country's total", doc: doc, q: "how many trainees came from laos in total", span: "28"},
		{name: "the total row", doc: doc, q: "how many trainees in total", span: "97"},
		{name: "a country not listed", doc: doc, q: "how many cambodian trainees in fy2015"},
	})
}

// A table of years by what is counted answers a year's count from the
// column whose other words the question names.
func TestCountsFromAYearByColumnTable(t *testing.T) {
	doc := "1. Training\n\nUnder the programme, Japan finances short courses at the ACSL and in Tokyo. The numbers of courses and trainees are as follows:\n\n" +
		"  Fiscal year   Courses   Trainees at ACSL   Trainees in Tokyo\n" +
		"  FY2009        5         57                 16\n" +
		"  FY2010        8         112                23\n"
	checkRules(t, []ruleCase{
		{name: "the column asked", doc: doc, q: "how many trainees at acsl in fy2010", span: "112"},
		{name: "the other column", doc: doc, q: "how many trainees in tokyo in fy2009", span: "16"},
		{name: "another noun", doc: doc, q: "how many courses in fy2010", span: "8"},
		{name: "a year not in the table", doc: doc, q: "how many trainees at acsl in fy2012"},
	})
}

// "How many Thai engineers" is not answered by the count written with
// another country's adjective ("9 Malaysian engineers") or said to come
// from other countries; asked by a country's adjective, its own count
// answers, the first of a pair too ("14 Japanese and 9 Malaysian
// engineers").
func TestCountsOfAnotherCountrysPeople(t *testing.T) {
	doc := "Professor Haruki Onodera leads a team of 14 Japanese and 9 Malaysian engineers at the university; six more engineers, from Indonesia, the Philippines and Viet Nam, joined the team in 2019."
	checkRules(t, []ruleCase{
		{name: "another adjective or origin", doc: doc, q: "how many thai engineers are on the team"},
		{name: "its own adjective", doc: doc, q: "how many malaysian engineers are on the team", span: "9"},
		{name: "the first of a pair", doc: doc, q: "how many japanese engineers are on the team", span: "14"},
	})
}
