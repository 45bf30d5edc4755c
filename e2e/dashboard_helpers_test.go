package e2e

import (
	"bufio"
	"context"
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
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// dashEnv is one dashboard on its own database and Redis prefix, holding
// the demo accounts (password store.DemoPassword), served over HTTP as
// serve serves it; the walks reach it only through its HTTP API and its
// Config (a real clock, short heartbeats).
type dashEnv struct {
	pg   *store.Postgres
	rd   *store.Redis
	srv  *httptest.Server
	text *locales.Catalog

	mu  sync.Mutex
	now time.Time // the dashboard's clock when set (setClock); else the real one
}

// setClock stops the dashboard's clock at now.
func (e *dashEnv) setClock(now time.Time) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.now = now
}

// riyadh is the dashboard's default zone.
func riyadh(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Riyadh")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// dashOption adjusts the dashboard's Config before dashboard.New.
type dashOption func(*dashboard.Config)

// startDashboard seeds the demo network into pg and starts a dashboard on
// pg and rd, with its event hub running until the test ends.
func startDashboard(t testing.TB, pg *store.Postgres, rd *store.Redis, opts ...dashOption) *dashEnv {
	t.Helper()
	if _, err := store.SeedDemo(context.Background(), pg); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return serveDashboard(t, pg, rd, opts...)
}

// serveDashboard starts a dashboard on pg and rd as they are (no demo
// accounts).
func serveDashboard(t testing.TB, pg *store.Postgres, rd *store.Redis, opts ...dashOption) *dashEnv {
	t.Helper()
	e := &dashEnv{pg: pg, rd: rd, text: catalog(t)}
	perUser, perIP, perAccount := dashboard.LoginBackoff()
	cfg := dashboard.Config{
		Accounts: pg.Accounts(), Admin: pg, Audit: pg.AuditLog(), Events: rd, Cases: pg.Cases(rd),
		Questions: mustRules(t), Today: storetest.NewAppointments(t, pg), Reports: pg.Reports(),
		Sessions:     rd.SessionStore("dash"),
		LoginUser:    rd.Throttle("dash:login:user", perUser),
		LoginIP:      rd.Throttle("dash:login:ip", perIP),
		LoginAccount: rd.Throttle("dash:login:account", perAccount),
		Text:         e.text,
		Log:          slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Heartbeat:    50 * time.Millisecond,
		EventWait:    20 * time.Millisecond, // Run then stops at once
		Clock: func() time.Time {
			e.mu.Lock()
			defer e.mu.Unlock()
			if e.now.IsZero() {
				return time.Now()
			}
			return e.now
		},
	}
	for _, o := range opts {
		o(&cfg)
	}
	d, err := dashboard.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := d.Run(ctx); err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	e.srv = httptest.NewServer(d.Routes())
	t.Cleanup(func() {
		e.srv.CloseClientConnections()
		e.srv.Close()
		cancel()
		<-done
	})
	return e
}

// testLog sends the dashboard's warnings and errors to the test's log.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// clinician returns a demo account.
func (e *dashEnv) clinician(t testing.TB, username string) store.Clinician {
	t.Helper()
	c, _, err := e.pg.Accounts().ClinicianLogin(context.Background(), username)
	if err != nil {
		t.Fatalf("demo account %s: %v", username, err)
	}
	return c
}

// auditCount counts audit rows with this action and subject id.
func (e *dashEnv) auditCount(t testing.TB, action, subjectID string) int {
	t.Helper()
	var n int
	err := e.pg.Pool().QueryRow(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = $1 AND subject_id = $2`, action, subjectID).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

var caseSources atomic.Int64

// openCase queues a case as the dialogs would (announcing it), at facility
// (0: the network-wide pool).
func (e *dashEnv) openCase(t testing.TB, c dialogs.Case, facility int64) int64 {
	t.Helper()
	ctx := context.Background()
	if c.PatientID == 0 {
		p, err := e.pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "500"}, "500")
		if err != nil {
			t.Fatal(err)
		}
		c.PatientID = p.ID
	}
	if c.Source == "" {
		c.Source = fmt.Sprintf("test:%d", caseSources.Add(1))
	}
	c.Queue = true
	id, err := e.pg.Cases(e.rd).OpenCase(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if facility != 0 {
		if _, err := e.pg.Pool().Exec(ctx, `UPDATE cases SET facility_id = $2 WHERE id = $1`, id, facility); err != nil {
			t.Fatal(err)
		}
	}
	return id
}

// chestPain is an Arabic-speaking pilgrim's emergency, with markup in
// their words that must show as text.
var chestPain = dialogs.Case{
	Lang: "ar", Complaint: "ألم شديد في الصدر <b>منذ ساعة</b>", Urgency: "emergency", Specialty: "emergency_medicine",
	RedFlags: []string{"RF-CHEST-01"}, Pathway: "chest",
	Answers: map[string]string{"duration": "hours", "chest_spread": "yes"},
	Facts: map[string]string{"pilgrim": "true", "sex": "m", "chronic": "diabetes,hypertension",
		"finding:chest_pain": "present:text", "finding:sweating": "unknown:answer", "finding:breathless": "absent:answer"},
}

// messageID matches a dashboard message id shown in place of its text.
var messageID = regexp.MustCompile(`\bdash_[a-z_]+\b`)

// firstAdmin is all an empty database gets before the dashboard: the
// operator's one-facility file with the first admin (frontdoor import), as
// the dashboard's own set-up walk (dashboard/admin_browser_test.go) has it.
const firstAdmin = `
facilities:
  - code: head_office
    name: {ar: الإدارة, en: Head office}
    city: makkah
    time_zone: Asia/Riyadh
accounts:
  - username: admin.first
    name: {ar: المسؤول, en: First admin}
    role: admin
    facilities: [head_office]
`

// The queue's, the desk's and the referrals' pages.
const (
	pathQueue     = "/dashboard/queue"
	pathDesk      = "/dashboard/desk"
	pathReferrals = "/dashboard/referrals"
)

// slotValue names a slot as the dashboard's forms do:
// "<clinician>:<start>:<end>" in Unix seconds.
func slotValue(s schedule.Slot) string {
	return fmt.Sprintf("%d:%d:%d", s.Clinician, s.Start.Unix(), s.End.Unix())
}

// openBrowser starts a fresh headless Chromium on a desktop window that
// sends Accept-Language accept; the login form's 401 and 429 are
// expected, not console errors.
func openBrowser(t *testing.T, accept string) context.Context {
	t.Helper()
	return browsertest.Open(t, browsertest.Options{
		Accept: accept, Width: 1280, Height: 900, Timeout: 60 * time.Second,
		Ignore: func(m chromedp.ConsoleMessage) bool {
			s := m.String()
			return m.Source == "network" && (strings.Contains(s, "status of 401") || strings.Contains(s, "status of 429"))
		},
	})
}

// browser is one clinician's client with its own cookies; it does not
// follow redirects, so tests see them.
type browser struct {
	t    testing.TB
	c    *http.Client
	lang string // Accept-Language
	base string // the server's URL
}

func (e *dashEnv) browser(t testing.TB, lang string) *browser {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, lang: lang, base: e.srv.URL, c: &http.Client{
		Jar:           jar,
		Timeout:       30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

// response is a read response.
type response struct {
	status int
	header http.Header
	body   string
}

func (b *browser) do(req *http.Request) response {
	b.t.Helper()
	if b.lang != "" {
		req.Header.Set("Accept-Language", b.lang)
	}
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		b.t.Fatalf("%s %s: read: %v", req.Method, req.URL.Path, err)
	}
	return response{status: res.StatusCode, header: res.Header, body: string(body)}
}

func (b *browser) get(path string) response {
	b.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, b.base+path, nil)
	return b.do(req)
}

// post sends a form as a same-origin browser would (Sec-Fetch-Site).
func (b *browser) post(path string, form url.Values) response {
	b.t.Helper()
	return b.postWith(path, form, map[string]string{"Sec-Fetch-Site": "same-origin"})
}

func (b *browser) postWith(path string, form url.Values, headers map[string]string) response {
	b.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, b.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return b.do(req)
}

// mustLogin signs in with the demo password and checks that it worked.
func (b *browser) mustLogin(user string) {
	b.t.Helper()
	res := b.post("/dashboard/login", url.Values{"username": {user}, "password": {store.DemoPassword}})
	if res.status != http.StatusSeeOther || res.header.Get("Location") != pathQueue {
		b.t.Fatalf("login %s = %d to %q, want 303 to the queue; body:\n%s", user, res.status, res.header.Get("Location"), res.body)
	}
}

// sseEvent is one server-sent event as a browser parses it.
type sseEvent struct {
	id, name, data string
}

// eventStream is an open event stream.
type eventStream struct {
	events chan sseEvent
	cancel context.CancelFunc
}

// openStream connects b to the event stream with lastID as Last-Event-ID
// ("" for none) and query appended to the URL. The dashboard answers 503
// until its event hub reads Redis, so a 503 is retried, as dash.js does.
func (b *browser) openStream(lastID, query string) *eventStream {
	b.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	deadline := time.Now().Add(10 * time.Second)
	var res *http.Response
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, b.base+"/dashboard/events"+query, nil)
		if lastID != "" {
			req.Header.Set("Last-Event-ID", lastID)
		}
		var err error
		res, err = (&http.Client{Jar: b.c.Jar}).Do(req) // no client timeout: the stream stays open
		if err != nil {
			cancel()
			b.t.Fatalf("open stream: %v", err)
		}
		if res.StatusCode != http.StatusServiceUnavailable || time.Now().After(deadline) {
			break
		}
		res.Body.Close()
		time.Sleep(5 * time.Millisecond)
	}
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
		cancel()
		b.t.Fatalf("open stream = %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	s := &eventStream{events: make(chan sseEvent, 64), cancel: cancel}
	go func() {
		defer res.Body.Close()
		defer close(s.events)
		sc := bufio.NewScanner(res.Body)
		var ev sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.name != "" || ev.data != "" {
					s.events <- ev
				}
				ev = sseEvent{}
			case strings.HasPrefix(line, "id: "):
				ev.id = strings.TrimPrefix(line, "id: ")
			case strings.HasPrefix(line, "event: "):
				ev.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				ev.data = strings.TrimPrefix(line, "data: ")
			}
		}
	}()
	b.t.Cleanup(cancel)
	return s
}
