package index

import "testing"

// A signatory short of membership is one whatever the instrument (an
// instrument of accession, a Letter of Intent) and however it says what
// is still to do: "but has yet to complete", ", but its membership
// procedure has not yet been completed".
func TestSignedShortOfMembership(t *testing.T) {
	ix := mustOpen(t, Source{Name: "net.txt", Text: "Flood Network\n\nAugust 2018\nDepartment of Finance\n\n" +
		"The Southeast Asia Flood Early Warning Network (SAFEWN) was established in Jakarta on 14 September 2012. Its four founding members are Indonesia, the Philippines, Thailand and Viet Nam. " +
		"Malaysia signed an instrument of accession on 4 April 2018 but has yet to complete its domestic ratification, so it is not yet a full member. " +
		"Brunei signed a Letter of Intent on 11 July 2017, but its membership procedure has not yet been completed.\n"})
	want := map[string]string{"Malaysia": "4 April 2018", "Brunei": "11 July 2017"}
	_, ms := ix.Members()
	for _, m := range ms {
		if d, ok := want[m.Country]; ok && m.Status == StatusSigned && m.Date != nil && m.Date.Text == d {
			delete(want, m.Country)
		}
	}
	for c, d := range want {
		t.Errorf("%s: no signed status dated %s among %+v", c, d, ms)
	}
}
