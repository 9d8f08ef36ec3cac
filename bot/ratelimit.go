package bot

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// OutcomeRateLimited marks an interaction refused by the per-user limit.
const OutcomeRateLimited Outcome = "rate_limited"

// Rate is a budget of N events in any window of length Per.
type Rate struct {
	N   int
	Per time.Duration
}

// DefaultRate is each user's command budget unless configured otherwise.
var DefaultRate = Rate{N: 5, Per: 10 * time.Second}

// autocompleteFactor scales the command budget for autocomplete. Discord
// sends one autocomplete request per keystroke, so a user typing a country
// name spends several in a second; each is a cheap prefix lookup, and
// limiting it only caps what a runaway client can cost.
const autocompleteFactor = 5

// ParseRate reads a rate as "N/DURATION", such as "5/10s" or "30/1m";
// "off" or "0" is the zero Rate, which limits nothing.
func ParseRate(s string) (Rate, error) {
	s = strings.TrimSpace(s)
	if s == "off" || s == "0" {
		return Rate{}, nil
	}
	n, per, ok := strings.Cut(s, "/")
	if !ok {
		return Rate{}, fmt.Errorf("rate %q: want N/DURATION, e.g. 5/10s, or off", s)
	}
	count, err := strconv.Atoi(n)
	if err != nil || count < 1 {
		return Rate{}, fmt.Errorf("rate %q: count must be a positive integer", s)
	}
	d, err := time.ParseDuration(per)
	if err != nil || d <= 0 {
		return Rate{}, fmt.Errorf("rate %q: window must be a positive duration such as 10s", s)
	}
	return Rate{N: count, Per: d}, nil
}

// String formats r as ParseRate reads it.
func (r Rate) String() string {
	if !r.enabled() {
		return "off"
	}
	return strconv.Itoa(r.N) + "/" + r.Per.String()
}

func (r Rate) enabled() bool { return r.N > 0 && r.Per > 0 }

// RateLimiter holds each user to a budget of commands, so one user cannot
// monopolise the bot. Transports call [RateLimiter.Check] before
// [Bot.HandleInteraction] and [RateLimiter.Allow] before answering a
// message. Commands and button presses share one budget; autocomplete has
// its own, five times larger, and pings are never limited. A nil
// RateLimiter allows everything.
//
// In memory, a budget is a sliding window: N commands in any Per. Shared
// through a store ([RateLimiter.Share]), it is redis_rate's GCRA: a burst
// of N, refilled at N per Per. Both refuse the N+1th command of a burst;
// a user who spreads commands out gets the same long-run rate from either.
type RateLimiter struct {
	commands     slidingWindow
	autocomplete slidingWindow
	now          func() time.Time // the clock, swapped in tests
	shared       *Shared          // nil: budgets in this process's memory
}

// NewRateLimiter returns a limiter giving each user r for commands.
func NewRateLimiter(r Rate) *RateLimiter {
	return &RateLimiter{
		commands:     slidingWindow{rate: r},
		autocomplete: slidingWindow{rate: Rate{N: r.N * autocompleteFactor, Per: r.Per}},
		now:          time.Now,
	}
}

// Share makes l keep its budgets in s, so that every process using the
// same store holds each user to one budget; l's own memory decides while
// the store is unreachable. It returns l.
func (l *RateLimiter) Share(s *Shared) *RateLimiter {
	l.shared = s
	return l
}

// Check counts i against its user's budget. When the budget is spent it
// returns false and the response to send instead of running i: an
// ephemeral "Slow down" for commands and buttons, no choices for
// autocomplete (which cannot show a message).
func (l *RateLimiter) Check(ctx context.Context, i *discordgo.Interaction) (resp *discordgo.InteractionResponse, ok bool) {
	if l == nil || i.Type == discordgo.InteractionPing {
		return nil, true
	}
	user := interactionUser(i)
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		if ok, _ := l.spend(ctx, &l.autocomplete, "autocomplete", user); ok {
			return nil, true
		}
		return noChoices(), false
	}
	ok, wait := l.spend(ctx, &l.commands, "command", user)
	if ok {
		return nil, true
	}
	return SlowDown(wait).InteractionResponse(), false
}

// Allow counts one command by userID, such as a message mentioning the
// bot, and reports whether it is within budget; if not, retryAfter is how
// long until it would be.
func (l *RateLimiter) Allow(ctx context.Context, userID string) (ok bool, retryAfter time.Duration) {
	if l == nil {
		return true, 0
	}
	return l.spend(ctx, &l.commands, "command", userID)
}

// spend takes one from user's budget w: in the shared store if there is
// one and it answers, else in memory.
func (l *RateLimiter) spend(ctx context.Context, w *slidingWindow, kind, user string) (ok bool, retryAfter time.Duration) {
	if !w.rate.enabled() {
		return true, 0
	}
	if ok, wait, done := l.shared.allow(ctx, "budget:"+kind+":"+user, w.rate); done {
		return ok, wait
	}
	return w.allow(user, l.now())
}

// SlowDown is the reply to a user over their budget.
func SlowDown(retryAfter time.Duration) Reply {
	secs := max(1, int(math.Ceil(retryAfter.Seconds())))
	return Reply{Ephemeral: true, Content: fmt.Sprintf("Slow down — try again in %d s.", secs)}
}

// interactionUser is who caused i: the member's user in a guild, the user
// in a DM.
func interactionUser(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// slidingWindow allows at most rate.N events per key in any rate.Per. It
// keeps each key's last N event times, so memory is bounded by N per
// active key, and forgets keys idle for a whole window.
type slidingWindow struct {
	rate  Rate
	mu    sync.Mutex
	hits  map[string][]time.Time // per key, oldest first, at most rate.N
	swept time.Time              // when idle keys were last dropped
}

// allow counts an event by key at now if the key is within its rate,
// and otherwise says how long until it would be.
func (w *slidingWindow) allow(key string, now time.Time) (ok bool, retryAfter time.Duration) {
	if !w.rate.enabled() {
		return true, 0
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.hits == nil {
		w.hits = map[string][]time.Time{}
	}
	if now.Sub(w.swept) >= w.rate.Per {
		w.sweep(now)
	}
	h := w.hits[key]
	live := 0
	for live < len(h) && now.Sub(h[live]) >= w.rate.Per {
		live++
	}
	h = append(h[:0], h[live:]...)
	if len(h) >= w.rate.N {
		w.hits[key] = h
		return false, h[0].Add(w.rate.Per).Sub(now)
	}
	w.hits[key] = append(h, now)
	return true, 0
}

// sweep drops keys with no event in the last window. Run at most once a
// window, it costs O(keys) per window rather than per call.
func (w *slidingWindow) sweep(now time.Time) {
	for k, h := range w.hits {
		if len(h) == 0 || now.Sub(h[len(h)-1]) >= w.rate.Per {
			delete(w.hits, k)
		}
	}
	w.swept = now
}
