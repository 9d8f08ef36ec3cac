package testsupport

import (
	"encoding/hex"
	"testing"
)

// TestKeyIsRFC8032 checks the key against RFC 8032 section 7.1, TEST 1,
// whose message is empty: a signature made here can then be checked with
// any Ed25519 implementation.
func TestKeyIsRFC8032(t *testing.T) {
	if got := hex.EncodeToString(PublicKey()); got != RFC8032Public {
		t.Errorf("public key %s, want %s", got, RFC8032Public)
	}
	const want = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
	if got := Sign("", nil); got != want {
		t.Errorf("signature of the empty message %s, want %s", got, want)
	}
}
