package index

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
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

// analyse parses the sources and extracts their facts, a document per
// core at a time.
func (ix *Index) analyse(sources []Source) error {
	start := time.Now()
	docs, err := parseConcurrently(sources, extractWorkers())
	if err != nil {
		return err
	}
	passages := map[string]*Passage{}
	for _, d := range docs {
		for _, p := range d.Passages {
			passages[p.ID] = p
		}
	}
	ix.docs, ix.passages = docs, passages
	ix.x = extractConcurrently(docs, extractWorkers(), nil)
	ix.log.Debug("documents analysed", "documents", len(docs), "passages", len(passages), "took", time.Since(start))
	return nil
}

// parseConcurrently parses the sources on up to workers goroutines and
// returns the documents in the sources' order, or the first error in that
// order.
func parseConcurrently(sources []Source, workers int) ([]*Document, error) {
	docs := make([]*Document, len(sources))
	errs := make([]error, len(sources))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, len(sources))) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(sources) {
					return
				}
				docs[i], errs[i] = ParseDocument(DocumentID(sources[i].Name), sources[i].Text)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		for _, err := range errs {
			if err != nil {
				return nil, err
			}
		}
	}
	return docs, nil
}

// startModel builds the answerer's model on its own goroutine, unless ix
// has one, while the caller builds the Bleve index; wait returns when it is
// done. The model reads only the documents and facts, never the search
// index being built.
func (ix *Index) startModel() (wait func()) {
	if ix.answerer != nil {
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		start := time.Now()
		ix.answerer = qa.New(answerSource{ix})
		ix.log.Debug("answer model built", "took", time.Since(start))
	}()
	return func() { <-done }
}
