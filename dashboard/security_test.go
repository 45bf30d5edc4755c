package dashboard

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestCrossOriginPostsRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")

	for _, tc := range []struct {
		name    string
		path    string
		headers map[string]string
	}{
		{"logout, cross-site fetch metadata", "/dashboard/logout", map[string]string{"Sec-Fetch-Site": "cross-site"}},
		{"logout everywhere, foreign Origin", "/dashboard/logout-all", map[string]string{"Origin": "https://evil.example"}},
		{"login (login CSRF)", "/dashboard/login", map[string]string{"Sec-Fetch-Site": "cross-site"}},
		{"language toggle", "/dashboard/lang", map[string]string{"Sec-Fetch-Site": "same-site"}},
		{"claim", "/dashboard/cases/1/claim", map[string]string{"Origin": "http://attacker.test"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			form := url.Values{"username": {"dr.khalid"}, "password": {"x"}, "lang": {"ar"}}
			res := b.postWith(tc.path, form, tc.headers)
			if res.status != http.StatusForbidden || !strings.Contains(res.body, e.text.Text("en", "dash_error_forbidden", nil)) {
				t.Errorf("POST %s = %d, want 403 with the forbidden page", tc.path, res.status)
			}
		})
	}
	if !b.signedIn() {
		t.Error("a refused cross-origin logout still ended the session")
	}
	// The same POST from this origin works.
	if res := b.post("/dashboard/logout", nil); res.status != http.StatusSeeOther {
		t.Errorf("same-origin logout = %d, want 303", res.status)
	}
}

func TestSecurityHeaders(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	admin := e.browser(t, "en")
	admin.mustLogin("admin.noura")

	for _, tc := range []struct {
		name string
		b    *browser
		path string
		code int
	}{
		{"login page", e.browser(t, "en"), "/dashboard/login", http.StatusOK},
		{"queue", admin, "/dashboard/queue", http.StatusOK},
		{"audit", admin, "/dashboard/audit", http.StatusOK},
		{"not found", admin, "/dashboard/nothing", http.StatusNotFound},
		{"style sheet", e.browser(t, "en"), "/dashboard/static/dash.css", http.StatusOK},
		{"static directory", e.browser(t, "en"), "/dashboard/static/", http.StatusNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := tc.b.get(tc.path)
			if res.status != tc.code {
				t.Fatalf("GET %s = %d, want %d", tc.path, res.status, tc.code)
			}
			csp := res.header.Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("CSP %q lacks %q", csp, want)
				}
			}
			if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "*") {
				t.Errorf("CSP %q allows inline code or any origin", csp)
			}
			for h, want := range map[string]string{
				"X-Content-Type-Options": "nosniff",
				"Referrer-Policy":        "no-referrer",
				"X-Frame-Options":        "DENY",
			} {
				if got := res.header.Get(h); got != want {
					t.Errorf("%s = %q, want %q", h, got, want)
				}
			}
			if res.header.Get("Strict-Transport-Security") != "" {
				t.Error("HSTS sent over plain HTTP")
			}
			if strings.HasPrefix(tc.path, "/dashboard/static") {
				if len(res.header.Values("Set-Cookie")) != 0 {
					t.Error("a static file set a cookie")
				}
			} else if cc := res.header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store on pages", cc)
			}
		})
	}
}

func TestSecureDeployment(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(c *Config) { c.Secure = true })
	h := e.d.Routes()

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "https://clinic.example/dashboard/login", nil))
	if got := rec.Header().Get("Strict-Transport-Security"); !strings.HasPrefix(got, "max-age=63072000") {
		t.Errorf("HSTS = %q, want two years", got)
	}

	form := url.Values{"username": {"dr.khalid"}, "password": {"frontdoor-demo"}}
	req := httptest.NewRequest(http.MethodPost, "https://clinic.example/dashboard/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	cookie := rec.Header().Get("Set-Cookie")
	if rec.Code != http.StatusSeeOther || !strings.HasPrefix(cookie, "__Host-fd_dash=") ||
		!strings.Contains(cookie, "; Secure") || !strings.Contains(cookie, "Path=/") {
		t.Errorf("secure login = %d, cookie %q; want a __Host- cookie, Secure, Path=/", rec.Code, cookie)
	}
	if strings.Contains(cookie, "Domain=") {
		t.Errorf("cookie %q names a domain; __Host- forbids it", cookie)
	}
}

func TestRoles(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, tc := range []struct {
		user   string
		status int
	}{
		{"dr.khalid", http.StatusForbidden},
		{"coord.sara", http.StatusForbidden},
		{"admin.noura", http.StatusOK},
	} {
		t.Run(tc.user, func(t *testing.T) {
			b := e.browser(t, "en")
			b.mustLogin(tc.user)
			res := b.get("/dashboard/audit")
			if res.status != tc.status {
				t.Errorf("%s GET /dashboard/audit = %d, want %d", tc.user, res.status, tc.status)
			}
			queue := b.get("/dashboard/queue")
			hasAuditLink := strings.Contains(queue.body, `href="/dashboard/audit"`)
			if hasAuditLink != (tc.status == http.StatusOK) {
				t.Errorf("%s sees the audit link: %v", tc.user, hasAuditLink)
			}
		})
	}
}
