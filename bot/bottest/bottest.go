// Package bottest runs the Telegram channel (bot.Telegram) against the fake
// Bot API (bot/telegramtest) for tests outside package bot: the end-to-end
// walks (package e2e) hand its inputs to the dialogs engine production
// builds. Package bot's own tests keep a harness of their own, as they
// reach the channel's unexported parts (and cannot import this package,
// which imports bot).
//
// It is for tests only (archtest keeps it out of the binaries).
package bottest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/intake"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
)

// SecretHeader is where Telegram sends the webhook's secret token.
const SecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// WebhookSecret is the secret of a channel started WebhookMode.
const WebhookSecret = "s3cr3t_Webhook-Token"

// WebhookMode sets a channel's config to webhook mode (a public URL and
// WebhookSecret), so updates come through its WebhookHandler rather than
// long polling.
func WebhookMode(c *bot.Config) {
	c.PublicURL = "https://frontdoor.example.org"
	c.WebhookSecret = WebhookSecret
}

// Channel is one running Telegram channel, as one Frontdoor process runs
// it.
type Channel struct {
	*bot.Telegram
	Fake *telegramtest.Server
	stop func()
}

// Start builds the channel on fake, handing its inputs to h, with its keys
// in rdb under prefix, and runs it until the test ends (or Stop). Its
// limits are far above what a test sends and its intake retries quickly;
// opts edit the config before the channel is built.
func Start(tb testing.TB, fake *telegramtest.Server, rdb redis.UniversalClient, prefix string, h dialogs.Handler, opts ...func(*bot.Config)) *Channel {
	tb.Helper()
	text, err := locales.Load()
	if err != nil {
		tb.Fatal(err)
	}
	cfg := bot.Config{
		Token: telegramtest.Token, APIURL: fake.URL, Handler: h, Redis: rdb, Prefix: prefix,
		Text: text, Metrics: metrics.New(), EmergencyNumber: "997", Shards: 4,
		Limits:      bot.Limits{PerChat: 100, Global: 1000, Bulk: 500},
		PollTimeout: time.Second,
		Intake:      intake.Options{Block: 200 * time.Millisecond, RetryBackoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond},
	}
	for _, o := range opts {
		o(&cfg)
	}
	tg, err := bot.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { tg.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- tg.Run(ctx) }()
	var once sync.Once
	c := &Channel{Telegram: tg, Fake: fake}
	c.stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				tb.Errorf("Run: %v", err)
			}
		})
	}
	tb.Cleanup(c.stop)
	return c
}

// Stop stops the channel, as a process going away would; it is safe to
// call more than once.
func (c *Channel) Stop() { c.stop() }

// Idle waits until Telegram has nothing unconfirmed and the channel's
// queue is empty.
func (c *Channel) Idle(tb testing.TB) {
	tb.Helper()
	c.Fake.Wait(tb, "all updates taken in and handled", func() bool {
		n, err := c.Pending(context.Background())
		return err == nil && n == 0 && c.Fake.Unconfirmed() == 0
	})
}
