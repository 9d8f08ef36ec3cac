package bot

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/internal/testsupport"
)

func TestSettingsConfig(t *testing.T) {
	t.Parallel()
	const token = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEt.config-test-token"
	secret := testsupport.WriteSecret(t, "token", "\n  "+token+"\r\n")
	empty := testsupport.WriteSecret(t, "empty", " \n")

	for _, tt := range []struct {
		name    string
		set     Settings
		want    Config
		wantErr []string // each must appear in the error
	}{
		{name: "token", set: Settings{Token: token}, want: Config{Token: token}},
		{name: "token with Bot prefix", set: Settings{Token: "Bot " + token}, want: Config{Token: token}},
		{name: "token file, trimmed", set: Settings{TokenFile: secret}, want: Config{Token: token}},
		{
			name: "everything",
			set: Settings{
				Token: token, AppID: " 1300000000000000001 ", GuildID: "1300000000000000002",
				QAChannels: "1300000000000000003, 1300000000000000004,,1300000000000000003",
				APIURL:     "http://127.0.0.1:8081/", Cooldown: "30s",
			},
			want: Config{
				Token: token, AppID: "1300000000000000001", GuildID: "1300000000000000002",
				QAChannels: []string{"1300000000000000003", "1300000000000000004"},
				APIURL:     &url.URL{Scheme: "http", Host: "127.0.0.1:8081"}, Cooldown: 30 * time.Second,
			},
		},
		{name: "no cooldown", set: Settings{Token: token, Cooldown: "0s"}, want: Config{Token: token, Cooldown: -1}},
		{name: "no token", set: Settings{}, wantErr: []string{"DISCORD_TOKEN is not set"}},
		{name: "two tokens", set: Settings{Token: token, TokenFile: secret}, wantErr: []string{"both DISCORD_TOKEN and DISCORD_TOKEN_FILE"}},
		{name: "missing token file", set: Settings{TokenFile: filepath.Join(t.TempDir(), "nope")}, wantErr: []string{"DISCORD_TOKEN_FILE", "nope"}},
		{name: "empty token file", set: Settings{TokenFile: empty}, wantErr: []string{"DISCORD_TOKEN_FILE", "is empty"}},
		{name: "token with a space", set: Settings{Token: "abc " + token}, wantErr: []string{"spaces or control characters"}},
		{name: "app ID not a number", set: Settings{Token: token, AppID: "my-bot"}, wantErr: []string{`DISCORD_APP_ID "my-bot" is not a Discord ID`}},
		{name: "guild ID zero", set: Settings{Token: token, GuildID: "0"}, wantErr: []string{`DISCORD_GUILD_ID "0"`}},
		{name: "guild ID negative", set: Settings{Token: token, GuildID: "-12"}, wantErr: []string{`DISCORD_GUILD_ID "-12"`}},
		{name: "guild ID too big", set: Settings{Token: token, GuildID: "99999999999999999999"}, wantErr: []string{`DISCORD_GUILD_ID "99999999999999999999"`}},
		{name: "guild ID with a sign", set: Settings{Token: token, GuildID: "+1300000000000000002"}, wantErr: []string{"DISCORD_GUILD_ID"}},
		{name: "guild as a mention", set: Settings{Token: token, GuildID: "<#1300000000000000002>"}, wantErr: []string{"Copy ID"}},
		{name: "bad Q&A channel", set: Settings{Token: token, QAChannels: "1300000000000000003,general"}, wantErr: []string{`IAI_QA_CHANNELS "general"`}},
		{name: "API URL without scheme", set: Settings{Token: token, APIURL: "discord.com"}, wantErr: []string{"DISCORD_API_URL", "http(s) URL"}},
		{name: "API URL with a path", set: Settings{Token: token, APIURL: "https://proxy.example/api/v9"}, wantErr: []string{"DISCORD_API_URL", "scheme and host only"}},
		{name: "API URL ftp", set: Settings{Token: token, APIURL: "ftp://proxy.example"}, wantErr: []string{"DISCORD_API_URL"}},
		{name: "bad cooldown", set: Settings{Token: token, Cooldown: "10"}, wantErr: []string{"IAI_COOLDOWN", "10s"}},
		{name: "every error at once", set: Settings{AppID: "x", GuildID: "y"}, wantErr: []string{"DISCORD_TOKEN", "DISCORD_APP_ID", "DISCORD_GUILD_ID"}},
		{name: "one shard", set: Settings{Token: token, ShardCount: "4", ShardID: "3"}, want: Config{Token: token, Sharding: Sharding{Count: 4, IDs: []int{3}}}},
		{name: "every shard", set: Settings{Token: token, ShardCount: " 4 "}, want: Config{Token: token, Sharding: Sharding{Count: 4}}},
		{name: "shard range", set: Settings{Token: token, ShardCount: "16", Shards: "8-11, 2,0-1,9"}, want: Config{Token: token, Sharding: Sharding{Count: 16, IDs: []int{0, 1, 2, 8, 9, 10, 11}}}},
		{name: "auto", set: Settings{Token: token, ShardCount: "auto", Shards: "0-3"}, want: Config{Token: token, Sharding: Sharding{Auto: true, IDs: []int{0, 1, 2, 3}}}},
		{name: "shard ID without count", set: Settings{Token: token, ShardID: "0"}, wantErr: []string{"IAI_SHARD_ID and IAI_SHARDS need IAI_SHARD_COUNT"}},
		{name: "shard ID and range", set: Settings{Token: token, ShardCount: "4", ShardID: "0", Shards: "0-1"}, wantErr: []string{"both IAI_SHARD_ID and IAI_SHARDS"}},
		{name: "shard past the count", set: Settings{Token: token, ShardCount: "4", ShardID: "4"}, wantErr: []string{"IAI_SHARD_ID", "numbered from 0 to 3"}},
		{name: "range past the count", set: Settings{Token: token, ShardCount: "4", Shards: "2-5"}, wantErr: []string{"IAI_SHARDS", "names shard 5"}},
		{name: "count zero", set: Settings{Token: token, ShardCount: "0"}, wantErr: []string{"IAI_SHARD_COUNT \"0\""}},
		{name: "count a word", set: Settings{Token: token, ShardCount: "many"}, wantErr: []string{"IAI_SHARD_COUNT", "or auto"}},
		{name: "range backwards", set: Settings{Token: token, ShardCount: "4", Shards: "3-1"}, wantErr: []string{"IAI_SHARDS \"3-1\"", "0-3"}},
		{name: "negative shard", set: Settings{Token: token, ShardCount: "4", ShardID: "-1"}, wantErr: []string{"IAI_SHARD_ID"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.set.Config()
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatalf("Config() = %+v, want an error", got)
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q lacks %q", err, w)
					}
				}
				if strings.Contains(err.Error(), token) {
					t.Errorf("error %q contains the token", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Config() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSettingsFromEnv(t *testing.T) {
	t.Parallel()
	env := map[string]string{
		"DISCORD_TOKEN": "t", "DISCORD_TOKEN_FILE": "f", "DISCORD_APP_ID": "a", "DISCORD_GUILD_ID": "g",
		"IAI_QA_CHANNELS": "q", "DISCORD_API_URL": "u", "IAI_COOLDOWN": "c",
		"IAI_SHARD_ID": "i", "IAI_SHARD_COUNT": "n", "IAI_SHARDS": "r",
	}
	want := Settings{Token: "t", TokenFile: "f", AppID: "a", GuildID: "g", QAChannels: "q", APIURL: "u", Cooldown: "c",
		ShardID: "i", ShardCount: "n", Shards: "r"}
	if diff := cmp.Diff(want, SettingsFromEnv(func(k string) string { return env[k] })); diff != "" {
		t.Errorf("SettingsFromEnv (-want +got):\n%s", diff)
	}
	for _, s := range []Settings{{Token: "t"}, {TokenFile: "f"}} {
		if !s.HasToken() {
			t.Errorf("%+v.HasToken() = false", s)
		}
	}
	if (Settings{Token: " "}).HasToken() {
		t.Error("a blank token counts as configured")
	}
}

func TestConfigIntentsAndCooldown(t *testing.T) {
	t.Parallel()
	base := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if got := (Config{}).Intents(); got != base {
		t.Errorf("intents without Q&A channels = %d, want %d (no privileged intent)", got, base)
	}
	if got := (Config{QAChannels: []string{"1"}}).Intents(); got != base|discordgo.IntentsMessageContent {
		t.Errorf("intents with Q&A channels = %d, want Message Content too", got)
	}
	for _, tt := range []struct{ in, want time.Duration }{{0, DefaultCooldown}, {-1, 0}, {time.Minute, time.Minute}} {
		if got := (Config{Cooldown: tt.in}).cooldown(); got != tt.want {
			t.Errorf("cooldown for %v = %v, want %v", tt.in, got, tt.want)
		}
	}
}
