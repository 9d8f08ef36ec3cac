package index

import "testing"

// namedInPaper lists a project with the countries it works in right after
// its name, and gives one country's share with the verb "covered by".
func namedInPaper() Source {
	return Source{Name: "namedin.txt", Text: `Japan's Cooperation with the Mekong Countries on School Meals

June 2004
Ministry of Foreign Affairs Japan

Overview: Japan supports school meals in the Mekong region.

1. Main Projects

The following projects are carried out with the ministries of education of the countries concerned.

  1. Mekong School Meals Project (MSMP) in Cambodia, Laos and Vietnam
  2. Grant aid for kitchens in Phnom Penh

2. Funding

In FY2003 the grant totalled 210 million yen, allocated as follows:

Laos: 60 million yen, for the districts covered by MSMP in Savannakhet Province
Cambodia: 80 million yen, for kitchens
`}
}

// "Which countries does MSMP cover" is answered by the countries right
// after its name, all of them, not by the one line that ties one country
// to it by the verb.
func TestCountriesRightAfterAName(t *testing.T) {
	ix := mustOpen(t, namedInPaper())
	expectAnswers(t, ix, map[string]string{"which countries does msmp cover": "Cambodia, Laos, Vietnam"})
}
