package index

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/iaibot/iaibot/index/internal/wire"
	"github.com/iaibot/iaibot/index/qa"
)

// The persistent index (Options.Dir) keeps everything a start needs on
// disk: the documents and their facts, the answerer's model and the Bleve
// index. A start whose documents and program are those of the live build
// reads them back instead of parsing, extracting and indexing again. The
// directory holds:
//
//	lock               flock'd while a process checks, builds or opens the index
//	current            the name of the live build, replaced by rename
//	index-NNN/         one build, never written again once published
//	  facts.bin        the documents, passages and facts (factsfile.go)
//	  model.bin        the answerer's model (package qa, modelfile.go)
//	  bleve/           the scorch index
//	  manifest.json    written last: format, content key, counts, file checksums
//	current.tmp-NNN    a pointer being written
//
// Any index-* directory that current does not name, and any current.tmp-*,
// is left over from a killed or superseded build and is removed under the
// lock. Nothing else in the directory is touched.
//
// A running process keeps its build open read-only after it releases the
// lock, so a later process may rebuild and remove that build; on Unix the
// open files stay readable until closed.

// storeFormat versions the on-disk layout and manifest. The content key
// covers the sources, the mapping, the Bleve module versions and the
// program itself (so any change to extraction or the answerer rebuilds),
// and each file carries its own version; bump this for changes those
// cannot see, such as the layout itself.
const storeFormat = 2

const (
	lockName       = "lock"
	currentName    = "current"
	pointerPrefix  = "current.tmp-"
	buildPrefix    = "index-"
	bleveSubdir    = "bleve"
	factsName      = "facts.bin"
	modelName      = "model.bin"
	manifestName   = "manifest.json"
	storeDirPerm   = 0o750
	storeFilePerm  = 0o640
	bleveModPrefix = "github.com/blevesearch/"
)

// Test hooks: the stages of a build, in order, at which Options.testHook is
// called, so tests can kill a build part way.
const (
	stageFacts     = "facts"     // facts written, Bleve not yet begun, the model being built
	stageIndexing  = "indexing"  // half the passages given to the builder
	stageBuilt     = "built"     // Bleve files written, not yet synced, the model not yet written
	stageManifest  = "manifest"  // manifest written, build not yet published
	stagePointer   = "pointer"   // new pointer written to a temp file, not yet renamed
	stagePublished = "published" // pointer renamed, old builds not yet removed
)

var (
	errNoIndex = errors.New("no index on disk yet")
	errStale   = errors.New("out of date")
)

// manifest describes a complete build. Its presence, written last, is what
// makes a build directory usable.
type manifest struct {
	Format    int       `json:"format"`
	Key       string    `json:"key"`     // hex SHA-256, see storeKey
	Program   string    `json:"program"` // hex SHA-256 of the program that built it, to say why a build is stale
	Documents int       `json:"documents"`
	Passages  int       `json:"passages"`
	Built     time.Time `json:"built"`
	Files     []fileSum `json:"files"` // the facts, the model and every file under bleve/
}

