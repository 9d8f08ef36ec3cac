package discordtest

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// TestShardRouting: each shard's session gets the events of its guilds,
// (guild_id >> 22) % shard_count, shard 0 the direct messages too, and
// an event for a shard with no session waits for it.
func TestShardRouting(t *testing.T) {
	t.Parallel()
	// Two buckets, so the shards log in together.
	s := New(t, WithShards(2, 2))
	got := map[int]chan string{0: make(chan string, 8), 1: make(chan string, 8)}
	shard := func(id int) func(*discordgo.Session) {
		return func(dg *discordgo.Session) { dg.ShardID, dg.ShardCount = id, 2 }
	}
	for id := range 2 {
		startBot(t, s, func(dg *discordgo.Session, i *discordgo.InteractionCreate) error {
			got[id] <- i.GuildID
			return echo(dg, i)
		}, shard(id))
		if err := s.WaitShardReady(t.Context(), id); err != nil {
			t.Fatal(err)
		}
	}
	for n := range 6 {
		guild := fmt.Sprint(uint64(1300000000+n) << 22)
		s.DispatchInteraction(s.Slash("/iai search query:x").InGuild(guild))
		select {
		case g := <-got[n%2]:
			if g != guild {
				t.Errorf("shard %d got guild %s, want %s", n%2, g, guild)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("guild %s's event did not reach shard %d", guild, n%2)
		}
		if ShardOf(guild, 2) != n%2 {
			t.Errorf("ShardOf(%s, 2) = %d, want %d", guild, ShardOf(guild, 2), n%2)
		}
	}
	s.DispatchInteraction(s.Slash("/iai search query:x").InDM())
	select {
	case g := <-got[0]:
		if g != "" {
			t.Errorf("shard 0 got guild %q for a DM", g)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the DM did not reach shard 0")
	}
	for _, l := range s.Logins() {
		if l.Rejected != "" || l.ShardCount != 2 {
			t.Errorf("login %+v; want shards of 2, accepted", l)
		}
	}
	for id, ch := range got {
		if len(ch) != 0 {
			t.Errorf("shard %d got %d events meant for the other", id, len(ch))
		}
	}
}

// dialGateway opens a raw gateway socket and reads HELLO.
func dialGateway(t *testing.T, s *Server) *websocket.Conn {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws://"+s.addr+"/gateway", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	if p := readPayload(t, ws); p.Op != opHello {
		t.Fatalf("first payload op %d, want HELLO", p.Op)
	}
	return ws
}

func readPayload(t *testing.T, ws *websocket.Conn) payload {
	t.Helper()
	ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	var p payload
	if err := ws.ReadJSON(&p); err != nil {
		t.Fatal(err)
	}
	return p
}

func identify(t *testing.T, ws *websocket.Conn, shard, count int) payload {
	t.Helper()
	d, _ := json.Marshal(map[string]any{"token": "Bot x", "intents": 0, "properties": map[string]string{}, "shard": []int{shard, count}})
	if err := ws.WriteJSON(payload{Op: opIdentify, D: d}); err != nil {
		t.Fatal(err)
	}
	return readPayload(t, ws)
}

// TestLoginPace: Discord takes one login per bucket (shard_id %
// max_concurrency) every 5 s and answers one that comes sooner with op 9,
// not resumable; so does the fake, and it keeps every login for the test.
func TestLoginPace(t *testing.T) {
	t.Parallel()
	s := New(t, WithShards(4, 2))
	if p := identify(t, dialGateway(t, s), 0, 4); p.T != "READY" {
		t.Fatalf("first login answered %+v, want READY", p)
	}
	if p := identify(t, dialGateway(t, s), 1, 4); p.T != "READY" {
		t.Errorf("shard 1 (bucket 1) answered %+v, want READY", p)
	}
	p := identify(t, dialGateway(t, s), 2, 4) // bucket 0 again, at once
	if p.Op != opInvalidSession || string(p.D) != "false" {
		t.Errorf("shard 2 (bucket 0) answered %+v, want op 9 false", p)
	}
	s.RejectLogins(time.Minute)
	if p := identify(t, dialGateway(t, s), 3, 4); p.Op != opInvalidSession {
		t.Errorf("login while rejecting answered %+v, want op 9", p)
	}
	logins := s.Logins()
	if len(logins) != 4 || s.Identifies() != 4 {
		t.Fatalf("%d logins kept, %d counted; want 4", len(logins), s.Identifies())
	}
	for n, want := range []string{"", "", "after the last login of bucket 0", "the test rejects logins"} {
		if l := logins[n]; l.Shard != n || l.ShardCount != 4 || (want == "") != (l.Rejected == "") || !strings.Contains(l.Rejected, want) {
			t.Errorf("login %d: %+v, want shard %d of 4 rejected for %q", n, l, n, want)
		}
	}
}

// TestGatewayBotAdvertisesShards: GET /gateway/bot says how many shards
// to run and how many may log in at once.
func TestGatewayBotAdvertisesShards(t *testing.T) {
	t.Parallel()
	s := New(t, WithShards(8, 4))
	dg, err := discordgo.New("Bot test-token")
	if err != nil {
		t.Fatal(err)
	}
	dg.Client.Transport = s.Transport()
	gb, err := dg.GatewayBot()
	if err != nil {
		t.Fatal(err)
	}
	if gb.Shards != 8 || gb.SessionStartLimit.MaxConcurrency != 4 || gb.SessionStartLimit.Remaining != 1000 {
		t.Errorf("GET /gateway/bot = %+v, want 8 shards, max_concurrency 4, 1000 logins left", gb)
	}
}
