package qa

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of when answers.
const (
	// joinDateBonus ranks a membership's own date above any other date in
	// its sentence: "when did Laos join" asks for that date.
	joinDateBonus = 0.3
	// statedLengthBonus ranks a length the documents state ("five
	// years") above a length worked out from a range.
	statedLengthBonus = 0.45
	// dateBonus ranks a date above other facts its sentence holds.
	dateBonus = 0.1
	// futureDateBonus ranks a date the sentence speaks of as to come above
	// one it reports as past, for a question about what will happen.
	futureDateBonus = 0.15
	// pastDatePenalty lowers a date the sentence puts in the future, for
	// a question about what was done: "when was Phase I completed" is not
	// "Phase II is due to be completed in December 2013".
	pastDatePenalty = 0.15
	// rangeBonus ranks a range or an ongoing period ("since 2000") above
	// a single date for "how long".
	rangeBonus = 0.1
	// revisionFit ranks the date a change moved something to above the
	// one it was moved from, or the other way round, as the question asks:
	// "when is it due now" and "when was it originally due" want
	// different dates of "was due on 1 October 2015; the date has been
	// revised to 30 June 2016".
	revisionFit = 0.3
	// revisedLean ranks a moved-to date a little above the date it
	// replaced when the question does not say which it wants: what stands
	// now is the likelier answer, and a plan the facts went beyond is no
	// answer unless asked for (revisionFit below it).
	revisedLean = 0.05
	// dateContextRunes is how much of the date's sentence the answer line
	// quotes.
	dateContextRunes = 160
)

var (
	// reWrittenRange is a date written as a range: "April 2018 to March
	// 2021", "2008–2010", "between 22 and 29 September".
	reWrittenRange = regexp.MustCompile(`\d\s*(?:to|until|till|through|and|[–—-])\s*\S`)
	reWhenJoin     = regexp.MustCompile(`\b(join|joined|joins|joining|member|membership|accede|acceded)\b`)
	// reWillJoin asks when a country means or asked to join, which an
	// intention's date answers.
	reWillJoin = regexp.MustCompile(`\b(will|plans?|planning|intends?|expected|going|apply|applied|application|seek|sought|bid)\b`)
	// reUnrealisedStatus is a membership only offered or meant;
	// reRealisedStatus one taken up.
	reUnrealisedStatus = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("membership invited", "membership intends to join") + `)\b`)
	reObserverSaid     = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("membership observer") + `)\b`)
	reRealisedStatus   = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("membership joined") + `)\b|\bbec(?:ame|ome|omes|oming)\b[^.;]{0,40}\bmembers?\b`)
	reDurationNoun     = regexp.MustCompile(`^(years|months|weeks|days)\b`)
	// rePastAsk asks what was done; rePlanAsk asks, in the past tense,
	// what was planned, which a future date answers.
	reDayAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("day question cues") + `)\b`)
	rePastAsk  = regexp.MustCompile(`\b(?:` + lexicon.Alt("past question cues") + `)\b`)
	rePlanAsk  = regexp.MustCompile(`\b(?:` + lexicon.Alt("plan question cues") + `)\b`)
)

// reComparedDate ends with a word that compares an age with the date
// after it: "predate", "older than".
var reComparedDate = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("date comparison words") + `)\s+(?:the\s+(?:year\s+)?)?$`)

// comparedReach is more bytes than a date comparison word, "the year" and
// their spaces take.
const comparedReach = 40

// cellLabelBefore is the column label of the table cell a date at at
// stands in ("Target completion" of "...; Target completion: 2022; ..."),
// or "".
func cellLabelBefore(row string, at int) string {
	if at < 0 || at > len(row) {
		return ""
	}
	before := row[:at]
	colon := strings.LastIndex(before, ":")
	if colon < 0 || strings.TrimSpace(before[colon+1:]) != "" {
		return ""
	}
	start := strings.LastIndexAny(before[:colon], ";:") + 1
	return strings.TrimSpace(before[start:colon])
}

// namesOtherEvent reports whether a column label names an event ("Target
// completion", "Date of decision") other than the act the question asks:
// a plain "Date" or "Loan agreement" names none. The event and the act
// are the same when their words open alike ("decision", "decided") or
// are synonyms ("completion", "finish").
func namesOtherEvent(stem, label string) bool {
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if !columnEvents[w] {
			continue
		}
		if len(stem) >= eventStemLetters && len(w) >= eventStemLetters && stem[:eventStemLetters] == w[:eventStemLetters] {
			return false
		}
		// "Actual completion" is when it finished: a synonym of the act
		// names the same event.
		if c := synonyms[w]; c != "" && c == synonyms[stem] {
			return false
		}
		return true
	}
	return false
}

// eventStemLetters is how many first letters an event's noun and the
// act's verb share when they are one event: "deci", "comp", "sign".
const eventStemLetters = 4

// columnEvents are the nouns by which a table's column names the event
// its dates are of.
var columnEvents = lexicon.Set("table column events")

