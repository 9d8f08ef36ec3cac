package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/iaibot/iaibot/index"
)

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
		if !containsStr(secs[d], s) {
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

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func footer(s string) *discordgo.MessageEmbedFooter {
	if s == "" {
		return nil
	}
	return &discordgo.MessageEmbedFooter{Text: s}
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

func embed(title, desc string) *discordgo.MessageEmbed {
	return &discordgo.MessageEmbed{Title: title, Description: desc, Color: colorInfo}
}

func handleSearch(_ context.Context, b *Bot, args Args) (Reply, error) {
	page := 1
	if v := strings.TrimSpace(args["page"]); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return Reply{}, userErrorf("Bad page", "`page` must be a whole number from 1, not `%s`.", truncate(Escape(v), 20))
		}
		page = n
	}
	return b.searchReply(args["query"], page)
}

func (b *Bot) searchReply(q string, page int) (Reply, error) {
	res, err := b.ix.Search(q, page)
	if errors.Is(err, index.ErrEmptyQuery) {
		return Reply{}, userErrorf("Nothing to search for", "Type some words to look for, e.g. `/iai search query:HIV`.")
	}
	if err != nil {
		return Reply{}, err
	}
	title := "Search: " + truncate(Escape(res.Query), 200)
	author := &discordgo.MessageEmbedAuthor{Name: searchAuthorPrefix + defuseMentions(res.Query)}
	if res.Total == 0 {
		e := embed(title, "No passage matches. Try fewer or other words, or `/iai ask` a question.")
		e.Color = colorUnanswered
		e.Author = author
		return Reply{Embeds: []*discordgo.MessageEmbed{e}}, nil
	}
	if page > res.Pages {
		return Reply{}, userErrorf("No such page", "That search has %s of results.", plural(res.Pages, "page"))
	}
	var lines []string
	var ps []*index.Passage
	for i, h := range res.Hits {
		n := (page-1)*index.PageSize + i + 1
		lines = append(lines, fmt.Sprintf("**%d.** %s\n— *%s*", n, snippet(h.Passage.Text, h.Matches, 320), Escape(cite(h.Passage))))
		ps = append(ps, h.Passage)
	}
	e := embed(title, strings.Join(lines, "\n\n"))
	e.Author = author
	e.Footer = footer(fmt.Sprintf("Page %d of %d · %s · %s", page, res.Pages, plural(res.Total, "passage"), citeMany(ps)))
	return Reply{Embeds: []*discordgo.MessageEmbed{e}, Components: pageButtons(res.Query, page, res.Pages, ps)}, nil
}

func handleCountry(_ context.Context, b *Bot, args Args) (Reply, error) {
	page, err := pageArg(args)
	if err != nil {
		return Reply{}, err
	}
	c, err := b.ix.Country(args["name"])
	var nf *index.NotFoundError
	if errors.As(err, &nf) {
		return Reply{}, userErrorf("Unknown country", "No country called “%s”. Did you mean: %s?", truncate(Escape(CleanArg(nf.Name)), 80), strings.Join(nf.Suggestions, ", "))
	}
	if err != nil {
		return Reply{}, err
	}
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
	secs := []listSection{
		{name: "Groups", lines: groups, empty: "the documents do not say"},
		{name: "Memberships", lines: ms, empty: "the documents do not say"},
		{name: fmt.Sprintf("Projects (%d)", len(projs)), lines: projs, empty: "the documents do not say"},
		{name: "Places named", lines: placeLines, empty: "the documents do not say"},
		{name: "Funding", lines: funds, empty: "the documents do not say"},
	}
	return listReply("country", c.Name, c.Name, desc, secs, c.Passages, page)
}

func orNone(s string) string {
	if s == "" {
		return "the documents do not say"
	}
	return s
}

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
	return s
}

func handleProject(_ context.Context, b *Bot, args Args) (Reply, error) {
	p, err := b.ix.Project(args["name"])
	var nf *index.NotFoundError
	if errors.As(err, &nf) {
		return Reply{}, userErrorf("Unknown project", "No project called “%s”. Try one of: %s. `/iai projects` lists them all.", truncate(Escape(CleanArg(nf.Name)), 80), Escape(strings.Join(nf.Suggestions, "; ")))
	}
	if err != nil {
		return Reply{}, err
	}
	return Reply{Embeds: []*discordgo.MessageEmbed{projectEmbed(p)}, Components: sourceButton(p.Passage)}, nil
}

func projectEmbed(p *index.Project) *discordgo.MessageEmbed {
	var places, dates []string
	for _, pl := range p.Places {
		places = append(places, fmt.Sprintf("%s, %s", pl.Name, pl.Country))
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
		{Name: "Source", Value: "> " + truncate(Escape(quote), 900)},
	}
	e.Footer = footer(cite(p.Passage))
	return e
}

