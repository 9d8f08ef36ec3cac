// Package wire is the binary encoding of what package index keeps on disk
// beside the Bleve index: the facts and the answerer's model. A file is a
// header (a magic string and a format version), a table of every distinct
// string, and a body of varints that refer to the strings by number.
//
// The table makes a file small, since names and sentences repeat, and makes
// reading it cheap: the strings are cut from one block, so reading
// allocates once for all of them and equal strings share memory.
//
// A Reader never panics and never allocates more than its input can hold:
// a damaged or truncated file gives an error, after which every read
// returns a zero value.
package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"
)

// ErrFormat is returned for a file written in another format or version,
// which is to be rebuilt, not read.
var ErrFormat = errors.New("written in another format")

// Writer encodes a file in memory.
type Writer struct {
	body    []byte
	strings map[string]uint64
	table   []string
}

// NewWriter returns an empty Writer.
func NewWriter() *Writer {
	return &Writer{strings: map[string]uint64{}}
}

// Uint writes a non-negative integer.
func (w *Writer) Uint(v uint64) { w.body = binary.AppendUvarint(w.body, v) }

// Int writes an integer.
func (w *Writer) Int(v int) { w.body = binary.AppendVarint(w.body, int64(v)) }

// Bool writes a flag.
func (w *Writer) Bool(v bool) {
	b := byte(0)
	if v {
		b = 1
	}
	w.body = append(w.body, b)
}

// Float writes a float64 exactly.
func (w *Writer) Float(v float64) {
	w.body = binary.LittleEndian.AppendUint64(w.body, math.Float64bits(v))
}

// String writes a string as its number in the table.
func (w *Writer) String(s string) {
	n, ok := w.strings[s]
	if !ok {
		n = uint64(len(w.table))
		w.strings[s] = n
		w.table = append(w.table, s)
	}
	w.Uint(n)
}

// Strings writes a slice of strings, keeping nil apart from empty.
func (w *Writer) Strings(ss []string) {
	w.Len(len(ss), ss == nil)
	for _, s := range ss {
		w.String(s)
	}
}

// Len writes the length of a slice or map, and whether it is nil: code may
// tell nil from empty, so reading back must give the same.
func (w *Writer) Len(n int, isNil bool) {
	if isNil {
		w.Uint(0)
		return
	}
	w.Uint(uint64(n) + 1)
}

// Time writes a time with its offset from UTC.
func (w *Writer) Time(t time.Time) {
	b, err := t.MarshalBinary()
	if err != nil {
		// Only a zone offset that is not a whole minute fails, which no
		// parsed date has; keep the instant.
		b, _ = t.UTC().MarshalBinary()
	}
	w.body = binary.AppendUvarint(w.body, uint64(len(b)))
	w.body = append(w.body, b...)
}

// Bytes returns the whole file: header, string table, body.
func (w *Writer) Bytes(magic string, version uint64) []byte {
	size := 0
	for _, s := range w.table {
		size += len(s)
	}
	out := make([]byte, 0, len(magic)+2*binary.MaxVarintLen64+len(w.table)*2+size+len(w.body)+16)
	out = append(out, magic...)
	out = binary.AppendUvarint(out, version)
	out = binary.AppendUvarint(out, uint64(len(w.table)))
	for _, s := range w.table {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range w.table {
		out = append(out, s...)
	}
	return append(out, w.body...)
}

// Reader decodes a file written by Writer.
type Reader struct {
	buf   []byte
	off   int
	table []string
	err   error
}

// NewReader checks the header of data and reads its string table. It
// returns an error wrapping ErrFormat if data was written with another
// magic or version.
func NewReader(data []byte, magic string, version uint64) (*Reader, error) {
	r := &Reader{buf: data}
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not a %q file", ErrFormat, magic)
	}
	r.off = len(magic)
	if v := r.Uint(); r.err == nil && v != version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrFormat, v, version)
	}
	n := r.count(1)
	lens := make([]int, 0, n)
	total := 0
	for range n {
		l := r.count(1)
		lens = append(lens, l)
		total += l
	}
	if r.err == nil && total > len(r.buf)-r.off {
		r.fail("string table runs past the end")
	}
	if r.err != nil {
		return nil, r.err
	}
	// One allocation for every string; each is a slice of it. Sharing
	// data's bytes instead saved no time on a 100,000-passage restart and
	// kept the whole file (73 MB of facts) alive.
	block := string(r.buf[r.off : r.off+total])
	r.off += total
	r.table = make([]string, n)
	at := 0
	for i, l := range lens {
		r.table[i] = block[at : at+l]
		at += l
	}
	return r, nil
}