// answerWhen answers "when" and "how long" with dates, lengths and the
// documents' own dates.
func (md *Model) answerWhen(aq *asked, consider offerFunc) {
	howLong := strings.Contains(aq.q, "how long") || strings.Contains(aq.q, "since when")
	// "When did Laos join?" is answered by a membership's date or not at
	// all: another date in a sentence naming Laos is not when it joined.
	if reWhenJoin.MatchString(aq.q) && md.membersAsked(aq) > 0 {
		md.answerJoinDate(aq, consider)
		return
	}
	// "When did Thailand leave?" is answered by a withdrawal's date, and
	// by no other date of the sentence that says so.
	// The member is the subject, before the verb: in "when did the
	// shipment leave Singapore" Singapore is the place left.
	if m := reAskedStatus.FindStringIndex(aq.q); m != nil && askedStatus(aq.q[m[0]:m[1]]) == corpus.StatusWithdrew && md.membersAsked(aq) > 0 && len(md.src.CountriesAnyCase(aq.q[:m[0]])) > 0 {
		md.answerLeaveDate(aq, consider)
		return
	}
	// "When did Japan become a dialogue partner", "... an observer": the
	// date of a status outside the body, which documents call either
	// ("an observer, as a dialogue partner"), not of another.
	if m := reAskedStatus.FindStringIndex(aq.q); m != nil && md.membersAsked(aq) > 0 {
		if st := askedStatus(aq.q[m[0]:m[1]]); st == corpus.StatusPartner || st == corpus.StatusObserver {
			md.answerStatusDate(aq, consider, "They give no date, but say: ", func(m corpus.Membership) bool {
				return m.Status == corpus.StatusPartner || m.Status == corpus.StatusObserver
			})
			return
		}
	}
	if howLong {
		// "How long is the second phase": a stated length answers best.
		for _, c := range md.facts.Counts {
			if !reDurationNoun.MatchString(c.Noun) {
				continue
			}
			rec := md.sentenceOf(c.Passage, c.Span)
			if md.entityFit(aq.ent, rec) {
				// Said as written: "ten-week" in "this ten-week course".
				written := c.Passage.Text[c.Span.Start:c.Span.End]
				// "Small-scale projects within 12 months and standard
				// projects within 24 months": the length whose clause
				// names what is asked.
				consider(answerFrom(rec, written, c.Text+" "+c.Noun, c.Span), md.cov(aq, rec), statedLengthBonus+aq.nearness(rec, c.Span))
			}
		}
	}
	askEnd, askStart := askedEvent(aq.q)
	willAsk := reWillAsk.MatchString(aq.q)
	pastAsk := !willAsk && rePastAsk.MatchString(aq.q) && !rePlanAsk.MatchString(aq.q)
	preds := predicates{}
	// A range is said by the predicate of its first date.
	var prevPredicate float64
	askPeriod := !askEnd && !askStart && !howLong && rePeriodAsked.MatchString(aq.q)
	askRevision := askedRevision(aq.q)
	// "What exact date is the summit" is not answered by "late 2004".
	dayAsked := reDayAsked.MatchString(aq.q)
	// "Date the Takeo farmers got paid out?" asks a day, which a date
	// given to the day says before a year that only names the season.
	dateAsked := reDateWordAsked.MatchString(aq.q)
	// "When did X become an observer" asks a joining too, in a status's
	// word; "when will X join" asks the plan, which an intention answers.
	joinAsk := (reWhenJoin.MatchString(aq.q) || reAskedStatus.MatchString(aq.q)) && !reWillJoin.MatchString(aq.q)
	outsideAsked := slices.Contains([]string{corpus.StatusObserver, corpus.StatusPartner}, askedStatusOf(aq.q))
	// The act the question asks of, read once for every date.
	act, actStem := actAsked(aq.q), actStemAsked(aq.q)
	var actDone *regexp.Regexp
	if actStem != "" && actStem != forceStem {
		actDone = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(actStem) + `e?d\b`)
	}
	requestAsked := reRequestQ.MatchString(aq.q)
	// "When was the loan agreement signed": the instrument asked, whose
	// signing a date of another instrument's ("the Exchange of Notes
	// signed on 20 September 2019") does not date.
	instrument := instrumentAsked(aq.q)
	// The verb a past question asks of, as a sentence puts it still to
	// come: "when did the lab open" of "is expected to open in FY2017".
	var futureVerb *regexp.Regexp
	if v := didVerbAsked(aq.q); v != "" && pastAsk {
		futureVerb = reFutureVerb(v)
	}
	for i := range md.facts.Dates {
		d := &md.facts.Dates[i]
		if dayAsked && d.Precision != "day" {
			continue
		}
		rec := md.sentenceOf(d.Passage, d.Span)
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		// "Target completion: 2022" in a table row says when it is to be
		// completed, not when it was signed: a cell's date answers only
		// the act its column names.
		if act != nil && rec.p.IsTableRow() {
			if label := cellLabelBefore(rec.text, d.Span.Start-rec.span.Start); label != "" && !act.MatchString(label) && namesOtherEvent(actStem, label) {
				continue
			}
		}
		// A date whose sentence is too far from the question would be
		// dropped anyway: skip weighing it.
		cov := md.cov(aq, rec)
		// "From January 2022 to December 2026" says when work starts and
		// when it ends, without the words.
		if askStart || askEnd {
			first := i+1 < len(md.facts.Dates) && rangeJoined(d, &md.facts.Dates[i+1])
			second := i > 0 && rangeJoined(&md.facts.Dates[i-1], d)
			// "Runs until which fiscal year" of "from FY2014 to FY2018":
			// a range says how long a thing runs, and its fiscal years
			// are the fiscal year asked.
			fiscal := reFiscalDate.MatchString(d.Text)
			rangeTerm := func(t qterm) bool {
				return isEventTerm(t) || periodWords[t.word] || fiscal && fiscalWords[t.word]
			}
			switch {
			case askStart && first && !changeRange(d):
				cov = md.covHolding(aq, rec, rangeTerm)
			case askEnd && second && !changeRange(&md.facts.Dates[i-1]):
				cov = md.covHolding(aq, rec, rangeTerm)
			case d.Precision == "day" && d.End.After(d.Start) || reWrittenRange.MatchString(d.Text):
				// "from 10 March to 25 April 2014", one date with both
				// ends.
				cov = max(cov, md.covHolding(aq, rec, isEventTerm))
			case askStart && d.Since:
				// "Since 1 November 2006, JICA has carried out the BTMP"
				// says when it started.
				cov = max(cov, md.covHolding(aq, rec, isEventTerm))
			case askStart && !joinAsk && saysStart(rec.text):
				// "GGP was introduced in the Philippines in 1989" says
				// when it started, by its own verb. Not when a member
				// joined: a body's founding is not its members' joining.
				cov = max(cov, md.covHolding(aq, rec, isEventTerm))
			case askEnd && untilBefore(rec.text, d.Span.Start-rec.span.Start):
				// "began in April 2020 and runs until March 2026" says
				// when it ends.
				cov = max(cov, md.covHolding(aq, rec, isEventTerm))
			}
		}
		// "When was the signing originally planned": a sentence that
		// tells a first plan or a change holds the question's words of
		// planning ("was originally to have been signed in March 2020").
		if askRevision != unrevised && rec.tellsChange() {
			newDate := reNewDateAsked.MatchString(aq.q)
			cov = max(cov, md.covHolding(aq, rec, func(t qterm) bool { return isPlanTerm(t) || newDate && t.word == "new" }))
		}
		if instrument != "" && actStem != "" {
			at := d.Span.Start - rec.span.Start
			if other := instrumentSignedBefore(rec.text[:max(0, at)]); other != "" && !sameInstrument(other, instrument) {
				continue
			}
			// "When was the phase 2 loan agreement signed" is not
			// answered by "On 21 July 2022 the Government ... requested
			// Japan to provide an ODA loan ... for a second phase": a
			// sentence that asks for the thing and never says the act
			// dates only the asking.
			if act != nil && !act.MatchString(rec.text) && reAskingFor.MatchString(rec.text) && !requestAsked {
				continue
			}
		}
		if cov < minCoverage {
			continue
		}
		// "wharves, many of which predate 1950": a year something is
		// older than is no date of an event. After the coverage cut, and
		// on the words just before the date, as the pattern is dear to
		// run over every date's whole sentence.
		if at := d.Span.Start - rec.span.Start; at >= 0 && at <= len(rec.text) && reComparedDate.MatchString(tail(rec.text[:at], comparedReach)) {
			continue
		}
		// "When did Korea join" is not answered by "Korea was invited to
		// join in 2016": an invitation or an intention is no joining,
		// unless the sentence says it was taken up.
		if joinAsk && reUnrealisedStatus.MatchString(rec.text) && !reRealisedStatus.MatchString(rec.text) {
			continue
		}
		// "When was the Exchange of Notes signed" is not answered by
		// "cancelled in late 2014, before the exchange of notes was
		// signed": an act said only as what did not come first is not
		// dated.
		if act != nil && onlyBeforeClause(rec.text, act) {
			continue
		}
		// "When did UNCRD become a full member" is not answered by "UNCRD
		// has attended as an observer since 2014": an observer's seat is
		// no membership, unless the sentence says one was taken up.
		if joinAsk && !outsideAsked && reObserverSaid.MatchString(rec.text) && !reRealisedStatus.MatchString(rec.text) {
			continue
		}
		// The two ends of a written range ("from April 2018 to March
		// 2021"): "when will it finish" is its second date, "when did it
		// start" its first, and "when does it run" the whole range.
		// "Unit 1 ... in October 2010 and Unit 2 in April 2011": the date
		// whose own words the question names.
		var ownB float64
		if sib, at := siblingDates(md.facts.Dates, i, rec); at >= 0 {
			ownB = aq.ownWordsBonus(rec, sib, at)
		}
		var rangeAdj float64
		if i > 0 && rangeJoined(&md.facts.Dates[i-1], d) {
			first := &md.facts.Dates[i-1]
			switch {
			case askEnd && askRevision == revisedFrom && changeRange(first):
				// The end a change moved it to, not the original end.
				rangeAdj = -eventMismatch
			case askEnd:
				rangeAdj = rangeEventMatch(rec, first)
			case askStart:
				rangeAdj = -eventMismatch
			case askPeriod:
				whole := corpus.Span{Start: first.Span.Start, End: d.Span.End}
				text := d.Passage.Text[whole.Start:whole.End]
				bonus := dateBonus + rangeBonus + aq.nearness(rec, whole) + prevPredicate + ownB
				consider(answerFrom(rec, text, text+" — "+prose.Clip(rec.text, dateContextRunes), whole), cov, bonus)
			}
		}
		if i+1 < len(md.facts.Dates) && rangeJoined(d, &md.facts.Dates[i+1]) {
			switch {
			case askEnd && askRevision == revisedFrom && changeRange(d):
				// "Original end date before the extension" of "was
				// extended by six months, from 31 March 2019 to 30
				// September 2019": the end it was moved from.
			case askEnd:
				rangeAdj = -eventMismatch
			case askStart:
				rangeAdj = rangeEventMatch(rec, d)
				// "started on 1 April 2003 and will run for five years,
				// from FY2003 to FY2007": the start has its own date
				// before the range, which only restates the period.
				if at := d.Span.Start - rec.span.Start; at > 0 && at <= len(rec.text) && reStartDated.MatchString(rec.text[:at]) {
					rangeAdj = eventMatch / 2
				}
			}
		}
		span := d.Resolved()
		line := span
		if d.Since {
			line = "since " + span
		}
		if d.Relative {
			line += " (“" + d.Text + "” in a document of " + d.Passage.Doc.DateText + ")"
		}
		line += " — " + prose.Clip(rec.text, dateContextRunes)
		bonus := dateBonus + aq.nearness(rec, d.Span) + eventFit(aq.q, rec.text, d.Span.Start-rec.span.Start) + rangeAdj
		// "When will the bridge open": of "45 per cent complete at the end
		// of May 2012 and expected to open in March 2014", the date the
		// sentence puts in the future.
		before := tail(rec.text[:max(0, d.Span.Start-rec.span.Start)], eventWindow)
		if willAsk && reFutureSays.MatchString(before) {
			bonus += futureDateBonus
		}
		// "In response to a request from the Ministry ... in August 1999,
		// JICA launched MELSP on 1 April 2001": a date in the request's
		// phrase dates the request, not the act the question asks.
		if strings.Contains(rec.text, "request") && !reRequestQ.MatchString(aq.q) && reInRequestPhrase.MatchString(rec.text[:max(0, d.Span.Start-rec.span.Start)]) {
			bonus -= requestDatePenalty
		}
		// "When did Myanmar request the single window" is not answered
		// by the day its notes were signed, though that sentence names
		// the project and this one says only "requested this
		// cooperation in November 2014": a sentence that asks for
		// nothing dates no request.
		if requestAsked && !reRequestWritten.MatchString(rec.text) {
			bonus -= requestDatePenalty
		}
		// "Requested Japan's grant aid ..., with the aim of meeting demand
		// up to the year 2025": a date in the clause of an aim dates what
		// is aimed at, not the act. A target asked has no other date.
		lead := ""
		dateAt := d.Span.Start - rec.span.Start
		if dateAt > 0 && dateAt <= len(rec.text) {
			lead = tail(rec.text[:dateAt], aimReach)
		}
		// "On 22 March 2021, the Ministry requested ADB to provide
		// additional financing" says the act was done; "30 March 2021:
		// Update: Additional financing request ... recorded" only names
		// it.
		if pastAsk && actDone != nil && reLeadingDate.MatchString(d.Passage.Text[rec.span.Start:d.Span.Start]) && actDone.MatchString(rec.text) {
			bonus += actDoneBonus
		}
		if m := reAimClauseBefore.FindStringIndex(lead); lead != "" && m != nil {
			bonus -= aimDatePenalty
			// "On 22 March 2021, the Ministry requested ADB to provide
			// additional financing in order to extend the works after the
			// floods of October 2020": the act asked is written before
			// the aim, so the aim's date is surely not the act's.
			if act != nil && act.MatchString(rec.text[:dateAt-len(lead)+m[0]]) {
				bonus -= aimAfterActPenalty
			}
		}
		// "Submitted a concept note ..., requesting US$1,950,000 for the
		// period 2020 to 2022": a period a thing covers dates no act done
		// to it, when an act is what is asked, not its start or its end.
		if lead != "" && actStem != "" && !askStart && !askEnd && !askPeriod && !howLong && rePeriodOpenerBefore.MatchString(lead) {
			bonus -= aimDatePenalty
		}
		// "Signed an Exchange of Notes ... drawn from Japan's FY2012
		// budget": a fiscal year that names whose money it is dates no
		// act, unless the question asks of the budget or the year.
		if at := d.Span.End - rec.span.Start; fundsYear(d, rec.text, at) && !slices.ContainsFunc(aq.terms, func(t qterm) bool { return fiscalWords[t.word] || fundsNouns[t.word] }) {
			bonus -= fundsYearPenalty
		}
		// A date after the document's own is still to come as it tells
		// it, whatever the words before it: "Japan will decide on the
		// Philippines' request ... after the mid-term review in December
		// 2018", in a paper of August 2018, does not date the request.
		if pastAsk && !reFutureSays.MatchString(before) && afterDocPeriod(d, rec.p.Doc) {
			bonus -= pastDatePenalty
		}
		if pastAsk && reFutureSays.MatchString(before) {
			// "When did the Yangon lab open" of "The Yangon laboratory is
			// expected to open in FY2017", a date after the document's:
			// the act asked had not happened, and no other date is its.
			// Only of the thing asked: a sentence that covers the question
			// closely, not another study "due to start".
			// Not of another numbered part: "Phase two was due to end" says
			// nothing of when phase one ended.
			if futureVerb != nil && futureVerb.MatchString(before) && cov >= futureActCoverage && futureOfDoc(d, rec.p.Doc) && !otherOrdinal(aq, rec.text) {
				aq.refuse = true
			}
			bonus -= pastDatePenalty
		}
		var predicate float64
		if reLeadingDate.MatchString(d.Passage.Text[rec.span.Start:d.Span.Start]) {
			// "On 23 August 2016 the Cabinet approved a budget for fiscal
			// years 2017 to 2019": a date that opens its sentence dates
			// the words right after it, up to the next date, which they
			// are not.
			to := min(rec.span.End, nameChainEnd(d.Passage.Text, d.Span.End, rec.span.End)+eventWindow)
			if i+1 < len(md.facts.Dates) && md.facts.Dates[i+1].Passage == d.Passage && md.facts.Dates[i+1].Span.Start < to {
				to = md.facts.Dates[i+1].Span.Start
			}
			predicate = predicateWeight * aq.predicateShare(rec, d.Span.End, to)
			preds[rec.p] = to
		} else {
			from := preds.start(rec)
			predicate = preds.bonus(aq, rec, d.Span)
			// "for Brunei on 1 January 2009, for Malaysia on 1 February
			// 2009": the country asked, standing in this date's own
			// predicate, says it is this one.
			if md.namesAskedIn(aq, tail(d.Passage.Text[from:d.Span.Start], namedPredicateReach)) || md.seriesCountryAsked(aq, rec, i) {
				predicate += namedPredicateBonus
			}
		}
		bonus += predicate
		prevPredicate = predicate
		// "The revised curriculum was approved ... on 9 May 2013 and has
		// been taught ... since the academic year that began in June
		// 2013": a date whose own stretch, from the date before it,
		// writes another act dates that one, not the act asked.
		if act != nil && act.MatchString(rec.text) && md.otherActBeforeDate(aq, rec, i, act) {
			bonus -= otherActPenalty
		}
		if rec.tellsChange() {
			rev := dateRevision(md.facts.Dates, i, rec)
			// "What's the new date for the Da Nang workshop" is not
			// answered by the date it was moved from, when the sentence
			// says the new one is not fixed ("planned for 15-17 March
			// 2022, has been postponed to a date to be decided").
			if askRevision == revisedTo && rev == revisedFrom && (reChangedToNoDate.MatchString(rec.text) || reNoNewDate.MatchString(rec.text)) {
				continue
			}
			bonus += revisionBonus(askRevision, rev)
		}
		bonus += ownB
		if dateAsked && d.Precision == "day" {
			bonus += dayDateBonus
		}
		// "Completion: December 2007" in an outline table.
		if labelFits(labelAt(rec, d.Span.Start-rec.span.Start), aq) {
			bonus += labelledBonus
		}
		// A length is a range written with both ends, or a period since
		// a date: "FY2018" alone spans a year but says no length.
		if howLong && (d.Since || reWrittenRange.MatchString(d.Text)) {
			bonus += rangeBonus
			if d.Precision == "day" && !d.Since {
				line = span + " (" + strconv.Itoa(daysSpanned(d)) + " days)" + line[len(span):]
			}
		}
		// "When did the survey close" of "7 October to 8 November 2019":
		// the range's end, as written.
		at := d.Span
		if askEnd && !d.Relative && d.End.After(d.Start) {
			if m := reRangeEnd.FindStringSubmatchIndex(d.Text); m != nil {
				end := d.Text[m[2]:m[3]]
				span, at = end, corpus.Span{Start: d.Span.Start + m[2], End: d.Span.Start + m[3]}
				line = end + line[len(d.Resolved()):]
			}
		}
		consider(answerFrom(rec, span, line, at), cov, bonus)
	}
	md.answerPublished(aq, consider)
}

