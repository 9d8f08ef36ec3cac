package index

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

var (
	reMDHeading  = regexp.MustCompile(`^(#{1,6})\s*(.*?)\s*#*$`)
	reNumHeading = regexp.MustCompile(`^(\d{1,2})[.)]\s+(\S.*)$`)
	// reRomanHeading is a section heading numbered in Roman numerals, as
	// formal papers number their parts: "II. MAIN AREAS OF COOPERATION".
	reRomanHeading = regexp.MustCompile(`^(` + lexicon.AltOf(keys(romanValue)) + `)\.\s+(\S.*)$`)
	// reLetterHeading is a section heading numbered by a capital letter,
	// its title opening with a capital: "B. ELIGIBILITY OF BIDDERS".
	reLetterHeading = regexp.MustCompile(`^([A-Z])\.\s+(\p{Lu}.*)$`)
	reNumItem       = regexp.MustCompile(`^\s*(\d{1,2})[.)]\s+(\S.*)$`)
	reParenNum      = regexp.MustCompile(`^\s*\((\d{1,2})\)\s*(\S.*)$`)
	reLetterItem    = regexp.MustCompile(`^\s*\(?([a-z])\)\s+(\S.*)$`)
	// reBullet is a list item's marker and text. A Markdown "*" or "-"
	// needs a space after it: "*Speaker notes:* ..." opens in emphasis.
	reBullet = regexp.MustCompile(`^\s*(?:[•·●▪◦–]\s*|[*\-]\s+)(?:[-–]\s+)?(\S.*)$`)
	// reThematicBreak is a Markdown rule, three or more "-", "*" or "_",
	// which decks put between slides: read as a bullet it would be one.
	reThematicBreak = regexp.MustCompile(`^(?:[-*_]\s*){3,}$`)
	reOverview      = regexp.MustCompile(`(?i)^(?:\*\*)?(overview|summary|abstract|introduction)(?:\*\*)?\s*:\s*(?:\*\*)?\s*`)
	reNavigation    = regexp.MustCompile(`(?i)^(back to (index|top|home)|page top|return to top|top of page)$`)
	reHTMLComment   = regexp.MustCompile(`(?s)<!--.*?-->`)
	reSpaces        = regexp.MustCompile(`\s+`)
	reMarkdownEmph  = regexp.MustCompile(`\*\*|__`)
	// reDatelineLead is a place and a date in bold, then a dash, opening
	// a paragraph: "**Manila, Philippines, 18 September 2012** – ".
	reDatelineLead = regexp.MustCompile(`^\*\*(\p{Lu}[\p{L}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,40}){0,2}),\s*([^*,]{6,20}(?:,\s*\d{4})?)\*\*\s*[–—-]\s+`)
	// reBoldLine is a line wholly in bold.
	reBoldLine = regexp.MustCompile(`^\*\*([^*]+)\*\*$`)
	// reBoldLead is a bold name opening an item: "**Port Community System**:
	// US$1.6 million; ...".
	// "**Wattay Airport Project** (Vientiane Capital) — ODA loan": an aside
	// in brackets may stand between the name and its stop.
	reBoldLead = regexp.MustCompile(`^(?:[-*•]\s+)?\*\*([^*]{3,140})\*\*\s*(?:\([^()]{1,80}\)\s*)?[:.—–-]`)
	// reBoldLeadStop is a bold label whose stop is inside the bold:
	// "**(2) Friendship Bridge.** The bridge crosses ...".
	reBoldLeadStop = regexp.MustCompile(`^(?:[-*•]\s+)?\*\*([^*]{3,140}?)[.:]\*\*\s`)
	// reItalicLeadStop is the same label in italics: "*Speaker notes:* I
	// would like to begin ...".
	reItalicLeadStop = regexp.MustCompile(`^(?:[-*•]\s+)?\*([^*\s][^*]{2,139}?)[.:]\*\s`)
	// reItalic is a run set in italics with single asterisks; the
	// asterisks are markup, not text.
	reItalic = regexp.MustCompile(`\*([^*\s](?:[^*]*[^*\s])?)\*`)
	// reLabelNumber is the number an item's label opens with: "(2) ".
	reLabelNumber = regexp.MustCompile(`^(?:\(\w{1,3}\)|\w{1,3}[.)])\s+`)
)

// ParseDocument splits a document into front matter and passages. id is the
// citation key, usually the file name; the text may be plain text or Markdown.
func ParseDocument(id, text string) (*Document, error) {
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("document %s: not valid UTF-8", id)
	}
	text = reHTMLComment.ReplaceAllString(strings.ReplaceAll(text, "\r\n", "\n"), "")
	lines := textTables(strings.Split(text, "\n"))
	d := &Document{ID: id}
	p := &parser{doc: d, numbered: map[int]bool{}, used: map[int]bool{}}
	// "## 5. Key Outcomes" after "### 4.1 ...": the numbers the headings
	// write are theirs, and an unnumbered or sub-numbered heading takes
	// one no heading writes, so no two sections share a number.
	for _, l := range lines {
		if m := reMDHeading.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			if n := reNumHeading.FindStringSubmatch(cleanInline(m[2])); n != nil {
				k, _ := strconv.Atoi(n[1])
				p.numbered[k] = true
			}
		}
	}

	i := 0
	// Front matter: the title, then short lines up to the first blank line
	// after at least one of them, or up to the overview.
	for ; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		if d.Title == "" {
			d.Title = cleanInline(strings.TrimLeft(l, "# "))
			continue
		}
		if reOverview.MatchString(l) || reMDHeading.MatchString(l) || reNumHeading.MatchString(l) || reRomanHeading.MatchString(l) || len(l) > 120 {
			break
		}
		l = cleanInline(l)
		if t, ok := parseDocDate(l); ok && d.DateText == "" {
			d.Date, d.DateText = t, l
		} else if d.Publisher == "" {
			d.Publisher = l
		} else {
			break
		}
	}
	if d.Title == "" {
		return nil, fmt.Errorf("document %s: empty", id)
	}
	p.add(KindTitle, d.Title, "")

	for ; i < len(lines); i++ {
		p.line(lines[i])
	}
	p.flush()
	p.flushPending()
	if len(d.Passages) < 2 {
		return nil, fmt.Errorf("document %s: no text after the title", id)
	}
	return d, nil
}

