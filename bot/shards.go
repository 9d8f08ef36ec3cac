package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Gateway is every gateway shard one process runs, each a [Live], sharing
// the Bot, the rate limiter, the metrics and the login pacer. A bot that
// is not sharded is a Gateway of one Live.
type Gateway struct {
	lives []*Live
	log   *slog.Logger
}

// GatewayInfo is what GET /gateway/bot says about the bot's shards.
type GatewayInfo struct {
	Shards         int // shards Discord recommends
	MaxConcurrency int // login buckets: shards that may log in together
	Remaining      int // logins left before the daily limit resets
	ResetAfter     time.Duration
}

// FetchGatewayInfo asks Discord for the recommended shard count and the
// login concurrency, retrying with backoff while the failure may pass.
func FetchGatewayInfo(ctx context.Context, s *discordgo.Session, log *slog.Logger) (GatewayInfo, error) {
	wait := time.Second
	for {
		gb, err := s.GatewayBot(discordgo.WithContext(ctx))
		if err == nil {
			return GatewayInfo{
				Shards:         gb.Shards,
				MaxConcurrency: max(1, gb.SessionStartLimit.MaxConcurrency),
				Remaining:      gb.SessionStartLimit.Remaining,
				ResetAfter:     time.Duration(gb.SessionStartLimit.ResetAfter) * time.Millisecond,
			}, nil
		}
		var re *discordgo.RESTError
		if errors.As(err, &re) && re.Response != nil && (re.Response.StatusCode == http.StatusUnauthorized || re.Response.StatusCode == http.StatusForbidden) {
			return GatewayInfo{}, fmt.Errorf("GET /gateway/bot: the bot was refused (check DISCORD_TOKEN): %w", err)
		}
		log.Warn("cannot ask Discord about shards (GET /gateway/bot); retrying", "err", err, "retry_in", wait)
		if sleep(ctx, wait) != nil {
			return GatewayInfo{}, ctx.Err()
		}
		wait = min(2*wait, time.Minute)
	}
}

// NewGateway prepares the shards cfg.Sharding names. A sharded bot asks
// Discord first (GET /gateway/bot) for max_concurrency, which decides the
// login buckets, and for the shard count when it is "auto". opts apply to
// every shard; opts.Shard and opts.Pacer are set here, the pacer sharing
// login slots through opts.Shared.
func NewGateway(ctx context.Context, cfg Config, b *Bot, opts LiveOptions) (*Gateway, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	g := &Gateway{log: log}
	sh := cfg.Sharding
	if !sh.sharded() {
		opts.Pacer = NewLoginPacer(1, opts.Shared)
		l, err := NewLive(cfg, b, opts)
		if err != nil {
			return nil, err
		}
		g.lives = []*Live{l}
		return g, nil
	}
	apiURL := ""
	if cfg.APIURL != nil {
		apiURL = cfg.APIURL.String()
	}
	rest, err := NewRESTSession(apiURL, cfg.Token, opts.Metrics)
	if err != nil {
		return nil, err
	}
	info, err := FetchGatewayInfo(ctx, rest, log)
	if err != nil {
		return nil, err
	}
	if sh.Auto {
		sh.Count = max(1, info.Shards)
	}
	ids := sh.IDs
	if ids == nil {
		for id := range sh.Count {
			ids = append(ids, id)
		}
	}
	if last := ids[len(ids)-1]; last >= sh.Count {
		return nil, fmt.Errorf("shard %d does not exist: Discord recommends %d shards (IAI_SHARD_COUNT=auto), numbered from 0", last, sh.Count)
	}
	if info.Remaining < len(ids) {
		log.Warn("Discord allows fewer logins today than this process has shards; the rest will be refused until the limit resets",
			"logins_left", info.Remaining, "shards", len(ids), "reset_after", info.ResetAfter)
	}
	log.Info("running shards", "shards", fmt.Sprint(ids), "shard_count", sh.Count, "max_concurrency", info.MaxConcurrency)
	pacer := NewLoginPacer(info.MaxConcurrency, opts.Shared)
	for _, id := range ids {
		o := opts
		o.Shard, o.Pacer = Shard{ID: id, Count: sh.Count}, pacer
		l, err := NewLive(cfg, b, o)
		if err != nil {
			return nil, err
		}
		g.lives = append(g.lives, l)
	}
	return g, nil
}

// Shards lists the shards this process runs.
func (g *Gateway) Shards() []Shard {
	out := make([]Shard, len(g.lives))
	for n, l := range g.lives {
		out[n] = l.shard
	}
	return out
}

// AddChecks makes a's /readyz wait for every shard: "gateway" for a bot
// that is not sharded, "gateway shard N" for each shard of one that is.
func (g *Gateway) AddChecks(a *Admin) {
	for _, l := range g.lives {
		name := "gateway"
		if l.shard.sharded() {
			name = fmt.Sprintf("gateway shard %d", l.shard.ID)
		}
		a.AddCheck(name, l)
	}
}

// Run runs every shard until ctx ends, then shuts them all down as
// [Live.Run] does. If a shard cannot go online at all, such as for a
// rejected token, the others are stopped too and its error returned.
func (g *Gateway) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	for _, l := range g.lives {
		wg.Go(func() {
			if err := l.Run(ctx); err != nil {
				mu.Lock()
				if first == nil {
					first = err
				}
				mu.Unlock()
				cancel()
			}
		})
	}
	wg.Wait()
	return first
}
