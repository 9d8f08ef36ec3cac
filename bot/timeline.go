package bot

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iaibot/iaibot/bot/chart"
	"github.com/iaibot/iaibot/index"
)

// handleTimeline answers /iai timeline: every dated sentence in order,
// relative dates ("last year") resolved against their document's date;
// with as:chart, the same dates drawn on a time axis.
func handleTimeline(ctx context.Context, b *Bot, args Args) (Reply, error) {
	dates := b.ix.Timeline()
	if args["as"] != asChart {
		return renderTimeline(dates, args.page())
	}
	if err := chartPage(args, "timeline"); err != nil {
		return Reply{}, err
	}
	c, err := chart.Timeline(timelineEvents(dates), chart.Options{Title: "Timeline"})
	if err == chart.ErrEmpty {
		return Reply{}, userErrorf("Nothing to chart", "The documents give no dates.")
	}
	if err != nil {
		return Reply{}, fmt.Errorf("draw the timeline: %w", err)
	}
	if err := attachable(ctx, c, "timeline"); err != nil {
		return Reply{}, err
	}
	shown := dates[:c.Panels[0].Shown]
	v := chartView{
		sub: "timeline", file: "timeline.png", png: c.PNG,
		title: fmt.Sprintf("Timeline (%s)", plural(len(dates), "date")),
		about: "Every dated fact on a time axis, under the document that gives it; a period is a bar, a date a dot.",
	}
	if c.Omitted() > 0 {
		v.notes = append(v.notes, fmt.Sprintf("The chart shows the first %d of %d dates, and %d more.", len(shown), len(dates), c.Omitted()))
	}
	for _, d := range shown {
		v.cited = append(v.cited, d.Passage)
	}
	return renderChart(v), nil
}

// chartPage refuses a page beyond the first with as:chart: a chart draws
// the list from its start, with what it leaves out said in its text.
func chartPage(args Args, sub string) error {
	if args.page() > 1 {
		return userErrorf("No pages in a chart", "A chart starts at the top of the list and says what it leaves out; `page:` is for `/iai %s as:text`.", sub)
	}
	return nil
}

// attachable refuses a chart larger than the file the interaction may
// carry, which only a guild with a limit far below Discord's usual one
// would see.
func attachable(ctx context.Context, c *chart.Chart, sub string) error {
	if limit := attachmentLimit(ctx); int64(len(c.PNG)) > limit {
		return userErrorf("Too large to attach", "The chart is %s, over the %s a file may be here. `/%s %s` shows the same facts as text.",
			byteSize(int64(len(c.PNG))), byteSize(limit), CommandName, sub)
	}
	return nil
}

// timelineEvents are dates as the timeline chart draws them: each under
// its document, labelled with what its sentence says happened. A period
// that is ongoing ("since February 2000") runs to its document's date.
func timelineEvents(dates []index.Date) []chart.Event {
	events := make([]chart.Event, 0, len(dates))
	for _, d := range dates {
		e := chart.Event{Label: eventLabel(d), Start: d.Start, End: d.End}
		if d.Passage != nil {
			e.Group = d.Passage.Cite.Doc
			if doc := d.Passage.Doc; d.Since && doc != nil && doc.Date.After(e.End) {
				e.End = doc.Date
			}
		}
		events = append(events, e)
	}
	return events
}

// eventLabel is a date's sentence without the date when the sentence
// opens with it ("On June 11, 2001, Cambodia has joined the Center" →
// "Cambodia has joined the Center"): the axis already shows when, and a
// chart row has room for about fifty characters.
func eventLabel(d index.Date) string {
	s := strings.TrimSpace(d.Sentence)
	if s == "" {
		return d.Text
	}
	i := strings.Index(s, d.Text)
	// One word before it, a preposition such as "On" or "Since": a date
	// with none is the sentence's subject, one with more is inside it.
	if lead := strings.TrimSpace(s[:max(i, 0)]); i < 0 || lead == "" || strings.Contains(lead, " ") {
		return s
	}
	rest := strings.TrimLeft(s[i+len(d.Text):], " ,")
	if rest == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(rest)
	return string(unicode.ToUpper(r)) + rest[n:]
}
