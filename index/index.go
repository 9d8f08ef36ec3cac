package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/blevesearch/bleve/v2"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/keyword" // registers "keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/iaibot/iaibot/index/qa"
)

// Source is one document's file name and text.
type Source struct {
	Name string
	Text string
}

// LoadFS reads every .txt and .md file at the top of fsys, in name order.
func LoadFS(fsys fs.FS) ([]Source, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("read documents: %w", err)
	}
	var out []Source
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || (ext != ".txt" && ext != ".md") {
			continue
		}
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, fmt.Errorf("read document %s: %w", e.Name(), err)
		}
		// b is this call's own: the text can share its memory instead of
		// copying it (a tenth of a second for a thousand documents).
		out = append(out, Source{Name: e.Name(), Text: unsafe.String(unsafe.SliceData(b), len(b))})
	}
	if len(out) == 0 {
		return nil, errors.New("no .txt or .md documents found")
	}
	return out, nil
}

// LoadDir reads every .txt and .md file in dir.
func LoadDir(dir string) ([]Source, error) {
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("documents directory: %w", err)
	} else if !st.IsDir() {
		return nil, fmt.Errorf("documents directory %s: not a directory", dir)
	}
	src, err := LoadFS(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return src, nil
}

// Options configure Open.
type Options struct {
	Logger *slog.Logger // where to log; default discards
	// Dir, if set, keeps everything Open makes on disk there (the facts,
	// the answerer's model and the Bleve index) and reads it back while
	// the documents and the program are unchanged, parsing and extracting
	// nothing; default "" indexes in memory. A damaged index in Dir is
	// rebuilt; an unusable Dir falls back to memory with a warning.
	Dir string

	// Progress, if set, is told how a build advances: the documents
	// extracted, the passages indexed, the files written. It is called
	// from one goroutine at a time and must return quickly; a reopened
	// index calls it never. Default: nothing is reported.
	Progress func(Progress)

	testHook   func(stage string) // called at each step of a build in Dir, so tests can kill it
	testFormat int                // the on-disk format to write and read instead of storeFormat
}

// Index is the searchable corpus: documents, passages, facts, the Bleve
// index over the passages and the answerer's model. It is safe for
// concurrent use.
type Index struct {
	log      *slog.Logger
	docs     []*Document
	passages map[string]*Passage
	x        *extraction
	answerer *qa.Model
	bleve    bleve.Index
	vocab    *sync.Map // word -> whether the index has it; see knownWord
	// named holds, for each sentence sentenceNames has read, the
	// countries it concerns: a country's profile reads every sum's
	// sentence, and a sentence says the same for every country.
	named *sync.Map // sentence -> map[string]bool
	// funding is Funding's list, made once: a country's profile reads it
	// whole.
	funding func() []Funding
	// timeline is Timeline's list, read from the facts on first use: its
	// labels read each dated sentence's passage.
	timeline func() []Date
}

// Open parses, extracts and indexes the documents, in memory or, with
// opts.Dir, on disk, where a later Open of the same documents by the same
// program reads everything back instead.
func Open(sources []Source, opts Options) (*Index, error) {
	return OpenContext(context.Background(), sources, opts)
}

// OpenContext is Open that gives up when ctx is done and returns its
// error. A build on disk that it gives up leaves the directory as it was.
func OpenContext(ctx context.Context, sources []Source, opts Options) (*Index, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	if err := checkSources(sources); err != nil {
		return nil, err
	}
	ix := &Index{log: log, passages: map[string]*Passage{}, vocab: &sync.Map{}, named: &sync.Map{}}
	ix.funding = sync.OnceValue(ix.fundingList)
	ix.timeline = sync.OnceValue(ix.timelineList)
	if err := ix.open(ctx, sources, opts); err != nil {
		return nil, err
	}
	st := ix.Stats()
	log.Info("index built", "documents", st.Documents, "passages", st.Passages, "facts", st.Facts, "took", time.Since(start))
	return ix, nil
}

// open fills ix from opts.Dir or, without one or when it cannot be used,
// in memory. ix may already hold the analysed documents.
func (ix *Index) open(ctx context.Context, sources []Source, opts Options) error {
	if opts.Dir != "" {
		err := ix.openStore(ctx, sources, opts)
		if err == nil {
			return nil
		}
		if errors.As(err, new(analysisError)) || ctx.Err() != nil {
			return err
		}
		ix.log.Warn("cannot keep the index on disk; indexing in memory", "dir", opts.Dir, "err", err)
	}
	if ix.x == nil {
		if err := ix.analyse(ctx, sources, opts); err != nil {
			return err
		}
	}
	model := ix.startModel()
	idx, err := ix.newMemIndex(ctx, opts)
	if err != nil {
		model.abandon()
		return err
	}
	opts.report(StageFinish, 0, 1)
	model.wait()
	opts.report(StageFinish, 1, 1)
	ix.bleve = idx
	return nil
}

