package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Members listed after a lead-in that states their status, members written
// as institutions with their country in brackets, a committee whose
// section title names it, and "members since" a body's establishment.
func TestMembersFromListsAndInstitutions(t *testing.T) {
	text := "Outline of the Fund\n\nSeptember 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Background\n\nThe Japan Integration Fund (JIF) was established in Jakarta on 28 March 2006.\n\n" +
		"2. The Management Committee (JMC)\n\nThe JMC decides on the use of the Fund.\n\n" +
		"Four member states sit on the Committee:\n" +
		"  • - Cambodia, which joined on May 15, 2006\n" +
		"  • - Indonesia and Vietnam, members since the establishment of the JIF on 28 March 2006\n\n" +
		"3. Regional University Network: Mekong Teachers University Network (MTUN)\n\n" +
		"MTUN was established in Bangkok on 15 January 2003. Its secretariat is hosted by the Siam Normal Institute. " +
		"The following founding members joined on 15 January 2003:\n\n" +
		"  • - Royal University of Phnom Penh (Cambodia)\n" +
		"  • - National University of Laos (Laos)\n\n" +
		"The Yangon Institute of Education (Myanmar) joined on August 2, 2004. Yunnan University (China) takes part as an observer.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-outline.txt", Text: text})
	jmc, mtun := "Management Committee (JMC)", "Mekong Teachers University Network (MTUN)"
	want := []membershipRow{
		{"Cambodia", jmc, StatusJoined, "May 15, 2006"},
		{"Indonesia", jmc, StatusMember, "28 March 2006"},
		{"Vietnam", jmc, StatusMember, "28 March 2006"},
		{"Cambodia", mtun, StatusFounding, "15 January 2003"},
		{"Laos", mtun, StatusFounding, "15 January 2003"},
		{"Myanmar", mtun, StatusJoined, "August 2, 2004"},
		{"China", mtun, StatusObserver, ""},
	}
	if d := cmp.Diff(want, membershipRows(ix)); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
}

// A lead-in that names its own subject, or a body whose partners it
// lists, says nothing of the items' membership.
func TestLeadInNamingItsSubjectListsNoMembers(t *testing.T) {
	text := "Paper\n\nMay 2005\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Mekong Forum (MF)\n\nThe MF meets every year.\n\n" +
		"Viet Nam joined the Forum in 2005 with the following partners:\n\n" +
		"  • - Hanoi University of Science (Thailand)\n" +
		"  • - Mandalay University (Myanmar)\n\n" +
		"JICA's following partners joined in 2006:\n\n" +
		"  • - Chiang Mai University (Thailand)\n"
	ix := mustOpen(t, Source{Name: "mofa-2005-05-paper.txt", Text: text})
	want := []membershipRow{{"Vietnam", "Mekong Forum (MF)", StatusJoined, "2005"}}
	if d := cmp.Diff(want, membershipRows(ix)); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
}

// "Member or just observer?" asks which status: one who joined is a
// member. "Status on the JMC" asks a status as "status in" does. "The
// Centre is headed by" names the head of the Centre its section is about.
func TestStatusChoiceAndTheBodysHead(t *testing.T) {
	text := "Outline\n\nSeptember 2006\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Management Committee (JMC)\n\nThe Philippines joined the JMC on 3 July 2006. Myanmar attends the meetings of the Committee as an observer.\n\n" +
		"2. Mekong Training Centre (MTC), Bangkok\n\nThe MTC was opened in Bangkok on 2 October 2001. The Centre is headed by Ms. Pranee Wongsakul.\n"
	ix := mustOpen(t, Source{Name: "mofa-2006-09-outline.txt", Text: text})
	expectAnswers(t, ix, map[string]string{
		"is the philippines a member of the committee or just observer?": "member",
		"what is myanmar's status on the JMC":                            "observer",
		"who is the head of the MTC":                                     "Ms. Pranee Wongsakul",
	})
	if a := ix.Answer("is the philippines a member of the JMC?"); a.Span != "yes" {
		t.Errorf("a yes-or-no membership question answered %q", a.Text)
	}
	expectRefused(t, ix, "who is the head of the JMC")
}

