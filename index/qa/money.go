package qa

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Weights of money answers.
const (
	// amountBonus ranks a sum above other facts its sentence holds.
	amountBonus = 0.2
	// currencyMismatch lowers a sum in another currency than the one
	// asked for: "how many yen" is not answered in dollars.
	currencyMismatch = 0.2
	// currencyMatch raises a sum in the currency asked for: "how much in
	// rupiah" is the sum written in rupiah, of those its sentence gives.
	currencyMatch = 0.2
	// viaAskedBonus raises a sum channelled through the organisation the
	// question names above the other sums of its sentence.
	viaAskedBonus = 0.3
	// ratioAskedPenalty lowers a sum when the question asks for a share
	// ("how is the cost split"), and ratioAskedBonus raises a share.
	ratioAskedPenalty = 0.2
	ratioAskedBonus   = 0.3
	// ownShareBonus raises the sum a sentence calls the share of the
	// party whose share is asked ("Thailand's share ... is 4.8 million
	// baht") over the split it is part of, which a share asked raises.
	ownShareBonus = ratioAskedBonus + 0.1
	// shareBonus ranks a cost share below a sum, which "how much" asks
	// for first.
	shareBonus = 0.1
	// askedPayerBonus and otherPayerPenalty weigh a sum by whether the
	// payer the question names is the one the sentence credits: enough to
	// outrank a sum of another payer in the same sentence.
	askedPayerBonus   = 0.3
	otherPayerPenalty = 0.3
	// askedYearBonus ranks a sum dated in the year asked above the other
	// sums of its sentence.
	askedYearBonus = 0.2
	// recipientAskedBonus ranks the sum that goes to the asked country
	// above the other sums of its sentence: "US$30 million to the
	// Philippines and US$200,000 to the Republic of Palau".
	recipientAskedBonus = 0.1
	// orgInSentenceBonus ranks a sum whose own sentence names the
	// organisation the question names above one whose passage or heading
	// alone does: "JBIC signed a loan agreement ... for a buyer's credit
	// of up to US$1,056 million" against a list of JBIC's past loans.
	orgInSentenceBonus = 0.05
	// orgInClauseBonus is for a sum whose own clause names the
	// organisation asked, of a sentence whose clauses give several:
	// "JICA's ¥420 million to FSPC is matched by 1.6 billion riel, and
	// the Lao Government has committed 2.9 billion kip to LHBMP".
	orgInClauseBonus = 0.05
	// percentageBonus ranks a percentage that is no cost share below a
	// sum and a share of the same sentence.
	percentageBonus = 0.05
	// changeAskedBonus ranks a percentage above the sums of its sentence
	// when the question asks by how much something changed: "a decrease
	// of 4.2 per cent" after "US$229.1 billion".
	changeAskedBonus = 0.2
	// partForTotalPenalty ranks a sum written as part of another ("of
	// which ¥6 billion") below the whole when the question asks the total.
	partForTotalPenalty = 0.2
	// totalForPartPenalty ranks a whole below its parts ("¥2.6 billion,
	// of which ¥1.8 billion went to disaster management") when the
	// question asks for a part: "how much of", or the words of a part.
	totalForPartPenalty = 0.1
)

// titleSumPenalty ranks a sum of the document's title, a headline's
// round figure, below the same sum as its text writes it.
const titleSumPenalty = 0.05

// placeRowBonus ranks the sum of a table's row whose label is the place
// asked above the sums of sentences that name the place among others;
// and the row itself above such sentences, for what a place's part
// involves.
const placeRowBonus = 0.3

// placeAmongOthersPenalty ranks a sum of a sentence that names the one
// place asked among others ("for ... in Vientiane Capital, Thakhek and
// Pakse") below the sums that are the place's alone.
const placeAmongOthersPenalty = 0.1

// placeAmongOthers reports whether the question asks of one place, and
// rec names it with at least two others.
func (md *Model) placeAmongOthers(aq *asked, rec *sentenceRec) bool {
	if len(aq.ent.places) != 1 {
		return false
	}
	asked, others := false, map[string]bool{}
	for _, pl := range md.src.PassageFacts(rec.p).Places {
		if pl.Span.Start < rec.span.Start || pl.Span.End > rec.span.End {
			continue
		}
		if pl.Name == aq.ent.places[0].Name {
			asked = true
		} else {
			others[pl.Name] = true
		}
	}
	return asked && len(others) >= 2
}

// labelIsPlaceAsked reports whether a row's label is one place the
// question asks of, with no more than its brackets and its kind of
// place: "Pakse (Champasak Province)", "Vientiane Capital".
func labelIsPlaceAsked(aq *asked, label string) bool {
	label = strings.TrimSpace(reTrailingBrackets.ReplaceAllString(label, ""))
	if i := strings.LastIndexByte(label, ' '); i > 0 && placeTypeWords[strings.ToLower(label[i+1:])] {
		label = label[:i]
	}
	return label != "" && slices.ContainsFunc(aq.ent.places, func(p corpus.Place) bool { return strings.EqualFold(p.Name, label) })
}

// placeTypeWords say what kind of place a name is: "Province", "Capital".
var placeTypeWords = lexicon.Set("place type words")

// reTrailingBrackets is a bracketed aside at the end of a label.
var reTrailingBrackets = regexp.MustCompile(`\s*\([^()]*\)\s*$`)

// partOfTotalBonus ranks a part of a stated total first for a question
// that asks a part of the total: a head noun the part and a lone sum
// share does not outweigh it.
const partOfTotalBonus = 0.15

// requestedSumPenalty ranks a sum its clause says was requested below
// the sums given, for a question that asks no request.
const requestedSumPenalty = 0.1

// requestedSumReach is how far before a sum its request's verb may stand:
// "requested a further ¥1.35 billion", "asked Japan for a grant of".
const requestedSumReach = 40

// reRequestedSum is a request's verb before a sum in its own clause.
var reRequestedSum = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("request verbs") + `)\b[^,;.]*$`)

// headNounBonus ranks a sum whose head noun ("a loan of") the question
// names above the other sums it weighs.
const headNounBonus = 0.1

// reHeadOfSum is the noun a sum is the amount of, with the word before
// it, which may be the first of a compound noun: "loan of", "a grant of
// up to", "grant aid of".
var reHeadOfSum = regexp.MustCompile(`(?i)(?:\b([\p{L}]+)\s+)?\b([\p{L}]+)\s+of\s+(?:` + lexicon.Alt("sum hedges") + `\s+)?$`)

// aidCompoundHeads are the heads a compound noun of aid ends with: "grant
// aid", "loan assistance".
var aidCompoundHeads = lexicon.Set("aid compound heads")

// headOfSumAsked reports whether the question names the noun a sum is the
// amount of (m, a match of reHeadOfSum), or the first word of a compound
// of aid: "grant" of "notes for grant aid of ¥640 million". Not of a
// scheme's name, whose head is written with a capital: "Emergency Grant
// Aid of US$30 million ... and of US$200,000" names the aid of both sums.
func headOfSumAsked(aq *asked, m []string) bool {
	return slices.ContainsFunc(aq.terms, func(t qterm) bool {
		return stemTerm(m[2]) == t.stem || m[1] != "" && aidCompoundHeads[m[2]] && stemTerm(m[1]) == t.stem
	})
}

// totalSaysBonus ranks a sum its sentence calls the whole above the
// parts beside it, for a question about the total.
const totalSaysBonus = 0.2

// reTotalSays is what stands before a sum that is a whole: "totals",
// "a total of", "amounted in all to".
var reTotalSays = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("total cues") + `)(?:\s+` + lexicon.Alt("total nouns") + `\s*:?)?\s+(?:(?:of|to|` + lexicon.Alt("sum hedges") + `)\s+)*$`)

