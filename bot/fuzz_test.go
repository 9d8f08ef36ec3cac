package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// FuzzInteraction POSTs arbitrary bytes, correctly signed, to the
// endpoint: the decoding path a compromised or buggy peer could reach
// (json.Unmarshal into discordgo.Interaction, then HandleInteraction).
// Nothing may panic; the only refusals allowed are 400 for JSON discordgo
// cannot decode and 413 for an oversized body; every answer must fit
// Discord's schema and limits.
func FuzzInteraction(f *testing.F) {
	f.Add([]byte(`{"type":1}`))
	f.Add([]byte(`{"type":2,"data":{"name":"iai","type":1,"options":[{"name":"search","type":1,"options":[{"name":"query","type":3,"value":"HIV"}]}]}}`))
	// A fuzz function may not log through its *testing.F, and the
	// endpoint's logger is fixed when it is built, before any iteration:
	// each iteration points the log at its own t.
	logs := testsupport.NewLogWriter(f)
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b := mustSeedBot(f)
	b.log = log
	ep := NewEndpoint(b, NewVerifier(testsupport.PublicKey()), EndpointOptions{
		Logger:     log,
		DeferAfter: time.Minute, // answers stay in the body: no REST client to fake
	})
	var panicked atomic.Pointer[string]
	ep.handle = func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, string, Outcome) {
		defer func() {
			if p := recover(); p != nil {
				s := fmt.Sprintf("%v\n%s", p, debug.Stack())
				panicked.Store(&s)
				panic(p) // the endpoint's own recovery answers the user
			}
		}()
		return b.HandleInteraction(ctx, i)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		logs.SetT(t)
		defer logs.SetT(nil)
		panicked.Store(nil)
		w := httptest.NewRecorder()
		ep.ServeHTTP(w, testsupport.SignedRequest(t, "/", body, time.Now()))
		// Answers are computed in a goroutine, which logs after replying.
		if err := ep.Wait(context.Background()); err != nil {
			t.Fatal(err)
		}
		if p := panicked.Load(); p != nil {
			t.Fatalf("HandleInteraction panicked on %q: %s", body, *p)
		}
		switch w.Code {
		case http.StatusOK:
		case http.StatusBadRequest:
			return // discordgo cannot decode it; Discord never sends such a body
		case http.StatusRequestEntityTooLarge:
			if len(body) <= MaxBodyBytes {
				t.Fatalf("413 for %d bytes", len(body))
			}
			return
		default:
			t.Fatalf("status %d for %q: %s", w.Code, body, w.Body)
		}
		if err := discordtest.ValidateInteractionCallback(w.Body.Bytes()); err != nil {
			t.Fatalf("answer to %q breaks Discord's schema: %v\n%s", body, err, w.Body)
		}
	})
}

// FuzzVerify feeds arbitrary headers and bodies to the verifier. It must
// never panic, never accept what Ed25519 rejects or a timestamp outside
// the window, always accept a genuine signature with a timestamp inside
// it, and reject that signature once any one bit of the body changes.
func FuzzVerify(f *testing.F) {
	now := time.Unix(1735689600, 0)
	f.Add("1735689600", []byte(`{"type":1}`), "", uint(0))
	f.Add("1735689300", []byte{}, strings.Repeat("0", 128), uint(7))
	pub := testsupport.PublicKey()
	v := NewVerifier(pub)
	v.now = func() time.Time { return now }
	inWindow := func(ts string) bool {
		if ts == "" || len(ts) > 19 || strings.TrimLeft(ts, "0123456789") != "" {
			return false
		}
		n, err := strconv.ParseInt(ts, 10, 64)
		if err != nil {
			return false
		}
		d := now.Unix() - n
		return d >= -300 && d <= 300
	}
	f.Fuzz(func(t *testing.T, ts string, body []byte, sig string, flip uint) {
		if err := v.Verify(sig, ts, body); err == nil {
			raw, _ := hex.DecodeString(sig)
			if !ed25519.Verify(pub, append([]byte(ts), body...), raw) {
				t.Fatalf("accepted a signature Ed25519 rejects: ts=%q sig=%q", ts, sig)
			}
			if !inWindow(ts) {
				t.Fatalf("accepted timestamp %q outside the window", ts)
			}
		}
		good := testsupport.Sign(ts, body)
		err := v.Verify(good, ts, body)
		if want := inWindow(ts); (err == nil) != want {
			t.Fatalf("genuine signature, timestamp %q: Verify = %v, want ok=%v", ts, err, want)
		}
		if err == nil && len(body) > 0 {
			bad := bytes.Clone(body)
			bad[flip%uint(len(bad))] ^= 1 << (flip / uint(len(bad)) % 8)
			if err := v.Verify(good, ts, bad); err != ErrBadSignature {
				t.Fatalf("body with a flipped bit: Verify = %v, want ErrBadSignature", err)
			}
		}
	})
}
