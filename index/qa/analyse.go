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

// analyse takes a question apart: what kind of answer it wants, its
// content words and the names it holds.
func (md *Model) analyse(question string) *asked {
	q := normaliseQuestion(strings.ToLower(prose.CleanQuery(question)))
	ent := md.questionEntities(q, prose.CleanQuery(question))
	q = md.canonicalPlaces(q)
	// "WHO status in mnsn": "WHO" in capitals is the organisation a
	// document names so, not the question word; it is read by its name.
	if reCapitalWho.MatchString(question) && !reLowerWho.MatchString(question) {
		for _, o := range ent.orgs {
			if o.Acronym == "WHO" {
				q = reWhoWord.ReplaceAllString(q, strings.ToLower(o.Name))
				break
			}
		}
	}
	kind := classify(q, len(ent.countries) > 0)
	// "did electronic filing go live in cambodia" asks of an act done in
	// a country, not whether one country is in another: with no body and
	// no word of membership, a question that ends "in" a country asks no
	// status.
	if kind == AskMember && len(ent.orgs)+len(ent.groups) == 0 && !reMemberWord.MatchString(q) && !reAskedStatus.MatchString(q) {
		if m := reInAtEnd.FindStringSubmatch(q); m != nil && len(md.src.CountriesAnyCase(m[1])) > 0 {
			kind = classify(q, false)
		}
	}
	// "whats TICA": a question that is only an organisation's acronym asks
	// what it stands for.
	if kind == AskOpen {
		if m := reWhatIsWord.FindStringSubmatch(q); m != nil {
			for _, o := range ent.orgs {
				if o.Acronym != "" && strings.EqualFold(o.Acronym, m[1]) && !o.General {
					kind = AskAcronym
				}
			}
		}
	}
	// "Trained in Phnom Penh" asks where something happened, which a
	// sentence about elsewhere in Cambodia does not say; "signed with
	// Manila" names a government by its seat.
	// "The Mandalay inspection centre", which a document names so, is
	// one thing of that place, not anything of its country.
	ent.placeByCountry = kind != AskWhere && !slices.ContainsFunc(ent.places, func(p corpus.Place) bool {
		return locativeBefore(q, p.Name) || md.placeNamesThing(question, p.Name) || md.placeLeftOut(p.Name)
	})
	aq := &asked{q: q, kind: kind, yesNo: yesNoAsked(q, ent.places), terms: md.questionTerms(q), ent: ent}
	aq.dropOrgAcronyms()
	md.dropCountryAliases(aq)
	// "What's PULAP meant to achieve": the words that ask for a purpose
	// frame the question; the sentence says it by "in order to".
	if kind == AskPurpose {
		aq.dropTerms(purposeFrame)
	}
	// "hw much grant aid overall": a word that asks the whole of a sum
	// or a count frames it, as "total" does; a sentence says it by
	// "in total" or not at all.
	if kind == AskMoney || kind == AskCount {
		aq.dropTerms(wholeFrame)
	}
	if strings.Contains(q, "how long") {
		switch kind {
		case AskCount:
			// "How long is the road section": "section" is what "how
			// long" asks the length of, not a word the sentence must hold.
			aq.dropTerms(lengthFrame)
		case AskWhen:
			// "How long did the mission last": "last" is the verb here,
			// and in "how long is the construction period" "period" is
			// what "how long" asks.
			aq.dropTerms(howLongFrame)
		}
	}
	return aq
}

// reCapitalWho is "WHO" in capitals, reLowerWho the question word as
// chat writes it, and reWhoWord either in a lower-cased question.
var (
	reCapitalWho = regexp.MustCompile(`\bWHO\b`)
	reLowerWho   = regexp.MustCompile(`\b(?:who|Who)\b`)
	reWhoWord    = regexp.MustCompile(`\bwho\b`)
)

// reInAtEnd is "in" and the words that end a question: "go live in
// cambodia?".
var reInAtEnd = regexp.MustCompile(`\bin\s+(?:the\s+)?([\p{L}\s'-]+?)\s*\??$`)

