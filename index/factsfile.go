package index

import (
	"errors"
	"fmt"

	"github.com/iaibot/iaibot/index/internal/wire"
)

// The facts file holds the documents, their passages and everything
// extraction found, so that a restart reads them instead of extracting
// again. Facts point at passages, projects and organisations, and code
// compares those pointers, so the file refers to them by number and reading
// it links the same graph again: one passage, one project, however many
// facts name it.
//
// What is derived from the rest (the organisation index, the compiled group
// names) is rebuilt on reading, as extraction itself builds it last.

// factsMagic and factsVersion head the file. Bump the version with any
// change to what the file holds or how it is written: a file of another
// version is rebuilt, never misread.
const (
	factsMagic   = "iaibot facts\n"
	factsVersion = 5
)

// errUnknownRef is a fact that points at something outside the corpus,
// which cannot be written as a number.
var errUnknownRef = errors.New("fact refers to something outside the corpus")

// factsEncoder numbers what facts point at.
type factsEncoder struct {
	*wire.Writer
	docs     map[*Document]int
	passages map[*Passage]int
	projects map[*Project]int
	orgs     map[*Org]int // pointers into extraction.orgs
	err      error
}

// encodeFacts writes docs and x as a facts file.
func encodeFacts(docs []*Document, x *extraction) ([]byte, error) {
	e := &factsEncoder{Writer: wire.NewWriter(), docs: map[*Document]int{}, passages: map[*Passage]int{},
		projects: map[*Project]int{}, orgs: map[*Org]int{}}
	var all []*Passage
	for i, d := range docs {
		e.docs[d] = i
		for _, p := range d.Passages {
			e.passages[p] = len(all)
			all = append(all, p)
		}
	}
	for i, pr := range x.projects {
		e.projects[pr] = i
	}
	for i := range x.orgs {
		e.orgs[&x.orgs[i]] = i
	}

	e.Uint(uint64(len(docs)))
	for _, d := range docs {
		e.String(d.ID)
		e.String(d.Title)
		e.String(d.Publisher)
		e.Time(d.Date)
		e.String(d.DateText)
		e.Len(len(d.Passages), d.Passages == nil)
	}
	for _, p := range all {
		e.String(p.ID)
		e.String(p.Kind)
		e.String(p.Cite.Doc)
		e.String(p.Cite.DocTitle)
		e.Int(p.Cite.Section)
		e.String(p.Cite.SectionTitle)
		e.String(p.Cite.Item)
		e.String(p.Text)
		e.String(p.Lead)
		e.passage(p.LeadP)
		e.Int(p.Order)
		e.String(p.Label)
	}

	e.Len(len(x.orgs), x.orgs == nil)
	for _, o := range x.orgs {
		e.String(o.Acronym)
		e.String(o.Name)
		e.Bool(o.General)
		e.passage(o.Passage)
		e.span(o.Span)
	}
	e.Len(len(x.orgByKey), x.orgByKey == nil)
	for _, k := range keys(x.orgByKey) {
		e.String(k)
		e.org(x.orgByKey[k])
	}
	e.Len(len(x.groups), x.groups == nil)
	for _, k := range keys(x.groups) {
		e.String(k)
		g := x.groups[k]
		e.Bool(g != nil)
		if g != nil {
			e.String(g.Name)
			e.Strings(g.Members)
			e.Strings(g.Aliases)
			e.String(g.Definition)
			e.passage(g.Passage)
			e.span(g.Span)
		}
	}
	// Projects before the amounts that point at them.
	e.Len(len(x.projects), x.projects == nil)
	for _, pr := range x.projects {
		e.Bool(pr != nil)
		if pr != nil {
			e.project(pr)
		}
	}
	e.placeList(x.places)
	e.amountList(x.amounts)
	e.Len(len(x.shares), x.shares == nil)
	for _, s := range x.shares {
		e.String(s.Text)
		e.String(s.Phrase)
		e.ints(s.Parts)
		e.Strings(s.Parties)
		e.String(s.What)
		e.String(s.Sentence)
		e.passage(s.Passage)
		e.span(s.Span)
	}
	e.dateList(x.dates)
	e.Len(len(x.counts), x.counts == nil)
	for _, c := range x.counts {
		e.String(c.Text)
		e.Int(c.Value)
		e.String(c.Noun)
		e.String(c.Sentence)
		e.passage(c.Passage)
		e.span(c.Span)
	}
	e.Len(len(x.memberships), x.memberships == nil)
	for _, m := range x.memberships {
		e.String(m.Country)
		e.String(m.Org)
		e.String(m.Status)
		e.datePtr(m.Date)
		e.String(m.Note)
		e.Bool(m.Body)
		e.String(m.Sentence)
		e.passage(m.Passage)
		e.span(m.Span)
	}
	e.Len(len(x.people), x.people == nil)
	for _, p := range x.people {
		e.String(p.Name)
		e.String(p.Honorific)
		e.String(p.Role)
		e.String(p.Sentence)
		e.passage(p.Passage)
		e.span(p.Span)
		e.span(p.RoleSpan)
	}
	e.Len(len(x.purposes), x.purposes == nil)
	for _, p := range x.purposes {
		e.String(p.Subject)
		e.String(p.Text)
		e.String(p.Sentence)
		e.passage(p.Passage)
		e.span(p.Span)
	}

	// Per document, in document order.
	e.Bool(x.scope != nil)
	for _, d := range docs {
		s, ok := x.scope[d]
		e.Bool(ok)
		if ok {
			e.boolMap(s)
		}
	}
	e.boolMap(x.corpusScope)
	e.Bool(x.lastMemberOrg != nil)
	for _, d := range docs {
		org, ok := x.lastMemberOrg[d]
		e.Bool(ok)
		if ok {
			e.String(org)
		}
	}
	if len(x.scope) > len(docs) || len(x.lastMemberOrg) > len(docs) {
		e.fail()
	}

	// Per passage, in document order.
	e.Bool(x.annot != nil)
	for _, p := range all {
		a, ok := x.annot[p]
		e.Bool(ok)
		if !ok {
			continue
		}
		e.Bool(a != nil)
		if a == nil {
			continue
		}
		e.Strings(a.countries)
		e.Strings(a.direct)
		e.Strings(a.groups)
		e.Strings(a.orgs)
		e.placeList(a.places)
		e.amountList(a.amounts)
		e.dateList(a.dates)
		e.spans(a.orgSpans)
		e.spans(a.sentences)
	}
	if len(x.annot) > len(all) {
		e.fail()
	}
	if e.err != nil {
		return nil, e.err
	}
	return e.Bytes(factsMagic, factsVersion), nil
}

