package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// TestFakeEmergencyFloodDoesNotHideARealOne is issue 11's break 1, played
// through the real HTTP server, engine, PostgreSQL and Redis: one address
// tries to start 120 web patients, each typing a chest-pain emergency;
// then a real patient's emergency arrives on Telegram. The flood is cut to
// the per-address burst with a kind 429 that still gives the emergency
// number, and the clinician's queue shows the real emergency, every
// emergency, the counts, and which cases came through the web chat.
// Before the fix every fake patient was queued and the queue was cut at
// 500 cases with nothing to say so.
func TestFakeEmergencyFloodDoesNotHideARealOne(t *testing.T) {
	c := newClinic(t)
	const attempts = 120
	var (
		mu                sync.Mutex
		started, refused  int
		refusedWithNumber int
	)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for i := range attempts {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			cl := c.client(t)
			status, body := c.try(t, cl, http.MethodGet, "/chat", "", "")
			if status == http.StatusTooManyRequests {
				mu.Lock()
				refused++
				if strings.Contains(body, "997") {
					refusedWithNumber++
				}
				mu.Unlock()
				return
			}
			if status != http.StatusOK {
				t.Errorf("GET /chat = %d", status)
				return
			}
			// The attacker walks the onboarding like a patient, then
			// types the red flag.
			var last []dialogs.Reply
			for j, step := range []struct{ text, button string }{
				{"/start", ""}, {"", ":o:lang:en$"}, {"", ":o:agree$"}, {"crushing chest pain, I am sweating", ""},
			} {
				in := map[string]string{"id": fmt.Sprint("f", i, "-", j), "text": step.text}
				if step.button != "" {
					in = map[string]string{"id": in["id"], "data": dataWith(t, last, step.button)}
				}
				raw, _ := json.Marshal(in)
				status, body := c.try(t, cl, http.MethodPost, "/chat/send", "application/json", string(raw))
				if status != http.StatusOK {
					if status == http.StatusTooManyRequests && !strings.Contains(body, "997") {
						t.Errorf("a refused send does not give the emergency number: %s", body)
					}
					return
				}
				var resp struct{ Replies []dialogs.Reply }
				_ = json.Unmarshal([]byte(body), &resp)
				last = resp.Replies
			}
			mu.Lock()
			started++
			mu.Unlock()
		})
	}
	wg.Wait()
	t.Logf("%d attempts from one address: %d conversations started, %d refused", attempts, started, refused)
	if started > 25 || refused < attempts-25 {
		t.Errorf("one address started %d conversations (%d refused); want the burst of 20 or so", started, refused)
	}
	if refusedWithNumber != refused {
		t.Errorf("%d of %d refusals gave the emergency number", refusedWithNumber, refused)
	}

	// A real emergency, on Telegram, right after the flood.
	u := telegramtest.User{ID: 7701, FirstName: "Amina", LanguageCode: "en"}
	c.fake.PushText(u, "/start")
	sent := c.fake.WaitSent(t, u.ID, 1)
	for _, suffix := range []string{":o:lang:en", ":o:agree"} {
		data := ""
		for _, row := range sent[len(sent)-1].Buttons() {
			for _, b := range row {
				if strings.HasSuffix(b.CallbackData, suffix) {
					data = b.CallbackData
				}
			}
		}
		if data == "" {
			t.Fatalf("no %s button", suffix)
		}
		c.fake.PushCallback(u, sent[len(sent)-1].ID, data)
		sent = c.fake.WaitSent(t, u.ID, len(sent)+1)
	}
	c.fake.PushText(u, "my father can't move his left arm")
	deadline := time.Now().Add(15 * time.Second)
	var real int64
	for real == 0 && time.Now().Before(deadline) {
		_ = c.pg.Pool().QueryRow(context.Background(),
			`SELECT id FROM cases WHERE starts_with(source, $1) AND urgency = 'emergency'`, fmt.Sprintf("telegram:%d/", u.ID)).Scan(&real)
		time.Sleep(50 * time.Millisecond)
	}
	if real == 0 {
		t.Fatal("the Telegram emergency was not recorded")
	}
	var webEmergencies int
	if err := c.pg.Pool().QueryRow(context.Background(),
		`SELECT count(*) FROM cases WHERE starts_with(source, 'web:') AND urgency = 'emergency' AND status = 'waiting'`).Scan(&webEmergencies); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d fake web emergencies queued", webEmergencies)

	doc := c.client(t)
	c.form(t, doc, "/dashboard/login", url.Values{"username": {"dr.khalid"}, "password": {store.DemoPassword}})
	queue := c.do(t, doc, http.MethodGet, "/dashboard/queue", "", "")
	if !strings.Contains(queue, fmt.Sprintf(`href="/dashboard/cases/%d"`, real)) {
		t.Error("the real emergency is not in the clinician's queue")
	}
	if want := c.text.Count("ar", "dash_queue_emergencies", webEmergencies+1, nil); !strings.Contains(queue, want) {
		i := strings.Index(queue, `class="count"`)
		t.Errorf("the queue does not say %q: %.300s", want, queue[max(i, 0):])
	}
	if webEmergencies > 0 && !strings.Contains(queue, c.text.Text("ar", "dash_queue_web_badge", nil)) {
		t.Error("web chat cases are not marked on the queue")
	}
}

// try is do without failing on a refusal: it returns the status and body.
func (c *wiredClinic) try(t *testing.T, cl *http.Client, method, path, ctype, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, c.srv.URL+path, strings.NewReader(body))
	req.Header.Set("Accept-Language", "en")
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Sec-Fetch-Site", "same-origin")
	}
	res, err := cl.Do(req)
	if err != nil {
		t.Errorf("%s %s: %v", method, path, err)
		return 0, ""
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}
