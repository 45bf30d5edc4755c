package bot

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
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

// BenchmarkReminderBurstWithReplies sends 10,000 bulk messages (reminders
// due at once) to 10,000 chats against a fake that answers 429 over its
// limits, while a patient-facing reply goes out every 20 ms. It reports
// the bulk rate reached, the 429s provoked, when the last reminder went
// (what the bulk rate implies: 10,000 / bulk), and the replies' latency.
// The limits are Telegram's scaled by 20 (bot 600/s, bulk 400/s) so that
// a run takes half a minute, not eight.
//
//	go test -run '^$' -bench ReminderBurstWithReplies -benchtime 1x ./bot/
func BenchmarkReminderBurstWithReplies(b *testing.B) {
	const n = 10_000
	e := newEnv(b, &stub{}, func(c *Config) { c.Limits = Limits{Global: 600, Bulk: 400, PerChat: 1} })
	e.fake.SetRecordCalls(false)
	e.fake.EnforceLimits(telegramtest.Limits{Global: 600, PerChat: 1, Burst: 10})
	ctx := b.Context()
	for b.Loop() {
		var wg sync.WaitGroup
		start := time.Now()
		for i := range n {
			wg.Go(func() {
				if _, err := e.tg.Send(ctx, int64(1_000_000+i), dialogs.Reply{Text: "reminder"}, Bulk); err != nil {
					b.Error(err)
				}
			})
		}
		bulkDone := make(chan struct{})
		go func() { wg.Wait(); close(bulkDone) }()
		var replies []time.Duration
		for chat := int64(2_000_000); ; chat++ {
			select {
			case <-bulkDone:
			case <-time.After(20 * time.Millisecond):
				t0 := time.Now()
				if _, err := e.tg.Send(ctx, chat, dialogs.Reply{Text: "reply"}, Interactive); err != nil {
					b.Fatal(err)
				}
				replies = append(replies, time.Since(t0))
				continue
			}
			break
		}
		took := time.Since(start)
		slices.Sort(replies)
		b.ReportMetric(n/took.Seconds(), "reminders/s")
		b.ReportMetric(took.Seconds(), "last-reminder-s")
		b.ReportMetric(float64(e.fake.Counts()["sendMessage"][429]), "429s")
		b.ReportMetric(float64(replies[len(replies)/2].Microseconds())/1000, "reply-p50-ms")
		b.ReportMetric(float64(replies[len(replies)*99/100].Microseconds())/1000, "reply-p99-ms")
		b.ReportMetric(float64(replies[len(replies)-1].Microseconds())/1000, "reply-max-ms")
	}
}
