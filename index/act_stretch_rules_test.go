package index

import "testing"

// curriculumReport approves one thing on a day, dates another act later
// in the same sentence, and leaves a third approval pending.
func curriculumReport() Source {
	return Source{Name: "curriculum.md", Text: "# Summary of Terminal Evaluation\n\n## 3. Achievements\n\n" +
		"The revised curriculum was approved by the Minister of Health on 14 April 2014 and has been taught at all eight colleges since the academic year that began in September 2014. Twelve textbook titles were written by counterpart teams working with the Japanese experts. Official approval of the accompanying nursing teachers' guides, however, is still pending.\n"}
}

// Of two dates of one sentence, the one whose own stretch writes another
// act ("that began in September 2014") is not the date of the act asked,
// which the sentence writes before the other.
func TestDateAfterAnotherActIsNotTheAsked(t *testing.T) {
	ix := mustOpen(t, curriculumReport())
	expectAnswers(t, ix, map[string]string{"when did the minister approve the new college curriculum": "14 April 2014"})
}

// "Official approval of the ... guides, however, is still pending": the
// act, as a noun with its thing after "of", is denied by what follows, and
// the day another thing was approved does not answer for the guides.
func TestActNounPendingDeniesTheAct(t *testing.T) {
	ix := mustOpen(t, Source{Name: "guides.md", Text: "# Summary of Terminal Evaluation\n\n## 3. Achievements\n\n" +
		"The revised curriculum was approved by the Minister of Health on 14 April 2014 and has been taught at all eight nursing schools since the academic year that began in September 2014. Twelve textbook titles were written by counterpart teams working with the Japanese experts. Official approval of the accompanying nursing teachers' guides, however, is still pending.\n"})
	expectRefused(t, ix, "when were the nursing teachers' guides officially approved?")
}
