package index

import "testing"

// A heading that is only a name and a short form defines it though the
// letters keep another order ("RECAP", "MWSA"); "what does X do" is answered by
// the sentence whose subject is X, or "It" after a sentence naming it, in
// the present; "from the start" asks for the founders.
func TestHeadingShortFormsDoingAndFounders(t *testing.T) {
	doc := "(1) Regulatory Convergence Programme for ASEAN (RECAP)\n" +
		"In order to help reviewers reach consistent decisions, Japan launched RECAP on 3 March 2008 at a ceremony in Kuala Lumpur. " +
		"RECAP prepares joint review templates and keeps a roster of 40 trained assessors.\n\n" +
		"(2) Knowledge Centre for Ocean Plastics (KCOP)\n" +
		"The Centre opened its doors in Jakarta on 22 January 2020. It collects national data on plastic leakage. In order to reach local governments, half of the courses will be given in national languages.\n\n" +
		"(3) ASEAN Safety Signal Exchange (ASSEX)\n" +
		"ASSEX began operation on 1 October 2009. Indonesia, Malaysia and Thailand took part from the start; Vietnam joined on 15 December 2009.\n\n" +
		"(4) Water Survey of Mekong Areas (MWSA)\nThe survey runs every year.\n\n" +
		"(5) Delta Plastics Centre (DPC)\nThe Centre opened in Can Tho in 2020. Japan also funds a laboratory in Bogor. It tests water samples. The Centre trains officials in waste policy."
	// A passage whose heading shares words with the asked body's name
	// speaks of its own body by "The Centre".
	other := "(1) Knowledge Centre for Ocean Plastics (KCOP)\nThe Centre publishes good practices.\n\n" +
		"(2) Delta Plastics Centre (DPC)\nThe Centre opened in Can Tho in 2020. The Centre trains officials in waste policy."
	checkRules(t, []ruleCase{
		{name: "heading short form", doc: doc, q: "recap stands for?", span: "Regulatory Convergence Programme for ASEAN"},
		{name: "letters not the name's", doc: doc, q: "what does wxyz stand for", span: ""},
		// A project's name with a short form in brackets after it names
		// the project by it, whatever the letters' order, when each
		// letter opens a word of the name.
		{name: "first letter not the name's", doc: doc, q: "what does mwsa stand for", span: "Water Survey of Mekong Areas"},
		{name: "it of another thing", doc: doc, q: "what does the dpc do", span: "trains officials in waste policy"},
		{name: "the head in another's passage", doc: other, q: "what does the dpc do", span: "trains officials in waste policy"},
		{name: "does by short form", doc: doc, q: "what does recap do", span: "prepares joint review templates and keeps a roster of 40 trained assessors"},
		{name: "does by it", doc: doc, q: "what does kcop actually do", span: "collects national data on plastic leakage"},
		{name: "from the start", doc: doc, q: "which countries were in assex from the start", span: "Indonesia, Malaysia, Thailand"},
	})
}
