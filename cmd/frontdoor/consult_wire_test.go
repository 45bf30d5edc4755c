package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/intake"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/webchat"
)

// wiredClinic is a whole Frontdoor wired as build wires it: the dialogs
// engine with triage, booking and the consult, the Telegram channel on a
// fake Bot API, the web chat with pushes, and the dashboard, one HTTP
// server for the web parts, every background loop running.
type wiredClinic struct {
	pg   *store.Postgres
	text *locales.Catalog
	fake *telegramtest.Server
	srv  *httptest.Server
}

// clinicOptions change newClinic's wiring.
type clinicOptions struct {
	// telegramLimits gives the channel Telegram's own limits (its
	// defaults) and makes the fake Bot API enforce them, edits included.
	telegramLimits bool
}

func newClinic(t *testing.T, opts ...clinicOptions) *wiredClinic {
	t.Helper()
	var o clinicOptions
	for _, x := range opts {
		o.telegramLimits = o.telegramLimits || x.telegramLimits
	}
	ctx := context.Background()
	pg, rd := storetest.NewPostgres(t), storetest.NewRedis(t)
	if _, err := store.SeedDemo(ctx, pg); err != nil {
		t.Fatal(err)
	}
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	tri, err := loadTriage()
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	built := testEngine(t, pg, rd, nil, dialogs.UrgentFallback{Phone: "937"})
	engine, appts := built.Engine, built.Appointments
	chat := &webchat.Server{Handler: engine, Text: text, Locker: rd, Keys: rd, Limiter: rd, Metrics: metrics.New(), Log: log, Emergency: "997", Pushes: rd}
	fake := telegramtest.NewServer(t)
	limits := bot.Limits{PerChat: 100, Global: 1000, Bulk: 500}
	if o.telegramLimits {
		limits = bot.Limits{}
		fake.EnforceLimits(telegramtest.TelegramLimits)
	}
	tg, err := bot.New(bot.Config{
		Token: telegramtest.Token, APIURL: fake.URL, Handler: engine, Redis: rd.Client(), Prefix: rd.Key("tg"),
		Text: text, Metrics: metrics.New(), Log: log, EmergencyNumber: "997", Shards: 4,
		Limits: limits, PollTimeout: time.Second,
		Intake: intake.Options{Block: 100 * time.Millisecond, RetryBackoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond},
	})
	if err != nil {
		t.Fatal(err)
	}
	jitsi := testJitsi(t)
	notify := newChannels(tg, nil, chat)
	consults := pg.Consults(rd)
	rl, err := relay.New(relay.Config{Store: consults, Patients: engine, Notifier: notify, Locker: rd, Video: jitsi, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	consult := &dashboard.Consult{Store: consults, Relay: rl, Video: jitsi, Bookings: appts}
	logins := newLoginThrottles(rd)
	dash, err := dashboard.New(dashboard.Config{
		Accounts: pg.Accounts(), Audit: pg.AuditLog(), Events: rd, Cases: pg.Cases(rd), Questions: tri, Today: appts, Consult: consult,
		Sessions: rd.SessionStore("dash"), LoginUser: logins.user, LoginIP: logins.ip, LoginAccount: logins.account,
		Text: text, Log: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	chatRoutes, dashRoutes := chat.Routes(), dash.Routes()
	mux.Handle("/chat", chatRoutes)
	mux.Handle("/chat/", chatRoutes)
	mux.Handle("/dashboard", dashRoutes)
	mux.Handle("/dashboard/", dashRoutes)
	srv := httptest.NewServer(mux)

	runCtx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, run := range []func(context.Context) error{tg.Run, chat.Run, dash.Run, rl.Run} {
		wg.Go(func() { _ = run(runCtx) })
	}
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
		cancel()
		wg.Wait()
		tg.Close()
	})
	return &wiredClinic{pg: pg, text: text, fake: fake, srv: srv}
}

// client is a browser: its own cookies, no redirects followed.
func (c *wiredClinic) client(t *testing.T) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 20 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func (c *wiredClinic) do(t *testing.T, cl *http.Client, method, path, ctype, body string) string {
	t.Helper()
	req, _ := http.NewRequest(method, c.srv.URL+path, strings.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Sec-Fetch-Site", "same-origin")
	}
	res, err := cl.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode >= 400 {
		t.Fatalf("%s %s = %d: %s", method, path, res.StatusCode, b)
	}
	return string(b)
}

func (c *wiredClinic) form(t *testing.T, cl *http.Client, path string, v url.Values) {
	t.Helper()
	c.do(t, cl, http.MethodPost, path, "application/x-www-form-urlencoded", v.Encode())
}

// events opens an event stream (the dashboard's or a chat's) and returns
// its data lines as they come.
func (c *wiredClinic) events(t *testing.T, cl *http.Client, path string) <-chan string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.srv.URL+path, nil)
	res, err := (&http.Client{Jar: cl.Jar}).Do(req)
	if err != nil || res.StatusCode != http.StatusOK {
		cancel()
		t.Fatalf("GET %s: %v %v", path, err, res)
	}
	t.Cleanup(func() { cancel(); res.Body.Close() })
	out := make(chan string, 32)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(res.Body)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				out <- data
			}
		}
	}()
	return out
}

