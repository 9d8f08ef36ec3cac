package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// A sentence that is nothing but a label and a short value ("Efficiency:
// moderate.", "Overall rating: satisfactory.") answers a question that
// names the label ("rating for efficiency") with the value.

var reLabelValue = regexp.MustCompile(`^(\p{Lu}[\p{L}\p{N} '’-]{1,40}):\s+([^.;:]{1,40}?)\.?$`)

// Bounds of a label-and-value sentence, in words.
const (
	maxRatingLabelWords = 4
	maxRatingValueWords = 4
	// maxRatingSentence is the longest such sentence, in bytes.
	maxRatingSentence = 90
	// labelValueBonus ranks a label's value above the passage that holds
	// it, for a question that names the label.
	labelValueBonus = 0.3
)

// answerLabelValue offers the value of each label-and-value sentence
// whose label the question names.
func (md *Model) answerLabelValue(aq *asked, consider offerFunc) {
	for _, rec := range md.sents {
		// Cheap tests first: such a sentence is short and has a colon.
		if len(rec.text) > maxRatingSentence || !strings.Contains(rec.text, ": ") {
			continue
		}
		m := reLabelValue.FindStringSubmatchIndex(strings.TrimSpace(rec.text))
		if m == nil {
			continue
		}
		text := strings.TrimSpace(rec.text)
		label, value := text[m[2]:m[3]], text[m[4]:m[5]]
		if len(strings.Fields(label)) > maxRatingLabelWords || len(strings.Fields(value)) > maxRatingValueWords || !labelAsked(label, aq) || !md.entityFit(aq.ent, rec) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue
		}
		off := strings.Index(rec.text, text)
		span := corpus.Span{Start: rec.span.Start + off + m[4], End: rec.span.Start + off + m[5]}
		consider(answerFrom(rec, value, value+" — "+text, span), cov, labelValueBonus)
	}
}

// reRowCell is one cell of a table row as the parser writes it: "Capacity
// (tonnes): 8,500", between semicolons after the row's own label.
var reRowCell = regexp.MustCompile(`^\s*(\p{Lu}[^:;]{0,40}?):\s+([^:;]{1,40}?)\.?\s*$`)

// answerTableCell offers, of a table row the question names ("the Can Tho
// hub"), the cell whose column label the question names ("capacity ...
// in tonnes" of "Capacity (tonnes): 8,500").
//
// For a count (numbers set), only a cell that is a number is offered, and
// with no bonus: the count answerer reads rows with their units, and its
// candidates, offered first, win a tie; "how many addresses coded in
// Cambodia" of "Addresses coded: 168,000" is the label's alone.
func (md *Model) answerTableCell(aq *asked, consider offerFunc, numbers bool) {
	// A count's cell must be of the thing counted ("how many addresses
	// coded" of "Addresses coded"), not a year's column of another
	// thing ("FY2017: 410" of "Women trained" for "how many men"); and
	// one row answers for one country only.
	noun := ""
	if numbers {
		if noun = countedNoun(aq.q); noun == "" || len(aq.ent.countries) > 1 {
			return
		}
	}
	for _, rec := range md.sents {
		if !rec.p.IsTableRow() || !strings.HasPrefix(rec.text, rec.p.Label+":") || !md.entityFit(aq.ent, rec) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue
		}
		// "Households enrolled in the PRIP: Target: 3,000; Achieved:
		// 3,860": a row whose own label counts the thing asked gives it
		// under columns that say only the figure's kind, which
		// columnKindBonus then weighs.
		rowCounts := numbers && labelHasWord(rec.p.Label, noun)
		// The row's own label is what the row is about, not a column.
		at := len(rec.p.Label) + 1
		for _, cell := range strings.Split(rec.text[at:], ";") {
			m := reRowCell.FindStringSubmatchIndex(cell)
			// "Capacity (tonnes)": the unit in brackets need not be asked.
			if m != nil && labelAsked(reBracketed.ReplaceAllString(cell[m[2]:m[3]], ""), aq) {
				value := cell[m[4]:m[5]]
				span := corpus.Span{Start: rec.span.Start + at + m[4], End: rec.span.Start + at + m[5]}
				switch {
				case !numbers:
					consider(answerFrom(rec, value, value+" — "+strings.TrimSpace(rec.text), span), cov, labelValueBonus)
				case reCellNumber.MatchString(value) && labelHasWord(cell[m[2]:m[3]], noun):
					bonus := 0.0
					if contentWords(cell[m[2]:m[3]]) >= minSpecificLabel {
						bonus = askedColumnBonus
					}
					consider(answerFrom(rec, value, value+" — "+strings.TrimSpace(rec.text), span), cov, bonus)
				}
			} else if m != nil && rowCounts && reCellNumber.MatchString(cell[m[4]:m[5]]) && figureKindLabel(cell[m[2]:m[3]]) {
				value := cell[m[4]:m[5]]
				span := corpus.Span{Start: rec.span.Start + at + m[4], End: rec.span.Start + at + m[5]}
				consider(answerFrom(rec, value, value+" — "+strings.TrimSpace(rec.text), span), cov, 0)
			}
			at += len(cell) + 1
		}
	}
}

// figureKindLabel reports whether a column's label says only what kind of
// figure its cells are: "Target", "Achieved", "Actual (2020)".
func figureKindLabel(label string) bool {
	kind := false
	for _, w := range strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return !prose.IsWordRune(r) }) {
		switch {
		case figureColumnKinds[w]:
			kind = true
		case !prose.Stopwords[w] && strings.Trim(w, "0123456789") != "":
			return false
		}
	}
	return kind
}