// parser carries the state of the line-by-line walk.
type parser struct {
	doc        *Document
	section    int
	secTitle   string
	para       []string // lines of the paragraph being read
	paraItem   string   // item label of that paragraph, e.g. "(1)"
	paraKind   string
	lastPara   string   // text of the last plain paragraph: the lead of a following list
	lastParaP  *Passage // its passage
	lastParaIt string   // its item label, which prefixes bullet labels
	// itemLead is the last lettered or numbered item when it ends in a
	// colon: "(b) The loan amounts to ¥18,420 million on the following
	// terms:" leads the bullets under it, not the paragraph before it.
	itemLead *Passage
	bullets  int
	inList   bool
	// tableHead is the header row of the Markdown table being read, nil
	// outside one; tableRows counts its rows.
	tableHead []string
	tableRows int
	// unit is the unit a "(Unit: million yen)" line gives the numbers of
	// the table after it.
	unit string
	// markdown is set once a Markdown heading is read; roman while the
	// sections are numbered in Roman numerals.
	markdown, roman bool
	// lettered is set while capital letters number the sections ("A.
	// GENERAL").
	lettered bool
	// numbered are the section numbers the document's Markdown headings
	// write; used those given so far.
	numbered, used map[int]bool
	// labelRun is set while label lines ("Laos: 57 million yen") follow
	// a paragraph that ends in a colon, as its items.
	labelRun bool
	// colonList is set while numbered lines follow, with no blank line,
	// a line that ends in a colon ("Main topics:"): they are its list,
	// not the document's sections.
	colonList bool
	// prevLine is the line read before this one, "" after a blank line.
	prevLine string
	// pendHead is a numbered sub-heading that stood on its own line with a
	// blank line after it ("(1) Fish Stock Survey Fund"), waiting for the
	// paragraph it heads; pendItem is its number.
	pendHead, pendItem string
	// headLayout is set once a numbered sub-heading of the document has
	// been seen on a line of its own, over its paragraph.
	headLayout bool
}

func (p *parser) line(raw string) {
	l := strings.TrimRight(raw, " \t")
	trim := strings.TrimSpace(l)
	indented := len(l) > 0 && (l[0] == ' ' || l[0] == '\t')
	prev := p.prevLine
	p.prevLine = trim
	switch {
	case trim == "":
		p.colonList = false
		p.flush()
		if p.tableHead != nil {
			p.unit = ""
		}
		p.tableHead = nil
		return
	case reThematicBreak.MatchString(trim):
		// "---" between slides rules off: it says nothing, and what
		// stood before it is no lead of the list after it.
		p.flush()
		p.flushPending()
		p.lastPara, p.lastParaIt, p.lastParaP = "", "", nil
		p.itemLead = nil
		p.bullets, p.inList = 0, false
		return
	case isTableRow(trim):
		p.flush()
		p.flushPending()
		p.tableRow(trim)
		return
	case unitLine(cleanInline(trim)) != "":
		p.flush()
		p.unit = unitLine(cleanInline(trim))
		return
	case reNavigation.MatchString(cleanInline(trim)):
		p.flush()
		return
	}
	p.tableHead = nil
	p.unit = "" // a unit line is the next table's only
	if m := reMDHeading.FindStringSubmatch(trim); m != nil && !indented {
		p.flush()
		p.markdown, p.roman = true, false
		title := cleanInline(m[2])
		if n := reNumHeading.FindStringSubmatch(title); n != nil {
			p.section, _ = strconv.Atoi(n[1])
			title = n[2]
		} else {
			p.section++
			for p.numbered[p.section] || p.used[p.section] {
				p.section++
			}
		}
		p.used[p.section] = true
		p.startSection(title)
		return
	}
	if m := reOverview.FindStringIndex(trim); m != nil && p.section == 0 {
		p.flush()
		p.paraKind = KindOverview
		p.para = append(p.para, trim[m[1]:])
		return
	}
	if m := reNumHeading.FindStringSubmatch(trim); m != nil && !indented {
		n, _ := strconv.Atoi(m[1])
		if prev != "" && (p.colonList || strings.HasSuffix(prev, ":")) {
			p.colonList = true
		} else if n == p.section+1 && looksLikeHeading(m[2]) {
			p.flush()
			p.section = n
			p.roman = false
			p.startSection(cleanInline(m[2]))
			return
		}
	}
	// Roman numerals number the parts of a plain-text paper, from "I."
	// on, not a list inside a Markdown section ("II. Soft
	// infrastructure") nor a signature's initial ("I. Tanaka, Director").
	if m := reRomanHeading.FindStringSubmatch(trim); m != nil && !indented && !p.markdown {
		n := romanValue[m[1]]
		if n == p.section+1 && (n == 1 || p.roman) && looksLikeHeading(m[2]) && !strings.Contains(m[2], ",") {
			p.flush()
			p.section = n
			p.roman = true
			p.startSection(cleanInline(m[2]))
			return
		}
	}
	// Capital letters number the parts of a notice or a form, from "A."
	// on, each on a line of its own after a blank line: "A. GENERAL",
	// "F. BACKGROUND OF THE PROJECT". Not a list inside a Markdown
	// section, nor an initial ("A. Tanaka, Director").
	if m := reLetterHeading.FindStringSubmatch(trim); m != nil && !indented && !p.markdown && prev == "" {
		n := int(m[1][0]-'A') + 1
		if n == p.section+1 && (n == 1 || p.lettered) && looksLikeHeading(m[2]) && !strings.Contains(m[2], ",") && len(strings.Fields(m[2])) <= maxLetterHeadingWords {
			p.flush()
			p.section = n
			p.roman, p.lettered = false, true
			p.startSection(cleanInline(m[2]))
			return
		}
	}
	// "**(1) Power Distribution Project (PDREP)**" alone on its line is
	// the numbered sub-heading a plain paper writes without the bold.
	if m := reBoldLine.FindStringSubmatch(trim); m != nil && reParenNum.MatchString(m[1]) {
		trim = strings.TrimSpace(m[1])
	}
	if m := reParenNum.FindStringSubmatch(trim); m != nil {
		p.flush()
		p.paraKind, p.paraItem = KindParagraph, "("+m[1]+")"
		p.para = append(p.para, m[2])
		return
	}
	if m := reNumItem.FindStringSubmatch(l); m != nil {
		p.flush()
		p.paraKind, p.paraItem = KindItem, m[1]
		p.para = append(p.para, m[2])
		return
	}
	if m := reLetterItem.FindStringSubmatch(l); m != nil {
		p.flush()
		p.paraKind, p.paraItem = KindItem, "("+m[1]+")"
		p.para = append(p.para, m[2])
		return
	}
	if m := reBullet.FindStringSubmatch(l); m != nil && !strings.HasPrefix(trim, "**") {
		p.flush()
		p.bullets++
		label := fmt.Sprintf("bullet %d", p.bullets)
		if p.lastParaIt != "" {
			label = p.lastParaIt + " " + label
		}
		p.paraKind, p.paraItem = KindBullet, label
		p.para = append(p.para, m[1])
		return
	}
	// "Press Secretary: Mr. X" then "Venue: Tokyo": lines that each open
	// with a label are fields of their own, not one paragraph.
	if len(p.para) > 0 && reLineLabel.MatchString(trim) && reLineLabel.MatchString(p.para[len(p.para)-1]) {
		p.flush()
	}
	// "**Project title:** ..." then "**Total Japanese input:** ¥742
	// million": a block of fields in bold stays one passage, so each field
	// is read with the others, but each is a sentence of its own.
	if n := len(p.para); n > 0 && reBoldField.MatchString(trim) && reBoldField.MatchString(p.para[n-1]) && !strings.HasSuffix(p.para[n-1], ".") {
		p.para[n-1] += "."
	}
	if p.paraKind == "" {
		p.paraKind = KindParagraph
	}
	p.para = append(p.para, trim)
}

