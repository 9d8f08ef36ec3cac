package index

import "testing"

// A question's word finds the document's word for the same thing: "kept"
// is "stored", "vets" are "veterinarians".
func TestQuestionSynonyms(t *testing.T) {
	text := paperHeader("Synonyms Fixture", "July 2005") + "1. Stockpile\n\n" +
		"The vaccine reserve is stored in Kuala Lumpur, in a depot lent by the Government of Malaysia. " +
		"So far 210 officers from six countries have been trained, of whom 64 are veterinarians.\n"
	ix := mustOpen(t, Source{Name: "syn.md", Text: text})
	expectAnswers(t, ix, map[string]string{
		"where is the reserve kept":  "Kuala Lumpur",
		"how many vets were trained": "64",
	})
}
