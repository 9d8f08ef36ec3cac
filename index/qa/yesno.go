package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Yes-or-no questions about membership ("is Singapore a member of the
// Institute?", "did India leave AMSIC?") are answered "Yes" or "No" from
// every status the documents give the country in that organisation, then
// the status that decides it, quoted.

var (
	reYesNoQ      = regexp.MustCompile(`^\s*(?:so\s+|and\s+)?` + lexicon.Alt("yes-no question openers") + `\b`)
	askedStatuses = lexicon.Pairs("asked membership status")
	reAskedStatus = regexp.MustCompile(`\b(?:` + lexicon.AltOf(keys(askedStatuses)) + `)s?\b`)
	reMemberWord  = regexp.MustCompile(`\b` + lexicon.Alt("membership words") + `\b`)
	reMemberAsk   = regexp.MustCompile(`\b` + lexicon.Alt("membership words", "membership question words") + `\b`)
)

// exclusionEvidence ranks a sentence that expressly excludes the country
// above one that merely pays another: the exclusion is what the question
// turns on.
const exclusionEvidence = 0.2

// askedStatusOf is the membership status question q asks for by name
// ("founded", "withdrew", "observer"), or "".
func askedStatusOf(q string) string {
	// "Did Thailand join the network after it was founded" asks of a
	// joining after the founding, not of a founder.
	if reJoinEventAsked.MatchString(q) && reAfterFounding.MatchString(q) {
		return corpus.StatusJoined
	}
	if m := reAskedStatus.FindString(q); m != "" {
		return askedStatus(m)
	}
	return ""
}

// reAfterFounding is a time after a body's founding: "after it was
// founded", "since its establishment".
var reAfterFounding = regexp.MustCompile(`\b(?:` + lexicon.Alt("later joining words") + `)\s+(?:it|its|the\s+[a-z]+)\s+(?:was\s+|were\s+)?(?:` + lexicon.Alt("founding nouns and verbs asked") + `)\b`)

// askedStatus is the status a match of reAskedStatus names, plural or not:
// "observers" asks for observers.
func askedStatus(m string) string {
	if st, ok := askedStatuses[m]; ok {
		return st
	}
	return askedStatuses[strings.TrimSuffix(m, "s")]
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// answerBodyStatusYesNo answers "is INTERPOL an observer at SENDEA" from
// the status the documents give one organisation in another: yes when it
// is the one asked, else no, with the status it has.
func (md *Model) answerBodyStatusYesNo(aq *asked) (Answer, bool) {
	if !aq.yesNo || len(aq.ent.orgs) != 2 {
		return Answer{}, false
	}
	want := askedStatusOf(aq.q)
	if want == "" {
		if !reMemberWord.MatchString(aq.q) {
			return Answer{}, false
		}
		want = corpus.StatusMember
	}
	a, b := aq.ent.orgs[0], aq.ent.orgs[1]
	m, ok := md.bodyMembership(b, a)
	if !ok {
		if m, ok = md.bodyMembership(a, b); !ok {
			return Answer{}, false
		}
	}
	rec := md.sentenceOf(m.Passage, m.Span)
	if rec == nil {
		return Answer{}, false
	}
	yes := m.Status == want || want == corpus.StatusMember && (m.Status == corpus.StatusJoined || m.Status == corpus.StatusFounding)
	word, line := polarity(!yes)
	ans := answerFrom(rec, word, line+prose.Clip(rec.text, quoteRunes), m.Span)
	ans.Found, ans.Kind = true, AskMember
	return ans, true
}

// answerMemberYesNo answers a yes-or-no membership question, or reports
// false when the question is not one or the documents give the country no
// status in the organisation asked about.
func (md *Model) answerMemberYesNo(aq *asked) (Answer, bool) {
	decided, yes, ok := md.memberDecision(aq)
	if !ok {
		return Answer{}, false
	}
	rec := md.sentenceOf(decided.Passage, decided.Span)
	if rec == nil {
		return Answer{}, false
	}
	word, line := "no", "No — "
	if yes {
		word, line = "yes", "Yes — "
	}
	// "Is China in the MHRI?" of an observer: the status is the fact asked
	// for, and "no" alone would hide it. "Is it a member", "has it
	// joined", "did it join" ask whether it is in and get the bare no,
	// the status following on its line; "will it join", "has it been
	// asked to join" ask of a plan or an invitation, which the status
	// answers.
	if !yes && !reAskedStatus.MatchString(aq.q) && statusBetween[corpus.StatusKey(decided.Status)] && !(reMembershipHeld.MatchString(aq.q) && !reWillJoin.MatchString(aq.q) && !reAskedToJoin.MatchString(aq.q)) {
		word = decided.Status
	}
	// A suspended member is neither plainly in nor out, whatever is asked.
	if decided.Status == corpus.StatusSuspended {
		word, line = decided.Status, prose.UpperFirst(decided.Status)+" — "
	}
	line += statusSentence(decided)
	if decided.Date != nil {
		line += " (" + decided.Date.Resolved() + ")"
	}
	a := answerFrom(rec, word, line, decided.Span)
	a.Found, a.Kind = true, AskMember
	return a, true
}

var (
	// statusBetween are the statuses that are neither in nor out: an
	// observer, a country invited, one that intends to join.
	statusBetween = lexicon.Set("statuses between member and not")
	// reMembershipHeld asks whether a country is in a body, by the
	// words of membership: "a member", "has joined", "did it join".
	reMembershipHeld = regexp.MustCompile(`\b(?:` + lexicon.Alt("membership held words") + `)\b|\bdid\b.*\b(?:` + lexicon.Alt("joining verbs") + `)\b`)
	// reAskedToJoin asks of an invitation: "been asked to join".
	reAskedToJoin = regexp.MustCompile(`\b(?:` + lexicon.Alt("invitation words") + `)\b`)
)

// otherBodyHeadAsked reports whether q names a body's head noun
// ("committee", "board") that org's name does not hold.
func otherBodyHeadAsked(q, org string) bool {
	name := strings.ToLower(org)
	for _, w := range strings.Fields(strings.ToLower(q)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "?.,!"), "'s"), "’s")
		if !bodyHeadWords[w] || strings.Contains(name, w) {
			continue
		}
		// "center" names the Centre, "organization" the Organisation.
		if alt := spellingVariant(w); alt != "" && strings.Contains(name, alt) {
			continue
		}
		return true
	}
	return false
}

// spellingVariant is w in the other spelling of English, or "".
func spellingVariant(w string) string {
	switch {
	case strings.HasSuffix(w, "tre"):
		return strings.TrimSuffix(w, "tre") + "ter"
	case strings.HasSuffix(w, "ter"):
		return strings.TrimSuffix(w, "ter") + "tre"
	case strings.Contains(w, "isation"):
		return strings.Replace(w, "isation", "ization", 1)
	case strings.Contains(w, "ization"):
		return strings.Replace(w, "ization", "isation", 1)
	}
	return ""
}

// bodyHeadWords are the head nouns of bodies one belongs to, lower case.
var bodyHeadWords = lexicon.Set("bodies joined as it")

