package dashboard

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
)

func TestLogin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	khalid := e.clinician(t, "dr.khalid")
	if err := e.pg.Accounts().DisableClinician(context.Background(), "dr.omar", store.AuditActor{Kind: store.ActorSystem, ID: "test"}); err != nil {
		t.Fatal(err)
	}
	generic := e.text.Text("en", "dash_login_failed", nil)

	for _, tc := range []struct {
		name, user, pw string
	}{
		{"wrong password", "dr.khalid", "not-the-password"},
		{"unknown user", "dr.nobody", store.DemoPassword},
		{"disabled user", "dr.omar", store.DemoPassword},
		{"empty", "", ""},
		{"huge password", "dr.khalid", strings.Repeat("x", 5000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := e.browser(t, "en")
			res := b.login(tc.user, tc.pw)
			if res.status != http.StatusUnauthorized || !strings.Contains(res.body, generic) {
				t.Errorf("login = %d, want 401 with %q; body:\n%s", res.status, generic, res.body)
			}
			if b.sessionCookie() != "" {
				t.Error("a failed login set a session cookie")
			}
		})
	}

	b := e.browser(t, "en")
	res := b.login("  DR.Khalid ", store.DemoPassword) // case and spaces do not matter
	if res.status != http.StatusSeeOther || res.header.Get("Location") != pathQueue {
		t.Fatalf("login = %d to %q, want 303 to the queue", res.status, res.header.Get("Location"))
	}
	var cookie string
	for _, c := range res.header.Values("Set-Cookie") {
		if strings.HasPrefix(c, "fd_dash=") {
			cookie = c
		}
	}
	for _, attr := range []string{"HttpOnly", "SameSite=Lax", "Path=/"} {
		if !strings.Contains(cookie, attr) {
			t.Errorf("session cookie %q lacks %s", cookie, attr)
		}
	}
	if strings.Contains(cookie, "Max-Age") || strings.Contains(cookie, "Expires") {
		t.Errorf("session cookie %q persists beyond the browser session", cookie)
	}
	queue := b.get("/dashboard/queue")
	if queue.status != http.StatusOK || !strings.Contains(queue.body, khalid.Names["en"]) {
		t.Errorf("queue after login = %d; want 200 naming the clinician", queue.status)
	}
	if n := e.auditCount(t, "clinician.login", fmt.Sprint(khalid.ID)); n != 1 {
		t.Errorf("clinician.login audit rows = %d, want 1", n)
	}
	if n := e.auditCount(t, "clinician.login_failed", fmt.Sprint(khalid.ID)); n != 2 {
		t.Errorf("clinician.login_failed audit rows = %d, want 2 (wrong and huge password)", n)
	}

	// The login page sends a signed-in visitor on, to a local path only.
	for _, tc := range []struct{ next, want string }{
		{"/dashboard/today", "/dashboard/today"},
		{"https://evil.example/", pathQueue},
		{"//evil.example/dashboard/", pathQueue},
		{"/dashboard/audit?actor=dr.khalid", "/dashboard/audit?actor=dr.khalid"},
		{"/dashboard/../../x", pathQueue},
		{"javascript:alert(1)", pathQueue},
		{`/\evil.example`, pathQueue},
	} {
		res := b.get("/dashboard/login?next=" + url.QueryEscape(tc.next))
		if res.status != http.StatusSeeOther || res.header.Get("Location") != tc.want {
			t.Errorf("login page with next=%q → %d %q, want 303 to %q", tc.next, res.status, res.header.Get("Location"), tc.want)
		}
	}
}

func TestLoginReturnsToRequestedPage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser(t, "en")
	res := b.get("/dashboard/today")
	if res.status != http.StatusSeeOther || res.header.Get("Location") != "/dashboard/login?next=%2Fdashboard%2Ftoday" {
		t.Fatalf("signed-out GET = %d to %q", res.status, res.header.Get("Location"))
	}
	res = b.post("/dashboard/login", url.Values{"username": {"dr.khalid"}, "password": {store.DemoPassword}, "next": {"/dashboard/today"}})
	if res.header.Get("Location") != "/dashboard/today" {
		t.Errorf("login went to %q, want back to /dashboard/today", res.header.Get("Location"))
	}
	if api := e.browser(t, "en").get("/dashboard/queue/rows"); api.status != http.StatusUnauthorized {
		t.Errorf("signed-out fragment = %d, want 401 for the script", api.status)
	}
}