func (e *factsEncoder) fail() {
	if e.err == nil {
		e.err = errUnknownRef
	}
}

// ref writes a reference as its number plus one, 0 for nil.
func (e *factsEncoder) ref(n int, ok, isNil bool) {
	switch {
	case isNil:
		e.Uint(0)
	case !ok:
		e.fail()
		e.Uint(0)
	default:
		e.Uint(uint64(n) + 1)
	}
}

func (e *factsEncoder) passage(p *Passage) {
	n, ok := e.passages[p]
	e.ref(n, ok, p == nil)
}

func (e *factsEncoder) org(o *Org) {
	n, ok := e.orgs[o]
	e.ref(n, ok, o == nil)
}

func (e *factsEncoder) projectRef(pr *Project) {
	n, ok := e.projects[pr]
	e.ref(n, ok, pr == nil)
}

func (e *factsEncoder) span(s Span) {
	e.Int(s.Start)
	e.Int(s.End)
}

func (e *factsEncoder) spans(ss []Span) {
	e.Len(len(ss), ss == nil)
	for _, s := range ss {
		e.span(s)
	}
}

func (e *factsEncoder) ints(vs []int) {
	e.Len(len(vs), vs == nil)
	for _, v := range vs {
		e.Int(v)
	}
}

func (e *factsEncoder) boolMap(m map[string]bool) {
	e.Len(len(m), m == nil)
	for _, k := range keys(m) {
		e.String(k)
		e.Bool(m[k])
	}
}

