package index

import "testing"

// deniedSubjectPaper has a loan asked for but never signed, which the
// paper denies by "no" before the agreement, and a meeting whose year is
// given and whose day, after a semicolon, is not.
func deniedSubjectPaper() Source {
	return Source{Name: "deniedsubject.md", Text: paperHeader("Japan's Cooperation with ASEAN on Rural Water", "June 2010") + `1. Loans and Grants

The following projects are under way or under consideration:

  1. Upland Water Supply Sector Loan (Laos). In May 2009 the Government of Laos requested a yen loan of 3,200 million yen for about 90 village schemes in Houaphanh and Xiengkhouang provinces. The request is still under appraisal, and no Loan Agreement has been signed.
  2. Project for Rural Wells in Kampong Speu (Cambodia). The Exchange of Notes for a grant of 640 million yen was signed in Phnom Penh on 12 February 2010.

2. Future Direction

  - A joint review meeting of the two projects with the partner governments will be held in Vientiane in 2011; its date has not yet been set.
  - Japan will decide on the Laos sector loan after the appraisal is completed.
`}
}

// "No Loan Agreement has been signed" denies the signing as "has not been
// signed" does: the date of the request is not when it was signed, and
// the paper says no.
func TestNoSubjectDeniesTheAct(t *testing.T) {
	ix := mustOpen(t, deniedSubjectPaper())
	expectRefused(t, ix, "when was the loan agreement for the laos sector loan signed")
	expectAnswers(t, ix, map[string]string{
		"has the loan agreement for the laos sector loan been signed": "no",
		"when did laos request the sector loan":                       "May 2009",
		"when was the exchange of notes for the rural wells signed":   "12 February 2010",
	})
}

// "In 2011; its date has not yet been set" gives the year and says the
// day is not fixed: "what date" is refused, "when" gets the year.
func TestOwnDateUnfixedAfterSemicolon(t *testing.T) {
	ix := mustOpen(t, deniedSubjectPaper())
	expectRefused(t, ix, "what date is the joint review meeting")
	expectAnswers(t, ix, map[string]string{
		"when is the joint review meeting":  "2011",
		"where is the joint review meeting": "Vientiane",
	})
}

// "A memorandum of understanding to extend JIIPP beyond December 2021
// ... had not been signed": the denial is of what the question names by
// a body's short form ("jiipp") and by another form of its word
// ("extension" for "extend"), so the date the memorandum would run to is
// no signing date. The launch the same section dates stays answered.
func TestADenialNamesTheAskedByBodyAndStem(t *testing.T) {
	ix := mustOpen(t, Source{Name: "partnership.md", Text: "# Vocational Training in Indonesia\n\nPublished: May 2021\n\nEvaluation Office\n\n" +
		"## 1. Partnership\n\n" +
		"The Batam Industry Partnership Programme (BIPP) was launched on 3 September 2014.\n\n" +
		"## 2. Recommendations\n\n" +
		"A memorandum to extend BIPP beyond March 2022 has been drafted, but it had not been signed at the time of the evaluation; the ministry should finalise it.\n"})
	expectRefused(t, ix, "when was the bipp extension mou signed?", "when was the bipp deal signed?", "when was the extension signed?")
	expectAnswers(t, ix, map[string]string{"when was bipp launched": "3 September 2014"})
}
