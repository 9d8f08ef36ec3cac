package index

import "testing"

// "O&M" in a question is operation and maintenance, as the documents
// write it in full.
func TestOperationAndMaintenanceShorthand(t *testing.T) {
	ix := mustOpen(t, Source{Name: "om.txt", Text: paperHeader("Drainage Fixture", "May 2020") + "1. Operation\n\n" +
		"The annual cost of the training programme is US$ 120,000. The annual operation and maintenance cost is estimated at USD 0.8 million from 2026.\n"})
	expectAnswers(t, ix, map[string]string{"yearly o&m cost?": "USD 0.8 million"})
}

// "Will benefit" asks for the beneficiaries a label counts.
func TestBenefitAsksBeneficiaries(t *testing.T) {
	ix := mustOpen(t, Source{Name: "site.txt", Text: paperHeader("Drainage Fixture", "May 2020") + "1. Site\n\n" +
		"The Hue Drainage Project (HDP) covers Phu Hoi, Vy Da, Phu Cat and Phu Hiep Wards, Hue (beneficiaries: approximately 96,000 people).\n\n" +
		"Under the HDP, a flood warning text service will reach 150,000 people in the city.\n"})
	expectAnswers(t, ix, map[string]string{"how many people will benefit from the hdp": "96,000"})
}