// fileSum lets a reopen notice a truncated or damaged file before Bleve
// maps it, since zap segments carry no checksum that Bleve verifies on open.
type fileSum struct {
	Path   string `json:"path"` // slash-separated, relative to the build directory
	Size   int64  `json:"size"`
	CRC32C uint32 `json:"crc32c"`
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// storeWant is what the index on disk must have been built from.
type storeWant struct {
	key     string
	program string
	sources []Source // to analyse, if the build on disk does not do
}

// store is one Open's view of Options.Dir.
type store struct {
	dir  string
	log  *slog.Logger
	hook func(stage string)
	opts Options
}

// analysisError is a failure to read the documents themselves, which no
// index, on disk or in memory, can get past.
type analysisError struct{ err error }

func (e analysisError) Error() string { return e.err.Error() }
func (e analysisError) Unwrap() error { return e.err }

// openStore fills ix from opts.Dir: it reads back the live build when it
// was made from these sources by this program, and otherwise analyses the
// sources (unless ix already holds them) and builds, publishes and opens a
// new one. A directory that cannot be used costs speed, not availability:
// openStore then returns an error that the caller answers by indexing in
// memory; only an analysisError means the documents themselves are at
// fault.
func (ix *Index) openStore(ctx context.Context, sources []Source, opts Options) error {
	s := &store{dir: opts.Dir, log: ix.log, hook: opts.testHook, opts: opts}
	want, err := storeKey(sources)
	if err != nil {
		return err
	}
	return s.open(ctx, ix, want)
}

// builderBatch is how many passages the builder analyses into each of the
// segments it merges at the end. Measured on 102,000 passages, batches of
// 1,000 took 18 s and 0.54 GB, of 5,000 22 s and 0.97 GB, of 20,000 21 s
// and 1.6 GB: a larger batch only costs memory.
const builderBatch = 1000

// largeCorpus is the passage count above which the in-memory index uses
// scorch segments.
const largeCorpus = 5000

func (ix *Index) newMemIndex(ctx context.Context, opts Options) (bleve.Index, error) {
	// The in-memory key-value index answers small corpora fastest, but
	// builds large ones slowly; scorch's in-memory segments build them in
	// a fraction of the time.
	var idx bleve.Index
	var err error
	if len(ix.passages) > largeCorpus {
		idx, err = bleve.NewUsing("", newMapping(), scorch.Name, scorch.Name, nil)
	} else {
		idx, err = bleve.NewMemOnly(newMapping())
	}
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	if err := ix.indexPassages(ctx, idx, opts); err != nil {
		idx.Close()
		return nil, err
	}
	return idx, nil
}

// storeKey computes the content key: a hash of everything that decides
// what a build holds. The program is part of it, so that a new extractor
// or answerer never reads facts or a model another one made; the
// documents themselves need not be parsed to compute it, which is what
// makes a restart cheap.
func storeKey(sources []Source) (storeWant, error) {
	w := storeWant{sources: sources}
	prog, err := programID()
	if err != nil {
		return w, fmt.Errorf("identify the program: %w", err)
	}
	w.program = prog
	h := sha256.New()
	writeField(h, "iaibot index "+strconv.Itoa(storeFormat))
	writeField(h, prog)
	writeField(h, bleveVersions())
	mj, err := json.Marshal(newMapping())
	if err != nil {
		return w, fmt.Errorf("encode mapping: %w", err)
	}
	writeField(h, string(mj))
	for _, s := range sources {
		writeField(h, s.Name)
		writeField(h, s.Text)
	}
	w.key = hex.EncodeToString(h.Sum(nil))
	return w, nil
}

// writeField writes s length-prefixed, so that field boundaries are part
// of the hash.
func writeField(h hash.Hash, s string) {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(s)))
	h.Write(n[:])
	// A hash only reads what it is given: no need to copy s to bytes
	// (the documents' whole text, on every start).
	h.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// bleveVersions lists the versions of the Bleve modules built in, since a
// new Bleve may analyse or encode differently.
func bleveVersions() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	var b strings.Builder
	for _, m := range bi.Deps {
		if !strings.HasPrefix(m.Path, bleveModPrefix) {
			continue
		}
		if m.Replace != nil {
			m = m.Replace
		}
		fmt.Fprintf(&b, "%s@%s %s\n", m.Path, m.Version, m.Sum)
	}
	return b.String()
}

// open reads the live build into ix if it matches want and is intact,
// and otherwise builds, publishes and opens a new one.
func (s *store) open(ctx context.Context, ix *Index, want storeWant) error {
	start := time.Now()
	if err := os.MkdirAll(s.dir, storeDirPerm); err != nil {
		return fmt.Errorf("create index directory: %w", err)
	}
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()

	live, err := s.reopen(ix, want)
	if err == nil {
		s.removeJunk(live)
		s.log.Info("index reopened from disk", "dir", filepath.Join(s.dir, live), "took", time.Since(start))
		return nil
	}
	switch {
	case errors.Is(err, errNoIndex), errors.Is(err, errStale):
		s.log.Info("building index on disk", "dir", s.dir, "reason", err)
	default:
		s.log.Warn("index on disk unusable; rebuilding", "dir", s.dir, "reason", err)
	}
	live, err = s.build(ctx, ix, want)
	if err != nil && ctx.Err() != nil {
		// Given up, not failed: what is live stays for the next start to
		// judge, and the unfinished build has removed itself.
		return err
	}
	if err != nil {
		// Whatever was live is stale or broken: drop it rather than leave
		// it for the next start to trip over.
		if rerr := os.Remove(filepath.Join(s.dir, currentName)); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			s.log.Warn("cannot remove index pointer", "err", rerr)
		}
		s.removeJunk("")
		return err
	}
	s.removeJunk(live)
	s.log.Info("index built on disk", "dir", filepath.Join(s.dir, live), "took", time.Since(start))
	return nil
}

