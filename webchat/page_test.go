package webchat

import (
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"html"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func TestPageIssuesConversationCookie(t *testing.T) {
	for _, tc := range []struct {
		name, cookie, path string
		secure             bool
	}{
		{"plain http", conversationCookie, "/chat", false},
		{"secure", secureCookie, "/", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, ts := newServer(t, &scripted{})
			s.Secure = tc.secure
			b := newBrowser(t, ts)
			resp, body := b.Open("")
			c := findCookie(resp, tc.cookie)
			if c == nil {
				t.Fatalf("first visit set no %s cookie; Set-Cookie: %q", tc.cookie, resp.Header.Values("Set-Cookie"))
			}
			if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != tc.path || c.Secure != tc.secure {
				t.Errorf("cookie = %+v, want HttpOnly, SameSite=Lax, Path=%s, Secure=%v", c, tc.path, tc.secure)
			}
			// A session cookie: it dies with the browser (issue 11, break 2).
			if c.MaxAge != 0 || !c.Expires.IsZero() {
				t.Errorf("cookie MaxAge = %d, Expires = %v; want a session cookie", c.MaxAge, c.Expires)
			}
			if !validToken(c.Value) {
				t.Errorf("cookie value %q is not a device token", c.Value)
			}
			if !strings.Contains(body, `data-new="true"`) {
				t.Error("first visit page not marked new")
			}
			if hsts := resp.Header.Get("Strict-Transport-Security"); (hsts != "") != tc.secure {
				t.Errorf("Strict-Transport-Security = %q with Secure %v", hsts, tc.secure)
			}

			// The jar now holds the cookie (http or not, httptest is local).
			if tc.secure {
				return // the jar keeps Secure cookies for https only
			}
			resp, body = b.Open("")
			if again := findCookie(resp, tc.cookie); again != nil {
				t.Errorf("second visit set %+v, want the cookie kept as it is", again)
			}
			if !strings.Contains(body, `data-new="false"`) {
				t.Error("second visit page marked new")
			}
		})
	}
}

func TestConversationIDsAreRandomAndLong(t *testing.T) {
	s := testServer(t, &scripted{})
	s.Limits = DefaultLimits()
	s.Limits.StartPerAddress.Burst = 100 // 50 patients from one address here
	ts := httptest.NewServer(s.Routes())
	t.Cleanup(ts.Close)
	seen := map[string]bool{}
	for range 50 {
		resp, _ := newBrowser(t, ts).Open("")
		id := findCookie(resp, conversationCookie).Value
		if !validToken(id) {
			t.Fatalf("device token %q has the wrong shape", id)
		}
		if seen[id] {
			t.Fatalf("conversation id %q issued twice", id)
		}
		seen[id] = true
		if len(id)*5 < 128 { // base32: 5 bits a character
			t.Fatalf("conversation id %q carries fewer than 128 bits", id)
		}
	}
}

func TestPageLanguageAndDirection(t *testing.T) {
	cat := mustCatalog(t)
	for _, tc := range []struct {
		name, accept, cookie, want string
	}{
		{"no header: Arabic", "", "", "ar"},
		{"Arabic browser", "ar-SA,ar;q=0.9", "", "ar"},
		{"English browser", "en-US,en;q=0.9", "", "en"},
		{"none of ours: Arabic", "de-DE,de;q=0.9", "", "ar"},
		{"French", "fr-FR,fr;q=0.9", "", "fr"},
		{"Urdu", "ur-PK,ur;q=0.9", "", "ur"},
		{"English second choice", "de-DE, en;q=0.5", "", "en"},
		{"Arabic preferred over English", "en;q=0.2, ar;q=0.8", "", "ar"},
		{"garbage header", ";;;,==", "", "ar"},
		{"cookie beats header", "ar", "en", "en"},
		{"cookie Arabic beats English header", "en", "ar", "ar"},
		{"unknown cookie ignored", "en", "xx", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ts := newServer(t, &scripted{})
			b := newBrowser(t, ts)
			req, _ := http.NewRequest(http.MethodGet, ts.URL+"/chat", nil)
			if tc.accept != "" {
				req.Header.Set("Accept-Language", tc.accept)
			}
			if tc.cookie != "" {
				req.AddCookie(&http.Cookie{Name: langCookie, Value: tc.cookie})
			}
			_, body := b.Do(req)
			wantDir := locales.Dir(tc.want)
			if want := `<html lang="` + tc.want + `" dir="` + wantDir + `">`; !strings.Contains(body, want) {
				t.Errorf("page does not open with %s:\n%.200s", want, body)
			}
			for _, id := range []string{"webchat_title", "webchat_send", "webchat_placeholder", "webchat_heading", "webchat_menu"} {
				want := html.EscapeString(cat.Text(tc.want, id, nil))
				if !strings.Contains(body, want) {
					t.Errorf("page lacks %s in %s (%q)", id, tc.want, want)
				}
			}
			note := html.EscapeString(cat.Text(tc.want, "webchat_emergency_note", map[string]any{"Emergency": numerals.In(tc.want, "997")}))
			if !strings.Contains(body, note) || !strings.Contains(body, `href="tel:997"`) {
				t.Errorf("page lacks the emergency note and tel:997 link in %s", tc.want)
			}
		})
	}
}

