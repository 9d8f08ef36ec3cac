package index

import "testing"

// minutesDoc is a signed record of discussions: a signing sentence with
// no subject, then a line per party over the name and title of the one
// who signed for it, with no comma between them, and a witness; before
// it, an exchange of notes signed elsewhere.
const minutesDoc = "RECORD OF DISCUSSIONS\nON\nTHE PROJECT FOR MANGROVE RESTORATION IN THE MEKONG DELTA\n\nCan Tho, 12 May 2019\n\n" +
	"1. The Team held discussions with the Ministry of Agriculture and Rural Development (MARD) on the Project. Assoc. Prof. Dr. Le Van Minh, Director General of Forestry, chairs the Joint Coordinating Committee.\n\n" +
	"2. The Exchange of Notes for the earlier nursery grant was signed in Hanoi on 4 March 2016.\n\n" +
	"3. This Record of Discussions shall enter into force on the date of its signature.\n\n" +
	"Signed in Can Tho on 12 May 2019 in two originals in the English language.\n\n" +
	"For the Japan International Cooperation Agency:\n_____________________\nMr. Taro Kimura\nChief Representative, JICA Viet Nam Office\n\n" +
	"For the Ministry of Agriculture and Rural Development of the Socialist Republic of Viet Nam:\n_____________________\nAssoc. Prof. Dr. Le Van Minh\nDirector General of Forestry\n\n" +
	"Witnessed by:\n_____________________\nMr. Ken Sato\nLeader, Detailed Planning Survey Team, JICA\n\n" +
	"ANNEX. LIST OF ATTENDEES\n\n" +
	"For the Government of the Lao People's Democratic Republic:\n_____________________\nMr. Somsak Vongsa\nCounsellor, Embassy of the Lao PDR\n"

// memoDoc gives each party's line and its signatory in one paragraph.
const memoDoc = "# Memorandum of Cooperation in the Field of Health\n\n## Signature\n\n" +
	"The earlier Memorandum on Nursing Education was signed in Tokyo on 1 April 2014.\n\n" +
	"Signed in duplicate at Phnom Penh on 3 June 2017, in the English language.\n\n" +
	"**For the Ministry of Health, Labour and Welfare of Japan**\nMr. Jiro Ueda\nSenior Vice-Minister of Health, Labour and Welfare\n\n" +
	"**For the Ministry of Health of the Kingdom of Cambodia**\nH.E. Prof. Sok Dara\nMinister of Health\n"

// A signature block says who signed for each party by its layout, and its
// sentence with no subject says when and where the document itself was
// signed.
func TestSignatureBlock(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rd.txt", Text: minutesDoc})
	expectAnswers(t, ix, map[string]string{
		"who signed for jica":                        "Mr. Taro Kimura",
		"who signed on behalf of mard?":              "Assoc. Prof. Dr. Le Van Minh",
		"when was the r/d signed":                    "12 May 2019",
		"where was the record of discussions signed": "Can Tho",
	})
	if a := ix.AnswerFollowUp("who signed for jica", "and for vietnam?"); !a.Found || a.Span != "Assoc. Prof. Dr. Le Van Minh" {
		t.Errorf("and for vietnam? after who signed for jica: got %q (found %v)", a.Span, a.Found)
	}
	expectAnswers(t, ix, map[string]string{
		"who chairs the joint coordinating committee": "Assoc. Prof. Dr. Le Van Minh",
	})
	// Those listed after the block signed nothing.
	expectRefused(t, ix, "who signed for laos")
	// The witness signed for no party.
	if a := ix.Answer("who signed for jica"); a.Span == "Mr. Ken Sato" {
		t.Errorf("the witness answered who signed for JICA")
	}
	memo := mustOpen(t, Source{Name: "moc.md", Text: memoDoc})
	expectAnswers(t, memo, map[string]string{
		"who signed for the japanese side": "Mr. Jiro Ueda",
		"who signed for cambodia":          "H.E. Prof. Sok Dara",
		"whn was the MoC signed":           "3 June 2017",
	})
}

// "Mr. Taro Kimura Chief Representative, ..." on a line of its own: the
// role's capitals are not the name's.
func TestNameEndsWhereTheRoleBegins(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rd.txt", Text: minutesDoc})
	found := map[string]bool{}
	for _, p := range ix.x.people {
		found[p.Titled()] = true
	}
	for _, want := range []string{"Mr. Taro Kimura", "Assoc. Prof. Dr. Le Van Minh", "Mr. Ken Sato"} {
		if !found[want] {
			t.Errorf("person %q not read; read %v", want, found)
		}
	}
}

// "For the RGC", the Royal Government of Cambodia, is the Cambodian side;
// the Ambassador of Japan to Cambodia signs for Japan.
func TestGovernmentByShortFormIsItsCountrysSide(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.txt", Text: "Chapter 6. Japan\n\nSeptember 2019\n\n" +
		"6.1 The Royal Government of Cambodia (RGC) welcomes Japan's support.\n\n" +
		"6.2 The Exchange of Notes for the Kratie Bridges Project (KBP) was signed in Phnom Penh on 2 March 2016 by H.E. Chan Sophal, Secretary of State, Ministry of Foreign Affairs, for the RGC, and by H.E. Mr. Jun Ito, then Ambassador of Japan to Cambodia, for the Government of Japan.\n"})
	expectAnswers(t, ix, map[string]string{
		"who signed the kbp exchange of notes on the cambodian side": "H.E. Chan Sophal",
		"who signed the kbp exchange of notes for japan":             "H.E. Mr. Jun Ito",
	})
}

// "Chief Advisor / Water Supply Management: Mr. Koji Hamada": the label's
// role, before the field its slash sets off, is the person's.
func TestRoleLabelWithItsField(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rd.txt", Text: "Record of Discussions\n\nMay 2019\n\nANNEX II. EXPERTS\n\nLong-term experts: 2\n" +
		"- Chief Advisor / Water Supply Management: Mr. Koji Hamada (based in Kratie)\n" +
		"- Coordinator / Training: Ms. Aya Mori (based in Phnom Penh)\n"})
	expectAnswers(t, ix, map[string]string{
		"who is the chief advisor": "Mr. Koji Hamada",
	})
}

// A list of people far after a signing sentence is no signature block of
// it: those listed signed nothing.
func TestNoBlockFarFromTheSigning(t *testing.T) {
	ix := mustOpen(t, Source{Name: "minutes.txt", Text: "Minutes of the Second JCC Meeting\n\nVientiane, 4 June 2019\n\n" +
		"Signed in Vientiane on 4 June 2019 by the co-chairs.\n\n" +
		"1. The meeting reviewed the progress of the Project.\n\n" +
		"2. The meeting agreed on the work plan for FY2019.\n\n" +
		"3. The meeting noted the delay in procurement.\n\n" +
		"4. The next meeting will be held in December 2019.\n\n" +
		"ANNEX. LIST OF ATTENDEES\n\n" +
		"For the Government of Japan:\n_____________________\nMr. Akira Sato\nFirst Secretary, Embassy of Japan\n"})
	if a := ix.Answer("who signed for japan"); a.Span == "Mr. Akira Sato" {
		t.Errorf("an attendee far after the signing answered who signed for Japan: %q", a.Text)
	}
}
