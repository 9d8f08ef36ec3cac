// Package chart draws the timeline and funding charts the bot attaches to
// a reply, as PNG images sized for Discord's inline preview.
//
// A team that meets about a programme wants to glance at its dates and its
// money; forty lines of text do not show that five grants went to one
// recipient or that two events overlap. The package exists so that the
// drawing lives apart from the index and from Discord: it takes plain
// values (an [Event], a [Sum], a [Split]) that the caller builds from
// facts, and returns PNG bytes, so each chart can be tested on its decoded
// pixels without an index or a gateway. It is the only package that
// imports gonum.org/v1/plot.
//
// # Code overview
//
// chart.go holds what both charts share: [Options], the [Chart] result,
// the canvas, fonts, palette and sizes. timeline.go draws [Timeline].
// funding.go draws [Funding]'s panels of sums and stacks the panels;
// shares.go draws its cost shares and their legend; money.go writes sums
// in their currency.
//
// Both charts draw at most [Options.Max] rows per panel and report the rest
// in [Panel.Omitted], so a caller can add "and 12 more" to its text. The
// same input always gives the same bytes: rows are sorted on their full
// contents and no map order reaches the drawing.
package chart
