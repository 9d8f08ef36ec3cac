package index

import (
	"slices"
	"strings"
	"testing"
)

// suspendedNetwork has a member that joined and was later suspended, and
// one that joined and stays in.
func suspendedNetwork() Source {
	return Source{Name: "suspended.md", Text: paperHeader("Japan's Cooperation with ASEAN on Irrigation Training", "June 2004") + `1. Regional Network

The Mekong Canal Training Network (MCTN) was established when the training institutes of Cambodia, Laos and Thailand signed its Charter in Khon Kaen on 9 December 2000. Viet Nam joined on 14 May 2001, and Myanmar on 25 February 2002. Myanmar's membership has been suspended since 1 January 2004, because its member institute had not paid the annual contribution for two consecutive years.
`}
}

// A suspension is a status of its own: listed with its date, what
// Myanmar's status is now, and neither a plain yes nor a plain no to
// whether it is a member; Viet Nam, never suspended, is still one.
func TestSuspendedMembership(t *testing.T) {
	ix := mustOpen(t, suspendedNetwork())
	if lines := membershipLines(ix); !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, "Myanmar suspended") }) {
		t.Errorf("no suspension in %q", lines)
	}
	expectAnswers(t, ix, map[string]string{
		"whats myanmar's status in mctn now": "suspended",
		"is myanmar a member of mctn":        "suspended",
		"is vietnam a member of mctn":        "yes",
		"when did myanmar join mctn":         "25 February 2002",
	})
}

// "Has Thailand ratified the Charter" of a member asks the act on the
// body's instrument, which the sentence says or denies, not its status.
func TestRatifiedIsNoStatus(t *testing.T) {
	ix := mustOpen(t, Source{Name: "ratified.md", Text: paperHeader("Japan's Cooperation with ASEAN on Financial Inclusion", "February 2019") + `1. Regulators' Forum

The ASEAN Microfinance Regulators' Forum (AMRF) was established in Kuala Lumpur on 25 November 2015. Its founding members are the central banks of Indonesia, Malaysia, the Philippines and Thailand. Vietnam joined on 6 June 2016.

The Forum's Charter was opened for signature at the founding meeting. The Philippines ratified the Charter on 14 August 2017. Thailand has signed the Charter but has not yet ratified it.
`})
	expectAnswers(t, ix, map[string]string{
		"has thailand ratified the amrf charter":        "no",
		"has the philippines ratified the amrf charter": "yes",
		"is thailand a member of amrf":                  "yes",
	})
}
