package index

import "testing"

// A sentence that names no project is about the one project its passage
// speaks of: it does not answer a question that names another project of
// the document by a word the passage lacks.
func TestSentenceOfThePassageProject(t *testing.T) {
	doc := "(1) The Savannakhet Border Facilitation Project provides a joint inspection facility on the Lao side of the bridge. The Exchange of Notes was signed in Vientiane on February 14, 2008.\n\n" +
		"(2) Cambodia requested Japan to provide similar support at Poipet. The Government of Japan plans to extend grant aid of up to ¥1.35 billion for the Poipet Border Post Improvement Project."
	checkRules(t, []ruleCase{
		{name: "the passage's project", doc: doc, q: "when was the savannakhet exchange of notes signed?", span: "February 14, 2008"},
		{name: "no project named", doc: doc, q: "when was the exchange of notes signed", span: "February 14, 2008"},
		{name: "another project", doc: doc, q: "when was the poipet exchange of notes signed?"},
	})
}
