package index

import "testing"

// A passive's agent is named as written when no other reading gives it:
// a prefixed verb asks what its own verb says ("co-financed by"), and
// "which insurer" asks for an organisation. A country's possessive only
// owns the body it names.
func TestPassiveAgentNames(t *testing.T) {
	ix := mustOpen(t, Source{Name: "rail.md", Text: "# Urban Transport\n\n" +
		"## 3 Safety Training\n\n" +
		"Japan held two courses on railway safety in 2012, in Bandung and in Surabaya. The Bandung course was financed by JICA.\n\n" +
		"Note: The Surabaya course was co-financed by PT Kereta Api Indonesia.\n\n" +
		"## 5 Insurance\n\n" +
		"The index products are designed by Hinode General Insurance Co., Ltd., a Japanese non-life insurer.\n\n" +
		"## 6 Forum\n\n" +
		"The Forum's secretariat is hosted by Thailand's Pollution Control Department in Bangkok.\n"})
	expectAnswers(t, ix, map[string]string{
		"who co-financed the surabaya course":               "PT Kereta Api Indonesia",
		"which japanese insurer designs the index products": "Hinode General Insurance Co., Ltd.",
		"who hosts the forum secretariat":                   "Pollution Control Department",
	})
}