// yesNoAsked reports whether q asks yes or no: it opens with an
// auxiliary ("is", "can", "did"), but not with a place's name that begins
// with one ("can tho port loan amount").
func yesNoAsked(q string, places []corpus.Place) bool {
	m := reYesNoQ.FindStringIndex(q)
	// "Is Myanmar a member or an observer?" asks which status, not
	// whether; "or not", or "the grant or loan", still asks whether.
	if m == nil {
		// "luang prabang port works done?": chat's shorthand for
		// whether a thing reached a stage.
		return reStageShorthand.MatchString(q) && !reQuestionOpener.MatchString(q) && !reWhWord.MatchString(q)
	}
	// "is cambodia in AJWEC now - what status?" asks which status too.
	if statusChoiceAsked(q) || reWhichStatus.MatchString(q[m[1]:]) {
		return false
	}
	opener := strings.Fields(q[:m[1]])
	from := strings.LastIndex(q[:m[1]], opener[len(opener)-1])
	return !slices.ContainsFunc(places, func(p corpus.Place) bool {
		name := strings.ToLower(p.Name)
		return strings.Contains(name, " ") && strings.HasPrefix(q[from:], name)
	})
}

// reStageShorthand is a thing and the stage asked of it, with no opener:
// "port works done?", "loan cancelled yet?".
var reStageShorthand = regexp.MustCompile(`(?i)^\s*[\w&'’-]+(?:\s+[\w&'’-]+){0,6}?\s+(?:` + lexicon.Alt("done question words", "cancelled question words", "approved question words") + `)(?:\s+yet)?\s*\??\s*$`)

// reWhWord is a question word anywhere in a question: "in which barangays
// were the dikes finished" asks where, not whether.
var reWhWord = regexp.MustCompile(`\b(?:what|which|where|when|who|whom|whose|how|why)\b`)

// reWhichStatus asks which status, after a question that asks whether;
// reStatusWordAsked asks a status in any words ("myanmar's status in");
// reMoneyNounAsked is a noun of money.
var (
	reMoneyNounAsked  = regexp.MustCompile(`\b(?:` + lexicon.Alt("money nouns asked") + `)\b`)
	reWhichStatus     = regexp.MustCompile(`\b(?:what|which|wat)\s+(?:(?:membership|member)\s+)?status\b`)
	reStatusWordAsked = regexp.MustCompile(`\bstatus\b`)
)

// statusChoiceAsked reports whether q offers a status as the other of two
// ("a member or just observer?"): it asks which one holds.
func statusChoiceAsked(q string) bool {
	i := strings.LastIndex(q, " or ")
	if i < 0 {
		return false
	}
	// "or observer of the energy centre?": the body after the status is
	// what both are of.
	alt := q[i+4:]
	if m := reStatusOfBody.FindStringIndex(alt); m != nil {
		alt = alt[:m[0]]
	}
	rest := strings.Fields(strings.Trim(alt, " ?!."))
	return len(rest) > 0 && len(rest) <= maxAlternativeWords && reAskedStatus.MatchString(strings.Join(rest, " "))
}

// reStatusOfBody is the preposition that opens the body a status is of.
var reStatusOfBody = regexp.MustCompile(`\s(?:of|in|at|within|on|with|for)\s`)

// maxAlternativeWords is the most words after a question's last "or" for
// them to offer another status than its first ("or an observer?").
const maxAlternativeWords = 3

// howLongFrame are the words of a how-long question that say it asks a
// length, not what the length is of.
var howLongFrame = lexicon.Set("how long frame words")

// reWhatIsWord is "what is X" about one word, typed loosely: "wat is
// TICA", "whats asean-bac", "wht is A/P".
var reWhatIsWord = regexp.MustCompile(`^\s*(?:what|wat|wht|whats|what's|wats)(?:\s+(?:is|are|'s))?\s+(?:the\s+)?([\p{L}0-9-]+(?:/[\p{L}0-9-]+)*)\s*\??\s*$`)

// dropCountryAliases removes question words that only name a country in a
// form the documents never use ("nz"): the country itself is checked by
// entityFit, and an unknown word would count against every sentence.
func (md *Model) dropCountryAliases(aq *asked) {
	alias := map[string]bool{}
	for _, m := range md.src.CountriesAnyCase(aq.q) {
		for _, w := range prose.WordRE.FindAllString(strings.ToLower(aq.q[m.Span.Start:m.Span.End]), -1) {
			alias[w] = true
		}
	}
	var out []qterm
	for _, t := range aq.terms {
		if _, known := md.idf[t.stem]; known || !alias[t.word] {
			out = append(out, t)
		}
	}
	aq.terms = out
}

