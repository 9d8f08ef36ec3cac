package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/iaibot/iaibot/bot/export"
	"github.com/iaibot/iaibot/index"
)

// This file turns views into embeds and buttons. Everything here is a pure
// function of its arguments: no index, no I/O, so that each reply can be
// golden-tested from a view built by hand. Cutting a reply to Discord's
// limits is reply.go's job, and cutting a list into pages pager.go's.

// renderSearch shows one page of hits: each passage cut around its first
// match with the matches in bold, then its citation. The author line
// carries the whole query, for a Next button whose custom_id has no room
// for it.
func renderSearch(v searchView) Reply {
	title := "Search: " + truncate(Escape(v.query), 200)
	author := &discordgo.MessageEmbedAuthor{Name: searchAuthorPrefix + defuseMentions(v.query)}
	if v.total == 0 {
		e := embed(title, "No passage matches. Try fewer or other words, or `/iai ask` a question.")
		e.Color = colorUnanswered
		e.Author = author
		return Reply{Embeds: []*discordgo.MessageEmbed{e}}
	}
	var lines []string
	var ps []*index.Passage
	for i, h := range v.hits {
		n := (v.page-1)*index.PageSize + i + 1
		lines = append(lines, fmt.Sprintf("**%d.** %s\n— *%s*", n, snippet(h.Passage.Text, h.Matches, searchSnippet), Escape(cite(h.Passage))))
		ps = append(ps, h.Passage)
	}
	e := embed(title, strings.Join(lines, "\n\n"))
	e.Author = author
	e.Footer = footer(fmt.Sprintf("Page %d of %d · %s · %s", v.page, v.pages, plural(v.total, "passage"), citeMany(ps)))
	return Reply{Embeds: []*discordgo.MessageEmbed{e}, Components: pageButtons(v.query, v.page, v.pages, ps)}
}

// Snippet lengths in bytes: five search hits must fit one description,
// and the closest passages follow a failed answer's own text.
const (
	searchSnippet  = 320
	closestSnippet = 200
)

// renderCountry shows a country's groups, memberships, projects, places
// and funding as a paged list. A real country the documents never mention
// gets a plain statement instead, so that silence is not mistaken for an
// empty record.
func renderCountry(c index.Country, page int) (Reply, error) {
	if !c.Mentioned {
		e := embed(c.Name, fmt.Sprintf("The documents say nothing about %s.", c.Name))
		e.Color = colorUnanswered
		return Reply{Embeds: []*discordgo.MessageEmbed{e}}, nil
	}
	desc := fmt.Sprintf("%s appears in %s.", c.Name, plural(len(c.Passages), "passage"))
	if c.Via != "" {
		desc = fmt.Sprintf("%s is in %s. ", c.Via, c.Name) + desc
	}
	var groups []string
	for _, g := range c.Groups {
		line := fmt.Sprintf("**%s** (%s)", Escape(g.Name), Escape(strings.Join(g.Members, ", ")))
		if len(g.Aliases) > 0 {
			line += ", called “" + Escape(strings.Join(g.Aliases, "”, “")) + "”"
		}
		groups = append(groups, line)
	}
	var ms []string
	for _, m := range c.Memberships {
		ms = append(ms, Escape(membershipLine(m, false)))
	}
	var projs []string
	for _, p := range c.Projects {
		projs = append(projs, "• "+Escape(p.Name))
	}
	var places []string
	for _, p := range c.Places {
		s := p.Name
		if p.AsWritten != p.Name {
			s += fmt.Sprintf(" (written “%s”)", p.AsWritten)
		}
		places = append(places, Escape(s))
	}
	var funds []string
	for _, f := range c.Funding {
		funds = append(funds, "• "+Escape(f.Text))
	}
	var placeLines []string
	if len(places) > 0 {
		placeLines = []string{strings.Join(places, ", ")}
	}
	var leftOut []string
	for _, e := range c.LeftOut {
		leftOut = append(leftOut, "• “"+truncate(Escape(e.Passage.Text[e.Span.Start:e.Span.End]), leftOutRunes)+"”")
	}
	var requests []string
	for _, e := range c.Requests {
		requests = append(requests, "• “"+truncate(Escape(e.Passage.Text[e.Span.Start:e.Span.End]), leftOutRunes)+"”")
	}
	secs := []listSection{
		{name: "Groups", lines: groups, empty: notSaid},
		{name: "Memberships", lines: ms, empty: notSaid},
		{name: fmt.Sprintf("Projects (%d)", len(projs)), lines: projs, empty: notSaid},
		{name: "Places named", lines: placeLines, empty: notSaid},
		{name: "Funding", lines: funds, empty: notSaid},
		// Only when a document says so: most countries are left out of
		// nothing, and a line saying so would be noise.
		{name: "Left out", lines: leftOut},
		// Only when it asked something of another party, by name.
		{name: "Requests", lines: requests},
	}
	return listReply("country", c.Name, c.Name, desc, secs, c.Passages, page)
}