func (e *factsEncoder) place(p Place) {
	e.String(p.Name)
	e.String(p.Country)
	e.String(p.AsWritten)
	e.Bool(p.Misspelt)
	e.passage(p.Passage)
	e.span(p.Span)
}

func (e *factsEncoder) placeList(ps []Place) {
	e.Len(len(ps), ps == nil)
	for _, p := range ps {
		e.place(p)
	}
}

func (e *factsEncoder) date(d Date) {
	e.String(d.Text)
	e.Time(d.Start)
	e.Time(d.End)
	e.String(d.Precision)
	e.Bool(d.Since)
	e.Bool(d.Relative)
	e.Bool(d.Between)
	e.String(d.Sentence)
	e.passage(d.Passage)
	e.span(d.Span)
}

func (e *factsEncoder) datePtr(d *Date) {
	e.Bool(d != nil)
	if d != nil {
		e.date(*d)
	}
}

func (e *factsEncoder) dateList(ds []Date) {
	e.Len(len(ds), ds == nil)
	for _, d := range ds {
		e.date(d)
	}
}

func (e *factsEncoder) amountList(as []Amount) {
	e.Len(len(as), as == nil)
	for _, a := range as {
		e.String(a.Text)
		e.String(a.Currency)
		e.Float(a.Value)
		e.String(a.Verb)
		e.String(a.Payer)
		e.String(a.Recipient)
		e.String(a.Via)
		e.datePtr(a.Date)
		e.String(a.Purpose)
		e.projectRef(a.Project)
		e.String(a.Equivalent)
		e.String(a.EquivalentOf)
		e.String(a.Sentence)
		e.passage(a.Passage)
		e.span(a.Span)
	}
}

func (e *factsEncoder) project(pr *Project) {
	e.String(pr.Name)
	e.String(pr.What)
	e.Strings(pr.Partners)
	e.Strings(pr.Beneficiaries)
	e.placeList(pr.Places)
	e.dateList(pr.Dates)
	e.Strings(pr.Funding)
	e.String(pr.Status)
	e.passage(pr.Passage)
	e.Len(len(pr.Sentences), pr.Sentences == nil)
	for _, s := range pr.Sentences {
		e.passage(s.Passage)
		e.span(s.Span)
	}
}

// factsDecoder links what a facts file numbers.
type factsDecoder struct {
	*wire.Reader
	passages []*Passage
	projects []*Project
	orgs     []Org
}

