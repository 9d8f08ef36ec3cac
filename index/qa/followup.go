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

// A follow-up is a reply to the bot's answer: "and Laos?", "what about the
// Rangoon one", "when does it finish". The caller keeps the previous
// question (on Discord, in the reply chain); FollowUp rewrites the reply
// into a question that stands alone, and AnswerFollowUp answers it.

// Lengths of replies, in words.
const (
	// standaloneWords is the most words a reply with a question word may
	// have and still be read as a follow-up: "when does it finish" is
	// one, "how much did Japan provide for the bridge" stands alone.
	standaloneWords = 4
	// minProjectWords is the fewest words a reply must have to be read as
	// another project's name: one word is more often a place or a
	// country.
	minProjectWords = 2
	// maxYearReplyWords is the most words a reply naming a year may have
	// to be read as the same question about that year: "and in 2009?".
	maxYearReplyWords = 3
)

var (
	reFollowLead = regexp.MustCompile(`(?i)^\s*(?:` + lexicon.Alt("follow-up openers") + `)\b[\s,]*`)
	reQuestionWd = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("question words") + `)\b`)
	rePronounWd  = regexp.MustCompile(`(?i)\b(?:it|its|that|this|they|them|there)\b`)
	reYearWord   = regexp.MustCompile(`(?i)\b(?:19|20)\d\d\b|\bFY\s?\d{2,4}\b`)
	followStop   = lexicon.Set("question words")
	reOneAtEnd   = regexp.MustCompile(`(?i)\s+ones?$`)
	// reOwnPartAtEnd is a possessive's part at the end of a reply: "and
	// Japan's part?" asks the same of Japan.
	reOwnPartAtEnd = regexp.MustCompile(`(?i)(?:'s|’s|s')\s+(?:` + lexicon.Alt("own part nouns") + `)$`)
)

// FollowUp rewrites reply, written in answer to the question prev, as a
// question of its own. A reply that already stands alone is returned as it
// is.
func (md *Model) FollowUp(prev, reply string) string { return md.followUp(prev, reply, false) }

// reForReply is a reply that is only "for" and what it is for: "and for
// HMP?".
var reForReply = regexp.MustCompile(`(?i)^\s*(?:and\s+|what\s+about\s+|how\s+about\s+)?for\s+(\S.*?)[\s?!.]*$`)

