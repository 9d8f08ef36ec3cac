package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"strings"
	"unicode"

	stdfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// ErrEmpty is returned when there is nothing to draw. Callers can tell the
// user so ("no dated facts to chart") instead of sending an empty image.
var ErrEmpty = errors.New("chart: nothing to draw")

// Defaults for Options.
const (
	// DefaultWidth is about the width Discord previews an attached image
	// at on desktop, so text is shown at the size it was drawn.
	DefaultWidth = 800
	// DefaultMax keeps a chart to what one can read at a glance; the
	// caller lists the rest in text.
	DefaultMax = 25
)

// Options shape a chart. The zero value is usable.
type Options struct {
	Title  string // drawn above the chart; none when empty
	Width  int    // in pixels; 0 means DefaultWidth
	Height int    // in pixels; 0 fits the image to the rows drawn
	Max    int    // most events (Timeline) or bars per panel (Funding) drawn; 0 means DefaultMax
}

// Chart is a drawn chart and an account of what it left out.
type Chart struct {
	PNG    []byte
	Panels []Panel // top to bottom
}

// Omitted is the number of rows left out over all panels.
func (c *Chart) Omitted() int {
	n := 0
	for _, p := range c.Panels {
		n += p.Omitted
	}
	return n
}

// Panel says what one panel of a chart shows.
type Panel struct {
	Name         string  // "timeline", "cost shares", or the ISO 4217 code of a panel of sums
	Shown        int     // rows drawn
	Omitted      int     // rows left out because of Options.Max
	OmittedValue float64 // in a panel of sums, the total of the bars left out, in its currency
}

// dpi fixes the pixel size of a point. Sizes below are in points, as
// gonum/plot wants them; at 96 DPI a point is 4/3 of a pixel.
const dpi = 96

// Text sizes. At 96 DPI, 11 pt is a 15 px line: plain to read at the
// 800 px Discord previews on desktop, and still legible on a phone, which
// shows the image at about half that. Larger text would leave too little
// of the width for labels; smaller vanishes on a phone. Tick labels carry
// only dates and round sums, which read at 10 pt.
const (
	titleSize = 13 // pt
	labelSize = 11 // pt: row labels, group headings, values on bars
	tickSize  = 10 // pt: axis ticks and the legend
)

// rowHeight is the pitch of one labelled row: an 11 pt line (about 13 pt
// with its ascent and descent) and a gap that keeps neighbours apart.
const rowHeight = vg.Length(18) // pt, 24 px

// labelShare is the most of the image width row labels may take; the rest
// is left for the data, which is the point of the chart.
const labelShare = 0.42

// sans is easier to read than gonum/plot's default serif at small sizes on
// a screen.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

// palette is the Okabe–Ito set without its yellow and black, which vanish
// on white and against text. It stays distinguishable for the common
// forms of colour blindness; groups beyond its length reuse colours, and
// their headings tell them apart.
var palette = []color.RGBA{
	{0x00, 0x72, 0xB2, 0xFF}, // blue
	{0xD5, 0x5E, 0x00, 0xFF}, // vermilion
	{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	{0xE6, 0x9F, 0x00, 0xFF}, // orange
	{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
}

var (
	unnamedColor = color.RGBA{0xA0, 0xA0, 0xA0, 0xFF} // a part no party is named for
	stripeColor  = color.RGBA{0xF2, 0xF2, 0xF2, 0xFF} // every other row, to guide the eye from label to mark
	gridColor    = color.RGBA{0xD0, 0xD0, 0xD0, 0xFF}
)

func colorAt(i int) color.RGBA { return palette[i%len(palette)] }

// Limits on Options.Width and Options.Height.
const (
	// minWidth leaves room for a column of labels and a readable axis.
	minWidth = 240 // px
	// minRowHeight is the tightest a fixed height may pack rows; below
	// it the labels of neighbouring rows overlap.
	minRowHeight = vg.Length(12) // pt, 16 px
)

// size resolves the image size in pixels for a chart of rows rows and
// chrome points of titles, axes and gaps. An open height gives each row
// rowHeight; a fixed one shares out what the chrome leaves, and pitch is
// the height each row gets.
func (o Options) size(chrome vg.Length, rows int) (w, h int, pitch vg.Length, err error) {
	w, h = o.width(), o.Height
	if w < minWidth {
		return 0, 0, 0, fmt.Errorf("chart: %d px is too narrow; the least is %d", w, minWidth)
	}
	if h <= 0 {
		return w, int((chrome+vg.Length(rows)*rowHeight)*dpi/vg.Inch + 0.5), rowHeight, nil
	}
	pitch = (pixels(h) - chrome) / vg.Length(rows)
	if pitch < minRowHeight {
		return 0, 0, 0, fmt.Errorf("chart: %d px is too low for %d rows; draw fewer, or leave the height open", h, rows)
	}
	return w, h, pitch, nil
}

// roomy says whether a plot has space to draw in: when a canvas is too
// small its data area comes out empty, or NaN, on which drawing never
// returns.
func roomy(p *plot.Plot, c draw.Canvas) bool {
	d := p.DataCanvas(c).Size()
	return d.X > 0 && d.Y > 0
}

func (o Options) width() int {
	if o.Width <= 0 {
		return DefaultWidth
	}
	return o.Width
}

func (o Options) max() int {
	if o.Max <= 0 {
		return DefaultMax
	}
	return o.Max
}

// pixels converts a pixel count to a length at dpi.
func pixels(n int) vg.Length { return vg.Length(n) * vg.Inch / dpi }

// newCanvas returns a white canvas of exactly w×h pixels.
func newCanvas(w, h int) *vgimg.Canvas {
	return vgimg.NewWith(vgimg.UseWH(pixels(w), pixels(h)), vgimg.UseDPI(dpi))
}

// encode writes the canvas as a PNG. Encoding is nearly half of a chart's
// time; BestSpeed takes about 30% off it for a file a few per cent larger.
func encode(c *vgimg.Canvas) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, c.Image()); err != nil {
		return nil, fmt.Errorf("chart: encode png: %w", err)
	}
	return buf.Bytes(), nil
}