// reBoldField is a line opening with a short label in bold, in any case:
// "**Project title:** ...".
var reBoldField = regexp.MustCompile(`^\*\*[A-Z][\p{L}]*(?:\s+[\p{L}/'’-]+){0,4}(?::\*\*|\*\*:)\s+\S`)

// reLineLabel is a line opening with a short title-case label and a colon.
var reLineLabel = regexp.MustCompile(`^[A-Z][\p{L}]*(?:\s+[A-Z][\p{L}]*){0,3}:\s+\S`)

var reTableRule = regexp.MustCompile(`^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$`)

// isTableRow reports whether a line is a row of a Markdown table.
func isTableRow(s string) bool {
	return strings.HasPrefix(s, "|") && strings.Count(s, "|") >= 3
}

// tableCells splits a table row into its trimmed cells.
func tableCells(s string) []string {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "|"), "|")
	cells := strings.Split(s, "|")
	for i, c := range cells {
		cells[i] = cleanInline(c)
	}
	return cells
}

// tableRow reads one row of a Markdown table. A table's facts sit in its
// rows, each read against the header: a row becomes an item of its own,
// written as its first cell labelling the others, "Cavite Flood Risk
// Project: Scheme: ODA loan; Amount: ¥9.37 billion; Period: June 2017 –
// 2024.", so that a row is read as a list's item is, its first cell naming
// what the rest describe, and each cell keeps the column's name.
func (p *parser) tableRow(trim string) {
	p.flush()
	if reTableRule.MatchString(trim) {
		return
	}
	cells := tableCells(trim)
	if p.tableHead == nil {
		p.tableHead = cells
		p.tableRows = 0
		return
	}
	// "| Approved loan amount / disbursed amount | ¥14,820 million /
	// ¥14,206 million |": a field row that pairs its labels with as many
	// values is one row a pair, so that no value is read as another's.
	if labels, values := pairedCells(cells); labels != nil {
		for i := range labels {
			p.tableRow(markdownRow([]string{prose.UpperFirst(labels[i]), values[i]}))
		}
		return
	}
	// "| No. | Project | ..." numbers its rows: the name is the next cell.
	head := p.tableHead
	if len(cells) > 2 && len(head) > 2 && reRowNumber.MatchString(cells[0]) && reNumberColumn.MatchString(head[0]) {
		cells, head = cells[1:], head[1:]
	}
	var parts []string
	for i, c := range cells[1:] {
		if c == "" || c == "-" || c == "–" || c == "—" {
			continue
		}
		if i+1 < len(head) && head[i+1] != "" {
			name, unit := head[i+1], p.unit
			// "Amount (US$)": the column says what its numbers are in.
			if m := reColumnUnit.FindStringSubmatch(name); m != nil && isUnit(m[2]) {
				name, unit = m[1], m[2]
			}
			c = withUnit(c, unit)
			// "| Budget | ¥820 million |" under "| Key | Value |": a column
			// named only for holding values says nothing of them.
			if !genericColumns[strings.ToLower(name)] {
				c = name + ": " + c
			}
		}
		parts = append(parts, c)
	}
	if cells[0] == "" || len(parts) == 0 {
		return
	}
	p.tableRows++
	text := cells[0] + ": " + strings.Join(parts, "; ") + "."
	ps := p.add(KindItem, text, "row "+strconv.Itoa(p.tableRows))
	ps.Lead, ps.LeadP = p.lastPara, p.lastParaP
	// "20. ... The network now has eight member cities:" then the table:
	// a numbered item that ends in a colon leads the table after it.
	if p.itemLead != nil {
		ps.Lead, ps.LeadP = p.itemLead.Text, p.itemLead
	}
	ps.Label = cells[0]
	p.inList = true
}

