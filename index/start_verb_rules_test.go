package index

import "testing"

// "Since when has VWS been running" and "when did VWS start" ask when it
// started, which "was introduced in Laos in 1994" says by its own verb.
func TestStartSaidByItsVerb(t *testing.T) {
	ix := mustOpen(t, Source{Name: "paper.txt", Text: "Japan's Village Water Support\n\n" +
		"1. The Village Water Scheme (VWS) was introduced in Laos in 1994. It funds wells of up to ¥5 million each.\n\n" +
		"2. In FY2023, the Embassy signed 12 VWS contracts.\n"})
	expectAnswers(t, ix, map[string]string{
		"since when has vws been running in laos": "1994",
		"when did vws start in laos":              "1994",
	})
}

// "How long is the ACP canal" asks a length: a count of households is
// no answer to it, though it is the only count of the ACP.
func TestLengthAskedIsALength(t *testing.T) {
	ix := mustOpen(t, Source{Name: "paper.txt", Text: "Japan Road Support\n\n" +
		"1. The Sekong Road Project (SRP) will pave 12 kilometres of road between two villages. About 900 farming households will benefit from the road.\n\n" +
		"2. The Attapeu Canal Project (ACP) will serve 400 households.\n"})
	expectAnswers(t, ix, map[string]string{
		"how long is the srp road": "12 kilometres",
	})
	expectRefused(t, ix, "how long is the acp canal")
}
