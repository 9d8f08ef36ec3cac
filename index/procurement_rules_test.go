package index

import (
	"slices"
	"strings"
	"testing"
)

// procurementPaper has a name whose short form spells a one-letter prefix
// alone ("e-Procurement"), sub-headings that only name countries, a
// paragraph that goes on about a project by its short form and gives its
// cost with no name, a sum that is a difference, and a fund that the
// text reads as a project.
func procurementPaper() Source {
	return Source{Name: "procurement.md", Text: `# Japan's Cooperation with ASEAN on Public Procurement

December 2012

Ministry of Foreign Affairs of Japan

Overview: Since FY2008 Japan has supported the Procurement Reform Programme (PRP) in four countries. Between FY2008 and FY2012 Japan's contribution to this field was about ¥14.6 billion. Of this amount, the two ODA loans for electronic procurement account for ¥9.8 billion.

## 1. Electronic Procurement

(1) Vietnam and Laos

Japan responded with the Public e-Procurement Development Project (PEDP), for which a Loan Agreement for an ODA loan of ¥6.3 billion was signed in Hanoi on 29 March 2011.

(2) Indonesia and the Philippines

In the Philippines, JICA has implemented the Procurement Transparency Support Project (PTSP) since FY2011. Its ODA loan of ¥3.5 billion was signed in Jakarta on June 16, 2010.

## 2. Asset Declarations

At the request of the commission, JICA launched the Asset Declaration Verification Project (ADVP) on 1 July 2010. ADVP aims to help the commission check declarations against land and company registries. Japan's contribution is ¥540 million over three years. Since 2009 the World Bank has committed about ¥90 million.

## 3. Regional Fund

Most projects support the Regional Integrity Programme (RIP), which concentrates on the newer members. The contribution is ¥250 million lower than in FY2010.

The Asian Integrity Fund for Poverty Reduction (AIFPR) finances the audit project. Of its total cost of US$3.8 million, the AIFPR provides US$3.0 million.
`}
}

func TestOneLetterPrefixSpellsItsCompound(t *testing.T) {
	ix := mustOpen(t, procurementPaper())
	if got := acronymsOf(ix)["PEDP"]; got != "Public e-Procurement Development Project" {
		t.Errorf("PEDP stands for %q", got)
	}
	expectAnswers(t, ix, map[string]string{"PEDP = ?": "Public e-Procurement Development Project"})
	if names := projectNames(ix.Projects()); !slices.Contains(names, "Public e-Procurement Development Project (PEDP)") {
		t.Errorf("projects %q lack PEDP", names)
	}
}

// A sub-heading that only names countries heads the work in them; it is
// no project, and the sums under it are for no list of countries.
func TestCountryListHeadingIsNoProject(t *testing.T) {
	ix := mustOpen(t, procurementPaper())
	for _, name := range projectNames(ix.Projects()) {
		if strings.HasPrefix(name, "Vietnam and Laos") || strings.HasPrefix(name, "Indonesia and the Philippines") {
			t.Errorf("project %q", name)
		}
	}
	if am := amountNamed(ix, "¥3.5 billion"); am == nil || strings.Contains(am.Describe(), "for Indonesia and the Philippines") {
		t.Errorf("¥3.5 billion: %v", am)
	}
}

// "ADVP aims to ..." goes on about the project its short form names, and
// "Japan's contribution is ¥540 million" is that project's cost.
func TestShortFormSentenceCarriesTheProjectToItsCost(t *testing.T) {
	ix := mustOpen(t, procurementPaper())
	am := amountNamed(ix, "¥540 million")
	if am == nil || !strings.Contains(am.Describe(), "ADVP") {
		t.Fatalf("¥540 million: %v", am)
	}
	for _, p := range ix.Projects() {
		if strings.HasPrefix(p.Name, "Asset Declaration") && !slices.ContainsFunc(p.Sentences, func(e Excerpt) bool {
			return strings.HasPrefix(e.Passage.Text[e.Span.Start:], "ADVP aims")
		}) {
			t.Errorf("ADVP's sentences lack its aim")
		}
	}
}

// A difference ("¥250 million lower than") is no project's cost, nor is a
// sum a fund pays when the fund itself is read as the project, nor one
// whose sentence does not call it a share or cost, nor an overview's.
func TestDifferenceAndFundSumsAreNoProjectsCost(t *testing.T) {
	ix := mustOpen(t, procurementPaper())
	for _, sum := range []string{"¥250 million", "US$3.8 million", "US$3.0 million", "¥90 million", "¥14.6 billion"} {
		if am := amountNamed(ix, sum); am == nil || am.Project != nil {
			t.Errorf("%s: %v", sum, am)
		}
	}
}

// "Of this amount, the two ODA loans ... account for ¥9.8 billion" is a
// part of the total before it, which "how much of the total" asks,
// though each loan has a sum of its own.
func TestPartOfTheTotalBefore(t *testing.T) {
	ix := mustOpen(t, procurementPaper())
	expectAnswers(t, ix, map[string]string{"how much of the total was ODA loans for e-procurement?": "¥9.8 billion"})
}