// memberDecision reads a yes-or-no membership question: the status that
// decides it and whether the answer is yes. It reports false when the
// question is not one or the documents give the country no status in the
// organisation asked about.
// hasMembers reports whether a body the question names has members the
// documents list.
func (md *Model) hasMembers(aq *asked) bool {
	return slices.ContainsFunc(md.facts.Memberships, func(m corpus.Membership) bool { return md.orgAsked(aq, m.Org) })
}

func (md *Model) memberDecision(aq *asked) (decided corpus.Membership, yes, ok bool) {
	signAsked := reSignAsked.MatchString(aq.q)
	if !aq.yesNo || md.membersAsked(aq) != 1 || aq.kind != AskMember && !reMemberAsk.MatchString(aq.q) && !reAskedStatus.MatchString(aq.q) && !signAsked {
		return decided, false, false
	}
	want := corpus.StatusMember
	if st := askedStatusOf(aq.q); st != "" {
		want = st
	} else if signAsked {
		want = corpus.StatusSigned
	} else if aq.kind != AskMember && !reMemberAsk.MatchString(aq.q) {
		return decided, false, false
	}
	// "Is Laos in the Centre?" needs the organisation named; "is Vientiane
	// in Laos?" is not about membership at all.
	if len(aq.ent.orgs) == 0 && len(aq.ent.groups) == 0 && !reMemberWord.MatchString(aq.q) && !reAskedStatus.MatchString(aq.q) {
		return decided, false, false
	}
	// "Is Cambodia in the Centre's cost sharing?" asks of money, which no
	// membership says.
	if reMoneyNounAsked.MatchString(aq.q) {
		return decided, false, false
	}
	var ms []corpus.Membership
	orgs := map[string]bool{}
	for _, m := range md.facts.Memberships {
		// "Is Laos part of the JAIF budget committee?" asks of a body
		// whose head the status's body does not have.
		if otherBodyHeadAsked(aq.q, m.Org) {
			continue
		}
		if md.memberAsked(aq, m.Country) && md.orgAsked(aq, m.Org) {
			ms = append(ms, m)
			orgs[m.Org] = true
		}
	}
	// With no organisation named, a country in two says nothing certain.
	if len(ms) == 0 || len(orgs) > 1 {
		return decided, false, false
	}
	by := map[string]corpus.Membership{}
	for _, m := range ms {
		if _, ok := by[m.Status]; !ok {
			by[m.Status] = m
		}
	}
	// "Malaysia withdrew with effect from 1 July 2019 ..., and rejoined on
	// 6 April 2020": a joining after the withdrawal makes it a member
	// again.
	if w, ok := by[corpus.StatusWithdrew]; ok {
		for _, m := range ms {
			if m.Status == corpus.StatusJoined && laterThan(m, w) {
				delete(by, corpus.StatusWithdrew)
				by[corpus.StatusJoined] = m
				break
			}
		}
	}
	pickFirst := func(statuses ...string) bool {
		for _, s := range statuses {
			if m, ok := by[s]; ok {
				decided = m
				return true
			}
		}
		return false
	}
	switch want {
	case corpus.StatusSigned:
		// "Did Cambodia sign the Charter": a signatory short of
		// membership did. A founder or a country that joined may have
		// signed or acceded; its status does not say which.
		if !pickFirst(corpus.StatusSigned) {
			return decided, false, false
		}
		yes = true
	case corpus.StatusMember:
		switch {
		case pickFirst(corpus.StatusWithdrew):
			// A member that withdrew is no longer one.
		case pickFirst(corpus.StatusSuspended):
			// A suspended member is answered by its status, which is
			// neither yes nor no.
		case pickFirst(corpus.StatusJoined, corpus.StatusFounding, corpus.StatusMember):
			yes = true
		case pickFirst(corpus.StatusNonMember, corpus.StatusSigned, corpus.StatusObserver, corpus.StatusPartner, corpus.StatusInvited, corpus.StatusIntends):
		default:
			return decided, false, false
		}
	default:
		// "Is China still an observer": not after a later withdrawal.
		// "Was Vietnam a founding member" asks of the past: yes.
		// A founding or a joining happened and stays true; only a
		// standing status ends.
		if w, ok := by[corpus.StatusWithdrew]; ok && standingStatus[want] && laterThan(w, by[want]) && !rePastAsked.MatchString(aq.q) {
			decided = w
		} else if pickFirst(want) {
			yes = true
		} else if !pickFirst(corpus.StatusJoined, corpus.StatusFounding, corpus.StatusMember, corpus.StatusWithdrew, corpus.StatusNonMember, corpus.StatusSigned, corpus.StatusObserver, corpus.StatusPartner, corpus.StatusInvited, corpus.StatusIntends) {
			return decided, false, false
		}
	}
	return decided, yes, true
}

// reSignAsked asks whether a country signed: "did Cambodia sign the
// Charter".
var reSignAsked = regexp.MustCompile(`^(?:did|has|have)\b.*\bsign(?:ed)?\b`)

var (
	// reUndecided says a matter is still open.
	// reOpenListBefore opens a list of matters still open: "Several
	// questions remain open:".
	reOpenListBefore = regexp.MustCompile(`(?i)\b(?:remain|remains|are\s+still|is\s+still)\s+(?:` + lexicon.Alt("open matter words") + `)\s*:`)
	reUndecided      = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("undecided phrases") + `)\b`)
	// reFixingAsked asks of the deciding itself.
	reFixingAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("fixing verbs") + `|decide|decision)\b`)
)

// reYetAsked asks whether a thing is done by now.
var reYetAsked = regexp.MustCompile(`\byet\b`)

// rePastAsked opens a question about the past: "was", "were", "did",
// "has ... been".
var rePastAsked = regexp.MustCompile(`^(?:was|were|did|had|has|have)\b`)

// standingStatus are the statuses a later withdrawal ends.
var standingStatus = map[string]bool{corpus.StatusObserver: true, corpus.StatusPartner: true, corpus.StatusMember: true}

// laterThan reports whether membership a is dated after b, which is dated.
func laterThan(a, b corpus.Membership) bool {
	return a.Date != nil && b.Date != nil && a.Date.Start.After(b.Date.Start)
}

// reReceiveAsk asks whether a country gets something: "does Thailand get
// any grant aid", "is Papua New Guinea covered by the grant".
var reReceiveAsk = regexp.MustCompile(`\b` + lexicon.Alt("receiving question words") + `\b`)

// reGiveAsk asks whether a country pays: "did Vietnam contribute to the
// cost".
var reGiveAsk = regexp.MustCompile(`\b` + lexicon.Alt("giving question words") + `\b`)

// givingWords are the words of reGiveAsk.
var givingWords = lexicon.Set("giving question words")

// reToCountry is what stands right before a recipient: "a grant of ¥2.4
// billion to Cambodia", "a loan for Laos".
var reToCountry = regexp.MustCompile(`(?i)\b(?:to|for)\s+(?:the\s+)?$`)

