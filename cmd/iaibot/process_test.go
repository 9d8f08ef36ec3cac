//go:build linux

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// This file runs iaibot as separate processes, built once for the
// package's tests, for what only a process boundary shows: kill -9, and
// state that only Redis can share.

var (
	raceBuild bool // set when the tests detect races; the binary then does too
	buildOnce sync.Once
	binDir    string
	binPath   string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// iaibotBinary builds the program once, the first time a test needs it.
func iaibotBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		start := time.Now()
		if binDir, buildErr = os.MkdirTemp("", "iaibot-test-"); buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "iaibot")
		args := []string{"build", "-o", binPath}
		if raceBuild {
			args = append(args, "-race")
		}
		cmd := exec.Command(goTool(), append(args, ".")...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
		t.Logf("built iaibot (race detector: %v) in %v", raceBuild, time.Since(start).Round(time.Millisecond))
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// goTool is the go command that is running the tests.
func goTool() string {
	if root := os.Getenv("GOROOT"); root != "" {
		if p := filepath.Join(root, "bin", "go"); fileExists(p) {
			return p
		}
	}
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return "go"
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// logRecord is one JSON log line of a process.
type logRecord map[string]any

func (r logRecord) str(k string) string {
	switch v := r[k].(type) {
	case string:
		return v
	case float64:
		return fmt.Sprint(int64(v))
	}
	return ""
}

// proc is iaibot running as a process of its own.
type proc struct {
	t    *testing.T
	name string
	cmd  *exec.Cmd
	done chan struct{} // closed when it has exited and its log is read

	mu      sync.Mutex
	recs    []logRecord
	changed chan struct{}
}

// startProc runs the binary with env and args; it is killed at cleanup
// if still running, and if the test process dies.
func startProc(t *testing.T, name string, env map[string]string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(iaibotBinary(t), args...)
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, name: name, cmd: cmd, done: make(chan struct{}), changed: make(chan struct{})}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go p.read(stderr)
	t.Cleanup(func() { p.stop() })
	return p
}

// read keeps the process's log lines, and echoes the unusual ones.
func (p *proc) read(r io.Reader) {
	defer func() {
		p.cmd.Wait()
		close(p.done)
	}()
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec logRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			p.t.Logf("%s: %s", p.name, sc.Text())
			continue
		}
		if rec.str("level") != "INFO" || (rec.str("msg") != "interaction" && rec.str("msg") != "message") {
			p.t.Logf("%s: %s", p.name, sc.Text())
		}
		p.mu.Lock()
		p.recs = append(p.recs, rec)
		close(p.changed)
		p.changed = make(chan struct{})
		p.mu.Unlock()
	}
}

// find returns the log records with message msg whose attributes include
// want.
func (p *proc) find(msg string, want map[string]string) []logRecord {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []logRecord
	for _, r := range p.recs {
		ok := r.str("msg") == msg
		for k, v := range want {
			ok = ok && r.str(k) == v
		}
		if ok {
			out = append(out, r)
		}
	}
	return out
}

// waitLog waits for a log line with message msg and attributes want.
func (p *proc) waitLog(msg string, want map[string]string, within time.Duration) logRecord {
	p.t.Helper()
	deadline := time.After(within)
	for {
		p.mu.Lock()
		ch := p.changed
		p.mu.Unlock()
		if recs := p.find(msg, want); len(recs) > 0 {
			return recs[0]
		}
		select {
		case <-ch:
		case <-p.done:
			p.t.Fatalf("%s exited before logging %q %v", p.name, msg, want)
		case <-deadline:
			p.t.Fatalf("%s logged no %q %v within %v", p.name, msg, want, within)
		}
	}
}

// addr is the address a "... listening" line names.
func (p *proc) addr(msg string) string {
	p.t.Helper()
	return "http://" + p.waitLog(msg, nil, 30*time.Second).str("addr")
}

// kill sends SIGKILL, as a crash or the OOM killer would.
func (p *proc) kill() {
	p.cmd.Process.Kill()
	<-p.done
}

// stop sends SIGTERM and waits, killing after 20 s; the process must
// exit 0, which a race it detected would not.
func (p *proc) stop() {
	select {
	case <-p.done:
		return
	default:
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		if code := p.cmd.ProcessState.ExitCode(); code != 0 {
			p.t.Errorf("%s exited %d after SIGTERM, want 0", p.name, code)
		}
	case <-time.After(20 * time.Second):
		p.t.Errorf("%s did not stop within 20 s of SIGTERM", p.name)
		p.kill()
	}
}

// get fetches url and returns the status and body, or 0 when nothing
// answers.
func get(url string) (int, string) {
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// metricValue reads one series from a /metrics page, or -1.
func metricValue(page, series string) float64 {
	for _, line := range strings.Split(page, "\n") {
		if rest, ok := strings.CutPrefix(line, series+" "); ok {
			var v float64
			fmt.Sscan(rest, &v)
			return v
		}
	}
	return -1
}

// waitFor polls cond until it holds, for up to d.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, d)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// sortedKeys lists a map's keys in order, for messages.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
