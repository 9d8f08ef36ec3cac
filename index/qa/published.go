package qa

import (
	"regexp"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
)

// docCoverage is how much of the question, publication words aside, a
// document's title, publisher and name cover.
func (md *Model) docCoverage(aq *asked, d *corpus.Document) float64 {
	var qt []qterm
	for _, t := range aq.terms {
		if !rePublished.MatchString(t.word) {
			qt = append(qt, t)
		}
	}
	c := coverageSet(qt, md.termCache[d.Title+" "+d.Publisher+" "+strings.ReplaceAll(d.ID, "-", " ")])
	// "the IAI paper": an organisation the question names belongs to the
	// document that defines it.
	for _, o := range aq.ent.orgs {
		if o.Passage != nil && o.Passage.Doc == d {
			c += 0.5
		}
	}
	return c
}

var rePublished = regexp.MustCompile(`\b(publish|published|publication|issued|released|written|wrote|author|authored|dated|document|paper|report)\b`)
