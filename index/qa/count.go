package qa

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of how-many answers.
const (
	// itemCountBonus ranks the count of a list's items above a number a
	// sentence gives in passing.
	itemCountBonus = 0.2
	// itemRunes is how much of each item the answer line shows.
	itemRunes = 60
	// dayCountBonus ranks the length of a date range above other numbers
	// for "how many days".
	dayCountBonus = 0.2
	// countBonus ranks a count above other facts its sentence holds.
	countBonus = 0.1
	// countedNounBonus ranks a count of the very thing asked for: "how
	// many nursing centres" counts centres, not nurses.
	countedNounBonus = 0.3
	// nounWordBonus adds for each word of the counted noun the question
	// uses, to rank "regional centres" above "centres".
	nounWordBonus = 0.05
	// askedModifierBonus ranks a count whose noun has the word the
	// question puts before its noun ("member universities") above one
	// of the same noun otherwise qualified ("supporting universities");
	// not a nationality, which only describes.
	askedModifierBonus = 0.1
	// ownVerbBonus ranks the count whose own verb, right after it and its
	// noun, the question asks with: "197 passed" of "441 EPA candidates
	// sat the examination and 197 passed", for "how many passed".
	ownVerbBonus = 0.1
)

// answerCount answers "how many" with counts, the length of a list or a
// date range, or the number of countries that answer "which".
func (md *Model) answerCount(aq *asked, consider offerFunc) {
	md.answerCountCountries(aq, consider)
	md.answerCountItems(aq, consider)
	md.answerCountDays(aq, consider)
	md.answerCounts(aq, consider)
	md.answerTableCounts(aq, consider)
	md.answerRowCounts(aq, consider)
}

// answerRowCounts answers "how many participants from Lao PDR" from a
// table row labelled with the country asked, in a table whose section
// title or lead-in names what is counted ("List of Participants"): the
// row's one figure ("Lao PDR: No.: 14."), the one under the year asked
// ("Myanmar: FY2013: 6; FY2014: 11; FY2015: 14; Total: 31." for "in
// fy2015"), or else the one under its total column. "How many in total"
// with no country asked is the total row's.
func (md *Model) answerRowCounts(aq *asked, consider offerFunc) {
	head := countedNoun(aq.q)
	totalAsked := reTotalAsked.MatchString(aq.q)
	if head == "" || len(aq.ent.countries) > 1 || len(aq.ent.countries) == 0 && !totalAsked || len(aq.ent.years) > 1 {
		return
	}
	y := 0
	if len(aq.ent.years) == 1 {
		y = aq.ent.years[0]
	}
	for _, rec := range md.sents {
		if !rec.p.IsTableRow() {
			continue
		}
		ms := md.src.CountriesAnyCase(rec.p.Label)
		if len(aq.ent.countries) == 1 && (len(ms) != 1 || ms[0].Name != aq.ent.countries[0]) {
			continue
		}
		if len(aq.ent.countries) == 0 && (len(ms) > 0 || !reTotalAsked.MatchString(strings.ToLower(rec.p.Label))) {
			continue
		}
		frame := md.termsOf(rec.p.Cite.SectionTitle + " " + rec.p.LeadFrame())
		if !frame[stemTerm(head)] {
			continue
		}
		l, ok := rowFigureAsked(rowCells(rec.text), y)
		if !ok {
			continue
		}
		v := strings.TrimRight(strings.TrimSpace(rec.text[l.value.Start:l.value.End]), ";. ")
		if !reBareFigure.MatchString(v) {
			continue
		}
		cov := md.covHolding(aq, rec, func(t qterm) bool { return t.in(frame) })
		span := corpus.Span{Start: rec.span.Start + l.value.Start, End: rec.span.Start + l.value.Start + len(v)}
		line := v + " " + head + " (" + rec.p.Label + ")"
		if l.label != "" && len(rowCells(rec.text)) > 1 {
			line = v + " " + head + " (" + rec.p.Label + ", " + l.label + ")"
		}
		consider(answerFrom(rec, v, line, span), cov, tableCountBonus)
	}
}

// rowFigureAsked is the cell of a row's cells that answers for year y (0
// for none): a row's only cell; else the column of that year; else, with
// no year asked, the total column.
func rowFigureAsked(cells []tableLine, y int) (tableLine, bool) {
	if len(cells) == 1 {
		return cells[0], true
	}
	for _, l := range cells {
		if y != 0 && slices.Equal(yearsIn(l.label), []int{y}) || y == 0 && reTotalAsked.MatchString(strings.ToLower(l.label)) {
			return l, true
		}
	}
	return tableLine{}, false
}

// cellCount reports whether c is a table cell's figure, counting what its
// column names ("Trainees: 412"), not a count written in a cell's words.
func cellCount(c corpus.Count) bool {
	return c.Passage.IsTableRow() && strings.HasSuffix(strings.ToLower(c.Passage.Text[:c.Span.Start]), strings.ToLower(c.Noun)+": ")
}

// namesNoun reports whether a table's label names the counted noun head
// by a word of its own: "Women trained" names "women", not "men".
func namesNoun(label, head string) bool {
	words := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return !prose.IsWordRune(r) })
	return slices.ContainsFunc(words, func(w string) bool { return w == head || strings.TrimSuffix(w, "s") == strings.TrimSuffix(head, "s") })
}

// rowCells are the cells of a table row as its passage writes them,
// "Persons trained: FY2016: 540; FY2017: 860.": each column's header and
// where its value stands. The row's own label is not one.
func rowCells(text string) []tableLine {
	at := strings.Index(text, ": ")
	if at < 0 {
		return nil
	}
	var out []tableLine
	for pos := at + 2; pos < len(text); {
		end := strings.Index(text[pos:], "; ")
		if end < 0 {
			end = len(text) - pos
		}
		cell := text[pos : pos+end]
		if label, value, ok := strings.Cut(cell, ": "); ok {
			start := pos + len(label) + 2
			out = append(out, tableLine{label: label, value: corpus.Span{Start: start, End: start + len(value)}})
		}
		pos += end + 2
	}
	return out
}

// reNextFigure is where a count's own phrase ends: the next figure, or a
// clause's end.
var reNextFigure = regexp.MustCompile(`\d|[;:]|\.\s`)

