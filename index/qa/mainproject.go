package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// otherProjectPenalty lowers a fact from a sentence that names another
// project than the one a document is about, for a question about "the
// project": "when did the project start" in a brief on a volcano project
// is not answered by the earlier project its background recalls.
const otherProjectPenalty = 0.3

// reTheProjectAsked is a question about "the project" without its name.
var reTheProjectAsked = regexp.MustCompile(`\bthe (?:` + lexicon.Alt("project heads asked") + `)\b`)

// reProjectAcronym is a project's short form in brackets: "(MVOIP)".
var reProjectAcronym = regexp.MustCompile(`\([A-Z][A-Z0-9-]{1,9}\)`)

// reBracketed is a stretch in brackets.
var reBracketed = regexp.MustCompile(`\s*\([^)]*\)`)

// mainProjectsOf are the projects doc's title names. It reads each
// document's projects once, into docProjects too.
func (md *Model) mainProjectsOf(doc *corpus.Document) []*corpus.Project {
	md.mainOnce.Do(func() {
		md.mainProjects = map[*corpus.Document][]*corpus.Project{}
		md.docProjects = map[*corpus.Document][]*corpus.Project{}
		for i := range md.facts.Projects {
			pr := md.facts.Projects[i]
			if pr.Passage == nil {
				continue
			}
			d := pr.Passage.Doc
			md.docProjects[d] = append(md.docProjects[d], pr)
			name := prose.Fold(reBracketed.ReplaceAllString(pr.Name, ""))
			if len(strings.Fields(name)) >= minProjectWords && strings.Contains(prose.Fold(d.Title), name) {
				md.mainProjects[d] = append(md.mainProjects[d], pr)
			}
		}
	})
	return md.mainProjects[doc]
}

// weighMainProject lowers the candidates of a question about "the
// project" whose sentence names another project of its document than the
// one its title names, and not that one.
func (md *Model) weighMainProject(aq *asked, cands []cand) {
	if !reTheProjectAsked.MatchString(aq.q) {
		return
	}
	for i := range cands {
		p := cands[i].a.Passage
		if p == nil {
			continue
		}
		main := md.mainProjectsOf(p.Doc)
		if len(main) == 0 {
			continue
		}
		s := cands[i].a.Sentence
		if md.namesProject(s, main) {
			continue
		}
		for _, pr := range md.docProjects[p.Doc] {
			if !md.namesProject(s, []*corpus.Project{pr}) {
				continue
			}
			if !slices.Contains(main, pr) {
				cands[i].bonus -= otherProjectPenalty
				break
			}
		}
	}
}

// namesProject reports whether s names one of prs, by its name without
// brackets or by the short form in its brackets.
func (md *Model) namesProject(s string, prs []*corpus.Project) bool {
	for _, pr := range prs {
		if strings.Contains(s, reBracketed.ReplaceAllString(pr.Name, "")) {
			return true
		}
		if m := reProjectAcronym.FindString(pr.Name); m != "" && strings.Contains(s, m) {
			return true
		}
	}
	return false
}
