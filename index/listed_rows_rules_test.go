package index

import (
	"slices"
	"strings"
	"testing"
)

// notesDoc is an exchange of notes with its agreed minutes: a project
// whose period is a field item after the item that defines it, a plain
// text table whose rows run over two lines and whose total is set apart
// by a rule, and a network whose later members are listed one a line,
// each with its own date.
const notesDoc = "Exchange of Notes concerning Grant Aid for the Project for Improvement of Sanitation in Savannakhet, Pakse and Luang Prabang\n\n" +
	"AGREED MINUTES\n\n" +
	"1. Title and period\n" +
	"1.1 Title: the Project for Improvement of Sanitation in Savannakhet, Pakse and Luang Prabang (ISSP) (hereinafter referred to as \"the Project\").\n\n" +
	"1.2 Period: three years, from July 2017 to June 2020.\n\n" +
	"1.3 A fourth component, in Thakhek, is not included in the Project owing to the land for it not having been secured.\n\n" +
	"2. Allocation of the Grant\n" +
	"The Grant shall be divided among three components as follows.\n\n" +
	"  Component             | Works                                 | Amount\n" +
	"  ----------------------+---------------------------------------+------------\n" +
	"  Savannakhet           | Septage treatment plant of 90 cubic   | ¥512 million\n" +
	"                        | metres per day                        |\n" +
	"  Pakse                 | Two pumping stations; 9 kilometres    | ¥377 million\n" +
	"                        | of sewers                             |\n" +
	"  Luang Prabang         | Drainage of the old town              | ¥241 million\n" +
	"  ----------------------+---------------------------------------+------------\n" +
	"  Total                 |                                       | ¥1,130 million\n\n" +
	"3. Mekong Sanitation Alliance\n" +
	"(a) The Mekong Sanitation Alliance (MSA) was founded in Vientiane on 4 May 2012 by the sanitation agencies of Cambodia, the Lao PDR and Viet Nam.\n" +
	"(b) Agencies of the following countries joined the alliance after its foundation:\n" +
	"   - Thailand, on 12 January 2014;\n" +
	"   - Myanmar, on 30 August 2016.\n\n" +
	"Vientiane, 9 March 2017\n\n" +
	"The Government of Japan signed and exchanged notes concerning grant aid of up to ¥1,130 million for the Project for Improvement of Sanitation in Savannakhet, Pakse and Luang Prabang.\n"

// "1.2 Period: ..." names no subject; it is the period of the project
// the item before defined, so its dates are that project's.
func TestFieldItemIsTheProjectBefore(t *testing.T) {
	ix := mustOpen(t, Source{Name: "notes.txt", Text: notesDoc})
	expectAnswers(t, ix, map[string]string{
		"when does issp finish": "June 2020",
		"when does issp start":  "July 2017",
	})
	p, err := ix.Project("ISSP")
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, d := range p.Dates {
		dates = append(dates, d.Text)
	}
	if !slices.Contains(dates, "June 2020") {
		t.Errorf("the period's end is not the project's: %q", dates)
	}
}

// A row of a plain text table that runs over two lines is one row: its
// sum is its town's, and the total set apart by a rule is still read.
func TestTableRowsRunOverLines(t *testing.T) {
	ix := mustOpen(t, Source{Name: "notes.txt", Text: notesDoc})
	rows := map[string]string{}
	for _, a := range ix.Amounts() {
		if a.Passage.IsTableRow() {
			rows[a.Text] = a.Passage.Text
		}
	}
	for sum, town := range map[string]string{"¥512 million": "Savannakhet", "¥377 million": "Pakse", "¥241 million": "Luang Prabang", "¥1,130 million": "Total"} {
		if row, ok := rows[sum]; !ok || !strings.HasPrefix(row, town) {
			t.Errorf("%s: row %q, want %s's", sum, row, town)
		}
	}
	if row := rows["¥512 million"]; !strings.Contains(row, "90 cubic metres per day") {
		t.Errorf("the row's second line is not joined to its cell: %q", row)
	}
}

