package index

import "testing"

// "How much of the NWUCD budget went to Phongsaly" is not answered by the
// project's whole contribution when the speech names Phongsaly, of the
// NWUCD, only to say it is not covered; a word the exclusion takes as
// its agent ("not covered by the ODA package") is not left out.
func TestNameLeftOutIsNoContext(t *testing.T) {
	ix := mustOpen(t, Source{Name: "speech.txt", Text: "Remarks by the Ambassador\n\n" +
		"People, not only pipes\n\n" +
		"The Northern Water Utilities Capacity Development Project (NWUCD) works with the water utilities of five provinces, namely Luang Prabang, Oudomxay, Luang Namtha, Xayaboury and Bokeo, and Japan's contribution to it is approximately ¥640 million. " +
		"Phongsaly Province is not covered by the NWUCD, since its water utility is supported by another development partner.\n\n" +
		"Small towns\n\n" +
		"On 12 February 2015 the Government of the Lao PDR requested Japan to extend the small towns approach to Xayaboury and Phongsaly Provinces.\n\n" +
		"Training\n\n" +
		"Fourteen Japanese experts were dispatched, and 212 engineers and technicians were trained in the provinces.\n\n" +
		"Results\n\n" +
		"Non-revenue water in Luang Prabang fell from 38 percent in 2011 to 24 percent in 2014.\n\n" +
		"Network\n\n" +
		"The network was founded in Hanoi on 9 November 2009 by water utilities from Cambodia, Lao PDR and Viet Nam.\n\n" +
		"Twinning\n\n" +
		"Since FY2013 Japan has supported the twinning programme with a total of USD 420,000 channelled through JICA.\n\n" +
		"Package\n\n" +
		"Of the total, roughly ¥1.2 trillion will take the form of yen loans, and 500 billion yen is earmarked for disaster risk reduction. Singapore and Brunei are not covered by the ODA package.\n"})
	expectRefused(t, ix, "how much of the nwucd budget went to phongsaly?")
	expectAnswers(t, ix, map[string]string{
		"how much is japan's contribution to the nwucd":          "¥640 million",
		"how much of the package is for disaster risk reduction": "500 billion yen",
	})
}
