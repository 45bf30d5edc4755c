package webchat

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// openBrowser starts a fresh headless Chromium (see browsertest.Open) on a
// common phone's window that sends Accept-Language accept; failed requests
// fail the test too, unless lossy.
func openBrowser(t *testing.T, accept string, lossy bool) context.Context {
	t.Helper()
	return browsertest.Open(t, browsertest.Options{
		Accept: accept, Width: 412, Height: 860, Timeout: 90 * time.Second,
		Ignore: func(m chromedp.ConsoleMessage) bool { return lossy && m.Source == "network" },
	})
}

// key selects a live reply button by its label.
func key(label string) string {
	return fmt.Sprintf(`//ol[@id="log"]//button[contains(@class,"key") and not(@disabled) and normalize-space(.)=%q]`, label)
}

// TestBrowserWalk drives the page in a real browser: /start sent by the
// script, a language tapped, consent tapped, the menu shown; the page turns
// to the chosen language and direction, focus follows the new buttons, and
// a reload keeps the transcript.
func TestBrowserWalk(t *testing.T) {
	browsertest.Need(t)
	cases := []struct{ name, accept, choose string }{
		{"ar-to-en", "ar", "en"}, // the page turns left-to-right mid-conversation
	}
	for _, l := range locales.All() { // every language, from a browser that speaks it
		cases = append(cases, struct{ name, accept, choose string }{l.Code, l.Code + ";q=0.9", l.Code})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := newStack(t)
			ts := st.process(t)
			ctx := openBrowser(t, tc.accept, false)
			l := tc.choose
			must := func(step string, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
			}
			must("language picker", chromedp.Do(ctx,
				chromedp.Navigate(ts.URL+"/chat"),
				chromedp.WaitVisible(key(st.lang(l)))))
			browsertest.Shoot(t, ctx, "webchat-"+tc.name+"-1-start")

			must("notice", chromedp.Do(ctx,
				chromedp.Click(key(st.lang(l))),
				chromedp.WaitVisible(key(st.t(l, "onboarding_agree")))))
			focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.textContent.trim()`))
			must("focus", err)
			if focused != st.t(l, "onboarding_agree") {
				t.Errorf("after tapping a language, focus is on %q, want the first new button", focused)
			}
			browsertest.Shoot(t, ctx, "webchat-"+tc.name+"-2-notice")

			must("menu", chromedp.Do(ctx,
				chromedp.Click(key(st.t(l, "onboarding_agree"))),
				chromedp.WaitVisible(key(st.t(l, "menu_help")))))
			page, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
				`[document.documentElement.lang, document.documentElement.dir, document.title, document.querySelector(".send").textContent]`))
			must("page language", err)
			if want := []string{l, locales.Dir(l), st.t(l, "webchat_title"), st.t(l, "webchat_send")}; !slices.Equal(page, want) {
				t.Errorf("page lang, dir, title, send = %q, want %q", page, want)
			}
			browsertest.Shoot(t, ctx, "webchat-"+tc.name+"-3-menu")
			if lang, _ := locales.Lookup(l); lang.Fonts != "" || lang.Tall {
				// the language's own fonts and line height reach the page
				// (lang.css, generated from the language list)
				style, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
					`[getComputedStyle(document.body).fontFamily, String(parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize))]`))
				must("page style", err)
				if lang.Fonts != "" && !strings.Contains(style[0], strings.Split(lang.Fonts, ",")[0]) {
					t.Errorf("%s page font-family %q, want its own fonts %q first", l, style[0], lang.Fonts)
				}
				if lang.Tall && style[1] != "2" {
					t.Errorf("%s page line height %s × the font size, want 2", l, style[1])
				}
			}

			must("reload", chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(key(st.t(l, "menu_help")))))
			n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#log li.msg").length`))
			must("count", err)
			// The picker, the tapped language, the notice, "I agree", the menu.
			if n != 5 {
				t.Errorf("after a reload the transcript has %d messages, want 5", n)
			}

			must("typing", chromedp.Do(ctx,
				chromedp.SendKeys("#text", "hello"),
				chromedp.Click(".send"),
				chromedp.WaitVisible(`#log > li:nth-child(7)`)))
			typed, err := chromedp.Run(ctx, chromedp.Text(`#log > li:nth-child(6) > p`))
			must("typed text", err)
			if strings.TrimSpace(typed) != "hello" {
				t.Errorf("typed message shows %q", typed)
			}
			browsertest.Shoot(t, ctx, "webchat-"+tc.name+"-4-typed")
		})
	}
}

