package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// requestsFixture states requests, and sentences whose words before a
// verb of asking name a country that does not ask.
const requestsFixture = "1. Requests\n\n" +
	"In December 2013 the Department of Civil Aviation of Myanmar requested Japan to add a module on aerodrome certification.\n\n" +
	"At the meeting held in Siem Reap on 6 September 2017, Ms. Hoa Tran, Director General of the Intellectual Property Office of Viet Nam, requested Japan to add a design module.\n\n" +
	"The Lao side asked Japan to extend the exercises to provincial offices.\n\n" +
	"Philippine President Juan Cruz, whose country is in a dispute with China, asked Japan to speed up delivery of the vessels.\n\n" +
	"China is not a member of the Platform, and the Ministers called on China to share dam release data.\n\n" +
	"Singapore has been invited to send an observer to the next meeting.\n\n" +
	"Minister Somchai thanked Japan for its support and asked JICA to open the courses to provincial officials.\n\n" +
	"The Philippines has delayed the opening of a Japanese-financed railway and asked the lenders to extend the loan.\n"

// "/iai country" lists the requests a country makes, by its government,
// an official of its own or its side; not those in which it is only
// named: in an aside, as the one asked, as the object of another verb or
// as an adjective of a thing.
func TestCountryRequests(t *testing.T) {
	ix := mustOpen(t, Source{Name: "requests.md", Text: paperHeader("Requests Fixture", "June 2018") + requestsFixture})
	got := map[string][]string{}
	for _, name := range []string{"Myanmar", "Vietnam", "Laos", "Philippines", "China", "Singapore", "Japan", "Cambodia"} {
		c, err := ix.Country(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range c.Requests {
			got[name] = append(got[name], e.Passage.Text[e.Span.Start:e.Span.End])
		}
	}
	want := map[string][]string{
		"Myanmar":     {"In December 2013 the Department of Civil Aviation of Myanmar requested Japan to add a module on aerodrome certification."},
		"Vietnam":     {"At the meeting held in Siem Reap on 6 September 2017, Ms. Hoa Tran, Director General of the Intellectual Property Office of Viet Nam, requested Japan to add a design module."},
		"Laos":        {"The Lao side asked Japan to extend the exercises to provincial offices."},
		"Philippines": {"Philippine President Juan Cruz, whose country is in a dispute with China, asked Japan to speed up delivery of the vessels.", "The Philippines has delayed the opening of a Japanese-financed railway and asked the lenders to extend the loan."},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
}