// answerRecipientYesNo answers whether a country receives what the
// question names: "No" when a sentence that covers the question expressly
// excludes the country, "Yes" when a sum in such a sentence goes to it.
// It answers whether a country or a body the question names as giving
// pays, "Yes" when a sum such a sentence gives has it as payer.
func (md *Model) answerRecipientYesNo(aq *asked) (Answer, bool) {
	receive := reReceiveAsk.MatchString(aq.q)
	if !aq.yesNo || !receive && !reGiveAsk.MatchString(aq.q) {
		return Answer{}, false
	}
	// "Is the ¥1.12 billion Philippines grant included in the ¥14.6
	// billion total?" asks of two sums, not whether the country gets
	// one.
	if len(reSumWritten.FindAllStringIndex(aq.q, 2)) > 1 {
		return Answer{}, false
	}
	// The country the question is about is the first it names: "does
	// Myanmar get any of the Cambodia/Laos grant".
	var payer payerAsked
	country := ""
	if len(aq.ent.countries) > 0 {
		country = aq.ent.countries[0]
		payer.country = country
	} else if givers := md.orgGiversAsked(aq); !receive && len(givers) > 0 {
		// "Did JICA pay for the guide programme".
		payer.org = givers[0]
	} else {
		return Answer{}, false
	}
	// "Does Singapore co-fund the programme": the giving verb is the
	// question's frame, which a sentence words its own way ("borne by
	// the Government of Singapore"); the rest of the question is what the
	// sentence must be about.
	// "co-fund" is read as "co" and "fund".
	framed := *aq
	framed.terms = nil
	for i, t := range aq.terms {
		if !givingWords[t.word] && !(t.word == "co" && i+1 < len(aq.terms) && givingWords[aq.terms[i+1].word]) {
			framed.terms = append(framed.terms, t)
		}
	}
	framed.covMemo = nil
	var best cand
	found := false
	offer := func(a Answer, cov float64) {
		if cov >= minCoverage && (!found || cov > best.cov) {
			best, found = cand{a: a, cov: cov}, true
		}
	}
	// "Does Singapore co-fund it" of "US$500,000 by the Government of
	// Singapore": a sum whose payer is the country, however the sentence
	// names it.
	if !receive {
		for _, am := range md.facts.Amounts {
			if am.Payer == "" || !payer.pays(am.Payer) {
				continue
			}
			// Every word of the question but the paying, in the sentence
			// or its lead: "the marketing programme" is not the guide
			// programme, nor "the second phase" the first.
			if rec := md.sentenceOf(am.Passage, am.Span); rec != nil {
				if _, ok := heldOrFramed(rarestFirst(framed.terms), rec); ok {
					offer(answerFrom(rec, "yes", "Yes — "+am.Describe(), am.Span), md.cov(&framed, rec))
				}
			}
		}
	}
	for _, rec := range md.sents {
		for _, g := range rec.geos {
			if country == "" || g.Name != country || g.IsGroup {
				continue
			}
			clause := prose.ClauseOf(rec.text, g.Span)
			if prose.Excludes(clause) && leftOutMention(rec.text, g.Span) {
				span := corpus.Span{Start: rec.span.Start + g.Span.Start, End: rec.span.Start + g.Span.End}
				offer(answerFrom(rec, "no", "No — “"+prose.Clip(strings.TrimSpace(clause), quoteRunes)+"”", span), md.cov(aq, rec)+exclusionEvidence)
				continue
			}
			// "Did South Korea pledge anything": a sum the sentence says
			// the country gives says yes.
			if !receive {
				for _, am := range md.facts.Amounts {
					if am.Passage != rec.p || am.Span.Start < rec.span.Start || am.Span.End > rec.span.End || am.Payer == "" {
						continue
					}
					if _, held := heldOrFramed(rarestFirst(framed.terms), rec); held && (&payerAsked{country: country}).pays(am.Payer) {
						span := corpus.Span{Start: rec.span.Start + g.Span.Start, End: rec.span.Start + g.Span.End}
						offer(answerFrom(rec, "yes", "Yes — "+am.Describe(), am.Span, span), md.cov(&framed, rec))
					}
				}
				continue
			}
			// Only a sum written as going to the country says yes; an
			// exclusion says no whichever way the money goes.
			if !reToCountry.MatchString(rec.text[:g.Span.Start]) {
				continue
			}
			for _, am := range md.facts.Amounts {
				if am.Passage != rec.p || am.Span.Start < rec.span.Start || am.Span.End > rec.span.End {
					continue
				}
				if strings.Contains(clause, am.Text) {
					span := corpus.Span{Start: rec.span.Start + g.Span.Start, End: rec.span.Start + g.Span.End}
					offer(answerFrom(rec, "yes", "Yes — "+am.Describe(), am.Span, span), md.cov(aq, rec))
				}
			}
		}
	}
	if !found {
		return Answer{}, false
	}
	a := best.a
	a.Found, a.Kind = true, AskMoney
	return a, true
}

// stageAsks are the stages of a project a yes-or-no question may ask it
// has reached, each with the words that ask for it and the status words
// that say it has, or has not: "is the Poipet project done", "is the
// Caravan approved yet" ("under consideration": no).
var stageAsks = func() []stageAsk {
	var out []stageAsk
	// "Cancelled" and "suspended" come first: "was the port built" asks
	// it done, but "was the port cancelled" is not answered by "not
	// done".
	for _, st := range []string{"cancelled", "suspended", "done", "approved"} {
		out = append(out, stageAsk{
			ask: regexp.MustCompile(`\b(?:` + lexicon.Alt(st+" question words") + `)\b`),
			yes: regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt(st+" status words") + `)\b`),
			no:  regexp.MustCompile(`(?i)(?:\b|%)(?:` + lexicon.Alt("not "+st+" status words") + `)\b`),
		})
	}
	return out
}()

// reDecidedNounAsked is what a question asks is decided: "has the date
// been fixed", "is the venue set".
var reDecidedNounAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("decided nouns asked") + `)\b`)

// excludedObject reports whether before, a sentence up to a name, ends
// with an exclusion cue and the names it takes: "excluding Singapore and ".
func excludedObject(before string) bool {
	locs := reExcludesObject.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return false
	}
	return reNamesOnly.MatchString(before[locs[len(locs)-1][1]:])
}

// reNamesOnly is a run of capitalised names joined by commas, "and" or
// "or", and nothing else.
var reNamesOnly = regexp.MustCompile(`^(?:\s*(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*(?:,|\band\b|\bor\b)?)*\s*$`)

// reTakePlace is "take place", which asks of no place.
var reTakePlace = regexp.MustCompile(`\b(?:take|takes|took|taking|taken)\s+place\b`)

// stageAsk is one stage a project may have reached.
type stageAsk struct{ ask, yes, no *regexp.Regexp }

