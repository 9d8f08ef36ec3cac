package wire

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

type record struct {
	N     uint64
	I     int
	B     bool
	F     float64
	S     string
	L     []string
	Empty []string
	Nil   []string
	T     time.Time
}

func write(r record) []byte {
	w := NewWriter()
	w.Uint(r.N)
	w.Int(r.I)
	w.Bool(r.B)
	w.Float(r.F)
	w.String(r.S)
	w.Strings(r.L)
	w.Strings(r.Empty)
	w.Strings(r.Nil)
	w.Time(r.T)
	return w.Bytes("test\n", 3)
}

func read(b []byte, version uint64) (record, error) {
	r, err := NewReader(b, "test\n", version)
	if err != nil {
		return record{}, err
	}
	got := record{N: r.Uint(), I: r.Int(), B: r.Bool(), F: r.Float(), S: r.String(), L: r.Strings(), Empty: r.Strings(),
		Nil: r.Strings(), T: r.Time()}
	return got, r.Done()
}

func TestRoundTrip(t *testing.T) {
	want := record{N: 1 << 40, I: -7, B: true, F: math.Pi, S: "Phnom Penh", L: []string{"a", "Phnom Penh", "a", ""},
		Empty: []string{}, T: time.Date(2001, time.November, 1, 0, 0, 0, 0, time.UTC)}
	got, err := read(write(want), 3)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("read back (-want +got):\n%s", diff)
	}
	if got.Nil != nil || got.Empty == nil {
		t.Errorf("nil and empty slices read back as %#v and %#v", got.Nil, got.Empty)
	}
	if got.T != want.T {
		t.Errorf("time read back as %#v, want %#v", got.T, want.T)
	}
}

// TestOtherVersion writes with one version and reads with another: the
// reader must refuse the file, not misread it.
func TestOtherVersion(t *testing.T) {
	b := write(record{S: "x"})
	for _, v := range []uint64{2, 4} {
		if _, err := read(b, v); !errors.Is(err, ErrFormat) {
			t.Errorf("version 3 read as %d: %v, want ErrFormat", v, err)
		}
	}
	if _, err := NewReader(b, "other\n", 3); !errors.Is(err, ErrFormat) {
		t.Errorf("another magic: %v, want ErrFormat", err)
	}
}

func TestDamage(t *testing.T) {
	b := write(record{N: 300, S: "Vientiane", L: []string{"Laos", "Cambodia"}, T: time.Unix(1e9, 0).UTC()})
	for n := range len(b) {
		if _, err := read(b[:n], 3); err == nil {
			t.Errorf("cut to %d of %d bytes: read", n, len(b))
		}
	}
	if _, err := read(append(b, 0), 3); err == nil {
		t.Error("a byte left over: read")
	}
	// A length no input could hold fails without allocating it.
	w := NewWriter()
	w.Len(math.MaxInt32-1, false)
	r, err := NewReader(w.Bytes("test\n", 3), "test\n", 3)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := r.Len(1); n != 0 || r.Err() == nil {
		t.Errorf("huge length read as %d, %v", n, r.Err())
	}
}
