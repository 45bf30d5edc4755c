package main

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

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
