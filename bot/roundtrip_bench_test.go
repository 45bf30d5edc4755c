package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// roundTrips counts round trips to Redis (a command or a pipeline is one)
// and to PostgreSQL (a query, BEGIN and COMMIT included).
type roundTrips struct {
	redis, pg atomic.Int64
	mu        sync.Mutex
	byName    map[string]int // Redis round trips by command (or pipeline)
}

func (c *roundTrips) count(name string) {
	c.redis.Add(1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byName == nil {
		c.byName = map[string]int{}
	}
	c.byName[name]++
}

func (c *roundTrips) DialHook(next redis.DialHook) redis.DialHook { return next }

func (c *roundTrips) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		name := cmd.Name()
		if name == "evalsha" || name == "eval" {
			name += " " + fmt.Sprint(cmd.Args()[1])[:8]
		}
		c.count(name)
		return next(ctx, cmd)
	}
}

func (c *roundTrips) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		names := make([]string, 0, len(cmds))
		for _, cmd := range cmds {
			names = append(names, cmd.Name())
		}
		c.count("pipeline " + strings.Join(names, ","))
		return next(ctx, cmds)
	}
}

func (c *roundTrips) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	c.pg.Add(1)
	sql := strings.Join(strings.Fields(d.SQL), " ")
	if len(sql) > 60 {
		sql = sql[:60]
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byName == nil {
		c.byName = map[string]int{}
	}
	c.byName["pg "+sql]++
	return ctx
}

func (c *roundTrips) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// BenchmarkRoundTripsPerUpdate walks patients one after another through
// onboarding and a routine triage (/start, language, consent, "Talk to a
// doctor now", their words, every question answered) through the whole
// Telegram channel in webhook mode: the webhook, the intake, the real
// dialogs engine over Redis and PostgreSQL, the fake Bot API. It reports
// the Redis and PostgreSQL round trips each update cost, from the webhook
// to its last reply, less what the channel does in the background while
// idle (lease renewals, heartbeats), and the blocking stream reads.
//
//	go test -run '^$' -bench RoundTripsPerUpdate -benchtime 20x ./bot/
func BenchmarkRoundTripsPerUpdate(b *testing.B) {
	var rt roundTrips
	pg := storetest.NewPostgres(b, store.WithQueryTracer(&rt))
	rs := storetest.NewRedis(b)
	text, err := locales.Load()
	if err != nil {
		b.Fatal(err)
	}
	fake := telegramtest.NewServer(b)
	engine := newEngine(b, pg, rs, text, nil)
	e := newEnvOn(b, fake, rs.Client(), rs.Key("tg"), engine, webhookMode, func(c *Config) {
		// As serve wires it.
		c.OnBlocked = func(ctx context.Context, chatID int64, blocked bool) error {
			return pg.Patients().SetBlocked(ctx, conversation(chatID), blocked)
		}
	})
	rs.Client().AddHook(&rt)
	e.start(b)
	h := e.tg.WebhookHandler()
	deliver := func(u map[string]any) {
		u["update_id"] = fake.NextUpdateID()
		req := httptest.NewRequest(http.MethodPost, WebhookPath, strings.NewReader(mustJSON(b, u)))
		req.Header.Set(secretHeader, secret)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("webhook answered %d", rec.Code)
		}
	}
	// The background cost: what an idle channel spends in a second.
	time.Sleep(300 * time.Millisecond)
	idleFrom, idleStart := rt.redis.Load(), time.Now()
	time.Sleep(2 * time.Second)
	idlePerSec := float64(rt.redis.Load()-idleFrom) / time.Since(idleStart).Seconds()

	updates := 0
	redisFrom, pgFrom := rt.redis.Load(), rt.pg.Load()
	start := time.Now()
	b.ResetTimer()
	for i := range b.N {
		u := telegramtest.User{ID: int64(700_000 + i), FirstName: "Cy", LanguageCode: "en"}
		label := func(id string) string { return text.Text("en", id, map[string]any{"Emergency": "997"}) }
		deliver(fake.TextUpdate(u, "/start"))
		updates++
		sent := fake.WaitSent(b, u.ID, 1)
		for _, l := range []string{"English", label("onboarding_agree"), label("menu_doctor")} {
			m := lastWithButtons(sent)
			deliver(fake.CallbackUpdate(u, m.ID, dataOf(b, m, l)))
			updates++
			sent = waitNewQuestion(b, fake, u.ID, len(sent))
		}
		deliver(fake.TextUpdate(u, "I need a repeat prescription for my blood pressure pills"))
		updates++
		for range 20 {
			sent = waitNewQuestion(b, fake, u.ID, len(sent))
			m := lastWithButtons(sent)
			data := calmData(m)
			if data == "" {
				break
			}
			deliver(fake.CallbackUpdate(u, m.ID, data))
			updates++
		}
		e.idle(b)
	}
	b.StopTimer()
	took := time.Since(start).Seconds()
	redisRT := float64(rt.redis.Load()-redisFrom) - idlePerSec*took
	b.ReportMetric(redisRT/float64(updates), "redis-rt/update")
	b.ReportMetric(float64(rt.pg.Load()-pgFrom)/float64(updates), "pg-rt/update")
	b.ReportMetric(float64(updates)/float64(b.N), "updates/walk")
	if testing.Verbose() {
		rt.mu.Lock()
		for name, n := range rt.byName {
			b.Logf("%6.2f/update  %s", float64(n)/float64(updates), name)
		}
		rt.mu.Unlock()
	}
}

// waitNewQuestion waits until the chat has more than n messages and the
// last one asks something (or says the decision), then returns them all.
func waitNewQuestion(tb testing.TB, fake *telegramtest.Server, chat int64, n int) []telegramtest.Message {
	tb.Helper()
	sent := fake.WaitSent(tb, chat, n+1)
	// An answer can be several messages; the question is the last.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	for {
		more, err := fake.NextMessages(ctx, chat, len(sent))
		if err != nil {
			return sent
		}
		sent = append(sent, more...)
	}
}

// lastWithButtons is the last message of sent that carries a keyboard.
func lastWithButtons(sent []telegramtest.Message) telegramtest.Message {
	for i := len(sent) - 1; i >= 0; i-- {
		if len(sent[i].Buttons()) > 0 {
			return sent[i]
		}
	}
	return sent[len(sent)-1]
}
