package index

import "testing"

// Of the people who signed, the one who acted for the party asked: by the
// side a phrase after the name gives ("for the Japanese side"), by the
// country the role is of, by the body the role names, or as the one left
// when the others act for other parties. A person's office abroad ("the
// JICA Viet Nam Office") makes them no one's of that country.
func TestSignerOfTheSideAsked(t *testing.T) {
	ix := mustOpen(t, Source{Name: "signings.txt", Text: "Signings\n\nMay 2015\nCommittee\n\n" +
		"The loan agreement for the Delta Coastal Flood Protection Project (DCFP) was signed in Hanoi on 28 February 2014 by Mr. Noboru Kitazawa, Chief Representative of the JICA Viet Nam Office, for the Japanese side, and by Mr. Tran Van Hieu, Deputy Minister of Finance, for the Vietnamese side.\n\n" +
		"The Exchange of Notes for the Savannakhet Logistics Hub Project (SLHP) was signed in Vientiane on 9 October 2013 by Mr. Akihiro Fujinami, Ambassador of Japan to Laos, and Mr. Thongsavanh Keomany, Vice Minister of Foreign Affairs of Laos.\n\n" +
		"The Exchange of Notes for the Kampot Bridges Replacement Project (KBRP) was signed in Phnom Penh on 17 June 2014. The notes were signed by Mr. Yuji Kamimura, Ambassador of Japan to Cambodia, and Mr. Sok Vannarith, Secretary of State of the Ministry of Economy and Finance.\n\n" +
		"On 13 March 2019, the bank signed a loan agreement for the Can Tho Water Supply Project (CTWSP) with Can Tho Water Supply-Sewerage Joint Stock Company (CTW). The agreement was signed by Mr. Kenji Morimoto, Chief Representative of the Hanoi Office, and Mr. Tran Minh Duc, General Director of CTW.\n"})
	for q, want := range map[string]string{
		"who signed the dcfp loan for japan":             "Mr. Noboru Kitazawa",
		"who signed the dcfp loan for vietnam":           "Mr. Tran Van Hieu",
		"who signed SLHP on the lao side":                "Mr. Thongsavanh Keomany",
		"who signed the kbrp notes for cambodia":         "Mr. Sok Vannarith",
		"who signed the can tho loan on behalf of ctw":   "Mr. Tran Minh Duc",
		"who signed the exchange of notes for the kbrp?": "Mr. Yuji Kamimura",
	} {
		a := ix.Answer(q)
		if !a.Found || a.Span != want {
			t.Errorf("%q: got %q (found %v), want %q", q, a.Span, a.Found, want)
		}
	}
}

// "The Exchange of Notes for Cambodia was signed by Mr. A, Ambassador of
// Japan to Cambodia": the question's "for Cambodia" may be what the notes
// are for, when the sentence writes it so, and Mr. A signed them.
func TestSignedForWhatTheSentenceSays(t *testing.T) {
	ix := mustOpen(t, Source{Name: "notes.txt", Text: "Microcredit\n\nNovember 2015\nMinistry\n\n" +
		"A total of ¥1.8 billion was extended, of which ¥1.1 billion was for Cambodia. The Exchange of Notes for Cambodia was signed in Phnom Penh on 27 May 2015 by Mr. Hiroshi Kanda, Ambassador of Japan to Cambodia.\n"})
	if a := ix.Answer("who signed the exchange of notes for cambodia?"); a.Span != "Mr. Hiroshi Kanda" {
		t.Errorf("got %q, want Mr. Hiroshi Kanda", a.Span)
	}
}

// A company's short form may spell its name's first words and leave out
// the rest with its legal form.
func TestCompanyShortFormLeavesOutItsLegalForm(t *testing.T) {
	ix := mustOpen(t, Source{Name: "co.txt", Text: "Loans\n\nMarch 2019\nBank\n\n" +
		"The bank signed a loan agreement with Ca Na Power Joint Stock Company (CNP) and with Can Tho Water Supply-Sewerage Joint Stock Company (CTW).\n"})
	acr := acronymsOf(ix)
	for short, long := range map[string]string{"CNP": "Ca Na Power Joint Stock Company", "CTW": "Can Tho Water Supply-Sewerage Joint Stock Company"} {
		if acr[short] != long {
			t.Errorf("%s: got %q, want %q", short, acr[short], long)
		}
	}
}
