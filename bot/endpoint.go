package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// MaxBodyBytes bounds an interaction request's body. Discord's payloads
// are a few KiB; the bound caps what an unauthenticated caller can make
// the endpoint read before the signature is checked.
const MaxBodyBytes = 64 << 10

// OutcomeBusy marks an interaction turned away because MaxInFlight were
// already being answered.
const OutcomeBusy Outcome = "busy"

const (
	defaultMaxInFlight = 64
	workTimeout        = time.Minute      // bounds a handler's context; handlers take milliseconds
	restTimeout        = 30 * time.Second // bounds completing one deferred answer
	shutdownGrace      = 10 * time.Second // bounds waiting for requests and answers in flight
)

// EndpointOptions configure an [Endpoint]; zero fields take the defaults.
type EndpointOptions struct {
	Logger      *slog.Logger       // default: discard
	Session     *discordgo.Session // REST client that completes deferred answers; default: discord.com, see [NewRESTSession]
	Metrics     *Metrics           // default: none
	Limiter     *RateLimiter       // per-user limit; default: none
	DeferAfter  time.Duration      // wait this long for an answer, then defer it; default DefaultDeferAfter
	MaxInFlight int                // interactions computed at once, deferred ones included; default 64
}

// Endpoint is the Interactions Endpoint URL transport: an http.Handler
// that receives interactions as Discord POSTs them and answers in the
// response body, through the same [Bot.HandleInteraction] as the gateway.
//
// Requests are checked in this order: method (405), size (413),
// signature and replay window (401), Content-Type (415), JSON (400);
// nothing of an unsigned body is parsed. An answer not ready within
// DeferAfter is deferred (type 5, or 6 for a button that pages its
// message) and completed later by editing the original response through
// the REST API. So is an answer with files, whenever it is ready: an HTTP
// response body cannot carry them.
type Endpoint struct {
	transport
	bot        *Bot
	verifier   *Verifier
	limiter    *RateLimiter
	deferAfter time.Duration
	slots      chan struct{} // one per interaction being computed or completed
}

// NewEndpoint returns an Endpoint answering for b the requests v accepts.
func NewEndpoint(b *Bot, v *Verifier, opts EndpointOptions) *Endpoint {
	e := &Endpoint{
		transport: transport{
			log:     opts.Logger,
			metrics: opts.Metrics,
			rest:    opts.Session,
			handle:  b.HandleInteraction,
		},
		bot:        b,
		verifier:   v,
		limiter:    opts.Limiter,
		deferAfter: opts.DeferAfter,
	}
	if e.log == nil {
		e.log = slog.New(slog.DiscardHandler)
	}
	if e.rest == nil {
		e.rest, _ = NewRESTSession("", "", opts.Metrics) // cannot fail without a URL to parse
	}
	if e.deferAfter <= 0 {
		e.deferAfter = DefaultDeferAfter
	}
	n := opts.MaxInFlight
	if n <= 0 {
		n = defaultMaxInFlight
	}
	e.slots = make(chan struct{}, n)
	return e
}

// Serve answers on ln until ctx ends, then shuts down gracefully: it stops
// accepting, lets requests in flight finish, and waits for deferred
// answers to be completed, each for up to ten seconds.
func (e *Endpoint) Serve(ctx context.Context, ln net.Listener) error {
	err := serveHTTP(ctx, ln, e, e.log)
	wctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	return errors.Join(err, e.Wait(wctx))
}

// Wait blocks until no interaction is being computed or completed, or ctx
// ends. Call it after the server has stopped taking requests.
func (e *Endpoint) Wait(ctx context.Context) error {
	// Holding every slot means nothing else holds one.
	for held := 0; held < cap(e.slots); held++ {
		select {
		case e.slots <- struct{}{}:
		case <-ctx.Done():
			busy := len(e.slots) - held
			for range held {
				<-e.slots
			}
			return fmt.Errorf("waiting for %d interactions in flight: %w", busy, ctx.Err())
		}
	}
	for range cap(e.slots) {
		<-e.slots
	}
	return nil
}

// ServeHTTP answers one interaction request.
func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		e.reject(w, r, http.StatusMethodNotAllowed, "method", "method not allowed")
		return
	}
	if r.ContentLength > MaxBodyBytes {
		e.reject(w, r, http.StatusRequestEntityTooLarge, "size", "body too large")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			e.reject(w, r, http.StatusRequestEntityTooLarge, "size", "body too large")
		} else {
			e.reject(w, r, http.StatusBadRequest, "read", "unreadable body")
		}
		return
	}
	if err := e.verifier.Verify(r.Header.Get(HeaderSignature), r.Header.Get(HeaderTimestamp), body); err != nil {
		reason := "signature"
		if errors.Is(err, ErrStaleTimestamp) {
			reason = "stale" // worth telling apart: a skewed clock rejects everything
		}
		e.log.Debug("interaction request rejected", "reason", err, "remote", r.RemoteAddr)
		e.reject(w, r, http.StatusUnauthorized, reason, "invalid request signature")
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		e.reject(w, r, http.StatusUnsupportedMediaType, "content_type", "content type must be application/json")
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		// Signed by Discord yet undecodable: discordgo and Discord disagree.
		e.log.Warn("undecodable interaction", "err", err)
		e.reject(w, r, http.StatusBadRequest, "json", "malformed interaction")
		return
	}
	if i.Type == discordgo.InteractionPing {
		e.write(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		e.metrics.ObserveInteraction("ping", OutcomeOK, time.Since(start))
		return
	}
	if resp, ok := e.limiter.Check(r.Context(), &i); !ok {
		x := e.refused(&i, start, resp, OutcomeRateLimited)
		e.write(w, x.resp)
		e.log.Info("interaction", "command", x.name, "outcome", x.outcome, "user", interactionUser(&i), "interaction", i.ID)
		return
	}
	e.answer(w, r, &i, readAttachmentLimit(body), start)
}

