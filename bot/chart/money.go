package chart

import (
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
)

// currency is how a chart writes one ISO 4217 currency.
type currency struct {
	symbol string // written before the number: "$98,520"
	name   string // in a panel's title: "Sums in yen (JPY)"
}

// currencies are those whose symbol is unambiguous and in the chart's
// font. Any other code is written before the number ("THB 1,000"), which
// is never wrong; the index's own currency tables are internal to it.
var currencies = map[string]currency{
	"USD": {"$", "US dollars"},
	"JPY": {"¥", "yen"},
	"EUR": {"€", "euros"},
	"GBP": {"£", "pounds sterling"},
}

// currencyTitle names a panel of sums in code.
func currencyTitle(code string) string {
	if c, ok := currencies[code]; ok {
		return "Sums in " + c.name + " (" + code + ")"
	}
	return "Sums in " + code
}

// scales name large numbers the way the documents write them ("6 billion
// yen"), with the short form used on an axis, where space is tight.
var scales = []struct {
	value       float64
	long, short string
}{
	{1e12, "trillion", "tn"},
	{1e9, "billion", "bn"},
	{1e6, "million", "M"},
	{1e3, "", "k"}, // "98,520" reads better than "98.5 thousand"
}

// Money writes v in code as the chart writes it on a bar, "$98,520",
// "¥6 billion", so that a caller's text beside the chart, such as the
// total of what a panel left out, reads the same.
func Money(code string, v float64) string { return money(code, v) }

// money writes v in code as on a bar: "$98,520", "¥6 billion".
func money(code string, v float64) string {
	for i, s := range scales {
		if s.long == "" {
			break
		}
		// 999.96 million would read "1000 million": call it 1 billion.
		next := i + 1
		carried := next < len(scales) && scales[next].long != "" && math.Round(v/scales[next].value*10) >= 10000
		if v >= s.value || carried {
			return withCurrency(code, trimZero(v/s.value, 1)+" "+s.long)
		}
	}
	if v != math.Trunc(v) && v < 1000 {
		return withCurrency(code, strconv.FormatFloat(v, 'f', 2, 64))
	}
	return withCurrency(code, group(int64(math.Round(v))))
}

// shortMoney writes v in code as on an axis tick: "$50k", "¥2bn".
func shortMoney(code string, v float64) string {
	for _, s := range scales {
		if v >= s.value {
			return withCurrency(code, trimZero(v/s.value, 1)+s.short)
		}
	}
	return withCurrency(code, trimZero(v, 2))
}

func withCurrency(code, number string) string {
	if c, ok := currencies[code]; ok {
		return c.symbol + number
	}
	return code + " " + number
}

// trimZero formats v with at most prec decimals and no trailing zeros.
func trimZero(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// group writes n with thousands separators.
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// moneyTicks labels a sums axis in its currency.
type moneyTicks struct{ code string }

func (t moneyTicks) Ticks(min, max float64) []plot.Tick {
	ts := plot.DefaultTicks{}.Ticks(min, max)
	for i := range ts {
		if ts[i].Label != "" { // an unlabelled tick is a minor one
			ts[i].Label = shortMoney(t.code, ts[i].Value)
		}
	}
	return ts
}
