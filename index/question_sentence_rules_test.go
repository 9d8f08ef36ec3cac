package index

import "testing"

// "Mr. Morishita: Who received the relief goods in Pakse?" in a press
// conference's transcript states nothing: its asker is not who received
// them.
func TestAQuestionAskedStatesNoOne(t *testing.T) {
	ix := mustOpen(t, Source{Name: "transcript.txt", Text: "Press Conference by the Press Secretary\n\n" +
		"Questions and answers\n\n" +
		"Mr. Kenta Morishita, Nippon Daily Report: On the floods in Laos. Is more coming?\n\n" +
		"Press Secretary Sakuma: At this point, nothing more has been decided.\n\n" +
		"Mr. Morishita: Who received the relief goods in Pakse?\n\n" +
		"Press Secretary Sakuma: I will check and let you know.\n"})
	expectRefused(t, ix, "who received the relief goods in pakse")
}
