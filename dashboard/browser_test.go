package dashboard

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
)

// Browser tests need Chromium: FRONTDOOR_CHROMIUM names the binary, else
// the usual names are looked up, else the test skips saying how to get it.
// FRONTDOOR_SCREENSHOTS names a directory to keep the screenshots in.
const (
	envChromium    = "FRONTDOOR_CHROMIUM"
	envScreenshots = "FRONTDOOR_SCREENSHOTS"
)

func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(envChromium); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skipf("SKIPPED: no Chromium found: install Debian's chromium (apt-get install -y chromium) or set %s to run the dashboard's browser test", envChromium)
	return ""
}

// openBrowser starts a fresh headless Chromium that sends Accept-Language
// accept, and fails the test on any console error, page exception or CSP
// violation. Its context is bounded, so a hung page fails the test.
func openBrowser(t *testing.T, accept string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-component-update", true),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	// The first call starts the browser and must not carry a deadline.
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		cancelCtx()
		cancelAlloc()
		t.Fatalf("start chromium: %v", err)
	}
	var mu sync.Mutex
	var problems []string
	var wg sync.WaitGroup
	messages := chromedp.Console(ctx)
	wg.Go(func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Source == "network" && expectedStatus(m.String()) {
				continue // the login form answers a failure with 401 or 429
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				mu.Lock()
				problems = append(problems, m.String())
				mu.Unlock()
			}
		}
	})
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		wg.Wait()
		for _, p := range problems {
			t.Errorf("browser console: %s", p)
		}
	})
	if _, err := chromedp.Call(ctx, network.SetExtraHTTPHeaders,
		network.SetExtraHTTPHeadersParams{Headers: network.Headers{"Accept-Language": accept}}); err != nil {
		t.Fatalf("set Accept-Language: %v", err)
	}
	bounded, cancel := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel)
	return bounded
}

func expectedStatus(msg string) bool {
	return strings.Contains(msg, "status of 401") || strings.Contains(msg, "status of 429")
}

func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv(envScreenshots)
	if dir == "" {
		dir = t.TempDir()
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// TestBrowserLoginAndQueue signs in through the form in a real browser in
// each language, lands on the queue, sees the event stream connect
// ("Live"), sees a case a patient just queued appear without a reload,
// claims it, reads it, and switches language; with no console error or
// CSP violation throughout.
func TestBrowserLoginAndQueue(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chromium(t)
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
			shoot(t, ctx, "dashboard-"+tc.lang+"-1-login")

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
			shoot(t, ctx, "dashboard-"+tc.lang+"-2-login-failed")

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
			shoot(t, ctx, "dashboard-"+tc.lang+"-3-queue")

			// A case a patient just queued appears without a reload.
			id := e.openCase(t, chestPain, 0)
			e.openCase(t, dialogs.Case{Lang: "en", Complaint: "sore throat for two days", Urgency: "routine",
				Specialty: "general_practice", Facts: map[string]string{"pilgrim": "false"}}, 0)
			row := fmt.Sprintf(`#rows a[href="/dashboard/cases/%d"]`, id)
			must("live row", chromedp.Do(ctx, chromedp.WaitVisible(row)))
			shoot(t, ctx, "dashboard-"+tc.lang+"-4-queue-live")

			must("claim", chromedp.Do(ctx,
				chromedp.Click(fmt.Sprintf(`form[action="/dashboard/cases/%d/claim"] button`, id)),
				chromedp.WaitVisible(`article.case`)))
			flash, err := chromedp.Run(ctx, chromedp.Text(`p.flash`))
			must("flash", err)
			if flash != tt("dash_case_claimed") {
				t.Errorf("after claiming: %q, want %q", flash, tt("dash_case_claimed"))
			}
			shoot(t, ctx, "dashboard-"+tc.lang+"-5-case")

			must("switch language", chromedp.Do(ctx,
				chromedp.Click(`button[name="lang"]`),
				chromedp.WaitVisible(fmt.Sprintf(`html[lang=%q] article.case`, tc.other))))
			shoot(t, ctx, "dashboard-"+tc.lang+"-6-case-switched")
			must("queue after switching", chromedp.Do(ctx, chromedp.Navigate(e.srv.URL+"/dashboard/queue")))
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(
				`document.getElementById("live").textContent === %q`, e.text.Text(tc.other, "dash_live_on", nil)))); err != nil {
				t.Fatalf("the queue never went live after switching: %v", err)
			}
			shoot(t, ctx, "dashboard-"+tc.lang+"-7-queue-switched")
		})
	}
}
