package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
)

// TestBrowserDeskOnPhone walks the desk on a 360-pixel phone in Arabic
// and English: the coordinator signs in, finds the day's appointment
// (nothing wider than the screen, the page's direction the language's),
// opens Move, taps a free time, and sees the desk say the patient was
// told; with no console error or CSP violation throughout.
func TestBrowserDeskOnPhone(t *testing.T) {
	browsertest.Need(t)
	t.Parallel()
	de := newDeskEnv(t)
	for i, tc := range []struct{ lang, accept string }{
		{"ar", "ar-SA,ar;q=0.9"},
		{"en", "en-GB,en;q=0.9"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			slots := de.freeSlots(t, "dr.khalid", 2)
			ap := de.book(t, de.deskPatient(t, int64(7401+i), tc.lang), "general_practice", slots[0])
			ctx := browsertest.Open(t, browsertest.Options{Accept: tc.accept, Width: 360, Height: 740, Timeout: 60 * time.Second})
			must := func(step string, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
			}
			must("login", chromedp.Do(ctx,
				chromedp.Navigate(de.srv.URL+"/dashboard/desk?day="+dayOf(ap.Start)),
				chromedp.WaitVisible(`#username`),
				chromedp.SendKeys(`#username`, "coord.sara"),
				chromedp.SendKeys(`#password`, store.DemoPassword),
				chromedp.Submit(`#password`),
				chromedp.WaitVisible(fmt.Sprintf(`#a%d`, ap.ID))))
			fits, err := chromedp.Run(ctx, chromedp.Evaluate[[]any](
				`[document.documentElement.scrollWidth <= window.innerWidth, document.documentElement.dir]`))
			must("layout", err)
			if fits[0] != true || fits[1] != locales.Dir(tc.lang) {
				t.Errorf("the desk at 360 px: fits %v, dir %v; want true, %s", fits[0], fits[1], locales.Dir(tc.lang))
			}
			browsertest.Shoot(t, ctx, "desk-"+tc.lang+"-1-day")
			must("move", chromedp.Do(ctx,
				chromedp.Click(fmt.Sprintf(`#a%d a[href$="/move"]`, ap.ID)),
				chromedp.WaitVisible(`.slots button`)))
			browsertest.Shoot(t, ctx, "desk-"+tc.lang+"-2-move")
			must("pick a time", chromedp.Do(ctx,
				chromedp.Click(`.slots button`),
				chromedp.WaitVisible(`p.flash`)))
			flash, err := chromedp.Run(ctx, chromedp.Text(`p.flash`))
			must("flash", err)
			if want := de.text.Text(tc.lang, "dash_desk_moved", nil); flash != want {
				t.Errorf("after the move: %q, want %q", flash, want)
			}
			browsertest.Shoot(t, ctx, "desk-"+tc.lang+"-3-moved")
			de.sent.wait(t, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: fmt.Sprint(7401 + i)}, 1)
		})
	}
}