// Err is the first error met, if any.
func (r *Reader) Err() error { return r.err }

// Done returns the first error, or an error if input is left over.
func (r *Reader) Done() error {
	if r.err == nil && r.off != len(r.buf) {
		r.fail(fmt.Sprintf("%d bytes left over", len(r.buf)-r.off))
	}
	return r.err
}

func (r *Reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("damaged at byte %d: %s", r.off, what)
	}
	r.off = len(r.buf)
}

// Uint reads a non-negative integer.
func (r *Reader) Uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.buf[r.off:])
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.off += n
	return v
}

// Int reads an integer.
func (r *Reader) Int() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.buf[r.off:])
	if n <= 0 || v != int64(int(v)) {
		r.fail("bad varint")
		return 0
	}
	r.off += n
	return int(v)
}

// Bool reads a flag.
func (r *Reader) Bool() bool {
	if r.err != nil {
		return false
	}
	if r.off >= len(r.buf) || r.buf[r.off] > 1 {
		r.fail("bad flag")
		return false
	}
	r.off++
	return r.buf[r.off-1] == 1
}

// Float reads a float64.
func (r *Reader) Float() float64 {
	if r.err != nil {
		return 0
	}
	if len(r.buf)-r.off < 8 {
		r.fail("short float")
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.buf[r.off:]))
	r.off += 8
	return v
}

// String reads a string.
func (r *Reader) String() string {
	n := r.Uint()
	if r.err != nil {
		return ""
	}
	if n >= uint64(len(r.table)) {
		r.fail("string out of range")
		return ""
	}
	return r.table[n]
}

// Strings reads a slice of strings.
func (r *Reader) Strings() []string {
	n, isNil := r.Len(1)
	if isNil {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.String()
	}
	return out
}

// Len reads what Writer.Len wrote. Each element takes at least minSize
// bytes of what is left, which bounds the length a damaged file can claim.
func (r *Reader) Len(minSize int) (n int, isNil bool) {
	v := r.Uint()
	if r.err != nil {
		return 0, true
	}
	if v == 0 {
		return 0, true
	}
	return r.bound(v-1, minSize), false
}

// Count reads a length written with Uint, bounded as Len's.
func (r *Reader) Count(minSize int) int { return r.count(minSize) }

func (r *Reader) count(minSize int) int {
	v := r.Uint()
	if r.err != nil {
		return 0
	}
	return r.bound(v, minSize)
}

func (r *Reader) bound(v uint64, minSize int) int {
	left := uint64(len(r.buf) - r.off)
	if v > math.MaxInt32 || v > left/uint64(max(minSize, 1)) {
		r.fail(fmt.Sprintf("length %d exceeds what is left", v))
		return 0
	}
	return int(v)
}

// Ref reads a number below limit, such as the index of a passage; it
// returns -1 after an error.
func (r *Reader) Ref(limit int) int {
	v := r.Uint()
	if r.err != nil {
		return -1
	}
	if v >= uint64(limit) {
		r.fail(fmt.Sprintf("reference %d out of %d", v, limit))
		return -1
	}
	return int(v)
}

// Time reads a time.
func (r *Reader) Time() time.Time {
	n := r.count(1)
	if r.err != nil {
		return time.Time{}
	}
	var t time.Time
	if err := t.UnmarshalBinary(r.buf[r.off : r.off+n]); err != nil {
		r.fail("bad time: " + err.Error())
		return time.Time{}
	}
	r.off += n
	return t
}
