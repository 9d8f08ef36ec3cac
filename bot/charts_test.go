package bot

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/iaibot/iaibot/bot/chart"
	"github.com/iaibot/iaibot/index"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// mustChart runs line and returns its reply and its one file, decoded:
// the chart must be the embed's image, in the files, as a PNG.
func mustChart(t testing.TB, b *Bot, line, file string) (Reply, image.Image) {
	t.Helper()
	inv, _ := ParseLine(line)
	r, out := b.Run(context.Background(), inv.Sub, inv.Args)
	if out != OutcomeOK || len(r.Files) != 1 || len(r.Embeds) != 1 {
		t.Fatalf("%s: outcome %s, %d files, %d embeds", line, out, len(r.Files), len(r.Embeds))
	}
	f, e := r.Files[0], r.Embeds[0]
	if f.Name != file || f.ContentType != "image/png" {
		t.Errorf("file %s (%s), want %s (image/png)", f.Name, f.ContentType, file)
	}
	if e.Image == nil || e.Image.URL != "attachment://"+file {
		t.Errorf("embed image %+v, want attachment://%s", e.Image, file)
	}
	if e.Footer == nil || !strings.HasPrefix(e.Footer.Text, "Sources: ") {
		t.Errorf("footer %+v, want the sources", e.Footer)
	}
	img, err := png.Decode(bytes.NewReader(f.Data))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return r, img
}

// rgb is a colour as the palette gives it.
func rgb(v uint32) color.RGBA {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// The chart palette's first colours: groups and panels take them in turn.
var (
	blue      = rgb(0x0072B2)
	vermilion = rgb(0xD55E00)
	green     = rgb(0x009E73)
)

func isColor(c color.Color, want color.RGBA) bool {
	r, g, b, _ := c.RGBA()
	return uint8(r>>8) == want.R && uint8(g>>8) == want.G && uint8(b>>8) == want.B
}

// runsOf counts the separate horizontal bands of rows of img, between
// x0 and x1, that hold a pixel of clr: a bar or a dot each, or a heading.
func runsOf(img image.Image, clr color.RGBA, x0, x1 int) int {
	b := img.Bounds()
	runs, in := 0, false
	for y := b.Min.Y; y < b.Max.Y; y++ {
		found := false
		for x := x0; x < x1 && !found; x++ {
			found = isColor(img.At(x, y), clr)
		}
		if found && !in {
			runs++
		}
		in = found
	}
	return runs
}

// inked says whether a region of img has any pixel darker than light
// grey: text or a mark.
func inked(img image.Image, r image.Rectangle) bool {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if (cr+cg+cb)/3 < 0x8000 {
				return true
			}
		}
	}
	return false
}

// TestTimelineChart checks the seed's timeline as the bot sends it: 800
// pixels wide, a row for the document's heading and one per date, labels
// on the left, marks on the right in the document's colour.
func TestTimelineChart(t *testing.T) {
	b := mustSeedBot(t)
	r, img := mustChart(t, b, "/iai timeline as:chart", "timeline.png")
	dates := len(b.ix.Timeline())
	bounds := img.Bounds()
	if bounds.Dx() != chart.DefaultWidth {
		t.Errorf("width %d, want %d", bounds.Dx(), chart.DefaultWidth)
	}
	// 24 px a row: the heading and the dates, and room for the title
	// and the axis.
	if minH, maxH := 24*(dates+1)+40, 24*(dates+1)+160; bounds.Dy() < minH || bounds.Dy() > maxH {
		t.Errorf("height %d for %d dates, want %d to %d", bounds.Dy(), dates, minH, maxH)
	}
	labels := image.Rect(0, 60, bounds.Dx()*2/5, bounds.Dy()-40)
	if !inked(img, labels) {
		t.Error("no labels on the left")
	}
	if !inked(img, image.Rect(0, 0, bounds.Dx(), 40)) {
		t.Error("no title")
	}
	// A mark per date and the heading, all in the first colour.
	if n := runsOf(img, blue, bounds.Dx()*2/5, bounds.Dx()); n != dates+1 {
		t.Errorf("%d bands of the document's colour, want %d dates and the heading", n, dates)
	}
	if d := r.Embeds[0].Description; strings.Contains(d, "more") {
		t.Errorf("the seed's timeline is whole, yet the text says %q", d)
	}
}

// TestFundingChart checks the seed's funding chart: a panel of dollars
// with one bar, and the JSPP21 cost share as a bar split between Japan
// and Singapore, each in a colour of its own.
func TestFundingChart(t *testing.T) {
	b := mustSeedBot(t)
	_, img := mustChart(t, b, "/iai funding as:chart", "funding.png")
	bounds := img.Bounds()
	if bounds.Dx() != chart.DefaultWidth || bounds.Dy() < 150 || bounds.Dy() > 500 {
		t.Errorf("size %v for one sum and one share", bounds.Size())
	}
	data := bounds.Dx() * 2 / 5
	for _, c := range []struct {
		name string
		clr  color.RGBA
	}{{"the dollar bar", blue}, {"Japan's part", vermilion}, {"Singapore's part", green}} {
		if n := runsOf(img, c.clr, data, bounds.Dx()); n < 1 {
			t.Errorf("%s is not drawn", c.name)
		}
	}
	if !inked(img, image.Rect(0, 60, data, bounds.Dy()-60)) {
		t.Error("no labels on the left")
	}
}