// asked is a question taken apart.
type asked struct {
	q      string
	kind   string
	yesNo  bool // the question asks yes or no
	terms  []qterm
	ent    entities
	note   string // what to tell the user when there is no answer
	refuse bool   // a rule found the documents do not answer it, whatever matches

	traps *trapAsk // what the trap rules read from the question, read once

	// figureKinds are the kinds of figure the question names ("target",
	// "actual"), read on first use (see columnKindBonus).
	figureKinds     map[string]bool
	figureKindsRead bool

	// covMemo is cov of each sentence weighed, for its terms as they are
	// once analyse returns.
	covMemo map[*sentenceRec]float64
	// wordStems are the stems of every word of the question, stop words
	// too, read on first use.
	wordStems map[string]bool
	// act is actAsked of the question, read once (see asked.actRe).
	act     *regexp.Regexp
	actRead bool
	// partWords is what a part-of-the-whole question asks the part to be
	// ("ODA loans"), or "" (see asked.partAsked).
	partWords string
	partRead  bool
	// termCountry maps the stem of each question word that names a
	// country to the country, read on first use.
	termCountry map[string]string
	// impliedBy is impliedHeld of each document weighed, made once.
	impliedBy map[*corpus.Document]func(qterm) bool
	// ownMemo is ownSpans of each sentence's facts of a kind, found once
	// a question: each of the facts asks for all of them.
	ownMemo map[ownKey][][2]corpus.Span
	// bodies are the membership bodies the question names by their own
	// words, read on first use.
	bodies map[string]bool
	// projectAsked is set, with bodies, when the words that would name a
	// body name a project better.
	projectAsked bool
}

// dropTerms removes the question words a set holds.
func (aq *asked) dropTerms(set map[string]bool) {
	aq.terms = slices.DeleteFunc(aq.terms, func(t qterm) bool { return set[t.word] })
}

// dropOrgAcronyms removes question words that only abbreviate a named
// organisation ("ajc"): the organisation itself is checked by entityFit.
func (aq *asked) dropOrgAcronyms() {
	acr := map[string]bool{}
	for _, o := range aq.ent.orgs {
		acr[strings.ToLower(o.Acronym)] = true
		// "jema-1" is typed as the words "jema" and "1".
		if letters, num, ok := strings.Cut(strings.ToLower(o.Acronym), "-"); ok && num != "" && strings.Trim(num, "0123456789") == "" {
			acr[letters], acr[num] = true, true
		}
		acr[strings.ToLower(prose.DerivedAcronym(o.Name))] = true
		acr[strings.ToLower(prose.KnownShortForm(o.Name))] = true
	}
	var out []qterm
	for _, t := range aq.terms {
		if !acr[t.word] || t.word == "" {
			out = append(out, t)
		}
	}
	aq.terms = out
}

// reQuantityAsked is "how much" and the word after it, which names what
// it measures ("how much rice") unless it is a verb ("how much did").
var reQuantityAsked = regexp.MustCompile(`\bhow\s+(much|big|large)\s+([a-z0-9]+)`)

// quantityVerbs are the words after "how much" that make it ask for money.
var quantityVerbs = lexicon.Set("auxiliaries", "who question auxiliaries")

// quantityAsked reports whether q asks how much of something it names.
func quantityAsked(q string) bool {
	m := reQuantityAsked.FindStringSubmatch(q)
	// "How big was the survey area": a size is no sum, whatever verb
	// follows; "how much was" asks one.
	return m != nil && (m[1] != "much" || !quantityVerbs[m[2]])
}

// reMoneyAsked is a word that asks for money itself: a "how much"
// question without one may ask for a quantity.
var reMoneyAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("money question words") + `)\b`)

