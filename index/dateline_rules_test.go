package index

import "testing"

// "**Manila, Philippines, 18 September 2012** – The Asian Development
// Bank has approved ...": the bold dateline dates the release. It names
// no project, and the sum its paragraph approves is not of its day.
func TestBoldDatelineDatesTheRelease(t *testing.T) {
	ix := mustOpen(t, Source{Name: "release.md", Text: "# ADB Approves Grant for Rural Schools in Laos\n\n" +
		"**Manila, Philippines, 18 September 2012** – The Asian Development Bank (ADB) has approved a US$3.1 million grant to help Laos build rural schools.\n\n" +
		"The grant, approved by ADB on 14 September 2012, will finance the Rural Schools Project (RSP) in Sekong Province.\n"})
	d := ix.docs[0]
	if d.DateText != "18 September 2012" {
		t.Errorf("document date %q, want the dateline's", d.DateText)
	}
	for _, pr := range ix.x.projects {
		if pr.Name == "Manila, Philippines, 18 September 2012" {
			t.Errorf("the dateline is listed as a project")
		}
	}
	am := amountNamed(ix, "US$3.1 million")
	if am == nil || am.Date != nil && am.Date.Text == "18 September 2012" {
		t.Errorf("US$3.1 million: %+v, dated by the dateline", am)
	}
	expectAnswers(t, ix, map[string]string{"when did adb approve the grant?": "14 September 2012"})
}