func TestLoginLockout(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(c *Config) {
		perUser := store.Backoff{Threshold: 3, Base: time.Minute, Max: 15 * time.Minute, Window: time.Hour}
		c.LoginUser = c.Events.(*store.Redis).Throttle("test:user", perUser)
	})
	b := e.browser(t, "en")
	for i := range 2 {
		if res := b.login("dr.khalid", "wrong"); res.status != http.StatusUnauthorized {
			t.Fatalf("failure %d = %d, want 401", i+1, res.status)
		}
	}
	third := b.login("dr.khalid", "wrong")
	locked := e.text.Count("en", "dash_login_locked", 1, nil)
	if third.status != http.StatusTooManyRequests || !strings.Contains(third.body, locked) || third.header.Get("Retry-After") != "60" {
		t.Fatalf("third failure = %d (Retry-After %q), want 429 with %q; body:\n%s", third.status, third.header.Get("Retry-After"), locked, third.body)
	}
	// Locked at this address: even the right password is refused here.
	if res := b.login("dr.khalid", store.DemoPassword); res.status != http.StatusTooManyRequests {
		t.Errorf("right password while locked = %d, want 429", res.status)
	}
	// An unknown username locks the same way: the answers do not tell
	// which usernames exist.
	ghost := e.browser(t, "en")
	var statuses []int
	for range 4 {
		statuses = append(statuses, ghost.login("dr.ghost", "wrong").status)
	}
	if fmt.Sprint(statuses) != "[401 401 429 429]" {
		t.Errorf("unknown user statuses = %v, want [401 401 429 429] like a known one", statuses)
	}
	// Another account is not affected.
	if res := e.browser(t, "en").login("dr.aisha", store.DemoPassword); res.status != http.StatusSeeOther {
		t.Errorf("another account while dr.khalid is locked = %d, want 303", res.status)
	}
	// When the lock ends (its key expires), the right password works and
	// clears the count.
	if err := e.rd.Client().Del(context.Background(), e.rd.Key("throttle:test:user:{"+hashKey("dr.khalid")+"@127.0.0.1}:lock")).Err(); err != nil {
		t.Fatal(err)
	}
	if res := b.login("dr.khalid", store.DemoPassword); res.status != http.StatusSeeOther {
		t.Errorf("right password after the lock = %d, want 303", res.status)
	}
	if res := e.browser(t, "en").login("dr.khalid", "wrong"); res.status != http.StatusUnauthorized {
		t.Errorf("first failure after a success = %d, want 401 (count cleared)", res.status)
	}
}

func TestLoginLockoutPerAddress(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(c *Config) {
		perIP := store.Backoff{Threshold: 3, Base: time.Minute, Max: 15 * time.Minute, Window: time.Hour}
		c.LoginIP = c.Events.(*store.Redis).Throttle("test:ip", perIP)
	})
	b := e.browser(t, "ar")
	// Three usernames, one failure each: the address is what locks.
	for _, u := range []string{"dr.a", "dr.b", "dr.c"} {
		b.login(u, "wrong")
	}
	res := b.login("dr.aisha", store.DemoPassword)
	if res.status != http.StatusTooManyRequests || !strings.Contains(res.body, e.text.Count("ar", "dash_login_locked", 1, nil)) {
		t.Errorf("login from a locked address = %d, want 429 in Arabic; body:\n%s", res.status, res.body)
	}
}

func TestClientKey(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, ip, want string }{
		{"ipv4", "192.0.2.7", "192.0.2.7"},
		{"ipv4 mapped", "::ffff:192.0.2.7", "192.0.2.7"},
		{"ipv6 by /64", "2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"},
		{"same /64", "2001:db8:1:2:ffff::1", "2001:db8:1:2::/64"},
		{"not an address", "proxy", hashKey("proxy")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clientKey(tc.ip); got != tc.want {
				t.Errorf("clientKey(%q) = %q, want %q", tc.ip, got, tc.want)
			}
		})
	}
}
