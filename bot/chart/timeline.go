package chart

import (
	"cmp"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Event is a dated fact.
type Event struct {
	Label string    // what happened, as the row's label: "Workshop on tariffs in Hanoi"
	Group string    // the document it comes from; a chart groups events by it, and those with none under "Other"
	Start time.Time // the date, or the first day of a period; required
	End   time.Time // the last day of a period; zero, or not after Start, for a single date
}

// Timeline draws events on a time axis, one row each, under a heading per
// group. It draws the first Options.Max events in the order given, so a
// chart and the text page beside it show the same facts, and counts the
// rest in its one Panel. Within a group, rows run by date.
func Timeline(events []Event, opt Options) (*Chart, error) {
	if len(events) == 0 {
		return nil, ErrEmpty
	}
	for i, e := range events {
		if e.Start.IsZero() {
			return nil, fmt.Errorf("chart: event %d (%q) has no start date", i, e.Label)
		}
	}
	shown := events[:min(opt.max(), len(events))]
	rows := timelineRows(shown)
	// Events of many documents bring a heading each: the chart keeps to
	// about a screen by showing fewer events rather than more rows.
	for len(shown) > 1 && len(rows) > opt.max()+maxTimelineHeadings {
		shown = shown[:len(shown)-1]
		rows = timelineRows(shown)
	}
	omitted := len(events) - len(shown)

	headline := opt.Title
	if omitted > 0 {
		headline = withNote(headline, fmt.Sprintf("first %d of %d events", len(shown), len(events)))
	}
	chrome := timeAxisHeight + 2*margin
	if headline != "" {
		chrome += titleHeight()
	}
	w, h, _, err := opt.size(chrome, len(rows))
	if err != nil {
		return nil, err
	}
	c := newCanvas(w, h)
	dc := title(inset(draw.New(c)), headline)

	p := newPlot()
	labels := make([]string, len(rows))
	for i, r := range rows {
		if r.heading == "" {
			labels[i] = r.label
		}
	}
	rowY := rowAxis(p, labels, labelShare*pixels(w))
	p.X.Min, p.X.Max = timeRange(shown)
	p.X.Tick.Marker = dateTicks{}
	grid := plotter.NewGrid()
	grid.Horizontal.Color = nil
	grid.Vertical.Color = gridColor
	p.Add(stripes{rows: rows, y: rowY}, grid, timelineMarks{rows: rows, y: rowY})
	if !roomy(p, dc) {
		return nil, fmt.Errorf("chart: %dx%d px leaves no room for the timeline", w, h)
	}
	p.Draw(dc)

	png, err := encode(c)
	if err != nil {
		return nil, err
	}
	return &Chart{PNG: png, Panels: []Panel{{Name: "timeline", Shown: len(shown), Omitted: omitted}}}, nil
}

// maxTimelineHeadings is how many group heading rows a timeline adds to
// its events before it shows fewer events instead.
const maxTimelineHeadings = 8

// timeAxisHeight is the date axis under the rows: tick, label, padding.
const timeAxisHeight = vg.Length(26) // pt

// withNote adds a note such as "first 25 of 40 events" to a title, or
// makes it the title when there is none.
func withNote(title, note string) string {
	if title == "" {
		return strings.ToUpper(note[:1]) + note[1:]
	}
	return title + " (" + note + ")"
}

// timelineRow is one row of a timeline: a group's heading or an event.
type timelineRow struct {
	heading    string // the group's name, on a heading row
	label      string
	start, end float64 // seconds since 1970; end == start for a single date
	color      color.RGBA
	stripe     bool // every other event row is shaded
}

// timelineRows orders events into rows: groups by their first date, then
// name; events by date, then end, then label, so the order never depends
// on the input's.
func timelineRows(events []Event) []timelineRow {
	byGroup := map[string][]Event{}
	var names []string
	for _, e := range events {
		if _, ok := byGroup[e.Group]; !ok {
			names = append(names, e.Group)
		}
		byGroup[e.Group] = append(byGroup[e.Group], e)
	}
	for _, g := range names {
		slices.SortFunc(byGroup[g], compareEvents)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(byGroup[a][0].Start.Compare(byGroup[b][0].Start), cmp.Compare(a, b))
	})
	var rows []timelineRow
	n := 0 // event rows so far
	for gi, g := range names {
		clr := colorAt(gi)
		rows = append(rows, timelineRow{heading: cmp.Or(clean(g), "Other"), color: clr})
		for _, e := range byGroup[g] {
			start, end := seconds(e.Start), seconds(e.End)
			if e.End.IsZero() || end < start {
				end = start
			}
			rows = append(rows, timelineRow{label: e.Label, start: start, end: end, color: clr, stripe: n%2 == 1})
			n++
		}
	}
	return rows
}

