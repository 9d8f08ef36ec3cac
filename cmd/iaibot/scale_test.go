//go:build linux

package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/iaibot/iaibot/bot"
	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// The deployment under test: four gateway shards, each its own process,
// and two "iaibot serve" replicas, on one Redis, against a Discord that
// recommends four shards and lets two log in at once.
const (
	scaleShards         = 4
	scaleMaxConcurrency = 2
	scaleGuilds         = 200
	scalePerGuild       = 5 // interactions per guild; and one mention each
)

// scaleRig is the running deployment.
type scaleRig struct {
	t      *testing.T
	fake   *discordtest.Server
	redis  *testsupport.Redis
	shards map[int]*proc
	admins map[string]string // process name -> admin URL
	serves []string          // endpoint URLs
	base   discordtest.Interaction
	nextID int
}

func (r *scaleRig) shardEnv(id int) map[string]string {
	return map[string]string{
		"DISCORD_TOKEN":   liveTestToken,
		"DISCORD_API_URL": r.fake.URL(),
		"IAI_SHARD_COUNT": "auto",
		"IAI_SHARD_ID":    strconv.Itoa(id),
		"IAI_REDIS_URL":   r.redis.URL(),
		"IAI_ADMIN_ADDR":  "127.0.0.1:0",
	}
}

// startShard starts shard id's process and notes its admin address.
func (r *scaleRig) startShard(id int) *proc {
	name := fmt.Sprintf("shard %d", id)
	p := startProc(r.t, name, r.shardEnv(id), "gateway")
	r.shards[id] = p
	r.admins[name] = p.addr("admin listening")
	return p
}

// guild is the k-th test guild; its shard is (guild_id >> 22) % 4, k % 4.
func guild(k int) string { return strconv.FormatUint(uint64(1300000000+k)<<22, 10) }

// shardOf is Discord's formula, written out again rather than taken from
// the fake, which routes by it.
func shardOf(guildID string) int {
	id, _ := strconv.ParseUint(guildID, 10, 64)
	return int((id >> 22) % scaleShards)
}

// user is a fresh user, so that budgets do not get in the way.
func (r *scaleRig) user() *discordgo.User {
	r.nextID++
	return &discordgo.User{ID: strconv.Itoa(1400000000000000000 + r.nextID), Username: fmt.Sprintf("user%d", r.nextID)}
}

// slash dispatches /iai help in guild k by u, over the gateway.
func (r *scaleRig) slash(k int, u *discordgo.User) string {
	return r.fake.DispatchInteraction(r.base.InGuild(guild(k)).InChannel(strconv.Itoa(1500000000000000000 + k)).By(u))
}

// callbacks counts the accepted callbacks of each interaction.
func (r *scaleRig) callbacks() map[string]int {
	n := map[string]int{}
	for _, req := range r.fake.Requests() {
		if req.Method == http.MethodPost && strings.HasSuffix(req.Path, "/callback") && req.Status == http.StatusNoContent {
			n[req.InteractionID]++
		}
	}
	return n
}

// waitAnswered waits until every interaction in ids has its callback.
func (r *scaleRig) waitAnswered(ids []string, within time.Duration) map[string]int {
	r.t.Helper()
	var got map[string]int
	waitFor(r.t, within, fmt.Sprintf("callbacks for %d interactions", len(ids)), func() bool {
		got = r.callbacks()
		for _, id := range ids {
			if got[id] == 0 {
				return false
			}
		}
		return true
	})
	return got
}

// answerOf returns the content of an interaction's callback.
func (r *scaleRig) answerOf(id string) string {
	r.t.Helper()
	req, err := r.fake.WaitCallback(r.t.Context(), id)
	if err != nil {
		r.t.Fatal(err)
	}
	m, err := req.Message()
	if err != nil {
		r.t.Fatal(err)
	}
	return m.Content
}

// viaServe posts /iai help by u to serve replica n, signed as Discord
// signs it, and returns the answer's content.
func (r *scaleRig) viaServe(n int, u *discordgo.User) string {
	r.t.Helper()
	r.nextID++
	body := fmt.Sprintf(`{"type":2,"id":"%d","application_id":%q,"token":"serve-token-%d","version":1,"channel_id":"1500000000000009999","guild_id":%q,`+
		`"member":{"user":{"id":%q,"username":%q},"roles":[]},"data":{"id":"7","name":"iai","type":1,"options":[{"name":"help","type":1}]}}`,
		1600000000000000000+r.nextID, r.fake.AppID(), r.nextID, guild(0), u.ID, u.Username)
	resp := testsupport.Do(r.t, http.DefaultClient, testsupport.SignedRequest(r.t, r.serves[n], []byte(body), time.Now()))
	if resp.Status != http.StatusOK {
		r.t.Fatalf("serve %d answered %d %s", n, resp.Status, resp.Body)
	}
	var v struct{ Data struct{ Content string } }
	must(r.t, json.Unmarshal([]byte(resp.Body), &v))
	return v.Data.Content
}

