package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Row is one fact with where it comes from.
type Row struct {
	Kind     string            `json:"kind"`             // what sort of fact: "amount", "date", "membership"
	Doc      string            `json:"doc"`              // the document's ID
	Section  string            `json:"section"`          // the section heading it is under, if any
	Item     string            `json:"item"`             // the numbered item or project it belongs to, if any
	Fact     string            `json:"fact"`             // the fact in one line
	Sentence string            `json:"sentence"`         // the source sentence, as written
	Fields   map[string]string `json:"fields,omitempty"` // what this kind of fact carries: "currency": "JPY"; in CSV, no key may be a column's name in any case
}

// columns are the CSV columns every export has, in order, before the
// Fields keys.
var columns = []string{"kind", "doc", "section", "item", "fact", "sentence"}

func (r Row) fixed() []string { return []string{r.Kind, r.Doc, r.Section, r.Item, r.Fact, r.Sentence} }

// Format is a file format: CSV or JSON.
type Format string

// The formats Write knows; each is also the files' extension.
const (
	CSV  Format = "csv"
	JSON Format = "json"
)

// contentType is what a file of the format is sent as.
func (f Format) contentType() string {
	if f == CSV {
		return "text/csv; charset=utf-8"
	}
	return "application/json"
}

// File is one file of an export.
type File struct {
	Name        string // "facts.csv"; "facts-1.csv", "facts-2.csv", … when split
	ContentType string // for the attachment: "text/csv; charset=utf-8", "application/json"
	Data        []byte
	Rows        int // rows in this file
}

var (
	// ErrEmpty is returned for an export with no rows, so the caller can
	// say there is nothing to export instead of sending an empty file.
	ErrEmpty = errors.New("export: no rows")
	// ErrRowTooLarge is returned when one row, with a file's header and
	// brackets, is over the size limit: no split can help.
	ErrRowTooLarge = errors.New("export: a row is larger than the size limit")
)

// Write encodes rows in format as files named name-1.ext, name-2.ext, …,
// each at most limit bytes, in the order of rows; when all fit in one
// file, it is named name.ext. A limit of 0 or less means one file of any
// size. An empty name is "facts".
func Write(name string, rows []Row, format Format, limit int) ([]File, error) {
	if format != CSV && format != JSON {
		return nil, fmt.Errorf("export: unknown format %q: want %q or %q", format, CSV, JSON)
	}
	if len(rows) == 0 {
		return nil, ErrEmpty
	}
	if name == "" {
		name = "facts"
	}
	var (
		layout fileLayout
		err    error
	)
	if format == CSV {
		layout, err = csvLayout(rows)
	} else {
		layout, err = jsonLayout(rows)
	}
	if err != nil {
		return nil, err
	}
	files, err := split(layout, limit)
	if err != nil {
		return nil, err
	}
	for i := range files {
		files[i].ContentType = format.contentType()
		files[i].Name = name + "." + string(format)
		if len(files) > 1 {
			files[i].Name = fmt.Sprintf("%s-%d.%s", name, i+1, format)
		}
	}
	return files, nil
}

// fileLayout is an export's rows, each encoded, and what goes around
// and between them in every file.
type fileLayout struct {
	head, sep, tail []byte
	rows            [][]byte
}

func (l fileLayout) size(rows [][]byte) int {
	n := len(l.head) + len(l.tail) + len(l.sep)*(len(rows)-1)
	for _, r := range rows {
		n += len(r)
	}
	return n
}

// split packs rows into files of at most limit bytes, filling each file
// before starting the next.
func split(l fileLayout, limit int) ([]File, error) {
	var files []File
	start := 0
	for start < len(l.rows) {
		end := start + 1
		size := l.size(l.rows[start:end])
		if limit > 0 && size > limit {
			return nil, fmt.Errorf("%w: row %d makes a file of %d bytes, over %d", ErrRowTooLarge, start, size, limit)
		}
		for end < len(l.rows) {
			next := size + len(l.sep) + len(l.rows[end])
			if limit > 0 && next > limit {
				break
			}
			size = next
			end++
		}
		data := make([]byte, 0, size)
		data = append(data, l.head...)
		for i, r := range l.rows[start:end] {
			if i > 0 {
				data = append(data, l.sep...)
			}
			data = append(data, r...)
		}
		data = append(data, l.tail...)
		files = append(files, File{Data: data, Rows: end - start})
		start = end
	}
	return files, nil
}

// csvLayout encodes rows as CSV records under a header.
func csvLayout(rows []Row) (fileLayout, error) {
	keys, err := fieldKeys(rows)
	if err != nil {
		return fileLayout{}, err
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	record := func(fields []string) ([]byte, error) {
		buf.Reset()
		if err := w.Write(fields); err != nil {
			return nil, err
		}
		w.Flush()
		return bytes.Clone(buf.Bytes()), w.Error()
	}
	head, err := record(append(slices.Clone(columns), keys...))
	if err != nil {
		return fileLayout{}, fmt.Errorf("export: csv header: %w", err)
	}
	l := fileLayout{head: head}
	for i, r := range rows {
		fields := r.fixed()
		for _, k := range keys {
			fields = append(fields, r.Fields[k])
		}
		b, err := record(fields)
		if err != nil {
			return fileLayout{}, fmt.Errorf("export: csv row %d: %w", i, err)
		}
		l.rows = append(l.rows, b)
	}
	return l, nil
}

// fieldKeys is the union of the rows' Fields keys, sorted, so the columns
// are the same however the rows are ordered or split.
func fieldKeys(rows []Row) ([]string, error) {
	keys := map[string]bool{}
	for i, r := range rows {
		for k := range r.Fields {
			if k == "" || slices.Contains(columns, strings.ToLower(k)) {
				return nil, fmt.Errorf("export: row %d: field %q would clash with a column", i, k)
			}
			keys[k] = true
		}
	}
	return slices.Sorted(maps.Keys(keys)), nil
}

// jsonLayout encodes rows as the objects of a JSON array, a line each.
func jsonLayout(rows []Row) (fileLayout, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // "R&D", not "R\u0026D": the files are read, not embedded in HTML
	l := fileLayout{head: []byte("[\n"), sep: []byte(",\n"), tail: []byte("\n]\n")}
	for i, r := range rows {
		buf.Reset()
		if err := enc.Encode(r); err != nil {
			return fileLayout{}, fmt.Errorf("export: json row %d: %w", i, err)
		}
		l.rows = append(l.rows, bytes.Clone(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))))
	}
	return l, nil
}