// answerProjectDoneYesNo answers whether a named project is finished, or
// approved, from its status.
func (md *Model) answerProjectDoneYesNo(aq *asked) (Answer, bool) {
	if !aq.yesNo {
		return Answer{}, false
	}
	var stage *stageAsk
	for i := range stageAsks {
		if stageAsks[i].ask.MatchString(aq.q) {
			stage = &stageAsks[i]
			break
		}
	}
	if stage == nil {
		return Answer{}, false
	}
	pr, ok := md.src.Project(aq.q)
	if !ok || pr.Status == "" {
		return md.answerStageSaid(aq, stage)
	}
	var word string
	switch {
	case stage.no.MatchString(pr.Status):
		word = "no"
	case stage.yes.MatchString(pr.Status):
		word = "yes"
	default:
		return Answer{}, false
	}
	// Quote the sentence that gives the status: its words as the status
	// shows them, or, for "72 per cent complete", the figure.
	var rec *sentenceRec
	var at corpus.Span
	status := strings.ToLower(pr.Status)
	for _, want := range []string{status, strings.TrimSuffix(status, " complete")} {
		for _, e := range pr.Sentences {
			r := md.sentenceOf(e.Passage, e.Span)
			if r == nil {
				continue
			}
			if i := strings.Index(strings.ToLower(r.text), want); i >= 0 {
				rec, at = r, corpus.Span{Start: r.span.Start + i, End: r.span.Start + i + len(want)}
				break
			}
		}
		if rec != nil {
			break
		}
	}
	if rec == nil {
		return Answer{}, false
	}
	line := "No — "
	if word == "yes" {
		line = "Yes — "
	}
	a := answerFrom(rec, word, line+pr.Name+": "+pr.Status, at)
	a.Found, a.Kind = true, AskOpen
	return a, true
}

// answerStageSaid answers whether a thing no project is named for has
// reached a stage, from the sentence that names it with a status word:
// "was the piped water kiosk ever built" of "A small piped water kiosk
// was planned ..., and the kiosk was dropped" is "no". The sentence must
// hold every word of the question but the stage's, the closest such
// sentence wins, and one that says both yes and no says nothing.
func (md *Model) answerStageSaid(aq *asked, stage *stageAsk) (Answer, bool) {
	// "Was the bridge built by China" asks who built it, which a status
	// does not say.
	// "Completed by 2020", "by the end of 2019", "by March" set a
	// deadline, not an agent.
	if m := reAgentAsked.FindStringSubmatch(aq.q); m != nil && !monthWords[m[1]] && !deadlineWords[m[1]] {
		return Answer{}, false
	}
	var ts []qterm
	for _, t := range aq.terms {
		if !stage.ask.MatchString(t.word) {
			ts = append(ts, t)
		}
	}
	if len(ts) < minQuotedTerms {
		return Answer{}, false
	}
	rarest := rarestFirst(ts)
	var best *sentenceRec
	var bestAt corpus.Span
	bestWord, bestFramed := "", 0
	ownRe := ownStageWord(aq.q, stage)
	for _, rec := range md.sents {
		framed, ok := heldOrFramed(rarest, rec)
		if !ok || rec.asks() || !md.entityFit(aq.ent, rec) {
			continue
		}
		var word string
		var at []int
		var own []int
		if ownRe != nil {
			own = ownRe.FindStringIndex(rec.text)
		}
		if own != nil {
			// "Has Laos adopted its plan" of "Laos completed a draft plan
			// ..., but the draft has not yet been adopted": the question's
			// own word, denied, says no, whatever other stage the
			// sentence reached.
			word, at = "yes", own
			if deniedBefore(rec.text[:at[0]]) {
				word = "no"
			}
			if reSupposed.MatchString(prose.ClauseOf(rec.text, corpus.Span{Start: at[0], End: at[1]})) {
				continue
			}
		} else {
			yes, no := stage.yes.FindStringIndex(rec.text), stage.no.FindStringIndex(rec.text)
			if (yes == nil) == (no == nil) {
				continue
			}
			word, at = "yes", yes
			if no != nil {
				word, at = "no", no
			}
			// "has not been scrapped", "feared the mill would be
			// cancelled": a status word its clause denies or only
			// supposes says nothing either way.
			if deniedBefore(rec.text[:at[0]]) || reSupposed.MatchString(prose.ClauseOf(rec.text, corpus.Span{Start: at[0], End: at[1]})) {
				continue
			}
		}
		// "Construction is expected to be completed by March 2003": a
		// stage still to come is not reached yet. "Which was to be
		// completed by March, was completed in February" reached it.
		// Nor is one a condition waits on: "intends to join once its
		// competition law is adopted".
		if word == "yes" && !slices.ContainsFunc(stage.yes.FindAllStringIndex(rec.text, -1), func(m []int) bool {
			return !reStageToCome.MatchString(tail(rec.text[:m[0]], stageToComeReach)) && !reUnrealisedBefore.MatchString(rec.text[:m[0]])
		}) {
			word = "no"
		}
		if best != nil && framed >= bestFramed {
			continue
		}
		best, bestWord, bestFramed = rec, word, framed
		bestAt = corpus.Span{Start: rec.span.Start + at[0], End: rec.span.Start + at[1]}
	}
	if best == nil {
		return Answer{}, false
	}
	_, line := polarity(bestWord == "no")
	a := answerFrom(best, bestWord, line+prose.Clip(best.text, quoteRunes), bestAt)
	a.Found, a.Kind = true, AskOpen
	return a, true
}

// ownStageWord finds the stage word the question asks with, as the
// question writes it ("adopted"), or is nil.
func ownStageWord(q string, stage *stageAsk) *regexp.Regexp {
	m := stage.ask.FindString(q)
	if m == "" {
		return nil
	}
	return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(m) + `\b`)
}

var (
	// reDeniedBefore ends with a negation of the status word after it:
	// "has not been scrapped", "was never cancelled".
	// "is awaiting formal approval" waits on the act, which is not
	// done either.
	reDeniedBefore = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("negation cues", "awaiting cues") + `)(?:\s+(?:been|be|yet|formally|officially|formal|official|final))*\s+$`)
	// reNoSubjectBefore ends with a subject denied by "no" before it and
	// its auxiliary: "no Loan Agreement has been" (signed).
	reNoSubjectBefore = regexp.MustCompile(`(?i)\bno\s+((?:[\w'’./-]+\s+){1,6}?)(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:formally\s+|officially\s+)?$`)
	// reAgentAsked is "by" and a name in a question: who did it.
	reAgentAsked = regexp.MustCompile(`\bby\s+(?:the\s+)?([a-z][\w-]*)`)
	// monthWords are the months and their short forms, lower case.
	monthWords = func() map[string]bool {
		out := map[string]bool{}
		for _, m := range prose.MonthNames {
			out[strings.ToLower(m)] = true
		}
		return out
	}()
	// deadlineWords open a deadline after "by": "by the end of 2019".
	deadlineWords = lexicon.Set("deadline words")
	// reSupposed is a word by which a clause only supposes what it says.
	reSupposed = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("supposing words") + `)\b`)
	// reStageToCome ends with the words that put the stage after them
	// still to come, as the document speaks: "is expected to be", "will
	// be", "is due to be"; not "was to be", a past plan.
	reStageToCome = regexp.MustCompile(`(?i)\b(?:(?:is|are)\s+(?:(?:now|still|currently|expected|scheduled|due|planned|likely)\s+)*to|will|shall)\s+(?:(?:soon|now|also|probably)\s+)?be\s+(?:(?:fully|formally|officially)\s+)?$`)
)

// stageToComeReach is more bytes than the words reStageToCome reads.
const stageToComeReach = 60

// maxPolarityWindow is the widest stretch of a sentence, in bytes, that
// may hold all of a yes/no question's words for the sentence to answer it:
// words spread over a long sentence say different things.
const maxPolarityWindow = 160

