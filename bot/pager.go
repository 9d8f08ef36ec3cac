package bot

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/iaibot/iaibot/index"
)

// A list command (timeline, funding, members, projects, a country) can
// outgrow one message. Its reply is built as sections of lines and cut into
// pages that each fit Discord's limits with room to spare; the Prev and
// Next buttons, and the page option, reach every page, so nothing is ever
// cut without a way to the rest.

// Page budgets, below Discord's limits so that the title, footer and
// "(continued)" names always fit: a page's text, and one field's value.
const (
	pageBudget      = 3600
	pageFieldBudget = 1000
)

// listSection is a heading and its lines; an empty heading puts the lines
// in the embed's description.
type listSection struct {
	name  string
	lines []string
	empty string // shown when the section has no lines; "" drops it
}

// listPage is one page of a list: its fields and description.
type listPage struct {
	desc   []string
	fields []*discordgo.MessageEmbedField
	size   int
}

// paginate cuts sections into pages. A line never splits; a section that
// spills over continues on the next page under its name and "(continued)".
func paginate(intro string, secs []listSection) []listPage {
	pages := []listPage{{}}
	cur := func() *listPage { return &pages[len(pages)-1] }
	if intro != "" {
		cur().desc = append(cur().desc, intro)
		cur().size += utf8.RuneCountInString(intro) + 1
	}
	for _, s := range secs {
		lines := s.lines
		if len(lines) == 0 {
			if s.empty == "" {
				continue
			}
			lines = []string{s.empty}
		}
		var field *discordgo.MessageEmbedField
		fieldSize := 0
		for i, l := range lines {
			l = truncate(l, pageFieldBudget)
			n := utf8.RuneCountInString(l) + 1
			name := s.name
			if i > 0 {
				name = s.name + " (continued)"
			}
			if cur().size+n+utf8.RuneCountInString(name) > pageBudget || (s.name != "" && field == nil && len(cur().fields) >= maxFields) {
				pages = append(pages, listPage{})
				field = nil
			}
			if s.name == "" {
				cur().desc = append(cur().desc, l)
				cur().size += n
				continue
			}
			if field == nil || fieldSize+n > pageFieldBudget {
				if len(cur().fields) >= maxFields {
					pages = append(pages, listPage{})
				}
				field = &discordgo.MessageEmbedField{Name: truncate(name, maxFieldName)}
				fieldSize = 0
				cur().fields = append(cur().fields, field)
				cur().size += utf8.RuneCountInString(field.Name)
			}
			if field.Value != "" {
				field.Value += "\n"
			}
			field.Value += l
			fieldSize += n
			cur().size += n
		}
	}
	return pages
}

// listReply renders page n (from 1) of a list. sub and arg say how to ask
// for another page: /iai <sub> [name:<arg>] page:<n>. cited are the
// passages the list cites, for the footer.
func listReply(sub, arg, title, intro string, secs []listSection, cited []*index.Passage, page int) (Reply, error) {
	pages := paginate(intro, secs)
	if page < 1 || page > len(pages) {
		return Reply{}, userErrorf("No such page", "That list has %s.", plural(len(pages), "page"))
	}
	p := pages[page-1]
	e := embed(title, strings.Join(p.desc, "\n"))
	e.Fields = p.fields
	foot := citeMany(cited)
	if len(pages) > 1 {
		foot = fmt.Sprintf("Page %d of %d · %s", page, len(pages), foot)
	}
	e.Footer = footer(foot)
	r := Reply{Embeds: []*discordgo.MessageEmbed{e}}
	if len(pages) > 1 {
		r.Components = listButtons(sub, arg, page, len(pages))
	}
	return r, nil
}

// listButtons are Prev and Next for a list; their custom_id holds the
// subcommand, the page and the argument: iai:list:<sub>:<n>:<arg>.
func listButtons(sub, arg string, page, pages int) []discordgo.MessageComponent {
	id := func(n int) string {
		return truncateBytes(idList+sub+":"+strconv.Itoa(n)+":"+arg, maxCustomID)
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: prevNext(id, page, pages)}}
}

// truncateBytes cuts s to at most n characters without splitting a rune.
func truncateBytes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// page is the page option, from 1: 1 when absent. Run has refused a page
// that is not a whole number from 1 before any handler sees it.
func (a Args) page() int {
	n, _ := pageArg(a)
	return max(n, 1)
}

// pageArg reads the page option: 1 when absent.
func pageArg(args Args) (int, error) {
	v := strings.TrimSpace(args["page"])
	if v == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, userErrorf("Bad page", "`page` must be a whole number from 1, not `%s`.", truncate(Escape(v), 20))
	}
	return n, nil
}
