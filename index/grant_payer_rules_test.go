package index

import "testing"

// scannerPaper gives a project's grant as "grant aid of" in the sentence
// that names it, another grant "for this purpose" under another country's
// heading, a host country's share in a sentence of its own after a list,
// a grant split between two countries by "of which ... is for", and a
// scheme named "Emergency Grant Aid" for two countries in one sentence.
func scannerPaper() Source {
	return Source{Name: "scanners.md", Text: paperHeader("Japan's Cooperation with ASEAN on Cargo Scanning", "May 2009") + `1. Cargo Scanner Supply

(1) Vietnam

In 2007 the Ministry of Finance of Vietnam asked Japan for container scanners at its seaports. In response, Japan launched the Cargo Scanner Supply Project (CSSP), for which notes for grant aid of ¥720 million were exchanged in Hanoi on 12 March 2008. It provides:

  - two fixed container scanners at Hai Phong;
  - one mobile scanner at Cai Mep.

The Government of Vietnam bears VND 42 billion for the buildings and the operators' salaries.

(2) Cambodia

In April 2008 the Government of Cambodia asked Japan for similar scanners at Sihanoukville. A grant of ¥390 million has been set aside in the FY2009 budget for this purpose.

2. Customs Training

Japan is providing grant aid of ¥1.5 billion for the Customs Risk Management Project (CRMP), of which ¥840 million is for Cambodia and ¥660 million for Laos.

3. Relief

Japan will extend Emergency Grant Aid of US$12 million (approximately 1.3 billion yen) to Myanmar and of US$150,000 to the Democratic Republic of Timor-Leste, which the storm crossed on 3 May.
`}
}

// A grant asked of a project is the one its own sentence gives as "grant
// aid of", not a grant under another country's heading.
func TestGrantAidOfAsked(t *testing.T) {
	ix := mustOpen(t, scannerPaper())
	expectAnswers(t, ix, map[string]string{
		"how much was the grant for CSSP?": "¥720 million",
		// A scheme's name is the aid of both its sums.
		"how much was the grant to timor-leste": "US$150,000",
	})
}

// A country asked as payer is not answered by a sum no one is credited
// with in a sentence that names only another country.
func TestPayerAskedNotAnotherCountrysSentence(t *testing.T) {
	ix := mustOpen(t, scannerPaper())
	expectAnswers(t, ix, map[string]string{
		"hw much does vietnam pay for the cargo scanner supply": "VND 42 billion",
	})
}

// "Of which ¥840 million is for Cambodia" is the sum that goes to
// Cambodia.
func TestSumForACountryAlone(t *testing.T) {
	ix := mustOpen(t, scannerPaper())
	expectAnswers(t, ix, map[string]string{
		"How much is the CRMP grant for Cambodia?": "¥840 million",
	})
}

// partPaper states a total and its part in grant aid, and a project's
// own grant aid elsewhere.
func partPaper() Source {
	return Source{Name: "part.md", Text: paperHeader("Japan's Cooperation with ASEAN on Ports", "May 2014") + `1. Overview

From FY2010 to FY2013 Japan committed about ¥5.2 billion to port safety, of which ¥3.1 billion was provided as grant aid, chiefly under the Grant Aid for Port Safety and Security created in FY2011; the remainder consisted of technical cooperation through JICA.

2. Projects

In response, Japan launched the Harbour Radar Project (HRP), for which notes for grant aid of ¥700 million were exchanged in Manila on 2 May 2012.
`}
}

// "How much of the total was grant aid" asks the part of the stated
// total, not a project's own grant aid.
func TestPartOfTotalAsked(t *testing.T) {
	ix := mustOpen(t, partPaper())
	expectAnswers(t, ix, map[string]string{
		"how much of the total was grant aid": "¥3.1 billion",
	})
}
