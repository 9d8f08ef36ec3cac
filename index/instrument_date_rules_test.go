package index

import "testing"

// instrumentsDoc dates a loan agreement by a label line, and an exchange
// of notes, in the sentence after the one that speaks of the loan
// agreement's signing, by its own verb.
const instrumentsDoc = "Ex-Ante Evaluation\n\nJapan International Cooperation Agency\n\n" +
	"1. Name of the Project\n\n" +
	"Project: Hue Flood Warning Project (HFWP)\n" +
	"Loan Agreement: 14 June 2021\n" +
	"Loan Amount: 6,300 million yen\n\n" +
	"The Loan Agreement was signed in Hanoi by the Minister of Finance and by the Chief Representative of JICA. It followed the Exchange of Notes signed on 2 June 2021 by the Ambassador of Japan.\n\n" +
	"2. Technical Cooperation\n\n" +
	"The Flood Forecasting Leaders Programme (FFLP) is a JICA technical cooperation programme with a budget of JPY 1,150 million for FY2020 to FY2024. Its record of discussions was signed on 9 March 2020 by Ms. Lan Pham, Director of the Hydro-Meteorological Service.\n"

// A date is the signing of the instrument asked only when no other
// instrument is said to be signed on it, in any case or number: the exchange of notes' date,
// in a sentence framed by the loan agreement's signing, is not the loan
// agreement's.
func TestInstrumentDates(t *testing.T) {
	ix := mustOpen(t, Source{Name: "exante.txt", Text: instrumentsDoc})
	expectAnswers(t, ix, map[string]string{
		"when was the loan agreement signed":    "14 June 2021",
		"when was the exchange of notes signed": "2 June 2021",
	})
}