func handleProjects(_ context.Context, b *Bot, args Args) (Reply, error) {
	page, err := pageArg(args)
	if err != nil {
		return Reply{}, err
	}
	ps := b.ix.Projects()
	if len(ps) == 0 {
		return Reply{Embeds: []*discordgo.MessageEmbed{embed("Projects", "The documents name no projects.")}}, nil
	}
	var secs []listSection
	at := map[string]int{}
	var passages []*index.Passage
	for _, p := range ps {
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
	return listReply("projects", "", fmt.Sprintf("Projects (%d)", len(ps)), "", secs, passages, page)
}

func handleFunding(_ context.Context, b *Bot, args Args) (Reply, error) {
	page, err := pageArg(args)
	if err != nil {
		return Reply{}, err
	}
	fs := b.ix.Funding()
	if len(fs) == 0 {
		return Reply{Embeds: []*discordgo.MessageEmbed{embed("Funding", "The documents name no funds, amounts or cost shares.")}}, nil
	}
	var amounts, shares, funds []string
	var ps []*index.Passage
	for _, f := range fs {
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
		{name: "Amounts", lines: amounts, empty: "the documents do not say"},
		{name: "Cost shares", lines: shares, empty: "the documents do not say"},
		{name: "Funds", lines: funds, empty: "the documents do not say"},
	}
	return listReply("funding", "", "Funding", "Every sum of money, cost share and fund the documents name.", secs, ps, page)
}

func handleMembers(_ context.Context, b *Bot, args Args) (Reply, error) {
	page, err := pageArg(args)
	if err != nil {
		return Reply{}, err
	}
	groups, ms := b.ix.Members()
	var ps []*index.Passage
	var gl []string
	for _, g := range groups {
		name := "**" + Escape(g.Name) + "**"
		if len(g.Aliases) > 0 {
			name += " (also “" + Escape(strings.Join(g.Aliases, "”, “")) + "”)"
		}
		gl = append(gl, fmt.Sprintf("%s: %s", name, Escape(strings.Join(g.Members, ", "))))
		if g.Passage != nil {
			ps = append(ps, g.Passage)
		}
	}
	secs := []listSection{{name: "Groups", lines: gl, empty: "the documents do not say"}}
	at := map[string]int{}
	for _, m := range ms {
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

func handleTimeline(_ context.Context, b *Bot, args Args) (Reply, error) {
	page, err := pageArg(args)
	if err != nil {
		return Reply{}, err
	}
	ds := b.ix.Timeline()
	if len(ds) == 0 {
		return Reply{Embeds: []*discordgo.MessageEmbed{embed("Timeline", "The documents give no dates.")}}, nil
	}
	var lines []string
	var ps []*index.Passage
	for _, d := range ds {
		when := d.Text
		if d.Relative {
			when = fmt.Sprintf("%s (“%s”)", d.Resolved(), d.Text)
		}
		if d.Since {
			when = "since " + when
		}
		lines = append(lines, fmt.Sprintf("**%s** — %s — *%s*", Escape(when), truncate(Escape(d.Sentence), timelineSentence), Escape(cite(d.Passage))))
		ps = append(ps, d.Passage)
	}
	return listReply("timeline", "", fmt.Sprintf("Timeline (%d dates)", len(ds)), "", []listSection{{lines: lines}}, ps, page)
}

// timelineSentence is how much of a dated sentence the timeline shows:
// enough for its subject and verb, short enough for ten dates a page.
const timelineSentence = 240

func handleAsk(_ context.Context, b *Bot, args Args) (Reply, error) {
	return b.askReply(args["question"])
}

// askReply renders the answerer's result: the answer line first, then the
// quoted source with the answer in bold, then the citation.
func (b *Bot) askReply(q string) (Reply, error) {
	q = CleanArg(q)
	if q == "" {
		return Reply{}, userErrorf("No question", "Ask something, e.g. `/iai ask question:when did Cambodia join the ASEAN-Japan Centre?`")
	}
	a := b.ix.Answer(q)
	title := truncate("Q: "+Escape(q), maxTitle)
	if !a.Found {
		var lines []string
		var ps []*index.Passage
		for _, h := range a.Closest {
			lines = append(lines, fmt.Sprintf("• %s — *%s*", snippet(h.Passage.Text, h.Matches, 200), Escape(cite(h.Passage))))
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
		return Reply{Embeds: []*discordgo.MessageEmbed{e}}, nil
	}
	desc := "**" + Escape(a.Text) + "**"
	if a.LowConfidence {
		desc = "Low confidence — " + desc
	}
	desc += "\n> " + highlight(a.Sentence, a.SentenceSpans)
	e := embed(title, desc)
	if a.LowConfidence {
		e.Color = colorLowConfident
	}
	e.Footer = footer(cite(a.Passage))
	return Reply{Embeds: []*discordgo.MessageEmbed{e}, Components: sourceButton(a.Passage)}, nil
}

func handleHelp(_ context.Context, _ *Bot, _ Args) (Reply, error) {
	var lines []string
	for _, c := range commands {
		var opts []string
		for _, o := range c.def.Options {
			s := o.Name + ":"
			if !o.Required {
				s = "[" + s + "]"
			}
			opts = append(opts, s)
		}
		usage := "**/" + CommandName + " " + c.def.Name + "**"
		if len(opts) > 0 {
			usage += " " + strings.Join(opts, " ")
		}
		lines = append(lines, fmt.Sprintf("%s — %s\n  e.g. `%s`", usage, c.def.Description, c.usage))
	}
	e := embed("iaibot commands", strings.Join(lines, "\n")+
		"\n\nMention the bot with a question to get a cited answer in the channel.")
	e.Footer = footer("Answers come only from the indexed documents and cite their source.")
	return Reply{Embeds: []*discordgo.MessageEmbed{e}}, nil
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