// reTotalSubject is a total as the subject the sum is said of: "The
// total budget of MEDRIN for FY2013–FY2017 is ¥3.2 billion".
var reTotalSubject = regexp.MustCompile(`(?i)\btotal\s+(?:[^\s,;.]+\s+){1,8}?(?:` + lexicon.Alt("total subject verbs") + `)\s+(?:` + lexicon.Alt("sum hedges") + `\s+)*$`)

// totalSubjectWindow is how far before a sum its total subject may start.
const totalSubjectWindow = 100

// rePartOfSum is what stands before a sum that is part of the one before
// it: "¥31.5 billion, of which 6.3 billion yen", "¥11.6 billion, made up
// of ¥6.8 billion".
var rePartOfSum = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("part list markers") + `)\s+(?:(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:` + lexicon.Alt("bearing verbs") + `)\s+)?(?:(?:about|some|only|roughly|around)\s+)?$`)

// reNextPart is what stands between two parts of one list: the first
// part's own words and a comma or "and" ("in grant aid, ", "in ODA loans
// and roughly ").
var reNextPart = regexp.MustCompile(`(?i)^[^;:.¥$€£]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|some|roughly|around|nearly)\s+)?$`)

// wholeOf is the sum that amounts[i] is a part of, written before it in
// its sentence with "of which" or "made up of" between ("¥1.1 billion
// ..., of which 300 million yen"), the first part or a later one of the
// list ("made up of ¥6.8 billion in grant aid, ¥3.1 billion in ODA
// loans"), or nil.
func wholeOf(amounts []corpus.Amount, i int, rec *sentenceRec) *corpus.Amount {
	for k := i; k > 0; k-- {
		am, prev := &amounts[k], &amounts[k-1]
		if am.Passage != amounts[i].Passage || prev.Passage != am.Passage || prev.Span.Start < rec.span.Start || am.Span.Start < rec.span.Start || am.Span.Start-rec.span.Start > len(rec.text) {
			return nil
		}
		if rePartOfSum.MatchString(rec.text[:am.Span.Start-rec.span.Start]) {
			return prev
		}
		if !reNextPart.MatchString(rec.text[prev.Span.End-rec.span.Start : am.Span.Start-rec.span.Start]) {
			return nil
		}
	}
	return nil
}

// reOfWhichAfter is what follows a whole that its parts follow: at once,
// or after the whole's own words ("¥1.1 billion for the programme's
// fiscal year 2018 activities, of which 300 million yen"), which may
// give a name's short form in brackets ("for the Customs Risk Management
// Project (CRMP), of which").
var reOfWhichAfter = regexp.MustCompile(`(?i)^\s*(?:\([^)]*\)\s*)?(?:(?:[^,;:()¥$€£]|\([^)¥$€£]*\)){0,80}?,)?\s*(?:` + lexicon.Alt("part list markers") + `)\b`)

// reUpToNowSaid follows a sum the sentence says is up to now: " so far",
// " to date".
var reUpToNowSaid = regexp.MustCompile(`(?i)^\s+(?:` + lexicon.Alt("up to now cues") + `)\b`)

// reUpToNowBefore ends with the same cue before the verb that brings the
// sum to it: "has so far reached ", "to date totals ".
var reUpToNowBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("up to now cues") + `)\s+(?:` + lexicon.Alt("sum reaching verbs") + `)\s+$`)

// upToNowBonus ranks the sum a sentence says is up to now above the other
// sums of its sentence, for a question asking so.
const upToNowBonus = 0.2

// reOfThisSumLead opens a sentence whose sums are parts of the one the
// sentence before stated: "Of this amount,".
var reOfThisSumLead = regexp.MustCompile(`(?i)^\W*of\s+(?:this|that|the)\s+(?:` + lexicon.Alt("sum back references") + `)\s*,`)

// rePartAsked asks for a part of a sum: "how much of the FY2020 money".
var rePartAsked = regexp.MustCompile(`\bhow\s+much\s+of\b`)

// rePartOfTotalAsked asks for a part of a total: "how much of that total",
// "how much of the fy2019-23 total", "japan's part of the total cost".
var rePartOfTotalAsked = regexp.MustCompile(`\b(?:how\s+much|part|share|portion)\s+of\s+(?:the|that|this|its|their)\s+(?:\S+\s+){0,2}?total\b`)

var (
	reCurrencyWord = regexp.MustCompile(`\b(yen|dollars?|usd|jpy|us\$)\b`)
	reWantShare    = regexp.MustCompile(`\b` + lexicon.Alt("share question words") + `\b`)
	// rePerPeriodAsked asks a figure for each period: "per year",
	// "annual".
	rePerPeriodAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("per period words") + `)\b`)
)

// equivalentFrom reports whether am gives again, in another currency, a
// sum of its passage written in currency from.
func (md *Model) equivalentFrom(am *corpus.Amount, from string) bool {
	if am.EquivalentOf == "" {
		return false
	}
	for _, o := range md.facts.Amounts {
		if o.Passage == am.Passage && o.Text == am.EquivalentOf {
			return o.Currency == from
		}
	}
	return false
}

// reExceedingBefore ends with the words by which a sentence compares
// something with the sum after them: "exceeding ", "in excess of ".
var reExceedingBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("threshold cues before a sum") + `)\s+$`)

// exceedingReach is more bytes than the cue and its spaces take.
const exceedingReach = 24

// reOthersBefore is a subject that stands for the parties besides one
// named before: "each of the other members", "the others".
var reOthersBefore = regexp.MustCompile(`(?i)\b(?:the\s+other\s+(?:` + lexicon.Alt("other party nouns") + `)|the\s+others)\b`)