// job is one interaction being computed. Whichever of the request and the
// computation gets to it first under mu decides how the answer is sent:
// in the response body, or, once deferred, through REST.
type job struct {
	mu        sync.Mutex
	done      chan answerBody // what the request, if it still waits, writes
	deferred  *placeholder    // set when the answer goes through REST
	abandoned bool            // set when nobody can use the answer
	acked     chan struct{}   // closed once the placeholder is on the wire
}

// answerBody is what the request writes: the answer, or the placeholder
// that defers it.
type answerBody struct {
	v        any
	deferral bool
}

// answer computes i's response in its own goroutine and sends it in the
// body, or defers it if it takes longer than deferAfter or carries files.
func (e *Endpoint) answer(w http.ResponseWriter, r *http.Request, i *discordgo.Interaction, attachLimit int64, start time.Time) {
	timer := time.NewTimer(e.deferAfter - time.Since(start))
	defer timer.Stop()
	select {
	case e.slots <- struct{}{}:
	default:
		select {
		case e.slots <- struct{}{}:
		case <-timer.C:
			e.log.Warn("interaction turned away: too many in flight", "in_flight", cap(e.slots))
			e.write(w, e.refused(i, start, busyResponse(i), OutcomeBusy).resp)
			return
		case <-r.Context().Done():
			return
		}
	}
	j := &job{done: make(chan answerBody, 1), acked: make(chan struct{})}
	go e.run(j, i, attachLimit, start)

	select {
	case b := <-j.done:
		e.writeBody(w, j, b)
		return
	case <-timer.C:
	case <-r.Context().Done():
	}
	j.mu.Lock()
	select {
	case b := <-j.done: // finished as the timer fired
		j.mu.Unlock()
		e.writeBody(w, j, b)
		return
	default:
	}
	d, gone := placeholderFor(i), r.Context().Err() != nil
	if d == nil || gone {
		j.abandoned = true
	} else {
		j.deferred = d
	}
	j.mu.Unlock()
	switch {
	case gone:
	case d == nil: // autocomplete: a late list is useless, an empty one is valid
		e.write(w, busyResponse(i))
	default:
		e.write(w, e.deferWith(*d))
		close(j.acked)
	}
}

// writeBody writes b and, for a placeholder, lets the completion go.
func (e *Endpoint) writeBody(w http.ResponseWriter, j *job, b answerBody) {
	e.write(w, b.v)
	if b.deferral {
		close(j.acked)
	}
}

// run computes j's answer, then hands it to the waiting request or, if the
// request deferred or the answer has files, completes the interaction
// through REST. It logs one line per interaction.
func (e *Endpoint) run(j *job, i *discordgo.Interaction, attachLimit int64, start time.Time) {
	defer func() { <-e.slots }()
	ctx, cancel := context.WithTimeout(context.Background(), workTimeout)
	defer cancel()
	x := e.compute(withAttachmentLimit(ctx, attachLimit), i, start)

	j.mu.Lock()
	d, abandoned := j.deferred, j.abandoned
	if d == nil && !abandoned {
		if ph := placeholderFor(i); ph != nil && hasFiles(x.resp) {
			if ph.typ == discordgo.InteractionResponseDeferredChannelMessageWithSource {
				// The placeholder's visibility cannot be edited: give
				// it the answer's.
				ph.ephemeral = x.resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0
			}
			d, j.deferred = ph, ph
			j.done <- answerBody{v: e.deferWith(*ph), deferral: true}
		} else {
			j.done <- answerBody{v: x.resp}
		}
	}
	j.mu.Unlock()
	x.deferred, x.abandoned = d != nil, abandoned
	if d != nil {
		// Discord must have the placeholder before it accepts an edit.
		<-j.acked
		ctx, cancel := context.WithTimeout(context.Background(), restTimeout)
		x.err = e.complete(ctx, i, *d, x.resp)
		cancel()
	}
	e.finish(x)
}

// busyResponse answers an interaction there was no capacity for in time.
func busyResponse(i *discordgo.Interaction) *discordgo.InteractionResponse {
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return noChoices()
	}
	return Reply{Ephemeral: true, Content: "The bot is busy — please try again in a moment."}.InteractionResponse()
}

// write sends v as the 200 response, complete and flushed, so that Discord
// holds it before anything else happens to the interaction.
func (e *Endpoint) write(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		e.log.Error("encode interaction response", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write(b); err != nil {
		e.log.Debug("write interaction response", "err", err)
		return
	}
	_ = http.NewResponseController(w).Flush()
}

// reject answers a request that is not a valid interaction with a short
// JSON error, and counts it by reason.
func (e *Endpoint) reject(w http.ResponseWriter, _ *http.Request, code int, reason, msg string) {
	e.metrics.requestRejected(reason)
	writeJSON(w, code, map[string]string{"error": msg})
}

// serveHTTP serves h on ln until ctx ends, then shuts down gracefully.
// Server errors, including recovered handler panics, go to log.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelError),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err := srv.Shutdown(sctx)
	<-errc // http.ErrServerClosed, now that Shutdown has run
	if err != nil {
		return fmt.Errorf("shut down %s: %w", ln.Addr(), err)
	}
	return nil
}
