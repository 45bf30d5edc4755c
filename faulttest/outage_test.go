package faulttest

import (
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// TestRedisRestartedMidBurst (issue 6, test 5): Redis crashes (SIGKILL)
// and comes back in the middle of a burst. Updates that could not be
// taken in are refused (503) and Telegram sends them again; no update that
// was acknowledged with 200 is lost, and each chat keeps its order. Redis
// runs with appendfsync always, as a deployment that promises this must.
func TestRedisRestartedMidBurst(t *testing.T) {
	t.Parallel()
	rs := startRedis(t, "--appendonly", "yes", "--appendfsync", "always")
	c := newCluster(t)
	c.redisURL = rs.URL()
	o := newOracle(t)
	p := c.start("serve")
	hook := telegramtest.NewWebhook(p.URL(), secret)
	hook.Retry = 50 * time.Millisecond
	ctx := ctxFor(t, 90*time.Second)

	const chats, steps = 12, 8
	seqs := scripts(5, 4, steps)
	var delivered, refused atomic.Int64
	restartAt := int64(chats * steps / 3)
	var wg sync.WaitGroup
	for i := range chats {
		u := user(650000+int64(i), []string{"en", "ar"}[i%2])
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, in := range seqs[i%len(seqs)] {
				n, err := hook.Deliver(ctx, c.fake.WithID(c.fake.TextUpdate(u, in)))
				if err != nil {
					t.Error(err)
					return
				}
				refused.Add(int64(n))
				if delivered.Add(1) == restartAt {
					rs.restart(time.Second)
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}
	wg.Wait()
	slow := []string{o.say("en", "slower_than_usual"), o.say("ar", "slower_than_usual"),
		o.say("en", "error_generic"), o.say("ar", "error_generic")}
	dups := 0
	for i := range chats {
		u := user(650000+int64(i), []string{"en", "ar"}[i%2])
		want := o.transcript(t, u, seqs[i%len(seqs)])
		got := texts(waitMessages(ctx, t, c.fake, u.ID, len(want), slow), slow...)
		v := compare(got, want)
		if v.lost > 0 || v.inverted {
			t.Errorf("chat %d: %+v\n got %s\nwant %s", u.ID, v, short(got), short(want))
		}
		dups += v.extra
	}
	select {
	case <-p.exited:
		t.Error("serve exited when Redis restarted")
	default:
	}
	t.Logf("%d updates delivered, %d posts refused while Redis was away, %d duplicate messages", chats*steps, refused.Load(), dups)
}

// TestRedisLostItsData: Redis restarts without persistence. The process
// reconnects by itself and a patient whose conversation was lost is
// greeted and started again, with nothing lost from PostgreSQL (their
// language and consent).
func TestRedisLostItsData(t *testing.T) {
	t.Parallel()
	rs := startRedis(t)
	c := newCluster(t)
	c.redisURL = rs.URL()
	o := newOracle(t)
	p := c.start("serve")
	ctx := ctxFor(t, 60*time.Second)
	u := user(655001, "en")
	pt := telegramtest.NewPatient(u, c.fake, telegramtest.NewWebhook(p.URL(), secret))
	if _, err := pt.Say(ctx, "/start"); err != nil {
		t.Fatal(err)
	}
	msgs, err := pt.UntilButtons(ctx)
	for _, suffix := range []string{":o:lang:en", ":o:agree"} {
		if err != nil {
			t.Fatal(err)
		}
		if _, err := pt.Press(ctx, msgs[len(msgs)-1], suffix); err != nil {
			t.Fatal(err)
		}
		msgs, err = pt.UntilButtons(ctx)
	}
	if err != nil {
		t.Fatal(err)
	}
	menu := msgs[len(msgs)-1]

	rs.restart(200 * time.Millisecond)
	if _, err := pt.Press(ctx, menu, ":o:m:help"); err != nil {
		t.Fatal(err)
	}
	after, err := pt.UntilButtons(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := texts(after)
	if !slices.Contains(got, o.say("en", "dialogs_restart")) {
		t.Errorf("after Redis lost the conversation the patient got %s, want a fresh start in English", short(got))
	}
	if !strings.Contains(after[len(after)-1].ReplyMarkup, ":o:m:") {
		t.Errorf("the fresh start should show the menu (consent is kept in PostgreSQL); markup %s", after[len(after)-1].ReplyMarkup)
	}
}

// TestPostgresDown (issue 6, degradation): PostgreSQL is unreachable for a
// while. The webhook keeps taking updates in, each patient who is due a
// reply is told once that we are slower than usual, and when the database
// is back every update is answered, in order, without anyone touching the
// process.
func TestPostgresDown(t *testing.T) {
	t.Parallel()
	c := newCluster(t)
	o := newOracle(t)
	target, _ := url.Parse(c.dbURL)
	proxy := newTCPProxy(t, target.Host)
	target.Host = proxy.addr
	c.dbURL = target.String()
	p := c.start("serve")
	hook := telegramtest.NewWebhook(p.URL(), secret)
	ctx := ctxFor(t, 60*time.Second+envDuration("FRONTDOOR_FAULTTEST_PG_OUTAGE", 0))
	// The reminders service (River) cannot start while PostgreSQL is
	// away, and serve stops when it cannot (see docs/RELIABILITY.md): cut
	// once it has started.
	p.waitLog(t, "reminders: started", `"msg":"booking on"`)

	proxy.cut()
	cut := time.Now()
	const patients = 6
	inputs := []string{"/start", "/help"}
	for i := range patients {
		u := user(660000+int64(i), []string{"en", "ar"}[i%2])
		for _, in := range inputs {
			// Refusing here would be wrong: Redis is up, so 200 at once.
			n, err := hook.Deliver(ctx, c.fake.WithID(c.fake.TextUpdate(u, in)))
			if err != nil || n > 0 {
				t.Fatalf("update refused %d times while only PostgreSQL was down (%v)", n, err)
			}
		}
	}
	for i := range patients {
		u := user(660000+int64(i), []string{"en", "ar"}[i%2])
		m, err := c.fake.NextMessages(ctx, u.ID, 0)
		if err != nil || m[0].Text != o.say(u.LanguageCode, "slower_than_usual") {
			t.Fatalf("patient %d: first message %v (%v), want “slower than usual”", u.ID, texts(m), err)
		}
	}
	// Retries go on meanwhile: no second notice. FRONTDOOR_FAULTTEST_PG_OUTAGE
	// makes the outage longer (the figure is a minute).
	time.Sleep(envDuration("FRONTDOOR_FAULTTEST_PG_OUTAGE", 2*time.Second))
	proxy.restore()
	t.Logf("PostgreSQL was unreachable for %v", time.Since(cut).Round(100*time.Millisecond))
	for i := range patients {
		u := user(660000+int64(i), []string{"en", "ar"}[i%2])
		want := append([]string{o.say(u.LanguageCode, "slower_than_usual")}, o.transcript(t, u, inputs)...)
		got := waitTranscript(ctx, t, c.fake, u.ID, len(want))
		if v := compare(got, want); !v.ok() {
			t.Errorf("patient %d: %+v\n got %s\nwant %s", u.ID, v, short(got), short(want))
		}
	}
}

// waitMessages waits until chatID has n messages besides those whose text
// is in skip, then a little longer, and returns them all.
func waitMessages(ctx interface {
	Done() <-chan struct{}
}, t *testing.T, fake *telegramtest.Server, chatID int64, n int, skip []string) []telegramtest.Message {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for len(texts(fake.Sent(chatID), skip...)) < n {
		select {
		case <-ctx.Done():
			t.Fatalf("chat %d: %d of %d messages came", chatID, len(texts(fake.Sent(chatID), skip...)), n)
		case <-deadline:
			t.Errorf("chat %d: %d of %d messages came in 30 s", chatID, len(texts(fake.Sent(chatID), skip...)), n)
			return fake.Sent(chatID)
		case <-time.After(50 * time.Millisecond):
		}
	}
	time.Sleep(500 * time.Millisecond)
	return fake.Sent(chatID)
}

// envDuration reads a duration from the environment, def when unset.
func envDuration(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(name)); err == nil && d > 0 {
		return d
	}
	return def
}