// leftOutRunes is the most of a sentence a "Left out" line quotes.
const leftOutRunes = 200

// notSaid stands where the documents are silent, so that an empty field
// reads as the documents' silence rather than as the bot's.
const notSaid = "the documents do not say"

// orNone is s, or notSaid when s is empty.
func orNone(s string) string {
	if s == "" {
		return notSaid
	}
	return s
}

// membershipLine says a membership in one line, naming the organisation,
// or the country when the line is listed under its organisation.
func membershipLine(m index.Membership, withCountry bool) string {
	s := m.Org + ": " + m.Status
	if withCountry {
		s = m.Country + ": " + m.Status
	}
	if m.Date != nil {
		if m.Status == index.StatusJoined {
			s += " " + m.Date.Resolved()
		} else {
			s += " (" + m.Date.Resolved() + ")"
		}
	}
	if m.Note != "" {
		s += ", " + m.Note
	}
	// A status short of membership is where a paraphrase loses most:
	// "intends to join" follows the document's own words when they say
	// it otherwise ("intention to join", "plans to apply").
	if w := statusAsWritten(m); w != "" {
		s += " (“" + w + "”)"
	}
	return s
}

// statusAsWritten is the words the document states m's status in, when
// the status is one short of membership and they do not hold its label's
// first word as a word; else "".
func statusAsWritten(m index.Membership) string {
	if m.Status != index.StatusIntends && m.Status != index.StatusInvited || m.Passage == nil || m.Span.Start < 0 || m.Span.End > len(m.Passage.Text) || m.Span.Start >= m.Span.End {
		return ""
	}
	w := strings.TrimSpace(m.Passage.Text[m.Span.Start:m.Span.End])
	// A list's item is read as a whole ("Laos" under "The following
	// intend to join:"): a name, which has no word in lower case, is no
	// wording of a status.
	if strings.Contains(w, m.Country) || len(strings.Fields(w)) > maxStatusWords || !slices.ContainsFunc(strings.Fields(w), func(f string) bool { return unicode.IsLower([]rune(f)[0]) }) {
		return ""
	}
	label, _, _ := strings.Cut(m.Status, " ")
	if slices.Contains(strings.Fields(strings.ToLower(w)), label) {
		return ""
	}
	return w
}

// maxStatusWords is the most words a status is worded in: "has expressed
// its intention to join".
const maxStatusWords = 8

