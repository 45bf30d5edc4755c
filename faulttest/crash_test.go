package faulttest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// TestKillBetweenIntakeAndReply (issue 6, test 2): serve is killed with
// SIGKILL after it took an update in (200) and before its reply reached
// Telegram; after a restart the patient gets exactly one reply, and the
// conversation goes on from there.
func TestKillBetweenIntakeAndReply(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		// held is the call the process is killed in: answerCallbackQuery
		// comes before the dialogs engine runs, sendMessage after it saved
		// the conversation.
		held string
	}{
		{"before the engine", "answerCallbackQuery"},
		{"after the engine", "sendMessage"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := newCluster(t)
			p := c.start("serve")
			ctx := ctxFor(t, 60*time.Second)
			u := user(620001, "en")
			pt := telegramtest.NewPatient(u, c.fake, telegramtest.NewWebhook(p.URL(), secret))
			if _, err := pt.Say(ctx, "/start"); err != nil {
				t.Fatal(err)
			}
			picker, err := pt.UntilButtons(ctx)
			if err != nil {
				t.Fatal(err)
			}

			// Hold the next call long enough to kill the process inside it,
			// once /start is all done: the press's spinner is answered on
			// intake, and may otherwise come before /start's acknowledgement.
			c.settled(ctx)
			before := c.fake.Arrived(tc.held)
			c.fake.Fail(tc.held, telegramtest.Fault{Delay: time.Minute})
			if _, err := pt.Press(ctx, picker[len(picker)-1], ":o:lang:en"); err != nil {
				t.Fatal(err)
			}
			c.fake.Wait(t, tc.held+" held", func() bool { return c.fake.Arrived(tc.held) > before })
			p.kill9(t)
			if n := len(c.fake.Sent(u.ID)); n != len(picker) {
				t.Fatalf("%d messages before the restart, want %d (the reply was held)", n, len(picker))
			}

			restarted := time.Now()
			c.startOn("serve again", p.addr)
			notice, err := pt.UntilButtons(ctx)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("reply %v after the restart", time.Since(restarted).Round(10*time.Millisecond))
			if _, err := pt.Press(ctx, notice[len(notice)-1], ":o:agree"); err != nil {
				t.Fatal(err)
			}
			if _, err := pt.UntilButtons(ctx); err != nil {
				t.Fatal(err)
			}
			// Exactly one reply to the press held at the kill, and nothing
			// else: the chat holds what the patient read, no more.
			got := waitTranscript(ctx, t, c.fake, u.ID, pt.Read())
			if len(notice) != 1 || len(got) != pt.Read() {
				t.Errorf("reply to the held press in %d messages; chat has %d messages, the patient read %d: %s",
					len(notice), len(got), pt.Read(), short(got))
			}
			if n := len(c.fake.CallsTo("answerCallbackQuery")); n < 2 {
				t.Errorf("%d callback answers, want the spinner stopped for both presses", n)
			}
		})
	}
}

// TestTwoProcessesOneKilled (issue 6, test 7): two serve processes share
// PostgreSQL and Redis behind a balancer; one is killed with SIGKILL in
// the middle of a burst. The other takes its shards over within 10 s, and
// no chat loses a message or gets two in the wrong order.
func TestTwoProcessesOneKilled(t *testing.T) {
	t.Parallel()
	c := newCluster(t)
	o := newOracle(t)
	a, b := c.start("serve A"), c.start("serve B")
	lb := newBalancer(t, a, b)
	hook := telegramtest.NewWebhook(lb.URL+"/telegram/webhook", secret)
	hook.Retry = 50 * time.Millisecond
	ctx := ctxFor(t, 90*time.Second)

	const chats, steps = 24, 8
	seqs := scripts(7, 4, steps)
	var delivered atomic.Int64
	killAt := int64(chats * steps / 3)
	killed := make(chan time.Time, 1)
	var wg sync.WaitGroup
	for i := range chats {
		u := user(670000+int64(i), []string{"en", "ar"}[i%2])
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, in := range seqs[i%len(seqs)] {
				if _, err := hook.Deliver(ctx, c.fake.WithID(c.fake.TextUpdate(u, in))); err != nil {
					t.Error(err)
					return
				}
				if delivered.Add(1) == killAt {
					a.kill9(t)
					lb.drop(a)
					killed <- time.Now()
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}
	at := <-killed
	took := waitShardsHeldBy(ctx, t, c, b.Pid())
	t.Logf("serve B held every shard %v after serve A was killed", took.Sub(at).Round(10*time.Millisecond))
	if took.Sub(at) > 10*time.Second {
		t.Errorf("takeover took %v, want within 10 s", took.Sub(at))
	}
	wg.Wait()

	dups := 0
	for i := range chats {
		u := user(670000+int64(i), []string{"en", "ar"}[i%2])
		want := o.transcript(t, u, seqs[i%len(seqs)])
		got := waitTranscript(ctx, t, c.fake, u.ID, len(want))
		v := compare(got, want)
		if v.lost > 0 || v.inverted || v.extra > 1 {
			t.Errorf("chat %d: %+v\n got %s\nwant %s", u.ID, v, short(got), short(want))
		}
		dups += v.extra
	}
	// A message Telegram took just before the kill, whose sending was not
	// yet recorded, goes again: the price of never losing one.
	t.Logf("%d chats, %d updates, %d duplicate messages from the kill", chats, chats*steps, dups)
}

// waitShardsHeldBy waits until every intake shard's lease is held by the
// process pid and returns when.
func waitShardsHeldBy(ctx context.Context, t *testing.T, c *cluster, pid int) time.Time {
	t.Helper()
	rdb := redisClient(t, c.redisURL)
	mark := fmt.Sprintf("-%d-", pid)
	for {
		held := 0
		for s := range 8 {
			v, _ := rdb.Get(ctx, fmt.Sprintf("%stg:intake:{s%d}:lease", c.prefix, s)).Result()
			if strings.Contains(v, mark) {
				held++
			}
		}
		if held == 8 {
			return time.Now()
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the surviving process holds %d of 8 shards", held)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// balancer spreads webhook posts over live serve processes, as a load
// balancer in front of them would; a dropped process gets none.
type balancer struct {
	URL  string
	mu   sync.Mutex
	live []*proc
	next int
}

func newBalancer(t *testing.T, procs ...*proc) *balancer {
	t.Helper()
	lb := &balancer{live: procs}
	addr := freeAddr(t)
	srv := &http.Server{Addr: addr, Handler: http.HandlerFunc(lb.serve)}
	go srv.ListenAndServe()
	t.Cleanup(func() { srv.Close() })
	lb.URL = "http://" + addr
	for range 100 {
		if resp, err := http.Get(lb.URL + "/healthz"); err == nil {
			resp.Body.Close()
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	return lb
}

func (lb *balancer) drop(p *proc) {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	for i, q := range lb.live {
		if q == p {
			lb.live = append(lb.live[:i], lb.live[i+1:]...)
			return
		}
	}
}

func (lb *balancer) serve(w http.ResponseWriter, r *http.Request) {
	lb.mu.Lock()
	p := lb.live[lb.next%len(lb.live)]
	lb.next++
	lb.mu.Unlock()
	target, _ := url.Parse("http://" + p.addr)
	rp := httputil.NewSingleHostReverseProxy(target)
	rp.ErrorHandler = func(w http.ResponseWriter, _ *http.Request, _ error) { w.WriteHeader(http.StatusBadGateway) }
	rp.ServeHTTP(w, r)
}
