package index

import (
	"context"
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
func (ix *Index) analyse(ctx context.Context, sources []Source, opts Options) error {
	start := time.Now()
	opts.report(StageExtract, 0, len(sources))
	docs, err := parseConcurrently(sources, extractWorkers())
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	passages := map[string]*Passage{}
	for _, d := range docs {
		for _, p := range d.Passages {
			passages[p.ID] = p
		}
	}
	x, err := extractConcurrently(ctx, docs, extractWorkers(), func(done int) { opts.report(StageExtract, done, len(docs)) })
	if err != nil {
		return err
	}
	ix.docs, ix.passages, ix.x = docs, passages, x
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

// modelBuild is the answerer's model being built beside the Bleve index.
type modelBuild struct {
	done      chan struct{}
	abandoned atomic.Bool
}

// startModel builds the answerer's model on its own goroutine, unless ix
// has one, while the caller builds the Bleve index. The model reads only
// the documents and facts, never the search index being built.
func (ix *Index) startModel() *modelBuild {
	b := &modelBuild{done: make(chan struct{})}
	if ix.answerer != nil {
		close(b.done)
		return b
	}
	go func() {
		defer close(b.done)
		start := time.Now()
		md := qa.New(answerSource{ix})
		if b.abandoned.Load() {
			return
		}
		ix.answerer = md
		ix.log.Debug("answer model built", "took", time.Since(start))
	}()
	return b
}

// wait returns when the model is in ix.
func (b *modelBuild) wait() { <-b.done }

// abandon lets a build that was given up run to its end unheard: the model
// cannot be stopped part way, and no one waits for an index given up.
func (b *modelBuild) abandon() { b.abandoned.Store(true) }