// renderProject shows one project as fields, each with the documents'
// silence spelled out, and quotes its passage, the list's lead-in
// included, since an item alone often lacks its subject.
func renderProject(p *index.Project) Reply {
	var places, dates []string
	for _, pl := range p.Places {
		// As the document writes it, with the name a reader may look up.
		name := pl.Written()
		if name != pl.Name {
			name += " (" + pl.Name + ")"
		}
		places = append(places, fmt.Sprintf("%s, %s", name, pl.Country))
	}
	for _, d := range p.Dates {
		s := d.Resolved()
		if d.Since {
			s = "since " + s
		}
		dates = append(dates, s)
	}
	e := embed(Escape(p.Name), "")
	quote := p.What
	if p.Passage.Lead != "" {
		quote = p.Passage.Lead + " … " + p.Passage.Text
	}
	e.Fields = []*discordgo.MessageEmbedField{
		{Name: "What", Value: Escape(p.What)},
		{Name: "Who", Value: orNone(Escape(strings.Join(p.Partners, ", "))), Inline: true},
		{Name: "For whom", Value: orNone(Escape(strings.Join(p.Beneficiaries, ", "))), Inline: true},
		{Name: "Where", Value: orNone(Escape(strings.Join(places, "; "))), Inline: true},
		{Name: "When", Value: orNone(Escape(strings.Join(dates, "; "))), Inline: true},
		{Name: "Funding", Value: orNone(Escape(strings.Join(p.Funding, "; "))), Inline: true},
		{Name: "Status", Value: orNone(Escape(p.Status)), Inline: true},
		{Name: "Source", Value: "> " + truncate(Escape(quote), projectQuote)},
	}
	e.Footer = footer(cite(p.Passage))
	return Reply{Embeds: []*discordgo.MessageEmbed{e}, Components: sourceButton(p.Passage)}
}

// projectQuote is how much of a project's passage its Source field quotes:
// under a field's 1,024 characters once escaped and prefixed; the Source
// button shows the rest.
const projectQuote = 900

// renderProjects lists every project under the section that names it,
// which is how the documents group them.
func renderProjects(projects []*index.Project, page int) (Reply, error) {
	if len(projects) == 0 {
		return emptyList("Projects", "The documents name no projects.", page)
	}
	var secs []listSection
	at := map[string]int{}
	var passages []*index.Passage
	for _, p := range projects {
		c := p.Passage.Cite
		key := c.Doc
		if c.Section > 0 {
			key = fmt.Sprintf("%s §%d %s", c.Doc, c.Section, c.SectionTitle)
		}
		i, ok := at[key]
		if !ok {
			i = len(secs)
			at[key] = i
			secs = append(secs, listSection{name: key})
		}
		secs[i].lines = append(secs[i].lines, "• "+Escape(p.Name))
		passages = append(passages, p.Passage)
	}
	return listReply("projects", "", fmt.Sprintf("Projects (%d)", len(projects)), "", secs, passages, page)
}

// renderFunding lists the money facts by kind, amounts first, since a sum
// is what most people look for.
func renderFunding(funding []index.Funding, page int) (Reply, error) {
	if len(funding) == 0 {
		return emptyList("Funding", "The documents name no funds, amounts or cost shares.", page)
	}
	var amounts, shares, funds []string
	var ps []*index.Passage
	for _, f := range funding {
		line := fmt.Sprintf("• %s — *%s*", Escape(f.Text), Escape(cite(f.Passage)))
		switch {
		case f.Amount != nil:
			amounts = append(amounts, line)
		case f.Share != nil:
			shares = append(shares, line)
		default:
			funds = append(funds, line)
		}
		ps = append(ps, f.Passage)
	}
	secs := []listSection{
		{name: "Amounts", lines: amounts, empty: notSaid},
		{name: "Cost shares", lines: shares, empty: notSaid},
		{name: "Funds", lines: funds, empty: notSaid},
	}
	return listReply("funding", "", "Funding", "Every sum of money, cost share and fund the documents name.", secs, ps, page)
}

