package index

import "testing"

// packagingPaper has a country asked to share its practice, a project
// that "operates in" two countries, a country urged to ratify, and an
// Exchange of Notes a chat question calls an "EoN".
func packagingPaper() Source {
	return Source{Name: "packaging.md", Text: `# Japan's Cooperation with ASEAN on Produce Packaging

May 2023

Ministry of Foreign Affairs of Japan

## 1. Packaging Standards

(1) Fresh Produce Packaging Standards Project

In 2020 the Government of Thailand asked Japan to share Japanese grading and packaging practice so that Thai produce could meet the demands of supermarkets. The Fresh Produce Packaging Standards Project (FPPS), which started in FY2021, aims to cut bruising in transport. It also helps agencies draft national packaging standards for 12 fruits. FPPS operates in Thailand and Vietnam, and its budget is JPY 460 million over three years. Nine Japanese experts, three from the ministry and six from Japanese packaging manufacturers, have worked with farmer groups in 42 pilot villages.

## 2. Cold Stores

The Asian Development Bank lent US$20 million to Cambodia for market roads in 2019. Notes were exchanged in Phnom Penh on March 15, 2021 for grant aid of ¥1.7 billion to Cambodia for the Battambang cold store. The Government of Cambodia provides the land and KHR 6.4 billion for the power connection at Battambang. At Cagayan de Oro, the city government is spending PHP 310 million on the market building. Japan plans grant aid of ¥780 million for refrigeration equipment there. The ministers encouraged Laos, which has signed but has not yet ratified the agreement, to complete its procedures.
`}
}

// The country asked to share its practice gives help, and is not where
// the project works; the project's own sentence, "FPPS operates in
// Thailand and Vietnam", says where, though the question asks with a
// stranded "in". A country urged to ratify does the act itself.
func TestAskedHelperIsNotWhereAProjectWorks(t *testing.T) {
	ix := mustOpen(t, packagingPaper())
	expectAnswers(t, ix, map[string]string{
		"which countries is FPPS in":                             "Thailand, Vietnam",
		"which country signed the agreement but hasnt ratified":  "Laos",
		"cambodia EoN amount?":                                   "¥1.7 billion",
		"which countries are involved in the packaging practice": "Thailand",
	})
}

// The words of the noun a part leaves out are its whole's: "how many
// Japanese experts" asks the nine, not the six "from Japanese packaging
// manufacturers", which a question asks by the words after it.
func TestPartsNounWordsAreTheWholes(t *testing.T) {
	ix := mustOpen(t, packagingPaper())
	expectAnswers(t, ix, map[string]string{
		"how many japanese experts work on FPPS":                      "Nine",
		"how many experts came from japanese packaging manufacturers": "six",
	})
}

// "Cagayan de Oro" is one place, small word and all, which "there" in the
// sentence after it carries on.
func TestPlaceNameWithSmallWord(t *testing.T) {
	ix := mustOpen(t, packagingPaper())
	expectAnswers(t, ix, map[string]string{
		"planned grant for the refrigeration equipment at cagayan de oro": "¥780 million",
	})
}
