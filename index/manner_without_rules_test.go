package index

import "testing"

// "were confirmed without amendment" confirms: "without" after the verb
// tells how, not whether. "has not been confirmed" still denies.
func TestWithoutAfterTheVerbConfirms(t *testing.T) {
	ix := mustOpen(t, Source{Name: "minutes.md", Text: "# Minutes of the Third Meeting\n\nOctober 2017\nJICA Myanmar Office\n\n## 1. Minutes\n\n" +
		"The minutes of the Second JCC Meeting, which was held in Mandalay on 9 November 2016, were confirmed without amendment.\n\n" +
		"## 2. Plan\n\nThe revised work plan has not been confirmed by the ministry.\n"})
	expectAnswers(t, ix, map[string]string{
		"were the second jcc minutes confirmed at this meeting?": "yes",
		"has the revised work plan been confirmed?":              "no",
	})
}

// "long term experts" counts the long-term experts, as the documents
// write them, not the short-term ones after.
func TestCompoundWrittenApart(t *testing.T) {
	ix := mustOpen(t, Source{Name: "minutes.md", Text: "# Minutes of the Third Meeting\n\nOctober 2017\nJICA Myanmar Office\n\n## 1. Progress\n\n" +
		"Since the start of the project, 6 long-term experts and 14 short-term experts have been dispatched by JICA.\n"})
	expectAnswers(t, ix, map[string]string{"how many long term experts has jica sent?": "6"})
}
