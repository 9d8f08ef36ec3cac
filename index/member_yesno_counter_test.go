package index

import "testing"

// A yes-or-no membership question that names another body's head noun, or
// asks of money, is not answered by a status in the body it names; the
// same question of the body itself, in the other spelling, still is.
func TestCounterMembershipOfAnotherBody(t *testing.T) {
	const jaif = "The Japan-ASEAN Integration Fund (JAIF) was established in 2006. Japan contributed USD 70 million to JAIF in 2006. Laos became a member of the JAIF Management Team in 2008."
	const centre = "The ASEAN-Japan Centre was established in 1981. Cambodia joined the Centre in 1999. Japan's contribution to the Centre was JPY 500 million in 2014."
	checkRules(t, []ruleCase{
		{name: "another body's head", doc: jaif, q: "is laos part of the JAIF steering committee?"},
		{name: "money", doc: centre, q: "is cambodia in the centre's cost sharing?"},
		{name: "the body itself", doc: centre, q: "is cambodia a member of the asean-japan center?", span: "yes"},
	})
}