// answerMoney answers "how much" with sums of money and cost shares.
func (md *Model) answerMoney(aq *asked, consider offerFunc) {
	// "Japan's share per year" asks a sum a year: a ratio is no yearly
	// figure.
	wantShare := reWantShare.MatchString(aq.q) && !rePerPeriodAsked.MatchString(aq.q)
	askedCur := ""
	if m := reCurrencyNamed.FindStringSubmatch(aq.q); m != nil {
		askedCur = currencyAsked[m[1]]
	}
	// "The kip contribution in US dollars" asks for dollars, as the
	// documents give that kip sum in dollars.
	fromCur := ""
	if m := reInCurrency.FindStringSubmatch(aq.q); m != nil {
		if c := currencyAsked[m[1]]; c != askedCur {
			fromCur, askedCur = askedCur, c
		}
	}
	// "The cost in yen" is not a sum the documents give only in dollars:
	// converting it would be a figure they do not state.
	onlyAsked := askedCur != "" && reInCurrency.MatchString(aq.q)
	var otherCur *corpus.Amount // the sum best fitting, in another currency
	otherCurCov := 0.0
	// With a currency asked, each sentence's sums in another currency,
	// and the sums in the asked one, held back until those are known.
	otherBest := map[sentenceKey][]weighed{}
	var inCur []offered
	defer func() {
		// Said when no sum in the currency asked answers.
		if otherCur != nil && aq.note == "" {
			aq.note = "They give it as " + otherCur.Text + ", not in the currency asked: “" + prose.Clip(otherCur.Sentence, quoteRunes) + "”"
		}
	}()
	payer := md.askedPayer(aq)
	// Sentences that split a sum between the asked payer and another,
	// each credited by name: the sums no one is credited with there are
	// not the asked payer's ("a total of ¥1.4 billion, shared between
	// JICA, which provides ¥1.13 billion, and JAIF, which contributes
	// US$2.5 million" gives JAIF no yen). A sentence that names only the
	// asked payer may leave its name off its next sum ("¥412 million in
	// FY2014 and ¥468 million in FY2015").
	split := map[sentenceKey]bool{}
	if payer != nil {
		own, other := map[sentenceKey]bool{}, map[sentenceKey]bool{}
		for i := range md.facts.Amounts {
			am := &md.facts.Amounts[i]
			k := sentenceKey{am.Passage, am.Sentence}
			switch {
			case am.Payer == "":
			case payer.pays(am.Payer):
				own[k] = true
			default:
				other[k] = true
			}
		}
		for k := range own {
			split[k] = other[k]
		}
	}
	// "How much of that total went through the regional programmes"
	// asks a part of the total, not the total.
	partOfTotal := rePartOfTotalAsked.MatchString(aq.q)
	requestAsked := reRequestQ.MatchString(aq.q)
	totalAsked := reTotalAsked.MatchString(aq.q) && !partOfTotal
	kind := aidKindAsked(aq.q)
	upToNow := reUpToNowAsked.MatchString(aq.q)
	content := askedContent(aq)
	termCountry := md.countryTerms(aq)
	// The countries the question names as giving: the asked payer, and
	// "from Japan".
	var givers []string
	if payer != nil && payer.country != "" {
		givers = append(givers, payer.country)
	}
	for _, m := range reFromGiver.FindAllStringSubmatch(aq.q, -1) {
		for _, c := range md.src.CountriesAnyCase(m[1]) {
			givers = append(givers, c.Name)
		}
	}
	for i := range md.facts.Amounts {
		am := &md.facts.Amounts[i]
		rec := md.sentenceOf(am.Passage, am.Span)
		// The country asked about must be named with the sum itself: a
		// project's beneficiaries did not each receive the sum.
		if am.EquivalentOf != "" && askedCur == "" && !reCurrencyWord.MatchString(aq.q) || !md.entityFit(aq.ent, rec, am.Payer) {
			continue
		}
		// "Projects exceeding US$1 million are referred to Tokyo": a sum
		// compared with is a threshold, not one given or approved.
		if reExceedingBefore.MatchString(tail(am.Passage.Text[:am.Span.Start], exceedingReach)) {
			continue
		}
		// "How much compensation was paid in 2017" is not answered by a
		// budget that runs through 2017: with a year asked, a sum's
		// sentence, list or passage must share more with the question
		// than the year and a word of money.
		if len(aq.ent.years) > 0 && len(content) > 0 && !slices.ContainsFunc(content, func(t qterm) bool {
			if c, ok := termCountry[t.stem]; ok && rec.have[c] {
				return true
			}
			return rec.terms.holds(t) || rec.lead.holds(t) || md.ctxTerms[rec.p].holds(t)
		}) {
			continue
		}
		// "JBIC loan for the Kulim plant" is not answered by "at a total
		// cost of US$300 million": a sum its sentence calls a thing's cost,
		// in a sentence that writes no word of the kind of aid asked, is
		// what the thing costs, not the aid.
		if kind != nil && am.Span.Start >= rec.span.Start && reCostOfBefore.MatchString(tail(am.Passage.Text[rec.span.Start:am.Span.Start], eventWindow)) && !slices.ContainsFunc(kind, func(w string) bool { return hasStemWord(rec.text, w) }) {
			continue
		}
		// "How much has Japan put into the centre" is not answered by
		// "Each of the other members contributes USD 20,000 a year",
		// after a sentence on what Japan contributed: the others are
		// those besides the one named before, unless the sentence names
		// the payer asked itself.
		if payer != nil && payer.country != "" && am.Span.Start >= rec.span.Start && strings.Contains(am.Passage.Text[rec.span.Start:am.Span.Start], " other") && reOthersBefore.MatchString(am.Passage.Text[rec.span.Start:am.Span.Start]) && !md.namesAny(rec.text, []string{payer.country}) {
			continue
		}
		cov := md.cov(aq, rec)
		// "How much did SMBC put in" is covered by "shared among MUFG Bank
		// (US$220 million), SMBC (US$200 million)": a sum credited to the
		// asked payer says it gives, whatever verb its sentence uses.
		if cov < 1 && payer != nil && am.Payer != "" && payer.pays(am.Payer) {
			implied := md.impliedHeld(aq, rec.p.Doc)
			cov = max(cov, md.covHolding(aq, rec, func(t qterm) bool {
				return chatGivingWords[t.word] || payer.costTo && costToWords[t.word] || implied != nil && implied(t)
			}))
		}
		// "RTKP funding?" is covered by "the RTKP, which received USD 1.35
		// million": a sum for the project asked says the money asked of
		// it, whatever word its sentence says it by.
		// "MSFR share for Cambodia" of "¥1.24 billion, of which ¥680
		// million is allocated to Cambodia": a part of a total its
		// sentence gives is a share.
		if cov < 1 && wholeOf(md.facts.Amounts, i, rec) != nil {
			cov = max(cov, md.covHolding(aq, rec, func(t qterm) bool { return shareWords[t.word] }))
		}
		// Not for a share asked: "what % of the CCL cost" is no sum.
		if cov < 1 && !wantShare && !strings.Contains(aq.q, "%") && am.Project != nil && slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(am.Project.Name, o) }) {
			cov = max(cov, md.covHolding(aq, rec, func(t qterm) bool { return moneyWordsAsked[t.word] || chatGivingWords[t.word] }))
		}
		if cov < minCoverage {
			continue // it would be dropped: skip weighing it
		}
		if fromCur != "" && !md.equivalentFrom(am, fromCur) {
			continue
		}
		otherCurrency := onlyAsked && am.Currency != askedCur
		if otherCurrency && cov > otherCurCov {
			otherCur, otherCurCov = am, cov
		}
		// "Japan's contribution meets 60 per cent of the project's budget
		// of US$12.5 million": a sum no one is credited with is not the
		// asked giver's for standing near its name written as the owner
		// of another thing.
		near := aq.nearness
		if len(givers) > 0 && am.Payer == "" && slices.ContainsFunc(givers, func(c string) bool { return ownerWritten(rec.text, c) }) {
			near = func(rec *sentenceRec, span corpus.Span) float64 {
				return aq.nearnessOf(slices.DeleteFunc(slices.Clone(aq.terms), func(t qterm) bool {
					return slices.ContainsFunc(givers, func(c string) bool { return md.namesCountry(t.word, c) })
				}), rec, span)
			}
		}
		bonus := amountBonus + near(rec, am.Span)
		// "This ODA loan of ¥3.82 billion", not "the total project cost
		// of ¥4.49 billion", answers "how much is the port loan".
		// The noun itself, not a word of like meaning: a "grant of" is no
		// "contribution" asked.
		if m := reHeadOfSum.FindStringSubmatch(tail(rec.text[:am.Span.Start-rec.span.Start], eventWindow)); m != nil && !wantShare && headOfSumAsked(aq, m) {
			bonus += headNounBonus
		}
		// "66.47 billion yen in loan aid and ¥174,320 million in grant
		// aid": the sum whose own words the question names.
		own := 0.0
		if sib, at := siblingAmounts(md.facts.Amounts, i, rec); at >= 0 {
			own = aq.ownWordsBonus(rec, sib, at)
			bonus += own
		}
		// "Grant limit: ¥8.12 billion" in an outline table.
		label := labelAt(rec, am.Span.Start-rec.span.Start)
		if labelFits(label, aq) {
			bonus += labelledBonus
		}
		// "Japanese contribution: ¥200 million (approximately US$1.8
		// million); Lao contribution: LAK 2 billion": a label that names
		// another country says whose the sum is.
		if label != "" && len(aq.ent.countries) > 0 {
			if cs := md.src.CountriesAnyCase(label); len(cs) > 0 && !slices.ContainsFunc(cs, func(g GeoMention) bool { return slices.Contains(aq.ent.countries, g.Name) }) {
				continue
			}
		}
		// "How much did Thailand put in": Thailand's own sum, not the
		// one its sentence credits to Japan.
		// "How much did the university put in" is not answered by a sum
		// that comes from a fund: an organisation's money is credited to
		// it by name, as payer or channel.
		if payer != nil && payer.org != nil && am.Payer == "" && am.Via != "" && !payer.pays(am.Via) {
			continue
		}
		if am.Payer == "" && split[sentenceKey{am.Passage, am.Sentence}] {
			continue
		}
		// "Japan's commitment of ¥1.1 billion for fiscal year 2018, of
		// which 300 million yen will be channelled through JAIF": a part
		// is paid and dated as its whole is.
		paidBy, dated := am.Payer, am.Date
		whole := wholeOf(md.facts.Amounts, i, rec)
		// "How much of the total was grant aid": a part of a total its
		// sentence states, not a sum of its own elsewhere.
		// "Of this amount, the two ODA loans ... account for ¥9.8
		// billion": a part of the total the sentence before stated.
		if partOfTotal && (whole != nil || reOfThisSumLead.MatchString(rec.text)) {
			bonus += partOfTotalBonus
		}
		// "PPGMP grant amount" of "The Grant Agreement, for ¥2.15
		// billion" and "requested a further ¥1.35 billion in grant aid
		// to extend the PPGMP approach": a sum only asked for is not the
		// one given, unless a request is asked.
		if !requestAsked && am.Span.Start >= rec.span.Start && reRequestedSum.MatchString(tail(am.Passage.Text[rec.span.Start:am.Span.Start], requestedSumReach)) {
			bonus -= requestedSumPenalty
		}
		if whole != nil {
			if paidBy == "" {
				paidBy = whole.Payer
			}
			if dated == nil {
				dated = whole.Date
			}
		}
		// "How much does Cambodia pay for the equipment" is not answered by
		// "Japan launched the BIEP, for which notes for grant aid of ¥640
		// million were exchanged": a sum no one is credited with, in a
		// sentence that names other countries and not the asked payer, is
		// ranked down as another payer's would be.
		if payer != nil && payer.country != "" && paidBy == "" && md.namesOnlyOthers(rec.text, payer.country) {
			bonus -= otherPayerPenalty
		}
		if payer != nil && paidBy != "" {
			switch {
			case payer.pays(paidBy):
				bonus += askedPayerBonus
			case payer.org != nil:
				// An organisation is named one way: a sum another body
				// pays is not its own ("how much did the university put
				// in" and a sum "from the AYETF").
				continue
			case payer.country != "" && md.namesOnlyOthers(paidBy, payer.country):
				// "South Korea had pledged US$5 million, whereas
				// Cambodia made no pledge": another country's sum is
				// not the one asked.
				continue
			default:
				// A country may be written as its state's organ ("the
				// Royal Thai Government"): ranked down, not ruled out.
				bonus -= otherPayerPenalty
			}
		}
		// "How much goes through JAIF": the sum channelled through it,
		// not another its sentence gives.
		if am.Via != "" && md.viaAsked(aq, am.Via) {
			bonus += viaAskedBonus
		}
		if askedCur != "" {
			if am.Currency == askedCur {
				bonus += currencyMatch
			} else {
				bonus -= currencyMismatch
			}
		}
		if wantShare && md.ownShareSaid(aq, rec, am.Span) {
			// "Thailand's share of the exercise" of "shared by Japan and
			// Thailand on a 60:40 basis, and Thailand's share for FY2005
			// is 4.8 million baht": the sum the sentence calls the asked
			// party's share, over the split.
			bonus += ownShareBonus
		} else if wantShare {
			bonus -= ratioAskedPenalty
		}
		// "¥45 million in FY2009 and ¥30 million in FY2010": the sum its
		// own date puts in the year asked.
		if dated != nil && slices.ContainsFunc(aq.ent.years, func(y int) bool { return slices.Contains(yearsIn(dated.Text), y) }) {
			bonus += askedYearBonus
		}
		if len(aq.ent.orgs) > 0 && !slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return !namesOrg(rec.text, o) }) {
			bonus += orgInSentenceBonus
			if md.clauseNamesAskedOrg(aq, rec.text, am.Span.Start-rec.span.Start) {
				bonus += orgInClauseBonus
			}
		}
		// "of which ¥680 million is for Cambodia": a sum for a country and
		// nothing else goes to it.
		to := am.Recipient
		if to == "" {
			p := strings.TrimPrefix(strings.TrimSpace(am.Purpose), "the ")
			if cs := md.src.CountriesAnyCase(p); len(cs) == 1 && cs[0].Span.Start == 0 && cs[0].Span.End == len(p) {
				to = cs[0].Name
			}
		}
		if to != "" && (slices.Contains(aq.ent.countries, to) || slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(to, o) })) {
			bonus += recipientAskedBonus
		}
		// "Pakse (Champasak Province) | ... | ¥598 million" for "how much
		// goes to Pakse": a table's row whose label is the asked place is
		// that place's share, over a whole for several places that
		// names it among them.
		// "Four Grants Worth ¥35.6 Million" in the title rounds what the
		// text gives to the yen: the text's sum answers first.
		if rec.p.Kind == corpus.KindTitle {
			bonus -= titleSumPenalty
		}
		if rec.p.IsTableRow() && labelIsPlaceAsked(aq, rec.p.Label) {
			bonus += placeRowBonus
		} else if md.placeAmongOthers(aq, rec) {
			bonus -= placeAmongOthersPenalty
		}
		// "The total budget is ¥31.5 billion, of which 6.3 billion yen
		// ...": a question about the total wants the whole, not its part.
		// Not the part of a payer the question names: "and how much from
		// japan?" after "total cost?" asks Japan's part.
		// "¥14.6 billion in total, consisting of ¥8.9 billion in grant
		// aid, ...": the part the kind of aid asked names, when the whole
		// names none, is that kind's total; the whole is not.
		kindPart, kindWhole := false, false
		if kind != nil {
			kindPart, kindWhole = kindInParts(rec.text, am.Span.Start-rec.span.Start, am.Span.End-rec.span.Start, kind)
		}
		if totalAsked && rePartOfSum.MatchString(rec.text[:am.Span.Start-rec.span.Start]) && !slices.Contains(aq.ent.countries, am.Payer) && !kindPart {
			bonus -= partForTotalPenalty
		}
		if totalAsked && kindPart {
			bonus += totalSaysBonus
		}
		if kindWhole {
			bonus -= totalForPartPenalty
		}
		// "FY2019: ¥2.6 billion, of which ¥1.8 billion went to disaster
		// management": a question about disaster management asks the part.
		// "Total cost approx. ¥3.9 billion → JICA grant ¥3.2 billion": so
		// too for a whole the sentence says is the total, with its parts
		// after it.
		before := rec.text[:am.Span.Start-rec.span.Start]
		saysTotal := reTotalSays.MatchString(tail(before, eventWindow)) || reTotalSubject.MatchString(tail(before, totalSubjectWindow)) || prose.TotalBroughtRE.MatchString(tail(before, prose.TotalBroughtReach))
		// "The GCHS budget is US$ 2.6 million: US$ 1.9 million from JAIF
		// and US$ 700,000 from EGAT": a sum whose colon opens the sums
		// after it is their whole.
		if at := am.Span.End - rec.span.Start; !saysTotal && at >= 0 && at <= len(rec.text) && strings.HasPrefix(strings.TrimSpace(rec.text[at:]), ":") && laterSibling(md.facts.Amounts, i, rec) {
			saysTotal = true
		}
		if at := am.Span.End - rec.span.Start; !totalAsked && at <= len(rec.text) {
			// "¥3.2 billion to dengue control in the four countries, of
			// which ¥1.9 billion ...": the words before "of which" are
			// the whole's own, only those after it the parts'.
			// A part is asked when the parts' words hold more of the
			// question than the whole's, or a country or place it names
			// that the whole's do not ("¥680 million is for Cambodia").
			ofWhich := reOfWhichAfter.FindStringIndex(rec.text[at:])
			partsAsked := false
			if ofWhich != nil {
				parts := rec.text[at+ofWhich[1]:]
				// The list of parts ends with its clause: "; the remainder
				// consisted of technical cooperation" is no part's words.
				if i := strings.IndexByte(parts, ';'); i >= 0 {
					parts = parts[:i]
				}
				whole := before + rec.text[at:at+ofWhich[1]]
				partsAsked = md.holdsMore(aq, parts, whole) || md.namesAskedIn(aq, parts) && !md.namesAskedIn(aq, whole)
			} else if saysTotal && own == 0 && laterSibling(md.facts.Amounts, i, rec) {
				partsAsked = md.holdsMore(aq, rec.text[at:], before)
			}
			if (ofWhich != nil || saysTotal && own == 0 && laterSibling(md.facts.Amounts, i, rec)) && (rePartAsked.MatchString(aq.q) || partsAsked) {
				bonus -= totalForPartPenalty
			}
		}
		// "How much has the JACMF given so far" of "which has provided
		// US$4.5 million so far, of which US$1.6 million financed ...":
		// the sum the sentence itself says is up to now.
		if at := am.Span.End - rec.span.Start; upToNow && at <= len(rec.text) && (reUpToNowSaid.MatchString(rec.text[at:]) || reUpToNowBefore.MatchString(tail(before, eventWindow))) {
			bonus += upToNowBonus
		}
		// "The loan totals ¥96 billion": a sum the sentence says is the
		// whole answers a question about the total.
		if totalAsked && saysTotal && !kindWhole {
			bonus += totalSaysBonus
		}
		k := sentenceKey{am.Passage, am.Sentence}
		if otherCurrency {
			// Weighed only to know whether its sentence's sum in the
			// asked currency is the one asked.
			otherBest[k] = append(otherBest[k], weighed{am, own})
			continue
		}
		a := answerFrom(rec, am.Text, am.Describe(), am.Span)
		// "estimated at between US$40 million and US$50 million": a sum
		// that bounds a range is the range.
		if text, sp, ok := md.rangeOfSum(am); ok {
			a = answerFrom(rec, text, text+strings.TrimPrefix(am.Describe(), am.Text), sp)
		}
		if onlyAsked {
			inCur = append(inCur, offered{a, cov, bonus, own, k, am})
			continue
		}
		consider(a, cov, bonus)
	}
	// "The Japanese ODA loan covers 9.6 billion yen and the ADB provides
	// US$30 million": asked for the loan in dollars, the dollar sum of its
	// sentence is another's, as the yen sum's own words hold more of the
	// question's.
	for _, o := range inCur {
		// The same sum written in two currencies is one sum, and a
		// bracketed conversion owns its original's words.
		own := o.own
		for _, w := range otherBest[o.key] {
			if w.am.Text == o.am.EquivalentOf {
				own = max(own, w.own)
			}
		}
		if !slices.ContainsFunc(otherBest[o.key], func(w weighed) bool {
			return w.own > own && w.am.EquivalentOf != o.am.Text && o.am.EquivalentOf != w.am.Text
		}) {
			consider(o.a, o.cov, o.bonus)
		}
	}
	for i := range md.facts.Shares {
		sh := &md.facts.Shares[i]
		rec := md.sentenceOf(sh.Passage, sh.Span)
		// "How much did Japan give to Thailand" is not answered by a ratio,
		// unless the country named is one of those sharing the cost.
		if len(aq.ent.countries) > 0 && !wantShare && !md.namesAny(strings.Join(sh.Parties, "; "), aq.ent.countries) {
			continue
		}
		// "What share does Thailand pay" is not answered by "Japan, which
		// pays 60%" when the sentence gives Thailand's 40% too: a share
		// one party pays is that party's alone.
		if len(aq.ent.countries) > 0 && len(sh.Parties) == 1 && !md.namesAny(sh.Parties[0], aq.ent.countries) && md.askedShareBeside(aq, sh) {
			continue
		}
		if !md.entityFit(aq.ent, rec, sh.Parties...) {
			continue
		}
		cov := md.cov(aq, rec)
		if cov < minCoverage {
			continue // it would be dropped: skip weighing it
		}
		bonus := shareBonus + aq.nearness(rec, sh.Span)
		if wantShare {
			bonus += ratioAskedBonus
		}
		line := sh.Text + " cost share"
		if len(sh.Parties) > 0 {
			line += " between " + strings.Join(sh.Parties, " and ")
		}
		if sh.What != "" {
			line += ", for " + sh.What
		}
		consider(answerFrom(rec, sh.Text, line, sh.Span), cov, bonus)
	}
	if changeAsked := reChangeAsked.MatchString(aq.q); wantShare || changeAsked {
		md.answerPercentages(aq, changeAsked, consider)
	}
}