// "How much goes to Pakse" is the sum of Pakse's row, not the whole
// grant of a sentence that names Pakse among the other towns; a
// follow-up asks the same of another town.
func TestPlaceRowOverTheWholeForSeveral(t *testing.T) {
	ix := mustOpen(t, Source{Name: "notes.txt", Text: notesDoc})
	expectAnswers(t, ix, map[string]string{
		"how much goes to pakse":         "¥377 million",
		"how much goes to luang prabang": "¥241 million",
		"how big is the grant":           "¥1,130 million",
	})
	if a := ix.AnswerFollowUp("how much goes to savannakhet?", "and pakse?"); !a.Found || a.Span != "¥377 million" {
		t.Errorf("and pakse? after savannakhet: got %q (found %v)", a.Span, a.Found)
	}
	// The kind of place goes with the name it follows.
	if got, want := ix.FollowUp("how much goes to luang prabang city?", "and pakse?"), "how much goes to pakse?"; got != want {
		t.Errorf("FollowUp = %q, want %q", got, want)
	}
	if a := ix.Answer("what does the pakse component involve"); !a.Found || !strings.Contains(a.Text, "Two pumping stations") {
		t.Errorf("what does the pakse component involve: got %q (found %v)", a.Text, a.Found)
	}
}

// Items under "Agencies of the following countries joined ..." each give
// a country and its own date: each joined then.
func TestListedMembersWithTheirOwnDates(t *testing.T) {
	ix := mustOpen(t, Source{Name: "notes.txt", Text: notesDoc})
	got := map[string]string{}
	for _, m := range ix.Memberships() {
		if m.Date != nil {
			got[m.Country] = m.Status + " " + m.Date.Text
		}
	}
	for c, want := range map[string]string{"Thailand": "joined 12 January 2014", "Myanmar": "joined 30 August 2016"} {
		if got[c] != want {
			t.Errorf("%s: %q, want %q", c, got[c], want)
		}
	}
	expectAnswers(t, ix, map[string]string{
		"when did thailand join the msa": "12 January 2014",
	})
}

// releaseDoc is an embassy's release whose section on a loan project
// gives its record as labelled bullets: the labels tell what each line
// is, and name no project of their own.
const releaseDoc = "# Embassy of Japan: grants signed in Leyte\n\n" +
	"## The link with the loan\n\n" +
	"The schools complement the Eastern Visayas Rural Roads Project (EVRRP), an ODA loan project of JICA.\n\n" +
	"- **Request:** The Government of the Philippines asked Japan in June 2019 to finance rural roads in Leyte.\n" +
	"- **Loan Agreement:** The Loan Agreement for ¥8.2 billion was signed in Manila on 4 May 2021.\n" +
	"- **Schedule:** Works began in March 2022, and the project is to be completed in FY2027.\n\n" +
	"## Road maintenance\n\nJICA also carries out the Project for Strengthening of Road Maintenance (ROMAST), which trains provincial engineers.\n"

// A bullet's label that is only an instrument ("Loan Agreement") is no
// project: the bullets are the loan project's, their sums and dates its
// own, and the timeline shows them by the project, not by the label.
func TestRecordLabelsNameNoProject(t *testing.T) {
	ix := mustOpen(t, Source{Name: "release.md", Text: releaseDoc})
	var names []string
	for _, p := range ix.Projects() {
		names = append(names, p.Name)
	}
	if slices.Contains(names, "Loan Agreement") {
		t.Errorf("the label Loan Agreement read as a project: %q", names)
	}
	p, err := ix.Project("EVRRP")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(p.Funding, func(f string) bool { return strings.Contains(f, "¥8.2 billion") }) {
		t.Errorf("the loan's sum is not the project's: %q", p.Funding)
	}
	dated := map[string]string{}
	for _, d := range ix.Timeline() {
		dated[d.Text] = d.Label
	}
	for _, when := range []string{"June 2019", "4 May 2021", "FY2027"} {
		if !strings.Contains(dated[when], "EVRRP") {
			t.Errorf("%s shown by %q, want the project", when, dated[when])
		}
	}
}

// A short form may take the first letters of its name's words, not only
// their initials: ROMAST is RO(ad) MA(intenance) ST(rengthening).
func TestShortFormOfWordsFirstLetters(t *testing.T) {
	ix := mustOpen(t, Source{Name: "release.md", Text: releaseDoc})
	expectAnswers(t, ix, map[string]string{
		"romast = ?": "Project for Strengthening of Road Maintenance",
	})
}
