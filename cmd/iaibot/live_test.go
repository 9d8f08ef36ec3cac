package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/bot"
	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// liveTestToken looks like a bot token; no log line may contain it.
const liveTestToken = "MTMwMDAwMDAwMDAwMDAwMDAwMg.GmNoPq.live-main-token_0123456789"

// TestLive runs the program as main would with a token, against a fake
// Discord: it goes online, registers /iai, answers a command as the
// console does and a question in a Q&A channel, is ready on /readyz, and
// stops with exit 0 when the context ends, as on SIGTERM.
func TestLive(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t)
	secret := testsupport.WriteSecret(t, "token", "  "+liveTestToken+"\n")
	env := map[string]string{
		"DISCORD_TOKEN_FILE": secret,
		"DISCORD_API_URL":    fake.URL(),
		"DISCORD_GUILD_ID":   fake.GuildID(),
		"IAI_QA_CHANNELS":    fake.ChannelID(),
		"IAI_ADMIN_ADDR":     "127.0.0.1:0",
	}
	tap := newLogTap(t, "admin listening")
	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan int, 1)
	go func() { exited <- Main(ctx, nil, strings.NewReader(""), &strings.Builder{}, tap, testsupport.Env(env)) }()
	stopped := false
	stop := func() int {
		t.Helper()
		cancel()
		select {
		case code := <-exited:
			stopped = true
			return code
		case <-time.After(30 * time.Second):
			t.Fatal("iaibot did not stop within 30 s of SIGTERM")
		}
		return -1
	}
	t.Cleanup(func() { // before the fake's cleanup: disconnect first
		if !stopped {
			stop()
		}
	})
	admin := tap.addr("admin listening", exited)

	if err := fake.WaitReady(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, err := fake.WaitRequest(t.Context(), func(r discordtest.Request) bool {
		return r.Method == http.MethodPut && r.Path == "/api/v9/applications/"+fake.AppID()+"/guilds/"+fake.GuildID()+"/commands"
	}); err != nil {
		t.Fatal(err)
	}
	token, intents := fake.Identified()
	if token != "Bot "+liveTestToken {
		t.Error("identified with a token other than the file's, trimmed")
	}
	if want := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages | discordgo.IntentsMessageContent; intents != want {
		t.Errorf("intents %d, want %d", intents, want)
	}
	if r := testsupport.Do(t, http.DefaultClient, testsupport.MustRequest(t, http.MethodGet, "http://"+admin+"/readyz")); r.Status != http.StatusOK || !strings.Contains(r.Body, `"gateway":"ok"`) {
		t.Errorf("/readyz = %d %s, want ready with the gateway", r.Status, r.Body)
	}

	// A command, answered as "iaibot query --json" prints it.
	line := "/iai search query:HIV"
	id := fake.DispatchInteraction(fake.Slash(line))
	r, err := fake.WaitCallback(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := mainOut(t, nil, "query", "--json", line)
	if code != 0 {
		t.Fatalf("query exited %d", code)
	}
	var want, got any
	must(t, json.Unmarshal([]byte(stdout), &want))
	must(t, json.Unmarshal(r.JSON(), &got))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("callback (-console +live):\n%s", diff)
	}

	// A question in the Q&A channel, answered in a reply.
	asked := fake.DispatchMessage(discordtest.NewMessage("when did Cambodia join the ASEAN-Japan Centre?"))
	msg, err := fake.WaitMessage(t.Context(), fake.ChannelID())
	if err != nil {
		t.Fatal(err)
	}
	if m, err := msg.Message(); err != nil || m.MessageReference == nil || m.MessageReference.MessageID != asked {
		t.Errorf("answer %+v, %v; want a reply to %s", m, err, asked)
	}

	if code := stop(); code != 0 {
		t.Errorf("exit code %d after SIGTERM, want 0", code)
	}
	logs := tap.String()
	if strings.Contains(logs, liveTestToken) {
		t.Error("the token appears in the logs")
	}
	var lines int
	sc := bufio.NewScanner(strings.NewReader(logs))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Errorf("log line is not JSON: %s", sc.Text())
			continue
		}
		if rec["msg"] == "interaction" && rec["interaction"] == id {
			lines++
			if rec["command"] != "iai search" || rec["outcome"] != "ok" || rec["latency"] == nil {
				t.Errorf("interaction logged as %v", rec)
			}
		}
	}
	if lines != 1 {
		t.Errorf("interaction %s logged %d times, want once", id, lines)
	}
}