// followUp is FollowUp; a country the reply names takes the giver's place
// in prev when giver is set, else the recipient's.
func (md *Model) followUp(prev, reply string, giver bool) string {
	prev, reply = strings.TrimSpace(prose.CleanQuery(prev)), strings.TrimSpace(prose.CleanQuery(reply))
	if prev == "" || reply == "" {
		return reply
	}
	// "What's that in yen?" asks prev again, in yen.
	if m := reInCurrency.FindStringSubmatch(strings.ToLower(reply)); m != nil && len(strings.Fields(reply)) <= maxConvertWords && reQuestionWd.MatchString(reply) {
		return strings.TrimRight(prev, "?!. ") + ", in " + m[1]
	}
	rest := strings.TrimSpace(strings.TrimRight(reFollowLead.ReplaceAllString(reply, ""), "?!. "))
	opened := rest != strings.TrimSpace(strings.TrimRight(reply, "?!. "))
	if rest == "" {
		return prev
	}
	// "and for HMP?" after "who signed the KSRW grant for Japan", "and
	// for the Can Tho project?" after "how much is JBIC lending for the
	// gas plant?": the same question of what the reply names in place of
	// what prev's last "for" does.
	if m := reForReply.FindStringSubmatch(reply); m != nil {
		if i := strings.LastIndex(strings.ToLower(prev), " for "); i >= 0 {
			return prev[:i] + " for " + m[1]
		}
	}
	// "where?" after "when was the E/N signed?": the same question for
	// another fact, prev's verb and all.
	if reBareQuestion.MatchString(rest) {
		// "where?" after "wen was the charter signed": prev's question
		// word as chat writes it short.
		if np := normaliseQuestion(strings.ToLower(prev)); np != strings.ToLower(prev) && reWhOpening.MatchString(np) {
			prev = np
		}
		if m := reWhOpening.FindStringIndex(prev); m != nil {
			return strings.ToLower(rest) + prev[m[1]:]
		}
		if low := strings.ToLower(prev); reYesNoQ.MatchString(low) {
			return strings.ToLower(rest) + " " + low
		}
	}
	// "how many of them women" after "how many ppl completed GCTC": the
	// same count, of the part the reply names.
	if m := reOfThemPart.FindStringSubmatch(strings.ToLower(rest)); m != nil {
		if pm := reHowManyNoun.FindStringSubmatch(strings.ToLower(prev)); pm != nil {
			return "how many " + m[1] + " " + pm[1]
		}
	}
	hasQ := reQuestionWd.MatchString(rest)
	if hasQ && !opened && !rePronounWd.MatchString(rest) && len(strings.Fields(rest)) > standaloneWords {
		return reply // a new question, not a follow-up
	}
	if hasQ {
		// "the Vientiane one, when does it finish": the reply names its own
		// topic before its question.
		if lead, q, ok := strings.Cut(rest, ","); ok && !reQuestionWd.MatchString(lead) && reQuestionWd.MatchString(q) && rePronounWd.MatchString(q) {
			lead = strings.TrimSpace(reOneAtEnd.ReplaceAllString(lead, ""))
			return rePronounWd.ReplaceAllLiteralString(strings.TrimSpace(q), lead)
		}
		// "when does it finish": the pronoun is what prev asked about:
		// the rest of prev after its question word ("where was it" after
		// "when was the second board meeting"), or, when that is long,
		// the names in it.
		topic := topicPhrase(prev)
		if len(strings.Fields(topic)) > maxTopicWords {
			topic = md.topicOf(prev)
		}
		// "when does it end" after "how much is PARC worth": "it" is the
		// project prev names, not the words of its sum around it.
		// Only when the name is all prev asked about but a word: "PARC
		// worth", not "cldap phase 1 start".
		if name := md.thingNamedIn(prev); name != "" && md.isProject(name) && rePronounWd.MatchString(rest) && wordsBesides(topic, name) <= 1 {
			topic = name
		}
		if topic == "" {
			// prev's own frame ("originally") would contradict the
			// reply's ("actually").
			return rest + " " + withoutDateCues(prev)
		}
		// "when did that project start" after "who is the chief advisor
		// of PRMP": the thing of that kind prev names, not prev's whole
		// topic.
		if m := reThatThing.FindStringIndex(rest); m != nil {
			if name := md.thingNamedIn(prev); name != "" {
				return rest[:m[0]] + name + rest[m[1]:]
			}
		}
		if m := rePronounWd.FindStringIndex(rest); m != nil {
			// "why was it pushed back" after "when was the signing
			// planned": the reply's own verb takes the place of prev's.
			if ws := strings.Fields(topic); len(ws) > 1 && pastForm(strings.ToLower(ws[len(ws)-1])) && len(strings.Fields(rest[m[1]:])) > 0 {
				topic = strings.Join(ws[:len(ws)-1], " ")
			}
			return rePronounWd.ReplaceAllLiteralString(rest, topic)
		}
		// "when did Brunei join REENA" then "and when did Mandalay Tech
		// withdraw": the reply names its own subject, and keeps only what
		// prev's was in.
		// "and how much was vsicp" after "cost of MHSP?": a reply that
		// names another project by its short form asks of it alone. Not
		// a body that pays: "and what does NPNL pay" after a question
		// about the JCM subsidy asks NPNL's part of that.
		if own, was := md.thingNamedIn(rest), md.thingNamedIn(prev); own != "" && was != "" && !strings.EqualFold(own, was) && md.isProject(own) && md.isProject(was) {
			return rest
		}
		if len(strings.Fields(rest)) >= standaloneWords {
			topic = md.withoutCountries(topic)
		}
		return strings.TrimSpace(rest + " " + topic)
	}
	// "and the Rangoon one": "one" stands for what prev asked about.
	rest = strings.TrimSpace(reOneAtEnd.ReplaceAllString(rest, ""))
	rest = strings.TrimSpace(reOwnPartAtEnd.ReplaceAllString(rest, ""))
	// "what about cambodia's govt contribution for salt inspectors" after
	// "how much does the laos govt pay for sfpp kitchens and cooks": a
	// reply with words of its own beyond a country asks prev's question
	// of them, not of prev's thing.
	// Only a country's possessive and a thing of its own: "and for
	// doctoral study in japan" asks prev's count of another kind, and
	// "and cambodia's own share?" prev's sum of another party.
	if m := reQuestionOpening.FindString(strings.ToLower(prev)); m != "" && !reOwnPartAtEnd.MatchString(rest) {
		if cs := md.src.CountriesAnyCase(rest); len(cs) > 0 && (rePossessiveNext.MatchString(rest[cs[0].Span.End:]) || prose.Possessive(rest[cs[0].Span.Start:cs[0].Span.End])) && newWords(rest[cs[0].Span.End:], prev) >= minOwnReplyWords {
			return strings.TrimSpace(m) + " " + rest
		}
	}
	// "and Laos?": the same question about another country, place, year or
	// organisation. A country first: "New Zealand" is not a project's name.
	if q, ok := md.swapCountry(prev, rest, giver); ok {
		return q
	}
	if len(strings.Fields(rest)) >= minProjectWords {
		if _, ok := md.src.Project(rest); ok {
			// another project, not another place
			if q, ok := md.swapTopic(prev, rest); ok {
				return q
			}
			return md.frameOf(prev) + " " + rest
		}
	}
	// "and the 19th?" after "where was the 18th meeting", "and unit 2?"
	// after "when will unit 1 start": another number in the same place.
	if q, ok := swapNumber(prev, rest); ok {
		return q
	}
	// "and the actual?" after "what was the planned total cost": the
	// same figure of another kind.
	if q, ok := swapFigureKind(prev, rest); ok {
		return q
	}
	// "and the grace period?" after "repayment period for the loan": the
	// same noun with another word before it takes that phrase's place.
	if q, ok := swapHead(prev, rest); ok {
		return q
	}
	// "and the repayment period?" after "what's the interest rate on the
	// loan": one of a loan's terms for another.
	if q, ok := swapLoanTerm(prev, rest); ok {
		return q
	}
	swapCountry := func(prev, rest string) (string, bool) { return md.swapCountry(prev, rest, giver) }
	for _, sub := range []func(string, string) (string, bool){swapCountry, md.swapYear, md.swapPlace, md.swapTopic} {
		if q, ok := sub(prev, rest); ok {
			return q
		}
	}
	// "and the health workers training?": the same question about another
	// thing; keep what prev asked and drop what it was about.
	return md.frameOf(prev) + " " + rest
}

