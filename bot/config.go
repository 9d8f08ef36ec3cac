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
}

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
	return c, errors.Join(errs...)
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
