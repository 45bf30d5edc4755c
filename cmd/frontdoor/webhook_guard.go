package main

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/frontdoor-health/frontdoor/store"
)

// webhookSecretHeader is where Telegram puts the webhook's secret token.
const webhookSecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// webhookBackoff locks an address out of the webhook after repeated wrong
// secrets: 10 within 10 minutes, then a minute doubling up to an hour.
var webhookBackoff = store.Backoff{Threshold: 10, Base: time.Minute, Max: time.Hour, Window: 10 * time.Minute}

// wrongSecretLogEvery bounds the log: one line per interval, with a count,
// however many guesses arrive (300 guesses in 0.18 s were 300 lines).
const wrongSecretLogEvery = time.Minute

// lockRecheck is how long an address found not locked is taken as not
// locked without asking Redis again. Asking on every update was one Redis
// round trip of the ten an update cost. A lock set by another process is
// learnt here by the next wrong secret at the latest (Fail returns it), so
// it still stops the guessing: after a lock, at most one more guess per
// process is checked against the secret (and answered 401, not 429).
const lockRecheck = time.Second

// maxLockEntries bounds what the guard remembers of addresses (one entry
// per address that wrote in the last lockRecheck, or is locked).
const maxLockEntries = 10_000

// failureCounter counts failures per key and locks a key out
// (store.Throttle).
type failureCounter interface {
	Fail(ctx context.Context, key string) (time.Duration, error)
	Locked(ctx context.Context, key string) (time.Duration, error)
}

// webhookGuard stands in front of the Telegram webhook: it checks the
// secret (in constant time), refuses an address that keeps guessing with
// 429 before looking at its secret, counts wrong secrets in a metric and
// logs them aggregated. A request with the right secret from an address
// that is not locked goes to next.
type webhookGuard struct {
	want     [32]byte
	next     http.Handler
	failures failureCounter
	clientIP func(*http.Request) string
	wrong    prometheus.Counter
	// responses counts the guard's refusals with the webhook's answers
	// (frontdoor_webhook_responses_total), so the metric still counts
	// every answer; nil counts none.
	responses *prometheus.CounterVec
	log       *slog.Logger
	now       func() time.Time

	mu        sync.Mutex
	pending   int // wrong secrets since the last log line
	addresses map[string]bool
	lastLog   time.Time
	known     map[string]lockState // by key, what Redis said lately
}

// lockState is what the guard knows of a key's lock until checked: locked
// (or not) until until.
type lockState struct {
	locked bool
	until  time.Time
}

func newWebhookGuard(secret string, next http.Handler, failures failureCounter, clientIP func(*http.Request) string,
	wrong prometheus.Counter, log *slog.Logger) *webhookGuard {
	return &webhookGuard{want: sha256.Sum256([]byte(secret)), next: next, failures: failures, clientIP: clientIP,
		wrong: wrong, log: log, now: time.Now, addresses: map[string]bool{}, known: map[string]lockState{}}
}

func (g *webhookGuard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	addr := g.clientIP(r)
	key := addr
	if a, err := netip.ParseAddr(addr); err == nil && a.Is6() && !a.Is4In6() {
		p, _ := a.Prefix(64)
		key = p.String()
	}
	ctx := r.Context()
	if wait := g.locked(ctx, key); wait > 0 {
		g.note(addr)
		w.Header().Set("Retry-After", fmt.Sprint(int(math.Ceil(wait.Seconds()))))
		g.refuse(w, http.StatusTooManyRequests, "too many wrong secrets")
		return
	}
	got := sha256.Sum256([]byte(r.Header.Get(webhookSecretHeader)))
	if subtle.ConstantTimeCompare(got[:], g.want[:]) == 1 {
		g.next.ServeHTTP(w, r)
		return
	}
	if wait, err := g.failures.Fail(ctx, key); err != nil {
		g.log.WarnContext(ctx, "webhook: count a wrong secret", "err", err)
	} else if wait > 0 {
		g.learn(key, lockState{locked: true, until: g.now().Add(wait)})
	}
	g.note(addr)
	g.refuse(w, http.StatusUnauthorized, "unauthorized")
}

// locked returns how much longer key is locked out (0: not locked), from
// what the guard learnt lately or else from Redis. When Redis cannot say,
// the key is not locked: Telegram's updates go on.
func (g *webhookGuard) locked(ctx context.Context, key string) time.Duration {
	now := g.now()
	g.mu.Lock()
	st, ok := g.known[key]
	g.mu.Unlock()
	if ok && now.Before(st.until) {
		if st.locked {
			return st.until.Sub(now)
		}
		return 0
	}
	wait, err := g.failures.Locked(ctx, key)
	if err != nil {
		return 0
	}
	if wait > 0 {
		g.learn(key, lockState{locked: true, until: now.Add(wait)})
	} else {
		g.learn(key, lockState{until: now.Add(lockRecheck)})
	}
	return wait
}

// learn records what the guard now knows of key's lock.
func (g *webhookGuard) learn(key string, st lockState) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.known) >= maxLockEntries {
		now := g.now()
		for k, v := range g.known {
			if !now.Before(v.until) {
				delete(g.known, k)
			}
		}
		if len(g.known) >= maxLockEntries {
			// Mostly live entries: forget them all rather than grow. A
			// forgotten lock is read from Redis again.
			g.known = map[string]lockState{}
		}
	}
	g.known[key] = st
}

func (g *webhookGuard) refuse(w http.ResponseWriter, status int, msg string) {
	if g.responses != nil {
		g.responses.WithLabelValues(fmt.Sprint(status)).Inc()
	}
	http.Error(w, msg, status)
}

// note counts a wrong secret and logs the count at most once per interval.
func (g *webhookGuard) note(addr string) {
	g.wrong.Inc()
	g.mu.Lock()
	defer g.mu.Unlock()
	g.pending++
	if len(g.addresses) < 1000 {
		g.addresses[addr] = true
	}
	now := g.now()
	if now.Sub(g.lastLog) < wrongSecretLogEvery {
		return
	}
	g.log.Warn("webhook: requests with a wrong secret", "count", g.pending, "addresses", len(g.addresses),
		"since", g.lastLog.Format(time.RFC3339))
	g.pending, g.addresses, g.lastLog = 0, map[string]bool{}, now
}
