package chart

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// seedEvents are dated facts like those the seed document gives, grouped
// under two documents.
func seedEvents() []Event {
	const mofa, escap = "MOFA 2001: Japan's cooperation to the IAI", "ESCAP note on trade facilitation"
	return []Event{
		{Label: "Document dated", Group: mofa, Start: day(2001, time.November, 1), End: day(2001, time.November, 30)},
		{Label: "Workshop to formulate a workplan for CLMV, Phnom Penh", Group: mofa, Start: day(2001, time.November, 20), End: day(2001, time.November, 22)},
		{Label: "Joint mission with the ADB to CLMV and Thailand", Group: mofa, Start: day(2001, time.July, 15), End: day(2001, time.July, 21)},
		{Label: "Cambodia joined the ASEAN-Japan Centre", Group: mofa, Start: day(2001, time.June, 11)},
		{Label: "Japan disbursed $98,520 through the Japan ESCAP Cooperation Fund", Group: mofa, Start: day(2000, time.January, 1), End: day(2000, time.December, 31)},
		{Label: "JSPP21 training courses offered", Group: mofa, Start: day(1997, time.January, 1), End: day(2001, time.November, 1)},
		{Label: "ESCAP trade facilitation project under way", Group: escap, Start: day(2000, time.February, 1), End: day(2001, time.November, 1)},
		{Label: "Indochina procedural barriers study", Group: escap, Start: day(2000, time.March, 1)},
		{Label: "ESCAP regional seminar", Group: escap, Start: day(2001, time.May, 14), End: day(2001, time.May, 16)},
		{Label: "Report to the commission", Group: escap, Start: day(2001, time.April, 1)},
	}
}

func seedSums() []Sum {
	return []Sum{
		{Label: "Japan ESCAP Cooperation Fund", Currency: "USD", Value: 98520},
		{Label: "JAGEF", Currency: "USD", Value: 250000},
		{Label: "IAI workshop, Phnom Penh", Currency: "USD", Value: 45000},
		{Label: "East-West Corridor", Currency: "JPY", Value: 6e9},
		{Label: "Mekong training for CLMV officials", Currency: "JPY", Value: 350e6},
	}
}

func seedSplits() []Split {
	return []Split{{Label: "JSPP21 training", Parties: []string{"Japan", "Singapore"}, Parts: []int{50, 50}}}
}

// mustDecode decodes a chart and checks its size.
func mustDecode(t testing.TB, c *Chart, wantW, wantH int) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(c.PNG))
	if err != nil {
		t.Fatalf("decode png: %v", err)
	}
	if b := img.Bounds(); wantW > 0 && (b.Dx() != wantW || wantH > 0 && b.Dy() != wantH) {
		t.Fatalf("size %dx%d, want %dx%d", b.Dx(), b.Dy(), wantW, wantH)
	}
	return img
}

func same(c color.Color, want color.RGBA) bool {
	r, g, b, a := c.RGBA()
	return r>>8 == uint32(want.R) && g>>8 == uint32(want.G) && b>>8 == uint32(want.B) && a>>8 == uint32(want.A)
}

// run is a horizontal stretch of pixels of one colour.
type run struct{ y, x0, x1 int } // x1 exclusive

// runs finds stretches of exactly clr at least minLen long. Filled marks
// are solid inside, while text in the same colour is antialiased and
// thin, so a long enough minLen finds marks and skips text.
func runs(img image.Image, clr color.RGBA, minLen int) []run {
	var out []run
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		start := -1
		for x := b.Min.X; x <= b.Max.X; x++ {
			in := x < b.Max.X && same(img.At(x, y), clr)
			switch {
			case in && start < 0:
				start = x
			case !in && start >= 0:
				if x-start >= minLen {
					out = append(out, run{y, start, x})
				}
				start = -1
			}
		}
	}
	return out
}

// bands groups runs into marks: runs on adjacent rows overlapping in x.
// It returns each mark's bounding box, top to bottom.
func bands(rs []run) []image.Rectangle {
	var out []image.Rectangle
	for _, r := range rs {
		rect := image.Rect(r.x0, r.y, r.x1, r.y+1)
		merged := false
		for i := range out {
			o := out[i]
			if o.Max.Y >= r.y && r.x0 < o.Max.X && o.Min.X < r.x1 {
				out[i] = o.Union(rect)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, rect)
		}
	}
	return out
}