// reMembersShorthand and reRoleShorthand are a chat's shorthand that ends
// on members or on a role, and the body it is of: "ajfmc founding
// members?", "naria chair?", "jica chief advisor at pral?", "jica
// chief advisor on the laos project?".
var (
	reMembersShorthand = regexp.MustCompile(`(?i)^\s*[\w&'-]+(?:\s+[\w&'-]+){0,3}?\s+(?:(?:` + lexicon.Alt("member list modifiers") + `)\s+)?members\s*\??\s*$`)
	reRoleShorthand    = regexp.MustCompile(`(?i)^\s*[\w&'-]+(?:\s+[\w&'-]+){0,3}\s+(?:` + lexicon.Alt("role heads") + `)(?:\s+(?:at|of|for|in|on)\s+(?:the\s+)?[\w&'-]+(?:\s+[\w&'-]+){0,2})?\s*\??\s*$`)
	// reRoleFirstShorthand opens on the role: "director of the AMKN
	// secretariat?".
	reRoleFirstShorthand = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:` + lexicon.Alt("role heads") + `)\s+(?:of|at|for)\s+(?:the\s+)?[\w&'-]+(?:\s+[\w&'-]+){0,3}\s*\??\s*$`)
)

// reRoleNameAsked asks the name of whoever holds a role: "whats the
// name of the cambodian health minister".
var reRoleNameAsked = regexp.MustCompile(`(?i)\bname\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:` + lexicon.Alt("role heads") + `)s?\b`)

// reQuestionOpener is a question word or an auxiliary that opens a
// question.
var reQuestionOpener = regexp.MustCompile(`(?i)^\s*(?:` + lexicon.Alt("question openers") + `)\b`)

// kindPatterns read what a question asks from its wording. They are tried
// in order and the first that matches wins, so the narrower come first.
var kindPatterns = []struct {
	kind string
	re   *regexp.Regexp
}{
	{AskAcronym, regexp.MustCompile(`\b(?:` + lexicon.Alt("acronym question words") + `|what does \S+ mean)\b|^\s*\S+\s*(=|\?)\s*\??\s*$`)},
	// "Why was the start date postponed" asks a reason, whatever it
	// names.
	{AskPurpose, regexp.MustCompile(`^\s*(?:so\s+|and\s+)?(?:why|y)\b`)},
	// "What's the US$20 million contribution for", "what will the WFP
	// money pay for": a question ending on "for" asks what a thing is
	// for, however much of it names a sum.
	{AskPurpose, regexp.MustCompile(`^\s*what\b.*\bfor\s*\??\s*$`)},
	// "What's the Riau grant supposed to supply": what a thing is meant
	// to do is its purpose, however much of it names a sum. Not "what
	// outputs is the project supposed to deliver", which names them.
	{AskPurpose, regexp.MustCompile(`^\s*what(?:'s|\s+is|\s+are|\s+was|\s+were)\s.*\b(?:` + lexicon.Alt("purpose aim phrases") + `)\s+(?:\w+\s*\??\s*$|\w+\s+(?:for|with|to)\b)`)},
	// "How long is the road section" asks a length, not a time.
	{AskCount, regexp.MustCompile(`\bhow long (?:is|was|will be|are|were) (?:the |its |it\b)?(?:[\w-]+ ){0,4}?` + lexicon.Alt("length nouns asked") + `s?\b`)},
	// "length of road upgraded?" asks it by the noun.
	{AskCount, regexp.MustCompile(`\blength of (?:the |its )?(?:[\w-]+ ){0,3}?` + lexicon.Alt("length nouns asked") + `s?\b`)},
	{AskCount, wordsRe("count question phrases")},
	{AskMoney, wordsRe("money question phrases")},
	// "total japanese assistance for pharma fy2007-fy2009?": a total of
	// money by its noun, or by the verb that sets it apart ("total japan
	// committed to"); "total pmda reviewer trainees" counts people, and
	// "total earmarked stocks" a quantity.
	{AskMoney, regexp.MustCompile(`^\s*(?:(?:what|how much)(?:'s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?)?(?:[a-z][\w-]*\s+)?(?:total|overall)\s+(?:\S+\s+){0,3}?(?:(?:` + lexicon.Alt("money nouns after total", "money nouns asked") + `)\b|(?:` + lexicon.Alt("allotting verbs asked") + `)(?:\s*\??$|\s+(?:to|for|in|on|by|since|between|from|over|under)\b))`)},
	{AskCount, regexp.MustCompile(`^\s*(?:what(?:'s|\s+is|\s+was)?\s+(?:the\s+)?)?(?:total|overall)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+s\b`)},
	// "What is the size of the Japanese grant for the flood project": the
	// size of a sum is the sum, whatever its "for".
	{AskMoney, regexp.MustCompile(`\bsize\s+of\s+(?:the\s+|its\s+|this\s+)?(?:\S+\s+){0,2}?(?:` + lexicon.Alt("sums sized") + `)\b`)},
	{AskWhen, regexp.MustCompile(`\b(?:` + lexicon.Alt("when question phrases") + `)\b|\b(?:what|which) (?:` + lexicon.Alt("time noun modifiers asked") + ` )?` + lexicon.Alt("time nouns asked") + `s?\b`)},
	// "Which vice-minister visited Aceh", "who is in command of the
	// helicopters": a person, by the role asked, not a list of members.
	// "Which Japanese official opened the forum": a person of a side, as
	// the verb after the noun says; not "which official document".
	{AskWho, regexp.MustCompile(`(?i)\bwhich\s+(?:(?:` + lexicon.Alt("role modifiers") + `)[\s-])?(?:` + lexicon.Alt("role heads") + `)\b|\bwho\s+(?:is|are|was|were)\s+in\s+(?:` + lexicon.Alt("roles after in") + `)\b|\bwhich\s+(?:\w+\s+)?(?:` + lexicon.Alt("person nouns asked") + `)s?\s+(?:\w+ed|` + lexicon.Alt("auxiliaries", "person verbs asked") + `)\b`)},
	// "ajfmc members?" asks for the members, "naria chair?" for who
	// holds the role.
	{AskCountries, reMembersShorthand},
	{AskWho, reRoleShorthand},
	{AskWho, reRoleFirstShorthand},
	// "whats the name of the cambodian health minister" asks who holds
	// the role, not what a passage says of it.
	{AskWho, reRoleNameAsked},
	{AskCountries, regexp.MustCompile(`\b` + lexicon.Alt("which spellings") + `\s+(?:\w+\s+)?` + lexicon.Alt("country list nouns asked") + `\b|\bwho (is|are) in\b|\bmembers of\b|\bwhich\b.*\bcountr|\blist (the )?(countries|members)\b|\bwhat are the \S+ countries\b|\bwhich are the\b|\bwho are the\b.*\b(?:countries|members|nations)\b`)},
	// "Which provinces founded the network": provinces and cities are
	// members too, and a list of them is a membership answer.
	{AskCountries, regexp.MustCompile(`\b(?:which|what)\s+(?:\w+\s+)?` + lexicon.Alt("member place nouns") + `\b.*\b` + lexicon.Alt("place membership question words") + `\b`)},
	{AskWhere, regexp.MustCompile(`\b(?:which|what)\s+(?:\w+\s+)?` + lexicon.Alt("place nouns asked") + `\b|\b` + lexicon.Alt("place question words") + `\b`)},
	// "Who can attend MPSOT courses", "who may apply": who is eligible
	// is said of a kind of people ("open to engineers of national
	// utilities"), which a sentence answers, not a name.
	{AskOpen, reEligibilityAsked},
	// "Which Japanese company made and laid AROC": an adjective may
	// stand before the noun.
	{AskWho, regexp.MustCompile(`\bwho\b|\bwhom\b|\b(?:which|what) (?:[a-z]+ )?` + lexicon.Alt("organisation nouns asked") + `\b|\bpartner\b`)},
	// "What is the budget for the technical cooperation part" asks a sum,
	// not a purpose, for all its "what is ... for".
	// "What is the viet nam government counterpart contribution for the
	// port": the sum's words may run to four before its noun.
	{AskMoney, regexp.MustCompile(`\bwhat (?:is|are|was|were) (?:the )?(?:\S+ ){0,4}?` + lexicon.Alt("money nouns asked") + `\b`)},
	// "What's the EU putting in", "what does Japan contribute": what a
	// party pays is a sum.
	// "What is Cambodia paying for land acquisition": the thing paid for
	// may follow.
	// Not "what are the factors contributing to delays": a cause.
	// "What does Myanmar pay each year as a member": how often, and as
	// what, may follow too.
	{AskMoney, rePayingAsked},
	// "What's budgeted for ATFFC in FY2017", "what's in the FY2021
	// supplementary budget for JADIT": what a budget holds is a sum,
	// not a purpose, for all its "what is ... for".
	{AskMoney, regexp.MustCompile(`^\s*what (?:is|are|was|were) (?:(?:` + lexicon.Alt("allotting verbs asked") + `)\b|in (?:the |its |this )?(?:\S+ ){0,3}?(?:` + lexicon.Alt("money nouns asked") + `)\b)`)},
	// "What's the grant for the Moc Bai and Bavet posts": a sum named by
	// its kind, then what it is for, asks the sum; "what is the grant
	// for?" ends on "for" and asks its purpose (above).
	{AskMoney, regexp.MustCompile(`^\s*what (?:is|are|was|were) (?:the |its |their )?(?:\S+ ){0,2}?(?:` + lexicon.Alt("sums asked by their kind") + `) for (?:the |a |an |its )?\S+`)},
	{AskPurpose, regexp.MustCompile(`\bwhat (?:is|are|was|were) .* for\b|\b` + lexicon.Alt("purpose question words") + `\b|\bwhat does .* ` + lexicon.Alt("purpose question verbs") + `\b`)},
	// "Vietnamese side contribution in dong?" ends on a currency, not on
	// a body.
	{AskMoney, regexp.MustCompile(`\bin\s+(?:` + lexicon.AltOf(slices.Sorted(maps.Keys(lexicon.Pairs("currency question words")))) + `)\s*\??$`)},
	// "Status in ASEAN?" ends on the body, not on a fiscal year ("in
	// fy2017?").
	{AskMember, regexp.MustCompile(`\b(is|are|was|has|have|did|does)\b.*\b` + lexicon.Alt("membership question verbs") + `\b|\bpart of\b|\bmember(ship)? status\b|\bmembership\b.*\bstatus\b|\bstatus\s+(?:in|with|at|within|on)\b|\bin (the )?(?:[^\s\df]\S*|f(?:[^\s\dy]\S*)?|fy(?:[^\s\d]\S*)?)\s*\??$`)},
	{AskMoney, regexp.MustCompile(`\b` + lexicon.Alt("money question fallbacks") + `\b|\bpercent`)},
	{AskOpen, regexp.MustCompile(`.`)},
}

