package index

import (
	"testing"
)

// A document whose second line defines a short form, read as its
// publisher line, opens and answers: the definition marks no span of the
// first passage, whose text it is not.
func TestPublisherLineDefinitionOpens(t *testing.T) {
	ix := mustOpen(t, Source{Name: "p.txt", Text: "Subsidence\n\nThe proposed Central Luzon Groundwater Management Project (CLGMP) would train staff.\n\nMore text here.\n"})
	for _, o := range ix.x.orgs {
		if o.Passage != nil && o.Span.End > len(o.Passage.Text) {
			t.Errorf("%s marks %v of %q", o.Acronym, o.Span, o.Passage.Text)
		}
	}
	if a := ix.Answer("what does CLGMP stand for"); a.Refused() {
		t.Errorf("CLGMP refused: %+v", a)
	}
}
