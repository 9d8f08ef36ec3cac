package index

import "testing"

// courseDoc has a programme's sub-heading over paragraphs that call it
// "the course", and a sum whose approval is denied.
const courseDoc = "Annual Report\n\nDecember 2021\nThailand International Cooperation Agency\n\n" +
	"5.2 Third Country Training Programme on Community-Based Primary Health Care (CBPHC)\n\n" +
	"The 2021 edition was held online from 15 February to 12 March 2021 for 42 participants.\n\n" +
	"JICA provided JPY 18.5 million for the course, chiefly for the online platform. TICA covered lecturers' fees and other local costs amounting to 4.9 million baht.\n\n" +
	"5.3 Project for Strengthening Cross-Border Health Security in Savannakhet Province (CBHS)\n\n" +
	"The project was launched on 1 November 2019. JICA has prepared a tentative budget of ¥140 million for a two-year extension, but this sum has not yet been approved.\n"

// "for the course" under the programme's sub-heading is the programme,
// not a purpose of its own; a paragraph wholly about the programme
// answers for it by its short form; and a sum whose approval its
// sentence denies is no sum approved.
func TestCourseParagraphIsTheProgrammes(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: courseDoc})
	a := amountNamed(ix, "JPY 18.5 million")
	if a == nil || a.Project == nil || a.Purpose != "" {
		t.Fatalf("JPY 18.5 million: %+v, want the CBPHC's with no purpose of its own", a)
	}
	expectAnswers(t, ix, map[string]string{
		"how much did jica put into the cbphc course?":     "JPY 18.5 million",
		"tica share for the primary health care training?": "4.9 million baht",
		"how much has jica budgeted for extending cbhs?":   "¥140 million",
	})
	expectRefused(t, ix, "how much was approved for extending cbhs?")
}
