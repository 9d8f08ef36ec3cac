package index

import "testing"

// "The headquarters are in Phnom Penh" after a sentence that names the
// body asked says where it sits; not when another body is named before
// it, nor when the sentence names a body of its own.
func TestSeatOfTheBodyNamedBefore(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "named before", doc: "The ASEAN Centre for Humanitarian Demining (ACHD) was set up in 2010. The headquarters are in Phnom Penh, while training takes place in Kampong Chhnang.", q: "where is achd hq", span: "Phnom Penh"},
		{name: "its", doc: "The ASEAN Centre for Humanitarian Demining (ACHD) was set up in 2010. Its headquarters are in Phnom Penh.", q: "where is the achd based", span: "Phnom Penh"},
		{name: "another body named between", doc: "The ASEAN Centre for Humanitarian Demining (ACHD) was set up in 2010 with the Cambodian Mine Action Centre (CMAC). The headquarters are in Phnom Penh.", q: "where is the achd headquartered"},
		{name: "a body of its own", doc: "The ASEAN Centre for Humanitarian Demining (ACHD) was set up in 2010. The Cambodian Mine Action Centre (CMAC) headquarters are in Phnom Penh.", q: "where is the achd headquartered"},
	})
}
