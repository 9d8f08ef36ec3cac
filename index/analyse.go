package index

import (
	"errors"
	"fmt"
	"time"

	"github.com/iaibot/iaibot/index/qa"
)

// checkSources rejects what no index can hold: no documents, or two that
// would share an ID.
func checkSources(sources []Source) error {
	if len(sources) == 0 {
		return errors.New("no documents")
	}
	seen := map[string]bool{}
	for _, s := range sources {
		id := DocumentID(s.Name)
		if seen[id] {
			return fmt.Errorf("two documents named %s", id)
		}
		seen[id] = true
	}
	return nil
}

// analyse parses the sources, extracts their facts and builds the
// answerer's model: everything but the Bleve index.
func (ix *Index) analyse(sources []Source, opts Options) error {
	start := time.Now()
	var docs []*Document
	passages := map[string]*Passage{}
	for _, s := range sources {
		d, err := ParseDocument(DocumentID(s.Name), s.Text)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		for _, p := range d.Passages {
			passages[p.ID] = p
		}
	}
	ix.docs, ix.passages = docs, passages
	ix.x = extract(docs)
	ix.answerer = qa.New(answerSource{ix})
	ix.log.Debug("documents analysed", "documents", len(docs), "passages", len(passages), "took", time.Since(start))
	return nil
}
