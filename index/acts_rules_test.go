package index

import "testing"

// Whether an act was done is not answered by a sum or a date of the thing
// it is done to, nor "yes" by a sentence that only seeks to do it; a year
// something is older than dates no event; a table cell's date answers
// only the act its column names.
func TestActsAskedAndDatesOfOtherActs(t *testing.T) {
	const yangon = "(3) Yangon Inner Harbour Rehabilitation (Myanmar)\nIn May 2015 the Government of Myanmar requested Japan to rehabilitate the wharves, many of which predate 1950. Japan has indicated a loan of up to ¥18 billion for the purpose. The Exchange of Notes has not yet been signed."
	const table = "Japan lends to ports.\n\n  Project                  Country     Loan amount       Target completion   Status\n  Subic Bay Bulk Berth     Philippines ¥9.6 billion      2016                Completed\n  Yangon Inner Harbour     Myanmar     up to ¥18 billion 2022                Pledged\n\nNote: Amounts are ceilings."
	checkRules(t, []ruleCase{
		{name: "no sum for whether it was signed", doc: yangon, q: "has the yangon harbour loan been signed yet"},
		{name: "seeking to sign is no signing", doc: "Japan will continue its support by seeking to sign the Yangon loan within FY2016.", q: "was the yangon loan signed?"},
		{name: "older than a year", doc: "Japan has indicated a loan of up to ¥18 billion to rehabilitate the wharves of the Yangon inner harbour, many of which predate 1950.", q: "when was the yangon inner harbour loan signed"},
		{name: "a completion cell does not date a signing", doc: table, q: "when was the yangon inner harbour loan signed"},
		{name: "a completion cell dates the completion", doc: table, q: "when will the yangon inner harbour be completed", span: "2022"},
	})
}
