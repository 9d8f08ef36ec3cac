package bot

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/bot/export"
	"github.com/iaibot/iaibot/index"
)

// readRows parses export files back, as a spreadsheet or a JSON reader
// would, into rows; every CSV file must have the same header.
func readRows(t *testing.T, format export.Format, files []Attachment) []export.Row {
	t.Helper()
	var rows []export.Row
	var header []string
	for _, f := range files {
		if format == export.JSON {
			var part []export.Row
			if err := json.Unmarshal(f.Data, &part); err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
			rows = append(rows, part...)
			continue
		}
		records, err := csv.NewReader(bytes.NewReader(f.Data)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if header == nil {
			header = records[0]
		} else if !slices.Equal(header, records[0]) {
			t.Errorf("%s: header %q, want %q", f.Name, records[0], header)
		}
		for _, rec := range records[1:] {
			r := export.Row{Kind: rec[0], Doc: rec[1], Section: rec[2], Item: rec[3], Fact: rec[4], Sentence: rec[5]}
			for i, k := range header[6:] {
				if v := rec[6+i]; v != "" {
					if r.Fields == nil {
						r.Fields = map[string]string{}
					}
					r.Fields[k] = v
				}
			}
			rows = append(rows, r)
		}
	}
	return rows
}

// exportFiles are export files as a reply's attachments.
func exportFiles(files []export.File) []Attachment {
	var out []Attachment
	for _, f := range files {
		out = append(out, Attachment{Name: f.Name, ContentType: f.ContentType, Data: f.Data})
	}
	return out
}

// mustExport is what /iai export attaches for what and format, parsed.
func mustExport(t *testing.T, b *Bot, what string, format export.Format, country string) []export.Row {
	t.Helper()
	files, err := b.Export(what, format, country, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Rows == 0 {
		t.Fatalf("%d files without a limit, want 1 with rows", len(files))
	}
	return readRows(t, format, exportFiles(files))
}

// section is how a row names its passage's section.
func section(p *index.Passage) string {
	if p.Cite.Section > 0 {
		return "§" + strconv.Itoa(p.Cite.Section) + " " + p.Cite.SectionTitle
	}
	return p.Cite.SectionTitle
}

// checkSource checks a row's document, section and item against the
// passage its fact comes from.
func checkSource(t *testing.T, i int, r export.Row, p *index.Passage) {
	t.Helper()
	if r.Doc != p.Cite.Doc || r.Section != section(p) || r.Item != p.Cite.Item {
		t.Errorf("row %d (%s): source %q %q %q, want %q %q %q", i, r.Fact, r.Doc, r.Section, r.Item, p.Cite.Doc, section(p), p.Cite.Item)
	}
}

// TestExportRowsAreTheFacts parses each export back, in both formats,
// and checks it row by row against the facts the index holds: one row
// per fact, in the index's order, with the fact's document, section,
// item and sentence.
func TestExportRowsAreTheFacts(t *testing.T) {
	b := mustSeedBot(t)
	for _, format := range []export.Format{export.CSV, export.JSON} {
		t.Run(string(format)+"/timeline", func(t *testing.T) {
			rows := mustExport(t, b, exportTimeline, format, "")
			dates := b.ix.Timeline()
			if len(rows) != len(dates) {
				t.Fatalf("%d rows for %d dates", len(rows), len(dates))
			}
			for i, d := range dates {
				r := rows[i]
				checkSource(t, i, r, d.Passage)
				want := map[string]string{"as_written": d.Text, "start": d.Start.Format(time.DateOnly), "end": d.End.Format(time.DateOnly), "precision": d.Precision}
				if d.Relative {
					want["relative"] = "yes"
				}
				if d.Since {
					want["ongoing"] = "yes"
				}
				if r.Kind != "date" || r.Sentence != d.Sentence || !strings.Contains(r.Fact, d.Resolved()) || !cmp.Equal(r.Fields, want) {
					t.Errorf("row %d = %+v, want the date %q of %q with fields %v", i, r, d.Text, d.Sentence, want)
				}
			}
		})
		t.Run(string(format)+"/funding", func(t *testing.T) {
			rows := mustExport(t, b, exportFunding, format, "")
			funding := b.ix.Funding()
			if len(rows) != len(funding) {
				t.Fatalf("%d rows for %d funding facts", len(rows), len(funding))
			}
			for i, f := range funding {
				r := rows[i]
				checkSource(t, i, r, f.Passage)
				if r.Fact != f.Text {
					t.Errorf("row %d fact %q, want %q", i, r.Fact, f.Text)
				}
				switch {
				case f.Amount != nil:
					v, err := strconv.ParseFloat(r.Fields["value"], 64)
					if r.Kind != "amount" || r.Sentence != f.Amount.Sentence || r.Fields["currency"] != f.Amount.Currency || err != nil || v != f.Amount.Value || r.Fields["amount"] != f.Amount.Text {
						t.Errorf("row %d = %+v, want the amount %s %v", i, r, f.Amount.Currency, f.Amount.Value)
					}
				case f.Share != nil:
					if r.Kind != "cost share" || r.Sentence != f.Share.Sentence || r.Fields["parties"] != strings.Join(f.Share.Parties, "; ") {
						t.Errorf("row %d = %+v, want the share %q", i, r, f.Share.Text)
					}
				default:
					// A fund is kept by where it is named: its row
					// quotes the sentence of the passage that names it.
					if r.Kind != "fund" || r.Fields["fund"] != f.Fund.Name || !strings.Contains(f.Passage.Text, r.Sentence) || !strings.Contains(r.Sentence, f.Passage.Text[f.Fund.Span.Start:f.Fund.Span.End]) {
						t.Errorf("row %d = %+v, want the fund %q in its sentence", i, r, f.Fund.Name)
					}
				}
			}
		})
		t.Run(string(format)+"/members", func(t *testing.T) {
			rows := mustExport(t, b, exportMembers, format, "")
			groups, ms := b.ix.Members()
			i := 0
			for _, g := range groups {
				if g.Passage == nil {
					continue
				}
				r := rows[i]
				checkSource(t, i, r, g.Passage)
				if r.Kind != "group" || r.Fields["group"] != g.Name || r.Fields["members"] != strings.Join(g.Members, "; ") || !strings.Contains(g.Passage.Text, r.Sentence) {
					t.Errorf("row %d = %+v, want the group %s", i, r, g.Name)
				}
				i++
			}
			for _, m := range ms {
				r := rows[i]
				checkSource(t, i, r, m.Passage)
				if r.Kind != "membership" || r.Sentence != m.Sentence || r.Fields["country"] != m.Country || r.Fields["organisation"] != m.Org || r.Fields["status"] != m.Status {
					t.Errorf("row %d = %+v, want %s in %s: %s", i, r, m.Country, m.Org, m.Status)
				}
				i++
			}
			if i != len(rows) {
				t.Errorf("%d rows for %d groups and memberships", len(rows), i)
			}
		})
		t.Run(string(format)+"/projects", func(t *testing.T) {
			rows := mustExport(t, b, exportProjects, format, "")
			projects := b.ix.Projects()
			if len(rows) != len(projects) {
				t.Fatalf("%d rows for %d projects", len(rows), len(projects))
			}
			for i, p := range projects {
				r := rows[i]
				checkSource(t, i, r, p.Passage)
				if r.Kind != "project" || r.Fact != p.Name || r.Fields["status"] != p.Status || r.Sentence == "" || !strings.Contains(p.Passage.Text+" "+p.What, r.Sentence) {
					t.Errorf("row %d = %+v, want the project %q with a sentence of its passage", i, r, p.Name)
				}
			}
		})
		t.Run(string(format)+"/facts", func(t *testing.T) {
			rows := mustExport(t, b, exportFacts, format, "")
			var want []export.Row
			for _, what := range exportKinds[1:] {
				want = append(want, mustExport(t, b, what, format, "")...)
			}
			key := func(r export.Row) string { return r.Kind + "\x00" + r.Fact + "\x00" + r.Sentence }
			got, all := slices.Sorted(slices.Values(mapRows(rows, key))), slices.Sorted(slices.Values(mapRows(want, key)))
			if diff := cmp.Diff(all, got); diff != "" {
				t.Errorf("facts are not the other exports together (-others +facts):\n%s", diff)
			}
			// In document order: a row's passage is never before the
			// previous row's.
			order := map[string]int{}
			for _, d := range b.ix.Documents() {
				for _, p := range d.Passages {
					order[p.Cite.Doc+"|"+section(p)+"|"+p.Cite.Item] = p.Order
				}
			}
			last := -1
			for i, r := range rows {
				o, ok := order[r.Doc+"|"+r.Section+"|"+r.Item]
				if !ok {
					t.Errorf("row %d (%s): no passage at %s %s %s", i, r.Fact, r.Doc, r.Section, r.Item)
					continue
				}
				if o < last {
					t.Errorf("row %d (%s) is out of document order", i, r.Fact)
				}
				last = max(last, o)
			}
		})
	}
}

func mapRows(rows []export.Row, f func(export.Row) string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = f(r)
	}
	return out
}

// TestExportNarrowsToACountry checks country: keeps the facts the index
// says are about the country, and names the files after it.
func TestExportNarrowsToACountry(t *testing.T) {
	b := mustSeedBot(t)
	c, err := b.ix.Country("Cambodia")
	if err != nil {
		t.Fatal(err)
	}
	rows := mustExport(t, b, exportMembers, export.CSV, "cambodia")
	for _, r := range rows {
		if r.Kind == "membership" && r.Fields["country"] != "Cambodia" || r.Kind == "group" && !strings.Contains(r.Fields["members"], "Cambodia") {
			t.Errorf("row about another country: %+v", r)
		}
	}
	if len(rows) != len(c.Groups)+len(c.Memberships) {
		t.Errorf("%d rows, want Cambodia's %d groups and %d memberships", len(rows), len(c.Groups), len(c.Memberships))
	}
	funding := mustExport(t, b, exportFunding, export.JSON, "Cambodia")
	if len(funding) != len(c.Funding) {
		t.Errorf("%d funding rows, want Cambodia's %d", len(funding), len(c.Funding))
	}
	dates := mustExport(t, b, exportTimeline, export.CSV, "Cambodia")
	for _, r := range dates {
		if !slices.ContainsFunc(c.Passages, func(p *index.Passage) bool { return strings.Contains(p.Text, r.Fields["as_written"]) }) {
			t.Errorf("date %q is not in a passage about Cambodia", r.Fact)
		}
	}
	files, err := b.Export(exportFacts, export.CSV, "Phnom Penh", 0)
	if err != nil || files[0].Name != "facts-cambodia.csv" {
		t.Errorf("a place narrows to its country: %v, %+v", err, files)
	}
}

// runWithLimit runs a line as an interaction that gave limit as its
// attachment_size_limit.
func runWithLimit(t *testing.T, b *Bot, line string, limit int64) (Reply, Outcome) {
	t.Helper()
	inv, ok := ParseLine(line)
	if !ok {
		t.Fatalf("ParseLine(%q) failed", line)
	}
	return b.Run(withAttachmentLimit(context.Background(), limit), inv.Sub, inv.Args)
}

// TestExportFitsTheLimit splits an export to the interaction's limit,
// and refuses in words one that would take more than ten files, or
// whose single fact is over the limit.
func TestExportFitsTheLimit(t *testing.T) {
	b := mustSeedBot(t)
	for _, format := range []export.Format{export.CSV, export.JSON} {
		whole := mustExport(t, b, exportFacts, format, "")
		r, out := runWithLimit(t, b, "/iai export facts format:"+string(format), 3000)
		if out != OutcomeOK || len(r.Files) < 2 {
			t.Fatalf("%s at 3000 bytes: %s, %d files", format, out, len(r.Files))
		}
		for _, f := range r.Files {
			if len(f.Data) > 3000 {
				t.Errorf("%s: %d bytes, over 3000", f.Name, len(f.Data))
			}
		}
		if diff := cmp.Diff(whole, readRows(t, format, r.Files)); diff != "" {
			t.Errorf("%s split (-whole +split):\n%s", format, diff)
		}

		// The smallest limit that still fits every row makes more
		// than ten files of the seed.
		var limit int64
		for l := int64(200); l < 3000; l += 50 {
			if files, err := b.Export(exportFacts, format, "", l); err == nil {
				limit = l
				if len(files) <= maxFiles {
					t.Fatalf("%s: %d files at %d bytes; the test needs more than %d", format, len(files), l, maxFiles)
				}
				break
			}
		}
		r, out = runWithLimit(t, b, "/iai export facts format:"+string(format), limit)
		if out != OutcomeUserError || !r.Ephemeral || len(r.Files) != 0 || !strings.Contains(r.Embeds[0].Description, "country:") {
			t.Errorf("%s over ten files: %s, %+v", format, out, r.Embeds[0])
		}
		r, out = runWithLimit(t, b, "/iai export facts format:"+string(format), 100)
		if out != OutcomeUserError || !r.Ephemeral || !strings.Contains(r.Embeds[0].Description, "One fact alone") {
			t.Errorf("%s with a fact over the limit: %s, %+v", format, out, r.Embeds[0])
		}
	}
}

// TestExportAndChartMistakes are the replies to what users get wrong:
// each is ephemeral, says what to do, carries no file and is within
// Discord's limits.
func TestExportAndChartMistakes(t *testing.T) {
	b := mustSeedBot(t)
	empty := botOver(t, "Nothing dated\n\n1. Words\n\nThis passage has no date, sum or share in it.")
	for _, tc := range []struct {
		b      *Bot
		line   string
		title  string
		saying string
	}{
		{b, "/iai export what:everything format:csv", "Unknown what", "`facts`, `funding`, `members`, `timeline` or `projects`, not “everything”"},
		{b, "/iai export what:facts format:xlsx", "Unknown format", "`csv` or `json`, not “xlsx”"},
		{b, "/iai export what:facts", "Missing format", "needs `format:`"},
		{b, "/iai export format:csv", "Missing what", "needs `what:`"},
		{b, "/iai export what:facts format:csv country:Atlantis", "Unknown country", "No country called “Atlantis”"},
		{b, "/iai export what:funding format:csv country:Brunei", "Nothing to export", "no sums, cost shares or funds about Brunei"},
		{b, "/iai timeline as:pie", "Unknown as", "`text` or `chart`, not “pie”"},
		{b, "/iai funding as:**bold** @everyone", "Unknown as", "not “\\*\\*bold\\*\\* @\u200beveryone”"},
		{b, "/iai timeline page:2 as:chart", "No pages in a chart", "`page:` is for `/iai timeline as:text`"},
		{empty, "/iai timeline as:chart", "Nothing to chart", "no dates"},
		{empty, "/iai funding as:chart", "Nothing to chart", "no sums of money or cost shares"},
		{empty, "/iai export what:projects format:json", "Nothing to export", "no projects"},
	} {
		r, _, out := tc.b.HandleLine(context.Background(), tc.line)
		if out != OutcomeUserError || !r.Ephemeral || len(r.Files) != 0 || r.Embeds[0].Title != tc.title || !strings.Contains(r.Embeds[0].Description, tc.saying) {
			t.Errorf("%s: %s, ephemeral %v, %d files, %q: %q; want %q saying %q", tc.line, out, r.Ephemeral, len(r.Files), r.Embeds[0].Title, r.Embeds[0].Description, tc.title, tc.saying)
		}
		var buf bytes.Buffer
		if err := WriteJSON(&buf, r, false); err != nil {
			t.Fatal(err)
		}
		if err := discordtest.ValidateInteractionCallback(buf.Bytes()); err != nil {
			t.Errorf("%s: %v", tc.line, err)
		}
	}
	// Choices are matched in any case, as Discord's list would have it.
	if r, _, out := b.HandleLine(context.Background(), "/iai export what:Funding format:CSV"); out != OutcomeOK || r.Files[0].Name != "funding.csv" {
		t.Errorf("what:Funding format:CSV: %s, %+v", out, r.Embeds[0])
	}
}

// botOver is a Bot over one document with the given text.
func botOver(t *testing.T, text string) *Bot {
	t.Helper()
	ix, err := index.Open([]index.Source{{Name: "empty-doc.txt", Text: text}}, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(nil, ix)
}
