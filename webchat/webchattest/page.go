package webchattest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
)

// The phone the walk used: an iPhone 12-14's CSS viewport.
const phoneWidth, phoneHeight = 390, 844

// OpenBrowser starts a fresh headless Chromium (see browsertest.Open) on a
// common phone's window that sends Accept-Language accept; failed requests
// fail the test too, unless lossy.
func OpenBrowser(t *testing.T, accept string, lossy bool) context.Context {
	t.Helper()
	return browsertest.Open(t, browsertest.Options{
		Accept: accept, Width: 412, Height: 860, Timeout: 90 * time.Second,
		Ignore: func(m chromedp.ConsoleMessage) bool { return lossy && m.Source == "network" },
	})
}

// Key selects a live reply button by its label.
func Key(label string) string {
	return fmt.Sprintf(`//ol[@id="log"]//button[contains(@class,"key") and not(@disabled) and normalize-space(.)=%q]`, label)
}

// Phone drives one conversation of the web chat's page on a 390×844
// phone screen (an iPhone 12-14's CSS viewport), in a headless Chromium.
type Phone struct {
	T     *testing.T
	Ctx   context.Context
	Name  string // screenshot prefix
	shots int
}

// OpenPhone opens a browser sending Accept-Language accept on a phone's
// screen; name prefixes its screenshots.
func OpenPhone(t *testing.T, accept, name string) *Phone {
	t.Helper()
	ctx := OpenBrowser(t, accept, false)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateMobile, chromedp.EmulateScale(2))); err != nil {
		t.Fatalf("phone viewport: %v", err)
	}
	return &Phone{T: t, Ctx: ctx, Name: name}
}

// replies counts the replies shown so far.
func (p *Phone) replies() int {
	p.T.Helper()
	n, err := chromedp.Run(p.Ctx, chromedp.Evaluate[int](`document.querySelectorAll("#log li.bot").length`))
	if err != nil {
		p.T.Fatalf("count replies: %v", err)
	}
	return n
}

// Act runs do, waits for the answer to be drawn (more replies than
// before, nothing left to send) and checks the screen as a patient sees it.
func (p *Phone) Act(step string, do ...chromedp.Action[chromedp.Void]) {
	p.T.Helper()
	before := p.replies()
	if err := chromedp.Do(p.Ctx, do...); err != nil {
		p.T.Fatalf("%s: %v", step, err)
	}
	wait := fmt.Sprintf(`document.querySelectorAll("#log li.bot").length > %d && document.getElementById("typing").hidden`, before)
	if _, err := chromedp.Run(p.Ctx, chromedp.Poll[bool](wait)); err != nil {
		p.T.Fatalf("%s: no answer drawn: %v", step, err)
	}
	p.Check(step)
}

// inView is what the check measures: each live control of the latest
// reply, and whether its whole box lies inside the visible part of the
// conversation (between the header and the input row) and the screen.
const inView = `(() => {
  const main = document.getElementById("main").getBoundingClientRect();
  const top = Math.max(0, main.top), bottom = Math.min(innerHeight, main.bottom);
  const bots = document.querySelectorAll("#log li.bot");
  const last = bots[bots.length - 1];
  return Array.from(last.querySelectorAll(".key, .phone-field")).map(k => {
    const r = k.getBoundingClientRect();
    const ok = r.top >= top - 1 && r.bottom <= bottom + 1 && r.left >= -1 && r.right <= innerWidth + 1 && r.height > 0;
    return (ok ? "ok " : "OUT ") + Math.round(r.top) + "-" + Math.round(r.bottom) + " of " + Math.round(top) + "-" + Math.round(bottom) + " " + k.textContent.trim();
  });
})()`

// Check fails the step when a button of the latest reply is not wholly on
// screen without scrolling, and keeps a screenshot of it.
func (p *Phone) Check(step string) {
	p.T.Helper()
	// Let the scroll and the layout settle (two frames).
	if _, err := chromedp.Run(p.Ctx, chromedp.Evaluate[bool](`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, chromedp.EvalAwaitPromise)); err != nil {
		p.T.Fatal(err)
	}
	boxes, err := chromedp.Run(p.Ctx, chromedp.Evaluate[[]string](inView))
	if err != nil {
		p.T.Fatalf("%s: measure buttons: %v", step, err)
	}
	for _, b := range boxes {
		if !strings.HasPrefix(b, "ok ") {
			p.T.Errorf("%s: a button of the latest reply is off screen: %s", step, b)
		}
	}
	// Nothing (the header's tools above all) reaches past the screen's
	// edges: a page wider than the phone hides what lies beyond.
	wide, err := chromedp.Run(p.Ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(".top button, .emergency a, .compose button")).filter(b => b.offsetParent).map(b => {
	  const r = b.getBoundingClientRect();
	  return (r.left >= -1 && r.right <= innerWidth + 1 ? "ok " : "OUT ") + Math.round(r.left) + ".." + Math.round(r.right) + " " + b.textContent.trim();
	}).concat(document.documentElement.scrollWidth > innerWidth + 1 ? ["OUT page " + document.documentElement.scrollWidth] : [])`))
	if err != nil {
		p.T.Fatalf("%s: measure the page: %v", step, err)
	}
	for _, b := range wide {
		if !strings.HasPrefix(b, "ok ") {
			p.T.Errorf("%s: past the screen's edge: %s", step, b)
		}
	}
	p.shots++
	p.Shoot(fmt.Sprintf("%s-%02d-%s", p.Name, p.shots, step))
}

// Shoot keeps a screenshot of the screen as name.png (see artefacts).
func (p *Phone) Shoot(name string) {
	p.T.Helper()
	dir := artefacts(p.T)
	png, err := chromedp.Run(p.Ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.T.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.T.Fatal(err)
	}
	p.T.Logf("screenshot: %s", path)
}

// artefacts is where the phone walks keep their screenshots:
// $FRONTDOOR_SCREENSHOTS, else $FRONTDOOR_ARTEFACTS/screens, else the
// test's package's testdata/screens (ignored by git).
func artefacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv(browsertest.EnvScreenshots)
	if dir == "" {
		if a := os.Getenv("FRONTDOOR_ARTEFACTS"); a != "" {
			dir = filepath.Join(a, "screens")
		} else {
			dir = filepath.Join("testdata", "screens")
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Tap taps the live button labelled label.
func (p *Phone) Tap(step, label string) {
	p.T.Helper()
	p.Act(step, chromedp.Click(Key(label)))
}

// TapFirst taps the first live button of the latest reply.
func (p *Phone) TapFirst(step string) {
	p.T.Helper()
	p.Act(step, chromedp.Click(`#log li.bot:last-child button.key:not([disabled])`))
}

// TypeText types text and sends it with the Send button.
func (p *Phone) TypeText(step, text string) {
	p.T.Helper()
	p.Act(step, chromedp.SendKeys("#text", text), chromedp.Click(".send"))
}

// Live returns the labels of the latest reply's live buttons.
func (p *Phone) Live() []string {
	p.T.Helper()
	live, err := chromedp.Run(p.Ctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("#log li.bot:last-child button.key:not([disabled])")).map(b => b.textContent.trim())`))
	if err != nil {
		p.T.Fatal(err)
	}
	return live
}
