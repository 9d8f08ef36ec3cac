package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// Why-questions are answered with the reason a sentence gives after its
// event ("suspended after the military takeover"), and "what did X ask Y
// to do" with what the sentence asks ("asked JICA to bring forward the
// design work"). Both are read from the sentences once, on the first
// question that needs them.

var (
	reWhyQ     = regexp.MustCompile(`^\s*(?:so\s+|and\s+)?` + lexicon.Alt("why question openers") + `\b|\b` + lexicon.Alt("why question phrases") + `\b`)
	reRequestQ = regexp.MustCompile(`\b` + lexicon.Alt("request question words") + `\b`)
	// reTimeCue is a reason cue that is also a time: "after",
	// "following".
	reTimeCue = regexp.MustCompile(`(?i)^(?:after|following)$`)
	// reProcessAfter is a step of a decision after such a cue: "after
	// consultation with", "following discussions".
	reProcessAfter = regexp.MustCompile(`(?i)^\s+(?:(?:a|an|the|further|careful|close)\s+)?(?:` + lexicon.Alt("decision steps") + `)\b`)
	// A purpose ("in order to", "with a view to") says why as well.
	// reSinceClause is "since" after a comma and the clause it opens, up
	// to the next break; reSinceVerbPresent a verb in the present in it,
	// or one of need or want, which a time clause does not have: "since
	// samples had to be sent abroad".
	reSinceClause      = regexp.MustCompile(`,\s+since\s+([^,;.]+)`)
	reSinceVerbPresent = regexp.MustCompile(`\b(?:` + lexicon.Alt("present reason verbs", "necessity verbs") + `)\b`)
	reReasonCue        = regexp.MustCompile(`(?i)\b(?:` + lexicon.Alt("reason cues", "purpose connectives") + `)\b`)
	reYearTo           = regexp.MustCompile(`(?:\b(?:19|20)\d{2}|,)\s+(to\s+[a-z]+\b)`)
	// reLaunchedTo is the purpose of a body's setting up: "It was set up
	// to narrow the gap", "was created in the same year to pay for".
	reLaunchedTo = regexp.MustCompile(`\b(?:is|are|was|were|been)\s+(?:` + lexicon.Alt("launch verbs") + `)(?:\s+(?:in|on|at|by)\s+[^,;.]{1,40}?)?\s+(to\s+([a-z]+))\b`)
	// notAVerbAfterTo are words after "to" that open a noun phrase, not
	// a verb: "opened to the public", "to all vessels".
	notAVerbAfterTo = lexicon.Set("determiners", "quantifiers")
	// reDatedAfter is a date right after a word: "to traffic on 8 April
	// 2010" opened the bridge to traffic on a day, for no purpose.
	reDatedAfter = regexp.MustCompile(`^\s+(?:on|in|from|since|by)\s+(?:the\s+)?(?:\d|(?:` + prose.MonthAlt + `)\b)`)
	// "encouraged the Lao PDR, which has not yet ratified, to complete":
	// a relative clause may stand between the one asked and the request.
	reRequest = regexp.MustCompile(`(?i)\b(` + lexicon.Alt("request verbs", "present request verbs") + `)\s+((?:the\s+)?[A-Z][^,;.]{1,80}?)(?:,\s+(?:which|who|whose)\s[^;.]{1,160}?,)?\s+to\s+([a-z][^;.]{3,200})`)
	// reRequestFor is a party asked for a thing: "asked Japan for a
	// specialist", "for support in densifying"; reRequestObject a thing requested with no party named:
	// "requested a second phase of the FFCDP". Not "requested the
	// Government to", which reRequest reads.
	reRequestFor    = regexp.MustCompile(`\b(?:` + lexicon.Alt("request verbs", "present request verbs") + `)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|the)\s+)*\p{Lu}[\p{L}'’-]*){0,6})\s+for\s+((?:(?:` + lexicon.Alt("determiners", "quantifiers") + `)\s+)?[a-z][^;.]{3,200})`)
	reRequestObject = regexp.MustCompile(`\b(?:requested|has requested|have requested|had requested)\s+((?:an?|the)\s+[a-z][^;.]{3,200})`)
	// reForThing is "for" and a thing in lower case inside what reRequest
	// read as the party asked: "Japan for equipment".
	reForThing          = regexp.MustCompile(`\s+for\s+(?:[a-z])`)
	reRequestedThingEnd = regexp.MustCompile(`,|\s+(?:` + lexicon.Alt("purpose connectives") + `)\b|\s+to\s+[a-z]+\b`)
	// "recommended that the NPC revise", "has requested that DPWH
	// complete": the one asked, then what. The name's capitals are read
	// as written: it ends before the verb.
	reRecommend     = regexp.MustCompile(`\b(?i:recommend(?:s|ed)?|` + lexicon.Alt("request verbs") + `)\s+(?:(?i:to)\s+[^,;.]{2,60}\s+)?(?i:that)\s+((?:[Tt]he\s+)?[A-Z][^\s,;.]*(?:\s+[A-Z][^\s,;.]*)*)\s+([a-z][^;.]{3,200})`)
	reScheduleAfter = regexp.MustCompile(`^\s+(?:go|be|open|start|begin|end|finish|close|complete|run|take|hold|meet|launch|expire)\b`)
	reMembership    = regexp.MustCompile(`(?i)^(?:join|attend|become|send observers)\b`)
	// reConnectiveOpening is a sentence's opening connective and its
	// comma: "However, ".
	reConnectiveOpening = regexp.MustCompile(`^[A-Z][a-z]+,\s+$`)
	reOpeningReason     = regexp.MustCompile(`(?i)^(?:` + lexicon.Alt("opening reason cues") + `)\b`)
)