// reScopeAsked asks what a thing takes in: "what does the loan cover".
var reScopeAsked = regexp.MustCompile(`^what\s+(?:does|do|did|will|would)\s+(?:\S+\s+){1,6}?(?:` + lexicon.Alt("scope verbs asked") + `)\s*\??\s*$`)

// reCauseAsked asks for causes by their noun: "what are the factors",
// "what were the reasons".
var reCauseAsked = regexp.MustCompile(`^\s*what\s+(?:is|are|was|were)\s+(?:the\s+)?(?:main\s+)?(?:` + lexicon.Alt("cause nouns asked") + `)\b`)

// reSayAbout asks what a text says about something.
var reSayAbout = regexp.MustCompile(`^\s*what\s+(?:does|do|did)\s+(?:the\s+)?\S+\s+(?:say|says|tell\s+us)\s+about\b`)

// reNumberedPlaceWord is a word that asks a place with a number after
// it, which makes it a name: "route 9", "route no. 5".
var reNumberedPlaceWord = regexp.MustCompile(`\b(?:` + lexicon.Alt("place question words") + `)\s+(?:no\.?\s*)?\d+\b`)

// wordsRe matches any entry of the sections as whole words.
func wordsRe(sections ...string) *regexp.Regexp {
	return regexp.MustCompile(`\b` + lexicon.Alt(sections...) + `\b`)
}