// minOwnReplyWords is the fewest words of its own, besides a country,
// a reply must hold to ask of them rather than of prev's thing.
const minOwnReplyWords = 2

// rePossessiveNext opens with a possessive's ending.
var rePossessiveNext = regexp.MustCompile(`^(?:'s|’s|')\s`)

// wordsBesides counts the words of topic other than name's and small
// words.
func wordsBesides(topic, name string) int {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(topic)) {
		w = strings.Trim(w, "?!.,'’")
		if w != "" && !strings.EqualFold(w, name) && !prose.Stopwords[w] {
			n++
		}
	}
	return n
}

// newWords counts the content words of reply that q does not hold.
func newWords(reply, q string) int {
	have := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(q)) {
		have[stemTerm(strings.Trim(w, "?!.,'’"))] = true
	}
	n := 0
	for _, w := range strings.Fields(strings.ToLower(reply)) {
		w = strings.Trim(w, "?!.,'’")
		if w != "" && !prose.Stopwords[w] && !have[stemTerm(w)] {
			n++
		}
	}
	return n
}

// reOfThemPart asks how many of those counted before are of a part:
// "how many of them women", "how many of them were from laos". Its group
// is the part.
var reOfThemPart = regexp.MustCompile(`^how\s+many\s+of\s+(?:them|those|these)\s+(?:are\s+|were\s+|was\s+|is\s+)?(\S.*)$`)

// reHowManyNoun is a count question's noun and, as its group, the words
// after it: "how many ppl completed GCTC".
var reHowManyNoun = regexp.MustCompile(`^how\s+many\s+\S+\s+(\S.*?)\s*\??$`)

// reThatThing is a pointer to a thing of a kind that has a name: "that
// project", "this programme".
var reThatThing = regexp.MustCompile(`(?i)\b(?:that|this)\s+(?:` + lexicon.Alt("project heads asked", "organisation nouns asked") + `)\b`)

// thingNamedIn is the one organisation or project q names by its short
// form, as q writes it, or "" when it names none or several.
func (md *Model) thingNamedIn(q string) string {
	found := ""
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, "?!.,;:'’")
		if len(w) < 2 {
			continue
		}
		for _, o := range md.facts.Orgs {
			if o.Acronym != "" && strings.EqualFold(o.Acronym, w) {
				if found != "" && !strings.EqualFold(found, w) {
					return ""
				}
				found = w
			}
		}
	}
	return found
}

// AnswerFollowUp answers reply as a follow-up to prev.
func (md *Model) AnswerFollowUp(prev, reply string) Answer {
	// "What's that in yen?": the same sum, as the documents give it in
	// the other currency.
	if m := reInCurrency.FindStringSubmatch(strings.ToLower(reply)); m != nil && len(strings.Fields(reply)) <= maxConvertWords {
		if a, ok := md.convertedAnswer(md.Answer(prev), currencyAsked[m[1]]); ok {
			return a
		}
	}
	q := md.FollowUp(prev, reply)
	a := md.Answer(q)
	// "How much did Japan give Indonesia?" then "and Australia?", when
	// Australia received nothing: it asks what Australia gave.
	if a.Refused() {
		if qg := md.followUp(prev, reply, true); qg != q {
			if ag := md.Answer(qg); !ag.Refused() {
				q, a = qg, ag
			}
		}
	}
	// "How much is ADB expected to put in" then "and JICA?": a reply that
	// asks the same of something else is not answered by the fact that
	// answered prev, when another fact fits it.
	if q != prev && a.Found && repeatable[a.Kind] && a.Span != "yes" && a.Span != "no" {
		pa := md.Answer(prev)
		if pa.Found && pa.Span == a.Span && pa.Passage == a.Passage {
			b := md.answer(q, &pa)
			if !b.Found {
				// Asked with prev's question words alone and the reply:
				// "when is" and "full proposals".
				if open := reQuestionOpening.FindString(prev); open != "" {
					b = md.answer(open+" "+strings.TrimSpace(strings.TrimRight(reFollowLead.ReplaceAllString(reply, ""), "?!. ")), &pa)
				}
			}
			if b.Found {
				a = b
			}
		}
	}
	// "Is Brunei a member?" then "and Myanmar?": the reply names no yes or
	// no, so the status answers it ("not a member").
	if a.Found && a.Kind == AskMember && (a.Span == "yes" || a.Span == "no") {
		if decided, _, ok := md.memberDecision(md.analyse(q)); ok {
			a.Span = decided.Status
		}
	}
	// "When did Myanmar join?" then "and Laos?": Laos has no joining date
	// but a status ("intends to join"), which is what the reply asks now.
	// A bare "where?" asks another fact, not another country's status.
	if a.Refused() && !reBareQuestion.MatchString(strings.TrimSpace(strings.TrimRight(reFollowLead.ReplaceAllString(reply, ""), "?!. "))) {
		if st, ok := md.joinStatus(md.analyse(q)); ok {
			return st
		}
	}
	return a
}

