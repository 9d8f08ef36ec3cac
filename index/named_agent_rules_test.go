package index

import "testing"

// namedAgentPaper names agents the documents know as no organisation: a
// provincial committee after a passive pair of verbs, and a governor
// after the noun of the act.
func namedAgentPaper() Source {
	return Source{Name: "agents.md", Text: paperHeader("Japan's Cooperation with ASEAN on Payments and Irrigation", "June 2019") + `1. Pilot Sites

The Mekong QR Pilot (MQP) went live on 12 March 2018 in Chiang Mai and Da Nang. The merchants in Hue were recruited and registered by the Thua Thien Hue Provincial People's Committee at its own expense.

2. Canal Works

The rehabilitation of the Prey Kabbas main canal in Takeo Province, carried out under the Water User Committee Project (WUCP), was originally to be completed in December 2018. Work was halted for five months because of a dispute over land. The dispute was settled in April 2019 through the mediation of the Governor of Takeo Province.

3. Ports

The ASEAN-Japan Port Technology Group, founded by Japan, Malaysia and Thailand in 2006, will give technical advice to the port projects. Indonesia joined the group in 2012.

The Forum's secretariat is hosted by Thailand's Pollution Control Department in Bangkok.
`}
}

// "Who recruited" is the agent after "recruited and registered by", by
// its name as written; "who mediated" the one after "the mediation of".
// Agents the documents know as countries are listed as they are, not by
// the first name alone.
func TestNamedAgents(t *testing.T) {
	ix := mustOpen(t, namedAgentPaper())
	expectAnswers(t, ix, map[string]string{
		"who recruited the hue merchants":           "Thua Thien Hue Provincial People's Committee",
		"who registered the hue merchants":          "Thua Thien Hue Provincial People's Committee",
		"who mediated the prey kabbas land dispute": "Governor of Takeo Province",
		"who founded the port technology group":     "Japan, Malaysia, Thailand",
		"who hosts the forum secretariat":           "Pollution Control Department",
	})
}