// pairedCells splits a two-cell row whose label and value both list two
// or more parts with " / ", as many of each, into those parts; nil when
// the row is not so written.
func pairedCells(cells []string) (labels, values []string) {
	if len(cells) != 2 {
		return nil, nil
	}
	labels, values = strings.Split(cells[0], " / "), strings.Split(cells[1], " / ")
	if len(labels) < 2 || len(labels) != len(values) {
		return nil, nil
	}
	for i := range labels {
		labels[i], values[i] = strings.TrimSpace(labels[i]), strings.TrimSpace(values[i])
		if labels[i] == "" || values[i] == "" {
			return nil, nil
		}
	}
	return labels, values
}

// genericColumns are the names of a table's columns that say only that
// they hold values, not what the values are.
var genericColumns = lexicon.Set("generic column names")

// currencyWordsAfter are the words a sum is written with after its
// number, with a scale before them: "million yen", "baht".
var currencyWordsAfter = `(?:(?:thousand|million|billion)\s+)?(?:` + lexicon.Alt("currency words after a number") + `)`

var (
	// reUnitLine is a line giving a table's unit: "(Unit: million yen)".
	reUnitLine = regexp.MustCompile(`(?i)^\(?\s*unit\s*:\s*([^()]+?)\s*\)?$`)
	// reColumnUnit is a column's name with its unit in brackets.
	reColumnUnit = regexp.MustCompile(`^(.*?)\s*\(([^()]+)\)$`)
	// reRowNumber and reNumberColumn are a running number and its column.
	reRowNumber    = regexp.MustCompile(`^\d{1,3}\.?$`)
	reNumberColumn = regexp.MustCompile(`(?i)^(?:no\.?|#|number)$`)
	// rePlainNumber is a cell that is only a number.
	rePlainNumber = regexp.MustCompile(`^\d{1,3}(?:,\d{3})*(?:\.\d+)?$`)
	// reScaledNumber is a cell that is a number and its scale: "620
	// million"; reUnitScale is a unit that gives a scale of its own.
	reScaledNumber = regexp.MustCompile(`^\d{1,3}(?:,\d{3})*(?:\.\d+)?\s+(?:thousand|million|billion)$`)
	reUnitScale    = regexp.MustCompile(`(?i)\b(?:thousand|million|billion)\b`)
	// reUnitBefore is a unit written before its number: a currency sign
	// or code, with a scale after it ("US$", "¥ million").
	reUnitBefore   = regexp.MustCompile(`^(US\$|\$|¥|€|£|[A-Z]{3})(?:\s+(million|billion|thousand))?$`)
	reCurrencyCode = regexp.MustCompile(`^[A-Z]{3}$`)
	// reUnitAfter is a unit written after its number: "million yen".
	reUnitAfter = regexp.MustCompile(`(?i)^(?:` + currencyWordsAfter + `)$`)
)

// unitLine is the unit a "(Unit: million yen)" line gives, or "" for any
// other line ("Unit: Project Management Unit").
func unitLine(l string) string {
	if m := reUnitLine.FindStringSubmatch(l); m != nil && isUnit(m[1]) {
		return m[1]
	}
	return ""
}

// isUnit reports whether a column's or table's unit is money withUnit
// can write: "US$", "¥ million", "million yen"; not "(ADB)".
func isUnit(u string) bool {
	if m := reUnitBefore.FindStringSubmatch(u); m != nil {
		return !reCurrencyCode.MatchString(m[1]) || currencyOf(m[1]) != noCurrency
	}
	return reUnitAfter.MatchString(u)
}

// withUnit writes a cell that is only a number with the unit its column
// or table gives: "89,562" in "Amount (US$)" is "US$89,562". Other cells
// and units are left as written.
func withUnit(cell, unit string) string {
	if unit == "" {
		return cell
	}
	// "620 million" in "Amount (yen)": a number written with its scale
	// takes a unit that has none.
	if m := reScaledNumber.FindStringSubmatch(cell); m != nil && !reUnitScale.MatchString(unit) {
		if b := reUnitBefore.FindStringSubmatch(unit); b != nil {
			if reCurrencyCode.MatchString(b[1]) {
				return b[1] + " " + cell
			}
			return b[1] + cell
		}
		if reUnitAfter.MatchString(unit) {
			return cell + " " + unit
		}
		return cell
	}
	if !rePlainNumber.MatchString(cell) {
		return cell
	}
	if m := reUnitBefore.FindStringSubmatch(unit); m != nil {
		out := m[1] + cell
		if reCurrencyCode.MatchString(m[1]) {
			out = m[1] + " " + cell
		}
		if m[2] != "" {
			out += " " + m[2]
		}
		return out
	}
	if reUnitAfter.MatchString(unit) {
		return cell + " " + unit
	}
	return cell
}

// maxLetterHeadingWords is the most words a title numbered by a letter
// has: more is a sentence after an initial or a list's letter.
const maxLetterHeadingWords = 10

// romanValue is the number each Roman numeral of reRomanHeading writes.
var romanValue = map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}

// looksLikeHeading tells a section heading ("2. Mekong Subregion
// Development") from a numbered sentence.
func looksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) <= 90 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, ";")
}

// headingLine reports whether line, the first of a numbered item, is the
// item's heading over the next line: short, with no stop at its end, each
// word but the small ones capitalised, the next line opening a sentence of
// its own, and the line ending as a name ends: in a project's or a body's
// head noun ("... Counsellor Course"), in brackets ("... Project
// (Vietnam)"), or within three words ("General"). A sentence wrapped over
// two lines inside a name ("President Susilo Bambang" over "Yudhoyono
// agreed ...", "the Government of the Republic of the" over "Philippines
// signed ...") is no heading.
func headingLine(line, next string) bool {
	return titleLine(line, next, false)
}

