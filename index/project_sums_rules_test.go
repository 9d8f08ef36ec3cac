package index

import "testing"

// twoProjectsPaper has two projects in one section: a sum of the second,
// which its sentence names in full or by its head noun, is none of the
// first's, though the passage names the first too.
func twoProjectsPaper() Source {
	return Source{Name: "twoprojects.txt", Text: paperHeader("Japan's Cooperation on Child Health", "July 2008") +
		"Overview: Japan supports child health in Cambodia and Vietnam.\n\n" +
		"1. Vaccines and Vitamins\n\n" +
		"(1) Rural Vaccine Cold Room Project\nThe Rural Vaccine Cold Room Project (RVCR) equips district stores in Cambodia.\n\n" +
		"(2) Vitamin A Outreach Initiative\nThe Vitamin A Outreach Initiative (VAOI) reaches the same districts as the RVCR. Japan's contribution to the VAOI is US$2.4 million, of which USD 1.3 million is for Vietnam. In Vietnam, the initiative also receives 1.7 billion dong a year from the Ministry of Health.\n"}
}

// "How much RVCR money goes to Vietnam" is not answered by the VAOI's
// sums, whose sentences name the VAOI or "the initiative"; the VAOI's
// own are answered. A fund asked is no other project: it may pay for
// the one a sentence names.
func TestAnotherProjectsSumIsNotTheOneAsked(t *testing.T) {
	ix := mustOpen(t, twoProjectsPaper())
	expectRefused(t, ix, "how much rvcr money goes to vietnam?", "how much rvcr funding does vietnam's ministry of health give")
	expectAnswers(t, ix, map[string]string{"how much vaoi money goes to vietnam?": "USD 1.3 million"})
}