var (
	// reChangeAsked is a question about how much something changed: "by
	// how much did trade drop".
	reChangeAsked = regexp.MustCompile(`\b` + lexicon.Alt("change question words") + `\b`)
	shareWords    = lexicon.Set("share question words")
	// rePercentage is a percentage as written.
	rePercentage = regexp.MustCompile(`(?i)\b\d{1,3}(?:\.\d+)?\s*(?:per\s*cent|percent|%)`)
)

// askedShareBeside reports whether another share of sh's sentence is
// paid by a country the question names alone.
func (md *Model) askedShareBeside(aq *asked, sh *corpus.Share) bool {
	return slices.ContainsFunc(md.facts.Shares, func(o corpus.Share) bool {
		return o.Passage == sh.Passage && o.Sentence == sh.Sentence && o.Span != sh.Span && len(o.Parties) == 1 && md.namesAny(o.Parties[0], aq.ent.countries)
	})
}

// reBetweenAsked asks how something is shared between parties.
var reBetweenAsked = regexp.MustCompile(`\bbetween\b|\bbtwn\b`)

// answerPercentages answers a share or a change with a percentage that is
// no cost share: "accounting for 9.8 per cent of ASEAN's total FDI
// inflows", "a decrease of 4.2 per cent from 2013".
func (md *Model) answerPercentages(aq *asked, changeAsked bool, consider offerFunc) {
	md.percentagesOnce.Do(func() {
		for _, rec := range md.sents {
			if ms := rePercentage.FindAllStringIndex(rec.text, -1); len(ms) > 0 {
				md.percentages = append(md.percentages, percentagesOf{rec, ms})
			}
		}
	})
	// A percentage says "share" by its form.
	holdsShare := func(t qterm) bool { return shareWords[t.word] }
	for _, pc := range md.percentages {
		rec, ms := pc.rec, pc.spans
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		cov := md.covHolding(aq, rec, holdsShare)
		if cov < minCoverage {
			continue
		}
		// "Japan's share of the programme cost": a percentage is a
		// party's share only in a sentence that names the party; "losses
		// of up to 15 per cent of production" in a passage about Japan's
		// programme is nobody's.
		if !namesEach(md.src.Countries(rec.text), aq.ent.countries) {
			continue
		}
		for _, m := range ms {
			span := corpus.Span{Start: rec.span.Start + m[0], End: rec.span.Start + m[1]}
			if md.sharedAt(rec.p, span) {
				continue // offered as a cost share
			}
			// "About 40 per cent of the rice delivered" is a share of
			// rice, not of money: a share asked in a question that names
			// no such thing is of money.
			if of := reOfAfterPercent.FindStringSubmatch(rec.text[m[1]:]); of != nil && !moneyOf(of[1]) && !aq.namesAnyOf(of[1]) {
				continue
			}
			text := rec.text[m[0]:m[1]]
			bonus := percentageBonus + aq.nearness(rec, span)
			if changeAsked {
				bonus += changeAskedBonus
			}
			// "What share of the project cost does JFPR meet": a
			// percentage is a share, and a sum beside it is not.
			// Not for "split between Japan and the ADB", which a cost
			// share between the two answers.
			if reWantShare.MatchString(aq.q) && !reBetweenAsked.MatchString(aq.q) {
				bonus += ratioAskedBonus
			}
			consider(answerFrom(rec, text, text+": “"+prose.Clip(rec.text, quoteRunes)+"”", span), cov, bonus)
		}
	}
}

