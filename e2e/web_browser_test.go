package e2e

import (
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
)

// TestBrowserWalk drives the page in a real browser: /start sent by the
// script, a language tapped, consent tapped, the menu shown; the page turns
// to the chosen language and direction, focus follows the new buttons, and
// a reload keeps the transcript.
func TestBrowserWalk(t *testing.T) {
	browsertest.Need(t)
	t.Parallel()
	cases := []struct{ name, accept, choose string }{
		{"ar-to-en", "ar", "en"}, // the page turns left-to-right mid-conversation
	}
	for _, l := range locales.All() { // every language, from a browser that speaks it
		cases = append(cases, struct{ name, accept, choose string }{l.Code, l.Code + ";q=0.9", l.Code})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := newWebStack(t)
			_, ts := st.process(t)
			ctx := webchattest.OpenBrowser(t, tc.accept, false)
			l := tc.choose
			must := func(step string, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
			}
			must("language picker", chromedp.Do(ctx,
				chromedp.Navigate(ts.URL+"/chat"),
				chromedp.WaitVisible(webchattest.Key(st.lang(l)))))
			browsertest.Shoot(t, ctx, "webchat-"+tc.name+"-1-start")

			must("notice", chromedp.Do(ctx,
				chromedp.Click(webchattest.Key(st.lang(l))),
				chromedp.WaitVisible(webchattest.Key(st.t(l, "onboarding_agree")))))
			focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.textContent.trim()`))
			must("focus", err)
			if focused != st.t(l, "onboarding_agree") {
				t.Errorf("after tapping a language, focus is on %q, want the first new button", focused)
			}
			browsertest.Shoot(t, ctx, "webchat-"+tc.name+"-2-notice")

			must("menu", chromedp.Do(ctx,
				chromedp.Click(webchattest.Key(st.t(l, "onboarding_agree"))),
				chromedp.WaitVisible(webchattest.Key(st.t(l, "menu_help")))))
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

			must("reload", chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(webchattest.Key(st.t(l, "menu_help")))))
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

// TestBrowserFacilityLink: a facility's web link (/chat?fac=<code>, the
// address in its QR code) records the facility for the new patient, as
// Telegram's "/start fac_<code>" does.
func TestBrowserFacilityLink(t *testing.T) {
	browsertest.Need(t)
	t.Parallel()
	st := newWebStack(t)
	if _, err := st.pg.Pool().Exec(t.Context(), `
INSERT INTO facilities (code, names, city, time_zone) VALUES ('rabat_mobile_1', jsonb_build_object('ar', 'الوحدة ١'::text, 'en', 'Unit 1'::text), 'rabat', 'Africa/Casablanca')`); err != nil {
		t.Fatal(err)
	}
	_, ts := st.process(t)
	ctx := webchattest.OpenBrowser(t, "fr-MA,ar;q=0.8", false)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/chat?fac=rabat_mobile_1"),
		chromedp.WaitVisible(webchattest.Key(st.lang("ar")))); err != nil {
		t.Fatal(err)
	}
	var code string
	err := st.pg.Pool().QueryRow(t.Context(), `
SELECT f.code FROM patients p JOIN facilities f ON f.id = p.facility_id`).Scan(&code)
	if err != nil || code != "rabat_mobile_1" {
		t.Errorf("patient's facility = %q, %v; want rabat_mobile_1", code, err)
	}
}
