package webchat

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"net/netip"
	"time"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/ratelimit"
)

// Limiter counts events against a rate shared by every process
// (store.Redis satisfies it).
type Limiter interface {
	Allow(ctx context.Context, key string, rate ratelimit.Rate) (ok bool, retry time.Duration, err error)
}

// Limits bound one client address and one conversation. A hotel's or a
// hospital's guests may share one public address, so the per-address
// limits leave room for many real patients; a flood from one address is
// cut to a trickle an operator can see (frontdoor_rate_limited_total).
type Limits struct {
	// StartPerAddress: new conversations from one address.
	StartPerAddress ratelimit.Rate
	// SendPerAddress: inputs from one address, all its conversations.
	SendPerAddress ratelimit.Rate
	// SendPerConversation: inputs of one conversation; a person types
	// and taps far slower.
	SendPerConversation ratelimit.Rate
	// CodePerAddress: attempts at a one-time code from one address.
	CodePerAddress ratelimit.Rate
}

// DefaultLimits are the limits a Server uses when given none.
func DefaultLimits() Limits {
	return Limits{
		StartPerAddress:     ratelimit.Rate{Events: 60, Per: time.Hour, Burst: 20},
		SendPerAddress:      ratelimit.Rate{Events: 300, Per: time.Minute, Burst: 100},
		SendPerConversation: ratelimit.Rate{Events: 60, Per: time.Minute, Burst: 30},
		CodePerAddress:      ratelimit.Rate{Events: 10, Per: time.Hour, Burst: 5},
	}
}

// addressKey names a client address for the limits: IPv4 as is, IPv6 by
// its /64, which one subscriber usually holds whole.
func addressKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return "?"
	}
	a = a.Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// allow counts one event under limit name for key. A Redis failure lets
// the event through (logged): the limits protect the queue, and a patient
// in an emergency must not be refused because a counter is unreachable.
func (s *Server) allow(r *http.Request, name, key string, rate ratelimit.Rate) (bool, time.Duration) {
	ok, retry, err := s.Limiter.Allow(r.Context(), "web:"+name+":"+key, rate)
	if err != nil {
		s.Log.WarnContext(r.Context(), "webchat: rate limit unavailable", "limit", name, "err", err)
		return true, 0
	}
	if !ok && s.Metrics != nil {
		s.Metrics.RateLimited.WithLabelValues("web_" + name).Inc()
	}
	return ok, retry
}

// refuseRate answers a request over a limit: 429 with Retry-After and a
// kind message in the reader's language that still gives the emergency
// number.
func (s *Server) refuseRate(w http.ResponseWriter, lang string, retry time.Duration) {
	w.Header().Set("Retry-After", fmt.Sprint(max(1, int(math.Ceil(retry.Seconds())))))
	s.fail(w, http.StatusTooManyRequests, "rate_limited", s.rateMessage(lang))
}

func (s *Server) rateMessage(lang string) string {
	return s.Text.Text(lang, "webchat_rate_limited", map[string]any{"Emergency": numerals.In(lang, s.Emergency)})
}