// reOfAfterPercent is the "of" phrase after a percentage: what it is a
// share of.
var reOfAfterPercent = regexp.MustCompile(`^\s+of\s+((?:\S+\s+){0,5}\S+)`)

// reSumSign is a sum written with its currency's sign or code.
var reSumSign = regexp.MustCompile(`[¥$€£]\s?\d|\b(?:USD|JPY|EUR)\s?\d`)

// moneyOf reports whether words name money: "the total cost", "its
// budget", "the US$738 million".
func moneyOf(words string) bool {
	// "of the US$738 million provided by all donors": a sum is money.
	if reSumSign.MatchString(words) {
		return true
	}
	return slices.ContainsFunc(strings.Fields(strings.ToLower(words)), func(w string) bool {
		return moneyWordsAsked[strings.Trim(w, ".,;:'’s")] || moneyWordsAsked[strings.Trim(w, ".,;:")]
	})
}

// namesEach reports whether mentions name each of countries.
func namesEach(mentions []GeoMention, countries []string) bool {
	for _, c := range countries {
		if !slices.ContainsFunc(mentions, func(m GeoMention) bool { return m.Name == c }) {
			return false
		}
	}
	return true
}

// percentagesOf is a sentence and where it writes percentages.
type percentagesOf struct {
	rec   *sentenceRec
	spans [][]int
}

