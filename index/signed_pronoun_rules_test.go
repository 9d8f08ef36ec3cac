package index

import "testing"

// signatoryPaper has a signatory whose still-to-do clause opens with "it"
// after ", but", and a body that is not yet a participant in another
// programme after its own status.
func signatoryPaper() Source {
	return Source{Name: "signatory.md", Text: paperHeader("Japan's Cooperation with ASEAN on Chip Skills", "July 2024") + `1. Network

(1) Members

The ASEAN-Japan Chip Skills Network (AJCSN) links training centres and employers. Its Memorandum of Cooperation was signed in Kuala Lumpur on 23 August 2022 by three founding members: Japan, Malaysia and Thailand. Laos signed the Memorandum on 28 February 2024, but it has not yet completed its domestic approval procedures and is therefore not yet a full member. Timor-Leste has taken part as an observer since April 2023, but it is not yet a participant in the regional internship scheme.
`}
}

// "Laos signed ..., but it has not yet completed its procedures" is a
// signatory short of membership; an observer's "but it is not yet a
// participant" in another scheme leaves its status as it is.
func TestSignatoryButItHasNotYet(t *testing.T) {
	ix := mustOpen(t, signatoryPaper())
	got := map[string]string{}
	for _, m := range ix.Memberships() {
		got[m.Country] = m.Status
	}
	if got["Laos"] != StatusSigned {
		t.Errorf("Laos: %q, want %q (all: %v)", got["Laos"], StatusSigned, got)
	}
	if a := ix.Answer("is laos a full member of ajcsn?"); !a.Found || a.Span != "no" {
		t.Errorf("is laos a full member: %v %q (%s)", a.Found, a.Span, a.Text)
	}
	if a := ix.Answer("what is timor-leste's status in ajcsn"); !a.Found || a.Span != "observer" {
		t.Errorf("timor-leste: %v %q (%s)", a.Found, a.Span, a.Text)
	}
}
