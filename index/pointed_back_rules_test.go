package index

import "testing"

// "Japan has budgeted ¥390 million for this component" after a sentence
// on the Lao PDR's request is a sum for the Lao PDR; without the pointing
// back, the sentence names no country of the one before. "Dev" is typed
// for "development".
func TestSumsPointingBackAtTheSentenceBefore(t *testing.T) {
	back := "The Lao PDR requested Japan to support the preparation of its 2015 Population and Housing Census. Japan has budgeted ¥390 million for this component; however, no funds have been disbursed."
	apart := "The Lao PDR requested Japan to support the preparation of its 2015 Population and Housing Census. Japan has budgeted ¥390 million for census software; however, no funds have been disbursed."
	cost := "4. ASEAN Statistical Data Exchange Platform (ASDEP)\n\nThe platform is a web-based system through which statistical offices will transmit agreed indicators to the ASEAN Secretariat.\n\nThe total development cost is estimated at US$2.6 million. The cost is shared between Japan and the ASEAN Secretariat at 70 percent and 30 percent respectively. A pilot began in May 2011, and the full launch of ASDEP is planned for FY2012."
	checkRules(t, []ruleCase{
		{name: "for this component", doc: back, q: "how much has japan budgeted for the laos 2015 census", span: "¥390 million"},
		{name: "no pointing back", doc: apart, q: "how much has japan budgeted for the laos 2015 census"},
		{name: "dev", doc: cost, q: "total dev cost of asdep?", span: "US$2.6 million"},
	})
}
