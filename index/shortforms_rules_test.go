package index

import (
	"slices"
	"strings"
	"testing"
)

// Short forms with a hyphen: "J-SCPI", whose letter before the hyphen
// stands for the whole compound "Japan-ASEAN", defined in a heading or in
// a table's cell after a label; a question may type them in any case.
func TestHyphenedShortForms(t *testing.T) {
	headed := "Japan supports ASEAN cities.\n\n2. Japan-ASEAN Smart City Partnership Initiative (J-SCPI)\n\nThe J-SCPI was announced in Bangkok on 8 October 2018. Under the Initiative, assistance in the amount of ¥3.6 billion is to be provided from FY2019 to FY2021."
	traffic := "Under J-APAT, the Japan-ASEAN Partnership against Trafficking in Persons (J-APAT), Japan has contributed US$2.4 million since FY2013."
	labelled := "B2.3: Action line: MSME development; Activity: ASEAN-Japan SME Mentorship Programme (AJ-SMP): e-commerce coaching for women-led MSMEs; Lead: AJC."
	checkRules(t, []ruleCase{
		{name: "a letter for a compound", doc: headed, q: "what is J-SCPI short for", span: "Japan-ASEAN Smart City Partnership Initiative"},
		{name: "typed in lower case", doc: headed, q: "j-scpi stands for?", span: "Japan-ASEAN Smart City Partnership Initiative"},
		{name: "a small word inside", doc: traffic, q: "J-APAT = ?", span: "Japan-ASEAN Partnership against Trafficking in Persons"},
		{name: "not the label before a colon", doc: labelled, q: "wht is AJ-SMP", span: "ASEAN-Japan SME Mentorship Programme"},
		{name: "no such short form", doc: headed, q: "what is J-SCPX short for"},
	})
}

// A short form defined only in a section's heading is answered from the
// section's first sentence, which does not hold the definition: nothing
// of that sentence is marked as the answer.
func TestHeadingShortFormMarksNothing(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rule.md", Text: paperHeader("Rule Fixture", "July 2019") +
		"1. Japan-ASEAN Urban Partnership Centre (JAUPC)\n\nThe Centre was established in Kuala Lumpur on 2 April 2017 by Japan and Malaysia.\n"})
	a := ix.Answer("what does JAUPC stand for")
	if !a.Found || a.Span != "Japan-ASEAN Urban Partnership Centre" {
		t.Fatalf("found=%v span %q, want the heading's long form", a.Found, a.Span)
	}
	if !strings.HasPrefix(a.Sentence, "The Centre was established") {
		t.Fatalf("quoted %q, want the section's first sentence", a.Sentence)
	}
	if slices.ContainsFunc(a.SentenceSpans, func(s Span) bool { return s.End > s.Start }) {
		t.Errorf("marks %v of %q; the sentence does not hold the definition", a.SentenceSpans, a.Sentence)
	}
}

// An "ex-" word is spelt X in a short form, as it is said: "Statistical
// Data and Metadata Exchange (SDMX)"; an X with no such word spells
// nothing.
func TestShortFormSpellsExAsX(t *testing.T) {
	doc := "The platform uses the Statistical Data and Metadata Exchange (SDMX) standard, and the Regional Trade Express (RTX) carries the files."
	wrong := "The platform uses the Statistical Data and Metadata Transfer (SDMX) standard."
	checkRules(t, []ruleCase{
		{name: "exchange", doc: doc, q: "what is sdmx short for", span: "Statistical Data and Metadata Exchange"},
		{name: "express", doc: doc, q: "what does RTX stand for", span: "Regional Trade Express"},
		{name: "no ex- word", doc: wrong, q: "what is sdmx short for"},
	})
}