// withLabel is a sentence of a list item, table row or subsection with
// the item's name before it, when the sentence does not say it: "Wattay
// Airport Terminal Expansion Project: Completion ... was postponed to
// June 2019" tells what was postponed. A name with its short form,
// "Cilegon Hydrogen and Ammonia Storage Project (CHASP)", is said by a
// sentence that writes the name alone.
func withLabel(label, sentence string) string {
	// "a project to facilitate trade" names "Project to facilitate trade".
	if label == "" || strings.Contains(strings.ToLower(sentence), strings.ToLower(label)) {
		return sentence
	}
	if m := reShortFormAfter.FindStringSubmatch(label); m != nil && strings.Contains(sentence, m[1]) {
		return sentence
	}
	return label + ": " + sentence
}

// reShortFormAfter is a name and its short form in brackets.
var reShortFormAfter = regexp.MustCompile(`^(.+) \([A-Z][A-Za-z0-9-]*\)$`)

// renderMembers lists the country groups, then one section per
// organisation with each country's status and its source.
func renderMembers(v membersView, page int) (Reply, error) {
	var ps []*index.Passage
	var gl []string
	for _, g := range v.groups {
		name := "**" + Escape(g.Name) + "**"
		if len(g.Aliases) > 0 {
			name += " (also “" + Escape(strings.Join(g.Aliases, "”, “")) + "”)"
		}
		gl = append(gl, fmt.Sprintf("%s: %s", name, Escape(strings.Join(g.Members, ", "))))
		if g.Passage != nil {
			ps = append(ps, g.Passage)
		}
	}
	secs := []listSection{{name: "Groups", lines: gl, empty: notSaid}}
	at := map[string]int{}
	for _, m := range v.memberships {
		i, ok := at[m.Org]
		if !ok {
			i = len(secs)
			at[m.Org] = i
			secs = append(secs, listSection{name: m.Org})
		}
		secs[i].lines = append(secs[i].lines, fmt.Sprintf("• %s — *%s*", Escape(membershipLine(m, true)), Escape(cite(m.Passage))))
		ps = append(ps, m.Passage)
	}
	return listReply("members", "", "Members", "Country groups the documents use, and each organisation's members.", secs, ps, page)
}

// renderTimeline lists each date with its sentence. A relative date shows
// what it resolved to and, in quotes, how the document put it, so that the
// reader can check the reading.
func renderTimeline(dates []index.Date, page int) (Reply, error) {
	if len(dates) == 0 {
		return emptyList("Timeline", "The documents give no dates.", page)
	}
	var lines []string
	var ps []*index.Passage
	for _, d := range dates {
		lines = append(lines, fmt.Sprintf("**%s** — %s — *%s*", Escape(when(d)), truncate(Escape(withLabel(d.Label, d.Sentence)), timelineSentence), Escape(cite(d.Passage))))
		ps = append(ps, d.Passage)
	}
	return listReply("timeline", "", fmt.Sprintf("Timeline (%d dates)", len(dates)), "", []listSection{{lines: lines}}, ps, page)
}

// when says a date as the timeline does: as written, with what a
// relative date resolved to first, "2000 (“last year”)", and "since"
// before an ongoing one.
func when(d index.Date) string {
	s := d.Text
	if d.Relative {
		s = fmt.Sprintf("%s (“%s”)", d.Resolved(), d.Text)
	}
	if d.Since {
		s = "since " + s
	}
	return s
}

// timelineSentence is how much of a dated sentence the timeline shows:
// enough for its subject and verb, short enough for ten dates a page.
const timelineSentence = 240

// chartView is a list drawn as a chart: the image, what it shows and
// what it leaves out, and the passages it draws from.
type chartView struct {
	sub   string // the list's subcommand, whose text lists everything
	title string
	about string   // what the chart shows, in a line
	notes []string // what it leaves out, a line each
	file  string   // "timeline.png"
	png   []byte
	cited []*index.Passage
}

