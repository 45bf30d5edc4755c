package bot

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// BenchmarkWebhookToReply measures the channel alone (stub dialogs, fake
// Bot API, real Redis): updates posted to the webhook for 200 chats, until
// every reply was sent. It reports updates/s.
//
//	go test -run '^$' -bench WebhookToReply -benchtime 5000x ./bot/
func BenchmarkWebhookToReply(b *testing.B) {
	e := newEnv(b, &stub{}, webhookMode, func(c *Config) { c.Shards = 32 })
	e.start(b)
	h := e.tg.WebhookHandler()
	const chats = 200
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		user := telegramtest.User{ID: int64(10000 + i%chats), LanguageCode: "en"}
		upd := e.fake.TextUpdate(user, "hi")
		upd["update_id"] = int64(100000 + i)
		body := mustJSON(b, upd)
		req := httptest.NewRequest(http.MethodPost, WebhookPath, strings.NewReader(body))
		req.Header.Set(secretHeader, secret)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
	e.fake.Wait(b, fmt.Sprintf("%d replies", b.N), func() bool {
		return len(e.fake.CallsTo("sendMessage")) >= b.N
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "updates/s")
}
