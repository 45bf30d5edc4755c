package bot

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

const secret = "s3cr3t_Webhook-Token"

func webhookMode(c *Config) {
	c.PublicURL = "https://frontdoor.example.org"
	c.WebhookSecret = secret
}

func post(t *testing.T, h http.Handler, header *string, body []byte) int {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, WebhookPath, strings.NewReader(string(body)))
	if header != nil {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", *header)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code
}

func TestWebhookSecret(t *testing.T) {
	e := newEnv(t, &stub{}, webhookMode) // not started: whatever is taken in stays queued
	h := e.tg.WebhookHandler()
	body, _ := json.Marshal(e.fake.TextUpdate(alice, "hi"))
	body = []byte(strings.Replace(string(body), `{`, `{"update_id":7001,`, 1))
	str := func(s string) *string { return &s }
	for _, tc := range []struct {
		name   string
		header *string
		want   int
	}{
		{"no header", nil, http.StatusUnauthorized},
		{"empty", str(""), http.StatusUnauthorized},
		{"wrong", str("not-the-secret"), http.StatusUnauthorized},
		{"near miss, last character", str(secret[:len(secret)-1] + "X"), http.StatusUnauthorized},
		{"near miss, prefix", str(secret[:len(secret)-1]), http.StatusUnauthorized},
		{"near miss, longer", str(secret + "x"), http.StatusUnauthorized},
		{"near miss, case", str(strings.ToLower(secret)), http.StatusUnauthorized},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := post(t, h, tc.header, body); got != tc.want {
				t.Errorf("status %d, want %d", got, tc.want)
			}
			if n, err := e.tg.Pending(context.Background()); err != nil || n != 0 {
				t.Errorf("%d updates queued after a refused request (%v)", n, err)
			}
		})
	}
	t.Run("right", func(t *testing.T) {
		if got := post(t, h, str(secret), body); got != http.StatusOK {
			t.Errorf("status %d, want 200", got)
		}
		if got := post(t, h, str(secret), body); got != http.StatusOK {
			t.Errorf("repeated delivery: status %d, want 200", got)
		}
		if n, err := e.tg.Pending(context.Background()); err != nil || n != 1 {
			t.Errorf("%d updates queued, want 1 (%v)", n, err)
		}
	})
	t.Run("not an update", func(t *testing.T) {
		if got := post(t, h, str(secret), []byte(`{"message":"no id"}`)); got != http.StatusBadRequest {
			t.Errorf("status %d, want 400", got)
		}
	})
	t.Run("too large", func(t *testing.T) {
		big := []byte(`{"update_id":1,"x":"` + strings.Repeat("a", MaxUpdateBytes) + `"}`)
		if got := post(t, h, str(secret), big); got != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", got)
		}
	})
}

func deadRedis(t *testing.T) *redis.Client {
	t.Helper()
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1, DialTimeout: 100 * time.Millisecond})
	t.Cleanup(func() { rdb.Close() })
	return rdb
}

func TestWebhookAnswers503WhenRedisIsDown(t *testing.T) {
	fake := telegramtest.NewServer(t)
	e := newEnvOn(t, fake, deadRedis(t), "down", &stub{}, webhookMode)
	s := secret
	body := []byte(`{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"text":"hi"}}`)
	if got := post(t, e.tg.WebhookHandler(), &s, body); got != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", got)
	}
}

func TestWebhookModeRegistersTheWebhookAndHandles(t *testing.T) {
	e := newEnv(t, &stub{}, webhookMode)
	e.start(t)
	e.fake.Wait(t, "setWebhook", func() bool { u, _ := e.fake.Webhook(); return u != "" })
	url, got := e.fake.Webhook()
	if url != "https://frontdoor.example.org/telegram/webhook" || got != secret {
		t.Errorf("webhook %q with secret %q", url, got)
	}
	var allowed []string
	_ = e.fake.CallsTo("setWebhook")[0].Decode("allowed_updates", &allowed)
	if strings.Join(allowed, ",") != "message,callback_query,my_chat_member" {
		t.Errorf("allowed_updates %v", allowed)
	}
	body, _ := json.Marshal(e.fake.TextUpdate(alice, "via webhook"))
	body = []byte(strings.Replace(string(body), `{`, `{"update_id":7002,`, 1))
	s := secret
	if code := post(t, e.tg.WebhookHandler(), &s, body); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if m := e.fake.WaitSent(t, alice.ID, 1)[0]; m.Text != "echo: via webhook" {
		t.Errorf("reply %q", m.Text)
	}
}

func TestPollingOffsetMovesOnlyPastAppendedUpdates(t *testing.T) {
	t.Run("redis down", func(t *testing.T) {
		fake := telegramtest.NewServer(t)
		e := newEnvOn(t, fake, deadRedis(t), "down", &stub{})
		fake.PushText(alice, "hi")
		e.start(t)
		fake.WaitCalls(t, "getUpdates", 3)
		for _, c := range fake.CallsTo("getUpdates") {
			if c.Int("offset") != 0 {
				t.Errorf("offset %d sent though nothing was taken in", c.Int("offset"))
			}
		}
		if fake.Unconfirmed() != 1 {
			t.Error("the update was confirmed to Telegram without being taken in")
		}
	})
	t.Run("redis up", func(t *testing.T) {
		e := newEnv(t, &stub{})
		id := e.fake.PushText(alice, "hi")
		e.start(t)
		e.fake.Wait(t, "an offset past the update", func() bool {
			for _, c := range e.fake.CallsTo("getUpdates") {
				if c.Int("offset") == id+1 {
					return true
				}
			}
			return false
		})
		for _, c := range e.fake.CallsTo("getUpdates") {
			if off := c.Int("offset"); off != 0 && off != id+1 {
				t.Errorf("offset %d, want 0 or %d", off, id+1)
			}
		}
	})
}

func TestRestartResumesUnhandledUpdates(t *testing.T) {
	// Taken in by one process that then stops before handling: the next
	// process handles it (the entry waits in Redis, not in memory).
	fake := telegramtest.NewServer(t)
	e := newEnv(t, &stub{})
	s := secret
	e2 := newEnvOn(t, fake, e.rdb, e.cfg.Prefix, &stub{}, webhookMode)
	body := []byte(`{"update_id":9,"message":{"message_id":1,"date":1,"from":{"id":1001,"is_bot":false,"first_name":"A"},"chat":{"id":1001,"type":"private"},"text":"saved"}}`)
	if code := post(t, e2.tg.WebhookHandler(), &s, body); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	e.start(t)
	if m := e.fake.WaitSent(t, alice.ID, 1)[0]; m.Text != "echo: saved" {
		t.Errorf("reply %q", m.Text)
	}
}

func ptr[T any](v T) *T { return &v }
