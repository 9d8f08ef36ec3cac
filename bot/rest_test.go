package bot

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestNewRESTTransport checks which API URLs are accepted and where a
// request for discord.com then goes.
func TestNewRESTTransport(t *testing.T) {
	cases := []struct {
		url      string
		wantErr  bool
		wantHost string // where a discord.com request goes
	}{
		{"", false, "discord.com"},
		{"https://discord.com", false, "discord.com"},
		{"https://discord.com/", false, "discord.com"},
		{"http://127.0.0.1:9999", false, "127.0.0.1:9999"},
		{"http://proxy.internal:8080/", false, "proxy.internal:8080"},
		{"ftp://discord.com", true, ""},
		{"http://127.0.0.1:9999/api/v9", true, ""},
		{"127.0.0.1:9999", true, ""},
		{"http://h/?q=1", true, ""},
	}
	for _, tc := range cases {
		var seen string
		rt, err := NewRESTTransport(tc.url, roundTripFunc(func(r *http.Request) (*http.Response, error) {
			seen = r.URL.Host
			return &http.Response{StatusCode: http.StatusNoContent, Body: http.NoBody, Request: r}, nil
		}), nil)
		if (err != nil) != tc.wantErr {
			t.Errorf("NewRESTTransport(%q) error = %v, want error %v", tc.url, err, tc.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		req := httptest.NewRequest(http.MethodGet, "https://discord.com/api/v9/users/@me", nil)
		if _, err := rt.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
		if seen != tc.wantHost {
			t.Errorf("NewRESTTransport(%q) sent to %q, want %q", tc.url, seen, tc.wantHost)
		}
		if req.URL.Host != "discord.com" {
			t.Errorf("NewRESTTransport(%q) modified the caller's request", tc.url)
		}
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