// spend sends six commands by one user, one at a time, through the
// processes named in order ("shard N" over the gateway, "serve N" over
// HTTP), and returns which were refused.
func (r *scaleRig) spend(route []string) (refused []string) {
	r.t.Helper()
	u := r.user()
	for _, to := range route {
		var content string
		var n int
		switch {
		case strings.HasPrefix(to, "shard "):
			fmt.Sscanf(to, "shard %d", &n)
			content = r.answerOf(r.slash(n, u)) // guild n is shard n's
		default:
			fmt.Sscanf(to, "serve %d", &n)
			content = r.viaServe(n, u)
		}
		if strings.HasPrefix(content, "Slow down") {
			refused = append(refused, to)
		}
	}
	return refused
}

// metrics fetches every process's /metrics.
func (r *scaleRig) metrics() map[string]string {
	out := map[string]string{}
	for name, admin := range r.admins {
		_, out[name] = get(admin + "/metrics")
	}
	return out
}

// TestScaleOut runs the bot as six processes (see scaleRig) and proves,
// over real sockets, against a real Redis:
//   - the four shards log in exactly four times, two by two 5 s apart,
//     none refused; only shard 0 registers /iai;
//   - each of 1,000 interactions and 200 mentions over 200 guilds, and
//     DMs, is answered exactly once, by its guild's shard;
//   - a user's budget holds across every process: the sixth command in
//     10 s is refused, whichever process gets it;
//   - kill -9 of a shard stops only its guilds' answers; restarted, it
//     answers what it missed and nothing twice; restarted again right
//     after logging in, it waits for its login slot;
//   - with Redis gone the bot fails open, answering everything with each
//     process's own budgets, which /metrics shows; with Redis back the
//     budget is shared again.
func TestScaleOut(t *testing.T) {
	t.Parallel()
	start := time.Now()
	redis := testsupport.StartRedis(t)
	iaibotBinary(t)
	// The fake, in this test process, runs under the race detector and
	// reads 1,200 events' answers; its 3 s answer deadline would measure
	// its own speed, not the bot's.
	fake := discordtest.New(t, discordtest.WithShards(scaleShards, scaleMaxConcurrency), discordtest.WithInteractionDeadline(0))
	r := &scaleRig{t: t, fake: fake, redis: redis, shards: map[int]*proc{}, admins: map[string]string{}}
	r.base = fake.Slash("/iai help")

	for id := range scaleShards {
		r.startShard(id)
	}
	for n := range 2 {
		p := startProc(t, fmt.Sprintf("serve %d", n), map[string]string{
			"DISCORD_PUBLIC_KEY": testsupport.RFC8032Public,
			"DISCORD_API_URL":    fake.URL(),
			"IAI_HTTP_ADDR":      "127.0.0.1:0",
			"IAI_ADMIN_ADDR":     "127.0.0.1:0",
			"IAI_REDIS_URL":      redis.URL(),
		}, "serve")
		r.admins[p.name] = p.addr("admin listening")
		r.serves = append(r.serves, p.addr("endpoint listening"))
	}
	waitFor(t, 30*time.Second, "every process ready", func() bool {
		for _, admin := range r.admins {
			if code, _ := get(admin + "/readyz"); code != http.StatusOK {
				return false
			}
		}
		return true
	})
	t.Logf("six processes ready after %v", time.Since(start).Round(time.Millisecond))

	// Logins: exactly one per shard, in pace, none refused.
	logins := fake.Logins()
	if len(logins) != scaleShards {
		t.Errorf("%d logins, want %d", len(logins), scaleShards)
	}
	last := map[int]time.Time{}
	for _, l := range logins {
		b := l.Shard % scaleMaxConcurrency
		if l.Rejected != "" || l.ShardCount != scaleShards {
			t.Errorf("login %+v: want shard of %d, accepted", l, scaleShards)
		}
		if prev, ok := last[b]; ok && l.Time.Sub(prev) < bot.LoginInterval {
			t.Errorf("shard %d logged in %v after bucket %d's last login", l.Shard, l.Time.Sub(prev), b)
		}
		last[b] = l.Time
	}
	if _, err := fake.WaitRequest(t.Context(), func(q discordtest.Request) bool { return q.Method == http.MethodPut }); err != nil {
		t.Fatal(err)
	}

	// 1,000 interactions and 200 mentions over 200 guilds, and DMs.
	phase := time.Now()
	want := map[string]int{} // interaction or message -> shard
	var ids []string
	for k := range scaleGuilds {
		for range scalePerGuild {
			id := r.slash(k, r.user())
			want[id], ids = shardOf(guild(k)), append(ids, id)
		}
	}
	dm := fake.DispatchInteraction(r.base.InDM().By(r.user()))
	want[dm], ids = 0, append(ids, dm)
	mentions := map[string]int{}
	for k := range scaleGuilds {
		m := fake.MentionBot("when did Cambodia join the ASEAN-Japan Centre?").InGuild(guild(k)).InChannel(strconv.Itoa(1700000000000000000 + k)).By(r.user())
		mentions[fake.DispatchMessage(m)] = shardOf(guild(k))
	}
	dmMessage := fake.DispatchMessage(discordtest.NewMessage("who funds the Mekong projects?").InDM().By(r.user()))
	mentions[dmMessage] = 0
	got := r.waitAnswered(ids, 60*time.Second)
	waitFor(t, 60*time.Second, "answers to every mention", func() bool { return len(r.replies()) >= len(mentions) })
	t.Logf("%d interactions and %d messages answered in %v", len(ids), len(mentions), time.Since(phase).Round(time.Millisecond))
	for _, id := range ids {
		if got[id] != 1 {
			t.Errorf("interaction %s got %d callbacks, want 1", id, got[id])
		}
	}
	replies := r.replies()
	for id := range mentions {
		if replies[id] != 1 {
			t.Errorf("message %s answered %d times, want once", id, replies[id])
		}
	}
	r.checkAnsweredBy("interaction", want)
	r.checkAnsweredBy("message", mentions)

	// One user's budget across every process.
	phase = time.Now()
	if refused := r.spend([]string{"shard 0", "serve 0", "shard 1", "serve 1", "shard 2", "shard 3"}); strings.Join(refused, ",") != "shard 3" {
		t.Errorf("refused %v, want the sixth, on shard 3", refused)
	}
	if refused := r.spend([]string{"shard 3", "shard 2", "shard 1", "shard 0", "serve 0", "serve 1"}); strings.Join(refused, ",") != "serve 1" {
		t.Errorf("refused %v, want the sixth, on serve 1", refused)
	}
	t.Logf("budgets checked in %v", time.Since(phase).Round(time.Millisecond))

	// kill -9 one shard.
	phase = time.Now()
	const victim = 2
	answeredBefore := ""
	for id, shard := range mentions {
		if shard == victim {
			answeredBefore = id
			break
		}
	}
	r.shards[victim].kill()
	if code, _ := get(r.admins[fmt.Sprintf("shard %d", victim)] + "/readyz"); code != 0 {
		t.Errorf("the killed shard's admin answered %d", code)
	}
	byShard := map[int][]string{}
	for k := range 4 * scaleShards {
		byShard[shardOf(guild(k))] = append(byShard[shardOf(guild(k))], r.slash(k, r.user()))
	}
	var others []string
	for shard, ids := range byShard {
		if shard != victim {
			others = append(others, ids...)
		}
	}
	r.waitAnswered(others, 30*time.Second)
	time.Sleep(time.Second) // time enough for the victim's, had any process taken them
	got = r.callbacks()
	for _, id := range byShard[victim] {
		if got[id] != 0 {
			t.Errorf("interaction %s of the killed shard's guilds was answered", id)
		}
	}
	for name, admin := range r.admins {
		if name == fmt.Sprintf("shard %d", victim) {
			continue
		}
		if code, body := get(admin + "/readyz"); code != http.StatusOK {
			t.Errorf("%s not ready while another shard is down: %d %s", name, code, body)
		}
	}
	restarted := r.startShard(victim)
	r.waitAnswered(byShard[victim], 30*time.Second)
	// Discord could send it again; the restarted shard must not answer
	// twice. A shard takes its events in order, so once the mention after
	// it is answered, the resent one has been turned away.
	again := fake.MentionBot("when did Cambodia join the ASEAN-Japan Centre?").InGuild(guild(victim)).InChannel("1700000000000009999")
	again.ID = answeredBefore
	fake.DispatchMessage(again)
	after := fake.DispatchMessage(fake.MentionBot("who funds the Mekong projects?").InGuild(guild(victim)).InChannel("1700000000000009998").By(r.user()))
	waitFor(t, 10*time.Second, "the mention after the resent one answered", func() bool { return r.replies()[after] == 1 })
	time.Sleep(500 * time.Millisecond)
	if n := r.replies()[answeredBefore]; n != 1 {
		t.Errorf("message %s, answered before the kill and sent again, got %d answers; want 1", answeredBefore, n)
	}
	t.Logf("kill -9 and restart in %v", time.Since(phase).Round(time.Millisecond))

	// A crash right after logging in: the next process waits for the
	// slot its predecessor took, and Discord refuses nothing.
	phase = time.Now()
	restarted.kill()
	crashing := r.startShard(victim)
	crashing.waitLog("online", nil, 3*bot.LoginInterval)
	crashing.kill()
	r.startShard(victim).waitLog("online", nil, 3*bot.LoginInterval)
	logins = fake.Logins()
	if l, prev := logins[len(logins)-1], logins[len(logins)-2]; l.Rejected != "" || prev.Rejected != "" || l.Time.Sub(prev.Time) < bot.LoginInterval {
		t.Errorf("login right after a crash: %+v, %v after the last %+v; want both accepted, at least %v apart", l, l.Time.Sub(prev.Time), prev, bot.LoginInterval)
	}
	if len(r.shards[victim].find("waited for a login slot", nil)) != 1 {
		t.Error("the process started right after a crash did not wait for its login slot")
	}
	t.Logf("crash right after login and restart in %v", time.Since(phase).Round(time.Millisecond))

	// Redis goes away: every process answers from its own memory.
	phase = time.Now()
	redis.Stop()
	route := []string{"shard 0", "serve 0", "shard 1", "serve 1", "shard 2", "shard 3"}
	if refused := r.spend(route); len(refused) != 0 {
		t.Errorf("with Redis down, refused %v; want none: each process has its own budget", refused)
	}
	for name, page := range r.metrics() {
		if v := metricValue(page, "iaibot_redis_up"); v != 0 {
			t.Errorf("%s: iaibot_redis_up %v with Redis down", name, v)
		}
		if v := metricValue(page, `iaibot_redis_fallbacks_total{op="budget"}`); v < 1 {
			t.Errorf("%s: iaibot_redis_fallbacks_total{op=\"budget\"} %v with Redis down", name, v)
		}
	}
	// And back: the budget is shared again.
	redis.Start()
	waitFor(t, 10*time.Second, "every process to see Redis again", func() bool {
		for _, page := range r.metrics() {
			if metricValue(page, "iaibot_redis_up") != 1 {
				return false
			}
		}
		return true
	})
	if refused := r.spend(route); strings.Join(refused, ",") != "shard 3" {
		t.Errorf("with Redis back, refused %v; want the sixth", refused)
	}
	t.Logf("Redis down and back in %v; in all %v", time.Since(phase).Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}

// replies counts the bot's replies to each message.
func (r *scaleRig) replies() map[string]int {
	n := map[string]int{}
	for _, req := range r.fake.Requests() {
		if req.Method != http.MethodPost || !strings.HasSuffix(req.Path, "/messages") || req.Status != http.StatusOK {
			continue
		}
		m, err := req.Message()
		if err == nil && m.MessageReference != nil {
			n[m.MessageReference.MessageID]++
		}
	}
	return n
}

// checkAnsweredBy reads every shard process's log lines named what and
// checks that each event in want was logged by its shard, once.
func (r *scaleRig) checkAnsweredBy(what string, want map[string]int) {
	r.t.Helper()
	by := map[string][]string{}
	for id, p := range r.shards {
		for _, rec := range p.find(what, nil) {
			key := rec.str(what)
			if rec.str("shard") != strconv.Itoa(id) {
				r.t.Errorf("shard %d's process logged %s %s as shard %q", id, what, key, rec.str("shard"))
			}
			by[key] = append(by[key], strconv.Itoa(id))
		}
	}
	wrong := 0
	for _, id := range sortedKeys(want) {
		if got := by[id]; len(got) != 1 || got[0] != strconv.Itoa(want[id]) {
			if wrong++; wrong <= 10 {
				r.t.Errorf("%s %s answered by shards %v, want shard %d alone", what, id, got, want[id])
			}
		}
	}
	if wrong > 10 {
		r.t.Errorf("... %d %ss in all not answered by their shard alone", wrong, what)
	}
}
