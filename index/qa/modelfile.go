package qa

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/wire"
)

// A model is saved with the facts it was built from, so that a restart
// reads it instead of building it again, which costs as much as extraction
// on a large corpus. The file refers to passages and documents by their
// place in document order; Decode links them to the documents its Source
// gives, which must be those the model was built from.

// modelMagic and modelVersion head the file. Bump the version with any
// change to what the file holds or how it is written: a file of another
// version is rebuilt, never misread.
const (
	modelMagic   = "iaibot answer model\n"
	modelVersion = 4
)

// ErrFormat is returned by Decode for a file written in another format or
// version.
var ErrFormat = wire.ErrFormat

// Encode returns the model as a file that Decode reads back.
func (md *Model) Encode() ([]byte, error) {
	w := wire.NewWriter()
	passages := map[*corpus.Passage]int{}
	all := md.passages()
	for i, p := range all {
		passages[p] = i
	}
	var err error
	ref := func(p *corpus.Passage) {
		n, ok := passages[p]
		if !ok {
			err = errors.New("model refers to a passage outside its documents")
		}
		w.Uint(uint64(n))
	}

	// The sets first, each distinct one once: records refer to them by
	// number. Many sentences name the same places and share a lead-in.
	terms, flags := newSetTable[termSet](termSetKey), newSetTable[map[string]bool](flagSetKey)
	for _, r := range md.sents {
		terms.add(r.terms)
		terms.add(r.lead)
		flags.add(r.have)
	}
	for _, p := range all {
		terms.add(md.ctxTerms[p])
		flags.add(md.ctxHave[p])
		flags.add(md.ctxOrgs[p])
	}
	w.Uint(uint64(len(terms.sets)))
	total := 0
	for _, set := range terms.sets {
		total += len(set)
	}
	w.Uint(uint64(total))
	for _, set := range terms.sets {
		w.Strings(set)
	}
	w.Uint(uint64(len(flags.sets)))
	for _, set := range flags.sets {
		writeSet(w, set)
	}

	w.Len(len(md.sents), md.sents == nil)
	for _, r := range md.sents {
		ref(r.p)
		writeSpan(w, r.span)
		// Nearly always its passage's own text: kept as a span of it, so
		// reading shares the passage's memory.
		own := r.span.Start >= 0 && r.span.End <= len(r.p.Text) && r.span.Start <= r.span.End && r.text == r.p.Text[r.span.Start:r.span.End]
		w.Bool(own)
		if !own {
			w.String(r.text)
		}
		w.Uint(terms.ref(r.terms))
		w.Uint(terms.ref(r.lead))
		w.Uint(flags.ref(r.have))
		w.String(r.there)
		w.Len(len(r.orgs), r.orgs == nil)
		for _, o := range r.orgs {
			w.String(o.Name)
			w.String(o.Key)
			writeSpan(w, o.Span)
		}
		w.Len(len(r.geos), r.geos == nil)
		for _, g := range r.geos {
			w.String(g.Name)
			w.Bool(g.IsGroup)
			writeSpan(w, g.Span)
		}
	}

	// Per passage, in document order.
	w.Bool(md.ctxTerms != nil)
	for _, p := range all {
		set, ok := md.ctxTerms[p]
		w.Bool(ok)
		if ok {
			w.Uint(terms.ref(set))
		}
	}
	for _, m := range []map[*corpus.Passage]map[string]bool{md.ctxHave, md.ctxOrgs} {
		w.Bool(m != nil)
		for _, p := range all {
			set, ok := m[p]
			w.Bool(ok)
			if ok {
				w.Uint(flags.ref(set))
			}
		}
	}
	w.Bool(md.ctxText != nil)
	for _, p := range all {
		text, ok := md.ctxText[p]
		w.Bool(ok)
		if ok {
			usual := text == contextText(p)
			w.Bool(usual)
			if !usual {
				w.String(text)
			}
		}
	}
	w.Bool(md.implicit != nil)
	for _, d := range md.docs {
		names, ok := md.implicit[d]
		w.Bool(ok)
		if ok {
			w.Strings(names)
		}
	}
	w.Len(len(md.termCache), md.termCache == nil)
	for _, k := range sortedKeys(md.termCache) {
		w.String(k)
		writeSet(w, md.termCache[k])
	}
	w.Len(len(md.groupFold), md.groupFold == nil)
	for _, k := range sortedKeys(md.groupFold) {
		w.String(k)
		re := md.groupFold[k]
		w.Bool(re != nil)
		if re != nil {
			w.String(re.String())
		}
	}
	w.Len(len(md.idf), md.idf == nil)
	for _, k := range sortedKeys(md.idf) {
		w.String(k)
		w.Float(md.idf[k])
	}
	w.Float(md.maxIDF)
	writeSet(w, md.rawWords)
	w.Strings(md.places)
	writeSet(w, md.entWords)

	if len(md.ctxTerms) > len(all) || len(md.ctxHave) > len(all) || len(md.ctxOrgs) > len(all) ||
		len(md.ctxText) > len(all) || len(md.implicit) > len(md.docs) {
		err = errors.New("model refers to a passage outside its documents")
	}
	if err != nil {
		return nil, err
	}
	return w.Bytes(modelMagic, modelVersion), nil
}

