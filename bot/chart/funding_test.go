package chart

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFundingEmpty(t *testing.T) {
	if _, err := Funding(nil, nil, Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("Funding(nil, nil) error = %v, want ErrEmpty", err)
	}
	if _, err := Funding([]Sum{}, []Split{}, Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("Funding(empty, empty) error = %v, want ErrEmpty", err)
	}
}

func TestFundingBadInput(t *testing.T) {
	tests := []struct {
		name   string
		sums   []Sum
		splits []Split
		want   string // in the error
	}{
		{"no currency", []Sum{{Label: "x", Value: 1}}, nil, "no currency"},
		{"negative", []Sum{{Label: "x", Currency: "USD", Value: -1}}, nil, "not an amount"},
		{"too many parties", nil, []Split{{Label: "x", Parties: []string{"a", "b"}, Parts: []int{1}}}, "2 parties for 1 parts"},
		{"no parts", nil, []Split{{Label: "x", Parts: []int{0, 0}}}, "no parts"},
		{"negative part", nil, []Split{{Label: "x", Parts: []int{1, -1}}}, "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Funding(tt.sums, tt.splits, Options{})
			if err == nil || errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestFundingSize(t *testing.T) {
	c, err := Funding(seedSums(), seedSplits(), Options{Width: 700, Height: 500})
	if err != nil {
		t.Fatal(err)
	}
	mustDecode(t, c, 700, 500)
}

// Each currency gets its own panel, in its own colour, in code order.
func TestFundingPanelPerCurrency(t *testing.T) {
	usd := []Sum{{Label: "JAGEF", Currency: "USD", Value: 250000}, {Label: "Fund", Currency: "USD", Value: 125000}}
	yen := []Sum{{Label: "Corridor", Currency: "JPY", Value: 6e9}}

	one, err := Funding(usd, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	two, err := Funding(append(slices.Clone(usd), yen...), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	imgOne := mustDecode(t, one, DefaultWidth, 0)
	imgTwo := mustDecode(t, two, DefaultWidth, 0)
	if imgTwo.Bounds().Dy() <= imgOne.Bounds().Dy() {
		t.Errorf("height %d with two currencies, %d with one: want the second panel to add height", imgTwo.Bounds().Dy(), imgOne.Bounds().Dy())
	}
	if got := names(two.Panels); !slices.Equal(got, []string{"JPY", "USD"}) {
		t.Errorf("panels %q, want JPY then USD", got)
	}

	// Alone, the dollars are in the first colour; after the yen, the second.
	if bars := bands(runs(imgOne, palette[0], 20)); len(bars) != 2 {
		t.Errorf("one currency: %d bars in the first colour, want 2", len(bars))
	}
	yenBars := bands(runs(imgTwo, palette[0], 20))
	usdBars := bands(runs(imgTwo, palette[1], 20))
	if len(yenBars) != 1 || len(usdBars) != 2 {
		t.Fatalf("two currencies: %d yen bars and %d dollar bars, want 1 and 2", len(yenBars), len(usdBars))
	}
	if yenBars[0].Max.Y+40 > usdBars[0].Min.Y {
		t.Errorf("yen bar %v, dollar bar %v: want a separate panel below", yenBars[0], usdBars[0])
	}
	// Bars in different panels start at the same x, so panels line up.
	if yenBars[0].Min.X != usdBars[0].Min.X {
		t.Errorf("yen bar starts at x=%d, dollar bar at x=%d", yenBars[0].Min.X, usdBars[0].Min.X)
	}
	// Bar lengths are in proportion within a panel: 125,000 is half of 250,000.
	if long, short := usdBars[0].Dx(), usdBars[1].Dx(); short < long/2-2 || short > long/2+2 {
		t.Errorf("dollar bars %d and %d px long, want 2:1", long, short)
	}
	// The longest bar in each panel has the same length: no shared scale.
	if d := yenBars[0].Dx() - usdBars[0].Dx(); d < -2 || d > 2 {
		t.Errorf("longest bars %d and %d px: want each panel scaled to its own", yenBars[0].Dx(), usdBars[0].Dx())
	}

	// At a fixed height, the second panel still shows.
	fixed, err := Funding(append(slices.Clone(usd), yen...), nil, Options{Width: 800, Height: 300})
	if err != nil {
		t.Fatal(err)
	}
	img := mustDecode(t, fixed, 800, 300)
	if len(bands(runs(img, palette[0], 20))) != 1 || len(bands(runs(img, palette[1], 20))) != 2 {
		t.Error("at 800x300, want one yen bar and two dollar bars")
	}
}

func names(ps []Panel) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func TestFundingTopN(t *testing.T) {
	sums := []Sum{
		{Label: "a", Currency: "USD", Value: 10},
		{Label: "b", Currency: "USD", Value: 50},
		{Label: "c", Currency: "USD", Value: 30},
		{Label: "a", Currency: "USD", Value: 45}, // adds up with the first: 55
		{Label: "d", Currency: "USD", Value: 5},
		{Label: "e", Currency: "JPY", Value: 1000},
		{Label: "a", Currency: "JPY", Value: 2000}, // same label, other currency: its own bar
	}
	splits := []Split{
		{Label: "s1", Parties: []string{"Japan", "Singapore"}, Parts: []int{50, 50}},
		{Label: "s2", Parties: []string{"Japan"}, Parts: []int{1, 1}},
		{Label: "s3", Parties: []string{"Japan", "Thailand"}, Parts: []int{2, 1}},
	}
	c, err := Funding(sums, splits, Options{Max: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := []Panel{
		{Name: "JPY", Shown: 2},
		{Name: "USD", Shown: 2, Omitted: 2, OmittedValue: 30 + 5}, // a (55) and b (50) drawn
		{Name: "cost shares", Shown: 2, Omitted: 1},
	}
	if diff := cmp.Diff(want, c.Panels); diff != "" {
		t.Errorf("panels (-want +got):\n%s", diff)
	}
	if c.Omitted() != 3 {
		t.Errorf("Omitted() = %d, want 3", c.Omitted())
	}
}

func TestFundingSplitBars(t *testing.T) {
	c, err := Funding(nil, []Split{
		{Label: "JSPP21", Parties: []string{"Japan", "Singapore"}, Parts: []int{50, 50}},
		{Label: "Seminar", Parties: []string{"Singapore"}, Parts: []int{1, 3}},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	img := mustDecode(t, c, DefaultWidth, 0)
	// With no sums, parties take the first colours, in order of mention.
	japan := bands(runs(img, palette[0], 20))
	singapore := bands(runs(img, palette[1], 20))
	others := bands(runs(img, unnamedColor, 20))
	if len(japan) != 1 || len(singapore) != 2 || len(others) != 1 {
		t.Fatalf("%d Japan, %d Singapore and %d unnamed segments, want 1, 2, 1", len(japan), len(singapore), len(others))
	}
	// 50-50: Japan's and Singapore's first segments are as long.
	if d := japan[0].Dx() - singapore[0].Dx(); d < -2 || d > 2 {
		t.Errorf("50-50 segments %d and %d px", japan[0].Dx(), singapore[0].Dx())
	}
	// 1:3: the unnamed rest is three times Singapore's part, and the
	// whole bar is as long as the 50-50 one.
	whole := japan[0].Dx() + singapore[0].Dx()
	if got := singapore[1].Dx() + others[0].Dx(); got < whole-2 || got > whole+2 {
		t.Errorf("1:3 bar %d px, want %d like the 50-50 one", got, whole)
	}
	if q := whole / 4; singapore[1].Dx() < q-2 || singapore[1].Dx() > q+2 {
		t.Errorf("a quarter is %d px, want about %d", singapore[1].Dx(), q)
	}
	// The legend swatches sit below the bars.
	if legend := bands(runs(img, palette[0], 8)); len(legend) < 2 || legend[len(legend)-1].Min.Y < japan[0].Max.Y {
		t.Errorf("no legend swatch for Japan below the bars: %v", legend)
	}
}

func TestFundingDeterministic(t *testing.T) {
	sums := seedSums()
	a, err := Funding(sums, seedSplits(), Options{Title: "Funding"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Funding(sums, seedSplits(), Options{Title: "Funding"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.PNG, b.PNG) {
		t.Error("two runs on the same sums differ")
	}
	r := rand.New(rand.NewPCG(3, 4))
	r.Shuffle(len(sums), func(i, j int) { sums[i], sums[j] = sums[j], sums[i] })
	c, err := Funding(sums, seedSplits(), Options{Title: "Funding"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.PNG, c.PNG) {
		t.Error("shuffled sums draw a different chart")
	}
}

// Charts are drawn from a shared font cache; drawing at once must be safe.
func TestChartsConcurrently(t *testing.T) {
	want, err := Funding(seedSums(), seedSplits(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for i := range 8 {
		go func() {
			var err error
			if i%2 == 0 {
				_, err = Timeline(seedEvents(), Options{})
			} else {
				var c *Chart
				c, err = Funding(seedSums(), seedSplits(), Options{})
				if err == nil && !bytes.Equal(c.PNG, want.PNG) {
					err = errors.New("concurrent funding chart differs")
				}
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		code  string
		v     float64
		long  string
		short string
	}{
		{"USD", 98520, "$98,520", "$98.5k"},
		{"USD", 0, "$0", "$0"},
		{"USD", 1.5, "$1.50", "$1.5"},
		{"JPY", 6e9, "¥6 billion", "¥6bn"},
		{"JPY", 350e6, "¥350 million", "¥350M"},
		{"JPY", 999.97e6, "¥1 billion", "¥1000M"},
		{"USD", 1_234_567, "$1.2 million", "$1.2M"},
		{"THB", 1000, "THB 1,000", "THB 1k"},
		{"EUR", 2.5e12, "€2.5 trillion", "€2.5tn"},
	}
	for _, tt := range tests {
		if got := money(tt.code, tt.v); got != tt.long {
			t.Errorf("money(%s, %v) = %q, want %q", tt.code, tt.v, got, tt.long)
		}
		if got := shortMoney(tt.code, tt.v); got != tt.short {
			t.Errorf("shortMoney(%s, %v) = %q, want %q", tt.code, tt.v, got, tt.short)
		}
	}
}

func TestFit(t *testing.T) {
	sty := textStyle(labelSize, false, 0, 0)
	long := "Workshop to Formulate a Workplan for the Integration of ASEAN New Member Countries"
	width := sty.Width("Workshop to Formulate")
	got := fit(sty, long, width)
	if !strings.HasSuffix(got, "…") || sty.Width(got) > width || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("fit = %q (%v wide), want a prefix with an ellipsis within %v", got, sty.Width(got), width)
	}
	if got := fit(sty, "two\nlines", width); got != "two lines" {
		t.Errorf("fit kept a line break: %q", got)
	}
}

func BenchmarkFundingChart(b *testing.B) {
	sums, splits := seedSums(), seedSplits()
	for b.Loop() {
		if _, err := Funding(sums, splits, Options{Title: "Funding"}); err != nil {
			b.Fatal(err)
		}
	}
}
