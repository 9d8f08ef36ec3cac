package index

import (
	"testing"
)

// Counter-examples to the rules on what a country is left out of, "what
// status", where-questions naming a year and money words in a membership
// question: sentences near each rule where it must not reach.

func counterIndex45(t *testing.T, doc string) *Index {
	t.Helper()
	return mustOpen(t, Source{Name: "r.md", Text: paperHeader("Title", "May 2015") + "1. Facts\n\n" + doc + "\n"})
}

func counterLeftOut(t *testing.T, doc, country string) []string {
	t.Helper()
	return leftOutIn(t, counterIndex45(t, doc), country)
}

// leftOutIn is the sentences /iai country lists under "Left out" for
// country.
func leftOutIn(t *testing.T, ix *Index, country string) []string {
	t.Helper()
	c, err := ix.Country(country)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range c.LeftOut {
		out = append(out, e.Passage.Text[e.Span.Start:e.Span.End])
	}
	return out
}

// checkNotLeftOut: none of these sentences leaves the country out of
// anything, yet /iai country lists it under "Left out".
func checkNotLeftOut(t *testing.T, cases []struct{ doc, country string }) {
	t.Helper()
	for _, c := range cases {
		if got := counterLeftOut(t, c.doc, c.country); len(got) > 0 {
			t.Errorf("%s wrongly left out by %q", c.country, c.doc)
		}
	}
}

// Lower-case words before a denial are no list of names: the countries
// before them are not left out.
func TestCounterLeftOutCaseFoldedNames(t *testing.T) {
	checkNotLeftOut(t, []struct{ doc, country string }{
		{"Grant aid goes to Cambodia and Laos, while middle-income members are not eligible.", "Cambodia"},
		{"Grant aid goes to Cambodia and Laos, while middle-income members are not eligible.", "Laos"},
		{"The Facility serves Myanmar and the Philippines, and applications from other countries are not eligible.", "Myanmar"},
		{"Cambodia, Laos and Myanmar receive grants, and the richer members are not eligible.", "Cambodia"},
		{"Projects in Laos and Myanmar that would harm the river are not eligible.", "Laos"},
	})
}

// A denial that is itself denied, or whose subject is not the country.
func TestCounterLeftOutNegatedOrNotSubject(t *testing.T) {
	checkNotLeftOut(t, []struct{ doc, country string }{
		{"No ASEAN Member State, including Thailand, is excluded from the programme.", "Thailand"},
		{"Expenses incurred outside Cambodia are not eligible for support.", "Cambodia"},
		{"Staff seconded from Japan to Thailand are not eligible for the allowance.", "Thailand"},
	})
}

// "Excluding X," opening a sentence sets X aside from a tally: the main
// clause's subject after the comma is not left out, nor is a country
// whose share is.
func TestCounterLeftOutExcludingAside(t *testing.T) {
	checkNotLeftOut(t, []struct{ doc, country string }{
		{"Excluding Japan, Thailand is the largest donor to the Fund.", "Thailand"},
		{"Other than Japan, Thailand has contributed the most to the Fund.", "Thailand"},
		{"Excluding ODA, Vietnam was the largest recipient of Japanese investment in 2014.", "Vietnam"},
		{"Excluding Thailand's share, the cost of the project is USD 4 million.", "Thailand"},
	})
}

// "Only by Japan" is not answered yes by a sentence that names another
// payer, dates "entirely" to the past, or says "wholly owned" of
// something else.
func TestCounterOnlySynonymYes(t *testing.T) {
	const est = "The Japan-ASEAN Customs Connectivity Fund (JACCF) was established on 12 April 2006. "
	for _, doc := range []string{
		est + "The Fund is financed entirely by Japan and Thailand.",
		est + "The Fund was initially financed entirely by Japan; since 2010 Thailand has also contributed.",
		est + "The Fund's training centre is wholly owned by Japan and is located in Bangkok.",
	} {
		if a := counterIndex45(t, doc).Answer("is the JACCF funded only by japan"); a.Found && a.Span == "yes" {
			t.Errorf("%q: answered %q", doc, a.Text)
		}
	}
}

