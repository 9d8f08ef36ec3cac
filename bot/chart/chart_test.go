package chart

import (
	"errors"
	"testing"
)

// Sizes too small to draw in are refused: drawing into a canvas with no
// room never returns.
func TestTooSmall(t *testing.T) {
	for _, opt := range []Options{
		{Width: 1, Height: 1},
		{Width: 100},
		{Width: 800, Height: 40},
		{Width: 20000, Height: 20},
	} {
		if _, err := Timeline(seedEvents(), opt); err == nil || errors.Is(err, ErrEmpty) {
			t.Errorf("Timeline at %dx%d: error %v, want one about the size", opt.Width, opt.Height, err)
		}
		if _, err := Funding(seedSums(), seedSplits(), opt); err == nil || errors.Is(err, ErrEmpty) {
			t.Errorf("Funding at %dx%d: error %v, want one about the size", opt.Width, opt.Height, err)
		}
	}
	// The least width still draws.
	if _, err := Timeline(seedEvents(), Options{Width: minWidth}); err != nil {
		t.Errorf("Timeline at the least width: %v", err)
	}
	if _, err := Funding(seedSums(), seedSplits(), Options{Width: minWidth}); err != nil {
		t.Errorf("Funding at the least width: %v", err)
	}
}
