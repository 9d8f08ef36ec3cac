package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"

	"github.com/iaibot/iaibot/index/internal/prose"
)

// purposeBonus ranks a sentence that says what something is for above
// other facts in it: "why" and "what is X for" ask for exactly that.
const purposeBonus = 0.2

// ownPurposeBonus ranks the purpose of the body the question asks of
// ("It aims to establish a quality management system", after a sentence
// on the SNBTC) above a purpose of another's that names the body in
// passing ("Japan will continue to link its projects ..., so that the
// experience of the SNBTC ... can be shared").
const ownPurposeBonus = 0.1

// rePointedSubject opens a clause whose subject points back: "It aims",
// "The project aims".
var rePointedSubject = regexp.MustCompile(`^\s*(?:It|Its|This|The)\b`)

// purposeOfAsked reports whether the purpose at sp in sentence rec is of
// a body the question names: its clause's subject, before the purpose,
// names the body, or points back to it in a passage that speaks of it.
func (md *Model) purposeOfAsked(aq *asked, rec *sentenceRec, sp corpus.Span) bool {
	if len(aq.ent.orgs) == 0 || sp.Start < rec.span.Start || sp.Start > rec.span.End {
		return false
	}
	before := rec.p.Text[rec.span.Start:sp.Start]
	if i := strings.LastIndex(before, ";"); i >= 0 {
		before = before[i+1:]
	}
	for _, o := range aq.ent.orgs {
		if namesOrg(before, o) {
			return true
		}
		if rePointedSubject.MatchString(before) && (namesOrg(rec.p.Text, o) || namesOrg(rec.p.Cite.SectionTitle, o)) && !slices.ContainsFunc(md.src.OrgMentions(before), func(n OrgMention) bool { return n.Key != orgKey(o) }) {
			return true
		}
	}
	return false
}

// answerPurpose answers "what is X for" and "why" with the purpose
// sentences the documents hold, and "what is the US$20 million for" with
// what the sum's own "for" phrase says.
func (md *Model) answerPurpose(aq *asked, consider offerFunc) {
	md.answerDoes(aq, consider)
	// "What did the ministry ask Japan for" asks a request, which a
	// purpose of the ministry's own is not.
	requestAsked := slices.ContainsFunc(strings.Fields(aq.q), func(w string) bool { return requestWords[strings.Trim(w, "?,.!")] })
	for _, p := range md.facts.Purposes {
		rec := md.sentenceOf(p.Passage, p.Span)
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		line := p.Text
		if p.Subject != "" {
			line = p.Subject + ": " + p.Text
		}
		a := answerFrom(rec, p.Text, line, p.Span)
		bonus := purposeBonus
		if !requestAsked && md.purposeOfAsked(aq, rec, p.Span) {
			bonus += ownPurposeBonus
		}
		consider(a, md.cov(aq, rec), bonus)
	}
	if aq.kind == AskPurpose && (reMoneyAsked.MatchString(aq.q) || reSumWritten.MatchString(aq.q)) {
		md.answerSumPurpose(aq, consider)
	}
}

// answerSumPurpose offers what each sum is for, as its sentence says right
// after it ("US$4 million ... through the WFP for rice and high-energy
// biscuits"). Of several sums in a sentence, the one the question's words
// stand nearest, or the one it writes, is meant.
func (md *Model) answerSumPurpose(aq *asked, consider offerFunc) {
	q := prose.Fold(aq.q)
	for i := range md.facts.Amounts {
		am := &md.facts.Amounts[i]
		if am.Purpose == "" {
			continue
		}
		rec := md.sentenceOf(am.Passage, am.Span)
		if rec == nil || !md.entityFit(aq.ent, rec) {
			continue
		}
		at := strings.Index(am.Passage.Text[am.Span.End:rec.span.End], am.Purpose)
		if at < 0 {
			continue
		}
		start := am.Span.End + at
		span := am.Passage.Text[start : start+len(am.Purpose)]
		bonus := purposeBonus + aq.nearness(rec, am.Span)
		if strings.Contains(q, prose.Fold(am.Text)) {
			bonus += writtenSumBonus
		}
		a := answerFrom(rec, span, am.Text+": for "+span, corpus.Span{Start: start, End: start + len(am.Purpose)}, am.Span)
		consider(a, md.cov(aq, rec), bonus)
	}
}

// reSumWritten is a sum a question writes out: "US$20 million", "¥650m".
var reSumWritten = regexp.MustCompile(`(?:[A-Za-z]{0,3}\$|[¥€£])\s?\d`)

// writtenSumBonus ranks the sum a question writes out ("what is the
// US$20 million for") above the others of its sentence.
const writtenSumBonus = 0.3
