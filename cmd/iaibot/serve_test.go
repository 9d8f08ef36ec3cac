package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/bot"
	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// serveToken looks like a bot token; no log line may contain it.
const serveToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.serve-test-token_0123456789"

// logTap is the program's stderr: it echoes to t.Log and keeps all of
// it, as testsupport.LogWriter does, and reports the address in
// "... listening" lines, which is how a test learns the ports of a server
// started on port 0.
type logTap struct {
	*testsupport.LogWriter
	t       *testing.T
	mu      sync.Mutex
	partial []byte
	addrs   map[string]chan string // by message
}

func newLogTap(t *testing.T, msgs ...string) *logTap {
	l := &logTap{LogWriter: testsupport.NewLogWriter(t), t: t, addrs: map[string]chan string{}}
	for _, m := range msgs {
		l.addrs[m] = make(chan string, 1)
	}
	return l
}

// Write looks for addresses line by line, since a line may come in
// pieces.
func (l *logTap) Write(p []byte) (int, error) {
	l.LogWriter.Write(p)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.partial = append(l.partial, p...)
	for {
		i := bytes.IndexByte(l.partial, '\n')
		if i < 0 {
			return len(p), nil
		}
		var rec struct{ Msg, Addr string }
		if json.Unmarshal(l.partial[:i], &rec) == nil && rec.Addr != "" {
			if ch, ok := l.addrs[rec.Msg]; ok {
				select {
				case ch <- rec.Addr:
				default:
				}
			}
		}
		l.partial = l.partial[i+1:]
	}
}

// logWait is how long a start may take to log a line: a serve that first
// builds the index of every test document (a hundred and sixteen), under
// the race detector on two cores shared with other packages' tests, has
// taken over two minutes.
const logWait = 6 * time.Minute

// addr waits for the "msg" line and returns its address.
func (l *logTap) addr(msg string, exited <-chan int) string {
	l.t.Helper()
	select {
	case a := <-l.addrs[msg]:
		return a
	case code := <-exited:
		l.t.Fatalf("exited with %d before logging %q", code, msg)
	case <-time.After(logWait):
		l.t.Fatalf("no %q in the log within %s", msg, logWait)
	}
	return ""
}

// mainOut runs Main to completion and returns its exit code and output.
func mainOut(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(""), &out, &errs, testsupport.Env(env))
	t.Logf("iaibot %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out.String(), errs.String())
	return code, out.String(), errs.String()
}

// signedPost POSTs body to url signed as Discord signs it.
func signedPost(t *testing.T, client *http.Client, url, body string) (int, string) {
	t.Helper()
	r := testsupport.Do(t, client, testsupport.SignedRequest(t, url, []byte(body), time.Now()))
	return r.Status, r.Body
}