// reNotCounted is a table row label whose figures are money, a share or a
// rate, not a count.
var reNotCounted = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:` + lexicon.Alt("uncounted row words") + `)(?:$|[^\p{L}])`)

// reBareFigure is a table cell that is a figure alone: "860", "1,150".
var reBareFigure = regexp.MustCompile(`^\d{1,3}(?:,\d{3})*(?:\.\d+)?$`)

// tableCountBonus ranks a table's figure under the asked year's column
// as a count read from a sentence is ranked.
const tableCountBonus = countBonus

// columnWordBonus ranks, in a row of the year asked, a column whose name
// holds a word the question asks by, besides the counted noun, above the
// row's other columns that count the same noun.
const columnWordBonus = 0.1

// countColumns are the names of a table's column whose figures count
// what each row names.
var countColumns = lexicon.Set("count column names")

// answerTableCounts answers "how many persons were trained in FY2017" from
// a table row whose label counts the thing and whose columns are years:
// "Persons trained: FY2016: 540; FY2017: 860; FY2018: 720." The figure
// under the year asked is the count. A row with one figure under a
// counting column and no year asked ("Family tents: Quantity: 2,400")
// counts its label by that figure.
func (md *Model) answerTableCounts(aq *asked, consider offerFunc) {
	if len(aq.ent.years) > 1 {
		return
	}
	y := 0
	if len(aq.ent.years) == 1 {
		y = aq.ent.years[0]
	}
	head := countedNoun(aq.q)
	if head == "" {
		return
	}
	for _, rec := range md.sents {
		if !rec.p.IsTableRow() {
			continue
		}
		// The row's label says what it counts, by a word of its own
		// ("women trained" counts no men), and counts no money or ratio
		// ("Staff costs (US$ thousand)").
		label := strings.ToLower(rec.p.Label)
		// "FY2010: Courses: 8; Trainees at ACSL: 112; Trainees in Tokyo:
		// 23.": a row of the year asked counts what its columns name.
		yearRow := y != 0 && slices.Equal(yearsIn(label), []int{y})
		if !yearRow && (!namesNoun(label, head) || reNotCounted.MatchString(label)) {
			continue
		}
		var figures []tableLine
		for _, l := range rowCells(rec.text) {
			v := strings.TrimRight(strings.TrimSpace(rec.text[l.value.Start:l.value.End]), ";. ")
			if !reBareFigure.MatchString(v) {
				continue
			}
			if yearRow {
				if col := strings.ToLower(l.label); namesNoun(col, head) && !reNotCounted.MatchString(col) {
					l.value.End = l.value.Start + len(v)
					figures = append(figures, l)
				}
				continue
			}
			// With no year asked, the column must count: "Quantity", or
			// the thing asked ("Provinces served" counts provinces, not
			// the row's pumps).
			if y == 0 && (countColumns[strings.ToLower(strings.TrimSpace(l.label))] || namesNoun(strings.ToLower(l.label), head)) || y != 0 && slices.Equal(yearsIn(l.label), []int{y}) {
				l.value.End = l.value.Start + len(v)
				figures = append(figures, l)
			}
		}
		// With no year asked, only a row of one figure says how many.
		if y == 0 && len(figures) != 1 {
			continue
		}
		for _, l := range figures {
			cov := md.cov(aq, rec)
			if cov < minCoverage {
				continue
			}
			v := rec.text[l.value.Start:l.value.End]
			span := corpus.Span{Start: rec.span.Start + l.value.Start, End: rec.span.Start + l.value.End}
			bonus := tableCountBonus
			line := v + " " + rec.p.Label + " (" + l.label + ")"
			if yearRow {
				// Of "Trainees at ACSL" and "Trainees in Tokyo", the
				// column whose other words the question names.
				col := md.termsOf(l.label)
				for _, t := range aq.terms {
					if t.in(col) && !namesNoun(t.word, head) {
						bonus += columnWordBonus
					}
				}
				line = v + " " + l.label + " (" + rec.p.Label + ")"
			}
			consider(answerFrom(rec, v, line, span), cov, bonus)
		}
	}
}

// answerCountCountries answers "how many countries are in CLMV" by
// counting the answer to "which".
func (md *Model) answerCountCountries(aq *asked, consider offerFunc) {
	if reCountCountries.MatchString(aq.q) {
		md.answerCountries(aq, func(a Answer, cov, bonus float64) {
			n := len(strings.Split(a.Span, ", "))
			a.Text = strconv.Itoa(n) + ": " + a.Span
			a.Span = strconv.Itoa(n)
			consider(a, cov, bonus)
		})
	}
}

// answerCountItems answers "how many projects with the ASEAN Secretariat"
// by counting a list's items.
func (md *Model) answerCountItems(aq *asked, consider offerFunc) {
	if reCountItems.MatchString(aq.q) {
		for _, d := range md.docs {
			for _, lead := range d.Passages {
				var items []*corpus.Passage
				for _, it := range d.Passages {
					if it.LeadP == lead {
						items = append(items, it)
					}
				}
				if len(items) < 2 {
					continue
				}
				rec := md.sentenceOf(lead, corpus.Span{Start: 0, End: 0})
				if rec == nil || !md.entityFit(aq.ent, rec) {
					continue
				}
				var names []string
				for _, it := range items {
					names = append(names, prose.Clip(it.Text, itemRunes))
				}
				a := answerFrom(wholePassage(lead), strconv.Itoa(len(items)), strconv.Itoa(len(items))+": "+strings.Join(names, "; "))
				consider(a, md.cov(aq, rec), itemCountBonus)
			}
		}
	}
}

// answerCountDays answers "how many days was the mission" with the length
// of a date range.
func (md *Model) answerCountDays(aq *asked, consider offerFunc) {
	if m := reCountSpan.FindStringSubmatch(aq.q); m != nil {
		for i := range md.facts.Dates {
			d := &md.facts.Dates[i]
			rec := md.sentenceOf(d.Passage, d.Span)
			if d.Precision != "day" || d.End.Equal(d.Start) || !md.entityFit(aq.ent, rec) {
				continue
			}
			n := daysSpanned(d)
			unit := "days"
			if strings.HasPrefix(m[1], "week") {
				if n%7 != 0 {
					continue
				}
				n, unit = n/7, "weeks"
			}
			consider(answerFrom(rec, strconv.Itoa(n), strconv.Itoa(n)+" "+unit+" ("+d.Text+")", d.Span), md.cov(aq, rec), dayCountBonus+aq.nearness(rec, d.Span))
		}
	}
}

// answerCounts offers the counts the documents give, ranked by the noun
// they count.
// reLengthAsked asks a length: "how long is the road", "length of".
var reLengthAsked = regexp.MustCompile(`\b(?:how\s+long|length)\b`)

// lengthUnits are the units of length, lower case.
var lengthUnits = lexicon.Set("length units")

// lengthCounted reports whether a count's noun opens with a unit of
// length: "kilometres of earth road".
func lengthCounted(noun string) bool {
	f := strings.Fields(strings.ToLower(noun))
	return len(f) > 0 && lengthUnits[strings.Trim(f[0], ".,")]
}

func (md *Model) answerCounts(aq *asked, consider offerFunc) {
	var offers []countOffer
	partAsked := reOfWholeAsked.MatchString(aq.q)
	head := countedNoun(aq.q)
	modifier := wordBefore(aq.q, head)
	// "How many Japanese experts were sent to Laos": a nationality
	// describes; the place asked decides.
	if modifier != "" && len(md.src.Countries(prose.UpperFirst(modifier))) > 0 {
		modifier = ""
	}
	tables := map[string]map[string]bool{} // each table's row places, by its lead-in, read once
	// "How many ppl have completed CRTP": "people" asks of persons of any
	// kind, which the sentence names by what they are ("148 repair crew
	// members and engineers"); it is no word the sentence must hold.
	peopleHead := peopleAsked[head]
	if peopleHead {
		cp := *aq
		cp.terms = slices.DeleteFunc(slices.Clone(aq.terms), func(t qterm) bool { return peopleAsked[t.word] })
		cp.covMemo = nil
		aq = &cp
	}
	// "How long is the Wao road", "length of the canal": a length asked
	// is a count of a unit of length or of time, never of households.
	lengthAsked := reLengthAsked.MatchString(aq.q)
	for i, c := range md.facts.Counts {
		if lengthAsked && !lengthCounted(c.Noun) && !reDurationNoun.MatchString(c.Noun) {
			continue
		}
		rec := md.sentenceOf(c.Passage, c.Span)
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue // it would be dropped: skip weighing it
		}
		// "How many of the villages are in Laos" of "260 villages in
		// Kampong Cham in Cambodia and in Champasak in Laos": a count
		// over the asked country and another is not the asked part.
		// Nor is "45 irrigation officials from Cambodia, Laos and
		// Myanmar" how many trainees come from Myanmar.
		if len(aq.ent.countries) > 0 && (partAsked && md.countsOthers(rec, c.Span, aq.ent.countries) || reFromAsked.MatchString(aq.q) && md.comesFromOthers(rec, c.Span, aq.ent.countries)) {
			continue
		}
		// "How many wells were tested in Cambodia" of "In all, 36,100
		// wells have been tested" after a table by country: a total that
		// names no asked country of its own is every country's.
		if len(aq.ent.countries) > 0 && !md.namesAskedCountry(aq, rec) && reTotalBefore.MatchString(rec.text[:max(0, min(len(rec.text), c.Span.Start-rec.span.Start))]) {
			continue
		}
		// "How many lamps will it replace in Manila" of "about 112,000
		// street lamps ... in four cities: Quezon City, Cebu City, Davao
		// City and Iloilo City": a count over several other places is
		// not the asked one's.
		if len(aq.ent.places) > 0 && md.countsOverOtherPlaces(rec, c.Span, aq.ent.places) {
			continue
		}
		// "How many Japanese engineers" of "a team of 14 Japanese and 9
		// Malaysian engineers": a count whose own adjective is another
		// country's is that country's.
		// Nor, so asked, "six more engineers, from Indonesia, the
		// Philippines and Viet Nam", whose own phrase names only others.
		if demonyms := md.demonymsAsked(aq); len(demonyms) > 0 && (md.countOfOtherDemonym(rec, c.Span, demonyms) || md.countsOnlyOthers(rec, c.Span, demonyms)) {
			continue
		}
		// "Five courses were held in Jakarta, three in Bangkok": a
		// breakdown by place answers only a question that names the place.
		if len(aq.ent.countries) == 0 && len(aq.ent.places) == 0 && md.countOfPlace(i) {
			continue
		}
		// A row labelled with a country is that country's alone, though
		// the table's lead-in names others ("trainees from the CLMV
		// countries ... in Japan").
		if c.Passage.IsTableRow() && !md.rowOfAsked(aq, rec, head, tables) {
			continue
		}
		// "652 scholarships: 421 for master's degrees": a part that leaves
		// out its noun answers only a question that names what it is of.
		// The words of the noun it leaves out are the whole's, not its
		// own: "six from Japanese manufacturers" after "Nine Japanese
		// experts" is not asked by "how many Japanese experts".
		if scope, ok := ellipticScope(c); ok && !aq.namesAnyOf(withoutWords(scope, strings.Fields(c.Noun))) {
			continue
		}
		// The counted noun decides: "how many nursing centres" counts
		// centres, not nurses.
		bonus := countBonus
		nw := strings.Fields(c.Noun)
		if peopleHead {
			if !personNouns[nw[len(nw)-1]] {
				continue
			}
		} else if head != "" {
			if cellCount(c) && !namesNoun(c.Noun, head) {
				// "Vietnam: Trainees: 640; Courses: 77.": a cell
				// counts what its own column names, not a word akin
				// to it nor the next column's.
				continue
			}
			// Its own word, not a synonym: "6 courses", not "up to 20
			// trainees", for "how many courses".
			if literalStem(nw[len(nw)-1]) == literalStem(head) {
				bonus += countedNounBonus
			} else if !countsAsked(aq.q, append(nw, wordsAfter(c.Passage.Text, c.Span.End, countTailWords)...)) && !traineeCounted(head, c, md.withBrokenDown(rec)) {
				// "How many officials" is not answered by three of
				// something else: the count must be of the asked thing.
				continue
			}
		}
		for _, w := range nw {
			for _, t := range aq.terms {
				if stemTerm(w) == t.stem {
					bonus += nounWordBonus
				}
			}
		}
		// "How many member universities": the word the question puts
		// before its noun picks "19 member universities" out of "... with
		// 11 supporting universities".
		if modifier != "" && len(nw) > 1 && slices.Contains(nw[:len(nw)-1], modifier) {
			bonus += askedModifierBonus
		}
		if aq.asksVerbRightAfter(c.Passage.Text[c.Span.End:], nw) {
			bonus += ownVerbBonus
		}
		// "How many crossed in 2010": of "from 2,150 in 2006 to 6,840 in
		// 2010", the count the year asked dates.
		if len(aq.ent.years) > 0 && slices.Contains(aq.ent.years, md.factYear(rec, c.Span)) {
			bonus += countYearBonus
		}
		// "How many of the road sections were finished" asks a part:
		// "only 9 of the 26 sections had been completed". So does a
		// question naming what the part did: the verb after "14 of the
		// 41 activities tracked in 2020" is the 14's, "tracked" the 41's.
		if isPart := reOfWholeAfter.MatchString(c.Passage.Text[c.Span.End:]); isPart || reOfWholeBefore.MatchString(c.Passage.Text[max(0, c.Span.Start-ofWholeReach):c.Span.Start]) {
			asked := partAsked || md.partPredicateAsked(aq, rec, &c, nw)
			switch {
			case isPart && asked:
				bonus += partAskedBonus
			case isPart:
				bonus -= partAskedBonus
			case asked:
				bonus -= partAskedBonus
			}
		}
		// "Fourteen laboratories have been built there, out of 52
		// laboratories built under MDEP": the count after "out of" is the
		// whole the one before it is part of, which a question asks only
		// as a total.
		if reOutOfBefore.MatchString(c.Passage.Text[max(0, c.Span.Start-ofWholeReach):c.Span.Start]) && !reTotalAsked.MatchString(aq.q) {
			bonus -= partAskedBonus
		}
		// "will train 36,000 persons ..., of which 15,000 persons from
		// CLMV": the part answers only a question that names a word of
		// its own phrase, and the whole the others.
		if md.partOfCount(i) {
			own := c.Passage.Text[c.Span.End:]
			if m := reNextFigure.FindStringIndex(own); m != nil {
				own = own[:m[0]]
			}
			// The words of the heading the part stands under name what
			// the whole counts too: "finance" of "Public Finance
			// Dialogue" is no word of "of whom 27 came from provincial
			// finance departments" alone.
			frame := md.wholeClause(i) + " " + c.Passage.Cite.SectionTitle + " " + c.Passage.Label
			if md.namesOwnWords(aq, own, nw, frame) || md.namesPartNoun(aq, i) {
				bonus += partAskedBonus
			} else {
				bonus -= partAskedBonus
			}
		}
		offers = append(offers, countOffer{answerFrom(rec, countSpan(c), c.Text+" "+c.Noun, c.Span), cov, bonus + aq.nearnessOf(nonNounTerms(aq.terms, nw), rec, c.Span), c.Value})
	}
	// "How many officials were trained altogether": the total, which is
	// the largest of the counts of what is asked.
	if reTotalAsked.MatchString(aq.q) {
		most := 0
		for _, o := range offers {
			most = max(most, o.value)
		}
		for i := range offers {
			if offers[i].value == most {
				offers[i].bonus += totalBonus
			}
		}
	}
	for _, o := range offers {
		consider(o.a, o.cov, o.bonus)
	}
}

// partAskedBonus ranks a part of a counted whole ("9 of the 26
// sections") first for a question that asks a part: it is what the
// question's "how many of the" asks, and the whole is not.
const partAskedBonus = 0.3

// countsOthers reports whether the text after a count in its sentence
// names a country that is not one of asked.
func (md *Model) countsOthers(rec *sentenceRec, span corpus.Span, asked []string) bool {
	return md.namesCountryBesides(countPhrase(rec, span), asked)
}

// namesCountryBesides reports whether text names a country not among asked.
func (md *Model) namesCountryBesides(text string, asked []string) bool {
	return slices.ContainsFunc(md.src.CountriesAnyCase(text), func(g GeoMention) bool { return !slices.Contains(asked, g.Name) })
}

// comesFromOthers is countsOthers within the count's own clause: "40
// nurses from Laos and Cambodia were trained, while Thailand was
// excluded" counts no Thai nurse, but names none of another country
// among those it counts.
func (md *Model) comesFromOthers(rec *sentenceRec, span corpus.Span, asked []string) bool {
	rest := countPhrase(rec, span)
	if bs := prose.ClauseBreaks(rest); len(bs) > 0 {
		rest = rest[:bs[0][0]]
	}
	return md.namesCountryBesides(rest, asked)
}

// countsOverOtherPlaces reports whether the rest of rec's sentence after
// the count at span says it is over a number of places ("in four
// cities:") and lists two or more, none of them one asked: the count is
// over those places, not the asked one's.
func (md *Model) countsOverOtherPlaces(rec *sentenceRec, span corpus.Span, asked []corpus.Place) bool {
	at := span.End - rec.span.Start
	if at < 0 || at > len(rec.text) {
		return false
	}
	rest := rec.text[at:]
	m := reOverNPlaces.FindStringIndex(rest)
	if m == nil {
		return false
	}
	ps := md.src.PlacesIn(rest[m[1]:])
	return len(ps) >= 2 && !slices.ContainsFunc(ps, func(p corpus.Place) bool {
		return slices.ContainsFunc(asked, func(a corpus.Place) bool { return a.Name == p.Name })
	})
}

// reOverNPlaces is a number of places a count is over: "in four cities".
var reOverNPlaces = regexp.MustCompile(`(?i)\b(?:in|across)\s+(?:\d+|` + lexicon.AltOf(slices.Sorted(maps.Keys(numberWords))) + `)\s+(?:` + lexicon.Alt("plural place nouns") + `)\b`)

// countPhrase is the count at span's own phrase after it: up to the next
// figure or clause. "80 villages in Laos and 180 villages in Cambodia"
// counts Laos's alone.
func countPhrase(rec *sentenceRec, span corpus.Span) string {
	at := span.End - rec.span.Start
	if at < 0 || at > len(rec.text) {
		return ""
	}
	rest := rec.text[at:]
	if m := reNextFigure.FindStringIndex(rest); m != nil {
		rest = rest[:m[0]]
	}
	return rest
}

var (
	// reOfWholeAsked asks how many of a whole: "how many of the sections".
	reOfWholeAsked = regexp.MustCompile(`\bhow\s+many\s+of\s+(?:the|its|these|those|all)\b`)
	// reOfWholeAfter follows a part: "of the 26 sections".
	reOfWholeAfter = regexp.MustCompile(`^\s+of\s+(?:the|its|these|those|all)\s+\d`)
)

// reOfWhichBefore ends with the words that make the figure after them a
// part of the one before: ", of which", ", including".
var reOfWhichBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("part openers") + `)\s+$`)

// partOfCount reports whether count i is a part of a count of the same
// noun before it in its sentence: "36,000 persons ..., of which 15,000
// persons"; not "¥1.5 billion of equipment, including 320 freezers".
func (md *Model) partOfCount(i int) bool {
	cs := md.facts.Counts
	c := &cs[i]
	if !reOfWhichBefore.MatchString(c.Passage.Text[max(0, c.Span.Start-ofWholeReach):c.Span.Start]) {
		return false
	}
	head := prose.LastWord(c.Noun)
	for k := i - 1; k >= 0 && cs[k].Passage == c.Passage; k-- {
		if cs[k].Sentence == c.Sentence && cs[k].Span.End <= c.Span.Start && prose.LastWord(cs[k].Noun) == head {
			return true
		}
	}
	for k := i + 1; k < len(cs) && cs[k].Passage == c.Passage; k++ {
		if cs[k].Sentence == c.Sentence && cs[k].Span.End <= c.Span.Start && prose.LastWord(cs[k].Noun) == head {
			return true
		}
	}
	return false
}

// namesPartNoun reports whether the question names a word of count i's
// noun that the noun of the whole it is part of lacks: "train" of "486
// drivers and engineers, of whom 132 were train drivers". The word as
// written: "trained" asks no "train drivers".
func (md *Model) namesPartNoun(aq *asked, i int) bool {
	cs := md.facts.Counts
	c := &cs[i]
	head := prose.LastWord(c.Noun)
	for k := i - 1; k >= 0 && cs[k].Passage == c.Passage; k-- {
		if cs[k].Sentence != c.Sentence || cs[k].Span.End > c.Span.Start || prose.LastWord(cs[k].Noun) != head {
			continue
		}
		whole := strings.Fields(cs[k].Noun)
		for _, w := range strings.Fields(c.Noun) {
			if !slices.Contains(whole, w) && hasPhrase(aq.q, strings.ToLower(w)) {
				return true
			}
		}
		return false
	}
	return false
}

// wholeClause is the text of count i's sentence from its start up to
// the part opener before count i: the clause of the whole it is part of.
//
// Without an earlier part's own phrase: in "214 judges ..., of whom 92
// were women, together with 131 prosecutors, of whom 48 were women",
// "women" is the 48's own word as much as the 92's.
func (md *Model) wholeClause(i int) string {
	cs := md.facts.Counts
	c := &cs[i]
	rec := md.sentenceOf(c.Passage, c.Span)
	if rec == nil || c.Span.Start < rec.span.Start {
		return ""
	}
	text := c.Passage.Text
	// A passage's counts stand together.
	lo, hi := i, i+1
	for lo > 0 && cs[lo-1].Passage == c.Passage {
		lo--
	}
	for hi < len(cs) && cs[hi].Passage == c.Passage {
		hi++
	}
	var parts []*corpus.Count
	for k := lo; k < hi; k++ {
		o := &cs[k]
		if k != i && o.Passage == c.Passage && o.Sentence == c.Sentence && o.Span.Start >= rec.span.Start && o.Span.End <= c.Span.Start && md.partOfCount(k) {
			parts = append(parts, o)
		}
	}
	slices.SortFunc(parts, func(a, b *corpus.Count) int { return a.Span.Start - b.Span.Start })
	var b strings.Builder
	from := rec.span.Start
	for _, o := range parts {
		if o.Span.Start < from {
			continue
		}
		// The earlier part's phrase runs to the next count after it.
		next := c.Span.Start
		for _, n := range cs[lo:hi] {
			if n.Span.Start >= o.Span.End && n.Span.Start < next {
				next = n.Span.Start
			}
		}
		b.WriteString(text[from:o.Span.Start])
		from = next
	}
	b.WriteString(text[from:c.Span.Start])
	return b.String()
}

// namesOwnWords reports whether the question names a word of a part's own
// phrase, other than the counted noun's, or a country or group the
// phrase names.
func (md *Model) namesOwnWords(aq *asked, own string, noun []string, whole string) bool {
	terms := md.termsOf(own)
	for _, w := range noun {
		delete(terms, stemTerm(w))
	}
	// "will train 2,400 persons ..., of which 900 persons will be trained
	// in Japan": the part's words that the whole's clause has too
	// ("trained") are not its own.
	for t := range md.termsOf(whole) {
		delete(terms, t)
	}
	if slices.ContainsFunc(aq.terms, func(t qterm) bool { return t.in(terms) }) {
		return true
	}
	for _, m := range md.src.AllGeoMentions(own) {
		if slices.Contains(aq.ent.countries, m.Name) || slices.Contains(aq.ent.groups, m.Name) {
			return true
		}
	}
	return false
}

// ofWholeReach is how far before a whole's number its part may stand:
// "only 9 of the ".
const ofWholeReach = 30

// reOfWholeBefore ends with a part and "of the" before a whole's number.
// reOutOfBefore ends right before the whole a part was counted out of:
// "out of", "out of a total of".
var reOutOfBefore = regexp.MustCompile(`(?i)\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+)?$`)

var reOfWholeBefore = regexp.MustCompile(`(?i)(?:\d|\b(?:` + lexicon.AltOf(slices.Sorted(maps.Keys(numberWords))) + `))\s+of\s+(?:the|its|these|those|all)\s+$`)

// reFiniteVerb is the verb that follows a counted noun phrase and says
// what its part did: "had been completed", "were postponed".
var reFiniteVerb = regexp.MustCompile(`\b(?:was|were|had|have|has|is|are)\b`)

// partPredicateAsked reports whether the question names a word of what a
// part of a counted whole did: a word of its sentence after the verb that
// follows the whole's noun ("14 of the 41 activities tracked in 2020 were
// postponed"), other than the counted noun's own.
func (md *Model) partPredicateAsked(aq *asked, rec *sentenceRec, c *corpus.Count, noun []string) bool {
	end := c.Span.End - rec.span.Start
	if end < 0 || end > len(rec.text) {
		return false
	}
	after := rec.text[end:]
	// From the part, past "of the 41 activities", to the whole's noun.
	if m := reOfWholeAfter.FindStringIndex(after); m != nil {
		after = after[m[1]:]
	}
	v := reFiniteVerb.FindStringIndex(after)
	if v == nil {
		return false
	}
	from := rec.span.Start + len(rec.text) - len(after) + v[0]
	for _, t := range aq.terms {
		if slices.ContainsFunc(noun, func(w string) bool { return stemTerm(w) == t.stem }) {
			continue
		}
		for _, w := range rec.stemmedWords() {
			if rec.span.Start+w.span.Start >= from && (w.stem == t.stem || slices.Contains(t.alts, w.stem)) {
				return true
			}
		}
	}
	return false
}

// countOffer is a count weighed as an answer, kept until every count is
// weighed: a total is known only then.
type countOffer struct {
	a          Answer
	cov, bonus float64
	value      int
}

// totalBonus ranks the largest count first for a question that asks for
// a total.
const totalBonus = 0.5

var reTotalAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("total question cues") + `)\b`)

// countOfPlace reports whether count i is one of a breakdown by place: its
// sentence counts the same noun more than once, and the words right after
// it name a place ("three in Bangkok").
func (md *Model) countOfPlace(i int) bool {
	cs := md.facts.Counts
	c := &cs[i]
	// A passage's counts stand together, in the order extraction read them.
	// A part of another ("of which 15,000 from CLMV") breaks nothing down.
	sibling := func(k int) bool {
		return cs[k].Sentence == c.Sentence && cs[k].Noun == c.Noun && !md.partOfCount(k)
	}
	same := 0
	for k := i; k >= 0 && cs[k].Passage == c.Passage; k-- {
		if sibling(k) {
			same++
		}
	}
	for k := i + 1; k < len(cs) && cs[k].Passage == c.Passage; k++ {
		if sibling(k) {
			same++
		}
	}
	if same < 2 {
		return false
	}
	scope := c.Passage.Text[c.Span.End:min(len(c.Passage.Text), c.Span.End+countScopeReach)]
	if i := strings.IndexAny(scope, ",;.:"); i >= 0 {
		scope = scope[:i]
	}
	return len(md.src.Countries(scope)) > 0 || len(md.src.PlacesIn(scope)) > 0
}

// rowOfAsked reports whether a table's row is of the one country or place
// the question asks about, or names what it asks in its own cells, or is
// labelled with no place and framed by the countries asked. head is the
// counted noun asked; tables keeps each table's row places, by lead-in.
func (md *Model) rowOfAsked(aq *asked, rec *sentenceRec, head string, tables map[string]map[string]bool) bool {
	p := rec.p
	if name := md.rowPlace(p.Label); name != "" {
		// One place's row answers for that place alone: not for "Cambodia
		// and Laos" together.
		// Japan, whose agency's trainees the table counts, is no second
		// country asked: only another of the table's rows is.
		if slices.Contains(aq.ent.countries, name) || slices.ContainsFunc(aq.ent.places, func(a corpus.Place) bool { return a.Name == name }) {
			rows := md.tablePlaces(p, tables)
			asked := 0
			for _, c := range aq.ent.countries {
				if rows[c] {
					asked++
				}
			}
			for _, pl := range aq.ent.places {
				if rows[pl.Name] {
					asked++
				}
			}
			return asked == 1
		}
		// A question that names no country asks this row only by what
		// its own cells hold beside the counted noun: the project or the
		// province ("how many wells in Champasak").
		return len(aq.ent.countries) == 0 && slices.ContainsFunc(aq.terms, func(t qterm) bool {
			return t.stem != stemTerm(head) && rec.terms.holds(t)
		})
	}
	// "Total: Trainees: 1,715" under "trainees from the CLMV countries":
	// a row of no place answers for a country only if the table's
	// lead-in, its section or its publisher names it.
	// Nor for a country one of the table's own rows is: "Cambodia and
	// Laos" are two rows, not the total of all.
	rows := md.tablePlaces(p, tables)
	return !slices.ContainsFunc(aq.ent.countries, func(c string) bool { return !md.framesCountry(p, c) || rows[c] })
}

// framesCountry reports whether a table row's lead-in, section title or
// publisher names country, itself or in a group.
func (md *Model) framesCountry(p *corpus.Passage, country string) bool {
	for _, g := range md.src.AllGeoMentions(p.LeadFrame() + "\n" + p.Cite.SectionTitle + "\n" + p.Doc.Publisher) {
		if g.Name == country || g.IsGroup && md.inGroups(country, []string{g.Name}) {
			return true
		}
	}
	return false
}

// tablePlaces are the places the rows of p's table are labelled with,
// read once a question for each table (by its lead-in) into memo.
func (md *Model) tablePlaces(p *corpus.Passage, memo map[string]map[string]bool) map[string]bool {
	key := p.Doc.ID + "\x00" + strconv.Itoa(p.Cite.Section) + "\x00" + p.Lead
	if out, ok := memo[key]; ok {
		return out
	}
	out := map[string]bool{}
	memo[key] = out
	for _, q := range p.Doc.Passages {
		if q.IsTableRow() && q.Lead == p.Lead && q.Cite.Section == p.Cite.Section {
			if name := md.rowPlace(q.Label); name != "" {
				out[name] = true
			}
		}
	}
	return out
}

// rowPlace is the country or place a table's row label is, the whole of
// it ("Cambodia", "Vientiane"), or "": a project named for a place
// ("Project for ... in Southern Lao PDR") is no place's row.
func (md *Model) rowPlace(label string) string {
	label = strings.TrimSpace(label)
	if cs := md.src.Countries(label); len(cs) == 1 && cs[0].Span.Start == 0 && cs[0].Span.End == len(label) && !cs[0].IsGroup {
		return cs[0].Name
	}
	if pl, ok := md.src.PlaceNamed(label); ok {
		return pl.Name
	}
	return ""
}

// countScopeReach is how far after a count the place it is of may stand:
// "three courses were held in Bangkok".
const countScopeReach = 60

// measureUnits are nouns that measure rather than count: a quantity of
// them is said with its unit ("210,000 tonnes"), as a count of things is
// not ("120 engineers").
var measureUnits = lexicon.Set("measure units")

// reRoughly is a qualifier that only rounds a quantity ("approximately
// 210,000 tonnes"), which the quantity is said without.
var reRoughly = regexp.MustCompile(`(?i)^(?:` + lexicon.Alt("rounding qualifiers") + `)\s+`)

// countSpan is how an answer states a count: a measure with its unit,
// and without a word that only rounds it.
func countSpan(c corpus.Count) string {
	if f := strings.Fields(c.Noun); len(f) > 0 && measureUnits[f[0]] {
		unit := f[0]
		// The unit as written: "MW", not "mw".
		if c.Passage != nil && c.Span.Start < len(c.Passage.Text) {
			win := c.Passage.Text[c.Span.Start:min(len(c.Passage.Text), c.Span.End+len(unit)+2)]
			for _, w := range strings.Fields(win) {
				if strings.EqualFold(w, unit) {
					unit = w
					break
				}
			}
		}
		return reRoughly.ReplaceAllString(c.Text, "") + " " + unit
	}
	// "Some 960 volunteers" answers "how many" with 960: most readers
	// ask for the figure, and the quoted sentence keeps the hedge. A
	// bound ("over 50", "nearly 20") changes the figure and stays.
	return reRoughly.ReplaceAllString(c.Text, "")
}

// countYearBonus ranks a count dated by the year a question names above
// the other counts of its sentence.
const countYearBonus = 0.2

// factDateReach is how far after a fact its date may stand: "6,840
// vehicles a day in 2010", "in Yangon on August 18-20, 2015".
const factDateReach = 40

// factYear is the year that dates a fact of a sentence, a count or a
// place: the first date right after it ("3,400 vehicles a day in 2015"),
// else the nearest before it, or 0.
func (md *Model) factYear(rec *sentenceRec, span corpus.Span) int {
	after, before := -1, -1
	afterYear, beforeYear := 0, 0
	for _, d := range md.src.PassageFacts(rec.p).Dates {
		if d.Span.Start < rec.span.Start || d.Span.End > rec.span.End {
			continue
		}
		if dist := d.Span.Start - span.End; dist >= 0 && dist <= factDateReach && (after < 0 || dist < after) {
			after, afterYear = dist, d.Start.Year()
		}
		if dist := span.Start - d.Span.End; dist >= 0 && (before < 0 || dist < before) {
			before, beforeYear = dist, d.Start.Year()
		}
	}
	if after >= 0 {
		return afterYear
	}
	return beforeYear
}

// rePartWas ends a partitive question on what the part was: "were train
// drivers". Its group is the plural noun.
var rePartWas = regexp.MustCompile(`\b(?:were|are)\s+(?:[a-z-]+\s+){0,2}([a-z-]+s)\s*\??\s*$`)

// countedNoun is the noun a "how many" question counts: the last word
// before the verb ("how many regional nursing centres are there" counts
// centres).
func countedNoun(q string) string {
	m := reCountQuestionHead.FindStringIndex(q)
	if m == nil {
		return ""
	}
	head := ""
	// "how many of the MFEWP villages": the noun after the partitive.
	rest := q[m[1]:]
	if p := rePartitive.FindStringIndex(rest); p != nil {
		rest = rest[p[1]:]
		// "how many of the trainees were train drivers": the part is
		// what they were.
		// Not "how many of the villages are in laos": a place.
		if w := rePartWas.FindStringSubmatch(rest); w != nil && !slices.ContainsFunc(strings.Fields(w[0]), func(f string) bool { return prose.Stopwords[f] && f != "were" && f != "are" }) {
			return w[1]
		}
	}
	// "how many persons jica will train": a name between the noun and
	// the verb is the verb's subject; the counted noun is the plural.
	plural := ""
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, "?.,!")
		if questionStop[w] || prose.Stopwords[w] || countVerbs[w] || isParticiple(w) {
			break
		}
		head = w
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || irregularPlurals[w] {
			plural = w
		}
	}
	if plural != "" {
		return plural
	}
	return head
}

// wordBefore is the word of q right before word w, lower case, or "":
// "member" of "how many member universities".
func wordBefore(q, w string) string {
	if w == "" {
		return ""
	}
	ws := strings.Fields(strings.ToLower(q))
	for i := 1; i < len(ws); i++ {
		if strings.Trim(ws[i], "?.,!") == w {
			if prev := strings.Trim(ws[i-1], "?.,!"); !prose.Stopwords[prev] && !questionStop[prev] {
				return prev
			}
			return ""
		}
	}
	return ""
}

// irregularPlurals are plural nouns without "-s": "staff", "people".
var irregularPlurals = lexicon.Set("irregular plurals")

// reCountQuestionHead is what a count question puts before the noun it
// counts: "how many", "number of".
var reCountQuestionHead = regexp.MustCompile(`\b(?:how many|number of)\s`)

// rePartitive opens a count question's noun with the whole it is part of:
// "of the", "of its".
var rePartitive = regexp.MustCompile(`^of\s+(?:the|its|these|those|all(?:\s+the)?)\s+`)

// countTailWords is how many words after a count's noun are read for
// what it counts: "some 320 customs and border officials" counts officials.
const countTailWords = 5

// wordsAfter is up to n words of text after offset at, stopping at
// punctuation.
func wordsAfter(text string, at, n int) []string {
	rest := text[min(at, len(text)):]
	// A comma may run a list of what is counted on: "some 420 customs,
	// port and railway officials".
	if i := strings.IndexAny(rest, ".;:()"); i >= 0 {
		rest = rest[:i]
	}
	// "12 courses for 236 participants": what another figure counts is
	// not counted by this one.
	if m := reNextFigure.FindStringIndex(rest); m != nil {
		rest = rest[:m[0]]
	}
	ws := strings.Fields(rest)
	return ws[:min(n, len(ws))]
}

// countsAsked reports whether a count of noun words nw can answer "how
// many" question q: one of the words after "how many", up to a small word,
// is one of the noun's (a typo of one letter allowed), or the question
// counts people or things in general.
func countsAsked(q string, nw []string) bool {
	// "number of wards covered" asks its noun as "how many wards" does.
	m := reCountQuestionHead.FindStringIndex(q)
	if m == nil {
		return true
	}
	rest := q[m[1]:]
	// "How many of the CHTC trainees were women": the whole's noun, past
	// "of the", is what the part is counted among.
	if m := reOfTheOpens.FindString(rest); m != "" {
		rest = rest[len(m):]
	}
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, "?.,!")
		if questionStop[w] || prose.Stopwords[w] || countVerbs[w] || isParticiple(w) {
			break
		}
		if genericCounted[w] {
			return true
		}
		// "insecticide-treated jar covers" for "insecticide treated jar
		// covers": each part of a hyphenated word is a word of the noun.
		for _, n := range nw {
			for _, part := range strings.Split(strings.ToLower(n), "-") {
				if stemTerm(part) == stemTerm(w) || len(w) >= minRawWord+1 && prose.EditDistance(part, w, 2) <= 1 {
					return true
				}
			}
		}
	}
	return false
}

// reFromAsked asks where the counted come from: "coming from myanmar".
var reFromAsked = regexp.MustCompile(`\bfrom\s+(?:the\s+)?[a-z]`)

// reOfTheOpens opens what "how many" asks a part of: "of the ", "of
// those ".
var reOfTheOpens = regexp.MustCompile(`^of\s+(?:the|those|these|all)\s+`)

// withBrokenDown is rec's text, after the sentence before it when rec
// opens by breaking that one's count down: "By country, 27 came from
// Myanmar" is of the "126 surveyors ... who have completed GCTC".
func (md *Model) withBrokenDown(rec *sentenceRec) string {
	if !prose.BreakdownLeadRE.MatchString(rec.text) {
		return rec.text
	}
	var prev string
	for _, s := range md.src.PassageFacts(rec.p).Sentences {
		if s.End <= rec.span.Start {
			prev = rec.p.Text[s.Start:s.End]
		}
	}
	return prev + " " + rec.text
}

// traineeCounted reports whether head, a noun a question counts by, names
// people in a course ("trainees", "grads"), and the count, of people of
// another name ("84 officials"), stands in a sentence about a course:
// "84 officials ... had completed the course" counts the course's
// trainees.
func traineeCounted(head string, c corpus.Count, text string) bool {
	nw := strings.Fields(strings.ToLower(c.Noun))
	if !traineeNouns[head] || len(nw) == 0 {
		return false
	}
	if courseTakers[nw[len(nw)-1]] && reCourseSaid.MatchString(text) {
		return true
	}
	// "RMSTP has trained 186 microfinance supervisors, of whom 44 came
	// from Myanmar": whoever the sentence says were trained are trainees,
	// and so are the parts counted of them.
	nounAt := func(at int) bool {
		rest := strings.ToLower(text[at:])
		return strings.HasPrefix(rest, c.Noun) && (len(rest) == len(c.Noun) || !prose.IsWordRune(firstRune(rest[len(c.Noun):])))
	}
	for _, m := range reTrainedBefore.FindAllStringSubmatchIndex(text, -1) {
		if nounAt(m[3]) || m[4] >= 0 && nounAt(m[5]) {
			return true
		}
	}
	// "148 repair crew members and engineers have completed CRTP": those
	// who completed a course are its trainees; not "seven ASEAN countries
	// had completed", who are no persons.
	lt := strings.ToLower(text)
	if i := strings.Index(lt, c.Noun); i >= 0 && personNouns[nw[len(nw)-1]] && reCompletedAfter.MatchString(lt[i+len(c.Noun):]) {
		return true
	}
	return false
}

// reTrainedBefore is a verb of training and one or two words after it,
// the number of those trained and maybe a word before it, their noun
// next: "has trained 186 ", "trained some 186 ".
// reCompletedAfter is what follows those who completed a course, past
// the rest of their list: " and engineers have completed".
var reCompletedAfter = regexp.MustCompile(`^(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:have|has|had)\s+(?:now\s+|already\s+)?(?:` + lexicon.Alt("completion verbs") + `)\b`)

// personNouns are the last words of a count of persons, which a question
// asking of "people" counts.
var personNouns = lexicon.Set("person count nouns")

var reTrainedBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("trained verbs") + `)\s+([\w,.]+\s+)([\w,.]+\s+)?`)

var (
	traineeNouns = lexicon.Set("trainee nouns asked")
	courseTakers = lexicon.Set("course taker nouns")
	reCourseSaid = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("course said words") + `)\b`)
)

var (
	countVerbs = lexicon.Set("count question verbs")
	// genericCounted are nouns a question counts by that stand for any
	// kind of person: "how many people" counts trainees or officials.
	genericCounted = lexicon.Set("generic counted nouns")
)

var (
	reCountSpan      = regexp.MustCompile(`\bhow many\s+(days|weeks)\b`)
	reCountCountries = regexp.MustCompile(`\bhow many\s+(?:\w+\s+)?(countries|nations|members|states)\b`)
	reCountItems     = regexp.MustCompile(`\bhow many\s+(?:\w+\s+)?(projects|programmes|programs|workshops|activities|items|initiatives|courses)\b`)
)

// isParticiple reports whether a question word after "how many" is a verb
// form that ends what is counted: "how many officials trained". A word in
// -ing may name the thing counted ("nursing centres"), so it does not.
func isParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// reEllipticAfter is what follows a number that leaves out its noun: "three
// in Bangkok", "118 for the PhD programme".
var reEllipticAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("elliptic count prepositions") + `)\s`)

// ellipticScope is what a count that leaves out its noun is of, up to the
// next item of its list: "the PhD sandwich programme" of "118 for the PhD
// sandwich programme, 87 for ...".
func ellipticScope(c corpus.Count) (string, bool) {
	// A count with its noun spans it too.
	if c.Passage.Text[c.Span.Start:c.Span.End] != c.Text {
		return "", false
	}
	after := c.Passage.Text[c.Span.End:min(len(c.Passage.Text), c.Span.End+countScopeReach)]
	m := reEllipticAfter.FindStringIndex(after)
	if m == nil {
		return "", false
	}
	scope := after[m[1]:]
	if i := strings.IndexAny(scope, ",;.:"); i >= 0 {
		scope = scope[:i]
	}
	if i := strings.Index(scope, " and "); i >= 0 {
		scope = scope[:i]
	}
	return scope, true
}

// withoutWords is text without the words of drop, whatever their case.
func withoutWords(text string, drop []string) string {
	var out []string
	for _, w := range prose.WordRE.FindAllString(text, -1) {
		if !slices.ContainsFunc(drop, func(d string) bool { return strings.EqualFold(d, w) }) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// namesAnyOf reports whether the question holds a word of text.
func (aq *asked) namesAnyOf(text string) bool {
	for _, w := range prose.WordRE.FindAllString(text, -1) {
		st := stemTerm(strings.ToLower(w))
		for _, t := range aq.terms {
			if t.stem == st || slices.Contains(t.alts, st) {
				return true
			}
		}
	}
	return false
}

// nonNounTerms are the question's words other than the counted noun's:
// the count's own noun is weighed by countedNounBonus, and the same word
// standing by another figure ("312 candidates arrived, of whom 78 were
// nurse candidates") says nothing of which count is asked.
func nonNounTerms(qt []qterm, noun []string) []qterm {
	var out []qterm
	for _, t := range qt {
		if !slices.ContainsFunc(noun, func(w string) bool { return stemTerm(w) == t.stem }) {
			out = append(out, t)
		}
	}
	return out
}

// reDemonymAfterCount is the capitalised word right after a count: "14
// Japanese", "9 Malaysian".
var reDemonymAfterCount = regexp.MustCompile(`^\s+(\p{Lu}\p{Ll}+)\b`)

// countOfOtherDemonym reports whether the count at span is written with
// the adjective of a country not among asked: "9 Malaysian engineers".
func (md *Model) countOfOtherDemonym(rec *sentenceRec, span corpus.Span, asked []string) bool {
	at := span.Start - rec.span.Start
	if at < 0 || at > len(rec.text) {
		return false
	}
	// The count's span may hold its adjective: past the figure.
	rest := strings.TrimLeft(rec.text[at:], "0123456789,.")
	m := reDemonymAfterCount.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	ms := md.src.CountriesAnyCase(m[1])
	return len(ms) == 1 && ms[0].Name != m[1] && !slices.Contains(asked, ms[0].Name)
}

// reDemonymWord is how a country's adjective ends in English.
var reDemonymWord = regexp.MustCompile(`(?:ese|ian|ean|ish|ine|i)$`)

// demonymsAsked are the countries the question names by their adjective
// ("japanese engineers"), not by their name.
func (md *Model) demonymsAsked(aq *asked) []string {
	var out []string
	for _, m := range md.src.CountriesAnyCase(aq.q) {
		if w := strings.ToLower(aq.q[m.Span.Start:m.Span.End]); w != strings.ToLower(m.Name) && reDemonymWord.MatchString(w) {
			out = append(out, m.Name)
		}
	}
	return out
}

// countsOnlyOthers reports whether the count at span's own phrase, up to
// the next figure or clause, says its people come from countries, none
// of asked.
func (md *Model) countsOnlyOthers(rec *sentenceRec, span corpus.Span, asked []string) bool {
	rest := countPhrase(rec, span)
	// Only where they come from: "214 Cambodian trainees were accepted
	// in Japan" are Cambodia's.
	m := reFromCountries.FindStringIndex(rest)
	if m == nil {
		return false
	}
	ms := md.src.CountriesAnyCase(rest[m[1]:])
	return len(ms) > 0 && !slices.ContainsFunc(ms, func(g GeoMention) bool { return slices.Contains(asked, g.Name) })
}

// reFromCountries opens the countries a count's people come from, right
// after its noun: "engineers, from", "officials from".
var reFromCountries = regexp.MustCompile(`^(?:\s+[a-z]+){0,3},?\s+from\s`)

// reTotalBefore is a cue of the whole in a clause that runs to a count:
// "In all, " before "36,100 wells".
var reTotalBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("total cues") + `)\b[^;:.]*$`)

// namesAskedCountry reports whether rec's own words, not its lead-in's,
// name a country the question asks of.
func (md *Model) namesAskedCountry(aq *asked, rec *sentenceRec) bool {
	return slices.ContainsFunc(rec.geos, func(g GeoMention) bool { return !g.IsGroup && slices.Contains(aq.ent.countries, g.Name) })
}

// reVerbNext is the word right after a count, with its noun's words
// before it when the text writes them there.
var reVerbNext = regexp.MustCompile(`^\s+(\p{L}+)`)

// asksVerbRightAfter reports whether the word after a count and the
// words of its noun written right after it (text, from the count's end)
// is one the question asks with, the count's own verb: "passed" of "and
// 197 passed" for "how many candidates passed", "sat" of "212 mechanics
// sat the test". A noun's word is read with its noun: "trained" of "30
// trained nurses".
func (aq *asked) asksVerbRightAfter(text string, noun []string) bool {
	for _, w := range noun {
		m := reVerbNext.FindStringSubmatchIndex(text)
		if m == nil || !strings.EqualFold(text[m[2]:m[3]], w) {
			break
		}
		text = text[m[1]:]
	}
	m := reVerbNext.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	st := stemTerm(strings.ToLower(m[1]))
	return slices.ContainsFunc(aq.terms, func(t qterm) bool { return t.stem == st })
}
