package chart

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

func TestTimelineEmpty(t *testing.T) {
	for _, events := range [][]Event{nil, {}} {
		if _, err := Timeline(events, Options{}); !errors.Is(err, ErrEmpty) {
			t.Errorf("Timeline(%v) error = %v, want ErrEmpty", events, err)
		}
	}
}

func TestTimelineUndated(t *testing.T) {
	_, err := Timeline([]Event{{Label: "someday"}}, Options{})
	if err == nil || errors.Is(err, ErrEmpty) {
		t.Errorf("error = %v, want one about the missing date", err)
	}
}

func TestTimelineSize(t *testing.T) {
	tests := []struct {
		name         string
		opt          Options
		wantW, wantH int // 0: not fixed
	}{
		{"default", Options{}, DefaultWidth, 0},
		{"fixed", Options{Width: 640, Height: 480}, 640, 480},
		{"fixed width", Options{Width: 500}, 500, 0},
		{"titled", Options{Title: "Timeline", Width: 800, Height: 300}, 800, 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Timeline(seedEvents(), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			mustDecode(t, c, tt.wantW, tt.wantH)
		})
	}
}

// An image fitted to its rows grows with them, so rows keep their height.
func TestTimelineHeightFitsRows(t *testing.T) {
	small, err := Timeline(seedEvents()[:2], Options{})
	if err != nil {
		t.Fatal(err)
	}
	large, err := Timeline(seedEvents(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	hs := mustDecode(t, small, DefaultWidth, 0).Bounds().Dy()
	hl := mustDecode(t, large, DefaultWidth, 0).Bounds().Dy()
	// Eight more event rows and one more heading, 24 px each.
	if want := hs + 9*24; hl < want-2 || hl > want+2 {
		t.Errorf("heights %d for 2 events and %d for 10, want about %d", hs, hl, want)
	}
}

func TestTimelineMarks(t *testing.T) {
	events := []Event{
		{Label: "early", Group: "one", Start: day(2000, time.January, 1)},
		{Label: "late", Group: "one", Start: day(2010, time.January, 1)},
		{Label: "period", Group: "two", Start: day(2002, time.January, 1), End: day(2008, time.January, 1)},
	}
	c, err := Timeline(events, Options{Width: 800})
	if err != nil {
		t.Fatal(err)
	}
	img := mustDecode(t, c, 800, 0)

	// Group "one" (first by date) has palette[0]: two dots, early left of late.
	dots := bands(runs(img, palette[0], 9)) // the heading is thinner
	if len(dots) != 2 {
		t.Fatalf("found %d dots in the first group's colour, want 2: %v", len(dots), dots)
	}
	early, late := dots[0], dots[1] // top to bottom, as rows run by date
	if early.Dx() < 9 || early.Dx() > 13 || early.Dy() < 3 || early.Dy() > 13 {
		t.Errorf("dot is %v, want about 12 px across", early)
	}
	if early.Min.X >= late.Min.X {
		t.Errorf("early dot at x=%d, late at x=%d: want early on the left", early.Min.X, late.Min.X)
	}
	// Group "two" is a bar spanning 6 of the axis's ~10.8 years.
	bars := bands(runs(img, palette[1], 20))
	if len(bars) != 1 {
		t.Fatalf("found %d bars in the second group's colour, want 1: %v", len(bars), bars)
	}
	span := late.Min.X - early.Min.X // ten years
	if got, want := bars[0].Dx(), span*6/10; got < want-3 || got > want+3 {
		t.Errorf("bar is %d px wide, want about %d (6/10 of %d)", got, want, span)
	}
	if bars[0].Min.Y < late.Max.Y {
		t.Errorf("second group's bar at %v, want below the first group's rows", bars[0])
	}
}

func TestTimelineMax(t *testing.T) {
	tests := []struct {
		max, shown, omitted int
	}{
		{0, 10, 0},
		{4, 4, 6},
		{10, 10, 0},
		{25, 10, 0},
	}
	for _, tt := range tests {
		c, err := Timeline(seedEvents(), Options{Max: tt.max})
		if err != nil {
			t.Fatal(err)
		}
		want := []Panel{{Name: "timeline", Shown: tt.shown, Omitted: tt.omitted}}
		if !slices.Equal(c.Panels, want) || c.Omitted() != tt.omitted {
			t.Errorf("Max %d: panels %+v, Omitted() %d, want %+v", tt.max, c.Panels, c.Omitted(), want)
		}
	}
}

// Events of as many documents as events bring a heading each: the chart
// shows fewer events so that events and headings stay within Max and
// maxTimelineHeadings rows.
func TestTimelineManyGroups(t *testing.T) {
	var events []Event
	for i := range 40 {
		events = append(events, Event{Label: "event", Group: string(rune('A'+i%26)) + string(rune('a'+i/26)), Start: time.Date(2000+i, 1, 1, 0, 0, 0, 0, time.UTC)})
	}
	c, err := Timeline(events, Options{})
	if err != nil {
		t.Fatal(err)
	}
	shown := c.Panels[0].Shown
	if rows := len(timelineRows(events[:shown])); rows > DefaultMax+maxTimelineHeadings || shown+c.Omitted() != len(events) {
		t.Errorf("shows %d events in %d rows, omits %d of %d", shown, rows, c.Omitted(), len(events))
	}
	if want := (DefaultMax + maxTimelineHeadings) / 2; shown != want {
		t.Errorf("shows %d events of one group each, want %d", shown, want)
	}
}

func TestTimelineLargeInput(t *testing.T) {
	var events []Event
	for i := range 400 {
		events = append(events, Event{
			Label: "A rather long label for an event that would not fit the label column " + string(rune('a'+i%26)),
			Group: "Document " + string(rune('A'+i%7)),
			Start: day(1990+i%30, time.Month(1+i%12), 1+i%28),
		})
	}
	c, err := Timeline(events, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Omitted() != 400-DefaultMax {
		t.Errorf("Omitted() = %d, want %d", c.Omitted(), 400-DefaultMax)
	}
	img := mustDecode(t, c, DefaultWidth, 0)
	// 25 events and 7 headings at 24 px each, plus title and axis.
	if h := img.Bounds().Dy(); h > 32*24+120 {
		t.Errorf("height %d px for %d rows: rows were not limited", h, 32)
	}
}

func TestTimelineDeterministic(t *testing.T) {
	events := seedEvents()
	a, err := Timeline(events, Options{Title: "IAI"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Timeline(events, Options{Title: "IAI"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.PNG, b.PNG) {
		t.Error("two runs on the same events differ")
	}
	// Rows are sorted on their whole content, so the order events come
	// in does not matter when all of them are drawn.
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
	c, err := Timeline(events, Options{Title: "IAI"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.PNG, c.PNG) {
		t.Error("shuffled events draw a different chart")
	}
}

func TestDateTicks(t *testing.T) {
	tests := []struct {
		name     string
		from, to time.Time
		want     []string
	}{
		{"years", day(1999, time.June, 1), day(2005, time.March, 1), []string{"1999", "2000", "2001", "2002", "2003", "2004", "2005"}},
		{"decades", day(1961, time.June, 1), day(2010, time.March, 1), []string{"1960", "1970", "1980", "1990", "2000", "2010"}},
		{"months", day(2001, time.February, 10), day(2001, time.August, 1), []string{"Feb 2001", "Mar 2001", "Apr 2001", "May 2001", "Jun 2001", "Jul 2001", "Aug 2001"}},
		{"quarters", day(2001, time.February, 10), day(2002, time.March, 1), []string{"Jan 2001", "Apr 2001", "Jul 2001", "Oct 2001", "Jan 2002"}},
		{"days", day(2001, time.July, 14), day(2001, time.July, 23), []string{"14 Jul 2001", "16 Jul 2001", "18 Jul 2001", "20 Jul 2001", "22 Jul 2001"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range (dateTicks{}).Ticks(seconds(tt.from), seconds(tt.to)) {
				got = append(got, tk.Label)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ticks %q, want %q", got, tt.want)
			}
		})
	}
}

func BenchmarkTimelineChart(b *testing.B) {
	events := seedEvents()
	for b.Loop() {
		if _, err := Timeline(events, Options{Title: "Timeline"}); err != nil {
			b.Fatal(err)
		}
	}
}