// reRangeEnd is the end of a date written as a range, when it is a date
// of its own: "8 November 2019" of "7 October to 8 November 2019", not
// "21st July 2001" of "15th to 21st July 2001" (the same month's day).
var reRangeEnd = regexp.MustCompile(`(?i)^.*?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:to|until|till|through|–|—|-)\s*(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4})$`)

// reDateQualifierOpens is a date that opens with the part of its month or
// year it names: "end of January 2020".
var reDateQualifierOpens = regexp.MustCompile(`(?i)^(?:` + lexicon.Alt("date qualifiers") + `)\b`)

// rangeVerbReach is how many words before a range are read for the verb
// it dates.
const rangeVerbReach = 6

// rangeEventMatch is how surely a written range's ends are the start and
// the end asked: fully for a period ("Construction period: 42 months,
// from August 2016 to ..."), by half when a verb of another act stands
// before it ("the works will be budgeted over fiscal years 2014 to
// 2019"), which the range dates rather than the work.
func rangeEventMatch(rec *sentenceRec, first *corpus.Date) float64 {
	at := first.Span.Start - rec.span.Start
	if at < 0 || at > len(rec.text) {
		return eventMatch
	}
	before := rec.text[:at]
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(strings.ToLower(before))
	for _, w := range ws[max(0, len(ws)-rangeVerbReach):] {
		w = strings.Trim(w, "()\"'“”")
		if pastForm(w) && !eventStart[w] && !eventEnd[w] && !planWords[w] {
			return eventMatch / 2
		}
	}
	return eventMatch
}

