package main

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/frontdoor-health/frontdoor/clientip"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// Wrong webhook secrets are throttled per address and logged in aggregate
// (issue 11, break 5: 300 guesses took 0.18 s and wrote 300 log lines);
// Telegram, with the right secret from its own address, goes through.
func TestWebhookGuardThrottlesWrongSecrets(t *testing.T) {
	rd := storetest.NewRedis(t)
	const secret = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"
	var reached atomic.Int32
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { reached.Add(1) })
	var logs bytes.Buffer
	m := metrics.New()
	g := newWebhookGuard(secret, next, rd.Throttle("webhook:secret", webhookBackoff), clientip.Resolver{}.Addr,
		m.WebhookWrongSecret, slog.New(slog.NewTextHandler(&logs, nil)))

	post := func(from, token string) int {
		r := httptest.NewRequest(http.MethodPost, "/telegram/webhook", strings.NewReader(`{}`))
		r.RemoteAddr = from + ":4000"
		r.Header.Set(webhookSecretHeader, token)
		w := httptest.NewRecorder()
		g.ServeHTTP(w, r)
		return w.Code
	}
	statuses := map[int]int{}
	for i := range 300 {
		statuses[post("203.0.113.66", "guess"+strings.Repeat("x", i%7))]++
	}
	if statuses[http.StatusUnauthorized] != webhookBackoff.Threshold || statuses[http.StatusTooManyRequests] != 300-webhookBackoff.Threshold {
		t.Errorf("300 guesses got %v; want %d × 401 then 429s", statuses, webhookBackoff.Threshold)
	}
	// Once locked, even the right secret from that address is refused: the
	// lock stops guessing, not just wrong guesses.
	if got := post("203.0.113.66", secret); got != http.StatusTooManyRequests {
		t.Errorf("the right secret from the locked address = %d, want 429", got)
	}
	if got := post("149.154.167.220", secret); got != http.StatusOK || reached.Load() != 1 {
		t.Errorf("Telegram's request = %d (reached %d), want 200 once", got, reached.Load())
	}
	if n := strings.Count(logs.String(), "wrong secret"); n > 2 {
		t.Errorf("%d log lines for 301 wrong secrets, want them aggregated:\n%s", n, logs.String())
	}
	if v := counterValue(t, m.WebhookWrongSecret); v != 301 {
		t.Errorf("wrong-secret counter = %v, want 301", v)
	}
}

func counterValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

// countingFailures counts the guard's lock checks.
type countingFailures struct {
	failureCounter
	checks atomic.Int32
}

func (c *countingFailures) Locked(ctx context.Context, key string) (time.Duration, error) {
	c.checks.Add(1)
	return c.failureCounter.Locked(ctx, key)
}

// The guard asks Redis whether Telegram's address is locked once a
// second, not on every update (a round trip each), and a lock another
// process set is learnt by the next wrong secret: one more guess is
// answered 401, none after it gets through.
func TestWebhookGuardLearnsLocksWithoutAskingEveryTime(t *testing.T) {
	rd := storetest.NewRedis(t)
	const secret = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	now := time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC)
	guard := func() (*webhookGuard, *countingFailures) {
		c := &countingFailures{failureCounter: rd.Throttle("webhook:secret", webhookBackoff)}
		g := newWebhookGuard(secret, next, c, clientip.Resolver{}.Addr, metrics.New().WebhookWrongSecret, slog.New(slog.DiscardHandler))
		g.now = func() time.Time { return now }
		return g, c
	}
	post := func(g *webhookGuard, from, token string) int {
		r := httptest.NewRequest(http.MethodPost, "/telegram/webhook", strings.NewReader(`{}`))
		r.RemoteAddr = from + ":4000"
		r.Header.Set(webhookSecretHeader, token)
		w := httptest.NewRecorder()
		g.ServeHTTP(w, r)
		return w.Code
	}
	a, _ := guard()
	b, checks := guard()
	for range 100 {
		if got := post(b, "149.154.167.220", secret); got != http.StatusOK {
			t.Fatalf("Telegram's update = %d, want 200", got)
		}
	}
	if n := checks.checks.Load(); n != 1 {
		t.Errorf("100 updates within a second asked Redis %d times, want once", n)
	}
	now = now.Add(lockRecheck)
	post(b, "149.154.167.220", secret)
	if n := checks.checks.Load(); n != 2 {
		t.Errorf("after %v the lock was checked %d times in all, want 2", lockRecheck, n)
	}

	// Another process locks out an address this one saw a moment ago.
	const guesser = "203.0.113.9"
	if got := post(b, guesser, secret); got != http.StatusOK {
		t.Fatalf("first request = %d", got)
	}
	for i := range webhookBackoff.Threshold {
		post(a, guesser, "guess"+strings.Repeat("x", i))
	}
	if got := post(b, guesser, "guess-at-b"); got != http.StatusUnauthorized {
		t.Errorf("the first guess at the other process = %d, want 401 (the lock learnt from it)", got)
	}
	for _, token := range []string{"another-guess", secret} {
		if got := post(b, guesser, token); got != http.StatusTooManyRequests {
			t.Errorf("a request after the lock was learnt = %d, want 429", got)
		}
	}
}
