package bot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/iaibot/iaibot/bot/export"
	"github.com/iaibot/iaibot/index"
)

// What /iai export and iaibot export can export: the facts of each list
// command, and all of them together.
const (
	exportFacts    = "facts"
	exportFunding  = "funding"
	exportMembers  = "members"
	exportTimeline = "timeline"
	exportProjects = "projects"
)

// exportKinds are the what: option's values, facts first as the default
// of the command line.
var exportKinds = []string{exportFacts, exportFunding, exportMembers, exportTimeline, exportProjects}

// ExportKinds are the values Export takes for what.
func ExportKinds() []string { return slices.Clone(exportKinds) }

// handleExport answers /iai export: the facts as files to attach, split
// to fit the attachment limit the interaction gave, at most ten of them.
func handleExport(ctx context.Context, b *Bot, args Args) (Reply, error) {
	limit := attachmentLimit(ctx)
	x, err := b.export(args["what"], export.Format(args["format"]), args["country"], limit)
	if err != nil {
		return Reply{}, err
	}
	if len(x.files) > maxFiles {
		narrow := "Narrow it with `country:`"
		if x.country != "" {
			narrow = "Export one kind of fact at a time"
		}
		return Reply{}, userErrorf("Too large to attach", "That export takes %d files of up to %s each, and Discord takes %d in a message. %s, or run `iaibot export` on the command line, which writes one file.",
			len(x.files), byteSize(limit), maxFiles, narrow)
	}
	return renderExport(x), nil
}

// Export writes the facts of what (see [ExportKinds]) as files in format,
// each at most limit bytes (0 or less: one file), with the facts about
// country alone when country is not empty. What the caller got wrong,
// such as an unknown country or nothing to export, is a *UserError.
func (b *Bot) Export(what string, format export.Format, country string, limit int64) ([]export.File, error) {
	if !slices.Contains(exportKinds, what) {
		return nil, userErrorf("Unknown what", "Export takes %s, not “%s”.", orList(quoted(exportKinds)), truncate(what, 50))
	}
	if format != export.CSV && format != export.JSON {
		return nil, userErrorf("Unknown format", "Export takes `csv` or `json`, not “%s”.", truncate(string(format), 50))
	}
	x, err := b.export(what, format, country, limit)
	return x.files, err
}

func quoted(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = "`" + w + "`"
	}
	return out
}

// exportView is an export done: its files and what they hold.
type exportView struct {
	what    string
	format  export.Format
	country string // the country it is narrowed to, as the index names it
	rows    int
	limit   int64 // the size each file had to fit in
	files   []export.File
	cited   []*index.Passage
}

// export builds the rows of what, narrowed to country when it is not
// empty, and writes them as files.
func (b *Bot) export(what string, format export.Format, country string, limit int64) (exportView, error) {
	x := exportView{what: what, format: format, limit: limit}
	s, err := b.exportSource(country)
	if err != nil {
		return x, err
	}
	x.country = s.country
	var rows []factRow
	sentences := b.sentences()
	switch what {
	case exportFunding:
		rows = fundingRows(s.funding, sentences)
	case exportMembers:
		rows = memberRows(s.groups, s.memberships, sentences)
	case exportTimeline:
		rows = dateRows(s.dates)
	case exportProjects:
		rows = projectRows(s.projects)
	default:
		rows = slices.Concat(fundingRows(s.funding, sentences), memberRows(s.groups, s.memberships, sentences), dateRows(s.dates), projectRows(s.projects))
		b.sortByDocument(rows)
	}
	name := what
	if x.country != "" {
		name += "-" + fileWord(x.country)
	}
	out := make([]export.Row, len(rows))
	for i, r := range rows {
		out[i] = r.Row
		if r.passage != nil {
			x.cited = append(x.cited, r.passage)
		}
	}
	x.rows = len(out)
	x.files, err = export.Write(name, out, format, int(limit))
	switch {
	case errors.Is(err, export.ErrEmpty):
		about := ""
		if x.country != "" {
			about = " about " + x.country
		}
		return x, userErrorf("Nothing to export", "The documents give no %s%s.", exportNoun[what], about)
	case errors.Is(err, export.ErrRowTooLarge):
		return x, userErrorf("Too large to attach", "One fact alone is larger than the %s a file may be here.", byteSize(limit))
	case err != nil:
		return x, fmt.Errorf("export %s: %w", what, err)
	}
	return x, nil
}

// exportNoun says what an export holds, for "the documents give no …".
var exportNoun = map[string]string{
	exportFacts:    "facts",
	exportFunding:  "sums, cost shares or funds",
	exportMembers:  "groups or memberships",
	exportTimeline: "dates",
	exportProjects: "projects",
}