// renderChart shows a chart as the embed's image, says in the text what
// it leaves out and where to find the rest, and keeps the sources in the
// footer.
func renderChart(v chartView) Reply {
	desc := v.about
	if len(v.notes) > 0 {
		desc += "\n\n" + strings.Join(v.notes, "\n") + fmt.Sprintf(" `/%s %s` lists them all.", CommandName, v.sub)
	}
	e := embed(v.title, desc)
	e.Image = &discordgo.MessageEmbedImage{URL: "attachment://" + v.file}
	e.Footer = footer(citeMany(v.cited))
	return Reply{
		Embeds: []*discordgo.MessageEmbed{e},
		Files:  []Attachment{{Name: v.file, ContentType: "image/png", Data: v.png}},
	}
}

// renderExport says what an export's files hold and how they were split
// to fit, with the sources in the footer; the files go with it.
func renderExport(v exportView) Reply {
	title := "Export: " + v.what
	if v.country != "" {
		title += " about " + v.country
	}
	title += " (" + strings.ToUpper(string(v.format)) + ")"
	lines := []string{plural(v.rows, "row") + ", one per fact, with its document, section, item and source sentence."}
	if len(v.files) > 1 {
		whole := "each a whole JSON array"
		if v.format == export.CSV {
			whole = "each with the header"
		}
		lines = append(lines, fmt.Sprintf("Split into %d files to fit Discord's limit of %s a file, %s.", len(v.files), byteSize(v.limit), whole))
	}
	var files []Attachment
	for _, f := range v.files {
		lines = append(lines, fmt.Sprintf("• `%s`: %s, %s", f.Name, plural(f.Rows, "row"), byteSize(int64(len(f.Data)))))
		files = append(files, Attachment{Name: f.Name, ContentType: f.ContentType, Data: f.Data})
	}
	e := embed(truncate(title, maxTitle), strings.Join(lines, "\n"))
	e.Footer = footer(citeMany(v.cited))
	return Reply{Embeds: []*discordgo.MessageEmbed{e}, Files: files}
}

// answerTitlePrefix opens an answer's title; a reply to the answer is read
// in the context of the question after it.
const answerTitlePrefix = "Q: "

// quotedSnippet is how many bytes of a quoted sentence an answer shows,
// cut on word boundaries around the question's words: a quote stands in
// for an answer line, and a long one would bury the words that matched.
const quotedSnippet = 400

// renderAnswer shows the answer line first, then the quoted source with
// the answer in bold, then the citation. A quote is shown as what the
// documents say, with the question's words in bold, so that it is not
// read as an answer. Without either it says so plainly, then offers the
// closest passages, so that the bot never guesses.
func renderAnswer(v answerView) Reply {
	a := v.answer
	title := truncate(answerTitlePrefix+Escape(v.question), maxTitle)
	if a.Quoted && a.Passage != nil {
		// A line break would end the block quote; the spans keep their
		// places since the replacement is as long.
		quote := strings.ReplaceAll(a.Sentence, "\n", " ")
		e := embed(title, "The documents say:\n> "+snippet(quote, a.SentenceSpans, quotedSnippet))
		e.Color = colorQuoted
		e.Footer = footer(cite(a.Passage))
		return Reply{Embeds: []*discordgo.MessageEmbed{e}, Components: sourceButton(a.Passage)}
	}
	if !a.Found {
		var lines []string
		var ps []*index.Passage
		for _, h := range a.Closest {
			lines = append(lines, fmt.Sprintf("• %s — *%s*", snippet(h.Passage.Text, h.Matches, closestSnippet), Escape(cite(h.Passage))))
			ps = append(ps, h.Passage)
		}
		desc := "The documents don't say."
		if a.Note != "" {
			desc += " " + Escape(a.Note)
		}
		if len(lines) > 0 {
			desc += "\n\nClosest passages:\n" + strings.Join(lines, "\n")
		}
		e := embed(title, desc)
		e.Color = colorUnanswered
		e.Footer = footer(citeMany(ps))
		return Reply{Embeds: []*discordgo.MessageEmbed{e}}
	}
	desc := "**" + Escape(a.Text) + "**"
	desc += "\n> " + highlight(a.Sentence, a.SentenceSpans)
	e := embed(title, desc)
	e.Footer = footer(cite(a.Passage))
	return Reply{Embeds: []*discordgo.MessageEmbed{e}, Components: sourceButton(a.Passage)}
}

