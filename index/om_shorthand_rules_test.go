package index

import "testing"

// "O&M" in a question is operation and maintenance, as the documents
// write it in full.
func TestOperationAndMaintenanceShorthand(t *testing.T) {
	ix := mustOpen(t, Source{Name: "om.txt", Text: paperHeader("Drainage Fixture", "May 2020") + "1. Operation\n\n" +
		"The annual cost of the training programme is US$ 120,000. The annual operation and maintenance cost is estimated at USD 0.8 million from 2026.\n"})
	expectAnswers(t, ix, map[string]string{"yearly o&m cost?": "USD 0.8 million"})
}

// The short forms of the instruments a project signs ("RoD", "E/N",
// "L/A") are the instruments, as the documents name them in full.
func TestInstrumentShorthand(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rod.txt", Text: paperHeader("Forecasting Fixture", "May 2020") + "1. Forecasting\n\n" +
		"The forecasting project covers Kelantan and Pahang. The Record of Discussions for the project was signed in Kuala Lumpur on 18 December 2019.\n"})
	expectAnswers(t, ix, map[string]string{"where was the RoD for the forecasting project signed": "Kuala Lumpur"})
}
