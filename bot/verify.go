package bot

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The headers Discord signs each interaction request with.
const (
	HeaderSignature = "X-Signature-Ed25519"   // hex Ed25519 signature of timestamp + body
	HeaderTimestamp = "X-Signature-Timestamp" // Unix seconds, as a decimal string
)

// DefaultReplayWindow is how far a request's signed timestamp may be from
// the local clock, either way. Discord signs each request as it sends it,
// so anything older is a replay of a captured request.
const DefaultReplayWindow = 5 * time.Minute

// Reasons Verify rejects a request. All of them mean 401 to the caller;
// they differ only in logs.
var (
	ErrMissingSignature = errors.New("missing " + HeaderSignature + " or " + HeaderTimestamp)
	ErrBadSignature     = errors.New("invalid request signature")
	ErrBadTimestamp     = errors.New("malformed " + HeaderTimestamp)
	ErrStaleTimestamp   = errors.New(HeaderTimestamp + " outside the replay window")
)

// ParsePublicKey decodes an application's public key as the developer
// portal shows it: 64 hex digits.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("public key: %w", err)
	}
	if len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("public key: %d bytes, want %d", len(b), ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// Verifier checks that a request came from Discord, recently: an Ed25519
// signature by the application's public key over the timestamp header and
// the raw body, with the timestamp inside a replay window.
type Verifier struct {
	key    ed25519.PublicKey
	window time.Duration
	now    func() time.Time // the clock, swapped in tests
}

// NewVerifier returns a Verifier for key with [DefaultReplayWindow].
func NewVerifier(key ed25519.PublicKey) *Verifier {
	return &Verifier{key: key, window: DefaultReplayWindow, now: time.Now}
}

// Verify returns nil when signature (hex) signs timestamp+body under the
// key and timestamp is within the replay window of now.
func (v *Verifier) Verify(signature, timestamp string, body []byte) error {
	if signature == "" || timestamp == "" {
		return ErrMissingSignature
	}
	sig, err := hex.DecodeString(signature)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return ErrBadSignature
	}
	ts, err := parseTimestamp(timestamp)
	if err != nil {
		return err
	}
	// Sub saturates instead of overflowing, so absurd timestamps land
	// outside the window rather than wrapping into it.
	if d := v.now().Sub(ts); d > v.window || d < -v.window {
		return ErrStaleTimestamp
	}
	// ed25519.Verify panics on a key of the wrong size.
	if len(v.key) != ed25519.PublicKeySize {
		return ErrBadSignature
	}
	msg := make([]byte, 0, len(timestamp)+len(body))
	msg = append(append(msg, timestamp...), body...)
	if !ed25519.Verify(v.key, msg, sig) {
		return ErrBadSignature
	}
	return nil
}

// parseTimestamp reads Unix seconds. Discord sends plain digits; a sign,
// spaces or a fraction mean the request did not come from Discord.
func parseTimestamp(s string) (time.Time, error) {
	if len(s) > 19 {
		return time.Time{}, ErrBadTimestamp
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return time.Time{}, ErrBadTimestamp
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, ErrBadTimestamp
	}
	return time.Unix(n, 0), nil
}
