package index

import "testing"

// A body whose definition opens a section, under a heading that names it
// in short, is what the section's later passages speak of when they name
// no body of their own; not a later
// passage that names another body, nor another section's, nor a body the
// section's first passage names only after its first words.
func TestSectionOpenedByABody(t *testing.T) {
	doc := "Japan supports trade.\n\n2. Rules of Origin\n\nThe Rules of Origin Capacity Building Programme (ROCAP) was launched in FY2007. It is funded in the amount of ¥430 million over three years.\n\n" +
		"To date, 14 training courses have been held in Yokohama, and 312 trainees have completed them.\n\n" +
		"The Japan Customs Foundation (JCF) held 5 seminars in Nagoya.\n\n" +
		"3. Border Posts\n\nJapan also builds border posts with the Border Post Agency (BPA).\n\nTo date, 9 workshops have been held in Osaka.\n\n" +
		"4. Other Cooperation\n\nThe Japan Trade Fund (JTF) was set up in 2005.\n\nTo date, 7 fairs have been held in Kobe."
	checkRules(t, []ruleCase{
		{name: "where its courses are held", doc: doc, q: "where are the ROCAP training courses held in japan", span: "Yokohama"},
		{name: "how many completed", doc: doc, q: "how many trainees have finished ROCAP courses so far", span: "312"},
		{name: "a passage naming another body", doc: doc, q: "how many seminars did ROCAP hold?"},
		{name: "another section", doc: doc, q: "how many ROCAP workshops have been held"},
		{name: "a body named after the section's first words", doc: doc, q: "how many BPA workshops have been held"},
		{name: "a heading that does not name the body", doc: doc, q: "how many fairs has the JTF held"},
	})
}