// ", with its secretariat at the Faculty of Education, Khon Kaen
// University" places a body's office: the university is not what was
// founded. "Encourage Malaysia to complete its accession to MTEN" is
// Malaysia's accession to MTEN, not to the project the clause before
// named, and the date of that clause ("after a mission in May 2004, and")
// is not Malaysia's.
func TestStatusAfterAnAbsolutePhraseAndAnAccessionTo(t *testing.T) {
	text := "Japan's Cooperation on Education\n\nFebruary 2004\nMinistry of Foreign Affairs Japan\n\n" +
		"1. Teacher Network\n\nThe Mekong Teacher Education Network (MTEN) links teacher training institutions. " +
		"It was founded by Cambodia, Laos, Thailand and Vietnam at a meeting in Khon Kaen on 5 December 2001, " +
		"with its secretariat at the Faculty of Education, Khon Kaen University.\n\n" +
		"2. Future Direction\n\nJapan will decide on the second phase of the Primary Teacher Upgrading Project (PTUP) " +
		"after an evaluation mission in May 2004, and will encourage Malaysia to complete its accession to MTEN.\n"
	ix := mustOpen(t, Source{Name: "mofa-2004-02-education.txt", Text: text})
	mten := "Mekong Teacher Education Network (MTEN)"
	want := []membershipRow{
		{"Cambodia", mten, StatusFounding, "5 December 2001"},
		{"Laos", mten, StatusFounding, "5 December 2001"},
		{"Thailand", mten, StatusFounding, "5 December 2001"},
		{"Vietnam", mten, StatusFounding, "5 December 2001"},
		{"Malaysia", mten, StatusIntends, ""},
	}
	if d := cmp.Diff(want, membershipRows(ix)); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
}

// "X was established on D, when the railway authorities of A, B and C
// signed its Memorandum of Understanding": its signatories founded it.
// "Singapore's Land Transport Authority has taken part as an observer":
// a body of the state stands for its country. A country that signs its
// own memorandum with someone founds nothing.
func TestFoundersWhoSignedItsInstrumentAndAStateBody(t *testing.T) {
	text := "Japan's Cooperation on Rail\n\nApril 2013\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Network\n\nThe Southeast Asian Railway Training Network (SARTN) was established on 5 October 2010, " +
		"when the railway authorities of Indonesia, Malaysia and Thailand signed its Memorandum of Understanding in Kuala Lumpur. " +
		"The Philippines joined on 19 May 2011.\n\n" +
		"Singapore's Land Transport Authority has taken part as an observer since June 2011.\n\n" +
		"2. Bilateral\n\nThe Jakarta Railway Academy opened in 2012. Vietnam signed its Memorandum of Understanding with JICA in 2013.\n"
	ix := mustOpen(t, Source{Name: "mofa-2013-04-rail.txt", Text: text})
	sartn := "Southeast Asian Railway Training Network (SARTN)"
	want := []membershipRow{
		{"Indonesia", sartn, StatusFounding, "5 October 2010"},
		{"Malaysia", sartn, StatusFounding, "5 October 2010"},
		{"Thailand", sartn, StatusFounding, "5 October 2010"},
		{"Philippines", sartn, StatusJoined, "19 May 2011"},
		{"Singapore", sartn, StatusObserver, "June 2011"},
	}
	if d := cmp.Diff(want, membershipRows(ix)); d != "" {
		t.Errorf("memberships (-want +got):\n%s", d)
	}
}

// "What's the IAEA's status in SANReF": an organisation's status, which
// membership facts (countries') do not hold, from the sentence where it
// follows the organisation, in a passage that names the body; the body
// is the one after "status in".
func TestAnOrganisationsStatusInABody(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2016-02-nuclear.txt", Text: paperHeader("Nuclear Safety", "February 2016") + `1. Regulators' Forum

The Southeast Asian Nuclear Regulators' Forum (SANReF) was founded in Jakarta on 3 March 2011. The International Atomic Energy Agency (IAEA) has attended SANReF as an observer since its foundation, and Japan's Nuclear Regulation Authority (NRA) takes part as a dialogue partner.
`})
	for q, want := range map[string]string{
		"what's the iaea's status in sanref": "observer",
		"what is the nra's status in sanref": "dialogue partner",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%q: found %v span %q, want %q", q, a.Found, a.Span, want)
		}
	}
}
