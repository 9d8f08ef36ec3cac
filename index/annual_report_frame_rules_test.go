package index

import "testing"

// An annual report titled "Body: Annual Report FY2021", with no publisher
// line naming a body, speaks for that body and of that fiscal year where a
// passage names neither; "income" is a sum asked for. A year the report
// never gives a figure for is still refused.
func TestAnnualReportTitleFramesBodyAndYear(t *testing.T) {
	ix := mustOpen(t, Source{Name: "report.md", Text: "# Hinoki Mekong Partnership: Annual Report FY2021\n\n" +
		"**Fiscal year 1 April 2021 to 31 March 2022**\n\nNagoya, June 2022\n\n" +
		"Specified Non-Profit Corporation Hinoki Mekong Partnership (HMP)\n\n" +
		"## 1. The year at a glance\n\n" +
		"1.1 HMP ran three projects: one in Cambodia and two in the Lao PDR.\n\n" +
		"1.2 Total income for the year was ¥58,220,000 and total expenditure was ¥52,250,000.\n"})
	expectAnswers(t, ix, map[string]string{
		"total income in fy2021":      "¥58,220,000",
		"what was hmp's total income": "¥58,220,000",
	})
	expectRefused(t, ix, "what was hmp's total income in fy2020")
}

// A title that opens with a body's name under a publisher line that names
// another body ("JACIF Management Office" over "Japan-ASEAN Connectivity
// Integration Fund: Annual Report") writes of it; it is not the body's
// own voice, and Malaysia's own budget is no payment into the fund.
func TestTitleBodyUnderAnotherPublisher(t *testing.T) {
	ix := mustOpen(t, corpusSource(t, "aseanjapan-2019-11-connectivity-fund-annual-report-excerpt"))
	expectRefused(t, ix, "how much did malaysia pay into the fund")
}
