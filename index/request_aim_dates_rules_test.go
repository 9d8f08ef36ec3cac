package index

import "testing"

// A request is dated by a sentence that asks for something, not by the
// day notes naming the project more fully were signed; a date in a
// clause of aim, or in the period a sum is asked for, dates no act; a
// numbered paragraph's opening date dates its predicate; and a signing
// still to come, denied in its passage, is not dated by another act's
// period.
func TestRequestAndAimDates(t *testing.T) {
	ix := mustOpen(t, Source{Name: "brief.txt", Text: paperHeader("Japan's Cooperation in the Mekong", "March 2016") +
		"1. Road Loan\n\n" +
		"First, on 14 March 2016, in Phnom Penh, the Ambassador of Japan and the Secretary of State signed and exchanged notes concerning a Japanese ODA loan of up to ¥21.68 billion for the Kratie Corridor Improvement Project (KCIP). " +
		"The project will upgrade 118 kilometres of road. In August 2014 the Royal Government of Cambodia requested Japan to finance the upgrading of the road.\n\n" +
		"2. Water\n\n" +
		"On 7 September 2011 the Government of the Lao PDR therefore requested Japan's grant aid to expand the water supply system of Luang Prabang, with the aim of meeting demand up to the year 2025.\n\n" +
		"3. Follow-up\n\n" +
		"8.1 On 28 August 2019 the ASEAN Secretariat submitted to the JAIF Management Team a concept note for ADRFIP Phase II, requesting US$1,950,000 for the period 2020 to 2022. " +
		"As of the date of this report, the Phase II request has not been approved and no grant agreement has been signed.\n"})
	expectAnswers(t, ix, map[string]string{
		"when did cambodia first ask japan for the road loan":                      "August 2014",
		"when did laos ask japan for help expanding luang prabang's water supply?": "7 September 2011",
		"when was the phase II concept note submited":                              "28 August 2019",
		"when is the target year for meeting demand in luang prabang":              "2025",
	})
	expectRefused(t, ix, "when will the phase II grant agreement be signed?")
}
