package index

import (
	"strings"
	"testing"
)

// seedBankPaper is in the ministry's markdown layout: a network's lead
// paragraph opens with its name, and the list under it gives its members
// by label ("Founding members: ...") and in sentences that name no body.
func seedBankPaper() Source {
	return Source{Name: "seedbanks.md", Text: "# Japan's Cooperation on Crop Seed Banks\n\nMay 2015\n\n" +
		"## 2. The Regional Seed Bank Network\n\n" +
		"### (1) Origins and members\n\n" +
		"The Regional Seed Bank Network (RSBN) was set up on 3 March 2010 at a meeting of gene bank curators in Los Baños. It aims to keep duplicate samples of rice and maize varieties.\n\n" +
		"- Founding members: Indonesia, Cambodia and the Philippines.\n" +
		"- Later members: Laos joined on 9 May 2011, and Myanmar joined on 14 June 2013.\n" +
		"- Vietnam has taken part as an observer since April 2012.\n" +
		"- Thailand signed a letter of accession on 2 February 2015 but has not yet completed its domestic procedures.\n\n" +
		"Each member pays an annual fee of US$8,000. The Government of Indonesia also gives 3 billion rupiah a year for the secretariat.\n"}
}

// A list's items that name no body are about the one its lead paragraph
// opens with: the founders after a label, the countries that "joined",
// the observer and the signatory.
func TestListItemsAreAboutTheBodyTheLeadOpensWith(t *testing.T) {
	ix := mustOpen(t, seedBankPaper())
	for _, m := range []struct{ country, status string }{
		{"Indonesia", StatusFounding}, {"Cambodia", StatusFounding}, {"Philippines", StatusFounding},
		{"Laos", StatusJoined}, {"Myanmar", StatusJoined}, {"Vietnam", StatusObserver}, {"Thailand", StatusSigned},
	} {
		if !memberOf(ix, m.country, m.status, "RSBN") {
			t.Errorf("%s is not %s of the RSBN: %q", m.country, m.status, membershipLines(ix))
		}
	}
}

// Under a heading about membership, a passage that names only another
// kind of body ("the Government of Indonesia") is still about the body
// the section's first passage defines.
func TestAMembershipSectionIsAboutTheBodyItOpensWith(t *testing.T) {
	ix := mustOpen(t, seedBankPaper())
	expectAnswers(t, ix, map[string]string{"how much does each member pay the rsbn per year?": "US$8,000"})
}

// "Each member pays an annual fee of US$8,000" under the list of the
// RSBN's members is paid to the RSBN.
func TestAMembersFeeIsPaidToTheBodyWhoseMembersWereListed(t *testing.T) {
	ix := mustOpen(t, seedBankPaper())
	am := amountNamed(ix, "US$8,000")
	if am == nil {
		t.Fatal("no US$8,000")
	}
	if !strings.Contains(am.Recipient, "RSBN") {
		t.Errorf("US$8,000 goes to %q, want the RSBN", am.Recipient)
	}
	if am := amountNamed(ix, "3 billion rupiah"); am == nil || strings.Contains(am.Recipient, "RSBN") {
		t.Errorf("3 billion rupiah, which Indonesia gives: %+v", am)
	}
}
