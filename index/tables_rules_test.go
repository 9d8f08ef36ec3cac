package index

import (
	"strings"
	"testing"
)

// Plain-text tables with no rule of dashes between spaces: one whose
// columns are set apart by bars and whose rule joins its dashes with "+",
// and one whose columns line up by spaces alone, with no rule at all.
const tablesDoc = "Japan's Training Cooperation in the Mekong Region\n\n" +
	"June 2004\nMinistry of Foreign Affairs of Japan\n\n" +
	"1. Grant Aid\n\n" +
	"Grant aid was extended as follows.\n\n" +
	"  Country   | Project                        | Amount\n" +
	"  ----------+--------------------------------+--------------\n" +
	"  Cambodia  | Takeo Rural Water Supply       | ¥1.35 billion\n" +
	"  Laos      | Pakse Teacher Training College | ¥820 million\n\n" +
	"2. Training\n\n" +
	"In FY2003, the Japan International Cooperation Agency (JICA) accepted trainees from the CLMV countries.\n\n" +
	"  Country     Trainees   Courses\n" +
	"  Cambodia       412        58\n" +
	"  Vietnam        640        77\n" +
	"  Total        1,052       135\n\n" +
	"3. Hospitals\n\n" +
	"  Project                                        Hospitals\n" +
	"  Project for District Hospitals in Lao PDR           12\n" +
	"  Project for Provincial Clinics in Cambodia           9\n\n" +
	"4. Third-country Training\n\n" +
	"Courses for the CLMV countries are also held in Thailand, where the Government of Thailand bears part of the cost.\n"

func TestPlainTextTablesWithoutARuleOfSpaces(t *testing.T) {
	ix := mustOpen(t, Source{Name: "tables.txt", Text: tablesDoc})
	rows := map[string]bool{}
	for _, p := range ix.docs[0].Passages {
		if p.IsTableRow() {
			rows[p.Text] = true
		}
	}
	for _, want := range []string{
		"Laos: Project: Pakse Teacher Training College; Amount: ¥820 million.",
		"Vietnam: Trainees: 640; Courses: 77.",
		"Total: Trainees: 1,052; Courses: 135.",
	} {
		if !rows[want] {
			t.Errorf("no row %q among %v", want, rows)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"how much for the pakse teacher training college": "¥820 million",
		// The cell under the column asked, not the row's first figure.
		"how many courses for vietnam":   "77",
		"how many trainees from vietnam": "640",
		// The year the table's lead-in names dates its rows.
		"how many trainees from cambodia in fy2003": "412",
		// With no country asked, the row of none: the total.
		"how many trainees did JICA accept in japan": "1,052",
		// A project named for a country is no country's row.
		"how many hospitals does the project for district hospitals cover": "12",
	})
	expectRefused(t, ix,
		"how many trainees from cambodia in fy2004",
		// Thailand is neither a row nor among the countries the lead-in
		// names: the total is not its count.
		"how many thai trainees did JICA accept",
	)
}

// Prose that lines up in columns by chance, or whose rows end in no
// figure, stays prose.
func TestSpacedLinesThatAreNoTable(t *testing.T) {
	text := "Notes\n\nMay 2004\nMinistry of Foreign Affairs of Japan\n\n1. Notes\n\n" +
		"  Cambodia    Takeo    wells\n" +
		"  Laos        Pakse    clinics\n" +
		"  Vietnam     Hue      schools\n"
	ix := mustOpen(t, Source{Name: "notes.txt", Text: text})
	for _, p := range ix.docs[0].Passages {
		if p.IsTableRow() || strings.Contains(p.Text, "|") {
			t.Errorf("read as a table: %q", p.Text)
		}
	}
}

// A spaced table's total row may leave columns in its middle empty: its
// cells go to the columns whose names start where they do.
func TestSpacedTableTotalSkipsColumns(t *testing.T) {
	doc := paperHeader("Audit Training", "March 2010") + "1. Courses\n\nThe Centre's courses so far:\n\n" +
		"  Course                          Venue                  Period                        Trainees\n" +
		"  Audit of large taxpayers        Jakarta, Indonesia     14 April-2 May 2008           26\n" +
		"  Computer-assisted tax audit     Wako, Japan            19 January-6 February 2009    18\n" +
		"  Total                                                                                44\n\n" +
		"Note: The Wako course was paid for by Japan.\n"
	ix := mustOpen(t, Source{Name: "audit.txt", Text: doc})
	rows := map[string]bool{}
	for _, p := range ix.docs[0].Passages {
		if p.IsTableRow() {
			rows[p.Text] = true
		}
	}
	for _, want := range []string{
		"Computer-assisted tax audit: Venue: Wako, Japan; Period: 19 January-6 February 2009; Trainees: 18.",
		"Total: Trainees: 44.",
	} {
		if !rows[want] {
			t.Errorf("no row %q among %v", want, rows)
		}
	}
}

// A plain-text table whose cells are set apart by spaced bars, with no
// rule under its header and no bars at its ends, is read row by row: each
// sum is its own row's, not the next row's date.
func TestBarredTextTableWithoutARule(t *testing.T) {
	ix := mustOpen(t, Source{Name: "summary.txt", Text: "Loan Summary\n\nMarch 2019\nBank\n\n6. Summary of the agreements\n\n" +
		"Project | Borrower | Signed | Bank portion\n" +
		"CNGP | CNP | 14 March 2019 | USD 420 million\n" +
		"CMDT | CMIT | 11 March 2019 | JPY 18.6 billion\n" +
		"CTWS | CTW | 13 March 2019 | ¥7.2 billion\n\n" +
		"7. Notes\n\nYes | No | Maybe\n"})
	rows := map[string]bool{}
	for _, p := range ix.docs[0].Passages {
		if p.IsTableRow() {
			rows[p.Text] = true
		}
	}
	want := "CMDT: Borrower: CMIT; Signed: 11 March 2019; Bank portion: JPY 18.6 billion."
	if !rows[want] || len(rows) != 3 {
		t.Errorf("rows %v, want 3 with %q", rows, want)
	}
	expectAnswers(t, ix, map[string]string{
		"when was the cmdt agreement signed": "11 March 2019",
	})
}