// textStyle is a style in the chart's font.
func textStyle(size vg.Length, bold bool, x draw.XAlignment, y draw.YAlignment) text.Style {
	f := sans
	if bold {
		f.Weight = stdfont.WeightBold
	}
	return text.Style{
		Color:   color.Black,
		Font:    font.From(f, size),
		XAlign:  x,
		YAlign:  y,
		Handler: plot.DefaultTextHandler,
	}
}

// newPlot is a plot in the chart's fonts with no title.
func newPlot() *plot.Plot {
	p := plot.New()
	p.Title.TextStyle = textStyle(titleSize, true, draw.XCenter, draw.YTop)
	p.Title.Padding = vg.Points(6)
	p.X.Tick.Label = textStyle(tickSize, false, draw.XCenter, draw.YTop)
	p.Y.Tick.Label = textStyle(labelSize, false, draw.XRight, draw.YCenter)
	p.X.Tick.Length = vg.Points(4)
	return p
}

// rowAxis makes the vertical axis of p a list of rows, the first on top,
// labelled with labels fitted to width; an empty label leaves its row
// unlabelled. It returns the axis value of row i.
func rowAxis(p *plot.Plot, labels []string, width vg.Length) func(i int) float64 {
	n := len(labels)
	y := func(i int) float64 { return float64(n - 1 - i) }
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	p.Y.Padding = 0 // bars start on the axis
	p.Y.Tick.Length = 0
	var ticks plot.ConstantTicks
	for i, l := range labels {
		if l != "" {
			ticks = append(ticks, plot.Tick{Value: y(i), Label: fit(p.Y.Tick.Label, l, width)})
		}
	}
	p.Y.Tick.Marker = ticks
	return y
}

// clean puts a label on one line: the text handler would break it at a
// newline, and a control character has no glyph.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

// fit shortens s with an ellipsis until it is at most width wide.
func fit(sty text.Style, s string, width vg.Length) string {
	s = clean(s)
	if sty.Width(s) <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r) // the longest prefix that fits is in [lo, hi]
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if sty.Width(string(r[:mid])+"…") <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return strings.TrimRight(string(r[:lo]), " ,;:-–(") + "…"
}

// ink is black or white, whichever reads better on bg.
func ink(bg color.RGBA) color.Color {
	// Relative luminance with the sRGB weights, on 0–255 values.
	if 0.2126*float64(bg.R)+0.7152*float64(bg.G)+0.0722*float64(bg.B) > 140 {
		return color.Black
	}
	return color.White
}

// fillRect fills the rectangle between two corners.
func fillRect(c draw.Canvas, clr color.Color, x0, y0, x1, y1 vg.Length) {
	c.FillPolygon(clr, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
}

// margin keeps ink off the image's edge, where Discord rounds its corners.
const margin = vg.Length(6) // pt

func inset(c draw.Canvas) draw.Canvas {
	return draw.Crop(c, margin, -2*margin, margin, -margin) // right: room for a last tick label
}

// title draws a chart title across the top of c and returns the rest.
func title(c draw.Canvas, s string) draw.Canvas {
	if s == "" {
		return c
	}
	sty := textStyle(titleSize, true, draw.XCenter, draw.YTop)
	s = fit(sty, s, c.Max.X-c.Min.X)
	c.FillText(sty, vg.Point{X: c.Center().X, Y: c.Max.Y - titlePad}, s)
	c.Max.Y -= titleHeight()
	return c
}

// titlePad is the space above a title; twice as much below sets it apart
// from what follows.
const titlePad = vg.Length(6) // pt

func titleHeight() vg.Length {
	sty := textStyle(titleSize, true, draw.XCenter, draw.YTop)
	return sty.Height("Mg") + 3*titlePad
}