// Weights of reasons and requests.
const (
	// reasonBonus ranks a stated reason above any other fact of its
	// sentence for a why-question.
	reasonBonus = 0.4
	// addresseeBonus ranks a request made of the party the question
	// names ("what did JICA ask the Ministry of Finance") above one made
	// of another party in the same passage.
	addresseeBonus = 0.3
)

// clauseFact is a reason or a request: the words that answer, where they
// stand in the passage, and for a request who is asked.
type clauseFact struct {
	rec       *sentenceRec
	span      corpus.Span // in the passage
	text      string
	addressee string
	// requester is the clause's words before a request's verb, where
	// the one who asks stands: "At the meeting, the ASEAN ministers".
	requester string
}

// readReasonsAndRequests finds the reasons and requests of every sentence.
func (md *Model) readReasonsAndRequests() {
	for _, rec := range md.sents {
		t := rec.text
		found := false
		for _, m := range reReasonCue.FindAllStringIndex(t, -1) {
			// "Because Timor-Leste is not yet a member, the grant goes
			// through UNDP": a reason that opens its sentence runs to the
			// comma that ends it.
			// So does one after a connective: "However, owing to the time
			// ..., the target has been revised".
			if opens := m[0] == 0 || reConnectiveOpening.MatchString(t[:m[0]]); opens && reOpeningReason.MatchString(t[m[0]:]) {
				if c := strings.Index(t[m[0]:], ", "); c >= 0 && m[0]+c > m[1] {
					c += m[0]
					md.reasons = append(md.reasons, clauseFact{rec: rec, span: corpus.Span{Start: rec.span.Start + m[0], End: rec.span.Start + c}, text: t[m[0]:c]})
					found = true
				}
				continue
			}
			// "due to go live on 1 October" is a schedule, not a cause;
			// "dropped after consultation with the PDRD" a step taken, not
			// why.
			if m[0] == 0 || reScheduleAfter.MatchString(t[m[1]:]) || reTimeCue.MatchString(t[m[0]:m[1]]) && reProcessAfter.MatchString(t[m[1]:]) {
				continue
			}
			md.reasons = append(md.reasons, md.clauseAt(rec, m[0], m[1]))
			found = true
		}
		// "The revision has not yet been adopted, since consultations
		// with the professional associations are still under way": "since"
		// after a comma, before a clause in the present with no date, says
		// why, not from when.
		if !found {
			for _, m := range reSinceClause.FindAllStringSubmatchIndex(t, -1) {
				if cl := t[m[2]:m[3]]; !reYearIn.MatchString(cl) && reSinceVerbPresent.MatchString(cl) {
					md.reasons = append(md.reasons, md.clauseAt(rec, m[0]+1, m[0]+1))
					found = true
					break
				}
			}
		}
		if m := reLaunchedTo.FindStringSubmatchIndex(t); m != nil && !found && !notAVerbAfterTo[t[m[4]:m[5]]] && !reDatedAfter.MatchString(t[m[5]:]) {
			md.reasons = append(md.reasons, md.clauseAt(rec, m[2], m[2]))
			found = true
		}
		if m := reYearTo.FindStringSubmatchIndex(t); m != nil && !found {
			// "withdrew in January 2015 to concentrate on ...": a purpose
			// after the event's date.
			md.reasons = append(md.reasons, md.clauseAt(rec, m[2], m[2]))
		}
		for _, m := range reRequest.FindAllStringSubmatchIndex(t, -1) {
			// "invited to join" is a membership status, not a request.
			if reMembership.MatchString(t[m[6]:m[7]]) {
				continue
			}
			f := md.clauseAt(rec, m[6], m[6])
			f.addressee = t[m[4]:m[5]]
			// "asked Japan for equipment to keep that section open":
			// what was asked for is the thing after "for", with its
			// purpose, not the verb after "to".
			if i := reForThing.FindStringIndex(f.addressee); i != nil {
				f = md.clauseAt(rec, m[4]+i[1]-1, m[4]+i[1]-1)
				f.addressee = t[m[4] : m[4]+i[0]]
			}
			f.requester = t[:m[0]]
			md.requests = append(md.requests, f)
		}
		// "which asked Japan for a specialist in genome analysis for its
		// reference laboratory, NIID seconded": what was asked for runs
		// to its clause's comma; "MOWRAM requested a second phase of the
		// FFCDP in order to extend": the thing asked for is the object,
		// the purpose after it is why.
		for _, re := range []*regexp.Regexp{reRequestFor, reRequestObject} {
			for _, m := range re.FindAllStringSubmatchIndex(t, -1) {
				// The thing asked for is the last group; the party asked,
				// when named, the one before.
				at, end := m[len(m)-2], m[len(m)-1]
				f := md.clauseAt(rec, at, at)
				if cut := reRequestedThingEnd.FindStringIndex(t[at:end]); cut != nil {
					f.span.End = rec.span.Start + at + cut[0]
					f.text = t[at : at+cut[0]]
				}
				if len(m) > 4 {
					f.addressee = t[m[2]:m[3]]
				}
				f.requester = t[:m[0]]
				md.requests = append(md.requests, f)
			}
		}
		for _, m := range reRecommend.FindAllStringSubmatchIndex(t, -1) {
			f := md.clauseAt(rec, m[4], m[4])
			f.addressee = t[m[2]:m[3]]
			md.requests = append(md.requests, f)
		}
	}
}

