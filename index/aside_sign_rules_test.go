package index

import (
	"slices"
	"testing"
)

// asideSignPaper names a non-member through an aside set off by
// ", although", and a signatory short of membership beside founders.
func asideSignPaper() Source {
	return Source{Name: "aside-sign.md", Text: paperHeader("Japan's Cooperation with ASEAN on Groundwater", "August 2003") + `1. Network

(1) Members

The Groundwater Monitoring Network (GMN) links national testing agencies. Its Charter was signed in Phnom Penh on 12 March 2001 by two founding members, Cambodia and Vietnam. Laos joined on 18 October 2001. Myanmar signed the Charter on 20 February 2003 but has not yet completed its domestic procedures for joining. China, although it lies upstream on the Mekong, is not a member of GMN.
`}
}

// The country before an aside is the subject of the predicate after it;
// "did X sign" is answered yes for a signatory, and not answered no for a
// founder, whose status does not say whether it signed or acceded.
func TestAsideAndSignatory(t *testing.T) {
	ix := mustOpen(t, asideSignPaper())
	if !slices.ContainsFunc(ix.x.memberships, func(m Membership) bool { return m.Country == "China" && m.Status == StatusNonMember }) {
		t.Errorf("China is not read as a non-member: %+v", ix.x.memberships)
	}
	for q, want := range map[string]string{
		"is china a member of gmn?":        "no",
		"did myanmar sign the gmn charter": "yes",
	} {
		if a := ix.Answer(q); !a.Found || a.Span != want {
			t.Errorf("%s: %v %q, want %q (%s)", q, a.Found, a.Span, want, a.Text)
		}
	}
	if a := ix.Answer("did laos sign the gmn charter"); a.Span == "no" {
		t.Errorf("did laos sign: answered no of a country that joined (%s)", a.Text)
	}
}
