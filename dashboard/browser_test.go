package dashboard

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
)

// openBrowser starts a fresh headless Chromium (see browsertest.Open) on a
// desktop window that sends Accept-Language accept; the login form's 401
// and 429 are expected, not console errors.
func openBrowser(t *testing.T, accept string) context.Context {
	t.Helper()
	return browsertest.Open(t, browsertest.Options{
		Accept: accept, Width: 1280, Height: 900, Timeout: 60 * time.Second,
		Ignore: func(m chromedp.ConsoleMessage) bool {
			return m.Source == "network" && expectedStatus(m.String()) // the login form answers a failure with 401 or 429
		},
	})
}

func expectedStatus(msg string) bool {
	return strings.Contains(msg, "status of 401") || strings.Contains(msg, "status of 429")
}

// TestBrowserLoginAndQueue signs in through the form in a real browser in
// each language, lands on the queue, sees the event stream connect
// ("Live"), sees a case a patient just queued appear without a reload,
// claims it, reads it, and switches language; with no console error or
// CSP violation throughout.
func TestBrowserLoginAndQueue(t *testing.T) {
	browsertest.Need(t)
	e := newEnv(t)
	for _, tc := range []struct{ lang, accept, other string }{
		{"ar", "ar-SA,ar;q=0.9", "en"},
		{"en", "en-GB,en;q=0.9", "ar"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			ctx := openBrowser(t, tc.accept)
			tt := func(id string) string { return e.text.Text(tc.lang, id, nil) }
			must := func(step string, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
			}
			must("login page", chromedp.Do(ctx,
				chromedp.Navigate(e.srv.URL+"/dashboard/queue"),
				chromedp.WaitVisible(`#username`)))
			browsertest.Shoot(t, ctx, "dashboard-"+tc.lang+"-1-login")

			must("wrong password", chromedp.Do(ctx,
				chromedp.SendKeys(`#username`, "dr.khalid"),
				chromedp.SendKeys(`#password`, "not the password"),
				chromedp.Submit(`#password`),
				chromedp.WaitVisible(`p.error`)))
			msg, err := chromedp.Run(ctx, chromedp.Text(`p.error`))
			must("error text", err)
			if msg != tt("dash_login_failed") {
				t.Errorf("error shown = %q, want %q", msg, tt("dash_login_failed"))
			}
			browsertest.Shoot(t, ctx, "dashboard-"+tc.lang+"-2-login-failed")

			must("login", chromedp.Do(ctx,
				chromedp.SendKeys(`#password`, store.DemoPassword),
				chromedp.Submit(`#password`),
				chromedp.WaitVisible(`#queue`)))
			live := fmt.Sprintf(`document.getElementById("live").textContent === %q`, tt("dash_live_on"))
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](live)); err != nil {
				t.Fatalf("the queue never went live: %v", err)
			}
			page, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
				`[document.documentElement.lang, document.documentElement.dir, document.querySelector("h1").textContent, location.pathname]`))
			must("page", err)
			if want := []string{tc.lang, locales.Dir(tc.lang), tt("dash_queue_title"), "/dashboard/queue"}; !slices.Equal(page, want) {
				t.Errorf("lang, dir, heading, path = %q, want %q", page, want)
			}
			browsertest.Shoot(t, ctx, "dashboard-"+tc.lang+"-3-queue")

			// A case a patient just queued appears without a reload.
			id := e.openCase(t, chestPain, 0)
			e.openCase(t, dialogs.Case{Lang: "en", Complaint: "sore throat for two days", Urgency: "routine",
				Specialty: "general_practice", Facts: map[string]string{"pilgrim": "false"}}, 0)
			row := fmt.Sprintf(`#rows a[href="/dashboard/cases/%d"]`, id)
			must("live row", chromedp.Do(ctx, chromedp.WaitVisible(row)))
			browsertest.Shoot(t, ctx, "dashboard-"+tc.lang+"-4-queue-live")

			must("claim", chromedp.Do(ctx,
				chromedp.Click(fmt.Sprintf(`form[action="/dashboard/cases/%d/claim"] button`, id)),
				chromedp.WaitVisible(`article.case`)))
			flash, err := chromedp.Run(ctx, chromedp.Text(`p.flash`))
			must("flash", err)
			if flash != tt("dash_case_claimed") {
				t.Errorf("after claiming: %q, want %q", flash, tt("dash_case_claimed"))
			}
			browsertest.Shoot(t, ctx, "dashboard-"+tc.lang+"-5-case")

			must("switch language", chromedp.Do(ctx,
				chromedp.Click(fmt.Sprintf(`button[name="lang"][value=%q]`, tc.other)),
				chromedp.WaitVisible(fmt.Sprintf(`html[lang=%q] article.case`, tc.other))))
			browsertest.Shoot(t, ctx, "dashboard-"+tc.lang+"-6-case-switched")
			must("queue after switching", chromedp.Do(ctx, chromedp.Navigate(e.srv.URL+"/dashboard/queue")))
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(
				`document.getElementById("live").textContent === %q`, e.text.Text(tc.other, "dash_live_on", nil)))); err != nil {
				t.Fatalf("the queue never went live after switching: %v", err)
			}
			browsertest.Shoot(t, ctx, "dashboard-"+tc.lang+"-7-queue-switched")
		})
	}
}