// repeatable are the kinds of answer a follow-up about something else
// should not simply repeat: a sum, a date, a place, a count or a name.
var repeatable = map[string]bool{AskMoney: true, AskWhen: true, AskWhere: true, AskCount: true, AskWho: true}

// joinStatus answers a question about when a country joined an
// organisation with the country's latest status there, when the documents
// give one but no joining date.
func (md *Model) joinStatus(aq *asked) (Answer, bool) {
	if !reWhenJoin.MatchString(aq.q) || len(aq.ent.countries) != 1 {
		return Answer{}, false
	}
	var last *corpus.Membership
	for i := range md.facts.Memberships {
		m := &md.facts.Memberships[i]
		if m.Country == aq.ent.countries[0] && md.orgAsked(aq, m.Org) {
			last = m
		}
	}
	if last == nil {
		return Answer{}, false
	}
	rec := md.sentenceOf(last.Passage, last.Span)
	if rec == nil {
		return Answer{}, false
	}
	text := statusSentence(*last)
	if last.Date != nil {
		text += " (" + last.Date.Resolved() + ")"
	}
	a := answerFrom(rec, last.Status, text, last.Span)
	a.Found, a.Kind = true, AskMember
	return a, true
}

// maxConvertWords is the most words "what's that in yen" may take.
const maxConvertWords = 6

var (
	// currencyAsked is every currency a question may name; reInCurrency
	// reads "won" too ("how much in won"), the patterns that read a
	// currency anywhere do not: alone it is a verb.
	currencyAsked = func() map[string]string {
		out := lexicon.Pairs("currency question words")
		maps.Copy(out, lexicon.Pairs("currency words after in"))
		return out
	}()
	reInCurrency = regexp.MustCompile(`\bin\s+(` + lexicon.AltOf(slices.Sorted(maps.Keys(currencyAsked))) + `)\b`)
)

// givenIn reports whether answer a is a sum the documents give in
// currency, or beside its equivalent in currency.
func (md *Model) givenIn(a Answer, currency string) bool {
	for _, am := range md.facts.Amounts {
		if am.Passage != a.Passage || am.Text != a.Span {
			continue
		}
		if am.Currency == currency {
			return true
		}
		for _, eq := range md.facts.Amounts {
			if eq.Passage == am.Passage && (eq.EquivalentOf == am.Text || am.EquivalentOf == eq.Text) && eq.Currency == currency {
				return true
			}
		}
	}
	return false
}

// convertedAnswer turns an answer that is a sum into the same sum in the
// currency asked, when the documents give it in brackets beside it.
func (md *Model) convertedAnswer(a Answer, currency string) (Answer, bool) {
	if !a.Found || a.Kind != AskMoney || currency == "" {
		return Answer{}, false
	}
	for _, am := range md.facts.Amounts {
		if am.Passage != a.Passage || am.Equivalent == "" {
			continue
		}
		if am.Text != a.Span && am.Equivalent != a.Span {
			continue
		}
		for _, eq := range md.facts.Amounts {
			if eq.Passage != am.Passage || eq.EquivalentOf != am.Text {
				continue
			}
			// Either side of the pair may be the one asked for.
			for _, side := range []corpus.Amount{eq, am} {
				if side.Currency != currency {
					continue
				}
				rec := md.sentenceOf(side.Passage, side.Span)
				if rec == nil {
					continue
				}
				out := answerFrom(rec, side.Text, side.Text+", the same sum as "+otherOf(side, am, eq).Text, side.Span)
				out.Found, out.Kind = true, AskMoney
				return out, true
			}
		}
	}
	return md.rowConverted(a, currency)
}