// exportSource is the facts an export reads: the whole index's, or one
// country's.
type exportSource struct {
	country     string
	funding     []index.Funding
	groups      []index.Group
	memberships []index.Membership
	dates       []index.Date
	projects    []*index.Project
}

func (b *Bot) exportSource(country string) (exportSource, error) {
	if strings.TrimSpace(CleanArg(country)) == "" {
		groups, ms := b.ix.Members()
		return exportSource{funding: b.ix.Funding(), groups: groups, memberships: ms, dates: b.ix.Timeline(), projects: b.ix.Projects()}, nil
	}
	c, err := b.ix.Country(country)
	if err != nil {
		return exportSource{}, unknownName(err)
	}
	s := exportSource{country: c.Name, funding: c.Funding, groups: c.Groups, memberships: c.Memberships, projects: c.Projects}
	// The index keeps a country's passages, not its dates: a date is
	// about the country when its passage is.
	about := map[*index.Passage]bool{}
	for _, p := range c.Passages {
		about[p] = true
	}
	for _, d := range b.ix.Timeline() {
		if about[d.Passage] {
			s.dates = append(s.dates, d)
		}
	}
	return s, nil
}

// factRow is a row with the passage it comes from, for ordering and
// citing.
type factRow struct {
	export.Row
	passage *index.Passage
}

// newRow starts a row for a fact of kind from passage p.
func newRow(kind, fact, sentence string, p *index.Passage, fields map[string]string) factRow {
	r := factRow{Row: export.Row{Kind: kind, Fact: fact, Sentence: sentence}, passage: p}
	for k, v := range fields {
		if v == "" {
			delete(fields, k) // an empty cell, not a key that says nothing
		}
	}
	if len(fields) > 0 {
		r.Fields = fields
	}
	if p != nil {
		r.Doc, r.Item = p.Cite.Doc, p.Cite.Item
		r.Section = p.Cite.SectionTitle
		if p.Cite.Section > 0 {
			r.Section = "§" + strconv.Itoa(p.Cite.Section) + " " + p.Cite.SectionTitle
		}
	}
	return r
}

// sortByDocument puts rows in document order: the documents as loaded,
// then the passages as written; rows of one passage keep their order.
func (b *Bot) sortByDocument(rows []factRow) {
	docs := map[string]int{}
	for i, d := range b.ix.Documents() {
		docs[d.ID] = i
	}
	key := func(r factRow) (int, int) {
		if r.passage == nil {
			return len(docs), 0
		}
		return docs[r.passage.Cite.Doc], r.passage.Order
	}
	slices.SortStableFunc(rows, func(a, b factRow) int {
		da, pa := key(a)
		db, pb := key(b)
		return cmp.Or(cmp.Compare(da, db), cmp.Compare(pa, pb))
	})
}

// list joins names for a cell; a semicolon, as names have commas.
func list(names []string) string { return strings.Join(names, "; ") }

// isoDay writes a date's first or last day as ISO 8601, the form
// spreadsheets read.
func isoDay(d *index.Date, end bool) string {
	if d == nil || d.Start.IsZero() {
		return ""
	}
	if end {
		return d.End.Format("2006-01-02")
	}
	return d.Start.Format("2006-01-02")
}

// sentenceFinder finds the sentence around a span of a passage, for the
// facts the index keeps by position (a fund, a group) rather than with
// their sentence. It knows the sentences the index gave its other facts,
// so that its sentences are the index's; it falls back to the passage.
type sentenceFinder map[*index.Passage][]string

// sentences gathers the sentences of every fact that has one.
func (b *Bot) sentences() sentenceFinder {
	f := sentenceFinder{}
	add := func(p *index.Passage, s string) {
		if p != nil && s != "" && !slices.Contains(f[p], s) {
			f[p] = append(f[p], s)
		}
	}
	for _, x := range b.ix.Amounts() {
		add(x.Passage, x.Sentence)
	}
	for _, x := range b.ix.Shares() {
		add(x.Passage, x.Sentence)
	}
	for _, x := range b.ix.Dates() {
		add(x.Passage, x.Sentence)
	}
	for _, x := range b.ix.Memberships() {
		add(x.Passage, x.Sentence)
	}
	for _, x := range b.ix.Purposes() {
		add(x.Passage, x.Sentence)
	}
	for _, x := range b.ix.Counts() {
		add(x.Passage, x.Sentence)
	}
	for _, p := range b.ix.Projects() {
		for _, ex := range p.Sentences {
			add(ex.Passage, excerpt(ex))
		}
	}
	return f
}