// contextText is a passage with its lead-in and section title, as
// readSentences builds it.
func contextText(p *corpus.Passage) string {
	return p.Text + " " + p.LeadFrame() + " " + p.Cite.SectionTitle
}

// Decode reads a model that Encode wrote. src must give the documents and
// facts the model was built from. A file of another version gives an error
// wrapping ErrFormat.
func Decode(data []byte, src Source) (*Model, error) {
	r, err := wire.NewReader(data, modelMagic, modelVersion)
	if err != nil {
		return nil, fmt.Errorf("read answer model: %w", err)
	}
	md := &Model{src: src, docs: src.Documents(), facts: src.Facts(), countryAliases: src.CountryAliases()}
	all := md.passages()
	passage := func() *corpus.Passage {
		n := r.Ref(len(all))
		if n < 0 {
			return nil
		}
		return all[n]
	}

	nTerms := r.Count(1)
	// Every term set is a slice of one arena.
	arena := make([]string, r.Count(1))
	termSets := make([]termSet, nTerms)
	at := 0
	for i := range termSets {
		n, isNil := r.Len(1)
		if r.Err() != nil || n > len(arena)-at {
			return nil, fmt.Errorf("read answer model: term sets: %w", cmpErr(r.Err()))
		}
		if isNil {
			continue
		}
		set := termSet(arena[at : at+n : at+n])
		for k := range set {
			set[k] = r.String()
		}
		termSets[i] = set
		at += n
	}
	flagSets := make([]map[string]bool, r.Count(1))
	for i := range flagSets {
		flagSets[i] = readSet(r)
	}
	termRef := func() termSet {
		n := r.Ref(len(termSets) + 1)
		if n <= 0 {
			return nil
		}
		return termSets[n-1]
	}
	flagRef := func() map[string]bool {
		n := r.Ref(len(flagSets) + 1)
		if n <= 0 {
			return nil
		}
		return flagSets[n-1]
	}

	n, isNil := r.Len(4)
	if !isNil {
		md.sents = make([]*sentenceRec, n)
	}
	recs := make([]sentenceRec, n)
	for i := range md.sents {
		rec := &recs[i]
		md.sents[i] = rec
		rec.p = passage()
		rec.span = readSpan(r)
		if r.Bool() {
			if r.Err() != nil {
				return nil, fmt.Errorf("read answer model: %w", r.Err())
			}
			if rec.p == nil || rec.span.Start < 0 || rec.span.Start > rec.span.End || rec.span.End > len(rec.p.Text) {
				return nil, fmt.Errorf("read answer model: sentence %d lies outside its passage", i)
			}
			rec.text = rec.p.Text[rec.span.Start:rec.span.End]
		} else {
			rec.text = r.String()
		}
		rec.terms = termRef()
		rec.lead = termRef()
		rec.have = flagRef()
		rec.there = r.String()
		if n, isNil := r.Len(3); !isNil {
			rec.orgs = make([]OrgMention, n)
			for k := range rec.orgs {
				rec.orgs[k] = OrgMention{Name: r.String(), Key: r.String(), Span: readSpan(r)}
			}
		}
		if n, isNil := r.Len(4); !isNil {
			rec.geos = make([]GeoMention, n)
			for k := range rec.geos {
				rec.geos[k] = GeoMention{Name: r.String(), IsGroup: r.Bool(), Span: readSpan(r)}
			}
		}
		if r.Err() != nil {
			return nil, fmt.Errorf("read answer model: %w", r.Err())
		}
	}
	if md.sents != nil {
		md.sentsOf = make(map[*corpus.Passage][]*sentenceRec, len(all))
		for _, rec := range md.sents {
			md.sentsOf[rec.p] = append(md.sentsOf[rec.p], rec)
		}
	} else {
		md.sentsOf = map[*corpus.Passage][]*sentenceRec{}
	}

	if r.Bool() {
		md.ctxTerms = make(map[*corpus.Passage]termSet, len(all))
	}
	for _, p := range all {
		if r.Bool() {
			set := termRef()
			if md.ctxTerms != nil {
				md.ctxTerms[p] = set
			}
		}
	}
	for _, m := range []*map[*corpus.Passage]map[string]bool{&md.ctxHave, &md.ctxOrgs} {
		if r.Bool() {
			*m = make(map[*corpus.Passage]map[string]bool, len(all))
		}
		for _, p := range all {
			if r.Bool() {
				set := flagRef()
				if *m != nil {
					(*m)[p] = set
				}
			}
		}
	}
	if r.Bool() {
		md.ctxText = make(map[*corpus.Passage]string, len(all))
	}
	for _, p := range all {
		if !r.Bool() {
			continue
		}
		text := ""
		if r.Bool() {
			text = contextText(p)
		} else {
			text = r.String()
		}
		if md.ctxText != nil {
			md.ctxText[p] = text
		}
	}
	if r.Bool() {
		md.implicit = map[*corpus.Document][]string{}
	}
	for _, d := range md.docs {
		if r.Bool() {
			names := r.Strings()
			if md.implicit != nil {
				md.implicit[d] = names
			}
		}
	}
	if n, isNil := r.Len(2); !isNil {
		md.termCache = make(map[string]map[string]bool, n)
		for range n {
			k := r.String()
			md.termCache[k] = readSet(r)
		}
	}
	if n, isNil := r.Len(2); !isNil {
		md.groupFold = make(map[string]*regexp.Regexp, n)
		for range n {
			k := r.String()
			var re *regexp.Regexp
			if r.Bool() {
				expr := r.String()
				if re, err = regexp.Compile(expr); err != nil {
					return nil, fmt.Errorf("read answer model: group %q: %w", k, err)
				}
			}
			md.groupFold[k] = re
		}
	}
	if n, isNil := r.Len(9); !isNil {
		md.idf = make(map[string]float64, n)
		for range n {
			k := r.String()
			md.idf[k] = r.Float()
		}
	}
	md.maxIDF = r.Float()
	md.rawWords = readSet(r)
	md.places = r.Strings()
	md.entWords = readSet(r)
	if err := r.Done(); err != nil {
		return nil, fmt.Errorf("read answer model: %w", err)
	}
	md.derive()
	return md, nil
}

