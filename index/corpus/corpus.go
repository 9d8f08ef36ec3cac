// Package corpus defines the documents, passages and facts that package
// index reads from the source documents and that its answerer, package qa,
// answers from. Package index gives every type here under the same name;
// code outside index uses those.
package corpus

import (
	"fmt"
	"strings"
	"time"
)

// Document is one source document: its front matter and its passages.
type Document struct {
	ID        string    // file name without extension; the citation key
	Title     string    // first line of the file
	Publisher string    // the front-matter line that is neither title nor date
	Date      time.Time // publication date, first of the month when only a month is given; zero if absent
	DateText  string    // the date as written
	Passages  []*Passage
}

// Kind names of passages.
const (
	KindTitle     = "title"
	KindOverview  = "overview"
	KindParagraph = "paragraph"
	KindItem      = "item"
	KindBullet    = "bullet"
)

// Passage is one citable unit of a document: the overview, a paragraph, a
// numbered or lettered item, or a bullet.
type Passage struct {
	ID    string // "<doc>#<n>", stable for the same file
	Doc   *Document
	Kind  string
	Cite  Citation
	Text  string   // the passage as written, whitespace collapsed
	Lead  string   // for items and bullets: the paragraph that introduces the list
	LeadP *Passage // that paragraph's passage
	Order int      // position in the document
	Label string   // the name an item gives itself in bold before its details
}

// IsTableRow reports whether p is a row of a table, written as its first
// cell labelling the others ("Laos: Trainees: 365; Courses: 51.").
func (p *Passage) IsTableRow() bool {
	return p.Label != "" && strings.HasPrefix(p.Cite.Item, "row ")
}

// LeadFrame is the text that frames p as a list's item: its lead-in,
// and for an item of a list nested in a numbered item, the lead-in of
// that item too ("(c) dispatch of 14 experts" under "7. The project
// involves:" under the heading "Flood Forecasting in Kelantan").
func (p *Passage) LeadFrame() string {
	if q := p.LeadP; q != nil && q.LeadP != nil && q.Lead != "" {
		return p.Lead + " " + q.Lead
	}
	return p.Lead
}

// Citation locates a passage: document, section and item.
type Citation struct {
	Doc          string // document ID
	DocTitle     string
	Section      int    // 0 for front matter and overview
	SectionTitle string // as written
	Item         string // "3", "(2)", "(a)", "(2) bullet 1"; empty for a section's own paragraphs
}

// String renders the citation the way replies show it.
func (c Citation) String() string {
	var b strings.Builder
	b.WriteString(c.Doc)
	if c.Section > 0 {
		fmt.Fprintf(&b, " §%d %s", c.Section, c.SectionTitle)
	} else if c.SectionTitle != "" {
		fmt.Fprintf(&b, " · %s", c.SectionTitle)
	}
	if c.Item != "" {
		if strings.HasPrefix(c.Item, "(") || strings.HasPrefix(c.Item, "bullet") {
			fmt.Fprintf(&b, " %s", c.Item)
		} else {
			fmt.Fprintf(&b, ", item %s", c.Item)
		}
	}
	return b.String()
}

// Hit is one search result.
type Hit struct {
	Passage *Passage
	Score   float64
	Matches []Span // where query terms matched in Passage.Text, in order
}
