package bot

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/bot/discordtest"
)

func TestParseRate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    Rate
		wantErr bool
	}{
		{"5/10s", Rate{5, 10 * time.Second}, false},
		{" 30/1m ", Rate{30, time.Minute}, false},
		{"1/500ms", Rate{1, 500 * time.Millisecond}, false},
		{"off", Rate{}, false},
		{"0", Rate{}, false},
		{"5", Rate{}, true},
		{"5/10", Rate{}, true}, // a duration needs its unit
		{"0/10s", Rate{}, true},
		{"-1/10s", Rate{}, true},
		{"5/0s", Rate{}, true},
		{"five/10s", Rate{}, true},
		{"", Rate{}, true},
	} {
		got, err := ParseRate(tc.in)
		if (err != nil) != tc.wantErr {
			t.Errorf("ParseRate(%q) error = %v, want error %v", tc.in, err, tc.wantErr)
		}
		if got != tc.want {
			t.Errorf("ParseRate(%q) = %v, want %v", tc.in, got, tc.want)
		}
		if err == nil {
			if again, err := ParseRate(got.String()); err != nil || again != got {
				t.Errorf("ParseRate(%q.String() = %q) = %v, %v", tc.in, got.String(), again, err)
			}
		}
	}
}

// TestSlidingWindow walks a clock through a 3-per-10s budget: the window
// slides (it is not reset every 10 s), refusals do not count, and the
// retry time says when the oldest event leaves the window.
func TestSlidingWindow(t *testing.T) {
	w := slidingWindow{rate: Rate{N: 3, Per: 10 * time.Second}}
	t0 := time.Unix(1735689600, 0)
	type step struct {
		at        time.Duration
		key       string
		ok        bool
		retryWant time.Duration
	}
	steps := []step{
		{0, "a", true, 0},
		{2 * time.Second, "a", true, 0},
		{4 * time.Second, "a", true, 0},
		{5 * time.Second, "a", false, 5 * time.Second},
		{5 * time.Second, "b", true, 0}, // budgets are per key
		{9 * time.Second, "a", false, time.Second},
		{10 * time.Second, "a", true, 0}, // the event at 0 has left the window
		{11 * time.Second, "a", false, time.Second},
		{12 * time.Second, "a", true, 0},
	}
	for _, s := range steps {
		ok, retry := w.allow(s.key, t0.Add(s.at))
		if ok != s.ok || retry != s.retryWant {
			t.Errorf("at %v key %s: allow = %v, %v; want %v, %v", s.at, s.key, ok, retry, s.ok, s.retryWant)
		}
	}
}

func TestSlidingWindowForgetsIdleKeys(t *testing.T) {
	w := slidingWindow{rate: Rate{N: 2, Per: time.Second}}
	t0 := time.Unix(1735689600, 0)
	for i := range 1000 {
		w.allow(fmt.Sprint("user", i), t0)
	}
	w.allow("late", t0.Add(time.Second))
	if got := len(w.hits); got != 1 {
		t.Errorf("%d keys remembered a window later, want 1", got)
	}
}

func TestRateLimiterCheck(t *testing.T) {
	now := time.Unix(1735689600, 0)
	l := NewRateLimiter(Rate{N: 1, Per: 10 * time.Second})
	l.now = func() time.Time { return now }
	slash := discordtest.SlashCommand(CommandName, discordtest.Subcommand("help")).Interaction
	slash.Member = &discordgo.Member{User: &discordgo.User{ID: "1"}}
	dm := slash
	dm.Member, dm.User = nil, &discordgo.User{ID: "2"}
	auto := discordtest.AutocompleteCommand(CommandName, discordtest.Subcommand("country", discordtest.Focused(discordtest.StringOption("name", "c")))).Interaction
	auto.Member = slash.Member
	ping := discordgo.Interaction{Type: discordgo.InteractionPing}

	if _, ok := l.Check(context.Background(), &slash); !ok {
		t.Fatal("first command refused")
	}
	resp, ok := l.Check(context.Background(), &slash)
	if ok {
		t.Fatal("second command allowed")
	}
	want := Reply{Ephemeral: true, Content: "Slow down — try again in 10 s."}.InteractionResponse()
	if diff := cmp.Diff(want, resp); diff != "" {
		t.Errorf("refusal (-want +got):\n%s", diff)
	}
	if _, ok := l.Check(context.Background(), &dm); !ok {
		t.Error("a DM user shares a guild member's budget")
	}
	for n := range autocompleteFactor {
		if _, ok := l.Check(context.Background(), &auto); !ok {
			t.Fatalf("autocomplete %d refused; its budget is %d", n+1, autocompleteFactor)
		}
	}
	resp, ok = l.Check(context.Background(), &auto)
	if ok || resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(resp.Data.Choices) != 0 || resp.Data.Choices == nil {
		t.Errorf("autocomplete over budget: ok=%v resp=%+v, want an empty choice list", ok, resp)
	}
	for range 100 {
		if _, ok := l.Check(context.Background(), &ping); !ok {
			t.Fatal("a PING was limited")
		}
	}
	if ok, retry := l.Allow(context.Background(), "1"); ok || retry != 10*time.Second {
		t.Errorf("Allow for a spent user = %v, %v", ok, retry)
	}

	var none *RateLimiter
	if _, ok := none.Check(context.Background(), &slash); !ok {
		t.Error("a nil limiter refused")
	}
	off := NewRateLimiter(Rate{})
	for range 100 {
		if _, ok := off.Check(context.Background(), &slash); !ok {
			t.Fatal("the zero Rate limited")
		}
	}
}

func TestSlowDownRoundsUp(t *testing.T) {
	for _, tc := range []struct {
		wait time.Duration
		want string
	}{
		{0, "Slow down — try again in 1 s."},
		{10 * time.Millisecond, "Slow down — try again in 1 s."},
		{time.Second, "Slow down — try again in 1 s."},
		{1001 * time.Millisecond, "Slow down — try again in 2 s."},
		{9500 * time.Millisecond, "Slow down — try again in 10 s."},
	} {
		if got := SlowDown(tc.wait); got.Content != tc.want || !got.Ephemeral {
			t.Errorf("SlowDown(%v) = %+v, want ephemeral %q", tc.wait, got, tc.want)
		}
	}
}
