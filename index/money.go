package index

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/iaibot/iaibot/index/internal/geo"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// currencyTokens maps how prose writes a currency ("US$", "yen", "EUR",
// "baht") to its ISO 4217 code, from the currency tables: the hand-kept
// words first, in their order, so a shared symbol goes to the currency the
// genre uses most, then every code, then each unambiguous symbol.
var currencyTokens, currencyBefore, currencyAfter = func() (map[string]string, []string, []string) {
	byToken := map[string]string{}
	var before, after []string
	add := func(tok, code string) {
		k := strings.ToLower(tok)
		if _, taken := byToken[k]; taken || tok == "" {
			return
		}
		byToken[k] = code
		if isCode(tok) {
			return // matched as any three capitals, then looked up
		}
		// A short capitalised abbreviation is a symbol too: "Rp", "Rs".
		abbrev := len(tok) <= 3 && unicode.IsUpper([]rune(tok)[0])
		if strings.ContainsFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && r != '.' }) || tok == strings.ToUpper(tok) || abbrev {
			before = append(before, tok) // "US$", "¥", "RM", "Rp"
		}
		if tok != strings.ToUpper(tok) && !abbrev {
			after = append(after, tok) // "yen", "US dollars"
		}
	}
	t := geo.Load()
	for _, c := range t.Currencies {
		for _, w := range c.Words {
			add(w, c.Code)
		}
	}
	for _, c := range t.Currencies {
		byToken[strings.ToLower(c.Code)] = c.Code
	}
	symbolUsers := map[string]int{}
	for _, c := range t.Currencies {
		for _, s := range c.Symbols {
			symbolUsers[s]++
		}
	}
	for _, c := range t.Currencies {
		for _, s := range c.Symbols {
			if symbolUsers[s] == 1 && !strings.ContainsFunc(s, unicode.IsLetter) {
				add(s, c.Code)
			}
		}
	}
	return byToken, before, after
}()

