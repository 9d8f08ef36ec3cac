package qa

import (
	"math"
	"regexp"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/prose"
)

var reWhatIs = regexp.MustCompile(`^\s*(?:so\s+)?(?:what|who)\s+(?:is|are|was)\b`)

// answerWhatIs answers "What is the ASEAN-Japan Centre?" with what it is
// for, when the documents say, and with the sentence that introduces it.
func (md *Model) answerWhatIs(aq *asked, consider func(Answer, float64, float64)) {
	ent := aq.ent
	if len(ent.orgs) > 0 && reWhatIs.MatchString(aq.q) && coverageSet(aq.terms, md.termsOf(ent.orgs[0].Name+" "+ent.orgs[0].Acronym)) > 0.99 {
		o := ent.orgs[0]
		// Where the documents introduce it says what it is.
		if rec := md.sentenceOf(o.Passage, o.Span); rec != nil && o.Acronym != "" && !o.General {
			consider(answerFrom(rec, rec.text, o.Acronym+" is the "+o.Name+": "+prose.Clip(rec.text, 200), o.Span), 0.8, 0.2)
		}
		md.answerPurpose(aq, func(a Answer, cov, bonus float64) {
			if strings.HasPrefix(a.Text, o.Display()+":") {
				consider(a, cov, bonus+0.1)
			}
		})
	}
}

// answerOpen answers "tell me about X" with the passage that best covers
// the question; a paragraph that introduces a list brings its items.
func (md *Model) answerOpen(aq *asked, consider func(Answer, float64, float64)) {
	best := map[*corpus.Passage]float64{}
	focus := map[*corpus.Passage]float64{}
	for _, rec := range md.sents {
		if !md.entityFit(aq.ent, rec) {
			continue
		}
		c := md.cov(aq, rec)
		// Of equally good sentences, the shorter is more to the point.
		f := -math.Min(0.1, float64(len(rec.text))/5000)
		if c > best[rec.p] || (c == best[rec.p] && f > focus[rec.p]) {
			best[rec.p], focus[rec.p] = c, f
		}
	}
	for p, c := range best {
		text := p.Text
		for _, d := range md.docs {
			for _, item := range d.Passages {
				if item.Lead == p.Text && item != p {
					text += " " + item.Text
				}
			}
		}
		bonus := focus[p]
		if p.Kind == corpus.KindTitle {
			bonus -= 0.2
		}
		// "Tell me about RNEN": where the documents introduce it.
		for _, o := range aq.ent.orgs {
			if o.Passage == p && coverageSet(aq.terms, md.termsOf(o.Name+" "+o.Acronym)) > 0.99 {
				bonus += 0.1
			}
		}
		a := Answer{Span: text, Text: prose.Clip(text, 300), Sentence: p.Text, Passage: p}
		consider(a, c, bonus-float64(p.Order)*1e-4)
	}
}