// lock takes the directory's exclusive lock, waiting for any other process
// (or Open in this process) that holds it. The kernel drops the lock if
// the holder dies, so a killed build never blocks the next start.
func (s *store) lock() (unlock func(), err error) {
	path := filepath.Join(s.dir, lockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, storeFilePerm)
	if err != nil {
		return nil, fmt.Errorf("open lock: %w", err)
	}
	_, err = lockFile(f, func() {
		s.log.Info("waiting for another process to release the index", "lock", path)
	})
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() { f.Close() }, nil // closing the file releases the lock
}

// reopen reads the live build into ix if it is complete, intact and was
// made from want. It returns the build's directory name. On error ix is
// left as it was.
func (s *store) reopen(ix *Index, want storeWant) (string, error) {
	b, err := os.ReadFile(filepath.Join(s.dir, currentName))
	if errors.Is(err, fs.ErrNotExist) {
		return "", errNoIndex
	}
	if err != nil {
		return "", fmt.Errorf("read index pointer: %w", err)
	}
	live := strings.TrimSpace(string(b))
	if !isBuildName(live) {
		return "", fmt.Errorf("index pointer names %q, not a build", live)
	}
	dir := filepath.Join(s.dir, live)
	m, err := readManifest(dir)
	if err != nil {
		return "", err
	}
	switch {
	case m.Format != s.format():
		return "", fmt.Errorf("%w: on-disk format %d, want %d", errStale, m.Format, s.format())
	case m.Key != want.key && m.Program != want.program:
		return "", fmt.Errorf("%w: built by another program", errStale)
	case m.Key != want.key:
		return "", fmt.Errorf("%w: documents or mapping changed", errStale)
	}
	if err := checkFiles(dir, m.Files); err != nil {
		return "", err
	}
	facts, err := os.ReadFile(filepath.Join(dir, factsName))
	if err != nil {
		return "", fmt.Errorf("read facts: %w", err)
	}
	docs, x, err := decodeFacts(facts)
	facts = nil // the facts hold only what they cut from it
	if errors.Is(err, wire.ErrFormat) {
		return "", fmt.Errorf("%w: %w", errStale, err)
	}
	if err != nil {
		return "", err
	}
	passages := map[string]*Passage{}
	var ids []string
	for _, d := range docs {
		for _, p := range d.Passages {
			passages[p.ID] = p
			ids = append(ids, p.ID)
		}
	}
	if m.Passages != len(ids) || m.Documents != len(docs) || len(docs) != len(want.sources) {
		return "", fmt.Errorf("manifest counts %d documents, %d passages; facts hold %d, %d, for %d sources",
			m.Documents, m.Passages, len(docs), len(ids), len(want.sources))
	}
	old := *ix
	ix.docs, ix.passages, ix.x = docs, passages, x
	model, err := os.ReadFile(filepath.Join(dir, modelName))
	if err == nil {
		ix.answerer, err = qa.Decode(model, answerSource{ix})
	}
	if errors.Is(err, qa.ErrFormat) {
		*ix = old
		return "", fmt.Errorf("%w: %w", errStale, err)
	}
	if err != nil {
		*ix = old
		return "", fmt.Errorf("read answer model: %w", err)
	}
	idx, err := openChecked(filepath.Join(dir, bleveSubdir), ids)
	if err != nil {
		*ix = old
		return "", err
	}
	ix.bleve = idx
	return live, nil
}

func isBuildName(name string) bool {
	return strings.HasPrefix(name, buildPrefix) && filepath.Base(name) == name && filepath.IsLocal(name)
}

func readManifest(dir string) (manifest, error) {
	var m manifest
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		return m, fmt.Errorf("read manifest: %w", err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("decode manifest %s: %w", filepath.Join(dir, manifestName), err)
	}
	return m, nil
}

// checkFiles verifies every file the manifest lists, sizes first so that
// a truncated file is caught without reading it.
func checkFiles(dir string, files []fileSum) error {
	if len(files) == 0 {
		return errors.New("manifest lists no files")
	}
	for _, f := range files {
		if !filepath.IsLocal(filepath.FromSlash(f.Path)) {
			return fmt.Errorf("manifest lists %q, outside the build", f.Path)
		}
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		fi, err := os.Stat(path)
		if err != nil {
			return fmt.Errorf("check index file: %w", err)
		}
		if fi.Size() != f.Size {
			return fmt.Errorf("index file %s is %d bytes, want %d", f.Path, fi.Size(), f.Size)
		}
		sum, _, err := sumFile(path, false)
		if err != nil {
			return err
		}
		if sum != f.CRC32C {
			return fmt.Errorf("index file %s fails its checksum", f.Path)
		}
	}
	return nil
}

