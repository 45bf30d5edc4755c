package dashboard

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage"
)

// env is one dashboard on its own database and Redis prefix, served over
// HTTP, with the demo accounts (password store.DemoPassword).
type env struct {
	pg   *store.Postgres
	rd   *store.Redis
	d    *Dashboard
	srv  *httptest.Server
	text *locales.Catalog

	mu    sync.Mutex
	shift time.Duration // added to the dashboard's clock
}

type option func(*Config)

// newEnv starts a dashboard; opts adjust its Config before New.
func newEnv(t testing.TB, opts ...option) *env {
	t.Helper()
	return newEnvOn(t, storetest.NewPostgres(t), storetest.NewRedis(t), opts...)
}

// newEnvOn starts a dashboard on pg and rd, for options that build more
// parts on the same stores.
func newEnvOn(t testing.TB, pg *store.Postgres, rd *store.Redis, opts ...option) *env {
	t.Helper()
	if _, err := store.SeedDemo(context.Background(), pg); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return startEnv(t, pg, rd, opts...)
}

// startEnv starts a dashboard on pg and rd as they are (no demo accounts).
func startEnv(t testing.TB, pg *store.Postgres, rd *store.Redis, opts ...option) *env {
	t.Helper()
	e := &env{pg: pg, rd: rd}
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	e.text = text
	perUser, perIP, perAccount := LoginBackoff()
	// The Today page reads the day from the appointments.
	appts := storetest.NewAppointments(t, pg)
	cfg := Config{
		Accounts: e.pg.Accounts(), Admin: e.pg, Audit: e.pg.AuditLog(), Events: e.rd, Cases: e.pg.Cases(e.rd), Questions: questions(t), Today: appts, Reports: e.pg.Reports(),
		Sessions:     e.rd.SessionStore("dash"),
		LoginUser:    e.rd.Throttle("dash:login:user", perUser),
		LoginIP:      e.rd.Throttle("dash:login:ip", perIP),
		LoginAccount: e.rd.Throttle("dash:login:account", perAccount),
		Text:         text,
		Log:          slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Clock: func() time.Time {
			e.mu.Lock()
			defer e.mu.Unlock()
			return time.Now().Add(e.shift)
		},
		Heartbeat: 50 * time.Millisecond,
		EventWait: 20 * time.Millisecond, // Run then stops at once
	}
	for _, o := range opts {
		o(&cfg)
	}
	d, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.d = d

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
	waitRunning(t, d)
	return e
}

var (
	triageOnce   sync.Once
	triageEngine *triage.Engine
	triageErr    error
)

// questions returns the triage engine, loaded once for the package.
func questions(t testing.TB) *triage.Engine {
	t.Helper()
	triageOnce.Do(func() { triageEngine, triageErr = triage.Load() })
	if triageErr != nil {
		t.Fatalf("triage: %v", triageErr)
	}
	return triageEngine
}

// testLog sends the dashboard's warnings and errors to the test's log.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// waitRunning waits until the hub reads events, so that a test's first
// event stream is not refused.
func waitRunning(t testing.TB, d *Dashboard) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if ch, ok := d.hub.subscribe(); ok {
			d.hub.unsubscribe(ch)
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("the event hub did not start")
}

func (e *env) moveClock(d time.Duration) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.shift += d
}

// browser is one client with its own cookies; it does not follow
// redirects, so tests see them.
type browser struct {
	t    testing.TB
	e    *env
	c    *http.Client
	lang string // Accept-Language
	base string // the server's URL
	from string // X-Forwarded-For, for tests behind a trusted proxy
}

func (e *env) browser(t testing.TB, lang string) *browser {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, e: e, lang: lang, base: e.srv.URL, c: &http.Client{
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
	if b.from != "" {
		req.Header.Set("X-Forwarded-For", b.from)
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

func (b *browser) login(user, pw string) response {
	b.t.Helper()
	return b.post("/dashboard/login", url.Values{"username": {user}, "password": {pw}})
}

// mustLogin signs in and checks that it worked.
func (b *browser) mustLogin(user string) {
	b.t.Helper()
	if res := b.login(user, store.DemoPassword); res.status != http.StatusSeeOther || res.header.Get("Location") != pathQueue {
		b.t.Fatalf("login %s = %d to %q, want 303 to the queue; body:\n%s", user, res.status, res.header.Get("Location"), res.body)
	}
}

// sessionCookie returns the browser's session cookie value ("" if none).
func (b *browser) sessionCookie() string {
	u, _ := url.Parse(b.base)
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == "fd_dash" {
			return c.Value
		}
	}
	return ""
}

// setSessionCookie replaces the browser's session cookie.
func (b *browser) setSessionCookie(v string) {
	u, _ := url.Parse(b.base)
	b.c.Jar.SetCookies(u, []*http.Cookie{{Name: "fd_dash", Value: v, Path: "/"}})
}

// signedIn reports whether the browser reaches the queue (else it is sent
// to the login page).
func (b *browser) signedIn() bool {
	b.t.Helper()
	res := b.get("/dashboard/queue")
	switch {
	case res.status == http.StatusOK:
		return true
	case res.status == http.StatusSeeOther && strings.HasPrefix(res.header.Get("Location"), pathLogin):
		return false
	}
	b.t.Fatalf("GET /dashboard/queue = %d (%s)", res.status, res.header.Get("Location"))
	return false
}

// clinician returns a demo account.
func (e *env) clinician(t testing.TB, username string) store.Clinician {
	t.Helper()
	c, _, err := e.pg.Accounts().ClinicianLogin(context.Background(), username)
	if err != nil {
		t.Fatalf("demo account %s: %v", username, err)
	}
	return c
}

// auditCount counts audit rows with this action and subject id.
func (e *env) auditCount(t testing.TB, action, subjectID string) int {
	t.Helper()
	var n int
	err := e.pg.Pool().QueryRow(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = $1 AND subject_id = $2`, action, subjectID).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// sessionKeys lists the Redis keys of live sessions (not tombstones).
func (e *env) sessionKeys(t testing.TB) []string {
	t.Helper()
	keys, err := e.rd.Client().Keys(context.Background(), e.rd.Key("dash:session:*")).Result()
	if err != nil {
		t.Fatal(err)
	}
	var live []string
	for _, k := range keys {
		if !strings.HasSuffix(k, ":deleted") {
			live = append(live, k)
		}
	}
	return live
}