// looseHeadingRunes is the longest a heading line may be when it is
// taken on the document's layout alone, with no name's end to show it:
// shorter than the lines a hard-wrapped paragraph breaks at.
const looseHeadingRunes = 60

// looseHeadingWords is the most words such a heading in sentence case
// may have.
const looseHeadingWords = 8

// headingLineIn is headingLine in a document already seen to write its
// numbered sub-headings on a line of their own: there "(3) Technical
// Cooperation in Myanmar" over "JICA's Project for ..." is a heading too,
// though it ends in no head noun, when it is short.
func (p *parser) headingLineIn(line, next string) bool {
	if headingLine(line, next) {
		p.headLayout = true
		return true
	}
	return p.headLayout && utf8.RuneCountInString(strings.TrimSpace(line)) <= looseHeadingRunes && titleLine(line, next, true)
}

// aloneSubHeading reports whether line, a numbered line with a blank line
// after it, is a sub-heading in title case over next: "(1) Competition
// Law Drafting Assistance Project for Cambodia" ends in no head noun, yet
// a line of capitalised words standing alone is no sentence.
func aloneSubHeading(line, next string) bool {
	line = strings.TrimSpace(line)
	return !strings.ContainsAny(line[max(0, len(line)-1):], ".:;,") && titleLine(line, next, true) && !hasAuxiliary(line)
}

// titleLine is headingLine, with its test of how the line ends left out
// when anyEnd is set.
func titleLine(line, next string, anyEnd bool) bool {
	line, next = strings.TrimSpace(line), strings.TrimSpace(next)
	if !looksLikeHeading(line) || strings.HasSuffix(line, ":") || next == "" || !unicode.IsUpper([]rune(next)[0]) {
		return false
	}
	ws := strings.Fields(reParens.ReplaceAllString(line, " "))
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	// On the document's layout alone, a heading in sentence case
	// ("Establishment and membership") is one too, when it is no clause.
	sentenceCase := anyEnd && unicode.IsUpper([]rune(ws[0])[0]) && len(ws) <= looseHeadingWords && !hasAuxiliary(line)
	for _, w := range ws {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !nameConnector[strings.ToLower(w)] && !sentenceCase {
			return false
		}
	}
	last := strings.ToLower(ws[len(ws)-1])
	return anyEnd && !nameConnector[last] || strings.HasSuffix(line, ")") || projectHeads[last] || foreignNameHeads[last] || len(ws) <= 3 && !nameConnector[last]
}

func (p *parser) startSection(title string) {
	p.flushPending()
	p.secTitle = title
	p.lastPara, p.lastParaIt, p.lastParaP = "", "", nil
	p.itemLead = nil
	p.bullets = 0
	p.inList = false
}

func (p *parser) flush() {
	if len(p.para) == 0 {
		p.paraKind, p.paraItem = "", ""
		return
	}
	raw := strings.Join(p.para, " ")
	// "**Manila, Philippines, 18 September 2012** – The Asian Development
	// Bank has approved ...": a release's dateline, in bold before its
	// first paragraph, dates the release; it names no item, and the
	// paragraph's acts are not of its day.
	if m := reDatelineLead.FindStringSubmatchIndex(strings.TrimSpace(raw)); m != nil {
		lead := strings.TrimSpace(raw)
		if t, ok := parseDocDate(lead[m[4]:m[5]]); ok {
			if p.doc.DateText == "" {
				p.doc.Date, p.doc.DateText = t, lead[m[4]:m[5]]
			}
			raw = lead[m[1]:]
		}
	}
	text := cleanInline(raw)
	label := ""
	if m := reBoldLead.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
		label = cleanInline(m[1])
	} else if m := reBoldLeadStop.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
		label = reLabelNumber.ReplaceAllString(cleanInline(m[1]), "")
	} else if m := reItalicLeadStop.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
		label = cleanInline(m[1])
	}
	kind, item := p.paraKind, p.paraItem
	headed := false // the paragraph opens with a sub-heading that stood alone
	if p.pendHead != "" {
		head, headItem := p.pendHead, p.pendItem
		p.pendHead, p.pendItem = "", ""
		if kind == KindParagraph && item == "" && label == "" && (p.headingLineIn(head, p.para[0]) || aloneSubHeading(head, p.para[0])) {
			// "(1) Fish Stock Survey Fund", a blank line, then its first
			// paragraph: read as the heading written over the paragraph
			// with no blank line between.
			p.para = append([]string{head}, p.para...)
			item, headed = headItem, true
		} else {
			p.emit(KindParagraph, cleanInline(head), headItem, "")
		}
	}
	if label == "" && kind == KindParagraph && strings.HasPrefix(item, "(") && len(p.para) == 1 && (p.headingLineIn(p.para[0], "A") || aloneSubHeading(p.para[0], "A")) {
		// A numbered sub-heading alone, with a blank line after it: it
		// heads the paragraph that follows.
		p.pendHead, p.pendItem = p.para[0], item
		p.para, p.paraKind, p.paraItem = nil, "", ""
		return
	}
	if label == "" && item != "" && len(p.para) > 1 && (headed || p.headingLineIn(p.para[0], p.para[1])) {
		// "(2) Kuala Lumpur SME Counsellor Course" on a line of its own
		// over the paragraph: the item's name, which stands apart from
		// the sentence after it as a heading does.
		label = cleanInline(p.para[0])
		text = cleanInline(label + ". " + strings.Join(p.para[1:], " "))
	}
	p.para, p.paraKind, p.paraItem = nil, "", ""
	p.emit(kind, text, item, label)
}

