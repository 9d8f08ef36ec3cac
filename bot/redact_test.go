package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// testToken looks like a bot token; it must never appear in a log.
const testToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-token-value_0123456789abcdef"

type secretValuer struct{}

func (secretValuer) LogValue() slog.Value { return slog.StringValue("resolved " + testToken) }

type tokenHolder struct {
	Name  string
	Token string
}

func TestRedactHandler(t *testing.T) {
	for _, tc := range []struct {
		name string
		log  func(*slog.Logger)
		want string // a fragment the JSON output must contain
	}{
		{"message", func(l *slog.Logger) { l.Info("token is " + testToken) }, `"msg":"token is [REDACTED]"`},
		{"string attr", func(l *slog.Logger) { l.Info("x", "token", testToken) }, `"token":"[REDACTED]"`},
		{"error attr", func(l *slog.Logger) {
			l.Error("x", "err", fmt.Errorf("GET with Authorization %s: %w", testToken, errors.New("401")))
		}, `"err":"GET with Authorization [REDACTED]: 401"`},
		{"attr key", func(l *slog.Logger) { l.Info("x", testToken, 1) }, `"[REDACTED]":1`},
		{"group", func(l *slog.Logger) { l.Info("x", slog.Group("cfg", "token", testToken, "n", 3)) }, `"cfg":{"token":"[REDACTED]","n":3}`},
		{"With", func(l *slog.Logger) { l.With("token", testToken).Info("x") }, `"token":"[REDACTED]"`},
		{"WithGroup", func(l *slog.Logger) { l.WithGroup("g").Info("x", "token", testToken) }, `"g":{"token":"[REDACTED]"}`},
		{"struct", func(l *slog.Logger) { l.Info("x", "cfg", tokenHolder{"bot", testToken}) }, `"cfg":"{Name:bot Token:[REDACTED]}"`},
		{"bytes", func(l *slog.Logger) { l.Info("x", "body", []byte(`{"token":"`+testToken+`"}`)) }, `"body":"{\"token\":\"[REDACTED]\"}"`},
		{"LogValuer", func(l *slog.Logger) { l.Info("x", "v", secretValuer{}) }, `"v":"resolved [REDACTED]"`},
		{"other values keep their type", func(l *slog.Logger) { l.Info("x", "n", 42, "ok", true, "list", []string{"a"}) }, `"n":42,"ok":true,"list":["a"]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := testsupport.NewLogWriter(t)
			tc.log(slog.New(NewRedactHandler(slog.NewJSONHandler(out, nil), testToken)))
			got := out.String()
			if strings.Contains(got, testToken) {
				t.Errorf("token leaked: %s", got)
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("output %s lacks %s", got, tc.want)
			}
		})
	}
}

func TestRedactHandlerIgnoresShortAndEmptySecrets(t *testing.T) {
	h := slog.NewJSONHandler(testsupport.NewLogWriter(t), nil)
	if got := NewRedactHandler(h, "", "short"); got != slog.Handler(h) {
		t.Errorf("NewRedactHandler with no usable secret wrapped the handler")
	}
}

// TestSecretsNeverReachTheLogs drives every path that logs something a
// secret could be in (a handler panic recovered by the endpoint, a panic
// net/http recovers, an error, the endpoint's own lines) through one
// logger, and greps all of it for the token.
func TestSecretsNeverReachTheLogs(t *testing.T) {
	out := testsupport.NewLogWriter(t)
	log := slog.New(NewRedactHandler(slog.NewJSONHandler(out, &slog.HandlerOptions{Level: slog.LevelDebug}), testToken))

	// A handler panic, recovered by the endpoint.
	h := startEndpoint(t, EndpointOptions{Logger: log}, func(e *Endpoint) {
		e.handle = func(context.Context, *discordgo.Interaction) (*discordgo.InteractionResponse, string, Outcome) {
			panic("leaking " + testToken)
		}
	})
	mustValidCallback(t, h.post(h.interaction(slashFor(t, Invocation{Sub: "help", Args: Args{}}))))
	mustValidCallback(t, h.post(h.interaction(discordtest.Interaction{Interaction: discordgo.Interaction{Type: discordgo.InteractionPing}})))
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}

	// A panic in a plain handler, which net/http recovers and logs.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() {
		served <- serveHTTP(ctx, ln, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
			panic(fmt.Sprintf("request with token %s", testToken))
		}), log)
	}()
	client := &http.Client{Transport: &http.Transport{}}
	if _, err := client.Get("http://" + ln.Addr().String()); err == nil {
		t.Error("a panicking handler answered")
	}
	cancel()
	if err := <-served; err != nil {
		t.Fatal(err)
	}

	// An error that quotes the token.
	log.Error("request failed", "err", fmt.Errorf("authorization: Bot %s", testToken))

	all := out.String()
	if strings.Contains(all, testToken) {
		t.Fatalf("the token reached the logs:\n%s", all)
	}
	for _, want := range []string{`"outcome":"panic"`, "http: panic serving", "request failed"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in the logs; the test did not exercise that path", want)
		}
	}
	if n := strings.Count(all, Redacted); n < 3 {
		t.Errorf("%d redactions, want at least 3", n)
	}
	// Every line is still one JSON object.
	for _, line := range strings.Split(strings.TrimSpace(all), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("log line is not JSON: %s", line)
		}
	}
}
