package chart

import (
	"cmp"
	"fmt"
	"image/color"
	"maps"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Sum is an amount of money given to a recipient or programme.
type Sum struct {
	Label    string  // the recipient or programme; sums with the same Label and Currency are added up
	Currency string  // ISO 4217: "USD", "JPY"; required
	Value    float64 // in units of Currency; not negative
}

// Split is a cost-sharing arrangement: who bears what part of a cost.
type Split struct {
	Label   string   // what the cost is for
	Parties []string // who bears each part, in the order of Parts; "" where the source names no one
	Parts   []int    // the ratio, as 50, 50 or 2, 1; a share known for one party ("half") is 50 and the rest, 50, unnamed
}

// Funding draws sums as bars, one panel per currency so that yen are never
// set against dollars, and cost shares as split bars in a last panel. A
// panel of sums shows the Options.Max largest totals; the cost-share panel
// shows the first Options.Max splits in the order given. Panels of sums
// come in the order of their currency codes.
func Funding(sums []Sum, splits []Split, opt Options) (*Chart, error) {
	bySum, err := sumPanels(sums, opt.max())
	if err != nil {
		return nil, err
	}
	shares, err := splitPanel(splits, opt.max(), len(bySum))
	if err != nil {
		return nil, err
	}
	panels := bySum
	if shares != nil {
		panels = append(panels, *shares)
	}
	if len(panels) == 0 {
		return nil, ErrEmpty
	}

	w := opt.width() // to wrap the legend; size checks it
	chrome := 2 * margin
	if opt.Title != "" {
		chrome += titleHeight()
	}
	rows := 0
	for i := range panels {
		panels[i].legend = legendLines(panels[i].parties, pixels(w)-3*margin)
		chrome += panels[i].chrome()
		rows += panels[i].rows
	}
	w, h, pitch, err := opt.size(chrome, rows)
	if err != nil {
		return nil, err
	}
	c := newCanvas(w, h)
	dc := title(inset(draw.New(c)), opt.Title)
	layoutPanels(dc, panels, pitch, labelShare*pixels(w))
	for _, p := range panels {
		if !roomy(p.plot, p.canvas) {
			return nil, fmt.Errorf("chart: %dx%d px leaves no room for %s", w, h, p.title)
		}
	}
	for _, p := range panels {
		p.plot.Draw(p.canvas)
		drawLegend(p.legendCanvas, p.legend)
	}

	png, err := encode(c)
	if err != nil {
		return nil, err
	}
	ch := &Chart{PNG: png}
	for _, p := range panels {
		ch.Panels = append(ch.Panels, p.info)
	}
	return ch, nil
}

// A funding chart's panel, before and after layout.
type fundingPanel struct {
	info    Panel
	title   string
	rows    int
	build   func(p *plot.Plot, labelWidth vg.Length) // adds axes and bars to a plot
	parties []legendEntry                            // for the cost-share panel's legend
	legend  [][]legendEntry                          // parties wrapped into lines

	plot         *plot.Plot
	canvas       draw.Canvas
	legendCanvas draw.Canvas
}

// Sizes of a funding chart.
const (
	valueAxisHeight = vg.Length(26) // pt: ticks and their labels under a panel
	panelGap        = vg.Length(10) // pt between panels
	sumBarHalf      = vg.Length(7)  // pt, half a bar's height: 19 px bars in 24 px rows
	barShare        = 0.8           // of a panel's width, the longest bar's; the rest holds its value
	valueGap        = vg.Length(4)  // pt between a bar's end and its value
)

// chrome is the height of a panel's title, axis, legend and the gap
// under it: all but its rows.
func (p fundingPanel) chrome() vg.Length {
	return titleHeight() + valueAxisHeight + panelGap + vg.Length(len(p.legend))*legendLine
}

// layoutPanels stacks panels down dc, pitch to a row, and lines up their
// data areas so that bars in different panels start at the same x.
func layoutPanels(dc draw.Canvas, panels []fundingPanel, pitch, labelWidth vg.Length) {
	top := dc.Max.Y
	var left, right vg.Length
	for i := range panels {
		p := &panels[i]
		pc := dc
		pc.Max.Y = top
		top -= p.chrome() + vg.Length(p.rows)*pitch
		pc.Min.Y = top + panelGap
		if len(p.legend) > 0 {
			p.legendCanvas = pc
			pc.Min.Y += vg.Length(len(p.legend)) * legendLine
			p.legendCanvas.Max.Y = pc.Min.Y
		}
		p.canvas = pc
		p.plot = newPlot()
		p.plot.Title.Text = p.title
		p.build(p.plot, labelWidth)
		data := p.plot.DataCanvas(pc)
		left = max(left, data.Min.X-pc.Min.X)
		right = max(right, pc.Max.X-data.Max.X)
	}
	for i := range panels {
		p := &panels[i]
		data := p.plot.DataCanvas(p.canvas)
		p.canvas = draw.Crop(p.canvas, left-(data.Min.X-p.canvas.Min.X), -(right - (p.canvas.Max.X - data.Max.X)), 0, 0)
	}
}

type bar struct {
	label string
	value float64
}

// sumPanels totals sums by currency and label, one panel per currency.
func sumPanels(sums []Sum, most int) ([]fundingPanel, error) {
	totals := map[string]map[string]float64{} // currency, label: total
	for i, s := range sums {
		if s.Currency == "" {
			return nil, fmt.Errorf("chart: sum %d (%q) has no currency", i, s.Label)
		}
		if s.Value < 0 || math.IsNaN(s.Value) || math.IsInf(s.Value, 0) {
			return nil, fmt.Errorf("chart: sum %d (%q) is %v, not an amount", i, s.Label, s.Value)
		}
		if totals[s.Currency] == nil {
			totals[s.Currency] = map[string]float64{}
		}
		totals[s.Currency][cmp.Or(clean(s.Label), "Unnamed")] += s.Value
	}
	var panels []fundingPanel
	for i, code := range slices.Sorted(maps.Keys(totals)) {
		var bars []bar
		for _, label := range slices.Sorted(maps.Keys(totals[code])) {
			bars = append(bars, bar{label, totals[code][label]})
		}
		slices.SortStableFunc(bars, func(a, b bar) int { return cmp.Compare(b.value, a.value) })
		shown := bars[:min(most, len(bars))]
		info := Panel{Name: code, Shown: len(shown), Omitted: len(bars) - len(shown)}
		for _, b := range bars[len(shown):] {
			info.OmittedValue += b.value
		}
		t := currencyTitle(code)
		if info.Omitted > 0 {
			t += fmt.Sprintf(", top %d of %d", len(shown), len(bars))
		}
		clr := colorAt(i)
		panels = append(panels, fundingPanel{
			info:  info,
			title: t,
			rows:  len(shown),
			build: func(p *plot.Plot, labelWidth vg.Length) { buildSums(p, code, shown, clr, labelWidth) },
		})
	}
	return panels, nil
}

func buildSums(p *plot.Plot, code string, bars []bar, clr color.RGBA, labelWidth vg.Length) {
	labels := make([]string, len(bars))
	top := 0.0
	for i, b := range bars {
		labels[i] = b.label
		top = max(top, b.value)
	}
	y := rowAxis(p, labels, labelWidth)
	if top == 0 {
		top = 1 // all zero: draw an axis all the same
	}
	p.X.Min, p.X.Max = 0, top/barShare
	p.X.Padding = vg.Points(2)
	p.X.Tick.Marker = moneyTicks{code}
	grid := plotter.NewGrid()
	grid.Horizontal.Color = nil
	grid.Vertical.Color = gridColor
	p.Add(grid, sumBars{bars: bars, code: code, color: clr, y: y})
}

// sumBars draws a panel's bars with their values.
type sumBars struct {
	bars  []bar
	code  string
	color color.RGBA
	y     func(int) float64
}

func (s sumBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	outside := textStyle(tickSize, false, draw.XLeft, draw.YCenter)
	inside := textStyle(tickSize, false, draw.XRight, draw.YCenter)
	inside.Color = ink(s.color)
	for i, b := range s.bars {
		y := trY(s.y(i))
		x0, x1 := trX(0), trX(b.value)
		fillRect(c, s.color, x0, y-sumBarHalf, x1, y+sumBarHalf)
		v := money(s.code, b.value)
		switch w := outside.Width(v); {
		case x1+valueGap+w <= c.Max.X:
			c.FillText(outside, vg.Point{X: x1 + valueGap, Y: y}, v)
		case w+2*valueGap <= x1-x0:
			c.FillText(inside, vg.Point{X: x1 - valueGap, Y: y}, v)
		}
	}
}