// decodeFacts reads a facts file back into documents and an extraction
// equal to those written.
func decodeFacts(data []byte) (docs []*Document, x *extraction, err error) {
	r, err := wire.NewReader(data, factsMagic, factsVersion)
	if err != nil {
		return nil, nil, fmt.Errorf("read facts: %w", err)
	}
	d := &factsDecoder{Reader: r}
	docs = make([]*Document, d.Count(1))
	counts := make([]int, len(docs))
	npass := 0
	nilPassages := make([]bool, len(docs))
	for i := range docs {
		docs[i] = &Document{ID: d.String(), Title: d.String(), Publisher: d.String(), Date: d.Time(), DateText: d.String()}
		counts[i], nilPassages[i] = d.Len(1)
		npass += counts[i]
	}
	if d.Err() != nil {
		return nil, nil, fmt.Errorf("read facts: %w", d.Err())
	}
	// One allocation for every passage; facts point into it.
	store := make([]Passage, npass)
	d.passages = make([]*Passage, npass)
	for i := range store {
		d.passages[i] = &store[i]
	}
	at := 0
	for i, doc := range docs {
		if !nilPassages[i] {
			doc.Passages = d.passages[at : at+counts[i] : at+counts[i]]
		}
		for _, p := range doc.Passages {
			p.Doc = doc
		}
		at += counts[i]
	}
	for _, p := range d.passages {
		p.ID = d.String()
		p.Kind = d.String()
		p.Cite.Doc = d.String()
		p.Cite.DocTitle = d.String()
		p.Cite.Section = d.Int()
		p.Cite.SectionTitle = d.String()
		p.Cite.Item = d.String()
		p.Text = d.String()
		p.Lead = d.String()
		p.LeadP = d.passage()
		p.Order = d.Int()
		p.Label = d.String()
	}

	x = &extraction{}
	if n, isNil := d.Len(1); !isNil {
		x.orgs = make([]Org, n)
	}
	for i := range x.orgs {
		x.orgs[i] = Org{Acronym: d.String(), Name: d.String(), General: d.Bool(), Passage: d.passage(), Span: d.span()}
	}
	d.orgs = x.orgs
	if n, isNil := d.Len(1); !isNil {
		x.orgByKey = make(map[string]*Org, n)
		for range n {
			k := d.String()
			x.orgByKey[k] = d.org()
		}
	}
	if n, isNil := d.Len(1); !isNil {
		x.groups = make(map[string]*Group, n)
		for range n {
			k := d.String()
			var g *Group
			if d.Bool() {
				g = &Group{Name: d.String(), Members: d.Strings(), Aliases: d.Strings(), Definition: d.String(),
					Passage: d.passage(), Span: d.span()}
			}
			x.groups[k] = g
		}
	}
	if n, isNil := d.Len(1); !isNil {
		x.projects = make([]*Project, n)
		d.projects = x.projects
		// Allocated first so that a project may be linked before it is read.
		for i := range x.projects {
			x.projects[i] = &Project{}
		}
		for i := range x.projects {
			if d.Bool() {
				d.project(x.projects[i])
			} else {
				x.projects[i] = nil
			}
		}
	}
	x.places = d.placeList()
	x.amounts = d.amountList()
	if n, isNil := d.Len(1); !isNil {
		x.shares = make([]Share, n)
	}
	for i := range x.shares {
		x.shares[i] = Share{Text: d.String(), Phrase: d.String(), Parts: d.ints(), Parties: d.Strings(), What: d.String(),
			Sentence: d.String(), Passage: d.passage(), Span: d.span()}
	}
	x.dates = d.dateList()
	if n, isNil := d.Len(1); !isNil {
		x.counts = make([]Count, n)
	}
	for i := range x.counts {
		x.counts[i] = Count{Text: d.String(), Value: d.Int(), Noun: d.String(), Sentence: d.String(), Passage: d.passage(), Span: d.span()}
	}
	if n, isNil := d.Len(1); !isNil {
		x.memberships = make([]Membership, n)
	}
	for i := range x.memberships {
		x.memberships[i] = Membership{Country: d.String(), Org: d.String(), Status: d.String(), Date: d.datePtr(), Note: d.String(),
			Body: d.Bool(), Sentence: d.String(), Passage: d.passage(), Span: d.span()}
	}
	if n, isNil := d.Len(1); !isNil {
		x.people = make([]Person, n)
	}
	for i := range x.people {
		x.people[i] = Person{Name: d.String(), Honorific: d.String(), Role: d.String(), Sentence: d.String(),
			Passage: d.passage(), Span: d.span(), RoleSpan: d.span()}
	}
	if n, isNil := d.Len(1); !isNil {
		x.purposes = make([]Purpose, n)
	}
	for i := range x.purposes {
		x.purposes[i] = Purpose{Subject: d.String(), Text: d.String(), Sentence: d.String(), Passage: d.passage(), Span: d.span()}
	}

	if d.Bool() {
		x.scope = map[*Document]map[string]bool{}
	}
	for _, doc := range docs {
		if d.Bool() {
			m := d.boolMap()
			if x.scope != nil {
				x.scope[doc] = m
			}
		}
	}
	x.corpusScope = d.boolMap()
	if d.Bool() {
		x.lastMemberOrg = map[*Document]string{}
	}
	for _, doc := range docs {
		if d.Bool() {
			org := d.String()
			if x.lastMemberOrg != nil {
				x.lastMemberOrg[doc] = org
			}
		}
	}

	if d.Bool() {
		x.annot = make(map[*Passage]*annotation, len(d.passages))
	}
	for _, p := range d.passages {
		if !d.Bool() {
			continue
		}
		var a *annotation
		if d.Bool() {
			a = &annotation{countries: d.Strings(), direct: d.Strings(), groups: d.Strings(), orgs: d.Strings(),
				places: d.placeList(), amounts: d.amountList(), dates: d.dateList(), orgSpans: d.spans(), sentences: d.spans()}
		}
		if x.annot != nil {
			x.annot[p] = a
		}
	}
	if err := d.Done(); err != nil {
		return nil, nil, fmt.Errorf("read facts: %w", err)
	}
	// As extract ends: the derived indexes, built once before any reader.
	x.orgIdx()
	x.definedGroups()
	return docs, x, nil
}