func compareEvents(a, b Event) int {
	return cmp.Or(a.Start.Compare(b.Start), a.End.Compare(b.End), cmp.Compare(a.Label, b.Label))
}

func seconds(t time.Time) float64 { return float64(t.Unix()) }

// timeRange is the span of the events with some air on either side, so a
// mark at the first or last date is not drawn on the frame.
func timeRange(events []Event) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, e := range events {
		lo = min(lo, seconds(e.Start))
		hi = max(hi, seconds(e.Start), seconds(e.End))
	}
	const day = 24 * 60 * 60
	pad := max((hi-lo)*0.04, 20*day)
	if hi == lo {
		pad = 183 * day // a lone date sits mid-year
	}
	return lo - pad, hi + pad
}

// stripes shades every other event row, across the data area.
type stripes struct {
	rows []timelineRow
	y    func(int) float64
}

func (s stripes) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	half := (trY(0) - trY(-1)) / 2
	for i, r := range s.rows {
		if r.stripe {
			y := trY(s.y(i))
			fillRect(c, stripeColor, c.Min.X, y-half, c.Max.X, y+half)
		}
	}
}

// Sizes of a timeline's marks.
const (
	dotRadius = vg.Length(4.5) // pt, a 12 px dot: visible at half size
	barHalf   = vg.Length(4)   // pt, half the height of a period's bar
)

// timelineMarks draws group headings and each event's dot or bar.
type timelineMarks struct {
	rows []timelineRow
	y    func(int) float64
}

func (m timelineMarks) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	head := textStyle(labelSize, true, draw.XLeft, draw.YCenter)
	for i, r := range m.rows {
		y := trY(m.y(i))
		if r.heading != "" {
			head.Color = r.color
			x := c.Min.X + vg.Points(2)
			c.FillText(head, vg.Point{X: x, Y: y}, fit(head, r.heading, c.Max.X-x))
			continue
		}
		x0, x1 := trX(r.start), trX(r.end)
		if x1-x0 < 2*dotRadius {
			// A week in a span of years is a date at this scale, and
			// a sliver of a bar would hide it.
			mid := vg.Point{X: (x0 + x1) / 2, Y: y}
			c.DrawGlyph(draw.GlyphStyle{Color: r.color, Radius: dotRadius, Shape: draw.CircleGlyph{}}, mid)
			continue
		}
		fillRect(c, r.color, x0, y-barHalf, x1, y+barHalf)
	}
}

// dateTicks labels a time axis in years, months or days, whichever gives
// a handful of ticks over the range; the labels are wide, so few fit.
type dateTicks struct{}

func (dateTicks) Ticks(lo, hi float64) []plot.Tick {
	from, to := time.Unix(int64(lo), 0).UTC(), time.Unix(int64(hi), 0).UTC()
	days := to.Sub(from).Hours() / 24
	switch {
	case days >= 3*365:
		step := pickStep(days/365.25, 7, []int{1, 2, 5, 10, 20, 50, 100, 200, 500})
		var ts []plot.Tick
		for y := from.Year() - from.Year()%step; y <= to.Year(); y += step {
			ts = append(ts, dateTick(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), "2006"))
		}
		return ts
	case days >= 60:
		step := pickStep(days/30.44, 6, []int{1, 2, 3, 6, 12})
		var ts []plot.Tick
		m := time.Date(from.Year(), from.Month()-time.Month((int(from.Month())-1)%step), 1, 0, 0, 0, 0, time.UTC)
		for ; !m.After(to); m = m.AddDate(0, step, 0) {
			ts = append(ts, dateTick(m, "Jan 2006"))
		}
		return ts
	default:
		step := pickStep(days, 5, []int{1, 2, 7, 14, 28})
		var ts []plot.Tick
		d := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
		for ; !d.After(to); d = d.AddDate(0, 0, step) {
			ts = append(ts, dateTick(d, "2 Jan 2006"))
		}
		return ts
	}
}

// pickStep is the smallest step that covers span in at most most ticks.
func pickStep(span float64, most int, steps []int) int {
	for _, s := range steps {
		if span/float64(s) <= float64(most) {
			return s
		}
	}
	return steps[len(steps)-1]
}

func dateTick(t time.Time, layout string) plot.Tick {
	return plot.Tick{Value: seconds(t), Label: t.Format(layout)}
}
