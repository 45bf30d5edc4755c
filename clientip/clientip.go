// Package clientip finds the address of the client behind an HTTP request,
// trusting X-Forwarded-For only from the reverse proxies it is told of.
// The lock-outs and rate limits key on this address: behind a proxy the
// connection's address is the proxy's, shared by everyone, and a header
// from anyone else is whatever the attacker wrote.
package clientip

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Resolver returns client addresses. Its zero value trusts no proxy and
// returns the connection's address. Safe for concurrent use.
type Resolver struct {
	// Trusted are the reverse proxies whose X-Forwarded-For is believed.
	Trusted []netip.Prefix
}

// Addr returns the client's address for r: the connection's address,
// unless that is a trusted proxy; then X-Forwarded-For is read from the
// right (the hop nearest us) past every trusted proxy, and the first
// address not trusted is the client's. A malformed entry ends the walk at
// the last address known good, so a forged header can name no one else.
func (res Resolver) Addr(r *http.Request) string {
	remote := remoteAddr(r)
	a, err := netip.ParseAddr(remote)
	if err != nil || !res.trusted(a) {
		return remote
	}
	hops := forwarded(r.Header.Values("X-Forwarded-For"))
	client := a
	for i := len(hops) - 1; i >= 0; i-- {
		h, err := netip.ParseAddr(hops[i])
		if err != nil {
			break
		}
		client = h.Unmap()
		if !res.trusted(client) {
			break
		}
	}
	return client.String()
}

func (res Resolver) trusted(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range res.Trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// forwarded splits every X-Forwarded-For header into its hops, in order.
func forwarded(values []string) []string {
	var hops []string
	for _, v := range values {
		for h := range strings.SplitSeq(v, ",") {
			h = strings.TrimSpace(h)
			// "[2001:db8::1]:443" and "192.0.2.1:80" appear in the wild.
			if ap, err := netip.ParseAddrPort(h); err == nil {
				h = ap.Addr().String()
			}
			hops = append(hops, h)
		}
	}
	return hops
}

func remoteAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	if a, err := netip.ParseAddr(host); err == nil {
		return a.Unmap().String()
	}
	return host
}