// sharedAt reports whether a cost share of passage p covers span.
func (md *Model) sharedAt(p *corpus.Passage, span corpus.Span) bool {
	for i := range md.facts.Shares {
		sh := &md.facts.Shares[i]
		if sh.Passage == p && span.Start < sh.Span.End && sh.Span.Start < span.End {
			return true
		}
	}
	return false
}

// reAskedGiver is a question that names who pays: "how much did Thailand
// put in", "what does Vietnam contribute", "how much did UNICEF add".
var reAskedGiver = regexp.MustCompile(`\b(?:did|does|do|has|have|will|is|was)\s+(.{2,80}?)\s+(?:` + lexicon.Alt("giving verbs", "asked giving verbs") + `)\b`)

// rePassiveAsked is a participle after "is" or "was": "how much was DELSA
// funded with" asks what DELSA got, not what it gave.
// "Is ADB expected to put in" is not: its verb is no participle.
var rePassiveAsked = regexp.MustCompile(`^(?:is|was)\s.*\s(?:\S+ed|given|paid|lent|spent)$`)

// nounAfterIs reports whether the giving word of a question's "is/was X
// grant" is a noun: a bare form after "is" or "was", with no "to" before
// it. "How much is the RCP grant" names a grant, not a giver; "is ADB
// expected to put in" and "is Japan providing" name one.
func nounAfterIs(clause string) bool {
	ws := strings.Fields(clause)
	if len(ws) < 3 || ws[0] != "is" && ws[0] != "was" {
		return false
	}
	last := ws[len(ws)-1]
	return !strings.HasSuffix(last, "ing") && ws[len(ws)-2] != "to"
}

// reCurrencyNamed is a currency a question asks its sum in: "how much in
// rupiah", "what's the dollar figure".
var reCurrencyNamed = regexp.MustCompile(`\b(` + lexicon.AltOf(slices.Sorted(maps.Keys(lexicon.Pairs("currency question words")))) + `)\b`)

// askedPayer is the country or organisation the question names as the one
// who pays; nil when it names none.
// possessiveBefore reports whether q, the question before a name, ends
// with a possessive: "japan's ", or a country's typed as "japans ".
func (md *Model) possessiveBefore(q string) bool {
	m := rePossessiveBefore.FindStringSubmatch(q)
	if m == nil {
		return false
	}
	if m[2] != "" {
		return true
	}
	// "japans rmstp contribution": a country's possessive typed without
	// its apostrophe.
	return len(md.src.CountriesAnyCase(m[1])) > 0
}

// rePossessiveBefore ends with a possessive word: "japan's ", "japans ".
// Its groups are the word without its ending and the apostrophe, if any.
var rePossessiveBefore = regexp.MustCompile(`(\p{L}+?)(['’])?s\s+$`)

func (md *Model) askedPayer(aq *asked) *payerAsked {
	m := reAskedGiver.FindStringSubmatch(aq.q)
	if m == nil || rePassiveAsked.MatchString(m[0]) || nounAfterIs(m[0]) {
		// "unicef contribution?", "the ADB's share": an organisation
		// before its gift.
		for _, o := range aq.ent.orgs {
			for _, name := range []string{o.Acronym, o.Name, prose.KnownShortForm(o.Name)} {
				if name == "" {
					continue
				}
				// "japan's rmstp contribution": the organisation is what
				// the possessive's gift is for, not who gives.
				// "msfr share for cambodia": a project's share is a part
				// of what it is given, not what it gives.
				if end, ok := phraseEnd(aq.q, strings.ToLower(name)); ok && (reOrgGiftAfter.MatchString(aq.q[end:]) || reOrgLoanAfter.MatchString(aq.q[end:]) && md.paysSums(o) && !reTotalAsked.MatchString(aq.q)) && !md.possessiveBefore(aq.q[:end-len(name)]) && !titleProjectHeads[prose.NameHead(o.Name)] {
					return &payerAsked{org: o}
				}
			}
		}
		// "japan's contribution", "japans share".
		if givers := md.giversAsked(aq); len(givers) > 0 {
			return &payerAsked{country: givers[0], canon: md.canonCountriesOnce(), costTo: md.costToAsked(aq)}
		}
		return nil
	}
	// An organisation first: "the Thailand International Cooperation
	// Agency" names a country inside its name but is not the country.
	for _, o := range aq.ent.orgs {
		if namesOrg(m[1], o) {
			return &payerAsked{org: o}
		}
	}
	for _, c := range md.src.CountriesAnyCase(m[1]) {
		if slices.Contains(aq.ent.countries, c.Name) {
			return &payerAsked{country: c.Name, canon: md.canonCountriesOnce()}
		}
	}
	// "How much do the ASEAN members pay": a group pays as one.
	for _, g := range md.src.AllGeoMentions(m[1]) {
		if g.IsGroup && slices.Contains(aq.ent.groups, g.Name) {
			return &payerAsked{group: g.Name}
		}
	}
	// "hw much did mizuho put in": a name the document gives no short
	// form, matched by its words against the payers the sums credit.
	// The name must pick out one payer: "did the bank put in" names none
	// when several banks pay.
	if name := slices.DeleteFunc(strings.Fields(m[1]), func(w string) bool { return prose.Stopwords[w] }); len(name) > 0 && len(name) <= maxNamedPayerWords {
		asked := &payerAsked{named: name}
		payers := map[string]bool{}
		for i := range md.facts.Amounts {
			if pa := md.facts.Amounts[i].Payer; pa != "" && asked.pays(pa) {
				payers[pa] = true
			}
		}
		if len(payers) == 1 {
			return asked
		}
	}
	return nil
}

// offered is a sum weighed but not yet offered.
type offered struct {
	a          Answer
	cov, bonus float64
	own        float64 // what its own words hold of the question
	key        sentenceKey
	am         *corpus.Amount
}

// weighed is a sum in a currency not asked, with what its own words hold
// of the question.
type weighed struct {
	am  *corpus.Amount
	own float64
}

