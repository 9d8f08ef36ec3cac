package qa

// purposeBonus ranks a sentence that says what something is for above
// other facts in it: "why" and "what is X for" ask for exactly that.
const purposeBonus = 0.2

// answerPurpose answers "what is X for" and "why" with the purpose
// sentences the documents hold.
func (md *Model) answerPurpose(aq *asked, consider offerFunc) {
	for _, p := range md.facts.Purposes {
		rec := md.sentenceOf(p.Passage, p.Span)
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		line := p.Text
		if p.Subject != "" {
			line = p.Subject + ": " + p.Text
		}
		consider(answerFrom(rec, p.Text, line, p.Span), md.cov(aq, rec), purposeBonus)
	}
}