// sumFile checksums a file and, when sync is set, flushes it to disk.
func sumFile(path string, sync bool) (sum uint32, size int64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, fmt.Errorf("open index file: %w", err)
	}
	defer f.Close()
	h := crc32.New(castagnoli)
	size, err = io.Copy(h, f)
	if err != nil {
		return 0, 0, fmt.Errorf("read index file %s: %w", path, err)
	}
	if sync {
		if err := f.Sync(); err != nil {
			return 0, 0, fmt.Errorf("sync %s: %w", path, err)
		}
	}
	return h.Sum32(), size, nil
}

// openChecked opens a Bleve index read-only, so nothing (no merger, no
// persister) changes the files the manifest vouches for, and checks that
// it holds exactly the passages ids. Bleve trusts its files; a panic on a
// damaged one is turned into an error so that it leads to a rebuild.
func openChecked(path string, ids []string) (idx bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			if idx != nil {
				closeQuietly(idx)
			}
			idx, err = nil, fmt.Errorf("open index %s: bleve panicked: %v", path, r)
		}
	}()
	idx, err = bleve.OpenUsing(path, map[string]any{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	if err := checkDocs(idx, ids); err != nil {
		closeQuietly(idx)
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	return idx, nil
}

func closeQuietly(idx bleve.Index) {
	defer func() { recover() }() // already failing; the first error is the one to report
	idx.Close()
}

// checkDocs proves the index's document IDs are exactly ids: as many
// documents as ids, and every id among them.
func checkDocs(idx bleve.Index, ids []string) error {
	n, err := idx.DocCount()
	if err != nil {
		return fmt.Errorf("count documents: %w", err)
	}
	if n != uint64(len(ids)) {
		return fmt.Errorf("holds %d documents, want %d passages", n, len(ids))
	}
	if len(ids) == 0 {
		return nil
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), 0, 0, false)
	sr, err := idx.Search(req)
	if err != nil {
		return fmt.Errorf("look up passage IDs: %w", err)
	}
	if sr.Total != uint64(len(ids)) {
		return fmt.Errorf("holds %d of the %d passage IDs", sr.Total, len(ids))
	}
	return nil
}

// build analyses want's sources into ix unless it holds them already,
// writes them as a new build into a fresh directory, makes it durable,
// opens it and only then publishes it, so the pointer never names a build
// that failed. On error the new directory is removed.
func (s *store) build(ctx context.Context, ix *Index, want storeWant) (live string, err error) {
	if ix.x == nil {
		if err := ix.analyse(ctx, want.sources, s.opts); err != nil {
			if ctx.Err() != nil {
				return "", err
			}
			return "", analysisError{err}
		}
	}
	building := ix.startModel()
	modelBuilt := false
	dir, err := os.MkdirTemp(s.dir, buildPrefix)
	if err != nil {
		building.abandon()
		return "", fmt.Errorf("create build directory: %w", err)
	}
	var idx bleve.Index
	defer func() {
		if !modelBuilt {
			building.abandon()
		}
		if err != nil {
			if idx != nil {
				idx.Close()
			}
			os.RemoveAll(dir)
		}
	}()
	facts, err := encodeFacts(ix.docs, ix.x)
	if err != nil {
		return "", fmt.Errorf("encode facts: %w", err)
	}
	if err := writeFileSync(filepath.Join(dir, factsName), facts); err != nil {
		return "", err
	}
	facts = nil
	s.stage(stageFacts)

	path := filepath.Join(dir, bleveSubdir)
	// The builder writes one merged segment without a background merger,
	// and keeps its scratch files inside dir, so a kill leaves no junk
	// elsewhere.
	b, err := bleve.NewBuilder(path, newMapping(), map[string]any{"buildPathPrefix": dir, "batchSize": builderBatch})
	if err != nil {
		return "", fmt.Errorf("create index %s: %w", path, err)
	}
	all := ix.sortedPassages()
	ids := make([]string, len(all))
	for i, p := range all {
		ids[i] = p.ID
		if i%progressEvery == 0 && ctx.Err() != nil {
			b.Close()
			return "", ctx.Err()
		}
		if err := b.Index(p.ID, ix.bleveDoc(p)); err != nil {
			b.Close()
			return "", fmt.Errorf("index passage %s: %w", p.ID, err)
		}
		if i == len(all)/2 {
			s.stage(stageIndexing)
		}
		s.opts.reportIndexed(i, len(all))
	}
	if err := b.Close(); err != nil {
		return "", fmt.Errorf("write index %s: %w", path, err)
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	s.stage(stageBuilt)

	s.opts.report(StageFinish, 0, 1)
	building.wait()
	modelBuilt = true
	model, err := ix.answerer.Encode()
	if err != nil {
		return "", fmt.Errorf("encode answer model: %w", err)
	}
	if err := writeFileSync(filepath.Join(dir, modelName), model); err != nil {
		return "", err
	}
	model = nil

	files, err := sumBuild(dir)
	if err != nil {
		return "", err
	}
	m := manifest{
		Format:    s.format(),
		Key:       want.key,
		Program:   want.program,
		Documents: len(ix.docs),
		Passages:  len(ids),
		Built:     time.Now().UTC(),
		Files:     files,
	}
	if err := writeManifest(dir, m); err != nil {
		return "", err
	}
	s.stage(stageManifest)

	if idx, err = openChecked(path, ids); err != nil {
		return "", err
	}
	live = filepath.Base(dir)
	if err := s.publish(live); err != nil {
		return "", err
	}
	s.stage(stagePublished)
	s.opts.report(StageFinish, 1, 1)
	ix.bleve = idx
	return live, nil
}

// format is the layout version this store writes and reads.
func (s *store) format() int {
	if s.opts.testFormat != 0 {
		return s.opts.testFormat
	}
	return storeFormat
}

func (s *store) stage(name string) {
	if s.hook != nil {
		s.hook(name)
	}
}

// syncTree flushes every file and directory under dir/sub to disk and
// returns their checksums.
func syncTree(dir, sub string) ([]fileSum, error) {
	var files []fileSum
	var dirs []string
	err := filepath.WalkDir(filepath.Join(dir, sub), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			dirs = append(dirs, path)
			return nil
		}
		sum, size, err := sumFile(path, true)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		files = append(files, fileSum{Path: filepath.ToSlash(rel), Size: size, CRC32C: sum})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sync index files: %w", err)
	}
	for _, d := range dirs {
		if err := syncDir(d); err != nil {
			return nil, err
		}
	}
	return files, nil
}

// sumBuild flushes a build's Bleve files to disk and returns the
// checksums of every file the manifest vouches for.
func sumBuild(dir string) ([]fileSum, error) {
	files, err := syncTree(dir, bleveSubdir)
	if err != nil {
		return nil, err
	}
	for _, name := range []string{factsName, modelName} {
		sum, size, err := sumFile(filepath.Join(dir, name), false) // synced when written
		if err != nil {
			return nil, err
		}
		files = append(files, fileSum{Path: name, Size: size, CRC32C: sum})
	}
	return files, nil
}

func writeManifest(dir string, m manifest) error {
	b, err := json.MarshalIndent(m, "", "\t")
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	if err := writeFileSync(filepath.Join(dir, manifestName), append(b, '\n')); err != nil {
		return err
	}
	return syncDir(dir)
}

// publish points current at the build live, atomically: readers see the
// old pointer or the new one, never a partial file.
func (s *store) publish(live string) error {
	f, err := os.CreateTemp(s.dir, pointerPrefix)
	if err != nil {
		return fmt.Errorf("create index pointer: %w", err)
	}
	tmp := f.Name()
	_, err = io.WriteString(f, live+"\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		s.stage(stagePointer)
		err = os.Rename(tmp, filepath.Join(s.dir, currentName))
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write index pointer: %w", err)
	}
	return syncDir(s.dir)
}

func writeFileSync(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, storeFilePerm)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// syncDir makes a directory's entries (new files, renames) durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// removeJunk removes every build but live, and any stray pointer. Failure
// only wastes disk, so it is logged, not returned.
func (s *store) removeJunk(live string) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		s.log.Warn("cannot list index directory", "err", err)
		return
	}
	for _, e := range entries {
		name := e.Name()
		if (strings.HasPrefix(name, buildPrefix) && name != live) || strings.HasPrefix(name, pointerPrefix) {
			if err := os.RemoveAll(filepath.Join(s.dir, name)); err != nil {
				s.log.Warn("cannot remove old index files", "err", err)
			}
		}
	}
}