// rePayingAsked asks what a party pays: "what does Japan contribute",
// "what is Cambodia paying for land acquisition", "what does Myanmar pay
// each year as a member".
var rePayingAsked = regexp.MustCompile(`^\s*what (?:is|are|was|were|will|does|do|did) (?:the )?(?:[^\s]+ ){1,4}?(?:` + lexicon.Alt("paying verbs asked") + `)(?:\s+(?:(?:for|to|towards)\s+\S|(?:` + lexicon.Alt("how often words") + `)\b).*)?\s*\??\s*$`)

// reForYear is "for" and a year: "for fy2015", "for fiscal year 2015".
var reForYear = regexp.MustCompile(`\bfor\s+((?:fy\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d{2})\b`)

// classify reads what kind of answer the question wants. A membership
// question must name a country.
func classify(q string, namesCountry bool) string {
	// "What number WTO member was Cambodia" asks a membership's ordinal.
	// "brunei - member or observer of the centre?" asks which status.
	// "is cambodia in AJWEC now - what status?" asks which status too;
	// "what status is the incubator project?" asks no membership.
	if namesCountry && (reOrdinalAsked.MatchString(q) || statusChoiceAsked(q) || reYesNoQ.MatchString(q) && reWhichStatus.MatchString(q)) {
		return AskMember
	}
	// "Cost of Route 9 bridges": a place word with a number after it is
	// a name, which asks nothing.
	q = reNumberedPlaceWord.ReplaceAllString(q, " ")
	// "What was the allocation for FY2015" asks of a year, not a purpose.
	q = reForYear.ReplaceAllString(q, "in $1")
	// "What does the doc say about Japan's bilateral ODA" asks for what
	// the documents say, whatever words of a kind it holds.
	if reSayAbout.MatchString(q) {
		return AskOpen
	}
	// "What are the factors contributing to delays" asks causes.
	if reCauseAsked.MatchString(q) {
		return AskPurpose
	}
	// "What does the CCL loan cover", "what will the project involve":
	// what a thing takes in, however much of it names a loan.
	if strings.HasPrefix(q, "what ") && reScopeAsked.MatchString(q) {
		return AskOpen
	}
	for _, k := range kindPatterns {
		if k.kind == AskMember && !namesCountry {
			continue
		}
		// "japan's yearly contribution to the customs academy in KL?"
		// asks a sum: a question with a noun of money and no word of
		// membership asks no status. Not "fund", a body's head: "is laos
		// in the cultural fund?".
		if k.kind == AskMember && reMoneyNounAsked.MatchString(q) && !reMemberWord.MatchString(q) && !reStatusWordAsked.MatchString(q) {
			continue
		}
		// A chat's shorthand is a noun phrase ("naria chair?"): a
		// question that opens with a question word or an auxiliary
		// ("which country holds the chair?") is not one.
		if (k.re == reMembersShorthand || k.re == reRoleShorthand || k.re == reRoleFirstShorthand) && reQuestionOpener.MatchString(q) {
			continue
		}
		if k.re.MatchString(q) {
			return k.kind
		}
	}
	return AskOpen
}

