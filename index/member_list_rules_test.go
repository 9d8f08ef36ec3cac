package index

import (
	"slices"
	"testing"
)

// memberLines are the memberships the index holds, as "Country status
// date" lines.
func memberLines(ix *Index) []string {
	_, ms := ix.Members()
	var out []string
	for _, m := range ms {
		l := m.Country + " " + string(m.Status)
		if m.Date != nil {
			l += " " + m.Date.Text
		}
		out = append(out, l)
	}
	return out
}

// A membership list as a release gives it: founders under a label that
// dates them, a signatory whose ratification is still to come after a
// semicolon, and one whose "but it has not completed" has no "yet". A
// joining only foretold ("it will become a member upon deposit") is none,
// and a status with no subject of its own is not the country a sentence
// before named ("Singapore, which is not a member ... until that country
// becomes a full member").
func TestMemberListAsReleasesWriteIt(t *testing.T) {
	ix := mustOpen(t, Source{Name: "centre.txt", Text: "Energy Centre\n\nMarch 2019\nBank\n\n" +
		"(14) Only companies in full member countries of the Regional Energy Efficiency Centre (REEC) may borrow. Singapore, which is not a member of REEC, is not covered. Companies in a country that has signed REEC's Articles of Agreement but not yet completed membership, or that holds observer status, will not be eligible unless and until that country becomes a full member.\n\n" +
		"(18) REEC is an intergovernmental centre with its secretariat in Bangkok. It was established on 12 June 2014.\n\n" +
		"(19) Membership of REEC is as follows:\n\n" +
		"  - Founding members (12 June 2014): Thailand, Viet Nam, Malaysia and Indonesia\n" +
		"  - Cambodia: joined on 21 November 2016\n" +
		"  - Lao PDR: joined on 14 August 2017\n" +
		"  - Philippines: signed the Articles of Agreement on 9 October 2018; domestic ratification not yet completed, and it will become a member upon deposit of its instrument of ratification\n" +
		"  - Myanmar: observer since March 2015\n\n" +
		"(20) Brunei signed the instrument of accession on 6 April 2015, but it has not completed its domestic procedures.\n"})
	got := memberLines(ix)
	for _, want := range []string{
		"Thailand " + string(StatusFounding) + " 12 June 2014",
		"Indonesia " + string(StatusFounding) + " 12 June 2014",
		"Philippines " + string(StatusSigned) + " 9 October 2018",
		"Brunei " + string(StatusSigned) + " 6 April 2015",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q among %q", want, got)
		}
	}
	_, ms := ix.Members()
	for _, m := range ms {
		if m.Status == StatusJoined && (m.Country == "Singapore" || m.Country == "Philippines") {
			t.Errorf("%s joined, from %q", m.Country, m.Sentence)
		}
	}
}