// isCode says whether tok looks like an ISO 4217 code: three capitals.
func isCode(tok string) bool {
	if len(tok) != 3 {
		return false
	}
	for _, r := range tok {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

var (
	moneyNumber = `(\d+(?:,\d{3})*(?:\.\d+)?)`
	// A title writes the scale with a capital: "Worth ¥35.6 Million".
	moneyScale = `(?:\s*((?i:` + lexicon.Alt("number scales") + `))\b)?`
	// "US$1.2 million", "¥350 million", "EUR 450,000".
	// Codes are matched as any three capitals and kept only when the
	// tables know them: a long list of codes would slow every match.
	reMoneyPre = startRE(`(` + lexicon.AltOf(currencyBefore) + `|\b[A-Z]{3})\s?` + moneyNumber + moneyScale)
	// "6.8 billion yen", "1,350 million baht", "450,000 euros".
	reMoneyPost = startRE(`(?i)\b` + moneyNumber + `\s*(` + lexicon.Alt("number scales") + `)?\s*(` + lexicon.AltOf(currencyAfter) + `|(?-i:[A-Z]{3}))\b`)
)

// scale is what a scale word multiplies by.
var scale = func() map[string]float64 {
	out := map[string]float64{}
	for k, v := range lexicon.Pairs("number scale values") {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			panic("lexicon: number scale values: " + v)
		}
		out[k] = f
	}
	return out
}()

// currencyOf is the ISO 4217 code for a written currency token.
func currencyOf(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if c, ok := currencyTokens[s]; ok {
		return c
	}
	return noCurrency
}

// noCurrency is ISO 4217's code for "no currency": what currencyOf says of
// three capitals that are not a currency ("ADB 2 million" is no sum).
const noCurrency = "XXX"

var (
	reGiveVerbs    = regexp.MustCompile(`(?i)\b` + lexicon.Alt("giving verbs") + `\b`)
	reAuxiliary    = regexp.MustCompile(`(?i)^(?:\s|,|` + lexicon.Alt("auxiliaries") + `\b)*$`)
	reCountryParty = regexp.MustCompile(`(?i)^\s*(?:` + lexicon.Alt("country party nouns") + `)\b`)
	reEndsWithGive = regexp.MustCompile(`(?i)\b` + lexicon.Alt("giving verbs") + `\s+(?:the\s+)?$`)
	// reAbsoluteWith is "with" opening an absolute phrase at a clause's
	// edge: ", with the".
	reAbsoluteWith = regexp.MustCompile(`(?i)[,;]\s*with\s+(?:the\s+)?$`)
	// reRelativeGiver is a relative clause right after a sum whose
	// subject gives it: "that the Government of Japan set aside".
	reRelativeGiver = regexp.MustCompile(`^\s*(?:that|which)\s+(?:the\s+)?([^,;()]{1,80}?)\s+(?:(?:` + lexicon.Alt("auxiliaries") + `)\s+)?(?:` + lexicon.Alt("giving verbs") + `)\b`)
	rePassiveGive   = regexp.MustCompile(`(?i)^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:` + lexicon.Alt("passive auxiliaries") + `\s+)?(?:` + lexicon.Alt("giving verbs") + `)\s+(?:to\s+(?:the\s+)?\p{Lu}[\p{L}0-9-]*(?:\s+\p{Lu}[\p{L}0-9-]*){0,4}\s+)?(?:(?:` + lexicon.Alt("manner of bearing") + `)\s+)?by\s+$`)
)

// payerOf names who pays a sum, only where the grammar says so: the
// country or organisation that is the subject right before a giving verb
// whose object the sum is ("Japan will give ... ¥2.37 billion"), or the
// agent after a passive one ("US$5.4 million, financed by the ADB"). A sum
// merely sharing a sentence with a country is not credited to it.
// reFromPartyOf is "from <a party> of " right before a sum.
var reFromPartyOf = regexp.MustCompile(`\bfrom\s+(?:the\s+)?[A-Z][^,;()]{1,80}?\s+of\s+$`)

// What stands around a participle that gives nothing: the comma before
// it, the pronoun it gives to ("giving it"), the "with" of a passive
// ("funded with").
var (
	reCommaBefore   = regexp.MustCompile(`,\s*$`)
	rePronounObject = regexp.MustCompile(`^\s+(?:it|them)\b`)
	reWithNext      = regexp.MustCompile(`^\s+with\b`)
)

// reNewSubjectAfterAnd is "and" and an article before the last words
// ahead of a sum: a subject of its own ("and the Vietnamese side the
// equivalent of some"), not a continuation of the verb ("and of", "and a
// further").
var reNewSubjectAfterAnd = regexp.MustCompile(`(?i)\band\s+the\s+([\p{L}-]+)[^,;:]{0,60}$`)

// sameGiverWords, after "and the", go on with the same giver: "and the
// remaining ¥70 million".
var sameGiverWords = lexicon.Set("same giver words")

// newSubjectAfterAnd reports whether text ends in "and the ..." that opens
// a clause of its own, not the same giver's next part.
func newSubjectAfterAnd(text string) bool {
	m := reNewSubjectAfterAnd.FindStringSubmatch(text)
	return m != nil && !sameGiverWords[strings.ToLower(m[1])]
}

// reOwnTotal is a total its owner carries on: "its total contribution".
var reOwnTotal = regexp.MustCompile(`(?i)\b(?:its|their)\s+(?:[^\s,;.]+\s+){0,3}?total\b`)

// partsInBrackets reports whether text, after a party's name, opens with
// its part of a sum in brackets and names another party's part the same
// way: "(¥500 million) and the Council (¥280 million)".
func partsInBrackets(text string) bool {
	n := 0
	for _, m := range reBracketOpen.FindAllStringIndex(text, -1) {
		if !sumOpens(text[m[1]:]) {
			continue
		}
		if n == 0 && strings.TrimSpace(text[:m[0]]) != "" {
			return false
		}
		n++
	}
	return n >= 2
}

// reBracketOpen is an opening bracket and the spaces after it.
var reBracketOpen = regexp.MustCompile(`\(\s*`)

// sumOpens reports whether text opens with a sum of money, in any of the
// ways the documents write one.
func sumOpens(text string) bool {
	for _, re := range []*prose.StartRE{reMoneyPre, reMoneyPost} {
		if m := re.FindStringIndex(text); m != nil && m[0] == 0 {
			return true
		}
	}
	return false
}

// reAndOnly is nothing but "and" and commas.
var reAndOnly = regexp.MustCompile(`(?i)^[\s,]*(?:and\s*)?$`)

// lastSumBefore is where the last sum of money that ends before byte at
// of sent starts and ends.
func lastSumBefore(sent string, at int) (start, end int, ok bool) {
	for _, re := range []*prose.StartRE{reMoneyPre, reMoneyPost} {
		for _, m := range re.FindAllStringIndex(sent[:at], -1) {
			if m[1] <= at && (!ok || m[0] > start) {
				start, end, ok = m[0], m[1], true
			}
		}
	}
	return start, end, ok
}

// payerOf is who pays the sum at start:end of sent, as the sentence's
// grammar says, or "".
func (x *extraction) payerOf(sent string, start, end int) string {
	if name, ok := x.respectivePayer(sent, start, end); ok {
		return name
	}
	clause := clauseSpan(sent, start)
	before := sent[clause.Start:start]
	// "The Government of Cambodia provides 600 million riels for kitchens
	// and cooks, and 1.2 billion riels a year for provincial salt
	// inspectors": a sum right after "and", with no subject or verb of
	// its own, is given by the verb and subject of the sum before it.
	if reAndRightBefore.MatchString(sent[:start]) && reAndOnly.MatchString(before) {
		if ps, pe, ok := lastSumBefore(sent, start); ok {
			return x.payerOf(sent, ps, pe)
		}
	}
	// "The ADB contributed US$3 million, bringing the total resources of
	// the Fund to US$15 million": the total has no one payer. "Bringing
	// its total contribution to" is still the subject's own.
	if m := prose.TotalBroughtRE.FindString(sent[max(0, start-prose.TotalBroughtReach):start]); m != "" && !reOwnTotal.MatchString(m) {
		return ""
	}
	// "US$900,000 is borne by JALPF and US$500,000 by the Government of
	// Singapore": a sum after "and" whose verb is left out, with an agent
	// of its own after it as the first half has, is that agent's.
	// Only after a giving verb whose own agent is the last "by" before
	// the sum: "received by Cambodia and US$800,000 by Laos" names who
	// receives, and so does "provided by Japan ..., of which US$800,000
	// was received by Cambodia and US$400,000 by Laos".
	if vs := reGiveVerbs.FindAllStringIndex(sent[:start], -1); len(vs) > 0 && reAndRightBefore.MatchString(sent[:start]) && reByNext.MatchString(sent[vs[len(vs)-1][1]:start]) && len(reLastBy.FindAllStringIndex(sent[vs[len(vs)-1][1]:start], -1)) == 1 {
		if name := x.agentAfter(sent[end:]); name != "" {
			return name
		}
	}
	// "shared between JICA, which provides ¥1.13 billion, and JAIF, which
	// contributes the equivalent of US$2.5 million": the name a relative
	// clause hangs on gives what the clause's verb gives.
	if m := reRelativeOpen.FindStringIndex(sent[:clause.Start]); m != nil && reRelativeGive.MatchString(before) {
		// Not the object of a preposition: "signed a grant agreement with
		// Cambodia, which provides ¥500 million" is Japan's grant.
		if name, e, st := x.lastActorSpan(sent[:m[0]]); name != "" && reAgentTail.MatchString(sent[e:m[0]]) && !reObjectOfBefore.MatchString(sent[:st]) {
			return withOwner(sent[:st], name)
		}
	}
	// "shared between the JICA loan (18,739 million yen) and the Government
	// of the Philippines (¥8,031 million)": a sum in brackets right after a
	// party is that party's part.
	// "UNICEF's share, US$960,000": the owner of the share pays it.
	if m := rePossessivePart.FindStringIndex(before); m != nil {
		if name, e, _ := x.lastActorSpan(before[:m[0]]); name != "" && e == m[0] {
			return name
		}
	}
	// "a counterpart contribution from the Government of Myanmar of US$1.8
	// million": who a contribution comes from, right before its sum, pays
	// it, whoever the sentence's subject is.
	if m := reFromPartyOf.FindStringIndex(before); m != nil {
		party := strings.TrimSuffix(strings.TrimRight(before, " "), " of")
		if name, e, _ := x.lastActorSpan(party); name != "" && e >= m[0] {
			return name
		}
	}
	if m := reBracketedAfter.FindStringIndex(before); m != nil {
		if name, e, _ := x.lastActorSpan(before[:m[0]]); name != "" && rePartNoun.MatchString(before[e:m[0]]) {
			return name
		}
	}
	// "Japan will extend Emergency Grant Aid of ...": a capitalised
	// word inside a name is no verb.
	// "extend a grant of": after an article the word is a noun.
	// "EUR 300,000 from GIZ, giving it a combined budget of US$1.43
	// million": a participle after a comma that gives "it" tells what the
	// clause before came to; the name before the comma gives nothing.
	verbs := slices.DeleteFunc(reGiveVerbs.FindAllStringIndex(before, -1), func(v []int) bool {
		// "DELSA, funded with 1.2 billion yen from JAIF": a participle
		// after a comma with "with" is passive; what stands before it is
		// funded, it does not fund.
		// "the ... Project (CCIP), grant aid totalling ¥1.17 billion":
		// "grant aid" set beside a name after its comma is a noun, no
		// verb whose subject the name would be.
		return v[0] > 0 && unicode.IsUpper(rune(before[v[0]])) || reArticleBefore.MatchString(before[:v[0]]) ||
			reAidNounAfter.MatchString(before[v[1]:]) && reCommaBefore.MatchString(before[:v[0]]) ||
			strings.HasSuffix(before[v[0]:v[1]], "ing") && reCommaBefore.MatchString(before[:v[0]]) && rePronounObject.MatchString(before[v[1]:]) ||
			strings.HasSuffix(before[v[0]:v[1]], "ed") && reCommaBefore.MatchString(before[:v[0]]) && reWithNext.MatchString(before[v[1]:])
	})
	// "Japan provided US$2.8 million and Thailand, as co-donor, US$700,000":
	// the verb is left out of the second half, whose subject stands right
	// after "and".
	if m := reGapped.FindStringSubmatchIndex(before); m != nil && len(verbs) > 0 && verbs[0][1] <= m[0] {
		// "and the Islamic Development Bank (IsDB) US$3.3 million": the
		// short form in brackets after the name is the name's.
		// "and Japanese partners, including three trading companies and
		// JICA, about US$20.6 million": an "and" inside an aside that lists
		// members joins the members, not the sum's payers.
		cand := strings.TrimSuffix(before[m[2]:m[3]], reTrailingShortForm.FindString(before[m[2]:m[3]]))
		aside := before[strings.LastIndexAny(before[:m[0]], ",;(")+1 : m[0]]
		if name, e, s := x.lastActorSpan(cand); name != "" && s <= len("the ") && e == len(cand) && !reInclusiveAside.MatchString(aside) {
			return name
		}
	}
	for k := len(verbs) - 1; k >= 0; k-- {
		v := verbs[k]
		// "the Terminal Project in Cambodia, financed by a JICA loan of
		// ¥23.6 billion": before a passive verb stands what is paid for;
		// the payer is the agent after "by", when one is named there
		// ("co-financed by NEDA with 450 million baht and by Japan with
		// US$3.6 million").
		if reByNext.MatchString(before[v[1]:]) {
			return x.passiveAgent(before[v[1]:])
		}
		// "JICA provides ¥450 million and the Vietnamese side some ¥70
		// million": the verb's sum stands between, and this one has a
		// subject of its own that is no name; who pays it is not said
		// by the verb's subject.
		if after := before[v[1]:]; (reMoneyPre.MatchString(after) || reMoneyPost.MatchString(after)) && newSubjectAfterAnd(after) {
			return ""
		}
		head := before[:v[0]]
		name, end, start := x.lastActorSpan(head)
		// "Japan will give Laos grant aid": Laos, right after a giving
		// verb, is who receives, not the subject of "grant".
		// "the Thailand International Cooperation Agency (TICA) added":
		// the bracketed acronym stands between the payer and its verb.
		// "signed a loan agreement with the Government of Indonesia to
		// provide ¥18.7 billion": the party after "with" is the other
		// side of the agreement; the clause's subject provides.
		// "opened ... with Korean grant aid of US$2 million": the
		// verb's word before "aid of" is a noun too, and the name its
		// owner.
		// Only an owner written as one: "Japanese", "Japan's" or a body,
		// not "with Myanmar grant aid ... provided by Japan".
		aidOf := name != "" && reAidOfAfter.MatchString(before[v[1]:]) && (ownerForm(head[start:end], name) || bodyName(name))
		if name != "" && reWithBefore.MatchString(head[:start]) && (strings.HasSuffix(before[v[0]:v[1]], "ing") || aidOf) && strings.TrimSpace(partyRest(name, head[end:])) == "" &&
			(reAbsoluteWith.MatchString(head[:start]) || strings.HasPrefix(before[v[1]:], " of ") || aidOf) {
			// ", with Japan contributing US$3 million": an absolute
			// "with" at a clause's edge makes the name its participle's
			// subject, unlike "an agreement with X providing", whose X is
			// the other side. In "with Japanese funding of ¥250 million"
			// the word is a noun, and the name its owner.
			return name
		}
		if name != "" && reWithBefore.MatchString(head[:start]) {
			if subj, at := x.firstActor(head); subj != "" && subj != name && at <= maxSubjectOffset {
				return subj
			}
			return ""
		}
		if name != "" && reAuxiliary.MatchString(partyRest(name, head[end:])) && !reEndsWithGive.MatchString(head[:start]) {
			return name
		}
		if name != "" && reEndsWithGive.MatchString(head[:start]) {
			continue
		}
		// "Japan was of a view that ... and disbursed $98,520": a verb
		// joined by "and" shares the clause's subject.
		if reAndBefore.MatchString(head) {
			if name, at := x.firstActor(head); name != "" && at <= maxSubjectOffset {
				return name
			}
		}
		break
	}
	// "+ Royal Government of Cambodia (RGC) share approx. US$6.2 million":
	// in notes a party's part stands after its name, with no "'s" and no
	// verb. "JICA loan ¥2.5 billion, ADB co-financing US$18 million": so
	// does a body's loan or funding; "the Cambodia loan" is a loan to
	// Cambodia, and "an ODA loan" a kind of loan, so only a name with a
	// body's head word gives.
	//
	// Only a party that opens its item, as notes write it: "The Ministry
	// sought funding of" is no giver, and "with the UNICEF share" no list
	// of parts. A country's "share" is as often what is allotted to it
	// ("Cambodia share US$1.2 million" of a fund's allocations): only its
	// side's gives ("Lao side contribution").
	if name, e, st := x.lastActorSpan(before); name != "" && reItemOpens.MatchString(before[:x.nameStart(before, name, st)]) {
		country := slices.ContainsFunc(scanCountries(before), func(c geoMention) bool { return c.span.End == e })
		part := rePartAfterParty.FindStringSubmatch(before[e:])
		if part != nil && (!country && bodyName(name) || country && part[1] != "") || !country && bodyName(name) && rePartyFunds.MatchString(before[e:]) {
			return name
		}
	}
	after := sent[end:clause.End]
	// "drawn from the ¥1.2 billion that the Government of Japan set aside":
	// the subject of a relative clause on the sum, whose verb gives it.
	// Of several joint givers ("that Japan and Korea provided") none is
	// the payer alone.
	if m := reRelativeGiver.FindStringSubmatch(after); m != nil && !strings.Contains(m[1], " and ") && !strings.Contains(m[1], ",") {
		if name, e, s := x.lastActorSpan(m[1]); name != "" && e == len(m[1]) && s <= len("the ") {
			return name
		}
	}
	for _, sp := range []string{after} {
		if i := strings.Index(strings.ToLower(sp), " by "); i >= 0 && rePassiveGive.MatchString(sp[:i+4]) {
			if name, at := x.firstActor(sp[i+4:]); name != "" && at <= len("the ") {
				// "¥780 million is borne by the Government of Japan (¥500
				// million) and the Council (¥280 million)": each agent
				// pays the part in brackets after it, none the whole.
				// A breakdown of the one giver's sum by year ("(US$2 million
				// in each of FY2007 ...)") is no second party's.
				if k := strings.Index(sp[i+4:], name); k >= 0 && partsInBrackets(sp[i+4+k+len(name):]) {
					return ""
				}
				// "¥180 million, is borne by Japan and Malaysia": a sum
				// borne jointly is no one party's.
				if x.jointAgents(sp[i+4:]) {
					return ""
				}
				return name
			}
		}
	}
	return ""
}

// respectivePayer reads the payer of a sum listed in brackets with
// "respectively": "borne by Japan and Malaysia on a 60-40 basis (¥108
// million and ¥72 million respectively)" pays the k-th sum by the k-th
// party after the "by" or "between" before the bracket. ok says the
// sentence gives its sums so; the name is then empty when the parties do
// not pair off with the sums one to one, for no other rule reads them.
func (x *extraction) respectivePayer(sent string, start, end int) (string, bool) {
	open := strings.LastIndexByte(sent[:start], '(')
	if open < 0 || strings.ContainsAny(sent[open:start], ");") {
		return "", false
	}
	closing := strings.IndexByte(sent[end:], ')')
	if closing < 0 {
		return "", false
	}
	list := sent[open+1 : end+closing]
	if !reRespectivelyEnd.MatchString(list) {
		return "", false
	}
	k, n := -1, 0
	for _, m := range moneyIn(list) {
		if open+1+m[0] == start {
			k = n
		}
		n++
	}
	lead := sent[:open]
	if i := strings.LastIndexAny(lead, ";("); i >= 0 {
		lead = lead[i+1:]
	}
	// Only the agents of a giving verb pay ("borne by", "shared
	// between"): "hosted by", "received by" and "divided between" name
	// others, and the other rules read the sentence.
	by := reRespectiveAgents.FindAllStringIndex(lead, -1)
	if k < 0 || len(by) == 0 {
		return "", false
	}
	var parties []string
	for _, piece := range reListSplit.Split(lead[by[len(by)-1][1]:], -1) {
		name, _, at := x.lastActorSpan(piece)
		if name == "" || at > len("the ") && !reStateOrganOf.MatchString(piece[:at]) {
			break
		}
		parties = append(parties, name)
	}
	if len(parties) != n {
		return "", true
	}
	return parties[k], true
}

// jointAgents reports whether the agents after "by" are two or more
// parties joined by "and": "Japan and Malaysia on a 60-40 basis".
func (x *extraction) jointAgents(agents string) bool {
	pieces := reListSplit.Split(agents, 3)
	if len(pieces) < 2 {
		return false
	}
	for _, piece := range pieces[:2] {
		name, e, at := x.lastActorSpan(piece)
		if name == "" || at > len("the ") && !reStateOrganOf.MatchString(piece[:at]) {
			return false
		}
		// "borne by the Government of Japan and JICA implements the
		// courses": a party with a verb of its own opens a new clause.
		if !reJointTail.MatchString(piece[e:]) {
			return false
		}
	}
	return true
}

// reJointTail is what may follow a joint agent: the end, a bracket or a
// stop, or a phrase on how or when it bears the cost ("on a 60-40 basis",
// "in FY2019").
var reJointTail = regexp.MustCompile(`(?i)^\s*(?:$|[,.;:()]|(?:` + lexicon.Alt("prepositions before a place", "prepositions before an object") + `|respectively)\b)`)

// moneyIn is where text writes sums, in order, either way round.
func moneyIn(text string) [][]int {
	ms := append(reMoneyPre.FindAllStringIndex(text, -1), reMoneyPost.FindAllStringIndex(text, -1)...)
	slices.SortFunc(ms, func(a, b []int) int { return a[0] - b[0] })
	return ms
}

var (
	// reRespectivelyEnd is a bracketed list that ends in "respectively".
	reRespectivelyEnd = regexp.MustCompile(`,?\s+respectively\s*$`)
	// reRespectiveAgents opens the parties a list of sums pairs with: the
	// agents of a passive giving verb, or who a cost is shared between.
	reRespectiveAgents = regexp.MustCompile(`(?i)\b(?:(?:` + lexicon.Alt("giving verbs") + `)\s+(?:(?:` + lexicon.Alt("manner of bearing") + `)\s+)?by|shared\s+(?:(?:` + lexicon.Alt("manner of bearing") + `)\s+)?between)\s+`)
	// reStateOrganOf is what may stand before a country that is a party:
	// "the Government of", "the Embassy of".
	reStateOrganOf = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:royal\s+)?(?:` + lexicon.Alt("organs of a state") + `)\s+of\s+(?:the\s+)?$`)
	// reListSplit is what separates the items of a list.
	reListSplit = regexp.MustCompile(`\s*,\s*(?:and\s+)?|\s+and\s+`)
)

// partyRest is what stands between a payer's name and its verb, without
// brackets and without a noun that makes a country a party: "The Lao side
// contributes", "the Philippine Government will provide" are the
// country's.
func partyRest(name, rest string) string {
	rest = strings.TrimLeft(reParens.ReplaceAllString(rest, ""), ")")
	if m := reCountryParty.FindStringIndex(rest); m != nil && gaz.countryByAlias[prose.Fold(name)] == name {
		rest = rest[m[1]:]
	}
	return rest
}

// withOwner is name with the country whose possessive stands right
// before it ("Indonesia's Ministry of State Secretariat"), as written:
// the ministry alone would not say whose it is.
func withOwner(before, name string) string {
	m := rePossessiveEnd.FindStringSubmatchIndex(before)
	if m == nil {
		return name
	}
	for _, c := range scanCountries(before[m[2]:m[3]]) {
		if c.span.Start == 0 && c.span.End == m[3]-m[2] {
			return before[m[2]:] + name
		}
	}
	return name
}

// rePossessiveEnd is a capitalised name's possessive ending the text.
var rePossessiveEnd = regexp.MustCompile(`(\p{Lu}[\p{L}\s-]*?)['’]s\s+$`)

var (
	// reObjectOfBefore ends with a preposition whose object the next
	// name is.
	reObjectOfBefore = regexp.MustCompile(`(?i)\b(?:with|to|into)\s+(?:the\s+)?$`)
	// reRelativeOpen is the comma and relative pronoun a clause opens
	// with, at the end of the text before it.
	reRelativeOpen = regexp.MustCompile(`,\s+(?:which|who)\s*$`)
	// reRelativeGive is a relative clause's own giving verb, right before
	// its sum: "provides", "will contribute the equivalent of".
	reRelativeGive = regexp.MustCompile(`(?i)^\s*(?:(?:` + lexicon.Alt("auxiliaries") + `)\s+|\w+ly\s+)*(?:` + lexicon.Alt("giving verbs") + `)\s+(?:the\s+equivalent\s+of\s+|(?:` + lexicon.Alt("rounding qualifiers") + `)\s+)?$`)
	// rePossessivePart is a possessive's part right before a sum.
	// "Japan's cumulative assistance to Cambodia amounted to": an
	// owner's aid, with up to two words before it and the one it went to
	// after, comes to the sum.
	rePossessivePart = regexp.MustCompile(`(?i)(?:'s|’s)\s+(?:own\s+)?(?:share|contribution|part|portion)\s*(?:,|:|is|was|of|comes to|came to)?\s*$|(?:'s|’s)\s+(?:[a-z]+\s+){0,2}(?:` + lexicon.Alt("possessed aid nouns") + `)(?:\s+to\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?\s+(?:` + lexicon.Alt("coming-to verbs") + `)\s+(?:` + lexicon.Alt("sum hedges") + `\s+)?$`)
	// rePartAfterParty is a party's part named right after the party, as
	// notes write it: "RGC share approx.", "Lao side contribution".
	rePartAfterParty = regexp.MustCompile(`(?i)^\)?\s*(?:\([^()]*\)\s*)?(side\s+)?(?:own\s+)?(?:` + lexicon.Alt("party part nouns") + `)\s*(?:` + lexicon.Alt("sum hedges") + `\s+)?$`)
	// reItemOpens is what may stand before a party that opens an item of
	// notes: nothing, or a list's break ("JICA loan ¥2.5 billion, ADB
	// co-financing").
	reItemOpens = regexp.MustCompile(`(?:^|[,;→+]|\band)\s*(?:the\s+)?$`)
	// rePartyFunds is the money an organisation puts in, named right after
	// it: "JICA loan", "ADB co-financing", "EU parallel funding of".
	// "World Bank credit is US$15 million": a copula may stand before
	// the sum.
	rePartyFunds = regexp.MustCompile(`(?i)^\)?\s*(?:\([^()]*\)\s*)?(?:` + lexicon.Alt("party funding modifiers") + `\s+)?(?:` + lexicon.Alt("party funding nouns") + `)\s*(?:(?:of|is|was)\s+)?(?:` + lexicon.Alt("sum hedges") + `\s+)?$`)
	// reAidOfAfter is "aid of" after a giving verb's word, which makes
	// the word a noun: "grant aid of".
	// reAidNounAfter is "aid" right after a giving word, which makes
	// the two one noun: "grant aid".
	reAidNounAfter = regexp.MustCompile(`(?i)^\s+aid\b`)
	reAidOfAfter   = regexp.MustCompile(`(?i)^\s+(?:aid|assistance)\s+of\s+(?:(?:` + lexicon.Alt("sum hedges") + `)\s+)?$`)
	// reBracketedAfter is an opening bracket right before a sum.
	reBracketedAfter = regexp.MustCompile(`\s*\(\s*$`)
	// rePartNoun is what may stand between a party and its bracketed sum:
	// "the JICA loan (...)".
	rePartNoun = regexp.MustCompile(`(?i)^\s*(?:'s\s+)?(?:loan|grant|share|contribution|portion|part|side|funds?)?\s*$`)
)

var (
	// reByNext is "by" right after a verb, with an adverb between.
	reByNext = regexp.MustCompile(`(?i)^\s+(?:\w+ly\s+)?by\b`)
	// reLastBy finds each "by" of a passive verb's agents.
	reLastBy = regexp.MustCompile(`(?i)\bby\s+`)
	// reAgentTail is what may follow the agent before its sum: its
	// bracketed short name, a comma, "with".
	reAgentTail = regexp.MustCompile(`(?i)^\)?\s*(?:\([^()]*\)\s*)?,?\s*(?:with\s+)?$`)
)

// passiveAgent is the payer a passive giving verb names after "by": the
// last agent before the sum, when the sum follows it directly ("by Japan
// with US$3.6 million"); empty when the agent is something else ("by a
// loan of").
func (x *extraction) passiveAgent(rest string) string {
	ms := reLastBy.FindAllStringIndex(rest, -1)
	if len(ms) == 0 {
		return ""
	}
	agent := rest[ms[len(ms)-1][1]:]
	name, e, s := x.lastActorSpan(agent)
	if name == "" || strings.ContainsAny(agent[:s], ",;") || !reAgentTail.MatchString(agent[e:]) {
		return ""
	}
	return name
}

// reAndRightBefore is "and" right before a sum.
var reAndRightBefore = regexp.MustCompile(`(?i)\band\s+$`)

// reByAfter is "by" right after a sum, and the stretch up to the clause's
// end that names its agent.
var reByAfter = regexp.MustCompile(`(?i)^\s+by\s+([^,;.]+)`)

// agentAfter is the payer "by" names right after a sum, when the stretch
// after "by" is one name and nothing more ("by the Government of
// Singapore."), or "".
func (x *extraction) agentAfter(after string) string {
	m := reByAfter.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	agent := strings.TrimSpace(m[1])
	name, e, s := x.lastActorSpan(agent)
	if name == "" || s > len("the ") || strings.TrimSpace(agent[e:]) != "" && !reAgentTail.MatchString(agent[e:]) {
		return ""
	}
	return name
}

// reArticleBefore is an article or determiner right before a word, which
// makes it a noun: "a grant", "the loan".
var reArticleBefore = regexp.MustCompile(`(?i)\b(?:a|an|the|its|their|this|that|these|those|each|every)\s+$`)

// reToRecipient is what stands between a sum and whom it goes to: its
// conversion in brackets, a verb of its going ("went"), "to" or "for",
// "the".
var reToRecipient = regexp.MustCompile(`(?i)^\)?\s*(?:\([^()]*\)\s*)?(?:(?:` + lexicon.Alt("sum to recipient verbs") + `)\s+)?(to|for)\s+(?:the\s+)?`)

// recipientOf is the country or organisation a sum goes to, named right
// after it: "US$200,000 to the Republic of Palau", "¥1 billion (about
// US$9 million) for Laos", "US$12 million to the World Food Programme
// (WFP)". after is the sentence's text after the sum.
func (x *extraction) recipientOf(after string) string {
	m := reToRecipient.FindStringSubmatchIndex(after)
	if m == nil {
		return ""
	}
	rest := after[m[1]:]
	orgs, geos := x.mentions(rest)
	for i, g := range geos {
		// "for Cambodia, Laos and Vietnam" goes to the three; no one of
		// them is the recipient.
		if g.span.Start == 0 && i+1 < len(geos) && reListJoint.MatchString(rest[g.span.End:geos[i+1].span.Start]) {
			return ""
		}
		// "for Vietnamese suppliers" names the suppliers, not a country.
		if g.span.Start == 0 && !g.isGroup && reAfterRecipient.MatchString(rest[g.span.End:]) {
			return g.name
		}
	}
	// An organisation a sum goes "to"; "for the ... Project (WRGPP)" is
	// what it pays for.
	if strings.EqualFold(after[m[2]:m[3]], "to") {
		for _, o := range orgs {
			if o.span.Start == 0 {
				return o.name
			}
		}
	}
	return ""
}

// ownerForm reports whether a party is written as an owner: a possessive
// ("Japan's") or an adjective of its own ("Japanese", "Korean"), not its
// bare name.
func ownerForm(written, name string) bool {
	if prose.Possessive(written) {
		return true
	}
	w := strings.ToLower(written)
	return written != name && !strings.Contains(w, " ") && reDemonymEnd.MatchString(w)
}

// reDemonymEnd is how a country's adjective ends in English.
var reDemonymEnd = regexp.MustCompile(`(?:ese|ian|ean|ish|ine|i)$`)

// reListJoint is what joins the names of a list: a comma, "and", "or".
var reListJoint = regexp.MustCompile(`^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?$`)

// reAfterRecipient is what may follow a recipient's name: the end of a
// clause or a small word, not the noun a demonym qualifies.
var reAfterRecipient = regexp.MustCompile(`^\s*(?:$|[,.;:()]|(?:for|to|in|with|and|under|through|by|from|on|at|over|as|which|who|whose|until|between)\b)`)

// reInclusiveAside opens an aside that lists members of what stands
// before it.
var reInclusiveAside = regexp.MustCompile(`(?i)^\s*(?:` + lexicon.Alt("inclusive aside openers") + `)\b`)

// reTrailingShortForm is a bracket that ends a name: " (IsDB)".
var reTrailingShortForm = regexp.MustCompile(`\s*\([^()]*\)\s*$`)

// reGapped is "and X" (with an aside) right before a sum whose verb is
// left out.
// "and Malaysia the rest, some RM 27 million": the part it pays and a
// rounding word may stand between.
var reGapped = regexp.MustCompile(`(?i)\band\s+((?:the\s+)?[^,;]{2,60}?)(?:\s+(?:pays\s+|bears\s+|meets\s+)?the\s+(?:rest|remainder|balance))?(?:,\s+[^,;]{1,40},)?,?\s*(?:(?:` + lexicon.Alt("rounding qualifiers") + `|some)\s+)?$`)

// reWithBefore is "with" right before a party: the other side of an
// agreement.
var reWithBefore = regexp.MustCompile(`(?i)\bwith\s+(?:the\s+)?$`)

// reAndBefore ends with "and" and what may stand between it and a verb.
var reAndBefore = regexp.MustCompile(`(?i)\band\s+(?:(?:also|then|further)\s+)?$`)

// maxSubjectOffset is how far into a clause its subject may start: past a
// short opening such as "In FY2003" or "On 2 May,", not deep in the clause.
const maxSubjectOffset = 24

// lastActorSpan is the last country or organisation named in s, with
// where its name ends and starts.
func (x *extraction) lastActorSpan(s string) (name string, end, start int) {
	end = -1
	for _, o := range x.orgMentions(s) {
		if o.span.End > end {
			name, end, start = o.name, o.span.End, o.span.Start
		}
	}
	for _, c := range scanCountries(s) {
		if c.span.End > end {
			name, end, start = c.name, c.span.End, c.span.Start
		}
	}
	return name, end, start
}

// firstActor is the first country or organisation named in s and where it
// starts.
func (x *extraction) firstActor(s string) (string, int) {
	name, at := "", len(s)+1
	for _, o := range x.orgMentions(s) {
		if o.span.Start < at {
			name, at = o.name, o.span.Start
		}
	}
	for _, c := range scanCountries(s) {
		if c.span.Start < at {
			name, at = c.name, c.span.Start
		}
	}
	return name, at
}

// reAmountClauseBreak ends a clause: a semicolon, a colon, or a comma before a
// conjunction or a relative word.
// The arrow and plus of notes break one too: "Total cost ¥3.9 billion →
// JICA grant ¥3.2 billion + RGC share US$6.2 million".
var reAmountClauseBreak = regexp.MustCompile(`;|:|→|\s\+\s|,\s+(?:and|which|who|of which|` + lexicon.Alt("contrast conjunctions") + `)\b`)

// clauseSpan is the clause of sent around byte offset at.
func clauseSpan(sent string, at int) Span {
	sp := Span{Start: 0, End: len(sent)}
	for _, m := range reAmountClauseBreak.FindAllStringIndex(sent, -1) {
		if m[1] <= at {
			sp.Start = m[1]
		} else if m[0] >= at {
			sp.End = m[0]
			break
		}
	}
	return sp
}

// bodyName reports whether an organisation's name, short form aside, has
// a body's head word: "Asian Development Bank (ADB)", "Royal Government
// of Cambodia", "Japan Bank for International Cooperation", not "Official Development Assistance (ODA)".
func bodyName(name string) bool {
	name, _, _ = strings.Cut(name, " (")
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	if orgHeadWordsSet[strings.ToLower(ws[len(ws)-1])] {
		return true
	}
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i+1] == "of" || ws[i+1] == "for") && orgHeadWordsSet[strings.ToLower(ws[i])] {
			return true
		}
	}
	return false
}

// nameStart is where the name of the organisation name, which
// lastActorSpan found at st in s, starts: its long form, when its short
// form in brackets ("Asian Development Bank (ADB)") is what was found.
func (x *extraction) nameStart(s, name string, st int) int {
	for _, o := range x.orgMentions(s) {
		if o.name == name && o.span.Start < st {
			st = o.span.Start
		}
	}
	return st
}
