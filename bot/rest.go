package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// This file is the REST side of Discord, which both transports use: the
// gateway to answer interactions and messages, the endpoint to complete
// deferred answers, and cmd/iaibot to register the commands.

// NewRESTTransport returns a RoundTripper for a discordgo Session's Client
// that sends each request to apiURL's scheme and host instead of
// discord.com, and counts 429 answers in m. apiURL is a base such as
// "http://127.0.0.1:8081" (a proxy or a fake Discord); "" or
// DefaultAPIURL leaves requests where discordgo sends them. discordgo's
// endpoint variables are package globals shared by every session, so
// redirecting here, per client, is the only safe place.
func NewRESTTransport(apiURL string, next http.RoundTripper, m *Metrics) (http.RoundTripper, error) {
	t := &restTransport{next: next, metrics: m}
	if apiURL == "" || strings.TrimSuffix(apiURL, "/") == DefaultAPIURL {
		return t, nil
	}
	u, err := url.Parse(apiURL)
	if err != nil {
		return nil, fmt.Errorf("API URL %q: %w", apiURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		return nil, fmt.Errorf("API URL %q: want scheme://host[:port], such as %s", apiURL, DefaultAPIURL)
	}
	t.base = u
	return t, nil
}

// restTransport is the RoundTripper [NewRESTTransport] returns.
type restTransport struct {
	base    *url.URL // where to send requests; nil leaves them alone
	next    http.RoundTripper
	metrics *Metrics
}

// RoundTrip redirects a clone, never r itself: the http.RoundTripper
// contract forbids changing the caller's request.
func (t *restTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if t.base != nil {
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host = t.base.Scheme, t.base.Host
		r.Host = "" // name the host we talk to, which a proxy may route on
	}
	resp, err := t.next.RoundTrip(r)
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		t.metrics.RateLimited()
	}
	return resp, err
}

// NewRESTSession returns a discordgo session for REST calls alone (no
// gateway), sending them through [NewRESTTransport]. token is the bot
// token, with or without its "Bot " prefix; answering interactions needs
// none, since their webhook token is in the URL.
func NewRESTSession(apiURL, token string, m *Metrics) (*discordgo.Session, error) {
	client, err := restClient(apiURL, http.DefaultTransport, m)
	if err != nil {
		return nil, err
	}
	auth := ""
	if token != "" && !strings.HasPrefix(token, "Bot ") {
		auth = "Bot " + token
	} else if token != "" {
		auth = token
	}
	s, err := discordgo.New(auth)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	s.Client = client
	return s, nil
}

// restRequestTimeout bounds each HTTP request to Discord, so that a stalled
// connection cannot hold a reply, or shutdown, indefinitely.
const restRequestTimeout = 20 * time.Second

// restClient is the HTTP client of a discordgo session, sending through
// [NewRESTTransport] over next. The gateway and the endpoint share it, so
// both reach the same Discord and count the same 429s.
func restClient(apiURL string, next http.RoundTripper, m *Metrics) (*http.Client, error) {
	rt, err := NewRESTTransport(apiURL, next, m)
	if err != nil {
		return nil, err
	}
	return &http.Client{Timeout: restRequestTimeout, Transport: rt}, nil
}

// newRESTHTTPTransport is Go's default transport with room for the
// replies a burst sends at once; two idle connections per host, the
// default, would make every burst reconnect.
func newRESTHTTPTransport() *http.Transport {
	if d, ok := http.DefaultTransport.(*http.Transport); ok {
		tr := d.Clone()
		tr.MaxIdleConnsPerHost = 64
		return tr
	}
	return &http.Transport{Proxy: http.ProxyFromEnvironment, ForceAttemptHTTP2: true, MaxIdleConnsPerHost: 64}
}

// RegisterCommands bulk-overwrites the application's commands with
// [ApplicationCommands], in guildID or globally when it is empty. An
// empty appID means the application that owns s's token. It returns the
// application ID and the subcommands registered.
func RegisterCommands(ctx context.Context, s *discordgo.Session, appID, guildID string) (app string, subcommands []string, err error) {
	if appID == "" {
		a, err := s.Application("@me")
		if err != nil {
			return "", nil, fmt.Errorf("look up the token's application (set DISCORD_APP_ID to skip): %w", err)
		}
		appID = a.ID
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, guildID, ApplicationCommands(), discordgo.WithContext(ctx))
	if err != nil {
		return appID, nil, fmt.Errorf("overwrite the commands of application %s: %w", appID, err)
	}
	for _, c := range cmds {
		for _, o := range c.Options {
			subcommands = append(subcommands, o.Name)
		}
	}
	return appID, subcommands, nil
}
