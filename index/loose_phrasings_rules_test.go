package index

import "testing"

// "Become part of" asks a joining and "sign off on" an approval, as the
// chat shorthand reads them.
func TestLoosePhrasingsOfJoiningAndApproving(t *testing.T) {
	ix := mustOpen(t, networkPaper(), Source{Name: "approval.txt", Text: paperHeader("Japan's Cooperation on Port Safety", "June 2013") +
		"Overview: Japan supports port safety in ASEAN.\n\n" +
		"1. Port Safety Fund\n\n" +
		"(1) The Port Safety Training Project (PSTP) was proposed by the Fund Committee secretariat on 2 February 2012 and launched on 1 October 2012; the Fund Committee approved US$2.2 million for it on 14 May 2012.\n"})
	expectAnswers(t, ix, map[string]string{
		"when did cambodia become part of the delta gauge network?": "2 March 2014",
		"when did the fund committee sign off on the pstp money?":   "14 May 2012",
	})
}

// "How many schools does the project cover" is answered by the schools
// it "serves".
func TestCoverAsksWhatIsServed(t *testing.T) {
	ix := mustOpen(t, Source{Name: "milk.txt", Text: paperHeader("Japan's Cooperation on School Milk", "May 2008") +
		"Overview: Japan supports school milk in Laos.\n\n" +
		"1. School Milk\n\n" +
		"(1) The Lao School Milk Project (LSMP) began in 2006. The project now serves about 21,000 pupils in 140 primary schools.\n"})
	expectAnswers(t, ix, map[string]string{"how many schools does lsmp cover": "140"})
}

// "The last meeting" is the one the documents call "final"; without the
// word matched, a meeting still to be dated beside it refuses the
// question.
func TestLastAsksTheFinalOne(t *testing.T) {
	ix := mustOpen(t, Source{Name: "jcc.txt", Text: paperHeader("Japan's Cooperation on Rubber Smallholders", "May 2019") +
		"Overview: Japan supports rubber smallholders in Cambodia.\n\n" +
		"1. Rubber Smallholder Project\n\n" +
		"(1) The Rubber Smallholder Project (RSP) ran from 2014 to 2018. Its Joint Coordinating Committee (JCC) met four times; its final meeting was held in Phnom Penh on 11 December 2018.\n\n" +
		"2. Rubber Network\n\n" +
		"(1) The third ministerial meeting of the Mekong Rubber Network was held online on 19 October 2017. The fourth is planned to take place in Hanoi, but its date has not been fixed.\n"})
	expectAnswers(t, ix, map[string]string{"date of the last jcc meeting": "11 December 2018"})
}

// Chat verbs and short words a question may use for the document's own:
// "chip in" contributes, "wrap up" finishes, "left out of" is excluded
// from, "rehab" is rehabilitation, "rebuild" reconstructs, "replace"
// renews.
func TestChatWordsForTheDocumentsOwn(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mines.txt", Text: paperHeader("Japan's Cooperation on Mine Action", "March 2009") +
		"Overview: Japan supports mine action in Cambodia and Laos.\n\n" +
		"1. Rehabilitation\n\n" +
		"(1) On 2 May 2007 the Government of Laos requested Japan to reconstruct the Nam Ngum footbridge. On 5 June 2007 the Government of Laos requested Japan to inspect the footbridge. On 9 June 2007 the Government of Cambodia requested Japan to renew the equipment of its demining authority.\n\n" +
		"(2) Demining equipment supplied\nThe first consignment was handed over to Cambodia at a ceremony in Takeo on 15 November 2007.\n\n" +
		"(3) Japan provided grant aid of ¥310 million for the Kampot Rehabilitation Centre. The villages received 12 million riel in wages, and the province and the villages contribute 96 million riel to the centre.\n\n" +
		"(4) The Mine Education Project (MEP) runs until March 2011. Thailand and Myanmar are excluded from MEP.\n"})
	expectAnswers(t, ix, map[string]string{
		"how much are the villages chipping in":                               "96 million riel",
		"when does MEP wrap up":                                               "March 2011",
		"which countries are left out of MEP":                                 "Thailand, Myanmar",
		"grant for the kampot rehab centre":                                   "¥310 million",
		"when did laos ask japan to rebuild the footbridge":                   "2 May 2007",
		"when did cambodia first ask japan to replace its demining equipment": "9 June 2007",
	})
}

// "Yearly" is the documents' "annual".
func TestYearlyAsksTheAnnual(t *testing.T) {
	ix := mustOpen(t, Source{Name: "dues.md", Text: paperHeader("Teacher Network Fixture", "March 2014") + "1. Network\n\nThe Mekong Teacher Educators Network (MTEN) was founded in 2008. Each full member pays an annual contribution of US$12,000, and Japan has supported the network's workshops with USD 420,000 for 2012–2014.\n"})
	expectAnswers(t, ix, map[string]string{"mten yearly membership fee per country?": "US$12,000"})
}

// "Who led the team" is answered by the team's "Team leader".
func TestLedAsksTheLeader(t *testing.T) {
	ix := mustOpen(t, Source{Name: "team.md", Text: "# Summary of Terminal Evaluation\n\n## 2. Evaluation team\n\nThe terminal evaluation was conducted from 10 February to 1 March 2014. The Japanese members were as follows.\n\n| Name | Title | Organisation |\n|---|---|---|\n| Mr. Kenta Arai | Team leader | Director, Basic Education Division, JICA |\n| Mr. Taku Ono | Evaluation planning | Basic Education Division, JICA |\n"})
	expectAnswers(t, ix, map[string]string{"who led the japanese evaluation team": "Mr. Kenta Arai"})
}
