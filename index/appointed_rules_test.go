package index

import "testing"

// People named with their role by the grammar around them: appointed or
// elected to it past an aside, heading the body just named ("directed
// by"), or leading a group a role's head only describes ("the expert
// team").
func TestRolesByAppointmentAndAgency(t *testing.T) {
	ix := mustOpen(t, Source{Name: "appointed.md", Text: paperHeader("Japan's Cooperation with ASEAN on Livestock", "April 2004") + `1. The Cattle Vaccine Bank

(1) The Cattle Vaccine Bank (CVB) opened in Vientiane on 4 June 2003. Mr. Taro Ishiguro, formerly of the Ministry of Agriculture, Forestry and Fisheries (MAFF), was appointed as the first Bank Manager. Dr. Vo Thi Mai of the Hanoi Institute of Veterinary Research was elected as the first Chairperson of the board.

(2) Vaccines are tested at the Nakhon Pathom Animal Health Centre, directed by Mr. Prasit Chaiyaporn. A team of 4 Japanese experts led by Dr. Emi Kurokawa was dispatched to survey foot-and-mouth disease.

(3) Ms. Rina Oda, an expert of the Japan International Cooperation Agency (JICA), was seconded to the Bank in May 2003.
`})
	expectAnswers(t, ix, map[string]string{
		"who is the bank manager of the cvb":                 "Mr. Taro Ishiguro",
		"who chairs the cvb board":                           "Dr. Vo Thi Mai",
		"cvb chairperson?":                                   "Dr. Vo Thi Mai",
		"who heads the nakhon pathom centre?":                "Mr. Prasit Chaiyaporn",
		"who led the japanese expert team":                   "Dr. Emi Kurokawa",
		"which JICA expert was seconded to the vaccine bank": "Ms. Rina Oda",
	})
	roles := map[string]string{}
	for _, nr := range namesAndRoles(ix) {
		roles[nr.Name] = nr.Role
	}
	for name, role := range map[string]string{"Taro Ishiguro": "Bank Manager", "Vo Thi Mai": "Chairperson"} {
		if roles[name] != role {
			t.Errorf("%s: role %q, want %q", name, roles[name], role)
		}
	}
}

// A sum a party only intends to give, with the sum between the verb and
// its year, has not been paid in that year, nor at all: its line says it
// is to be given.
func TestIntendedSumIsNotPaid(t *testing.T) {
	ix := mustOpen(t, Source{Name: "intended.md", Text: paperHeader("Japan's Cooperation with ASEAN on Livestock", "April 2004") + `1. A Second Vaccine Bank

A second bank is planned in Cebu. The Government of Japan intends to provide up to ¥300 million in FY2005 for the second bank. A further ¥80 million will be disbursed for vaccines. The Board asked Japan to provide ¥50 million for cold stores. Japan will also provide ¥120 million for the laboratory.
`})
	expectRefused(t, ix, "when was the ¥300 million for the second bank disbursed", "has the ¥300 million been disbursed?", "has the ¥50 million been disbursed?")
	expectAnswers(t, ix, map[string]string{"when will the ¥300 million be provided": "FY2005"})
	// The funding line says it is to come.
	if am := amountNamed(ix, "¥300 million"); am == nil || am.Verb != "to be provided" {
		t.Errorf("the intended sum: %+v", am)
	}
	for text, verb := range map[string]string{"¥80 million": "to be disbursed", "¥120 million": "to be provided"} {
		if am := amountNamed(ix, text); am == nil || am.Verb != verb {
			t.Errorf("%s: %+v, want %q", text, am, verb)
		}
	}
}

// "Who ran RTATC before Wijaya" is the one the sentence naming Wijaya
// says he succeeded; with no succession said, no one.
func TestPredecessorBySuccession(t *testing.T) {
	doc := "Dr. Hendra Wijaya, previously head of the audit directorate, was appointed Director of RTATC on 1 October 2008, succeeding Mr. Bambang Sutrisno, who had led the Centre since its opening."
	checkRules(t, []ruleCase{
		{name: "predecessor", doc: doc, q: "who ran rtatc before wijaya", span: "Mr. Bambang Sutrisno"},
		{name: "none said", doc: "Dr. Hendra Wijaya was appointed Director of RTATC on 1 October 2008.", q: "who ran rtatc before wijaya", span: ""},
	})
}

// "cancelled ... at the request of the Government of the Philippines,
// because the Department ... decided to re-tender": who asked is the one
// it was done at the request of, not the body in the reason after it.
func TestWhoAskedIsWhoseRequestItWas(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2013-04-rail.txt", Text: paperHeader("Urban Rail", "April 2013") + `1. Commuter Rail

An engineering services loan of ¥4.1 billion for the Manila Southwest Commuter Line (MSCL) was signed on 7 July 2010. The loan was cancelled on 30 June 2012 at the request of the Government of the Philippines, because the Department of Transportation and Communications decided to re-tender the whole line.
`})
	expectAnswers(t, ix, map[string]string{
		"who asked for the mscl loan to be cancelled": "Government of the Philippines",
	})
}
