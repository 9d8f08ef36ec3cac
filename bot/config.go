package bot

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/bwmarrin/discordgo"
)

// DefaultCooldown is how long the bot stays quiet in a channel after an
// unprompted reply there; see [Config.Cooldown].
const DefaultCooldown = 10 * time.Second

// DefaultAPIURL is Discord's REST base; discordgo builds every URL on it.
const DefaultAPIURL = "https://discord.com"

// Settings are the live bot's settings as the operator wrote them, in the
// environment or on the command line, before they are checked. Keeping the
// raw text lets flags override the environment field by field while one
// function, [Settings.Config], validates the result.
type Settings struct {
	Token      string // DISCORD_TOKEN
	TokenFile  string // DISCORD_TOKEN_FILE: a file holding the token (Docker secrets)
	AppID      string // DISCORD_APP_ID
	GuildID    string // DISCORD_GUILD_ID
	QAChannels string // IAI_QA_CHANNELS: comma-separated channel IDs
	APIURL     string // DISCORD_API_URL
	Cooldown   string // IAI_COOLDOWN: a Go duration such as 10s
	ShardID    string // IAI_SHARD_ID: the one shard this process runs
	ShardCount string // IAI_SHARD_COUNT: shards in all, or "auto" for Discord's recommendation
	Shards     string // IAI_SHARDS: the shards this process runs, such as 0-3 or 0,2,4
}

// SettingsFromEnv reads the environment variables named in [Settings].
func SettingsFromEnv(getenv func(string) string) Settings {
	return Settings{
		Token:      getenv("DISCORD_TOKEN"),
		TokenFile:  getenv("DISCORD_TOKEN_FILE"),
		AppID:      getenv("DISCORD_APP_ID"),
		GuildID:    getenv("DISCORD_GUILD_ID"),
		QAChannels: getenv("IAI_QA_CHANNELS"),
		APIURL:     getenv("DISCORD_API_URL"),
		Cooldown:   getenv("IAI_COOLDOWN"),
		ShardID:    getenv("IAI_SHARD_ID"),
		ShardCount: getenv("IAI_SHARD_COUNT"),
		Shards:     getenv("IAI_SHARDS"),
	}
}

// HasToken reports whether a token is configured at all, which is what
// decides between the live bot and the console.
func (s Settings) HasToken() bool {
	return strings.TrimSpace(s.Token) != "" || strings.TrimSpace(s.TokenFile) != ""
}

// Config is a checked configuration for the live bot.
type Config struct {
	Token      string        // bot token without the "Bot " prefix; never logged
	AppID      string        // application ID; empty: the one READY reports
	GuildID    string        // register /iai in this guild only; empty: globally
	QAChannels []string      // channels where a message ending in "?" is answered unprompted
	APIURL     *url.URL      // REST base, scheme and host only; nil: DefaultAPIURL
	Cooldown   time.Duration // quiet time per channel after a reply; 0: DefaultCooldown, negative: none
	Sharding   Sharding      // which gateway shards to run; zero: one session, not sharded
}

// Sharding says which of a bot's gateway shards a process runs. Discord
// sends a shard the events of the guilds whose (guild_id >> 22) % Count
// is its ID, and shard 0 the direct messages.
type Sharding struct {
	Count int   // shards in all; 0 with Auto false: not sharded
	Auto  bool  // Count is Discord's recommendation, from GET /gateway/bot
	IDs   []int // the shards this process runs, ascending; nil: every one of Count
}

// sharded reports whether the bot runs as shards at all.
func (s Sharding) sharded() bool { return s.Auto || s.Count > 0 }

// maxShards bounds IAI_SHARD_COUNT and the shard IDs: Discord wants a
// shard per 2,500 guilds at most, so this is room for 25 million.
const maxShards = 10000

// Config checks s and reads the token file. Errors name the setting and
// say what would be valid; they never contain the token.
func (s Settings) Config() (Config, error) {
	var c Config
	var errs []error
	token, err := s.token()
	if err != nil {
		errs = append(errs, err)
	}
	c.Token = token
	if c.AppID, err = checkSnowflake("DISCORD_APP_ID", s.AppID); err != nil {
		errs = append(errs, err)
	}
	if c.GuildID, err = checkSnowflake("DISCORD_GUILD_ID", s.GuildID); err != nil {
		errs = append(errs, err)
	}
	for _, f := range strings.Split(s.QAChannels, ",") {
		id, err := checkSnowflake("IAI_QA_CHANNELS", f)
		switch {
		case err != nil:
			errs = append(errs, err)
		case id != "" && !slices.Contains(c.QAChannels, id):
			c.QAChannels = append(c.QAChannels, id)
		}
	}
	if c.APIURL, err = checkAPIURL(s.APIURL); err != nil {
		errs = append(errs, err)
	}
	if v := strings.TrimSpace(s.Cooldown); v != "" {
		d, err := time.ParseDuration(v)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("IAI_COOLDOWN %q is not a duration; write it like 10s or 1m30s", v))
		case d == 0:
			c.Cooldown = -1 // "0s" asks for no cooldown; zero means the default
		default:
			c.Cooldown = d
		}
	}
	if c.Cooldown < 0 {
		c.Cooldown = -1
	}
	if c.Sharding, err = s.sharding(); err != nil {
		errs = append(errs, err)
	}
	return c, errors.Join(errs...)
}