// answerPolarityYesNo answers a yes/no question that a single sentence
// says in all its words, by whether the clause saying it denies it: "has
// Thailand notified the depositary" of "Thailand ratified the Agreement
// but has not yet notified the Secretary-General, who acts as Depositary"
// is "no"; "did the UNDP programme end" of "... has ended" is "yes".
func (md *Model) answerPolarityYesNo(aq *asked) (Answer, bool) {
	// A membership is answered with its status ("observer"), which says
	// more than yes or no.
	if !aq.yesNo || len(aq.terms) < minQuotedTerms || aq.kind == AskMember || md.membershipAsked(aq) {
		return Answer{}, false
	}
	rarest := rarestFirst(aq.terms)
	var best *sentenceRec
	var bestSpans []corpus.Span
	bestWidth, bestFramed := 0, 0
	for _, rec := range md.sents {
		framed, ok := heldOrFramed(rarest, rec)
		if !ok {
			continue
		}
		// A question in the document says nothing either way, unless
		// its reply opens with yes or no.
		if rec.asks() {
			if pol, _ := md.replyPolarity(rec); pol == "" {
				continue
			}
		}
		spans, ok := termSpans(aq, rec)
		if !ok || !md.entityFit(aq.ent, rec) {
			continue
		}
		width := spans[len(spans)-1].End - spans[0].Start - asideBytes(rec, spans)
		if width > maxPolarityWindow {
			continue
		}
		if best != nil && (framed > bestFramed || framed == bestFramed && width >= bestWidth) {
			// Two sentences that say it are read as one only when they
			// agree; the one that says it in its own words wins, then
			// the closer one.
			continue
		}
		best, bestSpans, bestWidth, bestFramed = rec, spans, width, framed
	}
	if best == nil {
		return md.answerActDeniedYesNo(aq)
	}
	// "Q: Is any of it given directly to the authorities?" "No. The
	// whole of ...": the reply says which, and is what is quoted.
	if pol, next := md.replyPolarity(best); pol != "" {
		if recs := md.sentsOf[next]; len(recs) > 0 {
			r := recs[0]
			if len(recs) > 1 && len(strings.Fields(r.text)) <= 3 {
				r = recs[1] // "No." alone: the sentence after it says why
			}
			word, line := polarity(pol == "no")
			a := answerFrom(r, word, line+prose.Clip(r.text, quoteRunes))
			a.Found, a.Kind = true, AskOpen
			return a, true
		}
	}
	// The clause of the question's last word says it: "but has not yet
	// notified the Secretary-General".
	last := bestSpans[len(bestSpans)-1]
	cl := prose.ClauseOf(best.text, corpus.Span{Start: last.Start - best.span.Start, End: last.End - best.span.Start})
	// "Villagers feared the mill would be cancelled" says neither.
	if reSupposed.MatchString(cl) {
		return Answer{}, false
	}
	// "Several questions remain open: the signing of the Record of
	// Discussions ..." lists what is undecided, neither done nor denied.
	if first := bestSpans[0].Start - best.span.Start; first >= 0 && reOpenListBefore.MatchString(best.text[:first]) {
		return md.answerActDeniedYesNo(aq)
	}
	// "Is the FAO a member of the forum" of "Cambodia, Laos and Japan are
	// members of the forum": the clause that says membership must name
	// the one asked about.
	if reMemberWord.MatchString(aq.q) && (coverageSet(aq.terms, md.termsOf(cl)) < 1 || !namesOrgs(aq, cl)) {
		return Answer{}, false
	}
	// "Is the loan agreement signed yet" of "is expected to be signed in
	// March 2004": an act still to come is not done.
	// "Asked the prefecture to extend the training" says neither: a
	// request or an aim is not the act, done or not.
	// Only for an act ("signed", "approved"), not a state ("financed"):
	// "will be financed" does not deny that it is.
	no := denies(cl, aq)
	// "Has the handover ceremony happened yet" of "was originally planned
	// for 25 July 2003 but was postponed": an event called off or put off
	// did not take place as planned.
	// Unless the sentence goes on to say it took place after all: "was
	// postponed ... and eventually took place in Vientiane".
	if m := reCalledOffEvent.FindStringIndex(best.text); !no && m != nil && reHappeningAsked.MatchString(aq.q) && !reHeldAfterAll.MatchString(best.text[m[1]:]) {
		no = true
	}
	// "Were Singapore projects supported" of "17 projects were supported
	// ..., excluding Singapore and Brunei": the country asked about is
	// left out.
	// Only a mention an exclusion takes as its object, with nothing but
	// names between: "implemented jointly by Japan and Singapore, and
	// trainees are accepted ... excluding Singapore" does not deny that
	// Singapore implements it, but then every mention is excluded.
	excluded, named := false, false
	for _, g := range best.geos {
		if g.IsGroup || !slices.Contains(aq.ent.countries, g.Name) {
			continue
		}
		named = true
		if !excludedObject(best.text[:g.Span.Start]) {
			excluded = false
			break
		}
		excluded = true
	}
	if named && excluded {
		no = true
	}
	// "Has the date been fixed" is not answered by "its venue has not yet
	// been determined": a sentence that speaks of another thing decided,
	// and not the one asked, says nothing of it.
	if m := reDecidedNounAsked.FindString(reTakePlace.ReplaceAllString(aq.q, "")); m != "" && !hasPhrase(strings.ToLower(best.text), m) && reDecidedNounAsked.MatchString(strings.ToLower(best.text)) {
		return Answer{}, false
	}
	// "Has the FY2007 contribution been paid yet" of "is expected to be
	// signed": a sentence without the act asked does not say it was done,
	// though it may deny a kindred one ("not financed from the loan").
	// The word itself: a stem may stand for kindred words ("contribution"
	// for "paid").
	if w := irregularActWord(aq.q); !no && w != "" && actAsked(aq.q) == nil && !hasPhrase(strings.ToLower(best.text), w) {
		return Answer{}, false
	}
	var act *regexp.Regexp
	if v := actAsked(aq.q); v != nil && !reWillAsk.MatchString(aq.q) {
		act = writtenAct(aq, best, v)
	}
	// "Is the Myawaddy post open yet" of "The Myawaddy post was to open on
	// 16 December 2002": what the question asks is, by the sentence,
	// still to come.
	if !no && act == nil && reYetAsked.MatchString(aq.q) {
		if at := last.Start - best.span.Start; at >= 0 && at <= len(best.text) && reUnrealisedBefore.MatchString(best.text[:at]) {
			no = true
		}
	}
	// "Will PRAL continue after March 2006" of "Whether PRAL will continue
	// beyond March 2006 has not been decided": neither yes nor no, but
	// that it is open, in the sentence's words. Not when the question
	// asks of the deciding ("has the venue been decided"), which no
	// answers.
	// "Will PARC get a second phase" of "Laos and Cambodia have asked for
	// a second phase, but whether PARC will continue after March 2026
	// has not yet been decided": a question of what will be is answered
	// by the clause that leaves open whether the thing it names goes on,
	// not by the clause that holds its words.
	if reUndecided.FindStringIndex(cl) == nil && reWillAsk.MatchString(aq.q) && !reFixingAsked.MatchString(aq.q) {
		if m := prose.UndecidedWhetherRE.FindStringIndex(best.text); m != nil && namesOrgs(aq, best.text[m[0]:m[1]]) && len(aq.ent.orgs) > 0 {
			cl = best.text[m[0]:m[1]]
		}
	}
	// "Is there a date for the 2014 ASMTEN annual meeting" of "Myanmar
	// has offered to host the 2014 ASMTEN annual meeting ..., but the
	// date of the meeting has not yet been decided": the date asked is the
	// one the sentence's other clause leaves open.
	if reUndecided.FindStringIndex(cl) == nil && reDateWordAsked.MatchString(aq.q) {
		for _, c := range sentenceClauses(best.text) {
			if reDateNounIn.MatchString(c) && reUndecided.MatchString(c) {
				cl = c
				break
			}
		}
	}
	if m := reUndecided.FindStringIndex(cl); m != nil && !reFixingAsked.MatchString(aq.q) {
		if i := strings.Index(best.text, cl); i >= 0 {
			span := corpus.Span{Start: best.span.Start + i, End: best.span.Start + i + len(cl)}
			a := answerFrom(best, strings.TrimSpace(cl), "Not decided — "+prose.Clip(best.text, quoteRunes), span)
			a.Found, a.Kind = true, AskOpen
			return a, true
		}
	}
	// "Has the ¥780 million been disbursed" of "Japan has set aside ¥780
	// million ..., but ... no funds have been disbursed": the act, in a
	// clause of its own that denies it, says no.
	if act != nil && !no && !act.MatchString(cl) {
		if m := act.FindStringIndex(best.text); m != nil {
			acl := prose.ClauseAround(best.text, 0, corpus.Span{Start: m[0], End: m[1]})
			if deniedBefore(best.text[acl.Start:m[0]]) {
				no, cl = true, best.text[acl.Start:acl.End]
			}
		}
	}
	// "Japan will:" over "sign the Exchange of Notes ... as soon as ...":
	// an item is read with the lead-in whose verb it completes.
	cl = withItsLead(best, cl)
	// "Has the ¥600 million been disbursed" of "intends to provide up to
	// ¥600 million": the kindred word the sentence says it by is still
	// to come, which says neither.
	if act != nil && !no && !act.MatchString(cl) && kindredToCome(aq, best, cl) {
		return md.saysNeither(aq), true
	}
	if act != nil && onlyUnrealised(cl, act) {
		// "Japan will encourage MCAC and OIMC to sign their Memorandum"
		// says neither; "initialled ... but has not yet been signed",
		// elsewhere, says no.
		if a, ok := md.answerActDeniedYesNo(aq); ok {
			return a, true
		}
		if !onlyToCome(cl, act) || !askedActVerb(aq.q) {
			// Neither yes nor no, and no other fact of the sentence.
			return md.saysNeither(aq), true
		}
		no = true
	}
	word, line := polarity(no)
	a := answerFrom(best, word, line+prose.Clip(best.text, quoteRunes), bestSpans...)
	a.Found, a.Kind = true, AskOpen
	return a, true
}

