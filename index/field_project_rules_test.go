package index

import (
	"slices"
	"strings"
	"testing"
)

// exAnteDoc is an ex-ante evaluation sheet: its title names no project;
// its first section names the one it evaluates in a "Project:" field,
// and the sections after speak of "the project" or give its figures
// as labelled lines, after a section on other, earlier projects whose
// sub-headings are topics, not projects.
const exAnteDoc = "Ex-Ante Evaluation (for Japanese ODA Loan)\n\n" +
	"Southeast Asia Division 3\nJapan International Cooperation Agency (JICA)\n\n" +
	"1. Name of the Project\n\n" +
	"Country: Socialist Republic of Viet Nam\n" +
	"Project: Can Tho Urban Drainage Improvement Project (CTUDI)\n" +
	"Loan Agreement: 12 March 2020\n" +
	"Loan Amount: 9,120 million yen\n" +
	"Borrower: The Government of Viet Nam\n\n" +
	"2. Background and Necessity of the Project\n\n" +
	"(1) Japan's Past Cooperation in the Sector\n\n" +
	"Under the Project for Flood Control in Can Tho (PFCC), a grant aid of JPY 1,200 million, two sluice gates were built in 2015.\n\n" +
	"(2) Development Policy of Viet Nam and Priority of the Project\n\n" +
	"The city's master plan places drainage works first, and the PFCC gates serve the same districts.\n\n" +
	"3. Project Description\n\n" +
	"(1) Project Objective\n\n" +
	"The objective of the project is to reduce flooding in central Can Tho by building drainage channels and pumping stations.\n\n" +
	"(2) Estimated Project Cost\n\n" +
	"Total project cost: 11,400 million yen\n" +
	"- Japanese ODA loan: 9,120 million yen\n" +
	"- Counterpart fund: 2,280 million yen\n\n" +
	"(3) Schedule\n\n" +
	"The project will be completed in December 2026.\n\n" +
	"(4) Project Implementation Structure\n\n" +
	"1) Borrower: The Government of Viet Nam\n" +
	"2) Executing Agency: Can Tho City People's Committee (CTPC)\n" +
	"3) Operation and Maintenance: the Department of Construction will operate and maintain the facilities. The annual operation and maintenance cost is estimated at USD 0.6 million from 2027. Mr. Tran Van Hai, Chairman of CTPC, confirmed in a letter dated 4 May 2019 that this amount will be allocated from the CTPC budget.\n"

// A section about the project itself ("3. Project Description") is the
// document's project's, the first it names when its title names none:
// the topic sub-headings of the section before ("(1) Japan's Past
// Cooperation in the Sector") name no project that would come first.
func TestProjectSectionAfterTopicSubheadings(t *testing.T) {
	ix := mustOpen(t, Source{Name: "exante.txt", Text: exAnteDoc})
	expectAnswers(t, ix, map[string]string{
		"how much is the ctudi loan":   "9,120 million yen",
		"total project cost of ctudi":  "11,400 million yen",
		"when will ctudi be completed": "December 2026",
	})
	p, err := ix.Project("CTUDI")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(p.Funding, func(f string) bool { return strings.Contains(f, "11,400 million yen") }) {
		t.Errorf("CTUDI's funding %q lacks its total cost", p.Funding)
	}
}

// A sub-heading that ends in "the Project", or that names whose
// cooperation it tells of, is a topic of the section, not a project.
func TestTopicSubheadingsAreNoProjects(t *testing.T) {
	ix := mustOpen(t, Source{Name: "exante.txt", Text: exAnteDoc})
	for _, p := range ix.Projects() {
		if strings.Contains(p.Name, "Past Cooperation") || strings.Contains(p.Name, "Priority of the Project") {
			t.Errorf("project %q", p.Name)
		}
	}
}

// "Japanese ODA loan: 9,120 million yen": the country whose adjective
// owns the loan gives it; it is no beneficiary of the project it pays for.
func TestOwnerOfALoanIsNoBeneficiary(t *testing.T) {
	ix := mustOpen(t, Source{Name: "exante.txt", Text: exAnteDoc})
	p, err := ix.Project("CTUDI")
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(p.Beneficiaries, "Japan") {
		t.Errorf("CTUDI's beneficiaries %q hold Japan, the lender", p.Beneficiaries)
	}
	if !slices.Contains(p.Partners, "Japan") {
		t.Errorf("CTUDI's partners %q lack Japan, the lender", p.Partners)
	}
}