// "What status" is not answered "member" of one who joined with a lesser
// status or whose membership was suspended, nor of a project.
func TestCounterWhatStatusMember(t *testing.T) {
	for _, c := range []struct{ doc, q string }{
		{"The ASEAN-Japan Centre was established in 1981. Timor-Leste joined the Centre as an associate member in 2016.", "what status does timor-leste have in the centre?"},
		{"The ASEAN-Japan Centre was established in 1981. Timor-Leste joined the Centre in 2016 with observer status.", "what status does timor-leste have in the centre?"},
		{"The ASEAN-Japan Centre was established in 1981. Myanmar joined the Centre in 1998. Myanmar's membership of the Centre was suspended in 2021.", "what is myanmar's status in the centre?"},
		{"The ASEAN-Japan Women's Enterprise Centre (AJWEC) was established on 2 April 2012 by Japan and Malaysia. Vietnam joined the Centre on January 14, 2014. The Vietnam Incubator Project was completed in 2016.", "what status is the vietnam incubator project?"},
	} {
		if a := counterIndex45(t, c.doc).Answer(c.q); a.Found && a.Span == "member" {
			t.Errorf("%q: answered %q", c.q, a.Text)
		}
	}
}

// A date after a place past a comma, "and", "following" or "since" is
// another clause's: it does not rule the place out.
func TestCounterWhereYearNextClause(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "next clause's year", doc: "The 2015 forum took place in Manila, and a follow-up meeting was held in 2016 in Jakarta.", q: "where did the 2015 forum take place?", span: "Manila"},
		{name: "parallel clause", doc: "The 2015 forum was held in Manila, and the 2016 forum in Jakarta.", q: "where was the 2015 forum held?", span: "Manila"},
		{name: "earlier session after", doc: "In 2015, the workshop was held in Yangon, following the 2014 session in Vientiane.", q: "where was the 2015 workshop held?", span: "Yangon"},
		{name: "since", doc: "On 14 December 2013, leaders met in Tokyo to mark 40 years of ties since 1973.", q: "where did leaders meet in 2013?", span: "Tokyo"},
		{name: "followed in", doc: "The 2014 workshop in Vientiane was followed in March 2015 by a second one in Yangon.", q: "where was the 2014 workshop held?", span: "Vientiane"},
	})
}

// "Fund" in a body's name asks no sum: "is Laos in the cultural fund?"
// asks a membership.
func TestCounterMoneyWordInBodyName(t *testing.T) {
	doc := "The ASEAN Cultural Fund was established in 1978. Laos joined the Fund in 1998."
	for _, q := range []string{"is laos in the cultural fund?", "is laos part of the cultural fund?"} {
		if a := counterIndex45(t, doc).Answer(q); !a.Found {
			t.Errorf("%q: refused; the document says %q", q, "Laos joined the Fund in 1998.")
		}
	}
}

// An opening "Excluding A," whose list runs on into the main clause's
// subject leaves out only A, and a capitalised word opening the sentence
// is no name of the denial's list.
func TestCounterLeftOutOpenerListAndWords(t *testing.T) {
	checkNotLeftOut(t, []struct{ doc, country string }{
		{"Excluding Japan, Thailand and Viet Nam are the largest donors to the Fund.", "Thailand"},
		{"Excluding Japan, Thailand and Viet Nam are the largest donors to the Fund.", "Vietnam"},
		{"Other than Japan, Thailand, Korea and China were the main contributors.", "Thailand"},
		{"Other than Japan, Thailand, Korea and China were the main contributors.", "China"},
		{"Unlike Cambodia, Thailand is not eligible.", "Cambodia"},
		{"Besides Cambodia, Thailand is not eligible.", "Cambodia"},
		{"Expenses incurred in Cambodia, Laos and Thailand are not eligible.", "Thailand"},
		{"Grants to Cambodia, Laos and Thailand are not eligible for refinancing.", "Laos"},
	})
}
