// Package browsertest drives a real headless Chromium for the browser
// tests of the dashboard and the web chat (chromedp): it finds the binary
// or skips the test, starts a fresh browser that fails the test on console
// errors, page exceptions and CSP violations, and keeps screenshots. It
// knows neither app; import it from tests only.
//
// FRONTDOOR_CHROMIUM names the binary (else the usual names are looked
// up); FRONTDOOR_SCREENSHOTS names a directory to keep the screenshots in
// (a temporary one otherwise).
package browsertest

import (
	"cmp"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// The environment variables the package reads.
const (
	EnvChromium    = "FRONTDOOR_CHROMIUM"
	EnvScreenshots = "FRONTDOOR_SCREENSHOTS"
)

// BrowserTestPrefix starts the name of every test that calls Need.
// scripts/test runs those tests apart, without the race detector (they
// check pages in a real browser, the race detector checks the server code
// their handler tests reach), and selects them by this prefix: a browser
// test named otherwise would run in neither set, so Need fails it.
const BrowserTestPrefix = "TestBrowser"

// Need skips the test in -short mode, or when there is no Chromium (see
// Chromium); call it first in every browser test, which must be named
// TestBrowser… (see BrowserTestPrefix).
func Need(t testing.TB) {
	t.Helper()
	if !strings.HasPrefix(t.Name(), BrowserTestPrefix) {
		t.Fatalf("%s uses a browser: name it %s… so that scripts/test runs it", t.Name(), BrowserTestPrefix)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	Chromium(t)
}

// Chromium returns the browser's path, or skips the test saying how to get
// one.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv(EnvChromium); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skipf("SKIPPED: no Chromium found: install Debian's chromium (apt-get install -y chromium) or set %s to run the browser tests", EnvChromium)
	return ""
}

// Options shape the browser Open starts.
type Options struct {
	Accept        string        // the Accept-Language header the browser sends
	Width, Height int           // the window
	Timeout       time.Duration // bounds the returned context
	// Ignore, if set, passes over console messages the test expects (a
	// login form's 401, a lossy network's failed requests).
	Ignore func(chromedp.ConsoleMessage) bool
	// TimeZone is the browser's zone (default Asia/Riyadh, the demo
	// clinics'): the web chat sends it, and a zone with another clock
	// makes the booking ask which time the patient reads, so a test must
	// not take the machine's.
	TimeZone string
}

// Open starts a headless Chromium of its own (a fresh profile: its own
// cookies and storage) and returns its context, bounded by o.Timeout so a
// hung page fails instead of hanging. The test fails, at its end, on any
// console error, page exception or CSP violation that o.Ignore does not
// pass over; the browser stops with the test.
func Open(t testing.TB, o Options) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(Chromium(t)),
		chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(o.Width, o.Height),
		chromedp.Flag("disable-component-update", true),
		chromedp.Env("TZ="+cmp.Or(o.TimeZone, "Asia/Riyadh")),
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
			if o.Ignore != nil && o.Ignore(m) {
				continue
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
		network.SetExtraHTTPHeadersParams{Headers: network.Headers{"Accept-Language": o.Accept}}); err != nil {
		t.Fatalf("set Accept-Language: %v", err)
	}
	// A headless window is at least 500 pixels wide whatever WindowSize
	// says, so a phone's width must be emulated: without this a "360 px"
	// walk ran at 500 and let a button past the screen's edge go unseen.
	if o.Width > 0 && o.Height > 0 {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(o.Width), int64(o.Height))); err != nil {
			t.Fatalf("emulate a %d×%d screen: %v", o.Width, o.Height, err)
		}
	}
	bounded, cancel := context.WithTimeout(ctx, o.Timeout)
	t.Cleanup(cancel)
	return bounded
}

// Shoot saves a screenshot of ctx's page as name.png in
// $FRONTDOOR_SCREENSHOTS (a temporary directory otherwise), logs the path
// and returns it.
func Shoot(t testing.TB, ctx context.Context, name string) string {
	t.Helper()
	dir := os.Getenv(EnvScreenshots)
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
	return path
}