// rowConverted is the same sum in the currency asked from a table row
// that gives it in a column of its own, under the same label as the sum
// answered: "Amount: ¥9,870,000; Amount: PHP 3,750,600" of columns
// "Amount (JPY)" and "Amount (PHP)". A row of two sums only, one in each
// currency.
func (md *Model) rowConverted(a Answer, currency string) (Answer, bool) {
	if a.Passage == nil || !a.Passage.IsTableRow() {
		return Answer{}, false
	}
	var in []corpus.Amount
	for _, am := range md.facts.Amounts {
		if am.Passage == a.Passage {
			in = append(in, am)
		}
	}
	if len(in) != 2 || in[0].Currency == in[1].Currency {
		return Answer{}, false
	}
	for i, side := range in {
		other := in[1-i]
		if side.Currency != currency || other.Text != a.Span {
			continue
		}
		rec := md.sentenceOf(side.Passage, side.Span)
		if rec == nil {
			return Answer{}, false
		}
		if label := cellLabelBefore(rec.text, side.Span.Start-rec.span.Start); label == "" || label != cellLabelBefore(rec.text, other.Span.Start-rec.span.Start) {
			return Answer{}, false
		}
		out := answerFrom(rec, side.Text, side.Text+", the same sum as "+other.Text, side.Span)
		out.Found, out.Kind = true, AskMoney
		return out, true
	}
	return Answer{}, false
}

func otherOf(side, a, b corpus.Amount) corpus.Amount {
	if side.Text == a.Text {
		return b
	}
	return a
}

// swapFigureKind asks prev of the kind of figure rest names alone ("the
// actual", "the target one"): in place of the kind prev names ("the
// planned total cost"), or, when it names none, beside its figure.
func swapFigureKind(prev, rest string) (string, bool) {
	var kind string
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		switch {
		case figureColumnKinds[w]:
			if kind != "" {
				return "", false
			}
			kind = w
		case w == "the" || w == "figure" || w == "number" || w == "value":
		default:
			return "", false
		}
	}
	if kind == "" {
		return "", false
	}
	ws := strings.Fields(prev)
	for i, w := range ws {
		if figureColumnKinds[strings.ToLower(strings.Trim(w, "?,.!"))] {
			ws[i] = kind
			return strings.Join(ws, " "), true
		}
	}
	return strings.TrimRight(prev, "?!. ") + ", " + kind, true
}

// swapHead puts rest, a modifier and a noun ("the grace period"), in
// place of the phrase of prev that ends in the same noun ("repayment
// period").
func swapHead(prev, rest string) (string, bool) {
	rw := strings.Fields(strings.TrimPrefix(strings.ToLower(rest), "the "))
	if len(rw) != 2 || prose.Stopwords[rw[0]] {
		return "", false
	}
	pw := strings.Fields(prev)
	for i := 1; i < len(pw); i++ {
		if strings.EqualFold(strings.Trim(pw[i], "?!.,"), rw[1]) && !strings.EqualFold(pw[i-1], rw[0]) && !prose.Stopwords[strings.ToLower(pw[i-1])] {
			out := append(append(append([]string{}, pw[:i-1]...), rw...), pw[i+1:]...)
			return strings.Join(out, " "), true
		}
	}
	return "", false
}

// swapLoanTerm puts the loan term rest names ("the repayment period") in
// place of the one prev asks ("interest rate").
func swapLoanTerm(prev, rest string) (string, bool) {
	term := strings.TrimPrefix(strings.ToLower(rest), "the ")
	if !isLoanTerm(term) {
		return "", false
	}
	low := strings.ToLower(prev)
	for _, re := range []*regexp.Regexp{reRateAsked, reTermAsked} {
		if m := re.FindStringIndex(low); m != nil {
			return prev[:m[0]] + term + prev[m[1]:], true
		}
	}
	return "", false
}

// isLoanTerm reports whether s is no more than a loan's term: "interest
// rate", "grace period".
func isLoanTerm(s string) bool {
	for _, re := range []*regexp.Regexp{reRateAsked, reTermAsked} {
		if m := re.FindStringIndex(s); m != nil && m[0] == 0 && m[1] == len(s) {
			return true
		}
	}
	return false
}

// reReplyNumber is an ordinal ("19th") or a small number ("2") written
// with digits; reOrdinalToken an ordinal alone.
var (
	reReplyNumber  = regexp.MustCompile(`^(?:\d{1,3}(?:st|nd|rd|th)|\d{1,2})$`)
	reOrdinalToken = regexp.MustCompile(`^\d{1,3}(?:st|nd|rd|th)$`)
)

// maxNumberReplyWords is the most words a reply naming another number may
// have: "and the 4th summit", "what about unit 2".
const maxNumberReplyWords = 3

// swapNumber puts the number or ordinal rest names in place of prev's of
// the same kind, where the words beside it agree: "unit 2" replaces "unit
// 1", and "the 4th summit" the "1st" of "the 1st mekong-japan summit".
func swapNumber(prev, rest string) (string, bool) {
	rw := strings.Fields(strings.TrimPrefix(strings.ToLower(rest), "the "))
	if len(rw) == 0 || len(rw) > maxNumberReplyWords {
		return "", false
	}
	at := -1
	for i, w := range rw {
		if reReplyNumber.MatchString(w) {
			if at >= 0 {
				return "", false
			}
			at = i
		}
	}
	if at < 0 {
		return "", false
	}
	pw := strings.Fields(normaliseQuestion(strings.ToLower(prev)))
	for i, w := range pw {
		w = strings.Trim(w, "?!.,")
		if !reReplyNumber.MatchString(w) || reOrdinalToken.MatchString(w) != reOrdinalToken.MatchString(rw[at]) {
			continue
		}
		// The word before the number must agree: "unit 2" is not "phase 1".
		if at > 0 && (i == 0 || strings.Trim(pw[i-1], "?!.,") != rw[at-1]) {
			continue
		}
		out := append(append(append([]string{}, pw[:i]...), rw[at]), pw[i+1:]...)
		return strings.Join(out, " "), true
	}
	return "", false
}