// subItem reports whether an item labelled item is one of a list nested
// in the numbered item labelled lead: "(a)" under "11. The membership of
// the centre is as follows:".
func subItem(lead, item string) bool {
	return lead != "" && lead[0] >= '0' && lead[0] <= '9' && len(item) > 1 && item[0] == '(' && unicode.IsLetter(rune(item[1]))
}

// reItemLabel is a line's label: one to four capitalised words and a
// colon, "Viet Nam: not covered by ADSS".
var reItemLabel = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}):\s+\S`)

// notLineLabels are labels that open a note, not an item of a list.
var notLineLabels = lexicon.Set("not line labels")

// lineLabel is the label a line opens with, or "".
func lineLabel(text string) string {
	m := reItemLabel.FindStringSubmatch(text)
	if m == nil || notLineLabels[strings.ToLower(m[1])] {
		return ""
	}
	return m[1]
}

// flushPending adds a sub-heading still waiting for its paragraph as a
// passage of its own: a section, a table or the end came first.
func (p *parser) flushPending() {
	if p.pendHead != "" {
		head, item := p.pendHead, p.pendItem
		p.pendHead, p.pendItem = "", ""
		p.emit(KindParagraph, cleanInline(head), item, "")
	}
}

// emit adds a passage read from a paragraph, an item or a bullet.
func (p *parser) emit(kind, text, item, label string) {
	if text == "" {
		return
	}
	switch kind {
	case KindItem, KindBullet:
		ps := p.add(kind, text, item)
		ps.Lead, ps.LeadP = p.lastPara, p.lastParaP
		sub := kind == KindItem && p.itemLead != nil && subItem(p.itemLead.Cite.Item, item)
		if (kind == KindBullet || sub) && p.itemLead != nil {
			ps.Lead, ps.LeadP = p.itemLead.Text, p.itemLead
		}
		if kind == KindItem && !sub {
			p.itemLead = nil
			if strings.HasSuffix(text, ":") {
				p.itemLead = ps
			}
		}
		ps.Label = label
		p.inList = true
	default:
		// "In FY2002 the grant totalled 310 million yen, allocated as
		// follows:" then "Cambodia: 128 million yen": lines that open with
		// a label after a paragraph that ends in a colon are its items.
		if label := lineLabel(text); label != "" && kind == KindParagraph && item == "" && p.lastParaP != nil && (p.labelRun || strings.HasSuffix(p.lastPara, ":")) {
			ps := p.add(KindItem, text, label)
			ps.Lead, ps.LeadP = p.lastPara, p.lastParaP
			ps.Label = label
			p.labelRun, p.inList = true, true
			return
		}
		p.labelRun = false
		p.itemLead = nil
		p.lastPara, p.lastParaIt = text, ""
		if strings.HasPrefix(item, "(") {
			p.lastParaIt = item
		}
		p.bullets = 0
		p.inList = false
		p.lastParaP = p.add(kind, text, item)
		p.lastParaP.Label = label
	}
}

func (p *parser) add(kind, text, item string) *Passage {
	d := p.doc
	ps := &Passage{
		ID:    fmt.Sprintf("%s#%d", d.ID, len(d.Passages)),
		Doc:   d,
		Kind:  kind,
		Text:  text,
		Order: len(d.Passages),
		Cite: Citation{
			Doc:          d.ID,
			DocTitle:     d.Title,
			Section:      p.section,
			SectionTitle: p.secTitle,
			Item:         item,
		},
	}
	if kind == KindOverview {
		ps.Cite.SectionTitle = "Overview"
	}
	d.Passages = append(d.Passages, ps)
	return ps
}

// cleanInline drops Markdown emphasis and collapses whitespace.
func cleanInline(s string) string {
	s = reMarkdownEmph.ReplaceAllString(s, "")
	s = reItalic.ReplaceAllString(s, "$1")
	return strings.TrimSpace(reSpaces.ReplaceAllString(s, " "))
}

// DocumentID derives a citation key from a file name.
func DocumentID(name string) string {
	base := path.Base(name)
	return strings.TrimSuffix(base, path.Ext(base))
}

// parseDocDate reads a front-matter date line: "November 2001",
// "3 March 2003", "March 3, 2003" or "2003-03-03".
func parseDocDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "Date:"), "Published:"))
	for _, layout := range []string{"January 2006", "Jan 2006", "2 January 2006", "January 2, 2006", "2006-01-02", "January 2006."} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// reTextRule is the rule under a plain-text table's header: runs of dashes,
// one a column, set apart by spaces ("-------  ------------  -----").
var reTextRule = regexp.MustCompile(`^\s*-{3,}(?:\s+-{3,})+\s*$`)

// textTables rewrites the tables of a plain-text document, whose columns
// line up under the dashes of a rule below the header, as Markdown rows,
// so that a row is read as a table's row is: "Laos  Wells  250 million"
// under "Country  Item  Amount (yen)" says each cell's column. A block
// whose text crosses the gap before a column, or that has no row under
// its rule, is not a table and stays as it is.
func textTables(lines []string) []string {
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		if md, n := pipedTextTable(lines[i:]); n > 0 {
			out = append(out, md...)
			i += n - 1
			continue
		}
		if md, n := barredTextTable(lines, i); n > 0 {
			out = append(out, md...)
			i += n - 1
			continue
		}
		if md, n := spacedTextTable(lines, i); n > 0 {
			out = append(out, md...)
			i += n - 1
			continue
		}
		if i == 0 || !reTextRule.MatchString(lines[i]) || strings.TrimSpace(lines[i-1]) == "" || reTextRule.MatchString(lines[i-1]) {
			out = append(out, lines[i])
			continue
		}
		end := i + 1
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		block := make([]string, 0, end-i+1)
		for _, l := range append([]string{lines[i-1]}, lines[i:end]...) {
			block = append(block, strings.ReplaceAll(l, "\t", tabSpaces))
		}
		cols, gaps := textColumns(block[1])
		md, ok := textRows(append(block[:1:1], block[2:]...), cols, gaps)
		if !ok || len(md) < 2 {
			// Not a table: the block stays as written, read once.
			out = append(out, lines[i:end]...)
			i = end - 1
			continue
		}
		out[len(out)-1] = md[0]
		out = append(out, markdownRule(len(cols)))
		out = append(out, md[1:]...)
		i = end - 1
	}
	return out
}

// pipedTextTable reads a plain-text table whose columns are set apart by
// bars and whose rule joins its dashes with "+" or "|" ("------+------"),
// without the bars at each end a Markdown table has. It returns the table
// as Markdown rows and the number of lines it took, or 0 when lines do
// not open with such a header and rule and at least one row of as many
// cells.
func pipedTextTable(lines []string) ([]string, int) {
	if len(lines) < 3 || !strings.Contains(lines[0], "|") || !reJoinedRule.MatchString(lines[1]) || isTableRow(strings.TrimSpace(lines[0])) {
		return nil, 0
	}
	cols := strings.Count(lines[0], "|") + 1
	cells := func(l string) []string {
		cs := strings.Split(l, "|")
		for k := range cs {
			cs[k] = strings.TrimSpace(cs[k])
		}
		return cs
	}
	var rows [][]string
	n := 2
	for ; n < len(lines) && strings.TrimSpace(lines[n]) != ""; n++ {
		// A rule between rows sets a total apart: "-----+-----".
		if reJoinedRule.MatchString(lines[n]) {
			continue
		}
		if strings.Count(lines[n], "|")+1 != cols {
			return nil, 0
		}
		cs := cells(lines[n])
		// "                | metres per day |": a line whose first cell
		// is blank goes on with the cells of the row above it.
		if cs[0] == "" && len(rows) > 0 {
			mergeCells(rows[len(rows)-1], cs)
			continue
		}
		rows = append(rows, cs)
	}
	if len(rows) == 0 {
		return nil, 0
	}
	md := []string{markdownRow(cells(lines[0])), markdownRule(cols)}
	for _, r := range rows {
		md = append(md, markdownRow(r))
	}
	return md, n
}

// mergeCells joins the cells of a row's continuation line to the row,
// cell by cell: "Septage treatment plant of 90 cubic" and "metres per
// day".
func mergeCells(row, more []string) {
	for k, c := range more {
		if c != "" && k < len(row) {
			row[k] = strings.TrimSpace(row[k] + " " + c)
		}
	}
}

// barredTextTable reads a plain-text table with no rule whose cells are
// set apart by bars with spaces around them, without the bars at each
// end a Markdown table has: "CNGP | CNP | 14 March 2019 | USD 420
// million" under "Project | Borrower | Signed | Amount". The block must
// stand alone, with a blank line or nothing before it, and hold a header
// and at least two rows of as many cells, one of them with a figure. It
// returns the Markdown rows and the lines taken, or 0.
func barredTextTable(lines []string, i int) ([]string, int) {
	if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
		return nil, 0
	}
	cols := 0
	var md []string
	figure := false
	n := i
	for ; n < len(lines) && strings.TrimSpace(lines[n]) != ""; n++ {
		l := strings.TrimSpace(lines[n])
		if isTableRow(l) || strings.HasSuffix(l, "|") {
			return nil, 0
		}
		cs := strings.Split(l, " | ")
		if len(cs) < minBarredColumns || strings.Count(l, "|") != len(cs)-1 || cols != 0 && len(cs) != cols {
			return nil, 0
		}
		cols = len(cs)
		for k := range cs {
			cs[k] = strings.TrimSpace(cs[k])
		}
		if n > i && strings.ContainsAny(l, "0123456789") {
			figure = true
		}
		md = append(md, markdownRow(cs))
		if n == i {
			md = append(md, markdownRule(cols))
		}
	}
	if n-i < 3 || !figure {
		return nil, 0
	}
	return md, n - i
}

// minBarredColumns is the fewest cells a line of a barred text table has:
// one bar alone ("Yes | No") is too weak a sign of a table.
const minBarredColumns = 3

// markdownRow writes cells as a Markdown table's row.
func markdownRow(cells []string) string { return "| " + strings.Join(cells, " | ") + " |" }

// markdownRule is the rule under a Markdown table's header of n columns.
func markdownRule(n int) string { return "|" + strings.Repeat("---|", n) }

// reJoinedRule is the rule under a piped plain-text table's header.
var reJoinedRule = regexp.MustCompile(`^\s*-{3,}(?:\s*[+|]\s*-{3,})+\s*$`)

// spacedTextTable reads a plain-text table with no rule, whose columns
// are set apart by runs of spaces: a header of words over rows of as many
// cells, each row's last cell a figure ("Cambodia    412    58" under
// "Country    Trainees    Courses"). The block must stand alone, with a
// blank line or nothing before it and at least two rows; it returns the
// Markdown rows and the lines taken, or 0.
func spacedTextTable(lines []string, i int) ([]string, int) {
	if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
		return nil, 0
	}
	head := reCellGap.Split(strings.TrimSpace(lines[i]), -1)
	if len(head) < 2 || slices.ContainsFunc(head, func(c string) bool { return reFigureCell.MatchString(c) }) {
		return nil, 0
	}
	headAt := cellStarts(lines[i])
	md := []string{markdownRow(head), markdownRule(len(head))}
	n := 1
	for ; i+n < len(lines) && strings.TrimSpace(lines[i+n]) != ""; n++ {
		cs := reCellGap.Split(strings.TrimSpace(lines[i+n]), -1)
		starts := cellStarts(lines[i+n])
		if len(cs) == len(head)-1 {
			// "Technical coop. ¥180 million" under "Form    Amount": a
			// cell that fills its column leaves one space before the
			// next, which starts where its column's name does. Only one
			// such cell: a row with fewer gaps has an empty cell, or a
			// name that runs across the columns.
			if cut := cutAtStarts(lines[i+n], headAt); cut != nil {
				cs, starts = cut, headAt
			}
		}
		// "Total    ¥2.15 billion" under "Country    Amount    Commodity",
		// "Total    90" under "Course    Venue    Period    Trainees": a
		// row whose cells each start where a column's name does, and
		// whose last cell is a figure, leaves the other columns empty.
		if len(cs) >= 2 && len(cs) < len(head) && reFigureCell.MatchString(cs[len(cs)-1]) {
			if placed := placeAtStarts(cs, starts, headAt); placed != nil {
				cs, starts = placed, headAt
			}
		}
		// "(a) River Warning    US$1,200,000": a row that opens with an
		// item's number is an item of a list, set out in columns.
		if len(cs) != len(head) || reLabelNumber.MatchString(cs[0]) {
			return nil, 0
		}
		// A row ends in a figure, which may be set to the right of its
		// column ("412" under "Trainees"), or each of its cells starts
		// where its column's name does ("Vietnam    member    14 February
		// 2002" under "Country    Status    Joined").
		if !reFigureCell.MatchString(cs[len(cs)-1]) && (!slices.Equal(starts, headAt) || !columnNames(head)) {
			return nil, 0
		}
		md = append(md, markdownRow(cs))
	}
	if n < 3 {
		return nil, 0
	}
	return md, n
}

// placeAtStarts sets the cells of a row with fewer cells than its
// header's into the columns whose names start where they do, the others
// empty. It returns nil when a cell starts where no column's name does.
func placeAtStarts(cells []string, starts, headAt []int) []string {
	out := make([]string, len(headAt))
	last := -1
	for k, at := range starts {
		col := slices.Index(headAt, at)
		if col <= last {
			return nil
		}
		out[col], last = cells[k], col
	}
	return out
}

// cutAtStarts cuts a spaced table's row into cells at starts, where its
// header's cells start, in runes. It returns nil unless a space stands
// before each start and a word at it, and the row starts at the first.
func cutAtStarts(line string, starts []int) []string {
	rs := []rune(strings.TrimRight(strings.ReplaceAll(line, "\t", tabSpaces), " "))
	if len(starts) == 0 || len(rs) <= starts[len(starts)-1] || strings.TrimSpace(string(rs[:starts[0]])) != "" {
		return nil
	}
	var out []string
	for k, at := range starts {
		if rs[at] == ' ' || k > 0 && rs[at-1] != ' ' {
			return nil
		}
		end := len(rs)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		out = append(out, strings.TrimSpace(string(rs[at:end])))
	}
	return out
}

// columnNames reports whether a line's cells may be the names of a
// table's columns: no cell names a country, as a row's cell would
// ("Cambodia    Takeo    wells" is the first of three rows, no header).
func columnNames(cells []string) bool {
	return !slices.ContainsFunc(cells, func(c string) bool { return len(scanCountries(c)) > 0 })
}

// cellStarts is where each cell of a spaced table's line starts, in
// runes from the line's start (tabs counted as a table's columns are).
func cellStarts(line string) []int {
	line = strings.TrimRight(strings.ReplaceAll(line, "\t", tabSpaces), " ")
	var at []int
	prev := 0
	for _, gap := range reCellGap.FindAllStringIndex(line, -1) {
		if gap[0] == 0 {
			prev = gap[1]
			continue
		}
		at = append(at, utf8.RuneCountInString(line[:prev]))
		prev = gap[1]
	}
	return append(at, utf8.RuneCountInString(line[:prev]))
}

var (
	// reCellGap is the run of spaces between two cells of a spaced table.
	reCellGap = regexp.MustCompile(`\s{2,}|\t+`)
	// reFigureCell is a cell holding one figure: "1,715", "¥2.1 billion".
	reFigureCell = regexp.MustCompile(`^(?:[¥$€£]|US\$)?\d[\d,.]*(?:\s*(?:%|million|billion))?$`)
)

// tabSpaces is a tab as the columns of a plain-text table count it.
const tabSpaces = "        "

// textColumns is where each column starts, in runes, from a table's rule,
// and where the gap before it starts: the end of the dashes before.
func textColumns(rule string) (cols, gaps []int) {
	prev := ' '
	for i, r := range []rune(rule) {
		switch {
		case r == '-' && prev != '-':
			cols = append(cols, i)
		case r != '-' && prev == '-':
			gaps = append(gaps, i)
		}
		prev = r
	}
	// gaps[k] is where the gap before column k starts; the first column
	// has the line's margin before it.
	return cols, append([]int{0}, gaps...)
}

// textRows cuts each line at the columns into a Markdown row; a rule
// among the rows (above a total) is dropped, and a line whose first cell
// is empty continues the cells of the row above ("Well drilling and pump"
// over "installation"). It fails when a line has text in the gap before a
// column or left of the first: a cell that runs past its column.
func textRows(lines []string, cols, gaps []int) ([]string, bool) {
	var rows [][]string
	for _, line := range lines {
		if reTextRule.MatchString(line) {
			continue
		}
		rs := []rune(line)
		for k, c := range cols {
			if gap := string(rs[min(gaps[k], len(rs)):min(c, len(rs))]); strings.TrimSpace(gap) != "" {
				return nil, false
			}
		}
		cells := make([]string, len(cols))
		for k, c := range cols {
			if c > len(rs) {
				break
			}
			end := len(rs)
			if k+1 < len(cols) && cols[k+1] < end {
				end = cols[k+1]
			}
			cells[k] = strings.TrimSpace(string(rs[c:end]))
		}
		if len(rows) > 1 && cells[0] == "" {
			mergeCells(rows[len(rows)-1], cells)
			continue
		}
		rows = append(rows, cells)
	}
	out := make([]string, len(rows))
	for k, cells := range rows {
		out[k] = markdownRow(cells)
	}
	return out, true
}