// saysNeither is the answer to a yes-or-no question the documents answer
// neither way: no fact, and the passages closest to it.
func (md *Model) saysNeither(aq *asked) Answer {
	a := Answer{Kind: AskOpen}
	if hits, err := md.src.Search(aq.q); err == nil {
		a.Closest = hits[:min(closestShown, len(hits))]
	}
	return a
}

// kindredToCome reports whether clause cl of rec says the question's act
// by a kindred word ("provide" for "disbursed") that is still to come
// there: "intends to provide", or only asked for: "asked Japan to
// provide".
func kindredToCome(aq *asked, rec *sentenceRec, cl string) bool {
	off := strings.Index(rec.text, cl)
	if off < 0 {
		return false
	}
	for _, t := range aq.terms {
		if actAsked(t.word) == nil {
			continue
		}
		for _, w := range rec.stemmedWords() {
			if w.stem != t.stem && !slices.Contains(t.alts, w.stem) || w.span.Start < off || w.span.End > off+len(cl) {
				continue
			}
			if reUnrealisedBefore.MatchString(rec.text[off:w.span.Start]) {
				return true
			}
		}
	}
	return false
}

// writtenAct is the act asked as sentence rec writes it: "has it been
// finished" of "is expected to be completed" asks the act "completed".
// When rec writes the asked word itself, or no kindred one, it is v.
func writtenAct(aq *asked, rec *sentenceRec, v *regexp.Regexp) *regexp.Regexp {
	if v.MatchString(rec.text) {
		return v
	}
	for _, t := range aq.terms {
		if !v.MatchString(t.word) {
			continue
		}
		for _, w := range rec.stemmedWords() {
			if w.stem == t.stem || slices.Contains(t.alts, w.stem) {
				if a := actAsked(rec.text[w.span.Start:w.span.End]); a != nil {
					return a
				}
			}
		}
	}
	return v
}

// namesOrgs reports whether text names every organisation the question
// names, by its short form or its name.
func namesOrgs(aq *asked, text string) bool {
	for _, o := range aq.ent.orgs {
		if !(o.Acronym != "" && hasPhrase(text, o.Acronym)) && !strings.Contains(strings.ToLower(text), strings.ToLower(o.Name)) {
			return false
		}
	}
	return true
}

// reRelativeAside is a relative clause set off by commas: ", for which
// grant aid of ¥1.85 billion had been planned,".
var reRelativeAside = regexp.MustCompile(`,\s+(?:(?:` + lexicon.Alt("name connectors") + `)\s+)?(?:` + lexicon.Alt("relative pronouns") + `)\b[^,;]*,`)

// asideBytes is how much of the stretch spans cover in rec is relative
// asides that hold none of them: "the Project for ... Road No. 68, for
// which ... in 2010, was cancelled" says its subject's verb no further off
// than a sentence without the aside would.
func asideBytes(rec *sentenceRec, spans []corpus.Span) int {
	from, to := spans[0].Start-rec.span.Start, spans[len(spans)-1].End-rec.span.Start
	n := 0
	for _, m := range reRelativeAside.FindAllStringIndex(rec.text[from:to], -1) {
		a, b := from+m[0], from+m[1]
		if !slices.ContainsFunc(spans, func(s corpus.Span) bool {
			return s.Start-rec.span.Start < b && s.End-rec.span.Start > a
		}) {
			n += b - a
		}
	}
	return n
}

// sentenceClauses splits a sentence at its clauses' breaks
// (prose.ClauseBreaks).
func sentenceClauses(s string) []string {
	var out []string
	from := 0
	for _, b := range prose.ClauseBreaks(s) {
		out = append(out, s[from:b[0]])
		from = b[1]
	}
	return append(out, s[from:])
}

// reDateNounIn is a noun for a date: "the date of the meeting".
var reDateNounIn = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("unfixed date nouns") + `)\b`)

// polarity is the answer word and the head of the answer line for a yes
// or, when no is set, a no.
func polarity(no bool) (word, line string) {
	if no {
		return "no", "No — "
	}
	return "yes", "Yes — "
}

// maxFramedTerms is how many of a yes-or-no question's words may stand
// in the sentence's lead-in rather than in it: "Private companies ... are
// not eligible" under "Who may apply?" answers "can private companies
// apply".
const maxFramedTerms = 1