// TestServe runs "iaibot serve" as main would, with the admin server,
// answers a PING and a command over HTTP, checks health, readiness and
// metrics, and shuts it down with the context, as SIGTERM does.
func TestServe(t *testing.T) {
	fake := discordtest.New(t)
	keyFile := testsupport.WriteSecret(t, "public-key", testsupport.RFC8032Public+"\n")
	env := map[string]string{
		"DISCORD_PUBLIC_KEY_FILE": keyFile,
		"DISCORD_TOKEN":           serveToken,
		"DISCORD_API_URL":         fake.URL(),
		"IAI_HTTP_ADDR":           "127.0.0.1:0",
		"IAI_ADMIN_ADDR":          "127.0.0.1:0",
		"IAI_RATE_LIMIT":          "20/10s",
	}
	logs := newLogTap(t, "endpoint listening", "admin listening")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	exited := make(chan int, 1)
	go func() {
		exited <- Main(ctx, []string{"serve"}, strings.NewReader(""), io.Discard, logs, testsupport.Env(env))
	}()
	admin := "http://" + logs.addr("admin listening", exited)
	endpoint := "http://" + logs.addr("endpoint listening", exited)
	client := &http.Client{Transport: &http.Transport{}, Timeout: 10 * time.Second}
	defer client.CloseIdleConnections()
	get := func(url string) (int, string) {
		t.Helper()
		r := testsupport.Do(t, client, testsupport.MustRequest(t, http.MethodGet, url))
		return r.Status, r.Body
	}

	if code, body := get(admin + "/readyz"); code != http.StatusOK {
		t.Errorf("/readyz = %d %s", code, body)
	}
	if code, body := signedPost(t, client, endpoint, `{"type":1,"id":"1","application_id":"2","token":"t","version":1}`); code != http.StatusOK || body != `{"type":1}` {
		t.Errorf("PING = %d %s", code, body)
	}
	help := `{"type":2,"id":"3","application_id":"2","token":"t","version":1,"channel_id":"4","guild_id":"5",` +
		`"member":{"user":{"id":"6","username":"tester"},"roles":[]},` +
		`"data":{"id":"7","name":"iai","type":1,"options":[{"name":"help","type":1}]}}`
	code, body := signedPost(t, client, endpoint, help)
	if code != http.StatusOK {
		t.Fatalf("/iai help = %d %s", code, body)
	}
	if err := discordtest.ValidateInteractionCallback([]byte(body)); err != nil {
		t.Errorf("/iai help breaks Discord's schema: %v", err)
	}
	if !strings.Contains(body, "/iai search") {
		t.Errorf("/iai help does not list the subcommands: %s", body)
	}
	unsigned, err := http.NewRequest(http.MethodPost, endpoint, strings.NewReader(help))
	if err != nil {
		t.Fatal(err)
	}
	if r := testsupport.Do(t, client, unsigned); r.Status != http.StatusUnauthorized {
		t.Errorf("unsigned request = %d, want 401", r.Status)
	}

	_, metrics := get(admin + "/metrics")
	for _, want := range []string{
		`iaibot_interactions_total{command="iai help",outcome="ok"} 1`,
		`iaibot_interactions_total{command="ping",outcome="ok"} 1`,
		`iaibot_endpoint_rejected_total{reason="signature"} 1`,
		"iaibot_index_documents 1",
		"go_build_info",
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	adminAddr := strings.TrimPrefix(admin, "http://")
	if code, out, _ := mainOut(t, map[string]string{"IAI_ADMIN_ADDR": adminAddr}, "healthcheck", "--ready"); code != exitOK || !strings.Contains(out, `"ready"`) {
		t.Errorf("healthcheck --ready = %d %q", code, out)
	}

	cancel()
	select {
	case code := <-exited:
		if code != exitOK {
			t.Errorf("serve exited with %d after the context ended, want 0", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop within 30 s of its context ending")
	}
	if code, _, _ := mainOut(t, map[string]string{"IAI_ADMIN_ADDR": adminAddr}, "healthcheck"); code != exitError {
		t.Errorf("healthcheck of a stopped server = %d, want %d", code, exitError)
	}
	all := logs.String()
	if strings.Contains(all, serveToken) {
		t.Error("the token is in the log")
	}
	if !strings.Contains(all, `"msg":"stopped"`) {
		t.Error("no clean stop in the log")
	}
}

func TestServeConfigErrors(t *testing.T) {
	pub := testsupport.RFC8032Public
	missing := filepath.Join(t.TempDir(), "absent")
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want string // in stderr
	}{
		{"no public key", nil, nil, "DISCORD_PUBLIC_KEY is not set"},
		{"public key not hex", map[string]string{"DISCORD_PUBLIC_KEY": "xyz"}, nil, "DISCORD_PUBLIC_KEY"},
		{"public key too short", map[string]string{"DISCORD_PUBLIC_KEY": pub[:60]}, nil, "30 bytes, want 32"},
		{"key and key file", map[string]string{"DISCORD_PUBLIC_KEY": pub, "DISCORD_PUBLIC_KEY_FILE": missing}, nil, "use one"},
		{"missing key file", map[string]string{"DISCORD_PUBLIC_KEY_FILE": missing}, nil, "DISCORD_PUBLIC_KEY_FILE"},
		{"bad rate", map[string]string{"DISCORD_PUBLIC_KEY": pub, "IAI_RATE_LIMIT": "lots"}, nil, "IAI_RATE_LIMIT"},
		{"bad rate flag", map[string]string{"DISCORD_PUBLIC_KEY": pub}, []string{"--rate-limit", "5"}, "N/DURATION"},
		{"bad API URL", map[string]string{"DISCORD_PUBLIC_KEY": pub, "DISCORD_API_URL": "discord.com/api"}, nil, "DISCORD_API_URL"},
		{"stray argument", map[string]string{"DISCORD_PUBLIC_KEY": pub}, []string{"now"}, `unexpected argument "now"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := mainOut(t, tc.env, append([]string{"serve"}, tc.args...)...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q lacks %q", stderr, tc.want)
			}
		})
	}
}

func TestServeFailsOnABusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	env := map[string]string{
		"DISCORD_PUBLIC_KEY": testsupport.RFC8032Public,
		"IAI_HTTP_ADDR":      ln.Addr().String(),
	}
	code, _, stderr := mainOut(t, env, "serve")
	if code != exitError || !strings.Contains(stderr, "address already in use") {
		t.Errorf("exit %d, stderr %q; want %d and the reason", code, stderr, exitError)
	}
}

// TestRegister registers the commands with the fake Discord, which
// validates the bulk overwrite against Discord's schema, and compares what
// it stored with the command table.
func TestRegister(t *testing.T) {
	fake := discordtest.New(t)
	env := map[string]string{"DISCORD_TOKEN": serveToken, "DISCORD_API_URL": fake.URL()}

	code, stdout, stderr := mainOut(t, env, "register")
	if code != exitOK {
		t.Fatalf("register exited %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "application "+fake.AppID()+" globally") {
		t.Errorf("stdout %q does not say what was registered where", stdout)
	}
	got := fake.Commands("")
	for _, c := range got { // clear what Discord assigns
		c.ID, c.ApplicationID, c.Version, c.GuildID = "", "", "", ""
	}
	if diff := cmp.Diff(bot.ApplicationCommands(), got); diff != "" {
		t.Errorf("registered commands differ from the table (-table +registered):\n%s", diff)
	}
	reqs := fake.Requests()
	if len(reqs) != 2 || reqs[0].Method != http.MethodGet || reqs[1].Method != http.MethodPut {
		t.Fatalf("requests %v, want the application lookup then the overwrite", reqs)
	}
	if got := reqs[1].Header.Get("Authorization"); got != "Bot "+serveToken {
		t.Errorf("Authorization %q, want the bot token", got)
	}

	// With the IDs given, nothing is looked up, and the guild is used.
	code, stdout, _ = mainOut(t, env, "register", "--app", fake.AppID(), "--guild", fake.GuildID())
	if code != exitOK || !strings.Contains(stdout, "in guild "+fake.GuildID()) {
		t.Fatalf("guild register exited %d: %s", code, stdout)
	}
	got = fake.Commands(fake.GuildID())
	for _, c := range got {
		c.ID, c.ApplicationID, c.Version, c.GuildID = "", "", "", ""
	}
	if diff := cmp.Diff(bot.ApplicationCommands(), got); diff != "" {
		t.Errorf("guild commands differ from the table (-table +registered):\n%s", diff)
	}
	if n := len(fake.Requests()); n != 3 {
		t.Errorf("%d requests in all, want 3", n)
	}
	if strings.Contains(stderr, serveToken) {
		t.Error("the token is in the output")
	}
}

func TestRegisterErrors(t *testing.T) {
	fake := discordtest.New(t, discordtest.AllowProtocolErrors())
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		code int
		want string
	}{
		{"no token", map[string]string{}, nil, exitUsage, "DISCORD_TOKEN is not set"},
		{"bad guild", map[string]string{"DISCORD_TOKEN": serveToken}, []string{"--guild", "general"}, exitUsage, "DISCORD_GUILD_ID"},
		{"another application", map[string]string{"DISCORD_TOKEN": serveToken, "DISCORD_API_URL": fake.URL()}, []string{"--app", "1234567890123456789"}, exitError, "Missing Access"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := mainOut(t, tc.env, append([]string{"register"}, tc.args...)...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.want)
			}
			if strings.Contains(stderr, serveToken) {
				t.Error("the token is in the output")
			}
		})
	}
}

func TestHealthcheck(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			io.WriteString(w, `{"status":"ok"}`)
			return
		}
		http.Error(w, `{"status":"not ready"}`, http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	_, port, _ := net.SplitHostPort(addr)
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedAddr := closed.Addr().String()
	closed.Close()
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		code int
	}{
		{"healthy", map[string]string{"IAI_ADMIN_ADDR": addr}, nil, exitOK},
		{"wildcard address", map[string]string{"IAI_ADMIN_ADDR": ":" + port}, nil, exitOK},
		{"flag beats env", map[string]string{"IAI_ADMIN_ADDR": closedAddr}, []string{"--addr", addr}, exitOK},
		{"not ready", map[string]string{"IAI_ADMIN_ADDR": addr}, []string{"--ready"}, exitError},
		{"nobody listening", map[string]string{"IAI_ADMIN_ADDR": closedAddr}, nil, exitError},
		{"no address", nil, nil, exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, _ := mainOut(t, tc.env, append([]string{"healthcheck"}, tc.args...)...); code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
		})
	}
}

func TestSubcommandHelp(t *testing.T) {
	for _, tc := range []struct{ cmd, want string }{
		{"serve", "Interactions Endpoint"},
		{"register", "bulk"},
		{"healthcheck", "HEALTHCHECK"},
		{"version", "Print the version"},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			code, _, stderr := mainOut(t, nil, tc.cmd, "--help")
			if code != exitOK {
				t.Errorf("exit %d, want 0", code)
			}
			if !strings.Contains(stderr, "Usage: iaibot "+tc.cmd) || !strings.Contains(stderr, tc.want) {
				t.Errorf("help does not describe %s: %s", tc.cmd, stderr)
			}
		})
	}
	code, stdout, _ := mainOut(t, nil, "help")
	for _, cmd := range []string{"serve", "register", "healthcheck", "version"} {
		if code != exitOK || !strings.Contains(stdout, "iaibot "+cmd) {
			t.Errorf("iaibot help does not list %s", cmd)
		}
	}
	if code, stdout, _ := mainOut(t, nil, "version"); code != exitOK || !strings.HasPrefix(stdout, "iaibot ") {
		t.Errorf("version = %d %q", code, stdout)
	}
}
