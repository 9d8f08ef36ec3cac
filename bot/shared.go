package bot

import (
	"context"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// SharedStore is state that every process of a bot shares, such as a
// Redis database (package redisstore). Keys are the bot's own; the store
// adds its prefix.
type SharedStore interface {
	// Allow spends one of key's budget of n per period; when it is spent,
	// ok is false and retryAfter says when the next would be allowed.
	Allow(ctx context.Context, key string, n int, per time.Duration) (ok bool, retryAfter time.Duration, err error)
	// Claim sets key for ttl unless it is set: claimed reports whether
	// this call set it, and if not, left is how long the holder has.
	Claim(ctx context.Context, key string, ttl time.Duration) (claimed bool, left time.Duration, err error)
	// Mark sets key for ttl whether or not it is set.
	Mark(ctx context.Context, key string, ttl time.Duration) error
	// Ping checks that the store answers.
	Ping(ctx context.Context) error
}

// Shared is a [SharedStore] and what to do when it fails: fail open, to
// this process's memory. The per-user budgets, the per-channel cooldowns,
// the record of events already answered and the login slots are then
// kept per process, as without a store, so the bot keeps answering and
// each process still holds each user to the budget; a user whose commands
// reach several processes can get that many budgets until the store is
// back. Each fallback is counted in iaibot_redis_fallbacks_total, the
// outage is logged once as a warning and shown by iaibot_redis_up, and
// the store is pinged every second until it answers again.
//
// A nil *Shared is no store: every decision is the process's own.
type Shared struct {
	store   SharedStore
	log     *slog.Logger
	metrics *Metrics
	down    atomic.Bool

	mu      sync.Mutex
	probing bool
	closed  bool
	stop    chan struct{}
}

// Shared-state timing.
const (
	// sharedTimeout bounds one call: a store that takes longer is as good
	// as down for a bot that must reply within 3 s.
	sharedTimeout = time.Second
	// sharedProbeEvery is how often an unreachable store is pinged.
	sharedProbeEvery = time.Second
	// seenTTL is how long an answered event is remembered: a resumed
	// session replays events from minutes ago at most, and an
	// interaction's token lives 15 minutes.
	seenTTL = 15 * time.Minute
)

// NewShared wraps store, checking at once that it answers; if it does
// not, the bot starts on its own memory and switches to the store when it
// comes up.
func NewShared(store SharedStore, log *slog.Logger, m *Metrics) *Shared {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Shared{store: store, log: log, metrics: m, stop: make(chan struct{})}
	m.redisRegister()
	ctx, cancel := context.WithTimeout(context.Background(), sharedTimeout)
	defer cancel()
	if err := store.Ping(ctx); err != nil {
		s.failed("ping", err)
	} else {
		m.redisUp(true)
	}
	return s
}

// Close stops pinging an unreachable store.
func (s *Shared) Close() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		close(s.stop)
	}
}

// Up reports whether the store answered the last call.
func (s *Shared) Up() bool { return s != nil && !s.down.Load() }

// call runs f against the store unless it is down; ok is false when the
// caller must decide from its own memory.
func (s *Shared) call(ctx context.Context, op string, f func(ctx context.Context) error) (ok bool) {
	if s == nil {
		return false
	}
	if s.down.Load() {
		s.metrics.redisFallback(op)
		return false
	}
	if ctx == nil {
		ctx = context.Background()
	}
	// The caller's cancellation, at shutdown, must not read as an outage.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sharedTimeout)
	defer cancel()
	if err := f(ctx); err != nil {
		s.failed(op, err)
		s.metrics.redisFallback(op)
		return false
	}
	return true
}

// failed counts an error and, the first time, marks the store down and
// starts pinging it.
func (s *Shared) failed(op string, err error) {
	s.metrics.redisError(op)
	if s.down.Swap(true) {
		return
	}
	s.metrics.redisUp(false)
	s.log.Warn("shared state (Redis) unreachable; budgets, cooldowns, duplicate checks and login slots fall back to this process's memory until it answers",
		"op", op, "err", err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.probing || s.closed {
		return
	}
	s.probing = true
	go s.probe()
}

// probe pings the store until it answers.
func (s *Shared) probe() {
	t := time.NewTicker(sharedProbeEvery)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), sharedTimeout)
		err := s.store.Ping(ctx)
		cancel()
		if err != nil {
			continue
		}
		s.mu.Lock()
		s.probing = false
		s.mu.Unlock()
		s.down.Store(false)
		s.metrics.redisUp(true)
		s.log.Info("shared state (Redis) reachable again; budgets, cooldowns, duplicate checks and login slots are shared once more")
		return
	}
}

// allow spends one of key's budget r in the store; done is false when
// the caller must decide.
func (s *Shared) allow(ctx context.Context, key string, r Rate) (ok bool, retryAfter time.Duration, done bool) {
	done = s.call(ctx, "budget", func(ctx context.Context) (err error) {
		ok, retryAfter, err = s.store.Allow(ctx, key, r.N, r.Per)
		return err
	})
	return ok, retryAfter, done
}

// claim takes key for ttl if it is free; done is false when the caller
// must decide.
func (s *Shared) claim(ctx context.Context, op, key string, ttl time.Duration) (claimed bool, left time.Duration, done bool) {
	done = s.call(ctx, op, func(ctx context.Context) (err error) {
		claimed, left, err = s.store.Claim(ctx, key, ttl)
		return err
	})
	return claimed, left, done
}

// mark sets key for ttl; done is false when the store could not.
func (s *Shared) mark(ctx context.Context, op, key string, ttl time.Duration) (done bool) {
	return s.call(ctx, op, func(ctx context.Context) error { return s.store.Mark(ctx, key, ttl) })
}

// loginKey is the store's key for a login bucket's slot.
func loginKey(bucket int) string { return "login:" + strconv.Itoa(bucket) }
