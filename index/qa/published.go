package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
)

// Questions about the documents themselves: who published them and when.

// Weights of answers from a document's front matter.
const (
	// docCoverageFloor is the coverage of any document's date or
	// publisher when the question asks about publication: the question
	// is half answered by being about a document at all; the rest is how
	// well the document's title and name match what else it says.
	docCoverageFloor = 0.5
	// publishedBonus ranks front matter above any sentence that merely
	// mentions a report or a date.
	publishedBonus = 0.5
	// docOrderStep makes the earlier document win among equals, too small
	// to outweigh anything else.
	docOrderStep = 1e-3
	// definesOrgCoverage is what a named organisation adds to the
	// coverage of the document that defines it: "the IAI paper".
	definesOrgCoverage = 0.5
)

// rePublished asks about a document: its words name one or its making.
// "Issued", "released", "written" and "dated" say it only of a document
// named so or pointed at ("when was this issued"): "when was the revised
// tender issued" asks of a tender.
// The nouns name the document only right after "the", or "this" with at
// most one word between ("this mofa paper"): "the bilateral document" is
// a text the paper speaks of.
var rePublished = regexp.MustCompile(`\b(?:publish|published|publication|author|authored|press release|the\s+(?:document|paper|report)|(?:this|that)\s+(?:[a-z0-9-]+\s+)?(?:document|paper|report)|(?:this|it|wrote)\b.*\b(?:issued|released|written|dated)|wrote)\b`)

// answerPublished answers "when was the report published" with the
// documents' dates.
func (md *Model) answerPublished(aq *asked, consider offerFunc) {
	if !rePublished.MatchString(aq.q) {
		return
	}
	for i, d := range md.docs {
		if d.Date.IsZero() || md.namesOthersText(aq, d) {
			continue
		}
		a := Answer{Span: d.DateText, Text: d.DateText + " — " + d.Title + ", " + d.Publisher, Sentence: d.Title, Passage: d.Passages[0]}
		consider(a, docCoverageFloor+(1-docCoverageFloor)*md.docCoverage(aq, d), publishedBonus-float64(i)*docOrderStep)
	}
}

// namesOthersText reports whether the question names a body that does not
// publish d: "when was the LTCFS final report published" asks of the
// study's report, not of the paper that says it is still to come.
func (md *Model) namesOthersText(aq *asked, d *corpus.Document) bool {
	for _, k := range aq.ent.orgKeys {
		if !md.publishers[d][k] {
			return true
		}
	}
	return false
}

// answerPublisher answers "who published the paper" with the documents'
// publishers.
func (md *Model) answerPublisher(aq *asked, consider offerFunc) {
	if !rePublished.MatchString(aq.q) {
		return
	}
	for i, d := range md.docs {
		if d.Publisher == "" {
			continue
		}
		a := Answer{Span: d.Publisher, Text: d.Publisher + " published “" + d.Title + "”", Sentence: d.Title, Passage: d.Passages[0]}
		cov := docCoverageFloor + (1-docCoverageFloor)*md.docCoverage(aq, d)
		consider(a, cov, publishedBonus-float64(i)*docOrderStep)
		// "Who wrote this op-ed": the person its byline names ("By
		// Hiroshi Tanabe, Ambassador ..."), ahead of the body that
		// publishes it.
		if reWroteAsked.MatchString(aq.q) {
			if per := md.bylineOf(d); per != nil {
				if rec := md.sentenceOf(per.Passage, per.Span); rec != nil {
					consider(answerFrom(rec, per.Titled(), per.Display(), per.Span), cov, publishedBonus+bylineBonus-float64(i)*docOrderStep)
				}
			}
		}
	}
}

// bylineBonus ranks a byline's author above the publisher for a question
// about who wrote a document.
const bylineBonus = 0.1

// bylinePassages is how many passages from a document's start a byline
// may stand in.
const bylinePassages = 3

var (
	// reWroteAsked asks who wrote a document.
	reWroteAsked = regexp.MustCompile(`\b(?:wrote|written|write|writes|author|authored|penned)\b`)
	// reBylineBefore is what stands before a byline's name: "By", with
	// emphasis marks.
	reBylineBefore = regexp.MustCompile(`(?i)^[\s*_]*by\s+$`)
)

// bylineOf is the person a document's byline names, near its start.
func (md *Model) bylineOf(d *corpus.Document) *corpus.Person {
	for i := range md.facts.People {
		per := &md.facts.People[i]
		if per.Passage == nil || per.Passage.Doc != d || per.Span.Start > len(per.Passage.Text) {
			continue
		}
		if slices.Index(d.Passages, per.Passage) < bylinePassages && reBylineBefore.MatchString(per.Passage.Text[:per.Span.Start]) {
			return per
		}
	}
	return nil
}

// docCoverage is how much of the question, publication words aside, a
// document's title, publisher and name cover.
func (md *Model) docCoverage(aq *asked, d *corpus.Document) float64 {
	var qt []qterm
	for _, t := range aq.terms {
		if !rePublished.MatchString(t.word) {
			qt = append(qt, t)
		}
	}
	c := coverageSet(qt, md.termCache[d.Title+" "+d.Publisher+" "+strings.ReplaceAll(d.ID, "-", " ")])
	// "the IAI paper": an organisation the question names belongs to the
	// document that defines it.
	for _, o := range aq.ent.orgs {
		if o.Passage != nil && o.Passage.Doc == d {
			c += definesOrgCoverage
		}
	}
	return c
}