func writeSpan(w *wire.Writer, s corpus.Span) {
	w.Int(s.Start)
	w.Int(s.End)
}

func readSpan(r *wire.Reader) corpus.Span { return corpus.Span{Start: r.Int(), End: r.Int()} }

// writeSet writes a set of terms, in order so that equal models make equal
// files.
func writeSet(w *wire.Writer, m map[string]bool) {
	w.Len(len(m), m == nil)
	for _, k := range sortedKeys(m) {
		w.String(k)
		w.Bool(m[k])
	}
}

func readSet(r *wire.Reader) map[string]bool {
	n, isNil := r.Len(2)
	if isNil {
		return nil
	}
	m := make(map[string]bool, n)
	for range n {
		k := r.String()
		m[k] = r.Bool()
	}
	return m
}

// setTable numbers the distinct sets of a model: equal sets are written
// once and, read back, shared, which is safe since the model never changes
// a set once New has built it.
type setTable[S termSet | map[string]bool] struct {
	key  func(S) string
	num  map[string]uint64
	sets []S
}

func newSetTable[S termSet | map[string]bool](key func(S) string) *setTable[S] {
	return &setTable[S]{key: key, num: map[string]uint64{}}
}

func (t *setTable[S]) add(s S) {
	if s == nil {
		return
	}
	k := t.key(s)
	if _, ok := t.num[k]; !ok {
		t.sets = append(t.sets, s)
		t.num[k] = uint64(len(t.sets))
	}
}

// ref is the set's number plus one, 0 for nil; the set must have been added.
func (t *setTable[S]) ref(s S) uint64 {
	if s == nil {
		return 0
	}
	return t.num[t.key(s)]
}

func termSetKey(s termSet) string { return strconv.Itoa(len(s)) + "\x00" + strings.Join(s, "\x00") }

func flagSetKey(m map[string]bool) string {
	var b strings.Builder
	for _, k := range sortedKeys(m) {
		b.WriteString(k)
		if m[k] {
			b.WriteString("\x01")
		} else {
			b.WriteString("\x02")
		}
	}
	return b.String()
}

// cmpErr is err, or one saying the sets run past their arena.
func cmpErr(err error) error {
	if err != nil {
		return err
	}
	return errors.New("sets run past their arena")
}

// publisherIDs keys publishers by document ID, for comparing models.
func publisherIDs(m map[*corpus.Document]map[string]bool) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for d, v := range m {
		out[d.ID] = v
	}
	return out
}