// chatGivingWords are the loose verbs of giving that chat uses and
// documents do not ("put in", "chip in"): a sum credited to its payer
// holds them. A document's own verb ("disburse") still has to be there.
var chatGivingWords = lexicon.Set("asked giving verbs")

// moneyWordsAsked are the words by which a question asks for money:
// "funding", "budget".
var moneyWordsAsked = lexicon.Set("money question fallbacks")

// costToAsked reports whether the question asks what a thing costs a
// country it names: "cost to japan".
func (md *Model) costToAsked(aq *asked) bool {
	return slices.ContainsFunc(md.src.CountriesAnyCase(aq.q), func(m GeoMention) bool {
		return m.Span.Start <= len(aq.q) && reCostToBefore.MatchString(aq.q[:m.Span.Start])
	})
}

// costToWords ask what a thing costs a party, which is what the party
// pays: "WIPC cost to japan?".
var costToWords = lexicon.Set("cost to party words")

// maxNamedPayerWords is the most words a payer named by its own words may
// have: a longer run between "did" and the verb is more than a name.
const maxNamedPayerWords = 3

// paysSums reports whether the documents give a sum o pays.
func (md *Model) paysSums(o *corpus.Org) bool {
	pa := &payerAsked{org: o}
	return slices.ContainsFunc(md.facts.Amounts, func(am corpus.Amount) bool { return am.Payer != "" && pa.pays(am.Payer) })
}

// reOrgGiftAfter is a gift after an organisation's name, possessive or
// not: "unicef contribution", "the adb's share".
var reOrgGiftAfter = regexp.MustCompile(`^(?:['’]s)?\s+(?:` + lexicon.Alt("giving nouns asked") + `)\b`)

// reOrgLoanAfter is a loan right after a body's name: "the JBIC loan".
// The body may lend it or borrow it ("the PCG loan"); it is the lender
// when the documents give sums it pays. Not when the loan is asked in
// total: "the JBIC loan in total" may be co-financed by others.
var reOrgLoanAfter = regexp.MustCompile(`^(?:['’]s)?\s+(?:` + lexicon.Alt("lending nouns asked") + `)\b`)

// ownerWritten reports whether text writes country as an owner:
// "Japan's contribution".
func ownerWritten(text, country string) bool {
	return strings.Contains(text, country+"'s ") || strings.Contains(text, country+"’s ")
}

// namesCountry reports whether a question word names country: "japan",
// "japanese".
func (md *Model) namesCountry(word, country string) bool {
	return slices.ContainsFunc(md.src.CountriesAnyCase(word), func(g GeoMention) bool { return g.Name == country })
}

// payerAsked is who a question asks the sum of: a country or an
// organisation.
type payerAsked struct {
	country string
	// canon writes each country a payer's name holds by its one name:
	// "Government of Viet Nam" is Vietnam's.
	canon func(string) string
	group string
	org   *corpus.Org
	named []string // the words of a name the document gives no short form
	// costTo is set when the question asks what a thing costs the payer
	// ("cost to japan"), which the payer's sum says in any words.
	costTo bool
}

// pays reports whether a sum's payer, as its sentence writes it, is the
// asked one: a country by name, an organisation by name or acronym.
func (p *payerAsked) pays(written string) bool {
	switch {
	case p.org != nil:
		return namesOrg(written, p.org)
	case p.named != nil:
		words := strings.FieldsFunc(strings.ToLower(written), func(r rune) bool { return !prose.IsWordRune(r) })
		return !slices.ContainsFunc(p.named, func(w string) bool { return !slices.Contains(words, w) })
	case p.group != "":
		// "the ASEAN Member States" are the group.
		return strings.HasPrefix(strings.TrimPrefix(written, "the "), p.group)
	}
	// "Indonesia's Ministry of State Secretariat" pays for Indonesia.
	if written == p.country || stateOrganOf(written, p.country) ||
		strings.HasPrefix(written, p.country+"'s ") || strings.HasPrefix(written, p.country+"’s ") {
		return true
	}
	// "Government of Viet Nam" pays for Vietnam.
	return p.canon != nil && stateOrganOf(p.canon(written), p.country)
}

// canonCountriesOnce is canonCountries, each payer's name read once a
// question: a question weighs every sum of the documents.
func (md *Model) canonCountriesOnce() func(string) string {
	seen := map[string]string{}
	return func(written string) string {
		c, ok := seen[written]
		if !ok {
			c = md.canonCountries(written)
			seen[written] = c
		}
		return c
	}
}

// canonCountries is written with each country it names by its one name.
func (md *Model) canonCountries(written string) string {
	ms := md.src.CountriesAnyCase(written)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.IsGroup || m.Span.End > len(written) {
			continue
		}
		written = written[:m.Span.Start] + m.Name + written[m.Span.End:]
	}
	return written
}

// namesOnlyOthers reports whether written names countries and none of
// them is country.
func (md *Model) namesOnlyOthers(written, country string) bool {
	cs := md.src.CountriesAnyCase(written)
	return len(cs) > 0 && !slices.ContainsFunc(cs, func(c GeoMention) bool { return c.Name == country })
}

// stateOrganOf reports whether written names an organ that speaks for
// country: "Government of Japan", "Embassy of Japan".
func stateOrganOf(written, country string) bool {
	head, of, ok := strings.Cut(strings.ToLower(written), " of ")
	if !ok || !stateOrgans[strings.TrimPrefix(head, "the ")] {
		return false
	}
	of = strings.TrimPrefix(of, "the ")
	return of == strings.ToLower(country)
}

var stateOrgans = lexicon.Set("organs of a state")

// viaAsked reports whether the question names the fund or channel a sum
// goes through, by name or acronym.
func (md *Model) viaAsked(aq *asked, via string) bool {
	return slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(via, o) })
}

// namesOrg reports whether text names organisation o, in any case: by its
// acronym as a word or by its whole name.
func namesOrg(text string, o *corpus.Org) bool {
	t := strings.ToLower(text)
	words := strings.FieldsFunc(t, func(r rune) bool { return !prose.IsWordRune(r) })
	if o.Acronym == "" {
		// "the EU" for the European Union a document writes in full.
		if short := prose.KnownShortForm(o.Name); short != "" && slices.Contains(words, strings.ToLower(short)) {
			return true
		}
	}
	return o.Acronym != "" && slices.Contains(words, strings.ToLower(o.Acronym)) || strings.Contains(t, strings.ToLower(o.Name))
}

// reListMarker is what opens the list of a whole's parts: "of which",
// "consisting of".
var reListMarker = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("part list markers") + `)\b`)

// kindInParts reads sentence s, whose sum runs from start to end, for a
// whole and its parts when the whole's words name no kind of aid of
// kind: part says the sum is a part whose own words name the kind
// ("¥8.9 billion in grant aid", "¥38.2 billion took the form of ODA
// loans"), whole that the sum is the whole and a part's words name it.
// The parts end with their clause: "; the remainder consisted of grant
// aid" names no part of the list.
func kindInParts(s string, start, end int, kind []string) (part, whole bool) {
	m := reListMarker.FindStringIndex(s)
	if m == nil || end > len(s) || namesKind(s[:m[0]], kind) {
		return false, false
	}
	switch {
	case start >= m[1]:
		own := s[end:]
		if i := strings.IndexAny(own, ",;"); i >= 0 {
			own = own[:i]
		}
		return namesKind(own, kind), false
	case end <= m[0]:
		parts := s[m[1]:]
		if i := strings.IndexByte(parts, ';'); i >= 0 {
			parts = parts[:i]
		}
		return false, namesKind(parts, kind)
	}
	return false, false
}

// namesKind reports whether text names a kind of aid by one of its words,
// or the first one's plural: "grant", "loans".
func namesKind(text string, kind []string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:()'’\"")
		if w == kind[0]+"s" || slices.Contains(kind, w) {
			return true
		}
	}
	return false
}