// around is the known sentence of p that holds sp, or p's text.
func (f sentenceFinder) around(p *index.Passage, sp index.Span) string {
	if p == nil {
		return ""
	}
	for _, s := range f[p] {
		if i := strings.Index(p.Text, s); i >= 0 && i <= sp.Start && sp.End <= i+len(s) {
			return s
		}
	}
	return p.Text
}

// excerpt is the text of a stretch of a passage, "" when it does not fit.
func excerpt(ex index.Excerpt) string {
	if ex.Passage == nil || ex.Span.Start < 0 || ex.Span.Start >= ex.Span.End || ex.Span.End > len(ex.Passage.Text) {
		return ""
	}
	return ex.Passage.Text[ex.Span.Start:ex.Span.End]
}

func fundingRows(funding []index.Funding, sentences sentenceFinder) []factRow {
	var rows []factRow
	for _, f := range funding {
		switch {
		case f.Amount != nil:
			a := f.Amount
			project := ""
			if a.Project != nil {
				project = a.Project.Name
			}
			date := ""
			if a.Date != nil {
				date = a.Date.Resolved()
			}
			rows = append(rows, newRow("amount", f.Text, a.Sentence, f.Passage, map[string]string{
				"amount": a.Text, "currency": a.Currency, "value": strconv.FormatFloat(a.Value, 'f', -1, 64),
				"payer": a.Payer, "via": a.Via, "purpose": a.Purpose, "project": project, "date": date,
			}))
		case f.Share != nil:
			s := f.Share
			parts := make([]string, len(s.Parts))
			for i, p := range s.Parts {
				parts[i] = strconv.Itoa(p)
			}
			rows = append(rows, newRow("cost share", f.Text, s.Sentence, f.Passage, map[string]string{
				"share": s.Text, "parties": list(s.Parties), "parts": list(parts), "purpose": s.What,
			}))
		case f.Fund != nil:
			rows = append(rows, newRow("fund", f.Text, sentences.around(f.Passage, f.Fund.Span), f.Passage, map[string]string{
				"fund": f.Fund.Name, "acronym": f.Fund.Acronym,
			}))
		}
	}
	return rows
}

func memberRows(groups []index.Group, ms []index.Membership, sentences sentenceFinder) []factRow {
	var rows []factRow
	for _, g := range groups {
		if g.Passage == nil {
			continue // known to the gazetteer, not said by a document
		}
		rows = append(rows, newRow("group", g.Name+": "+strings.Join(g.Members, ", "), sentences.around(g.Passage, g.Span), g.Passage, map[string]string{
			"group": g.Name, "members": list(g.Members), "also_called": list(g.Aliases),
		}))
	}
	for _, m := range ms {
		date := ""
		if m.Date != nil {
			date = m.Date.Resolved()
		}
		rows = append(rows, newRow("membership", m.Country+" in "+m.Org+": "+strings.TrimPrefix(membershipLine(m, true), m.Country+": "), m.Sentence, m.Passage, map[string]string{
			"country": m.Country, "organisation": m.Org, "status": m.Status, "date": date, "note": m.Note,
		}))
	}
	return rows
}

func dateRows(dates []index.Date) []factRow {
	var rows []factRow
	for _, d := range dates {
		rows = append(rows, newRow("date", when(d), d.Sentence, d.Passage, map[string]string{
			"as_written": d.Text, "start": isoDay(&d, false), "end": isoDay(&d, true), "precision": d.Precision,
			"ongoing": yes(d.Since), "relative": yes(d.Relative),
		}))
	}
	return rows
}

func projectRows(projects []*index.Project) []factRow {
	var rows []factRow
	for _, p := range projects {
		sentence := p.What
		if len(p.Sentences) > 0 {
			sentence = cmp.Or(excerpt(p.Sentences[0]), sentence)
		}
		var places, dates []string
		for _, pl := range p.Places {
			places = append(places, pl.Name+", "+pl.Country)
		}
		for _, d := range p.Dates {
			dates = append(dates, d.Resolved())
		}
		rows = append(rows, newRow("project", p.Name, sentence, p.Passage, map[string]string{
			"partners": list(p.Partners), "for": list(p.Beneficiaries), "places": list(places),
			"dates": list(dates), "funding": list(p.Funding), "status": p.Status,
		}))
	}
	return rows
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

// fileWord makes a name fit a file name: "Viet Nam" → "viet-nam".
func fileWord(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}), "-")
}