// TestLiveConfigErrors: a configuration mistake exits 2 with a message
// that names the setting, before connecting, and never shows the token.
func TestLiveConfigErrors(t *testing.T) {
	t.Parallel()
	base := map[string]string{"DISCORD_TOKEN": liveTestToken}
	with := func(kv ...string) map[string]string {
		env := map[string]string{}
		for k, v := range base {
			env[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			env[kv[i]] = kv[i+1]
		}
		return env
	}
	for _, tt := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"guild ID", with("DISCORD_GUILD_ID", "my-server"), nil, `DISCORD_GUILD_ID "my-server" is not a Discord ID`},
		{"guild flag", base, []string{"--guild", "12x"}, `DISCORD_GUILD_ID "12x"`},
		{"app ID", with("DISCORD_APP_ID", "-1"), nil, "DISCORD_APP_ID"},
		{"Q&A channels", with("IAI_QA_CHANNELS", "123,#general"), nil, `IAI_QA_CHANNELS "#general"`},
		{"API URL", with("DISCORD_API_URL", "localhost:8081"), nil, "DISCORD_API_URL"},
		{"cooldown", with("IAI_COOLDOWN", "soon"), nil, "IAI_COOLDOWN"},
		{"rate limit", with("IAI_RATE_LIMIT", "lots"), nil, "IAI_RATE_LIMIT"},
		{"shard count", with("IAI_SHARD_COUNT", "lots"), nil, "IAI_SHARD_COUNT"},
		{"shard without count", with("IAI_SHARD_ID", "2"), nil, "need IAI_SHARD_COUNT"},
		{"shard flag past the count", base, []string{"--shard-count", "2", "--shard-id", "2"}, "numbered from 0 to 1"},
		{"two tokens", with("DISCORD_TOKEN_FILE", "/run/secrets/token"), nil, "both DISCORD_TOKEN and DISCORD_TOKEN_FILE"},
		{"missing token file", map[string]string{"DISCORD_TOKEN_FILE": filepath.Join(t.TempDir(), "none")}, nil, "DISCORD_TOKEN_FILE"},
		{"unknown flag", base, []string{"--nope"}, "flag provided but not defined"},
		{"argument", base, []string{"--guild", "1300000000000000002", "extra"}, `unexpected argument "extra"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := mainOut(t, tt.env, tt.args...)
			if code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q lacks %q", stderr, tt.want)
			}
			if strings.Contains(stderr, liveTestToken) {
				t.Error("stderr contains the token")
			}
		})
	}
	code, _, stderr := mainOut(t, base, "--help")
	if code != exitOK || !strings.Contains(stderr, "DISCORD_TOKEN_FILE") || !strings.Contains(stderr, "-qa-channels") {
		t.Errorf("--help: exit %d, usage %q", code, stderr)
	}
}

// TestLiveShards runs four shards in one process, as IAI_SHARDS=0-3 with
// IAI_SHARD_COUNT=auto does, against a Discord that recommends four and
// lets two log in at once: the logins come two by two, 5 s apart, none
// refused; /readyz waits for every shard; each guild's events are
// answered by its shard and DMs by shard 0; logs and metrics name the
// shard.
func TestLiveShards(t *testing.T) {
	t.Parallel()
	const count, maxConcurrency = 4, 2
	fake := discordtest.New(t, discordtest.WithShards(count, maxConcurrency))
	env := map[string]string{
		"DISCORD_TOKEN":   liveTestToken,
		"DISCORD_API_URL": fake.URL(),
		"IAI_SHARD_COUNT": "auto",
		"IAI_SHARDS":      "0-3",
		"IAI_ADMIN_ADDR":  "127.0.0.1:0",
	}
	tap := newLogTap(t, "admin listening")
	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan int, 1)
	go func() { exited <- Main(ctx, nil, strings.NewReader(""), &strings.Builder{}, tap, testsupport.Env(env)) }()
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			cancel()
			<-exited
		}
	})
	admin := "http://" + tap.addr("admin listening", exited)
	get := func(path string) testsupport.Response {
		return testsupport.Do(t, http.DefaultClient, testsupport.MustRequest(t, http.MethodGet, admin+path))
	}
	deadline := time.Now().Add(3 * bot.LoginInterval)
	for r := get("/readyz"); r.Status != http.StatusOK; r = get("/readyz") {
		if time.Now().After(deadline) {
			t.Fatalf("/readyz = %d %s after %v", r.Status, r.Body, 3*bot.LoginInterval)
		}
		time.Sleep(100 * time.Millisecond)
	}
	var ready struct{ Checks map[string]string }
	must(t, json.Unmarshal([]byte(get("/readyz").Body), &ready))
	for id := range count {
		if ready.Checks[fmt.Sprintf("gateway shard %d", id)] != "ok" {
			t.Errorf("/readyz checks %v lack shard %d", ready.Checks, id)
		}
	}

	logins := fake.Logins()
	if len(logins) != count {
		t.Errorf("%d logins, want %d", len(logins), count)
	}
	last := map[int]time.Time{}
	for _, l := range logins {
		b := l.Shard % maxConcurrency
		if l.Rejected != "" || l.ShardCount != count {
			t.Errorf("login %+v; want shard of %d, accepted", l, count)
		}
		if prev, ok := last[b]; ok && l.Time.Sub(prev) < bot.LoginInterval {
			t.Errorf("shard %d logged in %v after bucket %d's last login", l.Shard, l.Time.Sub(prev), b)
		}
		last[b] = l.Time
	}

	want := map[string]float64{} // interaction -> the shard that must answer it
	for g := range 2 * count {
		guild := fmt.Sprint(uint64(1300000000+g) << 22)
		want[fake.DispatchInteraction(fake.Slash("/iai help").InGuild(guild))] = float64(discordtest.ShardOf(guild, count))
	}
	want[fake.DispatchInteraction(fake.Slash("/iai help").InDM())] = 0
	for id := range want {
		if _, err := fake.WaitCallback(t.Context(), id); err != nil {
			t.Fatal(err)
		}
	}
	metrics := get("/metrics").Body
	for id := range count {
		for _, m := range []string{"iaibot_gateway_connected", "iaibot_gateway_logins_total"} {
			if line := fmt.Sprintf("%s{shard=%q} 1", m, fmt.Sprint(id)); !strings.Contains(metrics, line) {
				t.Errorf("/metrics lacks %s", line)
			}
		}
	}
	cancel()
	if code := <-exited; code != exitOK {
		t.Errorf("exit %d, want 0", code)
	}
	stopped = true

	answered := map[string]float64{}
	sc := bufio.NewScanner(strings.NewReader(tap.String()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if json.Unmarshal(sc.Bytes(), &rec) != nil || rec["msg"] != "interaction" {
			continue
		}
		id, _ := rec["interaction"].(string)
		if _, dup := answered[id]; dup {
			t.Errorf("interaction %s answered twice", id)
		}
		shard, ok := rec["shard"].(float64)
		if !ok {
			t.Errorf("interaction line %v names no shard", rec)
		}
		answered[id] = shard
	}
	if diff := cmp.Diff(want, answered); diff != "" {
		t.Errorf("shard answering each interaction (-want +got):\n%s", diff)
	}
}