// renderHelp shows each subcommand's usage, optional options in
// brackets and the values of an option that has a list, with an example
// to copy.
func renderHelp(v helpView) Reply {
	var lines []string
	for _, c := range v.commands {
		var opts []string
		for _, o := range c.def.Options {
			s := o.Name + ":"
			var values []string
			for _, ch := range o.Choices {
				values = append(values, fmt.Sprint(ch.Value))
			}
			s += strings.Join(values, "|")
			if !o.Required {
				s = "[" + s + "]"
			}
			opts = append(opts, s)
		}
		usage := "**/" + CommandName + " " + c.def.Name + "**"
		if len(opts) > 0 {
			usage += " " + strings.Join(opts, " ")
		}
		lines = append(lines, fmt.Sprintf("%s — %s\n  e.g. `%s`", usage, c.def.Description, c.example))
	}
	e := embed("iaibot commands", strings.Join(lines, "\n")+
		"\n\nMention the bot with a question to get a cited answer in the channel.")
	e.Footer = footer("Answers come only from the indexed documents and cite their source.")
	return Reply{Embeds: []*discordgo.MessageEmbed{e}}
}

// renderSource quotes a passage in full, its lead-in first, for the
// Source button. Only the user who pressed it sees it, so that checking
// a source does not fill the channel.
func renderSource(p *index.Passage) Reply {
	text := p.Text
	if p.Lead != "" {
		text = p.Lead + "\n\n" + p.Text
	}
	e := embed("Source", "> "+strings.ReplaceAll(Escape(text), "\n\n", "\n> \n> "))
	e.Fields = []*discordgo.MessageEmbedField{{Name: "Document", Value: Escape(p.Doc.Title)}}
	e.Footer = footer(cite(p))
	return Reply{Embeds: []*discordgo.MessageEmbed{e}, Ephemeral: true}
}

// pageButtons are Prev and Next for a search, then Source for its first
// hit. The query rides in the custom_id when it fits; otherwise the
// button reads it back from the embed's author line.
func pageButtons(query string, page, pages int, hits []*index.Passage) []discordgo.MessageComponent {
	if pages <= 1 && len(hits) == 0 {
		return nil
	}
	id := func(n int) string {
		s := idPage + strconv.Itoa(n) + ":" + query
		if utf8.RuneCountInString(s) > maxCustomID {
			s = idPage + strconv.Itoa(n) + ":"
		}
		return s
	}
	row := prevNext(id, page, pages)
	if len(hits) > 0 {
		if src := sourceButton(hits[0]); src != nil {
			row = append(row, src[0].(discordgo.ActionsRow).Components...)
		}
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
}

// prevNext are the Prev and Next buttons of page of pages, with id giving
// a page's custom_id; a disabled button gets a no-op id instead, since
// Discord requires one and two buttons may not share it.
func prevNext(id func(page int) string, page, pages int) []discordgo.MessageComponent {
	prev := discordgo.Button{Label: "◀ Prev", Style: discordgo.SecondaryButton, CustomID: id(page - 1), Disabled: page <= 1}
	next := discordgo.Button{Label: "Next ▶", Style: discordgo.SecondaryButton, CustomID: id(page + 1), Disabled: page >= pages}
	if prev.Disabled {
		prev.CustomID = idNoop + "prev"
	}
	if next.Disabled {
		next.CustomID = idNoop + "next"
	}
	return []discordgo.MessageComponent{prev, next}
}

// sourceButton offers the cited passage; it is left out when the passage
// ID cannot fit a custom_id.
func sourceButton(p *index.Passage) []discordgo.MessageComponent {
	id := idSource + p.ID
	if utf8.RuneCountInString(id) > maxCustomID {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Source", Style: discordgo.PrimaryButton, CustomID: id},
	}}}
}

