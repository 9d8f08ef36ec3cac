package redisstore

import (
	"context"
	"testing"
	"time"

	"github.com/iaibot/iaibot/internal/testsupport"
)

func mustOpen(t *testing.T, url string) *Store {
	t.Helper()
	s, err := Open(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestClaimAndMark: the first claim of a key wins until its time runs
// out; the losers learn how long that is; a mark sets it regardless.
func TestClaimAndMark(t *testing.T) {
	t.Parallel()
	r := testsupport.StartRedis(t)
	a, b := mustOpen(t, r.URL()), mustOpen(t, r.URL()) // two processes
	ctx := t.Context()
	if claimed, _, err := a.Claim(ctx, "slot", 300*time.Millisecond); err != nil || !claimed {
		t.Fatalf("first claim = %v, %v; want it", claimed, err)
	}
	claimed, left, err := b.Claim(ctx, "slot", 300*time.Millisecond)
	if err != nil || claimed || left <= 0 || left > 300*time.Millisecond {
		t.Fatalf("second claim = %v, %v left, %v; want refused with up to 300ms left", claimed, left, err)
	}
	time.Sleep(left + 20*time.Millisecond)
	if claimed, _, err := b.Claim(ctx, "slot", time.Second); err != nil || !claimed {
		t.Errorf("claim after expiry = %v, %v; want it", claimed, err)
	}
	if err := a.Mark(ctx, "slot", 2*time.Second); err != nil {
		t.Fatal(err)
	}
	if _, left, _ := b.Claim(ctx, "slot", time.Second); left <= time.Second {
		t.Errorf("after a 2 s mark, %v left; want more than 1 s", left)
	}
}

// TestAllow: a budget of 5 per 10 s is shared by every client: a burst
// of five passes, the sixth waits about 2 s (10 s / 5), and another key
// has its own budget.
func TestAllow(t *testing.T) {
	t.Parallel()
	r := testsupport.StartRedis(t)
	stores := []*Store{mustOpen(t, r.URL()), mustOpen(t, r.URL())}
	ctx := t.Context()
	for n := range 5 {
		if ok, _, err := stores[n%2].Allow(ctx, "budget:u1", 5, 10*time.Second); err != nil || !ok {
			t.Fatalf("command %d refused: %v", n+1, err)
		}
	}
	ok, retry, err := stores[1].Allow(ctx, "budget:u1", 5, 10*time.Second)
	if err != nil || ok || retry <= time.Second || retry > 2*time.Second {
		t.Errorf("sixth command = %v, retry after %v, %v; want refused for up to 2 s", ok, retry, err)
	}
	if ok, _, err := stores[0].Allow(ctx, "budget:u2", 5, 10*time.Second); err != nil || !ok {
		t.Errorf("another user refused: %v", err)
	}
}

// TestDownServer: with the server gone every call fails, quickly, and
// works again once it is back.
func TestDownServer(t *testing.T) {
	t.Parallel()
	r := testsupport.StartRedis(t)
	s := mustOpen(t, r.URL())
	ctx := t.Context()
	if err := s.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	r.Stop()
	start := time.Now()
	if _, _, err := s.Claim(ctx, "k", time.Second); err == nil {
		t.Error("claim on a stopped server succeeded")
	}
	if _, _, err := s.Allow(ctx, "k", 1, time.Second); err == nil {
		t.Error("allow on a stopped server succeeded")
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("failing took %v", took)
	}
	r.Start()
	deadline := time.Now().Add(5 * time.Second)
	for s.Ping(ctx) != nil {
		if time.Now().After(deadline) {
			t.Fatal("no answer 5 s after the server came back")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if claimed, _, err := s.Claim(context.Background(), "k", time.Second); err != nil || !claimed {
		t.Errorf("claim after the restart = %v, %v", claimed, err)
	}
}

func TestOpenRejectsBadURLs(t *testing.T) {
	for _, u := range []string{"localhost:6379", "http://localhost", "redis://h:p/x"} {
		if _, err := Open(u, nil); err == nil {
			t.Errorf("Open(%q) accepted it", u)
		}
	}
}
