package chart

import (
	"cmp"
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// segment is one party's part of a split bar.
type segment struct {
	party   string // "" for a part the source names no one for
	percent float64
	color   color.RGBA
}

type splitRow struct {
	label    string
	segments []segment
}

// othersName stands in the legend for the parts no party is named for.
const othersName = "Others"

// splitPanel lays out the first most splits. Parties take colours after
// the firstColor sum panels', so no colour means two things in one chart.
func splitPanel(splits []Split, most, firstColor int) (*fundingPanel, error) {
	if len(splits) == 0 {
		return nil, nil
	}
	for i, s := range splits {
		if len(s.Parties) > len(s.Parts) {
			return nil, fmt.Errorf("chart: split %d (%q) names %d parties for %d parts", i, s.Label, len(s.Parties), len(s.Parts))
		}
		total := 0
		for _, part := range s.Parts {
			if part < 0 {
				return nil, fmt.Errorf("chart: split %d (%q) has a negative part", i, s.Label)
			}
			total += part
		}
		if total == 0 {
			return nil, fmt.Errorf("chart: split %d (%q) has no parts", i, s.Label)
		}
	}
	shown := splits[:min(most, len(splits))]

	colors := map[string]color.RGBA{"": unnamedColor}
	var legend []legendEntry
	rows := make([]splitRow, len(shown))
	unnamed := false
	for i, s := range shown {
		total := 0
		for _, part := range s.Parts {
			total += part
		}
		rows[i].label = cmp.Or(clean(s.Label), "Unnamed")
		for j, part := range s.Parts {
			if part == 0 {
				continue
			}
			party := ""
			if j < len(s.Parties) {
				party = clean(s.Parties[j])
			}
			clr, ok := colors[party]
			if !ok {
				clr = colorAt(firstColor + len(legend))
				colors[party] = clr
				legend = append(legend, legendEntry{party, clr})
			}
			unnamed = unnamed || party == ""
			rows[i].segments = append(rows[i].segments, segment{party, 100 * float64(part) / float64(total), clr})
		}
	}
	if unnamed {
		legend = append(legend, legendEntry{othersName, unnamedColor})
	}

	info := Panel{Name: "cost shares", Shown: len(shown), Omitted: len(splits) - len(shown)}
	t := "Cost shares"
	if info.Omitted > 0 {
		t += fmt.Sprintf(", first %d of %d", len(shown), len(splits))
	}
	return &fundingPanel{
		info:    info,
		title:   t,
		rows:    len(rows),
		parties: legend,
		build:   func(p *plot.Plot, labelWidth vg.Length) { buildSplits(p, rows, labelWidth) },
	}, nil
}

func buildSplits(p *plot.Plot, rows []splitRow, labelWidth vg.Length) {
	labels := make([]string, len(rows))
	for i, r := range rows {
		labels[i] = r.label
	}
	y := rowAxis(p, labels, labelWidth)
	p.X.Min, p.X.Max = 0, 100
	p.X.Padding = vg.Points(2)
	p.X.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: "0%"}, {Value: 25, Label: "25%"}, {Value: 50, Label: "50%"}, {Value: 75, Label: "75%"}, {Value: 100, Label: "100%"}}
	grid := plotter.NewGrid()
	grid.Horizontal.Color = nil
	grid.Vertical.Color = gridColor
	p.Add(grid, splitBars{rows: rows, y: y})
}

// splitBars draws each split as one bar cut into its parties' parts,
// each labelled with its party and percentage where that fits, or else its
// percentage, or nothing; the legend names the colours.
type splitBars struct {
	rows []splitRow
	y    func(int) float64
}

func (s splitBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := textStyle(tickSize, false, draw.XCenter, draw.YCenter)
	for i, r := range s.rows {
		y := trY(s.y(i))
		at := 0.0
		for _, seg := range r.segments {
			x0, x1 := trX(at), trX(at+seg.percent)
			at += seg.percent
			fillRect(c, seg.color, x0, y-sumBarHalf, x1, y+sumBarHalf)
			pct := trimZero(seg.percent, 1) + "%"
			for _, label := range []string{seg.party + " " + pct, pct} {
				if seg.party == "" && label != pct {
					continue
				}
				if sty.Width(label)+2*valueGap <= x1-x0 {
					sty.Color = ink(seg.color)
					c.FillText(sty, vg.Point{X: (x0 + x1) / 2, Y: y}, label)
					break
				}
			}
		}
	}
}

// legendEntry is a colour and what it stands for.
type legendEntry struct {
	name  string
	color color.RGBA
}

// Legend sizes.
const (
	legendLine  = vg.Length(15) // pt per line of entries
	swatch      = vg.Length(9)  // pt, the side of a colour's square
	swatchGap   = vg.Length(4)  // pt between a square and its name
	legendSpace = vg.Length(14) // pt between entries
)

func legendStyle() draw.TextStyle {
	return textStyle(tickSize, false, draw.XLeft, draw.YCenter)
}

// legendLines wraps entries into lines that fit width.
func legendLines(entries []legendEntry, width vg.Length) [][]legendEntry {
	sty := legendStyle()
	var lines [][]legendEntry
	var line []legendEntry
	var used vg.Length
	for _, e := range entries {
		e.name = fit(sty, e.name, width/2)
		w := swatch + swatchGap + sty.Width(e.name)
		if len(line) > 0 && used+legendSpace+w > width {
			lines = append(lines, line)
			line, used = nil, 0
		}
		if len(line) > 0 {
			used += legendSpace
		}
		line = append(line, e)
		used += w
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

// drawLegend draws lines of entries from the top left of c.
func drawLegend(c draw.Canvas, lines [][]legendEntry) {
	sty := legendStyle()
	y := c.Max.Y - legendLine/2
	for _, line := range lines {
		x := c.Min.X
		for _, e := range line {
			fillRect(c, e.color, x, y-swatch/2, x+swatch, y+swatch/2)
			x += swatch + swatchGap
			c.FillText(sty, vg.Point{X: x, Y: y}, e.name)
			x += sty.Width(e.name) + legendSpace
		}
		y -= legendLine
	}
}
