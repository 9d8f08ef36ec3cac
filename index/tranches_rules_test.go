package index

import (
	"strings"
	"testing"
)

// trancheDoc has loans paid in tranches: one whose second tranche is
// dated in a sentence of its own, one whose two tranches a sentence runs
// with the noun left out after the first, and one whose second tranche
// is not pledged.
const trancheDoc = "Japan's Cooperation on Urban Rail\n\nApril 2013\nMinistry of Foreign Affairs of Japan\n\n" +
	"1. Metro Loans\n\n" +
	"The first tranche of the loan for the Surabaya Commuter Line (SCL), amounting to ¥30.1 billion, was signed in Surabaya on 2 June 2009. " +
	"A second tranche of ¥44.7 billion followed on April 8, 2012.\n\n" +
	"In Manila, Japan is financing the Pasig River Line (PRL). The first tranche, of ¥18.2 billion, was signed on 5th May 2010, " +
	"and the second, of ¥26.9 billion, on 14 February 2013.\n\n" +
	"The loan agreement for the first tranche of the Da Nang Coastal Line (DNCL), ¥12.4 billion, was signed in Da Nang on 9 July 2011. " +
	"The second tranche has not yet been pledged.\n"

// An ordinal numbers a loan's tranche as it numbers a phase: the first
// tranche's sum or day is no answer about the second, and in a run that
// leaves the noun out ("and the second, of ¥26.9 billion"), the ordinal
// right before a sum numbers it.
func TestTranchesAreNumbered(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2013-04-rail.txt", Text: trancheDoc})
	expectAnswers(t, ix, map[string]string{
		"when was the second tranche of the scl loan signed": "April 8, 2012",
		"how much was the second tranche of the prl loan":    "¥26.9 billion",
		"how much was the first tranche of the prl loan":     "¥18.2 billion",
	})
	if a := ix.Answer("how much is the second tranche of the dncl loan"); !a.Refused() {
		t.Errorf("second DNCL tranche: %q, want a refusal", a.Span)
	}
}

// "What does the CCL loan cover" asks what the loan takes in, not a sum:
// the passage that says so answers it. "MoU" is a memorandum.
func TestWhatALoanCoversAndAnMoU(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2013-04-rail.txt", Text: paperHeader("Urban Rail", "April 2013") + `1. Metro Loans

In Bangkok, Japan is financing the Chao Phraya Crosstown Line (CCL), a 21 km elevated line. The first tranche, of ¥39.5 billion, was signed on 24th March 2010. The loan covers civil works and electrical and mechanical systems.

2. Network

The Southeast Asian Railway Training Network (SARTN) was established on 5 October 2010, when the railway authorities of Indonesia, Malaysia and Thailand signed its Memorandum of Understanding in Kuala Lumpur.
`})
	if a := ix.Answer("what does the ccl loan cover"); !a.Found || a.Kind != AskOpen || !strings.Contains(a.Span, "civil works and electrical and mechanical systems") {
		t.Errorf("cover: found %v kind %s span %q", a.Found, a.Kind, a.Span)
	}
	expectAnswers(t, ix, map[string]string{"where was the sartn mou signed": "Kuala Lumpur"})
}
