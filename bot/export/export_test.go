package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// seedRows are facts like the seed document's, with the text that CSV
// must quote and the non-ASCII it must keep.
func seedRows() []Row {
	const doc = "mofa-2001-11-japan-cooperation-iai"
	return []Row{
		{
			Kind: "amount", Doc: doc, Section: "5. Cooperation with ESCAP",
			Fact:     "$98,520 disbursed by Japan through the Japan ESCAP Cooperation Fund in 2000",
			Sentence: "Japan was of a view that the project would contribute to narrowing economic gaps among the ASEAN member countries and disbursed $98,520 through the Japan ESCAP Cooperation Fund last year.",
			Fields:   map[string]string{"currency": "USD", "value": "98520", "payer": "Japan"},
		},
		{
			Kind: "share", Doc: doc, Section: "3. Cooperation with other ASEAN members", Item: "JSPP21",
			Fact:     `Japan and Singapore share the cost "on a 50-50 basis"`,
			Sentence: `It is called "Japan-Singapore Partnership Program for the 21st Century (JSPP21).`,
			Fields:   map[string]string{"parts": "50, 50", "parties": "Japan; Singapore"},
		},
		{
			Kind: "date", Doc: doc, Section: "2. Mekong Subregion Development",
			Fact:     "Joint mission with the ADB from 15th to 21st July 2001",
			Sentence: "Japan dispatched a joint mission with the Asian Development Bank (ADB)\nto the countries concerned (CLMV and Thailand) from 15th to 21st July 2001.",
			Fields:   map[string]string{"start": "2001-07-15", "end": "2001-07-21"},
		},
		{
			Kind: "amount", Doc: "jica-2004-日本語", Section: "援助", Item: "東西回廊",
			Fact:     "¥6 billion for the East-West Corridor",
			Sentence: "日本政府は東西経済回廊に60億円（¥6 billion）を供与した。",
			Fields:   map[string]string{"currency": "JPY", "value": "6000000000"},
		},
		{Kind: "membership", Doc: doc, Fact: "Cambodia joined the ASEAN-Japan Centre", Sentence: "On June 11, 2001, Cambodia has joined the Center, ..."},
		{Kind: "note", Doc: doc, Fact: "  leading and trailing spaces  ", Sentence: "R&D <b>not HTML</b>, \"quoted\", and a comma"},
	}
}

