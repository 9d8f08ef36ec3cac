package index

import "testing"

// cambodiaWellsPaper signs the notes of one project, under its own heading,
// whose sentence says "the project", and under another heading tells of
// a request for wells whose notes are not signed.
func cambodiaWellsPaper() Source {
	return Source{Name: "wells.txt", Text: paperHeader("Japan's Cooperation on Rural Water", "May 2009") +
		"Overview: Japan supports rural water supply in Cambodia and Laos.\n\n" +
		"1. Piped Water\n\n" +
		"(1) Rural Piped Water Project (RPWP)\nThe Rural Piped Water Project (RPWP) brings taps to villages in Cambodia. The Government of Cambodia requested Japan on 3 March 2007 to support village water supply in its eastern provinces, and the exchange of notes for the project was signed in Phnom Penh on 12 October 2007.\n\n" +
		"2. Wells\n\n" +
		"(1) Request from Cambodia\nOn 2 June 2008 the Government of Cambodia requested a grant of about US$3.1 million for 400 village wells in the RPWP provinces. The request is being examined; no exchange of notes has been signed.\n\n" +
		"3. Wells Maintenance\n\n" +
		"(1) Village wells dug under earlier programmes need new pumps. Wells in Laos and wells in Cambodia are surveyed each year, and village committees keep the wells clean.\n"}
}

// "When was the exchange of notes for Cambodia's wells signed" is not
// answered by the day the notes of another project were signed: the
// passage that denies the signing names the wells, which the signed one's
// does not. The RPWP's notes, which its sentence calls "the project",
// still have their day.
func TestASigningDeniedUnderTheHeadingThatNamesMore(t *testing.T) {
	ix := mustOpen(t, cambodiaWellsPaper())
	expectRefused(t, ix, "when was the exchange of notes for cambodia's village wells signed?")
	expectAnswers(t, ix, map[string]string{"when was the RPWP exchange of notes signed?": "12 October 2007"})
}