// reStartDated is a start's verb with its own day right after it:
// "started on 1 April 2003", "began on April 1, 2003".
var reStartDated = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("event words start") + `)\s+on\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2},?)\s+\d{4}\b`)

// reChangedFrom is a change told as a range: "extended from 30 June 2020
// to 31 December 2021" moves an end, it does not run from one date to the
// other.
var reChangedFrom = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("change verbs") + `)\s+(?:\S+\s+){0,4}?from\s*$`)

// changeRange reports whether a written range whose first date is d
// tells a change rather than a period.
func changeRange(d *corpus.Date) bool {
	return reChangedFrom.MatchString(tail(d.Passage.Text[:d.Span.Start], eventWindow))
}

// namedPredicateBonus ranks a date whose own predicate names the country
// or place the question asks about above the other dates of its sentence.
const namedPredicateBonus = 0.15

// namedPredicateReach is how close before a date the name must stand to
// be its own ("for Malaysia on"), not the subject of a longer clause
// ("Malaysia, which took part from 2004, withdrew in 2006").
const namedPredicateReach = 20

// namesAskedIn reports whether text names a country or place the question
// asks about.
func (md *Model) namesAskedIn(aq *asked, text string) bool {
	if len(aq.ent.countries) == 0 && len(aq.ent.places) == 0 || text == "" {
		return false
	}
	for _, m := range md.src.Countries(text) {
		if slices.Contains(aq.ent.countries, m.Name) {
			return true
		}
	}
	for _, p := range aq.ent.places {
		if strings.Contains(text, p.Name) {
			return true
		}
	}
	return false
}

