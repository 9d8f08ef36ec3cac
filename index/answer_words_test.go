package index

import "testing"

// wordsFixture holds a sum split into parts by what each "goes to", a
// cost share with a yearly sum, a sum held back "pending" a choice, and a
// chair with a military honorific.
const wordsFixture = "1. Standards\n\n" +
	"METI has earmarked JPY 1.2 billion for FY2016-FY2020, of which JPY 450 million goes to electrical and electronic equipment and JPY 260 million to rubber-based products.\n\n" +
	"2. Training\n\n" +
	"Japan and Thailand run residue courses in Bangkok. The cost is split 60:40 between Japan and Thailand, Japan's share being ¥45 million a year.\n\n" +
	"For FY2015 Japan has budgeted ¥260 million to replace vaccine; this sum has not yet been disbursed, pending the committee's choice of strains.\n\n" +
	"The network is chaired by Capt. Rizal bin Hamdan, Director of Aviation Security at the Department of Civil Aviation Malaysia.\n"

func TestWordsThatPickTheFact(t *testing.T) {
	ix := mustOpen(t, Source{Name: "words.md", Text: paperHeader("Words Fixture", "February 2018") + wordsFixture})
	expectAnswers(t, ix, map[string]string{
		// The part whose own words, after "goes to", the question names.
		"how much goes to electrical and electronic equipment": "JPY 450 million",
		"how much goes to rubber products":                     "JPY 260 million",
		// A share per year is a sum, not the ratio; a share is the ratio.
		"japan share per year for the residue courses": "¥45 million",
		"japan share of the residue courses":           "60:40",
		// "Capt." opens a name; the sentence goes on after it.
		"who chairs the network": "Capt. Rizal bin Hamdan",
	})
	a := ix.Answer("why hasnt the fy2015 vaccine money been disbursed")
	if !a.Found || a.Span != "pending the committee's choice of strains" {
		t.Errorf("why: %q (span %q), want the choice pending", a.Text, a.Span)
	}
}

// "What job did he have before becoming sec gen" is not answered by the
// post he became; asked who holds that post, it is.
func TestRoleBeforeBecoming(t *testing.T) {
	ix := mustOpen(t, Source{Name: "role.md", Text: paperHeader("Role Fixture", "June 2016") + "1. The Centre\n\n" +
		"The Council heard the report of H.E. Mr. Taro Sato, Secretary General of the ASEAN-Japan Centre since September 2014, and approved the accounts.\n"})
	expectRefused(t, ix, "what job did taro sato have before becoming sec gen")
	expectAnswers(t, ix, map[string]string{"who is the sec gen of the asean-japan centre": "H.E. Mr. Taro Sato"})
}