// reGiverThenRecipient is what stands between a giver and the recipient
// its verb takes: "Japan give Indonesia".
var reGiverThenRecipient = regexp.MustCompile(`^\s+(?:` + lexicon.Alt("giving verbs", "asked giving verbs") + `)\s+(?:the\s+)?$`)

// swapCountry puts the country rest names in place of the one prev named:
// of a giver and the recipient its verb takes, the recipient, unless
// giver is set.
func (md *Model) swapCountry(prev, rest string, giver bool) (string, bool) {
	// The longest name rest gives, so "New Zealand" is one country.
	var to []GeoMention
	for _, m := range md.src.CountriesAnyCase(rest) {
		if len(to) == 0 || m.Span.End-m.Span.Start > to[0].Span.End-to[0].Span.Start {
			to = []GeoMention{m}
		}
	}
	with := ""
	if len(to) == 1 {
		with = rest[to[0].Span.Start:to[0].Span.End]
	}
	// "and the ASEAN members?": a group of countries in the country's
	// place, as the reply names it.
	if len(to) == 0 {
		for _, m := range md.src.AllGeoMentions(rest) {
			if m.IsGroup && strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest[:m.Span.Start]), "the")) == "" {
				to, with = []GeoMention{m}, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "the "))
				break
			}
		}
	}
	// "and in cambodia?": a preposition may stand before the country.
	if len(to) != 1 || strings.TrimSpace(strings.TrimPrefix(reLeadPreposition.ReplaceAllString(strings.TrimSpace(rest[:to[0].Span.Start]), ""), "the")) != "" {
		return "", false
	}
	// The country the question is about, not one inside an organisation's
	// name ("the ASEAN-Japan Centre").
	orgs := md.src.OrgMentions(prev)
	var own []GeoMention
	for _, f := range md.src.CountriesAnyCase(prev) {
		inOrg := f.Span.Start > 0 && prev[f.Span.Start-1] == '-' || f.Span.End < len(prev) && prev[f.Span.End] == '-'
		for _, o := range orgs {
			inOrg = inOrg || f.Span.Start >= o.Span.Start && f.Span.End <= o.Span.End
		}
		if !inOrg {
			own = append(own, f)
		}
	}
	// "How much did Japan give Indonesia" then "and the Philippines?":
	// the reply asks of another recipient, not of another giver.
	if !giver && len(own) > 1 && reGiverThenRecipient.MatchString(strings.ToLower(prev[own[0].Span.End:own[1].Span.Start])) {
		own = own[1:]
	}
	if len(own) > 0 {
		f := own[0]
		return prev[:f.Span.Start] + with + prev[f.Span.End:], true
	}
	// "how much did JICA put in" then "and the Indonesian side?": the
	// country takes the place of the organisation the question made its
	// subject, who gives or does what it asks, or its owner ("whats
	// ADB's share" then "and japan's?").
	for _, o := range orgs {
		if reSubjectSlot.MatchString(prev[:o.Span.Start]) {
			return prev[:o.Span.Start] + with + prev[o.Span.End:], true
		}
		if strings.HasPrefix(prev[o.Span.End:], "'s") || strings.HasPrefix(prev[o.Span.End:], "’s") {
			return prev[:o.Span.Start] + strings.TrimSuffix(strings.TrimSuffix(with, "'s"), "’s") + prev[o.Span.End:], true
		}
	}
	// "and the philippine one?" after "hw much was the DCLD loan": the
	// thing of the same kind in the country the reply names, in place of
	// the project prev named by its short form.
	if name := md.thingNamedIn(prev); name != "" && md.isProject(name) {
		if i := strings.Index(strings.ToLower(prev), strings.ToLower(name)); i >= 0 {
			return prev[:i] + with + prev[i+len(name):], true
		}
	}
	return prev + " " + rest, true
}

// reLeadPreposition is a preposition that opens a reply before the
// country it names: "in", "for", "from".
var reLeadPreposition = regexp.MustCompile(`(?i)^(?:in|for|from|to|at|with|of)\b\s*`)

// reSubjectSlot ends where a question's subject stands: "how much did".
var reSubjectSlot = regexp.MustCompile(`(?i)\b(?:did|does|do|will|has|have)\s+(?:the\s+)?$`)