// readCSV parses files back into rows, checking each file's header.
func readCSV(t *testing.T, files []File) ([]Row, []string) {
	t.Helper()
	var rows []Row
	var header []string
	for _, f := range files {
		records, err := csv.NewReader(bytes.NewReader(f.Data)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if len(records) == 0 {
			t.Fatalf("%s: empty", f.Name)
		}
		if header == nil {
			header = records[0]
		} else if !slices.Equal(records[0], header) {
			t.Errorf("%s: header %q, want the first file's %q", f.Name, records[0], header)
		}
		if got := len(records) - 1; got != f.Rows {
			t.Errorf("%s: %d rows, File.Rows says %d", f.Name, got, f.Rows)
		}
		for _, rec := range records[1:] {
			r := Row{Kind: rec[0], Doc: rec[1], Section: rec[2], Item: rec[3], Fact: rec[4], Sentence: rec[5]}
			for i, k := range header[len(columns):] {
				if v := rec[len(columns)+i]; v != "" {
					if r.Fields == nil {
						r.Fields = map[string]string{}
					}
					r.Fields[k] = v
				}
			}
			rows = append(rows, r)
		}
	}
	return rows, header
}

// readJSON parses files back into rows.
func readJSON(t *testing.T, files []File) []Row {
	t.Helper()
	var rows []Row
	for _, f := range files {
		var part []Row
		if err := json.Unmarshal(f.Data, &part); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if len(part) != f.Rows {
			t.Errorf("%s: %d rows, File.Rows says %d", f.Name, len(part), f.Rows)
		}
		rows = append(rows, part...)
	}
	return rows
}

func TestCSVRoundTrip(t *testing.T) {
	rows := seedRows()
	files, err := Write("facts", rows, CSV, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Name != "facts.csv" || files[0].ContentType != "text/csv; charset=utf-8" {
		t.Fatalf("files %+v, want one facts.csv", files)
	}
	got, header := readCSV(t, files)
	if diff := cmp.Diff(rows, got); diff != "" {
		t.Errorf("rows read back (-want +got):\n%s", diff)
	}
	// Fixed columns first, then every row's field keys, sorted.
	want := []string{"kind", "doc", "section", "item", "fact", "sentence", "currency", "end", "parties", "parts", "payer", "start", "value"}
	if diff := cmp.Diff(want, header); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	rows := seedRows()
	files, err := Write("funding", rows, JSON, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Name != "funding.json" || files[0].ContentType != "application/json" {
		t.Fatalf("files %+v, want one funding.json", files)
	}
	if diff := cmp.Diff(rows, readJSON(t, files)); diff != "" {
		t.Errorf("rows read back (-want +got):\n%s", diff)
	}
	// One object per line, between the array's brackets.
	lines := strings.Split(strings.TrimSuffix(string(files[0].Data), "\n"), "\n")
	if len(lines) != len(rows)+2 || lines[0] != "[" || lines[len(lines)-1] != "]" {
		t.Errorf("want [, a line per row, ]; got %d lines:\n%s", len(lines), files[0].Data)
	}
}

// Text stays as written: UTF-8 unescaped, no HTML escaping, quotes and
// newlines intact.
func TestText(t *testing.T) {
	for _, format := range []Format{CSV, JSON} {
		files, err := Write("facts", seedRows(), format, 0)
		if err != nil {
			t.Fatal(err)
		}
		data := files[0].Data
		if !utf8.Valid(data) {
			t.Errorf("%s: not valid UTF-8", format)
		}
		for _, s := range []string{"日本政府は東西経済回廊に60億円（¥6 billion）を供与した。", "¥6 billion", "R&D <b>not HTML</b>"} {
			if !strings.Contains(string(data), s) {
				t.Errorf("%s: %q not written as is", format, s)
			}
		}
		if bytes.HasPrefix(data, []byte("\uFEFF")) {
			t.Errorf("%s: starts with a byte order mark", format)
		}
	}
	// In CSV, a field with a comma, quote or newline is quoted, quotes doubled.
	files, err := Write("facts", seedRows(), CSV, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		`"$98,520 disbursed by Japan through the Japan ESCAP Cooperation Fund in 2000"`,
		`"Japan and Singapore share the cost ""on a 50-50 basis"""`,
		"\"Japan dispatched a joint mission with the Asian Development Bank (ADB)\nto the countries",
		`"  leading and trailing spaces  "`,
	} {
		if !strings.Contains(string(files[0].Data), s) {
			t.Errorf("CSV lacks %q", s)
		}
	}
}

func TestSplit(t *testing.T) {
	var rows []Row
	for i := range 40 {
		rows = append(rows, Row{
			Kind: "date", Doc: "doc", Fact: fmt.Sprintf("fact %d, with a comma", i),
			Sentence: strings.Repeat("日本 ", i%7), // rows of different sizes
			Fields:   map[string]string{"n": fmt.Sprint(i)},
		})
	}
	for _, format := range []Format{CSV, JSON} {
		for _, limit := range []int{300, 512, 1000, 2000} {
			t.Run(fmt.Sprintf("%s/%d", format, limit), func(t *testing.T) {
				files, err := Write("timeline", rows, format, limit)
				if err != nil {
					t.Fatal(err)
				}
				if len(files) < 2 {
					t.Fatalf("%d file(s), want the rows split", len(files))
				}
				for i, f := range files {
					if want := fmt.Sprintf("timeline-%d.%s", i+1, format); f.Name != want {
						t.Errorf("file %d named %q, want %q", i, f.Name, want)
					}
					if len(f.Data) > limit {
						t.Errorf("%s is %d bytes, over %d", f.Name, len(f.Data), limit)
					}
				}
				// Each file is as full as it can be: the next file's first
				// row would not have fitted.
				for i := range files[:len(files)-1] {
					next := rows[countRows(files[:i+1])]
					if grown := len(files[i].Data) + addedBy(t, next, format); grown <= limit {
						t.Errorf("%s stops at %d bytes, but the next row would fit (%d)", files[i].Name, len(files[i].Data), grown)
					}
				}
				var got []Row
				if format == CSV {
					got, _ = readCSV(t, files)
				} else {
					got = readJSON(t, files)
				}
				if diff := cmp.Diff(rows, got); diff != "" {
					t.Errorf("rows read back from %d files (-want +got):\n%s", len(files), diff)
				}
			})
		}
	}
}

func countRows(files []File) int {
	n := 0
	for _, f := range files {
		n += f.Rows
	}
	return n
}

// addedBy is how much r adds to a file that has rows already.
func addedBy(t *testing.T, r Row, format Format) int {
	t.Helper()
	alone, err := Write("x", []Row{r}, format, 0)
	if err != nil {
		t.Fatal(err)
	}
	data := alone[0].Data
	if format == CSV {
		return len(data) - (bytes.IndexByte(data, '\n') + 1) // less the header
	}
	return len(data) - len("[\n\n]\n") + len(",\n")
}

// The header is the union of every row's keys, so a file whose rows lack
// some still has their columns, empty.
func TestSplitKeepsColumns(t *testing.T) {
	rows := []Row{
		{Kind: "amount", Fact: "a", Fields: map[string]string{"currency": "USD"}},
		{Kind: "date", Fact: "b", Fields: map[string]string{"start": "2001-07-15"}},
	}
	files, err := Write("facts", rows, CSV, 80)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 {
		t.Fatalf("%d files, want 2", len(files))
	}
	second, err := csv.NewReader(bytes.NewReader(files[1].Data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"kind", "doc", "section", "item", "fact", "sentence", "currency", "start"},
		{"date", "", "", "", "b", "", "", "2001-07-15"},
	}
	if diff := cmp.Diff(want, second); diff != "" {
		t.Errorf("second file (-want +got):\n%s", diff)
	}
}

// A limit the whole export meets exactly gives one file; a byte less, two.
func TestLimitBoundary(t *testing.T) {
	for _, format := range []Format{CSV, JSON} {
		whole, err := Write("facts", seedRows(), format, 0)
		if err != nil {
			t.Fatal(err)
		}
		n := len(whole[0].Data)
		files, err := Write("facts", seedRows(), format, n)
		if err != nil || len(files) != 1 || !bytes.Equal(files[0].Data, whole[0].Data) {
			t.Errorf("%s at limit %d: %d files, %v; want the one file", format, n, len(files), err)
		}
		files, err = Write("facts", seedRows(), format, n-1)
		if err != nil || len(files) != 2 {
			t.Errorf("%s at limit %d: %d files, %v; want 2", format, n-1, len(files), err)
		}
	}
}

func TestRowTooLarge(t *testing.T) {
	rows := []Row{{Fact: "short"}, {Fact: strings.Repeat("long ", 100)}, {Fact: "short"}}
	for _, format := range []Format{CSV, JSON} {
		_, err := Write("facts", rows, format, 200)
		if !errors.Is(err, ErrRowTooLarge) || !strings.Contains(err.Error(), "row 1") {
			t.Errorf("%s: error %v, want ErrRowTooLarge naming row 1", format, err)
		}
	}
}

func TestEmpty(t *testing.T) {
	for _, format := range []Format{CSV, JSON} {
		for _, rows := range [][]Row{nil, {}} {
			if files, err := Write("facts", rows, format, 0); !errors.Is(err, ErrEmpty) || files != nil {
				t.Errorf("%s, %d rows: %v, %v; want ErrEmpty", format, len(rows), files, err)
			}
		}
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name   string
		rows   []Row
		format Format
		want   string
	}{
		{"format", seedRows(), "xlsx", "unknown format"},
		{"clash", []Row{{Fields: map[string]string{"doc": "x"}}}, CSV, "clash"},
		{"clash in case", []Row{{Fields: map[string]string{"Fact": "x"}}}, CSV, "clash"},
		{"no key", []Row{{Fields: map[string]string{"": "x"}}}, CSV, "clash"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Write("facts", tt.rows, tt.format, 0); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
	// JSON keeps fields apart from columns, so the same key is fine there.
	files, err := Write("facts", []Row{{Fields: map[string]string{"doc": "x"}}}, JSON, 0)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Row{{Fields: map[string]string{"doc": "x"}}}, readJSON(t, files)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestDeterministic(t *testing.T) {
	for _, format := range []Format{CSV, JSON} {
		a, err := Write("facts", seedRows(), format, 700)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Write("facts", seedRows(), format, 700)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%s: two runs differ (-first +second):\n%s", format, diff)
		}
	}
}

func TestDefaultName(t *testing.T) {
	files, err := Write("", seedRows(), JSON, 0)
	if err != nil {
		t.Fatal(err)
	}
	if files[0].Name != "facts.json" {
		t.Errorf("name %q, want facts.json", files[0].Name)
	}
}