func TestPageChromeDiffersByLanguage(t *testing.T) {
	cat := mustCatalog(t)
	for _, id := range uiIDs {
		ar, en := cat.Text("ar", "webchat_"+id, nil), cat.Text("en", "webchat_"+id, nil)
		if ar == "webchat_"+id || en == "webchat_"+id {
			t.Errorf("%s is missing from the catalog", id)
		}
		if ar == en {
			t.Errorf("%s reads the same in Arabic and English: %q", id, ar)
		}
	}
}

func TestPageRunsNoInlineCode(t *testing.T) {
	_, ts := newServer(t, &scripted{})
	_, body := newBrowser(t, ts).Open("")
	for _, tag := range regexp.MustCompile(`<script[^>]*>`).FindAllString(body, -1) {
		if !strings.Contains(tag, ` src="/chat/static/`) && !strings.Contains(tag, `type="application/json"`) {
			t.Errorf("inline script %s: the CSP blocks it", tag)
		}
	}
	if m := regexp.MustCompile(`\s(on[a-z]+|style)=`).FindString(body); m != "" {
		t.Errorf("inline handler or style attribute %q: the CSP blocks it", m)
	}
	for _, want := range []string{"<noscript>", `role="log"`, `aria-live="polite"`, `<label class="sr-only" for="text"`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// Both languages' chrome travels with the page, for a switch mid-chat.
	if !strings.Contains(body, `"ar":{`) || !strings.Contains(body, `"en":{`) {
		t.Error("page lacks the chrome strings of both languages")
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	_, ts := newServer(t, &scripted{})
	b := newBrowser(t, ts)
	b.Open("")
	for _, tc := range []struct {
		name, method, path, body string
		status                   int
	}{
		{"page", "GET", "/chat", "", 200},
		{"send", "POST", "/chat/send", `{"id":"a1","text":"hi"}`, 200},
		{"bad send", "POST", "/chat/send", `{`, 400},
		{"script", "GET", "/chat/static/chat.js", "", 200},
		{"style", "GET", "/chat/static/chat.css", "", 200},
		{"not found", "GET", "/chat/nothing", "", 404},
		{"directory listing", "GET", "/chat/static/", "", 404},
		{"method not allowed", "PUT", "/chat/send", "", 405},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, ts.URL+tc.path, strings.NewReader(tc.body))
			req.Header.Set("Content-Type", "application/json")
			resp, _ := b.Do(req)
			if resp.StatusCode != tc.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tc.status)
			}
			h := resp.Header
			csp := h.Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "connect-src 'self'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("CSP %q lacks %q", csp, want)
				}
			}
			if strings.Contains(csp, "unsafe") {
				t.Errorf("CSP %q allows unsafe code", csp)
			}
			if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("headers %v lack nosniff or no-referrer", h)
			}
		})
	}
}

func TestStaticFiles(t *testing.T) {
	s, ts := newServer(t, &scripted{})
	b := newBrowser(t, ts)
	_, page := b.Open("")
	for _, tc := range []struct{ name, file, ctype string }{
		{"script", "chat.js", "text/javascript"},
		{"style", "chat.css", "text/css"},
		{"icon", "icon.svg", "image/svg+xml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := "/chat/static/" + tc.file + "?v=" + s.version
			if !strings.Contains(page, path) {
				t.Errorf("page does not link %s", path)
			}
			req, _ := http.NewRequest(http.MethodGet, ts.URL+path, nil)
			resp, body := b.Do(req)
			if resp.StatusCode != 200 || len(body) == 0 {
				t.Fatalf("GET %s: %d, %d bytes", path, resp.StatusCode, len(body))
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type %q, want %s", ct, tc.ctype)
			}
			if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
				t.Errorf("Cache-Control %q: versioned files should be cached", cc)
			}
		})
	}
}

func TestTrailingSlashRedirects(t *testing.T) {
	_, ts := newServer(t, &scripted{})
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(ts.URL + "/chat/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/chat" {
		t.Errorf("GET /chat/ = %d to %q, want 301 to /chat", resp.StatusCode, resp.Header.Get("Location"))
	}
}
