package qa

func (md *Model) answerPurpose(aq *asked, consider func(Answer, float64, float64)) {
	for _, p := range md.facts.Purposes {
		rec := md.sentenceOf(p.Passage, p.Span)
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		line := p.Text
		if p.Subject != "" {
			line = p.Subject + ": " + p.Text
		}
		consider(answerFrom(rec, p.Text, line, p.Span), md.cov(aq, rec), 0.2)
	}
}
