package index

import "testing"

// A short form numbered in a series ("JEMA-1") is defined by the name
// that spells its letters, asked by its letters alone, and a sub-heading
// that names only an aspect ("(2) Cost") goes on about what the one
// before it named; one that names a thing of its own ("(2) Portable
// terminal for Lao PDR") does not. A date its passage says is not fixed
// does not answer when it will be.
func TestSeriesShortFormsAndAspectHeadings(t *testing.T) {
	doc := "(1) Joint Earth Observation Microsatellite for ASEAN (JEMA-1)\n\nThe 60-kilogram satellite is being built by a Japanese university.\n\n" +
		"(2) Cost\n\nThe development cost is estimated at approximately ¥780 million, of which Japan bears ¥624 million.\n\n" +
		"(3) Launch\n\nThe launch was originally planned for the second half of FY2019. The launch date has not yet been fixed.\n\n" +
		"(4) Portable terminal for Lao PDR\n\nJapan responded with grant aid of up to ¥20 million for a receiving terminal."
	checkRules(t, []ruleCase{
		{name: "defined", doc: doc, q: "what does jema-1 stand for", span: "Joint Earth Observation Microsatellite for ASEAN"},
		{name: "asked by its letters", doc: doc, q: "jema stands for?", span: "Joint Earth Observation Microsatellite for ASEAN"},
		{name: "cost under an aspect heading", doc: doc, q: "total dev cost of jema-1", span: "¥780 million"},
		{name: "not under a heading of its own", doc: doc, q: "how much grant aid did japan give for jema-1"},
		{name: "a date not fixed", doc: doc, q: "whn is jema-1 launching"},
		{name: "the date first planned", doc: doc, q: "when was jema-1 originally meant to launch", span: "the second half of FY2019"},
	})
}

// "What was the allocation for FY2015" asks a sum of a year, not a
// purpose: with only a range through FY2015 written, it is refused; a
// year's own sum answers it.
func TestForAYearAsksNoPurpose(t *testing.T) {
	ranged := "The programme cost approximately ¥186 million over FY2013-FY2015, of which ¥52 million came from the SMTF."
	yearly := "The SMTF allocated ¥30 million to the programme in FY2015."
	checkRules(t, []ruleCase{
		{name: "a range", doc: ranged, q: "what was the smtf allocation for fy2015"},
		{name: "the year's sum", doc: yearly, q: "what was the smtf allocation for fy2015", span: "¥30 million"},
	})
}