// Close releases the Bleve index.
func (ix *Index) Close() error { return ix.bleve.Close() }

// Documents returns the indexed documents in load order.
func (ix *Index) Documents() []*Document { return ix.docs }

// Passage returns a passage by ID.
func (ix *Index) Passage(id string) (*Passage, bool) {
	p, ok := ix.passages[id]
	return p, ok
}

// Stats counts what is indexed.
type Stats struct {
	Documents, Passages, Facts int
}

// Stats returns the corpus's size.
func (ix *Index) Stats() Stats {
	x := ix.x
	return Stats{
		Documents: len(ix.docs),
		Passages:  len(ix.passages),
		Facts: len(x.orgs) + len(x.groups) + len(x.places) + len(x.amounts) + len(x.shares) + len(x.dates) +
			len(x.counts) + len(x.memberships) + len(x.projects) + len(x.purposes),
	}
}

// Field names of the Bleve documents.
const (
	fText      = "text"
	fSection   = "section_title"
	fDoc       = "doc"
	fKind      = "kind"
	fCountries = "countries"
	fOrgs      = "orgs"
	fAmounts   = "amounts"
	fDates     = "dates"
	fOrder     = "order"
)

func newMapping() mapping.IndexMapping {
	prose := mapping.NewTextFieldMapping()
	prose.Analyzer = en.AnalyzerName
	prose.IncludeTermVectors = true // locations for highlighting
	prose.Store = false

	keyword := mapping.NewKeywordFieldMapping()
	keyword.Store = false

	num := mapping.NewNumericFieldMapping()
	num.Store = false
	date := mapping.NewDateTimeFieldMapping()
	date.Store = false

	dm := mapping.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(fText, prose)
	sec := mapping.NewTextFieldMapping()
	sec.Analyzer = en.AnalyzerName
	sec.Store = false
	dm.AddFieldMappingsAt(fSection, sec)
	dm.AddFieldMappingsAt(fDoc, keyword)
	dm.AddFieldMappingsAt(fKind, keyword)
	dm.AddFieldMappingsAt(fCountries, keyword)
	dm.AddFieldMappingsAt(fOrgs, keyword)
	dm.AddFieldMappingsAt(fAmounts, num)
	dm.AddFieldMappingsAt(fDates, date)
	dm.AddFieldMappingsAt(fOrder, num)

	// Every query names its fields: the composite _all field, which would
	// index every term a second time with its positions, and doc values,
	// which only sorting by a field needs, are never read.
	dm.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	for _, fms := range dm.Properties {
		for _, fm := range fms.Fields {
			fm.DocValues = false
		}
	}

	im := mapping.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = en.AnalyzerName
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}

// bleveDoc is a passage as Bleve indexes it.
func (ix *Index) bleveDoc(p *Passage) map[string]any {
	a := ix.x.annot[p]
	var amounts []float64
	for _, am := range a.amounts {
		amounts = append(amounts, am.Value)
	}
	var dates []string
	for _, d := range a.dates {
		dates = append(dates, d.Start.Format(time.RFC3339))
	}
	orgs := append([]string(nil), a.orgs...)
	return map[string]any{
		fText:      p.Text,
		fSection:   p.Cite.SectionTitle,
		fDoc:       p.Doc.ID,
		fKind:      p.Kind,
		fCountries: a.countries,
		fOrgs:      orgs,
		fAmounts:   amounts,
		fDates:     dates,
		fOrder:     p.Order,
	}
}

// memBatch is how many passages go to an index in memory at once. Each
// batch is analysed on every core and becomes a segment. Measured on
// 102,000 passages: one batch took 26 s and 4.3 GB; batches of 1,000 15 s
// and 0.83 GB, but their many segments slow searches (p50 2.2 ms); of
// 5,000 17 s, 0.99 GB and p50 1.6 ms.
const memBatch = 5000

func (ix *Index) indexPassages(ctx context.Context, idx bleve.Index, opts Options) error {
	b := idx.NewBatch()
	done := 0
	for _, d := range ix.docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, p := range d.Passages {
			if err := b.Index(p.ID, ix.bleveDoc(p)); err != nil {
				return fmt.Errorf("index passage %s: %w", p.ID, err)
			}
			opts.reportIndexed(done, len(ix.passages))
			done++
			if b.Size() >= memBatch {
				if err := idx.Batch(b); err != nil {
					return fmt.Errorf("index batch: %w", err)
				}
				b.Reset()
			}
		}
	}
	if err := idx.Batch(b); err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	return nil
}

// sortedPassages returns all passages in document order.
func (ix *Index) sortedPassages() []*Passage {
	var out []*Passage
	for _, d := range ix.docs {
		out = append(out, d.Passages...)
	}
	return out
}