// Compare names the tables in which two models differ, comparing passages
// and documents by ID, so that a model read back from a file can be checked
// against the one built. It is empty when they are the same.
func Compare(a, b *Model) []string {
	type table struct {
		name string
		a, b any
	}
	passageKeyed := func(m map[*corpus.Passage]map[string]bool) map[string]map[string]bool {
		if m == nil {
			return nil
		}
		out := map[string]map[string]bool{}
		for p, v := range m {
			out[p.ID] = v
		}
		return out
	}
	passageTerms := func(m map[*corpus.Passage]termSet) map[string]termSet {
		if m == nil {
			return nil
		}
		out := map[string]termSet{}
		for p, v := range m {
			out[p.ID] = v
		}
		return out
	}
	byID := func(md *Model) (sentsOf map[string][]*sentenceRec, ctxText map[string]string, implicit map[string][]string, groups map[string]string) {
		if md.sentsOf != nil {
			sentsOf = map[string][]*sentenceRec{}
			for p, v := range md.sentsOf {
				sentsOf[p.ID] = v
			}
		}
		if md.ctxText != nil {
			ctxText = map[string]string{}
			for p, v := range md.ctxText {
				ctxText[p.ID] = v
			}
		}
		if md.implicit != nil {
			implicit = map[string][]string{}
			for d, v := range md.implicit {
				implicit[d.ID] = v
			}
		}
		if md.groupFold != nil {
			groups = map[string]string{}
			for k, re := range md.groupFold {
				groups[k] = re.String()
			}
		}
		return
	}
	aSentsOf, aCtxText, aImplicit, aGroups := byID(a)
	bSentsOf, bCtxText, bImplicit, bGroups := byID(b)
	tables := []table{
		{"docs", a.docs, b.docs},
		{"facts", a.facts, b.facts},
		{"countryAliases", a.countryAliases, b.countryAliases},
		{"sents", a.sents, b.sents},
		{"sentsOf", aSentsOf, bSentsOf},
		{"ctxTerms", passageTerms(a.ctxTerms), passageTerms(b.ctxTerms)},
		{"ctxText", aCtxText, bCtxText},
		{"implicit", aImplicit, bImplicit},
		{"ctxHave", passageKeyed(a.ctxHave), passageKeyed(b.ctxHave)},
		{"ctxOrgs", passageKeyed(a.ctxOrgs), passageKeyed(b.ctxOrgs)},
		{"termCache", a.termCache, b.termCache},
		{"groupFold", aGroups, bGroups},
		{"idf", a.idf, b.idf},
		{"maxIDF", a.maxIDF, b.maxIDF},
		{"rawWords", a.rawWords, b.rawWords},
		{"places", a.places, b.places},
		{"entWords", a.entWords, b.entWords},
		// Derived again on reading (see derive), so equal when the above are.
		{"typoAliases", a.typoAliases, b.typoAliases},
		{"rawSorted", a.rawSorted, b.rawSorted},
		{"groupNames", a.groupNames, b.groupNames},
		{"memberPlace", a.memberPlace, b.memberPlace},
		{"publishers", publisherIDs(a.publishers), publisherIDs(b.publishers)},
		{"orgWords", a.orgWords, b.orgWords},
		{"orgBare", a.orgBare, b.orgBare},
		{"withMembers", a.withMembers, b.withMembers},
		{"projectKeys", publisherIDs(a.projectKeys), publisherIDs(b.projectKeys)},
		{"leftOutPlaces", a.leftOutPlaces, b.leftOutPlaces},
	}
	var out []string
	// The Source each model reads through is not a table; every other
	// field is, and a new one must be saved and compared too.
	// byKind holds functions, which cannot be compared, and derive builds
	// it; reasons and requests (with their sync.Once) are read from the
	// sentences on first use, and the facts by kind of question (with
	// theirs) from the facts; the names of documents and sentences, and
	// the sentences' percentages (with their sync.Once), are read from
	// them on first use too, and each document's projects and main
	// projects (with their sync.Once) from the facts, and the countries
	// each title is about (titleRecipientsOf) from the documents, and the
	// words only people's names hold (nameOnly, with its sync.Once) from
	// the facts; so are the section titles' terms and the items of each
	// lead (titleTerms, itemsOfLead, with openOnce) from the documents,
	// and the runs of words by their initials (initials, with
	// initialsOnce) from the sentences, and the words of bodies' names
	// (groupTerms, bodyWords, with bodyWordsOnce) from the facts, and
	// each document's signature block (signatures) and short forms
	// (shortForms) from its sentences and the facts.
	if n := reflect.TypeFor[Model]().NumField(); n != len(tables)+27 {
		out = append(out, fmt.Sprintf("Model has %d fields, %d compared", n, len(tables)+27))
	}
	for _, t := range tables {
		if !reflect.DeepEqual(t.a, t.b) {
			out = append(out, t.name)
		}
	}
	return out
}
