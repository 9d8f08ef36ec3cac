package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/internal/testsupport"
	"github.com/iaibot/iaibot/redisstore"
)

// mustShared is the shared state of one process: its own connection to
// the test's Redis, its own metrics.
func mustShared(t *testing.T, r *testsupport.Redis, logs *liveLogs) (*Shared, *Metrics) {
	t.Helper()
	store, err := redisstore.Open(r.URL(), nil) // nil: go-redis logs process-wide, past the test
	if err != nil {
		t.Fatal(err)
	}
	m := NewMetrics()
	s := NewShared(store, logs.logger(), m)
	t.Cleanup(func() { s.Close(); store.Close() })
	return s, m
}

func slashBy(user string) *discordgo.Interaction {
	return &discordgo.Interaction{
		Type:   discordgo.InteractionApplicationCommand,
		Member: &discordgo.Member{User: &discordgo.User{ID: user}},
		Data:   discordgo.ApplicationCommandInteractionData{Name: "iai"},
	}
}

// waitUntil polls cond for up to d.
func waitUntil(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, d)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestSharedBudgetFailsOpen: two processes' limiters share each user's
// budget through Redis, so the sixth command in a burst is refused
// whichever gets it. With Redis stopped, each process falls back to its
// own memory, as documented: every command is still answered or refused
// at once, a user can get a budget from each process, and /metrics shows
// the outage; once Redis is back the budget is shared again.
func TestSharedBudgetFailsOpen(t *testing.T) {
	t.Parallel()
	r := testsupport.StartRedis(t)
	logs := newLiveLogs(t)
	sa, ma := mustShared(t, r, logs)
	sb, _ := mustShared(t, r, logs)
	rate := Rate{N: 5, Per: 10 * time.Second}
	procs := []*RateLimiter{NewRateLimiter(rate).Share(sa), NewRateLimiter(rate).Share(sb)}
	spend := func(user string, n int) (allowed int) {
		for k := range n {
			if _, ok := procs[k%2].Check(t.Context(), slashBy(user)); ok {
				allowed++
			}
		}
		return allowed
	}
	if got := spend("u1", 6); got != 5 {
		t.Errorf("%d of 6 commands spread over two processes allowed, want 5", got)
	}
	if ok, _ := procs[0].Allow(t.Context(), "u1"); ok {
		t.Error("a mention over the shared budget was allowed")
	}
	if got := testutil.ToFloat64(ma.redisUpG); got != 1 {
		t.Errorf("iaibot_redis_up = %v while Redis runs", got)
	}

	r.Stop()
	start := time.Now()
	if got := spend("u2", 12); got != 10 {
		t.Errorf("with Redis down, %d of 12 commands over two processes allowed; want 10, five from each process's memory", got)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("deciding 12 commands with Redis down took %v", took)
	}
	if got := spend("u3", 6); got != 6 {
		t.Errorf("with Redis down, %d of 6 allowed; want 6: each process holds its own budget", got)
	}
	if _, ok := procs[0].Check(t.Context(), slashBy("u4")); !ok {
		t.Error("with Redis down, a new user's command was refused")
	}
	if got := testutil.ToFloat64(ma.redisUpG); got != 0 {
		t.Errorf("iaibot_redis_up = %v with Redis down", got)
	}
	if testutil.ToFloat64(ma.redisErrors.WithLabelValues("budget")) < 1 || testutil.ToFloat64(ma.redisFallbacks.WithLabelValues("budget")) < 5 {
		t.Errorf("errors %v, fallbacks %v; want the outage counted", testutil.ToFloat64(ma.redisErrors.WithLabelValues("budget")), testutil.ToFloat64(ma.redisFallbacks.WithLabelValues("budget")))
	}
	if n := len(logs.find("shared state (Redis) unreachable; budgets, cooldowns, duplicate checks and login slots fall back to this process's memory until it answers", nil)); n != 2 {
		t.Errorf("%d outage warnings, want one per process", n)
	}

	r.Start()
	waitUntil(t, 5*sharedProbeEvery, "Redis seen again", func() bool { return sa.Up() && sb.Up() })
	if got := testutil.ToFloat64(ma.redisUpG); got != 1 {
		t.Errorf("iaibot_redis_up = %v after Redis came back", got)
	}
	if got := spend("u5", 6); got != 5 {
		t.Errorf("after Redis came back, %d of 6 allowed, want 5", got)
	}
}