// pushed waits for the next replies pushed to a chat page.
func pushed(t *testing.T, ch <-chan string) []dialogs.Reply {
	t.Helper()
	select {
	case data := <-ch:
		var body struct{ Replies []dialogs.Reply }
		if err := json.Unmarshal([]byte(data), &body); err != nil {
			t.Fatalf("push %q: %v", data, err)
		}
		return body.Replies
	case <-time.After(10 * time.Second):
		t.Fatal("nothing pushed to the chat page in 10 s")
	}
	return nil
}

// webSend posts one input to the chat and returns the replies.
func (c *wiredClinic) webSend(t *testing.T, cl *http.Client, n *int, text, data string) []dialogs.Reply {
	t.Helper()
	*n++
	raw, _ := json.Marshal(map[string]string{"id": fmt.Sprint("m", *n), "text": text, "data": data})
	var body struct{ Replies []dialogs.Reply }
	if err := json.Unmarshal([]byte(c.do(t, cl, http.MethodPost, "/chat/send", "application/json", string(raw))), &body); err != nil {
		t.Fatal(err)
	}
	return body.Replies
}

// dataWith returns the data of the first button whose data matches re.
func dataWith(t *testing.T, replies []dialogs.Reply, re string) string {
	t.Helper()
	rx := regexp.MustCompile(re)
	for _, r := range replies {
		for _, row := range r.Buttons {
			for _, b := range row {
				if b.Data != "" && rx.MatchString(b.Data) {
					return b.Data
				}
			}
		}
	}
	t.Fatalf("no button matching %s in %+v", re, replies)
	return ""
}

func linkOf(replies []dialogs.Reply) string {
	for _, r := range replies {
		for _, row := range r.Buttons {
			for _, b := range row {
				if b.URL != "" {
					return b.URL
				}
			}
		}
	}
	return ""
}

var tokenField = regexp.MustCompile(`name="token" value="([A-Z2-7]{26})"`)