func (d *factsDecoder) passage() *Passage {
	n := d.Ref(len(d.passages) + 1)
	if n <= 0 {
		return nil
	}
	return d.passages[n-1]
}

func (d *factsDecoder) org() *Org {
	n := d.Ref(len(d.orgs) + 1)
	if n <= 0 {
		return nil
	}
	return &d.orgs[n-1]
}

func (d *factsDecoder) projectRef() *Project {
	n := d.Ref(len(d.projects) + 1)
	if n <= 0 {
		return nil
	}
	return d.projects[n-1]
}

func (d *factsDecoder) span() Span { return Span{Start: d.Int(), End: d.Int()} }

func (d *factsDecoder) spans() []Span {
	n, isNil := d.Len(2)
	if isNil {
		return nil
	}
	out := make([]Span, n)
	for i := range out {
		out[i] = d.span()
	}
	return out
}

func (d *factsDecoder) ints() []int {
	n, isNil := d.Len(1)
	if isNil {
		return nil
	}
	out := make([]int, n)
	for i := range out {
		out[i] = d.Int()
	}
	return out
}

func (d *factsDecoder) boolMap() map[string]bool {
	n, isNil := d.Len(2)
	if isNil {
		return nil
	}
	m := make(map[string]bool, n)
	for range n {
		k := d.String()
		m[k] = d.Bool()
	}
	return m
}

func (d *factsDecoder) place() Place {
	return Place{Name: d.String(), Country: d.String(), AsWritten: d.String(), Misspelt: d.Bool(), Passage: d.passage(), Span: d.span()}
}

func (d *factsDecoder) placeList() []Place {
	n, isNil := d.Len(1)
	if isNil {
		return nil
	}
	out := make([]Place, n)
	for i := range out {
		out[i] = d.place()
	}
	return out
}

func (d *factsDecoder) date() Date {
	return Date{Text: d.String(), Start: d.Time(), End: d.Time(), Precision: d.String(), Since: d.Bool(), Relative: d.Bool(),
		Between: d.Bool(), Sentence: d.String(), Passage: d.passage(), Span: d.span()}
}

func (d *factsDecoder) datePtr() *Date {
	if !d.Bool() {
		return nil
	}
	dt := d.date()
	return &dt
}

func (d *factsDecoder) dateList() []Date {
	n, isNil := d.Len(1)
	if isNil {
		return nil
	}
	out := make([]Date, n)
	for i := range out {
		out[i] = d.date()
	}
	return out
}

func (d *factsDecoder) amountList() []Amount {
	n, isNil := d.Len(1)
	if isNil {
		return nil
	}
	out := make([]Amount, n)
	for i := range out {
		out[i] = Amount{Text: d.String(), Currency: d.String(), Value: d.Float(), Verb: d.String(), Payer: d.String(),
			Recipient: d.String(), Via: d.String(), Date: d.datePtr(), Purpose: d.String(), Project: d.projectRef(), Equivalent: d.String(),
			EquivalentOf: d.String(), Sentence: d.String(), Passage: d.passage(), Span: d.span()}
	}
	return out
}

func (d *factsDecoder) project(pr *Project) {
	pr.Name = d.String()
	pr.What = d.String()
	pr.Partners = d.Strings()
	pr.Beneficiaries = d.Strings()
	pr.Places = d.placeList()
	pr.Dates = d.dateList()
	pr.Funding = d.Strings()
	pr.Status = d.String()
	pr.Passage = d.passage()
	if n, isNil := d.Len(1); !isNil {
		pr.Sentences = make([]Excerpt, n)
		for i := range pr.Sentences {
			pr.Sentences[i] = Excerpt{Passage: d.passage(), Span: d.span()}
		}
	}
}