// seriesCountryAsked reports whether the i-th date stands in a series of
// its sentence's dates, each after its own country, and the country
// before it is one the question asks about: "¥520 million to Cambodia
// under notes exchanged in Phnom Penh on 18 January 2000, ¥610 million to
// Vietnam under notes exchanged in Hanoi on July 4, 2000". Each country
// must be named once and by one date's words alone, since "Malaysia,
// which took part from 2004, withdrew in 2006" is no such series.
func (md *Model) seriesCountryAsked(aq *asked, rec *sentenceRec, i int) bool {
	if len(aq.ent.countries) == 0 {
		return false
	}
	sib, at := siblingDates(md.facts.Dates, i, rec)
	if len(sib) < 2 || at < 0 {
		return false
	}
	text := rec.p.Text
	from := rec.span.Start
	seen := map[string]bool{}
	mine := ""
	for k, sp := range sib {
		ms := md.src.Countries(text[from:sp.Start])
		if len(ms) != 1 || seen[ms[0].Name] {
			return false
		}
		seen[ms[0].Name] = true
		if k == at {
			mine = ms[0].Name
		}
		from = sp.End
	}
	return slices.Contains(aq.ent.countries, mine)
}

// reLeadingDate is what may stand before a date that opens its sentence.
var reLeadingDate = regexp.MustCompile(`(?i)^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:on|in|by|since|from|early|late|at the (?:start|end) of)?\s*$`)

// isEventTerm reports whether a question term names the start or end of
// something.
func isEventTerm(t qterm) bool { return eventEnd[t.word] || eventStart[t.word] }

// saysStart reports whether a sentence holds a verb of starting:
// "introduced", "launched".
func saysStart(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if startActWords[strings.Trim(w, ".,;:()")] {
			return true
		}
	}
	return false
}

// startActWords say that a thing started.
var startActWords = lexicon.Set("start act words")

// isPlanTerm reports whether t is a word of planning a revision question
// frames its event with: "planned", "scheduled", "target".
func isPlanTerm(t qterm) bool { return planWords[t.word] }

var planWords = lexicon.Set("plan question words")

// reNewDateAsked is "new" framing a date asked ("the new completion
// date"), not starting a name ("the New Bohol Airport").
var reNewDateAsked = regexp.MustCompile(`\bnew\s+(?:\w+\s+)?(?:date|deadline|target|schedule|completion|opening|timetable)\b`)

// daysSpanned is how many days a range of days covers, both ends counted.
func daysSpanned(d *corpus.Date) int {
	return int(d.End.Sub(d.Start).Hours()/24) + 1
}

// answerJoinDate offers the dates the named countries joined what the
// question names. It reports whether there were any; when there were
// none it notes what the documents do say of their membership.
func (md *Model) answerJoinDate(aq *asked, consider offerFunc) bool {
	// An intention's date is when it means to join; an observer's or a
	// non-member's date is not a joining date.
	return md.answerStatusDate(aq, consider, "They give no date, but say: ", func(m corpus.Membership) bool {
		return m.Status == corpus.StatusJoined || m.Status == corpus.StatusFounding || m.Status == corpus.StatusMember || m.Status == corpus.StatusIntends && reWillJoin.MatchString(aq.q)
	})
}

// answerStatusDate offers the dates of the asked country's memberships
// in the asked organisation that dates: those whose status the question
// asks about. When none has a date, the note says what the documents give
// instead, after lead.
func (md *Model) answerStatusDate(aq *asked, consider offerFunc, lead string, dates func(corpus.Membership) bool) bool {
	found := false
	var status []string
	for _, m := range md.facts.Memberships {
		if !md.memberAsked(aq, m.Country) || !md.orgAsked(aq, m.Org) {
			continue
		}
		if m.Date == nil || !dates(m) {
			s := statusSentence(m)
			if m.Date != nil {
				s += " (" + m.Date.Resolved() + ")"
			}
			status = append(status, s)
			continue
		}
		rec := md.sentenceOf(m.Passage, m.Date.Span)
		if rec == nil {
			continue
		}
		found = true
		consider(answerFrom(rec, m.Date.Resolved(), m.Date.Resolved()+" — "+statusSentence(m), m.Date.Span, m.Span), math.Max(md.cov(aq, rec), minCoverage), joinDateBonus)
	}
	if !found && len(status) > 0 {
		aq.note = lead + strings.Join(status, "; ") + "."
	}
	return found
}

// answerLeaveDate answers "when did X withdraw" with the dates of the
// withdrawals the documents give X, and nothing else.
func (md *Model) answerLeaveDate(aq *asked, consider offerFunc) {
	md.answerStatusDate(aq, consider, "They give no date of withdrawal, but say: ", func(m corpus.Membership) bool {
		return m.Status == corpus.StatusWithdrew
	})
}

var (
	eventEnd   = lexicon.Set("event words end")
	eventStart = lexicon.Set("event words start")
	// weakEventWord are event words too common to decide by nearness
	// alone ("from", "to"): they count only with the rest of the clause.
	weakEventWord = lexicon.Set("weak event words")
	// untilWords, right before a date, say it is an end.
	untilWords = lexicon.Set("until words")
)

// Bonuses for a date whose words match the event a when-question asks
// about. The asking words are strong ("finish", "start"); the sentence's
// are weighed by whether they stand next to the date.
const (
	eventMatch    = 0.3  // the date's clause says the asked event: "completion ... March 2011"
	eventMismatch = 0.25 // it says the other one: "began in 2008" for "when will it finish"
	// ownEventWordBonus ranks a date its sentence dates with the
	// question's own event word above one dated by a word of like meaning.
	ownEventWordBonus = 0.05
	// eventWindow is how many bytes before a date are read for what it
	// dates: the words right before it, not the whole sentence.
	eventWindow = 60
	// minEventClause is the shortest stretch after a comma or semicolon
	// that is read alone: a shorter one ("in", "by") says no event, so
	// the words before the comma are read too.
	minEventClause = 12
)

// commonEventWords are the words of a start or an end too common to say
// which event a text speaks of: "to", "from", "signed".
var commonEventWords = lexicon.Set("common event words")