// holdsMore reports whether text holds more of the question's words than
// other does.
func (md *Model) holdsMore(aq *asked, text, other string) bool {
	a, b := md.termsOf(text), md.termsOf(other)
	n := 0
	for _, t := range aq.terms {
		if t.in(a) {
			n++
		}
		if t.in(b) {
			n--
		}
	}
	return n > 0
}

// askedContent are the question's words beyond those of giving and
// costing and its years: "compensation" of "how much compensation was
// paid in 2017", "japan" of "how much did japan give in 2001".
func askedContent(aq *asked) []qterm {
	var out []qterm
	for _, t := range aq.terms {
		if reYearToken.MatchString(t.word) || reYearCode.MatchString(t.word) {
			continue
		}
		if moneyClass[t.stem] || slices.ContainsFunc(t.alts, func(a string) bool { return moneyClass[a] }) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// moneyClass are the stems of the words of giving and costing, which any
// sum's sentence says in some way: "paid", "budget", "put in".
var moneyClass = map[string]bool{"give": true, "cost": true}

// reOwnerShareAsked is a party's share asked by its possessive: "thailand's
// share", "surabaya city's share", "chiang mais share", "malaysia's fy2016
// share".
var reOwnerShareAsked = regexp.MustCompile(`(?i)\b((?:\p{L}+\s+){0,2}\p{L}+?)(?:['’]s|s)\s+(?:(?:fy)?\d[\p{N}/-]*\s+)?(?:` + lexicon.Alt("share question words") + `)\b`)

// reShareSaidBefore ends with a possessive's share right before a sum, in
// its clause: "Thailand's share for FY2005 is ", "its share of the cost
// is estimated at ". The possessor's last word is the first group, or
// empty for "its" and "their".
var reShareSaidBefore = regexp.MustCompile(`(?i)(?:(\p{L}+)['’]s|\bits|\btheir)\s+(?:` + lexicon.Alt("share question words") + `)\b[^.;,]{0,60}$`)

// reShareOfSaidBefore ends with a share its owner qualifies, right
// before a sum: "the Japanese share is ", "the share of the Thai
// Ministry of Public Health is ". The owner is the first group or the
// second.
var reShareOfSaidBefore = regexp.MustCompile(`\b[Tt]he\s+(?:(\p{Lu}\p{L}+)\s+share|share\s+of\s+(?:the\s+)?(\p{Lu}[^.;,]{0,60}?))\s+(?:is|was|will\s+be|amounts\s+to|comes\s+to)\s+(?:\p{Ll}+\s+){0,2}$`)

// reGappedShareBefore is a possessive right before a sum with its noun
// left out: "and Malaysia's is ".
var reGappedShareBefore = regexp.MustCompile(`(?i)\band\s+(?:the\s+)?(\p{L}+)['’]s\s+(?:is|was|will be|amounts to)\s+$`)

// ownShareSaid reports whether the question asks a party's share by its
// possessive and the sentence calls the sum at span that party's share:
// by its name ("Chiang Mai's share"), or by "its" after a name ("The
// Surabaya City Government ... its share" for "surabaya city's share").
func (md *Model) ownShareSaid(aq *asked, rec *sentenceRec, span corpus.Span) bool {
	m := reOwnerShareAsked.FindStringSubmatch(aq.q)
	at := span.Start - rec.span.Start
	if m == nil || at < 0 || at > len(rec.text) {
		return false
	}
	said := reShareSaidBefore.FindStringSubmatchIndex(rec.text[:at])
	// "Japan's share is ¥96 million and Malaysia's is RM 1.9 million": a
	// possessive whose noun is left out after an earlier share of the
	// clause.
	if gap := reGappedShareBefore.FindStringSubmatchIndex(rec.text[:at]); gap != nil && reShareSaidBefore.MatchString(rec.text[:gap[0]]+" ") {
		said = gap
	}
	asked := strings.Fields(strings.ToLower(m[1]))
	// "the Japanese share is ¥96 million", "the share of the Thai
	// Ministry of Health is 15.3 million baht": a share its owner's
	// adjective or "of" names, the same country the question's
	// possessive names.
	if said == nil {
		of := reShareOfSaidBefore.FindStringSubmatch(rec.text[:at])
		if of == nil {
			return false
		}
		owner := of[1] + of[2]
		for _, g := range md.src.CountriesAnyCase(m[1]) {
			if slices.ContainsFunc(md.src.CountriesAnyCase(owner), func(o GeoMention) bool { return o.Name == g.Name }) {
				return true
			}
		}
		return false
	}
	if said[2] >= 0 {
		return slices.Contains(asked, strings.ToLower(rec.text[said[2]:said[3]]))
	}
	before := strings.ToLower(rec.text[:said[0]])
	return slices.ContainsFunc(asked, func(w string) bool { return !prose.Stopwords[w] && hasPhrase(before, w) })
}

// reSumClauseJoin joins two clauses of a sentence: a semicolon, or ", and"
// and ", while" before a clause's subject.
var reSumClauseJoin = regexp.MustCompile(`;\s*|,\s+(?:and|while|whereas)\s+`)

// clauseNamesAskedOrg reports whether the clause of s at byte at names
// every organisation the question does, and another clause names
// another organisation and not them: the clauses then give sums of
// different bodies.
func (md *Model) clauseNamesAskedOrg(aq *asked, s string, at int) bool {
	names := func(cl string) bool {
		return !slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return !namesOrg(cl, o) })
	}
	cls := clausesOf(s)
	own := slices.IndexFunc(cls, func(c [2]int) bool { return c[0] <= at && at <= c[1] })
	if len(cls) < 2 || own < 0 || !names(s[cls[own][0]:cls[own][1]]) {
		return false
	}
	for i, c := range cls {
		if other := s[c[0]:c[1]]; i != own && !names(other) && len(md.src.OrgMentions(other)) > 0 {
			return true
		}
	}
	return false
}

// clausesOf are the bounds of the clauses reSumClauseJoin splits s into.
func clausesOf(s string) [][2]int {
	var out [][2]int
	start := 0
	for _, m := range reSumClauseJoin.FindAllStringIndex(s, -1) {
		out = append(out, [2]int{start, m[0]})
		start = m[1]
	}
	return append(out, [2]int{start, len(s)})
}

// rangeOfSum is the range a sum bounds, "between US$40 million and US$50
// million", as written and where it stands, when the sum is one of its
// two ends.
func (md *Model) rangeOfSum(am *corpus.Amount) (string, corpus.Span, bool) {
	t := am.Passage.Text
	// Only a sum right after "between" or "and" may end a range: the
	// others are not looked for among the facts.
	before := strings.TrimRight(t[max(0, am.Span.Start-len("between ")):am.Span.Start], " ")
	if !strings.HasSuffix(before, "between") && !strings.HasSuffix(before, " and") {
		return "", corpus.Span{}, false
	}
	for i := range md.facts.Amounts {
		o := &md.facts.Amounts[i]
		if o.Passage != am.Passage || o == am {
			continue
		}
		first, second := am, o
		if o.Span.Start < am.Span.Start {
			first, second = o, am
		}
		if first.Span.End > second.Span.Start || !reRangeAnd.MatchString(t[first.Span.End:second.Span.Start]) || !reBetweenEnds.MatchString(t[:first.Span.Start]) {
			continue
		}
		start := reBetweenEnds.FindStringIndex(t[:first.Span.Start])[0]
		sp := corpus.Span{Start: start, End: second.Span.End}
		return t[sp.Start:sp.End], sp, true
	}
	return "", corpus.Span{}, false
}

// reCostOfBefore ends right before a sum that a cost noun names: "at a
// total cost of ", "a budget of about ".
var reCostOfBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("cost nouns") + `)\s+(?:of\s+)?(?:(?:` + lexicon.Alt("sum hedges") + `)\s+)?$`)