// swapYear puts the year rest names in place of prev's.
func (md *Model) swapYear(prev, rest string) (string, bool) {
	y := reYearWord.FindString(rest)
	if y == "" || len(strings.Fields(rest)) > maxYearReplyWords {
		return "", false
	}
	// "and in aug 2014?" after "... in dec 2011": the month goes with
	// its year.
	if to := reMonthYear.FindString(rest); to != "" {
		if loc := reMonthYear.FindStringIndex(prev); loc != nil {
			return prev[:loc[0]] + to + prev[loc[1]:], true
		}
	}
	if loc := reYearWord.FindStringIndex(prev); loc != nil {
		return prev[:loc[0]] + y + prev[loc[1]:], true
	}
	return prev + " in " + y, true
}

// reMonthYear is a month and its year: "aug 2014", "december 2011".
var reMonthYear = regexp.MustCompile(`(?i)\b(?:` + monthAlt() + `)\.?\s+(?:19|20)\d\d\b`)

// swapPlace puts the place rest names in place of the one prev named.
func (md *Model) swapPlace(prev, rest string) (string, bool) {
	to := md.placeWordsIn(rest)
	if to == "" {
		return "", false
	}
	if from := md.placeWordsIn(prev); from != "" {
		i := strings.Index(strings.ToLower(prev), from)
		end := i + len(from)
		// "vientiane capital" then "and thakhek?": the place's kind goes
		// with its name.
		if m := reWordAfter.FindStringSubmatchIndex(prev[end:]); m != nil && placeTypeWords[strings.ToLower(prev[end+m[2]:end+m[3]])] {
			end += m[1]
		}
		return prev[:i] + to + prev[end:], true
	}
	return "", false
}

// reWordAfter is the word, of any case, that opens s after a space.
var reWordAfter = regexp.MustCompile(`^\s+(\p{L}+)`)

// placeWordsIn finds the name of a place the documents mention in s, lower
// case, the longest first.
func (md *Model) placeWordsIn(s string) string {
	ls := " " + strings.ToLower(s) + " "
	best := ""
	for _, pl := range md.places {
		if len(pl) > len(best) && strings.Contains(ls, " "+pl+" ") {
			best = pl
		}
	}
	return best
}

