package bot

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/bot/chart"
	"github.com/iaibot/iaibot/index"
)

// handleFunding answers /iai funding: every sum, cost share and fund the
// documents name, with who pays whom for what where the grammar says so;
// with as:chart, the sums as bars per currency and the cost shares as
// split bars.
func handleFunding(ctx context.Context, b *Bot, args Args) (Reply, error) {
	funding := b.ix.Funding()
	if args["as"] != asChart {
		return renderFunding(funding, args.page())
	}
	if err := chartPage(args, "funding"); err != nil {
		return Reply{}, err
	}
	sums, splits, cited := fundingBars(funding)
	drawn, others := mostUsedCurrencies(sums, fundingChartCurrencies)
	c, err := chart.Funding(drawn, splits, chart.Options{Title: "Funding", Max: fundingChartBars})
	if err == chart.ErrEmpty {
		return Reply{}, userErrorf("Nothing to chart", "The documents name no sums of money or cost shares. `/iai funding` lists the funds they name.")
	}
	if err != nil {
		return Reply{}, fmt.Errorf("draw the funding chart: %w", err)
	}
	if err := attachable(ctx, c, "funding"); err != nil {
		return Reply{}, err
	}
	v := chartView{
		sub: "funding", file: "funding.png", png: c.PNG, cited: cited,
		title: fmt.Sprintf("Funding (%s, %s)", plural(len(sums), "sum"), plural(len(splits), "cost share")),
		about: "Sums by programme, one panel per currency, and who bears what part of a shared cost.",
	}
	for _, p := range c.Panels {
		if p.Omitted == 0 {
			continue
		}
		if p.Name == "cost shares" {
			v.notes = append(v.notes, fmt.Sprintf("Cost shares: the first %d are drawn, and %d more.", p.Shown, p.Omitted))
			continue
		}
		v.notes = append(v.notes, fmt.Sprintf("Sums in %s: the %d largest are drawn, and %d more totalling %s.", p.Name, p.Shown, p.Omitted, chart.Money(p.Name, p.OmittedValue)))
	}
	if len(others) > 0 {
		v.notes = append(v.notes, fmt.Sprintf("Sums in %d other currencies are not drawn: %s.", len(others), strings.Join(others, ", ")))
	}
	return renderChart(v), nil
}

// fundingChartCurrencies is the most panels of sums the funding chart
// draws, for the currencies with the most sums: each panel costs a title
// and an axis, and a dozen currencies would make a chart of strips.
const fundingChartCurrencies = 3

// mostUsedCurrencies keeps the sums in the most currencies with the most
// sums, and says how many the others have: "THB (9 sums)".
func mostUsedCurrencies(sums []chart.Sum, most int) (kept []chart.Sum, others []string) {
	count := map[string]int{}
	for _, s := range sums {
		count[s.Currency]++
	}
	codes := slices.Collect(maps.Keys(count))
	slices.SortFunc(codes, func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b)) })
	if len(codes) <= most {
		return sums, nil
	}
	keep := map[string]bool{}
	for _, c := range codes[:most] {
		keep[c] = true
	}
	for _, s := range sums {
		if keep[s.Currency] {
			kept = append(kept, s)
		}
	}
	for _, c := range codes[most:] {
		others = append(others, fmt.Sprintf("%s (%s)", c, plural(count[c], "sum")))
	}
	return kept, others
}

// fundingChartBars is the most bars a panel of the funding chart draws.
// Every currency and the cost shares get a panel each, and a chart much
// taller than it is wide shrinks to a strip in Discord's preview: ten a
// panel keeps a corpus of several currencies to about a screen.
const fundingChartBars = 10

// fundingBars are the sums and cost shares the funding chart draws, and
// the passages they come from. A sum is put under the programme it pays
// for, else its purpose, else the fund it goes through, else the name
// its item gives itself, else the sum as written; a sum without a
// currency cannot share an axis and is left out, as is a share without
// parts.
func fundingBars(funding []index.Funding) (sums []chart.Sum, splits []chart.Split, cited []*index.Passage) {
	for _, f := range funding {
		switch {
		case f.Amount != nil && f.Amount.Currency != "":
			a := f.Amount
			label := cmp.Or(a.Purpose, a.Via, itemLabel(f.Passage), a.Text)
			if a.Project != nil {
				label = a.Project.Name
			}
			sums = append(sums, chart.Sum{Label: label, Currency: a.Currency, Value: a.Value})
		case f.Share != nil && drawable(f.Share.Parts):
			s := f.Share
			splits = append(splits, chart.Split{
				Label:   cmp.Or(s.What, itemLabel(f.Passage), s.Text),
				Parties: s.Parties[:min(len(s.Parties), len(s.Parts))],
				Parts:   s.Parts,
			})
		default:
			continue
		}
		cited = append(cited, f.Passage)
	}
	return sums, splits, cited
}

// drawable says whether parts make a split bar: none negative, some more
// than nothing.
func drawable(parts []int) bool {
	total := 0
	for _, p := range parts {
		if p < 0 {
			return false
		}
		total += p
	}
	return total > 0
}

// itemLabel is the name an item gives itself in bold, if it does.
func itemLabel(p *index.Passage) string {
	if p == nil {
		return ""
	}
	return p.Label
}
