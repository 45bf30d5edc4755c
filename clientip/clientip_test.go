package clientip

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestAddr(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("fd00::/8")}
	for _, tc := range []struct {
		name, remote string
		xff          []string
		trusted      []netip.Prefix
		want         string
	}{
		{"no proxy trusted: header ignored", "203.0.113.9:5000", []string{"198.51.100.1"}, nil, "203.0.113.9"},
		{"untrusted sender: header ignored", "203.0.113.9:5000", []string{"198.51.100.1"}, proxies, "203.0.113.9"},
		{"trusted proxy names the client", "10.0.0.2:5000", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"forged left entries ignored", "10.0.0.2:5000", []string{"1.2.3.4, 198.51.100.1"}, proxies, "198.51.100.1"},
		{"chain of trusted proxies", "10.0.0.2:5000", []string{"198.51.100.1, 10.1.1.1", "10.2.2.2"}, proxies, "198.51.100.1"},
		{"garbage stops the walk", "10.0.0.2:5000", []string{"198.51.100.1, nonsense"}, proxies, "10.0.0.2"},
		{"no header: the proxy itself", "10.0.0.2:5000", nil, proxies, "10.0.0.2"},
		{"ipv6 proxy and port in header", "[fd00::1]:443", []string{"[2001:db8::7]:1234"}, proxies, "2001:db8::7"},
		{"mapped ipv4", "[::ffff:10.0.0.2]:80", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tc.remote
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := (Resolver{Trusted: tc.trusted}).Addr(r); got != tc.want {
				t.Errorf("Addr = %q, want %q", got, tc.want)
			}
		})
	}
}