// TestConsultBothChannels walks a quick consult in each channel as a
// patient and a clinician would, through serve's wiring: a Telegram
// patient in Arabic and a web chat patient in English queue (their place
// and an estimate, since a clinician is on the dashboard), add a note,
// get the clinician's name and the video link when the case is taken,
// exchange messages with the clinician both ways, hear the closing and
// rate the consult in one tap.
func TestConsultBothChannels(t *testing.T) {
	ctx := context.Background()
	c := newClinic(t)
	doc := c.client(t)
	c.form(t, doc, "/dashboard/login", url.Values{"username": {"dr.khalid"}, "password": {store.DemoPassword}})
	c.form(t, doc, "/dashboard/duty", url.Values{"on": {"1"}})
	c.events(t, doc, "/dashboard/events") // on duty and present: estimates count Khalid

	// Telegram, in Arabic.
	u := telegramtest.User{ID: 5501, FirstName: "سالم", LanguageCode: "ar"}
	sent := walkTelegram(t, c, u)
	decision := sent[len(sent)-2].Text // the last is the offer to send a phone number
	if !strings.Contains(decision, c.text.Text("ar", "triagedialog_next", nil)) ||
		!strings.Contains(decision, c.text.Text("ar", "consult_wait_soon", nil)) {
		t.Errorf("Telegram decision %q lacks the place or the estimate", decision)
	}
	// Web chat, in English.
	web, n := c.client(t), 0
	c.do(t, web, http.MethodGet, "/chat", "", "")
	pushes := c.events(t, web, "/chat/events")
	last := c.webSend(t, web, &n, "/start", "")
	for _, re := range []string{":o:lang:en$", ":o:agree$", ":o:m:doctor$"} {
		last = c.webSend(t, web, &n, "", dataWith(t, last, re))
	}
	last = c.webSend(t, web, &n, "heat exhaustion", "")
	for i := 0; i < 20 && strings.Contains(fmt.Sprint(last), ":t:a:"); i++ {
		last = c.webSend(t, web, &n, "", dataWith(t, last, `:t:a:(no|40to64y|days|3)$`))
	}
	last = c.skipPlaceWeb(t, web, &n, last)
	if got := last[len(last)-2].Text; !strings.Contains(got, "in the queue") || !strings.Contains(got, "Estimated wait") &&
		!strings.Contains(got, c.text.Text("en", "consult_wait_soon", nil)) {
		t.Errorf("web decision %q lacks the place or the estimate", got)
	}
	if got := c.webSend(t, web, &n, "I am at the Hilton, room 512", ""); !strings.HasPrefix(got[0].Text, "✓ Added to your case") {
		t.Errorf("web note got %q", got[0].Text)
	}

	tgCase, webCase := caseOf(t, c, fmt.Sprintf("telegram:%d/", u.ID)), caseOf(t, c, "web:")
	for _, id := range []int64{tgCase, webCase} {
		c.form(t, doc, fmt.Sprintf("/dashboard/cases/%d/claim", id), nil)
	}
	claim := c.fake.WaitSent(t, u.ID, len(sent)+1)[len(sent)]
	if !strings.Contains(claim.Text, "د. خالد العتيبي") || !strings.HasPrefix(claim.Buttons()[0][0].URL, "https://meet.example.org/") {
		t.Errorf("Telegram claim %q %s", claim.Text, claim.ReplyMarkup)
	}
	webClaim := pushed(t, pushes)
	if !strings.Contains(webClaim[0].Text, "Dr. Khalid Al-Otaibi") || !strings.HasPrefix(linkOf(webClaim), "https://meet.example.org/") {
		t.Errorf("web claim %+v", webClaim)
	}

	// The clinician writes to each; each patient answers in their channel.
	for _, w := range []struct {
		id         int64
		msg, reply string
	}{{tgCase, "هل أنت في مكان بارد الآن؟", "نعم في الفندق"}, {webCase, "Are you somewhere cool now?", "Yes, in my room"}} {
		page := c.do(t, doc, http.MethodGet, fmt.Sprintf("/dashboard/cases/%d", w.id), "", "")
		tok := tokenField.FindStringSubmatch(page)
		if tok == nil {
			t.Fatalf("case %d page has no message form", w.id)
		}
		c.form(t, doc, fmt.Sprintf("/dashboard/cases/%d/messages", w.id), url.Values{"text": {w.msg}, "token": {tok[1]}})
	}
	got := c.fake.WaitSent(t, u.ID, len(sent)+2)[len(sent)+1]
	if got.Text != "🩺 د. خالد العتيبي:\nهل أنت في مكان بارد الآن؟" {
		t.Errorf("Telegram got %q", got.Text)
	}
	if r := pushed(t, pushes); r[0].Text != "🩺 Dr. Khalid Al-Otaibi:\nAre you somewhere cool now?" {
		t.Errorf("web got %q", r[0].Text)
	}
	c.fake.PushText(u, "نعم في الفندق")
	c.fake.WaitSent(t, u.ID, len(sent)+3)
	if r := c.webSend(t, web, &n, "Yes, in my room", ""); r[0].Text != "✓ Sent to Dr. Khalid Al-Otaibi." {
		t.Errorf("web reply acknowledged as %q", r[0].Text)
	}
	for id, want := range map[int64]string{tgCase: "نعم في الفندق", webCase: "Yes, in my room"} {
		if thread := c.do(t, doc, http.MethodGet, fmt.Sprintf("/dashboard/cases/%d/thread", id), "", ""); !strings.Contains(thread, want) {
			t.Errorf("case %d thread lacks the patient's reply", id)
		}
	}

	// Closing; each patient rates in one tap.
	for _, id := range []int64{tgCase, webCase} {
		c.form(t, doc, fmt.Sprintf("/dashboard/cases/%d/close", id), url.Values{"disposition": {"advice"}})
	}
	tgAll := c.fake.WaitSent(t, u.ID, len(sent)+5)
	rate := tgAll[len(sent)+4]
	c.fake.PushCallback(u, rate.ID, rate.Buttons()[0][3].CallbackData) // ٤
	webClose := pushed(t, pushes)
	c.webSend(t, web, &n, "", dataWith(t, webClose, `:t:rt:5$`))
	deadline := time.Now().Add(10 * time.Second)
	for {
		var tgRating, webRating int
		err := c.pg.Pool().QueryRow(ctx, `SELECT (SELECT coalesce(rating, 0) FROM cases WHERE id = $1),
			(SELECT coalesce(rating, 0) FROM cases WHERE id = $2)`, tgCase, webCase).Scan(&tgRating, &webRating)
		if err == nil && tgRating == 4 && webRating == 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("ratings %d and %d (%v), want 4 and 5", tgRating, webRating, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// walkTelegram walks u from /start to the queue and returns every message
// sent to them.
func walkTelegram(t *testing.T, c *wiredClinic, u telegramtest.User) []telegramtest.Message {
	t.Helper()
	c.fake.PushText(u, "/start")
	sent := c.fake.WaitSent(t, u.ID, 1)
	press := func(re string) {
		t.Helper()
		m := sent[len(sent)-1]
		rx := regexp.MustCompile(re)
		for _, row := range m.Buttons() {
			for _, b := range row {
				if rx.MatchString(b.CallbackData) {
					c.fake.PushCallback(u, m.ID, b.CallbackData)
					sent = c.fake.WaitSent(t, u.ID, len(sent)+1)
					return
				}
			}
		}
		t.Fatalf("no button matching %s in %q", re, m.ReplyMarkup)
	}
	for _, re := range []string{":o:lang:ar$", ":o:agree$", ":o:m:doctor$"} {
		press(re)
	}
	c.fake.PushText(u, "إجهاد حراري")
	sent = c.fake.WaitSent(t, u.ID, len(sent)+1)
	for i := 0; i < 20 && bytes.Contains([]byte(sent[len(sent)-1].ReplyMarkup), []byte(":t:a:")); i++ {
		press(`:t:a:(no|40to64y|days|3)$`)
	}
	sent = skipPlaceTelegram(t, c.fake, u, sent)
	// A queued case is followed by the offer to send a phone number.
	return c.fake.WaitSent(t, u.ID, len(sent)+1)
}

func caseOf(t *testing.T, c *wiredClinic, source string) int64 {
	t.Helper()
	var id int64
	if err := c.pg.Pool().QueryRow(context.Background(),
		`SELECT id FROM cases WHERE starts_with(source, $1) AND status = 'waiting'`, source).Scan(&id); err != nil {
		t.Fatalf("waiting case from %s: %v", source, err)
	}
	return id
}
