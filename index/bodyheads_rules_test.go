package index

import (
	"slices"
	"testing"
)

// A body's name is not cut short at a possessive or before the rest of a
// name the text writes whole; a country's possessive after "of" says
// whose the body is.
func TestBodyNamesNotCutShort(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rule.md", Text: paperHeader("Rule Fixture", "November 2015") + "1. Facts\n\n" +
		"The Sakura Microcredit Facility for Rural Women (SMFRW) is financed by Japan. Under J-APAT, Japan has contributed US$2.4 million through the Japan Fund for Women's Safety (JFWS).\n\n" +
		"Ms. Keo Sophany of the Ministry of Women's Affairs of Cambodia requested experts. Its partner is the Customs and Tariff Bureau of Japan's Ministry of Finance.\n"})
	var names []string
	for _, o := range ix.x.orgs {
		names = append(names, o.Name)
	}
	for _, cut := range []string{"Sakura Microcredit Facility", "Japan Fund for Women", "Ministry of Women", "Customs and Tariff Bureau of Japan"} {
		if slices.Contains(names, cut) {
			t.Errorf("%q learnt as a body: %q", cut, names)
		}
	}
	for _, whole := range []string{"Sakura Microcredit Facility for Rural Women", "Japan Fund for Women's Safety", "Customs and Tariff Bureau"} {
		if !slices.Contains(names, whole) {
			t.Errorf("%q not learnt: %q", whole, names)
		}
	}
}

// A sentence that names no body of its own, right after one that names
// the body asked, holds the words of its name; not one that names a thing
// or a body of its own, nor one further on.
func TestSentenceAfterTheBody(t *testing.T) {
	doc := "The Sakura Microcredit Facility for Rural Women (SMFRW) is financed by Japan and provides small loans to women. A total of ¥1.8 billion was extended, of which ¥1.1 billion was for Cambodia and ¥700 million for Myanmar."
	named := "The Sakura Microcredit Facility for Rural Women (SMFRW) is financed by Japan. The Rural Savings Programme was given ¥1.8 billion, of which ¥700 million for Myanmar."
	later := "The Sakura Microcredit Facility for Rural Women (SMFRW) is financed by Japan. The Japan International Cooperation Agency (JICA) provides small loans. A total of ¥1.8 billion was extended, of which ¥700 million for Myanmar."
	another := "Japan also gives through the Japan-ASEAN Integration Fund (JAIF). The Sakura Microcredit Facility for Rural Women (SMFRW) is financed by Japan. JAIF provided ¥1.8 billion, of which ¥700 million for Myanmar."
	checkRules(t, []ruleCase{
		{name: "the part", doc: doc, q: "how much of the sakura microcredit facility went to myanmar?", span: "¥700 million"},
		{name: "the total", doc: doc, q: "total amount of the sakura microcredit facility?", span: "¥1.8 billion"},
		{name: "a thing of its own", doc: named, q: "total amount of the sakura microcredit facility?"},
		{name: "not right after", doc: later, q: "how much of the sakura microcredit facility went to myanmar?"},
		{name: "a body of its own", doc: another, q: "how much of the sakura microcredit facility went to myanmar?"},
	})
}
