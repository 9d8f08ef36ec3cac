package index

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/iaibot/iaibot/index/internal/wire"
	"github.com/iaibot/iaibot/index/qa"
)

// parseAll parses and extracts src as Open does.
func parseAll(t testing.TB, src []Source) ([]*Document, *extraction) {
	t.Helper()
	var docs []*Document
	for _, s := range src {
		d, err := ParseDocument(DocumentID(s.Name), s.Text)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs, extract(docs)
}

func TestFactsFileRoundTrip(t *testing.T) {
	docs, x := parseAll(t, allSources(t))
	b, err := encodeFacts(docs, x)
	if err != nil {
		t.Fatal(err)
	}
	gotDocs, gotX, err := decodeFacts(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(docs, gotDocs) {
		t.Error("documents read back differ from those written")
	}
	if diff := extractionDiff(x, gotX); diff != "" {
		t.Errorf("extraction read back differs from what was written: %s", extractionDiff(x, gotX))
	}
	// Facts point at the passages of the documents read, not at copies.
	byID := map[string]*Passage{}
	for _, d := range gotDocs {
		for _, p := range d.Passages {
			byID[p.ID] = p
		}
	}
	for _, a := range gotX.amounts {
		if byID[a.Passage.ID] != a.Passage {
			t.Fatalf("amount %q points at a copy of its passage", a.Text)
		}
	}
	for p := range gotX.annot {
		if byID[p.ID] != p {
			t.Fatalf("annotation of %s is keyed by a copy of its passage", p.ID)
		}
	}
	for i, pr := range x.projects {
		for j, a := range x.amounts {
			if (a.Project == pr) != (gotX.amounts[j].Project == gotX.projects[i]) {
				t.Fatalf("amount %q and project %q are linked differently", a.Text, pr.Name)
			}
		}
	}
}

func TestFactsFileRejectsDamage(t *testing.T) {
	docs, x := parseAll(t, seedSources(t))
	b, err := encodeFacts(docs, x)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 5, len(factsMagic) + 1, len(b) / 3, len(b) / 2, len(b) - 1} {
		if _, _, err := decodeFacts(b[:n]); err == nil {
			t.Errorf("a file cut to %d of %d bytes was read", n, len(b))
		}
	}
	other := append([]byte(nil), b...)
	other[len(factsMagic)]++ // the version
	if _, _, err := decodeFacts(other); !errors.Is(err, wire.ErrFormat) {
		t.Errorf("a file of another version: %v, want ErrFormat", err)
	}
	// Flipped bytes anywhere give an error or facts, never a panic.
	for i := len(factsMagic) + 1; i < len(b); i += len(b)/97 + 1 {
		c := append([]byte(nil), b...)
		c[i] ^= 0x5a
		decodeFacts(c)
	}
}

// byID re-keys a map keyed by documents or passages by their IDs, since
// maps compare their keys with ==.
func byID[K interface{ *Document | *Passage }, V any](m map[K]V) map[string]V {
	if m == nil {
		return nil
	}
	out := map[string]V{}
	for k, v := range m {
		switch k := any(k).(type) {
		case *Document:
			out[k.ID] = v
		case *Passage:
			out[k.ID] = v
		}
	}
	return out
}

// extractionDiff names the fields of two extractions that differ.
func extractionDiff(a, b *extraction) string {
	fields := map[string][2]any{
		"scope": {byID(a.scope), byID(b.scope)}, "corpusScope": {a.corpusScope, b.corpusScope},
		"lastMemberOrg": {byID(a.lastMemberOrg), byID(b.lastMemberOrg)}, "orgs": {a.orgs, b.orgs}, "orgByKey": {a.orgByKey, b.orgByKey},
		"groups": {a.groups, b.groups}, "places": {a.places, b.places}, "amounts": {a.amounts, b.amounts},
		"shares": {a.shares, b.shares}, "dates": {a.dates, b.dates}, "counts": {a.counts, b.counts},
		"memberships": {a.memberships, b.memberships}, "projects": {a.projects, b.projects}, "people": {a.people, b.people},
		"purposes": {a.purposes, b.purposes}, "lastSubjects": {a.lastSubjects, b.lastSubjects}, "prevSentence": {a.prevSentence, b.prevSentence}, "orgs2": {a.orgs2, b.orgs2},
		"groupMatch": {a.groupMatch, b.groupMatch}, "annot": {byID(a.annot), byID(b.annot)},
	}
	if n := reflect.TypeFor[extraction]().NumField(); n != len(fields) {
		// A new field must go into the facts file, and be compared here.
		return fmt.Sprintf("extraction has %d fields, %d compared", n, len(fields))
	}
	var out []string
	for name, f := range fields {
		if !reflect.DeepEqual(f[0], f[1]) {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}

func TestModelFileRoundTrip(t *testing.T) {
	// A model of its own over the shared index's facts: answering fills
	// caches in a model, so the shared index's, which other tests may
	// have answered on, is not the one a fresh build writes.
	ix := allIndex(t)
	built := qa.New(answerSource{ix})
	b, err := built.Encode()
	if err != nil {
		t.Fatal(err)
	}
	md, err := qa.Decode(b, answerSource{ix})
	if err != nil {
		t.Fatal(err)
	}
	if diff := qa.Compare(built, md); len(diff) > 0 {
		t.Errorf("model read back differs in %v", diff)
	}
	// A damaged file is read, or refused, on a small model: each of a
	// hundred reads of every document's model costs seconds under the
	// race detector, and the reader's checks are the same.
	ix = bothIndex(t)
	if b, err = ix.answerer.Encode(); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 10, len(b) / 2, len(b) - 1} {
		if _, err := qa.Decode(b[:n], answerSource{ix}); err == nil {
			t.Errorf("a model cut to %d of %d bytes was read", n, len(b))
		}
	}
	for i := 30; i < len(b); i += len(b)/97 + 1 {
		c := append([]byte(nil), b...)
		c[i] ^= 0x5a
		qa.Decode(c, answerSource{ix})
	}
}