// heldOrFramed reports whether rec holds every term, but for at most
// maxFramedTerms its lead-in holds instead, and no more than it holds;
// it returns how many the lead-in holds.
func heldOrFramed(ts []qterm, rec *sentenceRec) (int, bool) {
	own, framed := 0, 0
	for _, t := range ts {
		switch {
		case rec.terms.holds(t):
			own++
		case rec.lead.holds(t):
			framed++
		default:
			return 0, false
		}
	}
	return framed, framed == 0 || framed <= maxFramedTerms && own >= framed
}

// termSpans finds where each of the question's words stands in sentence
// rec, in order; it reports false when one of them is not written there.
func termSpans(aq *asked, rec *sentenceRec) ([]corpus.Span, bool) {
	var spans []corpus.Span
	for _, t := range aq.terms {
		found := false
		for _, w := range rec.stemmedWords() {
			if w.stem == t.stem || slices.Contains(t.alts, w.stem) {
				spans = append(spans, corpus.Span{Start: rec.span.Start + w.span.Start, End: rec.span.Start + w.span.End})
				found = true
				break
			}
		}
		if !found && !rec.lead.holds(t) {
			return nil, false
		}
	}
	if len(spans) == 0 {
		return nil, false
	}
	slices.SortFunc(spans, func(a, b corpus.Span) int { return a.Start - b.Start })
	return spans, true
}

// denies reports whether clause cl says no to what the question asks: a
// negation or a word that undoes it ("cancelled", "free of"), unless the
// question asks about that word itself ("was it cancelled").
func denies(cl string, aq *asked) bool {
	// "An extension of no more than six months may be granted" bounds
	// the extension; it does not deny it.
	cl = reBoundNo.ReplaceAllString(strings.ToLower(cl), "")
	// "National Road No. 68" numbers a road.
	cl = reNumberNo.ReplaceAllString(cl, "")
	// "were confirmed without amendment": "without" after the verb says
	// how it was done, not that it was not.
	cl = reMannerWithout.ReplaceAllString(cl, "$1")
	for _, m := range reDenial.FindAllString(cl, -1) {
		asked := false
		for _, w := range strings.Fields(m) {
			for _, t := range aq.terms {
				asked = asked || stemTerm(w) == t.stem
			}
		}
		if !asked {
			return true
		}
	}
	return false
}

var (
	// reHappeningAsked asks whether an event took place.
	reHappeningAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("happening question words") + `)\b`)
	// happeningFrame are the words of the happening question words.
	happeningFrame = func() map[string]bool {
		out := map[string]bool{}
		for _, ph := range lexicon.Words("happening question words") {
			for _, w := range strings.Fields(ph) {
				out[w] = true
			}
		}
		return out
	}()
	// reCalledOffEvent says an event did not take place as planned.
	reCalledOffEvent = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("called off event words") + `)\b`)
	// reHeldAfterAll says an event put off took place later.
	reHeldAfterAll = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("held after all phrases") + `)\b`)
)

// reMannerWithout is a verb in "-ed" and "without" right after it, which
// tells the manner of the act: "confirmed without amendment".
var reMannerWithout = regexp.MustCompile(`\b([a-z]+ed)\s+without\b`)

// reBoundNo is "no" that bounds a quantity or a date: "no more than",
// "no later than".
var reBoundNo = regexp.MustCompile(`\bno\s+(?:more|less|fewer|later|earlier|sooner)\s+than\b`)

// reNumberNo is "No." before a number: "Road No. 68".
var reNumberNo = regexp.MustCompile(`\bno\.\s*\d`)

// reDenial is a word by which a clause says no.
var reDenial = regexp.MustCompile(`\b(?:` + lexicon.Alt("negation cues", "denial words") + `)\b`)

// membershipAsked reports whether the documents give a membership of a
// country the question names in an organisation it names: "is Brunei in
// the Tokyo MOU" is answered by the status.
func (md *Model) membershipAsked(aq *asked) bool {
	// "Has Thailand ratified the AFIRF Charter" asks an act on the body's
	// instrument, which its sentence says, not a status in the body.
	if len(aq.ent.countries) == 0 || reInstrumentActAsked.MatchString(aq.q) {
		return false
	}
	return slices.ContainsFunc(md.facts.Memberships, func(m corpus.Membership) bool {
		if !slices.Contains(aq.ent.countries, m.Country) {
			return false
		}
		if len(aq.ent.orgs) > 0 {
			return md.orgAsked(aq, m.Org)
		}
		// "the tokyo mou", typed loosely: the body's own words.
		return coverageSet(aq.terms, md.termsOf(m.Org)) >= statusOrgCoverage
	})
}

// reInstrumentActAsked asks an act on an instrument that no membership
// status says: "ratified".
var reInstrumentActAsked = regexp.MustCompile(`\b(?:` + lexicon.Alt("instrument acts asked") + `)\b`)

// reLeadToCome is a lead-in that ends in a verb still to come, which each
// item of its list completes: "Japan will:", "The Centre plans to:".
var reLeadToCome = regexp.MustCompile(`(?i)\b(?:` + prose.ToComeOpener + `)\s*:\s*$`)

// withItsLead is cl, a clause of rec, read after the lead-in of rec's
// list when rec opens an item whose lead-in ends in a verb still to come:
// "Japan will sign the Exchange of Notes".
func withItsLead(rec *sentenceRec, cl string) string {
	p := rec.p
	if p == nil || p.Kind != corpus.KindItem && p.Kind != corpus.KindBullet || rec.span.Start > 0 || !strings.HasPrefix(rec.text, cl) {
		return cl
	}
	if m := reLeadToCome.FindStringIndex(p.Lead); m != nil {
		return strings.TrimSpace(strings.TrimRight(p.Lead, ": ")) + " " + cl
	}
	return cl
}

// answerActDeniedYesNo answers "has the recognition agreement been signed
// yet" with no when a passage tells of the thing and then denies the act
// of it by a noun the question names: "ASEAN began negotiating an
// Agreement on the Recognition of Driving Licences in 2014. The agreement
// ... has not yet been signed." Every word of the question must be
// written in the passage up to the denial, or in its lead-in.
func (md *Model) answerActDeniedYesNo(aq *asked) (Answer, bool) {
	v := actAsked(aq.q)
	if v == nil || reWillAsk.MatchString(aq.q) {
		return Answer{}, false
	}
	var verb qterm
	others := aq.terms[:0:0]
	for _, t := range aq.terms {
		if v.MatchString(t.word) {
			verb = t
		} else {
			others = append(others, t)
		}
	}
	if verb.word == "" || len(others) == 0 {
		return Answer{}, false
	}
	for _, rec := range md.sents {
		if !rec.terms.holds(verb) {
			continue // the cheap test before the pattern
		}
		at, ok := md.deniedActIn(aq, v, rec)
		if !ok {
			continue
		}
		// "Has Japan approved the Siem Reap request" of "The request is
		// still under review and has not been approved": a denial that
		// names no one who would act leaves out the actor the question
		// names, which the passage need not name.
		if !md.toldBefore(aq, others, rec) {
			actors := md.actorsAsked(aq, v)
			if len(actors) == 0 || !agentless(rec.text[at.End:]) {
				continue
			}
			terms := md.countryTerms(aq)
			rest := slices.DeleteFunc(slices.Clone(others), func(t qterm) bool { return slices.Contains(actors, terms[t.stem]) })
			if len(rest) == 0 || !md.toldBefore(withoutCountries(aq, actors), rest, rec) {
				continue
			}
		}
		_, line := polarity(true)
		a := answerFrom(rec, "no", line+prose.Clip(rec.text, quoteRunes), corpus.Span{Start: rec.span.Start + at.Start, End: rec.span.Start + at.End})
		a.Found, a.Kind = true, AskOpen
		return a, true
	}
	return Answer{}, false
}