// clauseAt is the words of rec from start (the cue from cueStart) to the
// end of their clause.
func (md *Model) clauseAt(rec *sentenceRec, cueStart, start int) clauseFact {
	t := rec.text
	end := len(t)
	if i := strings.IndexAny(t[start:], ";"); i >= 0 {
		end = start + i
	}
	// A cue that opens with its comma (", as its ...") starts after it.
	for cueStart < end && (t[cueStart] == ',' || t[cueStart] == ' ') {
		cueStart++
	}
	text := strings.TrimRight(strings.TrimSpace(t[cueStart:end]), ".,:; ")
	return clauseFact{rec: rec, span: corpus.Span{Start: rec.span.Start + cueStart, End: rec.span.Start + cueStart + len(text)}, text: text}
}

// answerWhy offers the reasons sentences give for a why-question.
func (md *Model) answerWhy(aq *asked, consider offerFunc) {
	if !reWhyQ.MatchString(aq.q) {
		return
	}
	md.clausesOnce.Do(md.readReasonsAndRequests)
	for _, f := range md.reasons {
		if !md.entityFit(aq.ent, f.rec) {
			continue
		}
		cov := md.cov(aq, f.rec)
		// "Why is Magallanes left out": a reason in a sentence that holds
		// the question's rare words answers it, though the question
		// words the event its own way ("left out" for "excluded").
		if md.holdsRareTerms(aq, f.rec) {
			cov = max(cov, namedReasonCoverage)
		}
		consider(answerFrom(f.rec, f.text, prose.UpperFirst(f.text), f.span), cov, reasonBonus+aq.nearness(f.rec, f.span))
	}
}