// TestBrowserRetriesALostAnswer loses the answer to a tapped button after
// the server handled it, then has a proxy in front answer 502 twice: the
// page says the connection is lost, retries with the same id, and shows the
// one answer once; the dialogs ran once.
func TestBrowserRetriesALostAnswer(t *testing.T) {
	browsertest.Need(t)
	var taps atomic.Int32
	h := &scripted{reply: func(_ context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
		if in.Data == "" {
			return []dialogs.Reply{{Lang: "en", Text: "Ready?", Buttons: [][]dialogs.Button{{{Label: "Yes", Data: "yes"}}}}}, nil
		}
		taps.Add(1)
		return []dialogs.Reply{{Lang: "en", Text: "Got it"}}, nil
	}}
	s := testServer(t, h)
	routes := s.Routes()
	var posts atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		if r.URL.Path != "/chat/send" || !bytes.Contains(body, []byte(`"data"`)) {
			routes.ServeHTTP(w, r)
			return
		}
		switch posts.Add(1) {
		case 1: // handled, but the connection drops before the answer
			routes.ServeHTTP(httptest.NewRecorder(), r)
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				conn.Close()
			}
		case 2, 3: // a proxy in front of a restarting server
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusBadGateway)
			io.WriteString(w, "<h1>502 Bad Gateway</h1>")
		default:
			routes.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(ts.Close)

	ctx := openBrowser(t, "en", true)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/chat"), chromedp.WaitVisible(key("Yes"))); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(key("Yes"))); err != nil {
		t.Fatal(err)
	}
	want := s.Text.Text("en", "webchat_reconnecting", nil)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`document.getElementById("status").textContent === %q`, want))); err != nil {
		t.Fatalf("the page never said the connection was lost: %v", err)
	}
	browsertest.Shoot(t, ctx, "webchat-en-5-reconnecting")
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`//p[normalize-space(.)="Got it"]`)); err != nil {
		t.Fatalf("the answer never arrived: %v", err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[document.getElementById("status").textContent, String(document.querySelectorAll("#log li.bot").length)]`))
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != "" || got[1] != "2" {
		t.Errorf("after the retry: status %q and %s replies shown, want none and 2", got[0], got[1])
	}
	if posts.Load() < 4 || taps.Load() != 1 {
		t.Errorf("%d posts of the tap, %d handled: want at least 4 posts handled once", posts.Load(), taps.Load())
	}
}

// TestBrowserFacilityLink: a facility's web link (/chat?fac=<code>, the
// address in its QR code) records the facility for the new patient, as
// Telegram's "/start fac_<code>" does.
func TestBrowserFacilityLink(t *testing.T) {
	browsertest.Need(t)
	st := newStack(t)
	if _, err := st.pg.Pool().Exec(t.Context(), `
INSERT INTO facilities (code, names, city, time_zone) VALUES ('rabat_mobile_1', jsonb_build_object('ar', 'الوحدة ١'::text, 'en', 'Unit 1'::text), 'rabat', 'Africa/Casablanca')`); err != nil {
		t.Fatal(err)
	}
	ts := st.process(t)
	ctx := openBrowser(t, "fr-MA,ar;q=0.8", false)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/chat?fac=rabat_mobile_1"),
		chromedp.WaitVisible(key(st.lang("ar")))); err != nil {
		t.Fatal(err)
	}
	var code string
	err := st.pg.Pool().QueryRow(t.Context(), `
SELECT f.code FROM patients p JOIN facilities f ON f.id = p.facility_id`).Scan(&code)
	if err != nil || code != "rabat_mobile_1" {
		t.Errorf("patient's facility = %q, %v; want rabat_mobile_1", code, err)
	}
}
