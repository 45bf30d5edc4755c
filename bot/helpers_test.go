package bot

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/intake"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
)

// stub is a scripted dialogs.Handler that records the inputs it got.
type stub struct {
	mu     sync.Mutex
	inputs []dialogs.Input
	reply  func(in dialogs.Input) ([]dialogs.Reply, error)
}

func (s *stub) Handle(_ context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
	s.mu.Lock()
	s.inputs = append(s.inputs, in)
	s.mu.Unlock()
	if s.reply == nil {
		return []dialogs.Reply{{Lang: "en", Text: "echo: " + in.Text + in.Data}}, nil
	}
	return s.reply(in)
}

func (s *stub) got() []dialogs.Input {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]dialogs.Input(nil), s.inputs...)
}

type env struct {
	fake *telegramtest.Server
	tg   *Telegram
	rdb  redis.UniversalClient
	text *locales.Catalog
	stop func()
	cfg  Config
}

// newEnv builds a channel on the test Redis against a fake Bot API; edit
// the Config with opts. Nothing runs until start.
func newEnv(t testing.TB, h dialogs.Handler, opts ...func(*Config)) *env {
	t.Helper()
	fake := telegramtest.NewServer(t)
	r := testRedis(t)
	return newEnvOn(t, fake, r.Client(), r.Key("tg"), h, opts...)
}

func newEnvOn(t testing.TB, fake *telegramtest.Server, rdb redis.UniversalClient, prefix string, h dialogs.Handler, opts ...func(*Config)) *env {
	t.Helper()
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{
		Token: telegramtest.Token, APIURL: fake.URL, Handler: h, Redis: rdb, Prefix: prefix,
		Text: text, Metrics: metrics.New(), EmergencyNumber: "997", Shards: 4,
		Limits:      Limits{PerChat: 100, Global: 1000, Bulk: 500},
		PollTimeout: time.Second,
		Intake:      intake.Options{Block: 200 * time.Millisecond, RetryBackoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond},
	}
	for _, o := range opts {
		o(&cfg)
	}
	tg, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tg.Close() })
	return &env{fake: fake, tg: tg, rdb: rdb, text: text, cfg: cfg}
}

// start runs the channel until the test ends or stop is called.
func (e *env) start(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.tg.Run(ctx) }()
	var once sync.Once
	e.stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	t.Cleanup(e.stop)
}

// idle waits until Telegram has nothing unconfirmed and the queue is empty.
func (e *env) idle(t testing.TB) {
	t.Helper()
	e.fake.Wait(t, "all updates taken in and handled", func() bool {
		n, err := e.tg.Pending(context.Background())
		return err == nil && n == 0 && e.fake.Unconfirmed() == 0
	})
}

var (
	alice = telegramtest.User{ID: 1001, FirstName: "Alice", LanguageCode: "en"}
	amal  = telegramtest.User{ID: 1002, FirstName: "Amal", LanguageCode: "ar"}
)

func mustJSON(tb testing.TB, v any) string {
	tb.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(raw)
}