// namedReasonCoverage is how sure a reason is whose sentence holds the
// question's rarest word: just enough to answer.
const namedReasonCoverage = minCoverage

// rareTermShare is how rare, as a share of the idf of a word no sentence
// holds, a question's word must be to pick out the sentences about it.
const rareTermShare = 0.75

// holdsRareTerms reports whether a sentence holds every rare word of the
// question, those that pick out what it is about, and the question has
// one. A word no sentence holds picks out nothing.
func (md *Model) holdsRareTerms(aq *asked, rec *sentenceRec) bool {
	n := 0
	for _, t := range aq.terms {
		if !md.isRare(t) {
			continue
		}
		if !rec.terms.holds(t) {
			return false
		}
		n++
	}
	// And the question's last word, which says what happened: "why was
	// the Dawei study suspended" is not answered by a reason about its
	// resumption. A word no sentence holds says nothing of it: "why did
	// Yingluck skip" is asked of a trip she "cancelled".
	if n == 0 {
		return false
	}
	for _, t := range slices.Backward(aq.terms) {
		if t.idf < md.maxIDF {
			return rec.terms.holds(t)
		}
	}
	return false
}

// answerRequest offers what a sentence asks of a party for "what did X
// ask Y to do".
func (md *Model) answerRequest(aq *asked, consider offerFunc) {
	// "Who asked Japan for a college" asks who, not what was asked; "when
	// did ASEAN ask Japan to set up a fund" asks when.
	if !reRequestQ.MatchString(aq.q) || requestNotAsked[aq.kind] || reSumAsked.MatchString(aq.q) {
		return
	}
	md.clausesOnce.Do(md.readReasonsAndRequests)
	requester := md.requesterAsked(aq)
	for _, f := range md.requests {
		if !md.entityFit(aq.ent, f.rec) {
			continue
		}
		// "What did Cambodia request" is not answered by what the ASEAN
		// ministers requested for Cambodia.
		if requester != "" && !slices.ContainsFunc(md.src.Countries(f.requester), func(g GeoMention) bool { return g.Name == requester }) {
			continue
		}
		cov := md.cov(aq, f.rec)
		if cov < minCoverage {
			continue // it would be dropped: skip weighing it
		}
		// The more of the party's name the question holds, the surer it
		// asks about this request: "the Economic Ministers", not "the
		// Foreign Ministers".
		bonus := aq.nearness(f.rec, f.span) + addresseeBonus*md.addresseeAsked(aq, f.addressee)
		consider(answerFrom(f.rec, f.text, prose.UpperFirst(f.text), f.span), cov, bonus)
	}
}

// requestNotAsked are the kinds of question that ask a fact of a request,
// not what it asked for.
var requestNotAsked = map[string]bool{AskWho: true, AskWhen: true, AskWhere: true}

// reSumAsked opens a question that asks a sum, whatever the sum was for:
// "how much did the secretariat ask Japan for".
var reSumAsked = regexp.MustCompile(`^\s*(?:` + lexicon.Alt("sum question openers") + `)\b`)

// requesterAsked is the country a question names as the one who asked:
// "what did cambodia request" asks Cambodia's request; "" when it names
// none there.
func (md *Model) requesterAsked(aq *asked) string {
	m := reRequesterAsked.FindStringSubmatch(aq.q)
	// "What has Cambodia been asked to do" names the one asked.
	if m == nil || rePassiveRequest.MatchString(m[0]) {
		return ""
	}
	if gs := md.src.CountriesAnyCase(m[1]); len(gs) == 1 && !gs[0].IsGroup {
		return gs[0].Name
	}
	return ""
}

// reRequesterAsked is the one a question names before its verb of
// asking: "what did cambodia request".
var reRequesterAsked = regexp.MustCompile(`\b(?:did|does|do|has|have|had)\s+(?:the\s+)?((?:[^\s?]+\s+){0,3}?[^\s?]+)\s+(?:` + lexicon.Alt("request question words") + `)\b`)