// askedEvent tells whether question q asks when something ends or when it
// begins; both or neither when it does not say.
func askedEvent(q string) (askEnd, askStart bool) {
	// "Runs until which fiscal year", "valid till when": "until" is too
	// common a word to say an end alone, but not before the question
	// word it asks the end with.
	if reUntilAsked.MatchString(q) {
		return true, false
	}
	// "Since when has GGP been running": the start of what still goes on.
	if strings.Contains(q, "since when") {
		return false, true
	}
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, "?,.!")
		if commonEventWords[w] {
			continue // too common in questions to say which event
		}
		askEnd = askEnd || eventEnd[w]
		askStart = askStart || eventStart[w]
	}
	if askEnd && askStart {
		return false, false
	}
	return askEnd, askStart
}

var (
	// periodWords ask how long a thing runs, which a range says.
	periodWords = lexicon.Set("period question words")
	// fiscalWords ask a fiscal year, which a date written "FY2018" is.
	fiscalWords  = lexicon.Set("fiscal year words")
	reFiscalDate = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("fiscal year prefixes") + `)\s?\d`)
)

// reUntilAsked is "until" right before the word that asks the date.
var reUntilAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("until words") + `)\s+(?:when|which|what)\b`)

// reRangeJoin is what stands between the two dates of a written range.
var (
	reRangeJoin = regexp.MustCompile(`^\s*(?:-|–|—|to|until|till|through)\s*$`)
	// reRangeJoinThe joins a range whose end is part of a month or year:
	// "from August 2016 to the end of January 2020".
	reRangeJoinThe = regexp.MustCompile(`^\s*(?:to|until|till|through)\s+the\s+$`)
	reRangeAnd     = regexp.MustCompile(`^\s*and\s*$`)
	reBetweenEnds  = regexp.MustCompile(`(?i)\bbetween\s*$`)
	rePeriodAsked  = regexp.MustCompile(`\b(?:` + lexicon.Alt("period question words") + `)\b`)
)

// maxRangeJoin is the longest text that may join a range's two ends: "
// until ", " and ".
const maxRangeJoin = 12

// rangeJoined reports whether dates a and b, in that order, are the two
// ends of one written range: "April 2018 to March 2021", "between 18
// December 2013 and 30 January 2014".
func rangeJoined(a, b *corpus.Date) bool {
	if a.Passage != b.Passage || a.Span.End > b.Span.Start {
		return false
	}
	mid := a.Passage.Text[a.Span.End:b.Span.Start]
	if len(mid) > maxRangeJoin {
		return false // most dates are far apart: no pattern need be tried
	}
	if reRangeJoin.MatchString(mid) || reRangeJoinThe.MatchString(mid) && reDateQualifierOpens.MatchString(b.Text) {
		return true
	}
	return reRangeAnd.MatchString(mid) && reBetweenEnds.MatchString(a.Passage.Text[:a.Span.Start])
}

// eventFit scores a date at pos in sentence s against the event question q
// asks about: ending or beginning.
func eventFit(q, s string, pos int) float64 {
	askEnd, askStart := askedEvent(q)
	if askEnd == askStart {
		return 0
	}
	// The words right before the date say what it dates.
	lo := max(0, pos-eventWindow)
	if pos > len(s) {
		pos = len(s)
	}
	near := strings.ToLower(s[lo:pos])
	if i := strings.LastIndexAny(near, ";,"); i >= 0 && len(near)-i > minEventClause {
		near = near[i:]
	}
	// The event word nearest the date says what it dates: in "due to
	// begin on 10 August and to finish by 30 September", "finish" dates
	// the second.
	var saysEnd, saysStart bool
	said := "" // the event word that says it
	ws := strings.FieldsFunc(near, func(r rune) bool { return !prose.IsWordRune(r) })
	// "began in April 2020 and runs until March 2026": "until" right
	// before a date says its end, whatever verb comes before it.
	if untilBefore(s, pos) {
		saysEnd = true
	}
	for i := len(ws) - 1; i >= 0 && !saysEnd && !saysStart; i-- {
		if weakEventWord[ws[i]] {
			continue
		}
		saysEnd, saysStart = eventEnd[ws[i]], eventStart[ws[i]]
		said = ws[i]
	}
	if !saysEnd && !saysStart {
		for _, w := range ws {
			saysEnd = saysEnd || eventEnd[w]
			saysStart = saysStart || eventStart[w]
		}
	}
	switch {
	case askEnd && saysEnd && !saysStart, askStart && saysStart && !saysEnd:
		// "IAI, launched in November 2000" says "when was IAI launched"
		// in the question's own word, better than "an observer since
		// March 2004" says a start.
		if said != "" && slices.Contains(strings.FieldsFunc(q, func(r rune) bool { return !prose.IsWordRune(r) }), said) {
			return eventMatch + ownEventWordBonus
		}
		return eventMatch
	case askEnd && saysStart && !saysEnd, askStart && saysEnd && !saysStart:
		return -eventMismatch
	}
	return 0
}

// untilBefore reports whether the word right before byte pos of s is one
// that makes the date there an end: "runs until March 2026".
func untilBefore(s string, pos int) bool {
	if pos < 0 || pos > len(s) {
		return false
	}
	before := strings.TrimRight(s[:pos], " ")
	i := strings.LastIndexFunc(before, func(r rune) bool { return !prose.IsWordRune(r) })
	return untilWords[strings.ToLower(before[i+1:])]
}

// A date's place in a change: the date something was moved to, the one
// it was moved from, or neither.
type revision int

const (
	unrevised revision = iota
	revisedTo
	revisedFrom
)

