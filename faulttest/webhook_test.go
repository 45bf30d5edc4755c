package faulttest

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// TestWrongSecret (issue 6, test 6): a wrong, empty or near-miss secret
// gets 401 from the real binary and nothing is processed; the right one is
// taken in and answered.
func TestWrongSecret(t *testing.T) {
	t.Parallel()
	c := newCluster(t)
	p := c.start("serve")
	hook := telegramtest.NewWebhook(p.URL(), secret)
	ctx := ctxFor(t, 30*time.Second)
	u := user(610001, "en")
	update := c.fake.WithID(c.fake.TextUpdate(u, "/start"))
	body, _ := json.Marshal(update)

	for _, tc := range []struct {
		name, header string
	}{
		{"none", ""},
		{"empty (HTTP trims the blank)", " "},
		{"wrong", "not-the-secret"},
		{"near miss, last character", secret[:len(secret)-1] + "X"},
		{"near miss, one short", secret[:len(secret)-1]},
		{"near miss, one longer", secret + "0"},
		{"near miss, case", strings.ToUpper(secret)},
	} {
		status, err := hook.PostRaw(ctx, body, tc.header)
		if err != nil || status != http.StatusUnauthorized {
			t.Errorf("%s: status %d (%v), want 401", tc.name, status, err)
		}
	}
	// A GET with the right secret is not an update either.
	req, _ := http.NewRequest(http.MethodGet, p.URL(), nil)
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	if resp, err := http.DefaultClient.Do(req); err == nil {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Errorf("GET with the secret answered 200")
		}
	}
	// Nothing was processed: after a second, no message went out.
	time.Sleep(time.Second)
	if n := len(c.fake.Sent(u.ID)); n != 0 {
		t.Fatalf("%d messages sent after refused requests", n)
	}

	// The same update with the right secret is taken in and answered once.
	if status, err := hook.PostRaw(ctx, body, secret); err != nil || status != http.StatusOK {
		t.Fatalf("right secret: status %d (%v), want 200", status, err)
	}
	pt := telegramtest.NewPatient(u, c.fake, hook)
	if _, err := pt.UntilButtons(ctx); err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct{ name, want string }{
		{`frontdoor_updates_received_total{channel="telegram"}`, "1"},
		{`frontdoor_webhook_responses_total{bot="default",code="401"}`, "7"},
		{`frontdoor_webhook_responses_total{bot="default",code="200"}`, "1"},
		{`frontdoor_intake_shards_held{bot="default"}`, "8"},
	} {
		if got := metric(t, p, m.name); got != m.want {
			t.Errorf("%s = %q, want %s", m.name, got, m.want)
		}
	}
}

// TestDuplicateDeliveries (issue 6, test 3): each update posted five times
// at once, and late copies of earlier updates mixed in with later ones,
// has one effect, and the chat's order is kept.
func TestDuplicateDeliveries(t *testing.T) {
	t.Parallel()
	c := newCluster(t)
	o := newOracle(t)
	p := c.start("serve")
	hook := telegramtest.NewWebhook(p.URL(), secret)

	inputs := []string{"/help", "/lang", "hello there", "/start", "/help", "/menu"}
	for _, tc := range []struct {
		name string
		u    telegramtest.User
	}{
		{"english", user(630001, "en")},
		{"arabic", user(630002, "ar")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			// Made here: parallel subtests start only when a slot is free.
			ctx := ctxFor(t, 60*time.Second)
			var updates []map[string]any
			for _, in := range inputs {
				updates = append(updates, c.fake.WithID(c.fake.TextUpdate(tc.u, in)))
			}
			var late sync.WaitGroup
			for i, up := range updates {
				// Five copies at once; the first 200 means the update is
				// in, after which the next one may go (Telegram keeps a
				// chat's order).
				first := make(chan struct{})
				var once sync.Once
				for range 5 {
					late.Add(1)
					go func() {
						defer late.Done()
						if _, err := hook.Deliver(ctx, up); err != nil {
							t.Error(err)
						}
						once.Do(func() { close(first) })
					}()
				}
				<-first
				if i > 0 {
					// A late copy of the previous update, after this one.
					late.Add(1)
					go func() { defer late.Done(); hook.Deliver(ctx, updates[i-1]) }()
				}
			}
			late.Wait()
			want := o.transcript(t, tc.u, inputs)
			got := waitTranscript(ctx, t, c.fake, tc.u.ID, len(want))
			if v := compare(got, want); !v.ok() {
				t.Errorf("transcript %+v:\n got %s\nwant %s", v, short(got), short(want))
			}
		})
	}
}

// waitTranscript waits until chatID has n messages, then a little longer
// for any extra, and returns their texts.
func waitTranscript(ctx context.Context, t *testing.T, fake *telegramtest.Server, chatID int64, n int) []string {
	t.Helper()
	if n > 0 {
		if _, err := fake.NextMessages(ctx, chatID, n-1); err != nil {
			t.Fatalf("chat %d: %d of %d messages came: %v", chatID, len(fake.Sent(chatID)), n, err)
		}
	}
	time.Sleep(500 * time.Millisecond) // duplicates would come now
	return texts(fake.Sent(chatID))
}

// metric returns the value of the sample named name (with its labels) on
// p's /metrics, "" when absent.
func metric(t *testing.T, p *proc, name string) string {
	t.Helper()
	resp, err := http.Get("http://" + p.addr + "/metrics")
	if err != nil {
		t.Fatalf("metrics: %v", err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			return v
		}
	}
	return ""
}
