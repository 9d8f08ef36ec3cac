package index

import "testing"

// "What fiscal year" asks when, and is answered by a fiscal year: a day
// is not one.
func TestFiscalYearAsked(t *testing.T) {
	doc := "The Rules of Origin Capacity Building Programme (ROCAP) was launched in FY2007.\n\nThe Customs Connectivity Fund (CCF) was established on 12 April 2006."
	checkRules(t, []ruleCase{
		{name: "a fiscal year written", doc: doc, q: "what fiscal year did ROCAP start?", span: "FY2007"},
		{name: "in the plural", doc: doc, q: "which financial years did ROCAP start in", span: "FY2007"},
		{name: "a day for a fiscal year", doc: doc, q: "which fiscal year was the CCF set up"},
		{name: "a day asked", doc: doc, q: "what date was the CCF set up", span: "12 April 2006"},
	})
}