var (
	// reChangedTo is a change verb right before the date it moved
	// something to: "postponed to June 2014", "has been revised to".
	reChangedTo  = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("change verbs") + `)\s+(?:\S+\s+){0,2}?(?:to|until|till|for|on|in)\s*$`)
	reChangeVerb = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("change verbs") + `)\b`)
	// reChangedToNoDate is a change to a date not yet fixed: "postponed
	// to a date to be decided", "deferred indefinitely".
	reChangedToNoDate = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("change verbs") + `)\s+(?:indefinitely\b|(?:to|until)\s+a\s+(?:later\s+|new\s+|future\s+)?date\s+(?:that\s+is\s+|still\s+)?(?:` + lexicon.Alt("undecided date cues") + `))`)
	// reInRequestPhrase ends inside a phrase that opens with a request,
	// before the comma that closes it: "In response to a request from the
	// Ministry of Health of Vietnam in ".
	// reAimClauseBefore ends in a clause of aim that runs up to a date
	// with no break: "with the aim of meeting demand up to the year".
	reAimClauseBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("purpose connectives", "aim openers") + `)\b[^,;:.()]*$`)
	// rePeriodOpenerBefore ends in the words that bring the period a
	// thing covers: "for the period".
	rePeriodOpenerBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("period openers") + `)\s+(?:from\s+)?$`)
	// reRequestWritten is a word of asking for something, in any form.
	reRequestWritten  = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("request verbs", "request question words", "request words asked") + `)\b`)
	reInRequestPhrase = regexp.MustCompile(`(?i)\b(?:in\s+response\s+to|at|upon|following|on)\s+(?:a|an|the)\s+(?:\w+\s+)?request\b[^,;.]*$`)
	// reNoNewDate says in so many words that a date moved has no new one
	// yet: "was postponed ..., and no new date has been set".
	reNoNewDate = regexp.MustCompile(`(?i)\b(?:no\s+new\s+(?:` + lexicon.Alt("unfixed date nouns") + `)\s+(?:has|have)\s+(?:yet\s+)?been|(?:a|the)\s+new\s+(?:` + lexicon.Alt("unfixed date nouns") + `)\s+(?:has|have)\s+not\s+(?:yet\s+)?been)\s+(?:` + lexicon.Alt("fixing verbs") + `)\b`)
	// reFirstPlan says a date was the first plan: "against a planned
	// April 2004 to March 2007".
	reFirstPlan = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("first plan cues") + `)\b`)
	// reNowDate ends right before a date the sentence says stands now:
	// "completion is now expected in", "will now take place on".
	reNowDate      = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("now date cues") + `)\b(?:\s+\S+){0,2}?\s*(?:on|in|for|by|to|until|at)?\s*$`)
	reNowCue       = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("now date cues") + `)\b`)
	reRevisedAsk   = regexp.MustCompile(`\b(?:` + lexicon.Alt("revised date question cues") + `|` + lexicon.Alt("change verbs") + `)\b`)
	reFirstOrdinal = regexp.MustCompile(`\b1st\b`)
	reOriginalAsk  = regexp.MustCompile(`\b(?:` + lexicon.Alt("original date question cues") + `)\b`)
)

// askedRevision tells which date of a change question q asks for.
func askedRevision(q string) revision {
	// A question is read with its ordinals as numbers ("1st"); the cues
	// are words ("first planned", "at first").
	q = reFirstOrdinal.ReplaceAllString(q, "first")
	orig, rev := reOriginalAsk.MatchString(q), reRevisedAsk.MatchString(q)
	switch {
	case orig && !rev:
		return revisedFrom
	case rev && !orig:
		return revisedTo
	}
	return unrevised
}

// dateRevision tells the place of dates[i], in sentence rec, in a change
// the sentence tells: a date right after a change verb is where something
// was moved to; a date before the change verb, or one said to be the first
// plan, is where it was moved from.
func dateRevision(dates []corpus.Date, i int, rec *sentenceRec) revision {
	d := &dates[i]
	from := rec.span.Start
	if i > 0 && dates[i-1].Passage == d.Passage && dates[i-1].Span.End > from && dates[i-1].Span.End <= d.Span.Start {
		from = dates[i-1].Span.End
	}
	before := d.Passage.Text[from:d.Span.Start]
	if reChangedTo.MatchString(tail(before, eventWindow)) || reNowDate.MatchString(tail(before, eventWindow)) {
		return revisedTo
	}
	// The second end of a range is moved or planned with its first.
	if i > 0 && rangeJoined(&dates[i-1], d) {
		return dateRevision(dates, i-1, rec)
	}
	if d.Span.End <= rec.span.End {
		after := d.Passage.Text[d.Span.End:rec.span.End]
		// "signed on 22 March 2013, saw its target opening revised from
		// December 2016 to June 2018": a change with dates of its own
		// right after its verb is theirs, not this date's.
		// "postponed until October 2017" is this date's own change.
		if m := reChangeVerb.FindStringIndex(after); m != nil && !(i+1 < len(dates) && dates[i+1].Passage == d.Passage && dates[i+1].Span.Start >= d.Span.End+m[1] && dates[i+1].Span.Start-(d.Span.End+m[1]) <= ownChangeDateReach && reFromNext.MatchString(after[m[1]:])) {
			return revisedFrom
		}
	}
	// "first set for October 2019, has been revised to the end of January
	// 2020": the cue before the date before is that date's.
	if reFirstPlan.MatchString(tail(before, eventWindow)) {
		return revisedFrom
	}
	return unrevised
}

// ownChangeDateReach is how far after a change's verb its own date may
// start, after "from": " from ".
const ownChangeDateReach = 8

// reFromNext is "from" right after a change's verb, before the date it
// changed.
var reFromNext = regexp.MustCompile(`^\s+from\b`)

// tellsChange reports whether the sentence tells of a change or a first
// plan at all; a date of a sentence that does not is unrevised. Read on
// first use and kept: every when-question weighs most sentences' dates.
func (r *sentenceRec) tellsChange() bool {
	return readKept(&r.change, func() bool {
		return reChangeVerb.MatchString(r.text) || reFirstPlan.MatchString(r.text) || reNowCue.MatchString(r.text)
	})
}

// revisionBonus weighs a date's place in a change against the one asked.
func revisionBonus(asked, got revision) float64 {
	switch {
	case got == unrevised:
		return 0
	case asked == unrevised && got == revisedTo:
		return revisedLean
	case asked == unrevised:
		return -revisionFit
	case asked == got:
		return revisionFit
	}
	return -revisionFit
}

// nameChainEnd is where the comma-separated run of names, titles and
// places that starts at from ends, before end: the subject a date that
// opens its sentence stands before ("On 4 March 2011, in Vientiane, H.E.
// Mr. Kenji Sato, Ambassador of Japan, and H.E. Mr. Somdy Douangdy, Vice
// Minister of Finance, signed ..."). The verb it dates comes after it.
func nameChainEnd(text string, from, end int) int {
	if strings.HasPrefix(text[from:end], ",") {
		from++
	}
	for from < end {
		comma := strings.IndexByte(text[from:end], ',')
		if comma < 0 || !titleCaseSegment(text[from:from+comma]) {
			break
		}
		from += comma + 1
	}
	return from
}