// wholeCorpusBot is a Bot over the evaluation corpus: a dozen documents with
// hundreds of dates and sums in ten currencies.
func wholeCorpusBot(t testing.TB) *Bot {
	t.Helper()
	src, err := index.LoadDir(corpusDir + "/docs")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(src, index.Options{Logger: testsupport.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(testsupport.Logger(t), ix)
}

// TestChartsOfALargeCorpusStayLegible draws the corpus: a chart shows the
// top of each list and its text says how much more there is, so the
// image stays about a screen high.
func TestChartsOfALargeCorpusStayLegible(t *testing.T) {
	b := wholeCorpusBot(t)
	r, img := mustChart(t, b, "/iai timeline as:chart", "timeline.png")
	// Dates of many documents each bring their document's heading: the
	// chart shows fewer of them, and says how many.
	dates := len(b.ix.Timeline())
	m := regexp.MustCompile("The chart shows the first (\\d+) of " + strconv.Itoa(dates) + " dates, and (\\d+) more. `/iai timeline` lists them all.").FindStringSubmatch(r.Embeds[0].Description)
	if m == nil {
		t.Fatalf("timeline text %q does not say how many of the %d dates it shows", r.Embeds[0].Description, dates)
	}
	shown, _ := strconv.Atoi(m[1])
	more, _ := strconv.Atoi(m[2])
	if shown < 10 || shown > 25 || shown+more != dates {
		t.Errorf("timeline shows %d and leaves %d of %d dates", shown, more, dates)
	}
	if h := img.Bounds().Dy(); h > 1000 {
		t.Errorf("timeline is %d px high", h)
	}

	r, img = mustChart(t, b, "/iai funding as:chart", "funding.png")
	d := r.Embeds[0].Description
	for _, re := range []string{
		// The totals are said with the scale word the sum needs: the
		// corpus grows, and its yen passed a trillion.
		`Sums in JPY: the 10 largest are drawn, and \d+ more totalling ¥[\d.]+ (?:million|billion|trillion)\.`,
		`Sums in USD: the 10 largest are drawn, and \d+ more totalling \$[\d.]+ (?:million|billion|trillion)\.`,
		`Cost shares: the first 10 are drawn, and \d+ more\.`,
		`Sums in \d+ other currencies are not drawn: [A-Z]{3} \(\d+ sums?\)(, [A-Z]{3} \(\d+ sums?\))*\. ` + "`/iai funding` lists them all.",
	} {
		if !regexp.MustCompile(re).MatchString(d) {
			t.Errorf("funding text does not say %s:\n%s", re, d)
		}
	}
	if h := img.Bounds().Dy(); h > 1500 {
		t.Errorf("funding chart is %d px high", h)
	}
	if n := len(r.Embeds[0].Description); n > maxDescription {
		t.Errorf("description of %d characters", n)
	}
}

// TestEventLabels drops a date that opens its sentence, which the time
// axis shows already.
func TestEventLabels(t *testing.T) {
	for _, tc := range []struct{ text, sentence, want string }{
		{"June 11, 2001", "On June 11, 2001, Cambodia has joined the Center.", "Cambodia has joined the Center."},
		{"February 2000", "Since February 2000, ESCAP has been implementing a project.", "ESCAP has been implementing a project."},
		{"2001", "2001 saw the first workshop.", "2001 saw the first workshop."},
		{"last year", "Japan disbursed $98,520 last year.", "Japan disbursed $98,520 last year."},
		{"in 1998", "The Institute was founded in 1998 by Japan.", "The Institute was founded in 1998 by Japan."},
		{"November 2001", "", "November 2001"},
		{"1999", "In 1999", "In 1999"},
	} {
		if got := eventLabel(index.Date{Text: tc.text, Sentence: tc.sentence}); got != tc.want {
			t.Errorf("eventLabel(%q, %q) = %q, want %q", tc.text, tc.sentence, got, tc.want)
		}
	}
}

// BenchmarkChart measures a chart reply on the seed, from the index to
// the PNG the reply carries; each must take under 50 ms.
func BenchmarkChart(b *testing.B) {
	bot := mustSeedBot(b)
	for _, sub := range []string{"timeline", "funding"} {
		b.Run(sub, func(b *testing.B) {
			for b.Loop() {
				if r, out := bot.Run(context.Background(), sub, Args{"as": asChart}); out != OutcomeOK || len(r.Files) != 1 {
					b.Fatalf("outcome %s", out)
				}
			}
		})
	}
}