// rePassiveRequest is a verb of asking in the passive: "been asked".
var rePassiveRequest = regexp.MustCompile(`\b(?:been|being)\s+(?:` + lexicon.Alt("request question words") + `)\b`)

// reAskedOf is the one a question names as asked: "what did the
// consortium ask DPWH for" asks of DPWH.
var reAskedOf = regexp.MustCompile(`\b(?:` + lexicon.Alt("request question words") + `)\s+((?:the\s+)?[^\s?]+(?:\s+[^\s?]+){0,4}?)(?:\s+(?:to|for|about|if|whether)\b|\s*\??\s*$)`)

// addresseeAsked is how surely the question asks about a request made of
// addressee: the share of its name the words after the question's "ask"
// hold, or, when the question names no one there, the whole question.
func (md *Model) addresseeAsked(aq *asked, addressee string) float64 {
	m := reAskedOf.FindStringSubmatch(aq.q)
	// "What did DPWH ask for" names no one asked.
	if m == nil || prose.Stopwords[strings.TrimSpace(m[1])] {
		return md.nameAsked(aq, addressee)
	}
	of := strings.ToLower(m[1])
	for _, o := range aq.ent.orgs {
		if (strings.Contains(addressee, o.Name) || o.Acronym != "" && strings.Contains(addressee, o.Acronym)) && (strings.Contains(of, strings.ToLower(o.Name)) || o.Acronym != "" && hasPhrase(of, strings.ToLower(o.Acronym))) {
			return 1
		}
	}
	words := md.termsOf(addressee)
	if len(words) == 0 {
		return 0
	}
	asked := md.termsOf(of)
	have := 0
	for w := range words {
		if asked[w] {
			have++
		}
	}
	return float64(have) / float64(len(words))
}

// nameAsked is the share of a name's words the question holds.
func (md *Model) nameAsked(aq *asked, name string) float64 {
	// An organisation the question names, by name or acronym, is the
	// whole name asked for.
	for _, o := range aq.ent.orgs {
		if strings.Contains(name, o.Name) || o.Acronym != "" && strings.Contains(name, o.Acronym) {
			return 1
		}
	}
	words := md.termsOf(name)
	if len(words) == 0 {
		return 0
	}
	have := 0
	for w := range words {
		for _, t := range aq.terms {
			if t.stem == w {
				have++
				break
			}
		}
	}
	return float64(have) / float64(len(words))
}

// rareMissingPenalty lowers a candidate whose sentence and passage lack a
// rare word of the question: the rare words say what the question is
// about ("the Haiyan rice distribution"), and a fact of another project
// that shares its common words ("rice", "distributed") is not it.
const rareMissingPenalty = 0.3

// weighRareTerms lowers the candidates that lack a rare word of the
// question.
func (md *Model) weighRareTerms(aq *asked, cands []cand) {
	var rare []qterm
	for _, t := range aq.terms {
		if md.isRare(t) {
			rare = append(rare, t)
		}
	}
	if len(rare) == 0 {
		return
	}
	for i := range cands {
		rec := md.recOfSentence(cands[i].a.Passage, cands[i].a.Sentence)
		if rec == nil {
			continue
		}
		if md.lacksAny(rec, rare) {
			cands[i].bonus -= rareMissingPenalty
		}
	}
}

// isRare reports whether a question word is rare enough to pick out what
// the question is about; a word no sentence holds picks out nothing.
func (md *Model) isRare(t qterm) bool {
	return t.idf >= rareTermShare*md.maxIDF && t.idf < md.maxIDF
}

// Request is a request a sentence states: the words before its verb,
// where the one who asks stands, and the sentence.
type Request struct {
	Requester string          // "In December 2013 the Department of Civil Aviation of Myanmar"
	Passage   *corpus.Passage // where the sentence is
	Sentence  corpus.Span     // the sentence, in the passage
}

// Requests are the requests the documents state with their requester
// before the verb ("Laos requested Japan to ..."), in document order.
func (md *Model) Requests() []Request {
	md.clausesOnce.Do(md.readReasonsAndRequests)
	var out []Request
	for _, f := range md.requests {
		if f.requester == "" {
			continue
		}
		out = append(out, Request{Requester: f.requester, Passage: f.rec.p, Sentence: f.rec.span})
	}
	return out
}