// titleCaseSegment reports whether every word of seg is capitalised or a
// small word names hold ("of", "and", "in"), with one capitalised word at
// least: a name, a title or a place, not a clause.
func titleCaseSegment(seg string) bool {
	named := false
	for _, w := range strings.Fields(seg) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			named = true
		case nameConnectors[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return named
}

// reBeforeOpens ends with "before" and the words of its clause up to the
// verb after it: "before the exchange of notes was ".
var reBeforeOpens = regexp.MustCompile(`(?i)\bbefore\s+[^,;.]{0,80}$`)

// onlyBeforeClause reports whether text writes the act verb matches, and
// every time in a clause "before" opens.
func onlyBeforeClause(text string, act *regexp.Regexp) bool {
	ms := act.FindAllStringIndex(text, -1)
	for _, m := range ms {
		if !reBeforeOpens.MatchString(text[:m[0]]) {
			return false
		}
	}
	return len(ms) > 0
}

// futureActCoverage is how closely a sentence that puts the asked act
// still to come must cover a past question to refuse it: closer than an
// answer need, as it refuses every other date.
const futureActCoverage = 0.75

// futureOfDoc reports whether date d starts after the date of the
// document that gives it, so that nothing it dates had happened then.
func futureOfDoc(d *corpus.Date, doc *corpus.Document) bool {
	return doc != nil && !doc.Date.IsZero() && !d.Start.IsZero() && d.Start.After(doc.Date)
}

// afterDocPeriod reports whether date d starts after the whole period
// the document's date names: a paper of "November 2017" may tell of a
// meeting on 10 November 2017 as past.
func afterDocPeriod(d *corpus.Date, doc *corpus.Document) bool {
	if doc == nil || doc.Date.IsZero() || d.Start.IsZero() {
		return false
	}
	end := doc.Date.AddDate(0, 1, 0)
	if !strings.ContainsFunc(doc.DateText, unicode.IsLetter) {
		end = doc.Date.AddDate(1, 0, 0) // a year alone
	}
	return !d.Start.Before(end)
}

// reDidVerb is a past question's verb at its end: "when did the lab
// open".
var reDidVerb = regexp.MustCompile(`\bdid\s+.+?\s+([a-z]+)\s*\??\s*$`)

// didVerbAsked is the verb a past question ends with, or "".
func didVerbAsked(q string) string {
	if m := reDidVerb.FindStringSubmatch(q); m != nil && !questionStop[m[1]] {
		return m[1]
	}
	return ""
}

// reFutureVerb is verb v still to come, right before a date: "is expected
// to open in ".
func reFutureVerb(v string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:to|will|shall)\s+` + regexp.QuoteMeta(v) + `\b[^.;]{0,40}$`)
}

// otherOrdinal reports whether sentence s numbers parts and none is one
// the question numbers: "Phase two was due to end" for "when did phase 1
// end".
func otherOrdinal(aq *asked, s string) bool {
	ta := trapsOf(aq)
	if len(ta.ordinals) == 0 {
		return false
	}
	so := ta.ordinalsOf(s)
	return len(so) > 0 && !slices.ContainsFunc(so, func(n int) bool { return slices.Contains(ta.ordinals, n) })
}

// otherActPenalty ranks a date whose own stretch of its sentence writes
// another act than the one asked, which the sentence writes elsewhere,
// below the act's date.
const otherActPenalty = 0.25

// otherActBeforeDate reports whether the stretch between the date before
// facts.Dates[i] in its sentence (or the sentence's start) and it writes
// an event's word that is not the act asked, and not the act. Not an
// event the question names too: "what was the original start date before
// it got postponed" asks the start.
func (md *Model) otherActBeforeDate(aq *asked, rec *sentenceRec, i int, act *regexp.Regexp) bool {
	d := &md.facts.Dates[i]
	from := rec.span.Start
	if i > 0 {
		if prev := &md.facts.Dates[i-1]; prev.Passage == d.Passage && prev.Span.End > from && prev.Span.End <= d.Span.Start {
			from = prev.Span.End
		}
	}
	if from > d.Span.Start {
		return false
	}
	stretch := d.Passage.Text[from:d.Span.Start]
	if act.MatchString(stretch) {
		return false
	}
	for _, w := range prose.WordRE.FindAllString(strings.ToLower(stretch), -1) {
		if (eventStart[w] || eventEnd[w]) && !weakEventWord[w] && !act.MatchString(w) && !slices.ContainsFunc(aq.terms, func(t qterm) bool { return t.stem == stemTerm(w) }) {
			return true
		}
	}
	return false
}

// fundsYearPenalty ranks a fiscal year that names whose money it is
// ("Japan's FY2012 budget") below a date of the act in its sentence.
const fundsYearPenalty = 0.2

// fundsNouns are the nouns for the money a fiscal year funds.
var fundsNouns = lexicon.Set("funds nouns after a year")

// reFundsNounAfter is such a noun right after the year.
var reFundsNounAfter = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("funds nouns after a year") + `)\b`)

// fundsYear reports whether date d, ending at at in sentence s, is a
// fiscal year the noun after it makes the source of money: "FY2012
// budget".
func fundsYear(d *corpus.Date, s string, at int) bool {
	return at > 0 && at <= len(s) && reFiscalDate.MatchString(d.Text) && reFundsNounAfter.MatchString(s[at:])
}

// requestDatePenalty ranks a date a request's phrase holds below the
// act's own, for a question that asks no request.
const requestDatePenalty = 0.2

// dayDateBonus puts a date given to the day above a month or a year when
// the question asks for a date by that word.
const dayDateBonus = 0.1

// aimReach is how far before a date the words of an aim's clause or a
// period's opener are read: the regexps need not read the whole sentence
// before every date.
const aimReach = 120

// aimDatePenalty lowers a date in a clause of aim below the act's own
// date in the same sentence, which the predicate weighs alike.
const aimDatePenalty = 0.1

// actDoneBonus ranks a date that opens a sentence saying the act a
// question in the past asks was done, by its verb in the past ("On 22
// March 2021, the Ministry requested"), above one whose sentence only
// names the act ("the request").
const actDoneBonus = 0.1

// aimAfterActPenalty lowers it further when the sentence writes the act
// asked before the aim: the date is the aim's, not the act's, however near
// the question's other words it stands.
const aimAfterActPenalty = 0.25

// reInstrumentSignedBefore ends with an instrument and a verb of signing
// it, right before a date: "the Exchange of Notes signed on ". Its group
// is the instrument.
var reInstrumentSignedBefore = regexp.MustCompile(`(?i)\b(` + lexicon.Alt("instruments signed for a project") + `)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:` + lexicon.Alt("signing verbs") + `)\s+(?:on|in)\s+$`)

// instrumentSignedBefore is the instrument whose signing text ends by
// saying, right before a date, or "".
func instrumentSignedBefore(text string) string {
	if m := reInstrumentSignedBefore.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// instrumentAsked is the instrument a question names, the longest of
// those it names, or "".
func instrumentAsked(q string) string {
	best := ""
	for _, in := range instrumentsIn(q) {
		if len(in) > len(best) {
			best = in
		}
	}
	return best
}

// sameInstrument reports whether a and b name one instrument, in any case
// or number: "record of discussions", "Records of Discussions".
func sameInstrument(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	return slices.EqualFunc(fa, fb, func(x, y string) bool { return strings.TrimSuffix(x, "s") == strings.TrimSuffix(y, "s") })
}