// actorsAsked are the countries the question names as who does the act
// it asks of, before its verb: "Japan" of "has Japan approved the
// request".
func (md *Model) actorsAsked(aq *asked, v *regexp.Regexp) []string {
	m := v.FindStringIndex(aq.q)
	if m == nil {
		return nil
	}
	terms := md.countryTerms(aq)
	var out []string
	for _, w := range strings.Fields(aq.q[:m[0]]) {
		if c, ok := terms[stemTerm(strings.Trim(w, "?,.!'’s"))]; ok {
			out = append(out, c)
		}
	}
	return out
}

// agentless reports whether what follows a denied act names no agent:
// "has not been approved." rather than "... by the Congress".
func agentless(after string) bool {
	if i := strings.IndexAny(after, ".;"); i >= 0 {
		after = after[:i]
	}
	return !rePassiveAgent.MatchString(after)
}

// rePassiveAgent is the agent of a passive: "by the Congress".
var rePassiveAgent = regexp.MustCompile(`(?i)^\s*(?:yet\s+)?by\b`)

// withoutCountries is aq with countries left out of what it names.
func withoutCountries(aq *asked, countries []string) *asked {
	if len(countries) == 0 {
		return aq
	}
	cp := *aq
	cp.ent.countries = slices.DeleteFunc(slices.Clone(aq.ent.countries), func(c string) bool { return slices.Contains(countries, c) })
	return &cp
}

// maxTypedInitials is the longest short form a question may type for a
// name the documents write out: "moc" for "Memorandum of Cooperation".
const maxTypedInitials = 5

// spellsInitials reports whether text holds a run of two words or more
// whose first letters spell abbr, a short form the question typed that
// the text writes out: "moc" in "a Memorandum of Cooperation on".
// Small words ("of", "and") may be spelt or skipped.
func spellsInitials(text, abbr string) bool {
	if len(abbr) < 2 || len(abbr) > maxTypedInitials {
		return false
	}
	ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !prose.IsWordRune(r) })
	for i := range ws {
		j, k := 0, i
		for j < len(abbr) && k < len(ws) {
			switch {
			case ws[k][0] == abbr[j]:
				j++
			case !prose.Stopwords[ws[k]]:
				k = len(ws)
				continue
			}
			k++
		}
		if j == len(abbr) && k-i >= 2 {
			return true
		}
	}
	return false
}

// toldBefore reports whether the passage of rec, up to rec, with its
// lead-in, holds every one of terms and names every country and body the
// question does.
func (md *Model) toldBefore(aq *asked, terms []qterm, rec *sentenceRec) bool {
	var upTo []*sentenceRec
	for _, r := range md.sentsOf[rec.p] {
		upTo = append(upTo, r)
		if r == rec {
			break
		}
	}
	for _, t := range terms {
		if !rec.lead.holds(t) && !slices.ContainsFunc(upTo, func(r *sentenceRec) bool { return r.terms.holds(t) || spellsInitials(r.text, t.word) }) {
			return false
		}
	}
	for _, c := range aq.ent.countries {
		if !slices.ContainsFunc(upTo, func(r *sentenceRec) bool { return r.have[c] }) && !slices.Contains(md.implicit[rec.p.Doc], c) {
			return false
		}
	}
	for i, o := range aq.ent.orgs {
		key := orgKey(o)
		if i < len(aq.ent.orgKeys) {
			key = aq.ent.orgKeys[i]
		}
		if !md.mentionsOrg(rec.p, key) {
			return false
		}
	}
	return true
}

// deniedBefore reports whether s ends with a denial of the act that
// follows it: "has not yet been" or "awaiting formal" before the verb, or
// "no" before its subject ("no Loan Agreement has been signed"), unless
// "no" starts a phrase of its own ("no doubt that the loan has been").
func deniedBefore(s string) bool {
	if reDeniedBefore.MatchString(s) {
		return true
	}
	m := reNoSubjectBefore.FindStringSubmatch(s)
	return m != nil && !slices.ContainsFunc(strings.Fields(strings.ToLower(m[1])), func(w string) bool { return noPhraseWords[w] })
}

// noPhraseWords make "no" and the words after it a phrase of their own,
// not the denial of a subject: "no doubt that", "no sooner", "no more than".
var noPhraseWords = lexicon.Set("no phrase words")

// answerOnlyListYesNo answers whether a body the question names covers a
// country from a sentence that names the body and a list of countries it
// says is all: "MNAP covers Laos and Cambodia only" says no of Vietnam
// and yes of Laos.
func (md *Model) answerOnlyListYesNo(aq *asked) (Answer, bool) {
	if !aq.yesNo || len(aq.ent.countries) != 1 || len(aq.ent.orgs) == 0 {
		return Answer{}, false
	}
	country := aq.ent.countries[0]
	for _, rec := range md.sents {
		if !reOnlyWord.MatchString(rec.text) || !slices.ContainsFunc(aq.ent.orgs, func(o *corpus.Org) bool { return namesOrg(rec.text, o) }) {
			continue
		}
		list := onlyList(rec)
		if len(list) == 0 || md.cov(aq, rec) < minCoverage {
			continue
		}
		in := slices.ContainsFunc(list, func(g GeoMention) bool { return g.Name == country })
		at := corpus.Span{Start: rec.span.Start + list[0].Span.Start, End: rec.span.Start + list[len(list)-1].Span.End}
		word, line := polarity(!in)
		a := answerFrom(rec, word, line+prose.Clip(rec.text, quoteRunes), at)
		a.Found, a.Kind = true, AskOpen
		return a, true
	}
	return Answer{}, false
}

// reOnlyWord is "only" as a word.
var reOnlyWord = regexp.MustCompile(`\bonly\b`)

// onlyList is the list of countries rec says, with "only" right before
// or after it, is all there is ("Laos and Cambodia only", "only Laos and
// Cambodia"), or nil.
func onlyList(rec *sentenceRec) []GeoMention {
	var gs []GeoMention
	for _, g := range rec.geos {
		if !g.IsGroup {
			gs = append(gs, g)
		}
	}
	for _, r := range mentionRuns(rec.text, gs) {
		if reOnlyAfter.MatchString(rec.text[gs[r[1]].Span.End:]) || reOnlyBefore.MatchString(rec.text[:gs[r[0]].Span.Start]) {
			return gs[r[0] : r[1]+1]
		}
	}
	return nil
}

var (
	reOnlyAfter  = regexp.MustCompile(`^\s+only\b`)
	reOnlyBefore = regexp.MustCompile(`\bonly\s+(?:the\s+)?$`)
)
