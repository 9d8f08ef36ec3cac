package index

import "testing"

// "The project was extended by six months, from 31 March 2019 to 30
// September 2019": the original end is the date it was moved from, the
// end now the date it was moved to.
func TestOriginalEndOfAnExtension(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.md", Text: "# Project Completion Report\n\n" +
		"## 6. Issues\n\n" +
		"6.1 The project was extended by six months, from 31 March 2019 to 30 September 2019, owing to delays in the procurement of satellite rainfall data.\n"})
	expectAnswers(t, ix, map[string]string{
		"original end date of the project before the extension": "31 March 2019",
		"when does the project end after the extension":         "30 September 2019",
	})
}