// TestSharedStartsWithRedisDown: a process whose Redis is down when it
// starts still answers, from memory, and shares once Redis is up.
func TestSharedStartsWithRedisDown(t *testing.T) {
	t.Parallel()
	r := testsupport.StartRedis(t)
	r.Stop()
	logs := newLiveLogs(t)
	s, m := mustShared(t, r, logs)
	if s.Up() || testutil.ToFloat64(m.redisUpG) != 0 {
		t.Error("shared state up with Redis down")
	}
	l := NewRateLimiter(Rate{N: 1, Per: time.Minute}).Share(s)
	if _, ok := l.Check(t.Context(), slashBy("u")); !ok {
		t.Error("first command refused with Redis down")
	}
	r.Start()
	waitUntil(t, 5*sharedProbeEvery, "Redis seen", s.Up)
	if _, ok := l.Check(t.Context(), slashBy("v")); !ok {
		t.Error("first command refused with Redis up")
	}
	if _, ok := l.Check(t.Context(), slashBy("v")); ok {
		t.Error("second command of a 1/min budget allowed")
	}
}

// TestLiveSharesCooldownAndSeenEventsAndLoginSlots runs the bot as two
// shard processes on one Redis, then restarts one at once, as after a
// crash:
//   - a mention answered by one process starts the channel's cooldown for
//     the other;
//   - the restarted process waits for the login slot its predecessor
//     took, so Discord refuses no login;
//   - an event its predecessor answered, sent again, is not answered
//     twice.
func TestLiveSharesCooldownAndSeenEventsAndLoginSlots(t *testing.T) {
	t.Parallel()
	r := testsupport.StartRedis(t)
	s := discordtest.New(t, discordtest.WithShards(2, 1))
	cfg, err := Settings{Token: liveToken, APIURL: s.URL()}.Config()
	if err != nil {
		t.Fatal(err)
	}
	b := mustSeedBot(t)
	logs := newLiveLogs(t)
	start := func(shard int) (stop func()) {
		sh, _ := mustShared(t, r, logs)
		l, err := NewLive(cfg, b, LiveOptions{
			Logger: logs.logger(), Limiter: NewRateLimiter(DefaultRate).Share(sh), Shared: sh,
			Shard: Shard{shard, 2}, Pacer: NewLoginPacer(1, sh),
		})
		if err != nil {
			t.Fatal(err)
		}
		stop = runUntilStopped(t, l)
		ctx, cancel := context.WithTimeout(t.Context(), 3*LoginInterval)
		defer cancel()
		if err := s.WaitShardReady(ctx, shard); err != nil {
			t.Fatal(err)
		}
		return stop
	}
	start(0)
	stop1 := start(1)
	guilds := map[int]string{}
	for g := 0; len(guilds) < 2; g++ {
		id := fmt.Sprint(uint64(1300000000+g) << 22)
		guilds[discordtest.ShardOf(id, 2)] = id
	}
	const channel = "1300000000000000777"
	first := s.DispatchMessage(s.MentionBot("who funds the Mekong projects?").InGuild(guilds[0]).InChannel(channel))
	if _, err := s.WaitMessage(t.Context(), channel); err != nil {
		t.Fatal(err)
	}
	second := s.DispatchMessage(s.MentionBot("who funds the Mekong projects?").InGuild(guilds[1]).InChannel(channel))
	logs.waitFor(t, 1, "message not answered", map[string]string{"message": second, "reason": "cooldown", "shard": "1"})

	stop1()
	start(1)
	checkPace(t, s.Logins(), 1)
	if n := len(s.Logins()); n != 3 {
		t.Errorf("%d logins, want 3", n)
	}
	again := s.MentionBot("who funds the Mekong projects?").InGuild(guilds[1]).InChannel("1300000000000000778")
	again.ID = first // an event the other process answered
	s.DispatchMessage(again)
	logs.waitFor(t, 1, "message not answered", map[string]string{"message": first, "reason": "seen before", "shard": "1"})
	for _, req := range s.Requests() {
		if strings.HasSuffix(req.Path, "/1300000000000000778/messages") {
			t.Errorf("an event answered before was answered again")
		}
	}
}