var (
	// chatShorthand is what chat writes short ("w/", "what's") and the
	// words it stands for; reShorthand finds it as a word of its own,
	// before a space or a stop ("over the five yrs?").
	chatShorthand = lexicon.Pairs("chat shorthand")
	reShorthand   = regexp.MustCompile(`(?:^|\s)(?:` + lexicon.AltOf(slices.Sorted(maps.Keys(chatShorthand))) + `)(?:[\s?!.,;:]|$)`)
	reContracted  = regexp.MustCompile(`\b(when|where|what|who|how|which)s\b`)
	reNegatedAux  = regexp.MustCompile(`\b(is|are|was|were|do|does|did|has|have|had)n't\b`)
	reNotPartOf   = regexp.MustCompile(`(\b(?:isnt|arent|wasnt|werent|not)\s+(?:[\w-]+\s+){0,3}?)part\s+of\b`)
	reFYSpace     = regexp.MustCompile(`\bfy\s+(\d{4})\b`)
	reNumberSign  = regexp.MustCompile(`(^|\s)#\s*of\b`)
	reThousands   = regexp.MustCompile(`\b(\d{1,3})k\b`)
)

// purposeFrame are the words of a purpose question that frame it.
var purposeFrame = lexicon.Set("purpose question frame")

// valueFrame are the words by which a money question asks what a thing
// it names is worth.
var valueFrame = lexicon.Set("value frame words")

// wholeFrame are the words of a money or count question that ask the
// whole of it.
var wholeFrame = lexicon.Set("whole question frame")

// lengthFrame are the words of a length question that frame it.
var lengthFrame = lexicon.Set("length question frame")

// normaliseQuestion undoes chat shorthand that hides words: "whens" is
// "when is", "fy 2002" is "fy2002".
func normaliseQuestion(q string) string {
	q = strings.ReplaceAll(q, "’", "'")
	q = reShorthand.ReplaceAllStringFunc(q, func(m string) string {
		w := strings.TrimSpace(m)
		return strings.Replace(m, w, chatShorthand[w], 1)
	})
	// "long term experts": the compound the documents hyphenate, so the
	// noun after it is still the one counted.
	q = reCompoundApart.ReplaceAllStringFunc(q, func(m string) string { return strings.Join(strings.Fields(m), "-") })
	q = reContracted.ReplaceAllString(q, "$1 is")
	// "isn't" as chat types it, "isnt", which the lexicon's lists hold.
	q = reNegatedAux.ReplaceAllString(q, "${1}nt")
	// "why isn't laos part of the sdmi": a negated "part of" is "in".
	q = reNotPartOf.ReplaceAllString(q, "${1}in")
	// "# of sites?": the sign chat counts with, which the lexicon's
	// comments cannot hold.
	q = reNumberSign.ReplaceAllString(q, "${1}number of")
	q = strings.NewReplacer(" first ", " 1st ", " second ", " 2nd ", " third ", " 3rd ").Replace(" " + q + " ")
	q = strings.TrimSpace(q)
	// "the 40k trainees": thousands as chat writes them.
	q = reThousands.ReplaceAllString(q, "$1,000")
	q = fixFramingTypos(q)
	return reFYSpace.ReplaceAllString(q, "fy$1")
}

// reCompoundApart is a compound modifier written as two words: "long
// term", "full time".
var reCompoundApart = regexp.MustCompile(`\b(?:` + lexicon.Alt("compound modifiers written apart") + `)\b`)

// minFramingTypo is the shortest question word read as a typo of one of
// the question's framing words ("originaly" for "originally"): shorter
// words are too often another word one letter away.
const minFramingTypo = 8