// embed is the house embed: a title, a description and the usual colour.
func embed(title, desc string) *discordgo.MessageEmbed {
	return &discordgo.MessageEmbed{Title: title, Description: desc, Color: colorInfo}
}

// footer is an embed footer, or none for empty text: Discord rejects an
// empty one.
func footer(s string) *discordgo.MessageEmbedFooter {
	if s == "" {
		return nil
	}
	return &discordgo.MessageEmbedFooter{Text: s}
}

// cite renders a passage's citation for a footer or a line.
func cite(p *index.Passage) string { return p.Cite.String() }

// citeMany lists the sources of several passages compactly: each document
// once, then its sections.
func citeMany(ps []*index.Passage) string {
	var docs []string
	secs := map[string][]string{}
	for _, p := range ps {
		d := p.Cite.Doc
		if _, ok := secs[d]; !ok {
			docs = append(docs, d)
		}
		s := "front matter"
		if p.Cite.Section > 0 {
			s = "§" + strconv.Itoa(p.Cite.Section)
		} else if p.Kind == index.KindOverview {
			s = "overview"
		}
		if !slices.Contains(secs[d], s) {
			secs[d] = append(secs[d], s)
		}
	}
	var parts []string
	for _, d := range docs {
		parts = append(parts, d+" "+strings.Join(secs[d], ", "))
	}
	if len(parts) == 0 {
		return ""
	}
	return "Sources: " + strings.Join(parts, "; ")
}

// highlight escapes text for Discord and bolds the spans, which must be
// sorted and disjoint byte ranges of text.
func highlight(text string, spans []index.Span) string {
	var b strings.Builder
	pos := 0
	for _, s := range spans {
		if s.Start < pos || s.End > len(text) || s.Start >= s.End {
			continue
		}
		b.WriteString(Escape(text[pos:s.Start]))
		b.WriteString("**" + Escape(text[s.Start:s.End]) + "**")
		pos = s.End
	}
	b.WriteString(Escape(text[pos:]))
	return b.String()
}

// snippet cuts a passage to about n bytes around its first match and
// highlights the matches inside the window.
func snippet(text string, matches []index.Span, n int) string {
	if len(text) <= n {
		return highlight(text, matches)
	}
	start := 0
	if len(matches) > 0 && matches[0].Start > n/3 {
		start = matches[0].Start - n/4
		for start > 0 && text[start-1] != ' ' {
			start--
		}
	}
	end := min(len(text), start+n)
	for end < len(text) && text[end] != ' ' {
		end++
	}
	var inside []index.Span
	for _, m := range matches {
		if m.Start >= start && m.End <= end {
			inside = append(inside, index.Span{Start: m.Start - start, End: m.End - start})
		}
	}
	out := highlight(text[start:end], inside)
	if start > 0 {
		out = "…" + out
	}
	if end < len(text) {
		out += "…"
	}
	return out
}

// plural counts a noun: "1 page", "3 pages".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// byteSize writes a size as people read it: "10 MiB", "4.5 KiB", "812 bytes".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return trimFloat(float64(n)/(1<<20)) + " MiB"
	case n >= 1<<10:
		return trimFloat(float64(n)/(1<<10)) + " KiB"
	}
	return plural(int(n), "byte")
}

func trimFloat(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}

// emptyList is a list with nothing in it: one page saying so, and no
// other page.
func emptyList(title, says string, page int) (Reply, error) {
	if page != 1 {
		return Reply{}, userErrorf("No such page", "That list has %s.", plural(1, "page"))
	}
	return Reply{Embeds: []*discordgo.MessageEmbed{embed(title, says)}}, nil
}