// sharding checks IAI_SHARD_COUNT, IAI_SHARD_ID and IAI_SHARDS.
func (s Settings) sharding() (Sharding, error) {
	var sh Sharding
	count, id, ids := strings.TrimSpace(s.ShardCount), strings.TrimSpace(s.ShardID), strings.TrimSpace(s.Shards)
	switch {
	case count == "" && (id != "" || ids != ""):
		return sh, errors.New("IAI_SHARD_ID and IAI_SHARDS need IAI_SHARD_COUNT, the number of shards in all (or auto)")
	case id != "" && ids != "":
		return sh, errors.New("both IAI_SHARD_ID and IAI_SHARDS are set; use one")
	case count == "auto":
		sh.Auto = true
	case count != "":
		n, err := strconv.Atoi(count)
		if err != nil || n < 1 || n > maxShards {
			return sh, fmt.Errorf("IAI_SHARD_COUNT %q is not a number of shards from 1 to %d, or auto", truncate(count, 40), maxShards)
		}
		sh.Count = n
	}
	list, name := ids, "IAI_SHARDS"
	if id != "" {
		list, name = id, "IAI_SHARD_ID"
	}
	if list != "" {
		var err error
		if sh.IDs, err = parseShardIDs(name, list); err != nil {
			return sh, err
		}
		if sh.Count > 0 && sh.IDs[len(sh.IDs)-1] >= sh.Count {
			return sh, fmt.Errorf("%s %q names shard %d, but IAI_SHARD_COUNT is %d: shards are numbered from 0 to %d", name, list, sh.IDs[len(sh.IDs)-1], sh.Count, sh.Count-1)
		}
	}
	return sh, nil
}

// parseShardIDs reads "3", "0-3" or "0,2,5-7" into ascending IDs, each
// once.
func parseShardIDs(name, v string) ([]int, error) {
	bad := fmt.Errorf("%s %q is not a shard number or a list of them, such as 3, 0-3 or 0,2,5-7", name, truncate(v, 40))
	var ids []int
	for _, part := range strings.Split(v, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(part), "-")
		a, err := strconv.Atoi(strings.TrimSpace(lo))
		if err != nil || a < 0 || a >= maxShards {
			return nil, bad
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(strings.TrimSpace(hi)); err != nil || b < a || b >= maxShards {
				return nil, bad
			}
		}
		for n := a; n <= b; n++ {
			ids = append(ids, n)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}

// token reads the token from DISCORD_TOKEN or the file DISCORD_TOKEN_FILE
// names. A "Bot " prefix, which people copy along, is dropped.
func (s Settings) token() (string, error) {
	tok, file := strings.TrimSpace(s.Token), strings.TrimSpace(s.TokenFile)
	switch {
	case tok != "" && file != "":
		return "", errors.New("both DISCORD_TOKEN and DISCORD_TOKEN_FILE are set; use one")
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			// The path is the operator's own; the error says which file.
			return "", fmt.Errorf("DISCORD_TOKEN_FILE: %w", err)
		}
		if tok = strings.TrimSpace(string(b)); tok == "" {
			return "", fmt.Errorf("DISCORD_TOKEN_FILE %s is empty", file)
		}
	case tok == "":
		return "", errors.New("DISCORD_TOKEN is not set; copy the token from the developer portal (Bot › Reset Token)")
	}
	tok = strings.TrimSpace(strings.TrimPrefix(tok, "Bot "))
	if i := strings.IndexFunc(tok, func(r rune) bool { return unicode.IsSpace(r) || !unicode.IsPrint(r) }); i >= 0 {
		return "", errors.New("the Discord token contains spaces or control characters; paste it again without them")
	}
	return tok, nil
}

// checkSnowflake checks a Discord ID: a positive 64-bit decimal number.
func checkSnowflake(name, v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", nil
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n == 0 || v[0] == '+' || v[0] == '0' {
		return "", fmt.Errorf("%s %q is not a Discord ID; IDs are numbers such as 1234567890123456789 (Developer Mode › Copy ID)", name, truncate(v, 40))
	}
	return v, nil
}

// checkAPIURL checks DISCORD_API_URL: only a scheme and host, because requests
// are redirected by rewriting those two and nothing else.
func checkAPIURL(v string) (*url.URL, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil, nil
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("DISCORD_API_URL %q is not an http(s) URL such as %s", v, DefaultAPIURL)
	}
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("DISCORD_API_URL %q must be a scheme and host only, such as %s; the /api/v9 path is added per request", v, DefaultAPIURL)
	}
	return &url.URL{Scheme: u.Scheme, Host: u.Host}, nil
}

// Intents are the gateway intents the bot asks for: guild and direct
// messages, to see mentions and DMs, and the privileged MESSAGE_CONTENT only
// when Q&A channels need the text of messages that do not mention it.
// Discord closes the gateway with 4014 if a privileged intent is asked for
// but not enabled in the developer portal.
func (c Config) Intents() discordgo.Intent {
	in := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if len(c.QAChannels) > 0 {
		in |= discordgo.IntentsMessageContent
	}
	return in
}

// cooldown is the effective per-channel quiet time.
func (c Config) cooldown() time.Duration {
	switch {
	case c.Cooldown == 0:
		return DefaultCooldown
	case c.Cooldown < 0:
		return 0
	}
	return c.Cooldown
}
