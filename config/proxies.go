package config

import (
	"fmt"
	"net/netip"
	"strings"
)

// ParseProxies reads FRONTDOOR_TRUSTED_PROXIES' entries: addresses
// ("10.0.0.5") or prefixes ("10.0.0.0/8", "fd00::/8"). An empty list trusts
// no proxy.
func ParseProxies(entries []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, e := range entries {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		if strings.Contains(e, "/") {
			p, err := netip.ParsePrefix(e)
			if err != nil {
				return nil, fmt.Errorf("%q is not an address or a CIDR prefix", e)
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(e)
		if err != nil {
			return nil, fmt.Errorf("%q is not an address or a CIDR prefix", e)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