// longFraming are the question stop words long enough to be corrected to.
var longFraming = func() []string {
	var out []string
	for w := range questionStop {
		if len(w) >= minFramingTypo && !strings.Contains(w, " ") {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}()

// fixFramingTypos spells the question's framing words as the lexicon
// does, so that a cue such as "originally" is read when typed
// "originaly".
func fixFramingTypos(q string) string {
	return reWordOnly.ReplaceAllStringFunc(q, func(w string) string {
		if len(w) < minFramingTypo || questionStop[w] {
			return w
		}
		for _, f := range longFraming {
			if prose.EditDistance(f, w, 2) == 1 {
				return f
			}
		}
		return w
	})
}

var reWordOnly = regexp.MustCompile(`\pL+`)

// canonicalPlaces rewrites old and alternative place names to the
// gazetteer's ("moulmein" -> "mawlamyine"), which sentence terms carry.
func (md *Model) canonicalPlaces(q string) string {
	pms := md.placesInQuestion(q)
	if len(pms) == 0 {
		return q
	}
	ws := strings.Fields(q)
	var out []string
	for i := 0; i < len(ws); {
		replaced := false
		for _, pm := range pms {
			if pm.from == i {
				out = append(out, strings.ToLower(pm.place.Name))
				i = pm.to
				replaced = true
				break
			}
		}
		if !replaced {
			out = append(out, ws[i])
			i++
		}
	}
	return strings.Join(out, " ")
}

// reLocativeEnd ends with a preposition that makes the name after it a
// place where something is or happens.
var reLocativeEnd = regexp.MustCompile(`\b(?:in|at|near|around|within|across)\s+(?:the\s+)?$`)

// reLocativeRest is what may follow a place a question puts after a
// locative preposition: the question's end, a preposition or a year. A
// noun after it makes the place part of a name ("in the Tokyo MOU").
var reLocativeRest = regexp.MustCompile(`^\s*(?:$|[?,.;!]|(?:in|on|for|and|or|by|during|since|from|to|under|with|between|last|this|next)\b|(?:fy\s?)?(?:19|20)\d\d\b)`)

// locativeBefore reports whether the question q puts the place it names
// as name after a locative preposition.
func locativeBefore(q, name string) bool {
	name = strings.ToLower(name)
	for from := 0; from < len(q); {
		i := strings.Index(q[from:], name)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(name)
		from = end
		// The name as whole words: "mon" is not in "monks".
		if start > 0 && prose.IsWordRune(rune(q[start-1])) || end < len(q) && prose.IsWordRune(rune(q[end])) {
			continue
		}
		return reLocativeEnd.MatchString(q[:start]) && reLocativeRest.MatchString(q[end:])
	}
	return false
}

// reThePlace and reNounAfterPlace are "the" before a place and the noun
// after it of a question that names a thing by its place: "the mandalay
// inspection centre".
var (
	reThePlace       = regexp.MustCompile(`\bthe\s+$`)
	reNounAfterPlace = regexp.MustCompile(`^\s+([a-z]{3,})\b`)
)

// placeNamesThing reports whether question names a thing by its place
// ("the mandalay inspection centre") as a document writes it ("the
// Mandalay inspection centre").
func (md *Model) placeNamesThing(question, name string) bool {
	q, name := strings.ToLower(question), strings.ToLower(name)
	i := strings.Index(q, name)
	if i < 0 || !reThePlace.MatchString(q[:i]) {
		return false
	}
	m := reNounAfterPlace.FindStringSubmatch(q[i+len(name):])
	if m == nil || prose.Stopwords[m[1]] {
		return false
	}
	phrase := name + " " + m[1]
	// The terms first: few sentences hold both words.
	first, second := stemTerm(prose.LastWord(name)), stemTerm(m[1])
	for _, rec := range md.sents {
		if rec.terms.has(first) && rec.terms.has(second) && hasPhrase(strings.ToLower(rec.text), phrase) {
			return true
		}
	}
	return false
}

// placeLeftOut reports whether a sentence leaves out the place named
// name: "Shan State ... is not covered by the loan". Its country does not
// stand for it then: what "the Myanmar side" bears is not Shan State's.
func (md *Model) placeLeftOut(name string) bool {
	return md.leftOutPlaces[name]
}

// readLeftOutPlaces are the places a sentence's clause leaves out, by
// name.
func (md *Model) readLeftOutPlaces() map[string]bool {
	out := map[string]bool{}
	for _, pl := range md.facts.Places {
		if out[pl.Name] || pl.Passage == nil {
			continue
		}
		rec := md.sentenceOf(pl.Passage, pl.Span)
		if rec == nil {
			continue
		}
		sp := corpus.Span{Start: pl.Span.Start - rec.span.Start, End: pl.Span.End - rec.span.Start}
		if sp.Start >= 0 && sp.End <= len(rec.text) && prose.Excludes(prose.ClauseOf(rec.text, sp)) {
			out[pl.Name] = true
		}
	}
	return out
}
