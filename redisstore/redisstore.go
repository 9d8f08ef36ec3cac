// Package redisstore keeps the state several iaibot processes share in
// Redis: each user's command budget (a GCRA limiter from redis_rate), and
// keys that one process claims first, which make the per-channel cooldown,
// the record of events already answered and the gateway login slots.
//
// It knows nothing of Discord: the bot hands it keys and durations, and
// decides itself what to do when Redis does not answer.
package redisstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"
)

// KeyPrefix starts every key the store writes, so that a Redis database
// kept for one bot can be told apart; give each bot a database of its
// own (redis://host:6379/N).
const KeyPrefix = "iaibot:"

// Timeouts: a Redis that takes longer than this to answer is as good as
// down for a bot that must reply within 3 s, and the bot falls back to
// its own memory rather than wait.
const (
	dialTimeout = time.Second
	ioTimeout   = 500 * time.Millisecond
)

// Store is a Redis database holding shared state. Its methods are safe
// for concurrent use.
type Store struct {
	rdb  *redis.Client
	rate *redis_rate.Limiter
	addr string
}

// Open connects lazily to the Redis that url names, such as
// redis://127.0.0.1:6379/0 or rediss://:password@host:6380/1; nothing is
// sent until the first call. The client library's own messages, such as
// each failed dial, go to log at debug level: the bot reports an outage
// itself, once.
func Open(url string, log *slog.Logger) (*Store, error) {
	opt, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("redis URL: %w", err)
	}
	if log != nil {
		// go-redis has one logger for the whole process.
		redis.SetLogger(debugLogger{log})
	}
	opt.DialTimeout = dialTimeout
	opt.DialerRetries = 1
	opt.ReadTimeout, opt.WriteTimeout = ioTimeout, ioTimeout
	opt.PoolTimeout = dialTimeout
	opt.ContextTimeoutEnabled = true
	// One retry gets past a pooled connection that died with a restarted
	// server; more would only delay the fallback.
	opt.MaxRetries = 1
	opt.DisableIdentity = true
	rdb := redis.NewClient(opt)
	return &Store{rdb: rdb, rate: redis_rate.NewLimiter(rdb), addr: opt.Addr}, nil
}

// debugLogger is go-redis's logger on slog.
type debugLogger struct{ log *slog.Logger }

func (l debugLogger) Printf(ctx context.Context, format string, v ...any) {
	l.log.DebugContext(ctx, "redis: "+fmt.Sprintf(format, v...))
}

// Addr is the server's host:port, for logs; it holds no password.
func (s *Store) Addr() string { return s.addr }

// Ping checks that the server answers.
func (s *Store) Ping(ctx context.Context) error {
	return s.rdb.Ping(ctx).Err()
}

// Allow spends one of key's budget of n events per period: a burst of n,
// refilled at n per period (GCRA). When the budget is spent, ok is false
// and retryAfter says when the next event would be allowed.
func (s *Store) Allow(ctx context.Context, key string, n int, per time.Duration) (ok bool, retryAfter time.Duration, err error) {
	res, err := s.rate.Allow(ctx, KeyPrefix+key, redis_rate.Limit{Rate: n, Burst: n, Period: per})
	if err != nil {
		return false, 0, fmt.Errorf("redis rate limit %s: %w", key, err)
	}
	return res.Allowed > 0, max(0, res.RetryAfter), nil
}

// Claim sets key for ttl unless it is set already (SET NX PX): claimed
// reports whether this call set it, and if not, left is how long the
// holder's claim has to run.
func (s *Store) Claim(ctx context.Context, key string, ttl time.Duration) (claimed bool, left time.Duration, err error) {
	k := KeyPrefix + key
	err = s.rdb.SetArgs(ctx, k, 1, redis.SetArgs{Mode: "NX", TTL: ttl}).Err()
	switch {
	case err == nil:
		return true, 0, nil
	case !errors.Is(err, redis.Nil):
		return false, 0, fmt.Errorf("redis claim %s: %w", key, err)
	}
	left, err = s.rdb.PTTL(ctx, k).Result()
	if err != nil {
		return false, 0, fmt.Errorf("redis claim %s: %w", key, err)
	}
	// -2: it expired in between; -1: no expiry, which Claim never makes.
	return false, max(left, 0), nil
}

// Mark sets key for ttl whether or not it is set (SET PX).
func (s *Store) Mark(ctx context.Context, key string, ttl time.Duration) error {
	if err := s.rdb.Set(ctx, KeyPrefix+key, 1, ttl).Err(); err != nil {
		return fmt.Errorf("redis mark %s: %w", key, err)
	}
	return nil
}

// Close closes the connections.
func (s *Store) Close() error { return s.rdb.Close() }
