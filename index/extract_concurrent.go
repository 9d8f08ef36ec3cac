package index

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// extractConcurrently returns what extract does, with the work of each
// document done on up to workers goroutines: the first pass, which learns
// the organisations and groups of every document, runs alone, and then
// each document is annotated and related on its own copy of the
// extraction, whose facts are joined in document order: no fact of one
// document depends on another's sentences, only on what the first pass
// learnt. progress, if not nil, is called with the number of documents
// done after each. It gives up, between documents, when ctx is done.
func extractConcurrently(ctx context.Context, docs []*Document, workers int, progress func(done int)) (*extraction, error) {
	x := learnDefinitions(docs)
	if workers <= 1 || len(docs) < 2 {
		for i, d := range docs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			x.annotateDoc(d)
			if progress != nil {
				progress(i + 1)
			}
		}
		for _, d := range docs {
			x.relateDoc(d)
		}
		x.finish(docs)
		return x, nil
	}
	// Built now, since they are built on first use and the workers share
	// them; the first pass has learnt everything they index.
	x.orgIdx()
	x.definedGroups()

	parts := make([]*extraction, len(docs))
	var next atomic.Int64
	var mu sync.Mutex // held while calling progress, so counts arrive in order
	done := 0
	var wg sync.WaitGroup
	for range min(workers, len(docs)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(docs) || ctx.Err() != nil {
					return
				}
				parts[i] = x.documentPart(docs[i])
				if progress != nil {
					mu.Lock()
					done++
					progress(done)
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	for i, part := range parts {
		d := docs[i]
		x.scope[d] = part.scope[d]
		for c := range part.corpusScope {
			x.corpusScope[c] = true
		}
		if org, ok := part.lastMemberOrg[d]; ok {
			x.lastMemberOrg[d] = org
		}
		for p, a := range part.annot {
			x.annot[p] = a
		}
		x.places = append(x.places, part.places...)
		x.amounts = append(x.amounts, part.amounts...)
		x.dates = append(x.dates, part.dates...)
		x.shares = append(x.shares, part.shares...)
		x.counts = append(x.counts, part.counts...)
		x.memberships = append(x.memberships, part.memberships...)
		x.projects = append(x.projects, part.projects...)
		x.people = append(x.people, part.people...)
		x.purposes = append(x.purposes, part.purposes...)
	}
	x.finish(docs)
	return x, nil
}

// documentPart annotates and relates d on a copy of x that shares what
// the first pass learnt and holds only d's facts.
func (x *extraction) documentPart(d *Document) *extraction {
	part := &extraction{
		scope:         map[*Document]map[string]bool{},
		corpusScope:   map[string]bool{},
		lastMemberOrg: map[*Document]string{},
		orgs:          x.orgs,
		orgByKey:      x.orgByKey,
		groups:        x.groups,
		orgs2:         x.orgs2,
		groupMatch:    x.groupMatch,
		annot:         map[*Passage]*annotation{},
	}
	part.annotateDoc(d)
	part.relateDoc(d)
	return part
}

// extractWorkers is how many goroutines extract the documents.
func extractWorkers() int { return runtime.GOMAXPROCS(0) }