// placeNames lists, lower case, how the documents write each place.
func (md *Model) placeNames() []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range md.passages() {
		for _, pl := range md.src.PassageFacts(p).Places {
			for _, n := range []string{pl.Name, pl.AsWritten} {
				if n = strings.ToLower(n); n != "" && !seen[n] {
					seen[n] = true
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// entityWords are the words of the names the documents use: projects,
// organisations, places and countries. What a question is about is made of
// them; what it asks is made of the rest.
func (md *Model) entityWords() map[string]bool {
	w := map[string]bool{}
	add := func(s string) {
		for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !prose.IsWordRune(r) }) {
			if !prose.Stopwords[f] && !followStop[f] {
				w[f] = true
			}
		}
	}
	for _, pr := range md.facts.Projects {
		add(pr.Name)
	}
	for _, o := range md.facts.Orgs {
		add(o.Name)
		add(o.Acronym)
	}
	for _, p := range md.passages() {
		pf := md.src.PassageFacts(p)
		for _, pl := range pf.Places {
			add(pl.Name + " " + pl.AsWritten)
		}
		for _, c := range pf.Countries {
			add(c)
		}
	}
	return w
}

// topicOf is what prev asked about: its words that name things.
func (md *Model) topicOf(prev string) string {
	ew := md.entWords
	var out []string
	for _, f := range strings.Fields(prev) {
		if ew[normWordOf(f)] {
			out = append(out, strings.Trim(f, "?,.!"))
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "the " + strings.Join(out, " ")
}

// maxTopicWords is the longest rest of a question that is read whole as
// what it asked about.
const maxTopicWords = 8

// reBareQuestion is a reply that is a question word alone: "where?",
// "how much?".
var reBareQuestion = regexp.MustCompile(`(?i)^(?:when|where|who|why|how\s+(?:much|many|long))$`)

// whWords are the question words that open a question.
const whWords = `(?:when|where|who|whom|what|which|why|how\s+(?:much|many|long|far))`

// reWhOpening is a question's opening question word, without the
// auxiliary after it.
var reWhOpening = regexp.MustCompile(`(?i)^\s*` + whWords + `\b`)

// reQuestionOpening is a question word and the auxiliaries after it.
var reQuestionOpening = regexp.MustCompile(`(?i)^\s*(?:and\s+)?` + whWords + `(?:'s|\s+(?:is|was|were|are|did|does|do|will|has|have|had|would|should|can))*\s+`)

// reFactOf opens a question written as the fact it asks and "of": "start
// date of", "total cost of", "number of".
var reFactOf = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:[a-z-]+\s+)?(?:` + lexicon.Alt("fact nouns asked") + `)\s+of\s+`)

// topicPhrase is question q without its question word and auxiliaries:
// "the second board meeting" of "when was the second board meeting".
func topicPhrase(q string) string {
	rest := reQuestionOpening.ReplaceAllString(q, "")
	if rest == q {
		// "start date of the cold chain pilot", chat's question without
		// its question word: what follows the fact's noun and "of".
		if m := reFactOf.FindStringIndex(q); m != nil && m[1] < len(q) {
			return "the " + strings.TrimPrefix(strings.TrimRight(q[m[1]:], "?!. "), "the ")
		}
		return ""
	}
	// What prev said of it is not what it is: "construction start on the
	// drainage project" is about construction on the drainage project.
	// Nor are the words that framed prev's question ("originally",
	// "now"): the reply brings its own.
	var keep []string
	for _, w := range strings.Fields(strings.TrimRight(fixFramingTypos(rest), "?!. ")) {
		lw := strings.ToLower(w)
		if framing := questionStop[lw] && !prose.Stopwords[lw]; !framing && !eventEnd[lw] && !eventStart[lw] && !venueVerbs[lw] && !topicVerbs[lw] {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// dateCues are the words by which a question asks for the first or the
// changed date of a plan.
var dateCues = lexicon.Set("revised date question cues", "original date question cues", "plan question cues")

// withoutDateCues is q without the words that ask for a first or a
// changed date.
func withoutDateCues(q string) string {
	var keep []string
	for _, w := range strings.Fields(fixFramingTypos(q)) {
		if !dateCues[strings.ToLower(strings.Trim(w, "?!.,"))] {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// topicVerbs are what a question says happened to its topic, left out of
// the topic: "set up", "founded".
var topicVerbs = lexicon.Set("topic verbs")

// frameOf is what prev asked, without what it was about: "when will the
// vientiane water programme finish" asks "when will ... finish".
func (md *Model) frameOf(prev string) string {
	ew := md.entWords
	var out []string
	for _, f := range strings.Fields(prev) {
		if !ew[normWordOf(f)] {
			out = append(out, strings.Trim(f, "?!"))
		}
	}
	return strings.Join(out, " ")
}

// normWordOf is a typed word as the entity words hold it: lower case,
// without its punctuation or a possessive "'s".
func normWordOf(f string) string {
	f = strings.ToLower(strings.Trim(f, "?,.!;:\"“”()"))
	return strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
}

// topicRun is a stretch of prev that names one thing: entity words, with
// the small words a name holds between them.
type topicRun struct {
	start, end int // byte offsets in the question
	country    bool
	org        bool
}

// topicRuns finds the stretches of q that name things, in order.
func (md *Model) topicRuns(q string) []topicRun {
	var runs []topicRun
	inRun := false
	for _, m := range reFieldWord.FindAllStringIndex(q, -1) {
		w := normWordOf(q[m[0]:m[1]])
		switch {
		case md.entWords[w]:
			if inRun {
				runs[len(runs)-1].end = m[1]
			} else {
				runs = append(runs, topicRun{start: m[0], end: m[1]})
				inRun = true
			}
		case inRun && (w == "of" || w == "and" || w == "for"):
			// may join two halves of one name; the run ends here unless a
			// name word follows
		default:
			inRun = false
		}
	}
	for i := range runs {
		text := q[runs[i].start:runs[i].end]
		cs := md.src.CountriesAnyCase(text)
		runs[i].country = len(cs) == 1 && cs[0].Span.Start == 0 && cs[0].Span.End == len(text)
		runs[i].org = len(md.src.OrgMentions(text)) > 0 || len(md.src.OrgMentions(strings.ToUpper(text))) > 0
	}
	return runs
}

var reFieldWord = regexp.MustCompile(`[^\s?!,.;:]+`)

// swapTopic puts rest in place of the thing prev asked about: an
// organisation for an organisation ("and the CBTA?"), else the last thing
// that is not a country, since a country is more often the subject
// ("when did Cambodia join ASEAN").
func (md *Model) swapTopic(prev, rest string) (string, bool) {
	runs := md.topicRuns(prev)
	restOrg := len(md.src.OrgMentions(rest)) > 0 || len(md.src.OrgMentions(strings.ToUpper(rest))) > 0
	pick, other := -1, -1
	for i, r := range runs {
		switch {
		case restOrg && r.org:
			pick = i
		case !r.country:
			other = i
		}
	}
	// "and MRBI's?" after "what's Hoshino's share": a firm the documents
	// name only in full ("Hoshino Trading Corporation") stands for an
	// organisation too.
	if pick < 0 {
		pick = other
	}
	if pick < 0 {
		return "", false
	}
	r := runs[pick]
	return prev[:r.start] + rest + prev[r.end:], true
}

// withoutCountries is phrase without the countries it names.
func (md *Model) withoutCountries(phrase string) string {
	for _, m := range slices.Backward(md.src.CountriesAnyCase(phrase)) {
		phrase = phrase[:m.Span.Start] + phrase[m.Span.End:]
	}
	return strings.Join(strings.Fields(phrase), " ")
}

// isProject reports whether short names a project the documents give.
func (md *Model) isProject(short string) bool {
	_, ok := md.src.Project(short)
	return ok
}