// askedColumnBonus ranks a number under a column whose label of
// minSpecificLabel words or more the question asks whole ("Wells
// tested"), in the asked country's row, above a count in a sentence that
// lacks some of the question's words ("210 deep tube wells" for "how
// many wells tested in vietnam"); a count whose sentence covers it all,
// with its noun and nearness, still ranks above.
const (
	askedColumnBonus = 0.4
	minSpecificLabel = 2
)

// contentWords is how many words of s are not stop words.
func contentWords(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !prose.IsWordRune(r) }) {
		if !prose.Stopwords[w] {
			n++
		}
	}
	return n
}

// labelHasWord reports whether a label holds word w, by its first
// letters as labelAsked reads them.
func labelHasWord(label, w string) bool {
	return slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return !prose.IsWordRune(r) }), func(l string) bool { return labelWordIs(l, w) })
}

// reCellNumber is a cell that is a number, with its unit if any:
// "168,000", "4,200 km²".
var reCellNumber = regexp.MustCompile(`^\d[\d,.]*(?:\s+\S+)?$`)

// answerCellActYesNo answers "has the Indonesia agreement entered into
// force" from a table row the question names whose column is the act
// asked ("Date in force"): a date there says yes, a denial ("not yet in
// force") says no. A date after the document's own is still to come and
// says neither.
func (md *Model) answerCellActYesNo(aq *asked) (Answer, bool) {
	if !aq.yesNo || reWillAsk.MatchString(aq.q) {
		return Answer{}, false
	}
	act := actAsked(aq.q)
	if act == nil {
		return Answer{}, false
	}
	var best *sentenceRec
	var bestCov float64
	var bestNo bool
	var bestSpan corpus.Span
	for _, rec := range md.sents {
		if !rec.p.IsTableRow() || !strings.HasPrefix(rec.text, rec.p.Label+":") || !md.entityFit(aq.ent, rec) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage || best != nil && cov <= bestCov {
			continue
		}
		// "Has the additional financing been approved" is not answered by
		// the row of a technical assistance its words do not name,
		// though its "Approval" column holds a date.
		if !rowNamed(aq, rec) {
			continue
		}
		at := len(rec.p.Label) + 1
		for _, cell := range strings.Split(rec.text[at:], ";") {
			m := reRowCell.FindStringSubmatchIndex(cell)
			if m == nil || !act.MatchString(cell[m[2]:m[3]]) {
				at += len(cell) + 1
				continue
			}
			span := corpus.Span{Start: rec.span.Start + at + m[4], End: rec.span.Start + at + m[5]}
			no := reDenial.MatchString(strings.ToLower(cell[m[4]:m[5]]))
			if no || md.pastDateIn(rec.p, span) {
				best, bestCov, bestNo, bestSpan = rec, cov, no, span
			}
			break
		}
	}
	if best == nil {
		return Answer{}, false
	}
	word, line := polarity(bestNo)
	a := answerFrom(best, word, line+prose.Clip(best.text, quoteRunes), bestSpan)
	a.Found, a.Kind = true, AskOpen
	return a, true
}

// pastDateIn reports whether span of p holds a date no later than the
// document's own, or any date when the document has none.
func (md *Model) pastDateIn(p *corpus.Passage, span corpus.Span) bool {
	for i := range md.facts.Dates {
		d := &md.facts.Dates[i]
		if d.Passage != p || d.Span.Start < span.Start || d.Span.End > span.End {
			continue
		}
		return p.Doc.Date.IsZero() || !d.Start.After(p.Doc.Date)
	}
	return false
}

// maxItemNumber is the longest such item, in bytes.
const maxItemNumber = 60

// answerItemCount offers, of a list item that is a label and a number,
// the number, for a count of the noun its lead-in counts: "So far 214
// pilots have completed MPTP ... By country, they come from:" over
// "Cambodia: 68" answers "how many pilots from cambodia".
func (md *Model) answerItemCount(aq *asked, consider offerFunc) {
	noun := countedNoun(aq.q)
	if noun == "" || len(aq.ent.countries) > 1 {
		return
	}
	for _, rec := range md.sents {
		if len(rec.text) > maxItemNumber || rec.p.Lead == "" || rec.p.IsTableRow() {
			continue
		}
		// A label and a number, as a table's cell is: "Cambodia: 68".
		m := reRowCell.FindStringSubmatchIndex(rec.text)
		if m == nil || !reCellNumber.MatchString(rec.text[m[4]:m[5]]) || !labelHasWord(rec.p.Lead, noun) || !md.entityFit(aq.ent, rec) {
			continue
		}
		// The label is what the number is of: a country asked is the
		// label's, not one the lead-in names ("in Can Tho"), and such a
		// label says the number is that country's part of the whole the
		// lead-in counts ("214 pilots").
		bonus := 0.0
		if len(aq.ent.countries) == 1 {
			if !slices.ContainsFunc(md.src.CountriesAnyCase(rec.text[m[2]:m[3]]), func(g GeoMention) bool { return g.Name == aq.ent.countries[0] }) {
				continue
			}
			bonus = countryItemBonus
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue
		}
		value := rec.text[m[4]:m[5]]
		span := corpus.Span{Start: rec.span.Start + m[4], End: rec.span.Start + m[5]}
		consider(answerFrom(rec, value, value+" — "+strings.TrimSpace(rec.text), span), cov, bonus)
	}
}

// countryItemBonus ranks a number a list item labels with the country
// asked above the whole its lead-in counts, which names no country.
const countryItemBonus = 0.6
