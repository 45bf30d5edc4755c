package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/store"
)

// TestBrowserConsult is the quick consult end to end, in a real browser on
// the clinician's side and the real Telegram channel (on a fake Bot API)
// on the patient's, in Arabic and in English: the clinician logs in; a
// patient triages in Telegram and their case appears in the open queue
// without a reload; the clinician takes it (the patient gets the name and
// the video link in Telegram), writes (the patient gets it in Telegram),
// sees the patient's Telegram reply appear in the open case page, closes
// the case (the patient is told and asked to rate).
func TestBrowserConsult(t *testing.T) {
	browsertest.Need(t)
	t.Parallel()
	ce := newConsultEnv(t)
	tg := ce.telegram(t)
	for _, tc := range []struct {
		lang, accept string
		user         telegramtest.User
		write, reply string
	}{
		{"ar", "ar-SA,ar;q=0.9", telegramtest.User{ID: 7101, FirstName: "سالم", LanguageCode: "ar"},
			"السلام عليكم، أنا د. خالد. هل تشرب الماء بانتظام؟", "نعم، شربت لترين منذ الصباح"},
		{"en", "en-GB,en;q=0.9", telegramtest.User{ID: 7102, FirstName: "Ann", LanguageCode: "en"},
			"Hello, this is Dr Khalid. Are you somewhere cool now?", "Yes, back in my hotel room"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			ctx := openBrowser(t, tc.accept)
			tt := func(id string) string { return ce.text.Text(tc.lang, id, nil) }
			must := func(step string, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
			}
			poll := func(step, expr string) {
				t.Helper()
				_, err := chromedp.Run(ctx, chromedp.Poll[bool](expr))
				must(step, err)
			}
			must("login", chromedp.Do(ctx,
				chromedp.Navigate(ce.srv.URL+"/dashboard/queue"),
				chromedp.WaitVisible(`#username`),
				chromedp.SendKeys(`#username`, "dr.khalid"),
				chromedp.SendKeys(`#password`, store.DemoPassword),
				chromedp.Submit(`#password`),
				chromedp.WaitVisible(`#queue`)))
			poll("queue live", fmt.Sprintf(`document.getElementById("live").textContent === %q`, tt("dash_live_on")))
			browsertest.Shoot(t, ctx, "consult-"+tc.lang+"-1-queue")

			// The patient triages in Telegram; the case appears live.
			m, data := tg.toTriage(t, tc.user)
			tg.answerToQueue(t, tc.user, m, data)
			var id int64
			if err := ce.pg.Pool().QueryRow(context.Background(), `SELECT id FROM cases WHERE starts_with(source, $1) AND status = 'waiting'`,
				fmt.Sprintf("telegram:%d/", tc.user.ID)).Scan(&id); err != nil {
				t.Fatalf("the patient's case: %v", err)
			}
			must("live row", chromedp.Do(ctx, chromedp.WaitVisible(fmt.Sprintf(`#rows a[href="/dashboard/cases/%d"]`, id))))
			browsertest.Shoot(t, ctx, "consult-"+tc.lang+"-2-case-live")

			// Take it: the patient gets the name and the link in Telegram.
			before := len(tg.fake.Sent(tc.user.ID))
			must("claim", chromedp.Do(ctx,
				chromedp.Click(fmt.Sprintf(`form[action="/dashboard/cases/%d/claim"] button`, id)),
				chromedp.WaitVisible(`#join`)))
			claim := tg.fake.WaitSent(t, tc.user.ID, before+1)[before]
			if !strings.Contains(claim.Text, "Dr. Khalid Al-Otaibi") && !strings.Contains(claim.Text, "د. خالد العتيبي") ||
				len(claim.Buttons()) == 0 || !strings.HasPrefix(claim.Buttons()[0][0].URL, "https://meet.example.org/") {
				t.Errorf("in Telegram after the claim: %q %s", claim.Text, claim.ReplyMarkup)
			}
			browsertest.Shoot(t, ctx, "consult-"+tc.lang+"-3-claimed")

			// Write: the patient reads it in Telegram.
			must("write", chromedp.Do(ctx,
				chromedp.SetValue(`#message`, tc.write),
				chromedp.Click(`#send`),
				chromedp.WaitVisible(`#thread-body .msg.clinician`)))
			written := tg.fake.WaitSent(t, tc.user.ID, before+2)[before+1]
			if !strings.HasSuffix(written.Text, "\n"+tc.write) {
				t.Errorf("in Telegram after writing: %q", written.Text)
			}
			// The patient's reply shows on the open page without a reload.
			tg.fake.PushText(tc.user, tc.reply)
			poll("reply live", fmt.Sprintf(`document.getElementById("thread-body").textContent.includes(%q)`, tc.reply))
			browsertest.Shoot(t, ctx, "consult-"+tc.lang+"-4-thread")

			// Close: the patient is told and asked to rate.
			sentBefore := len(tg.fake.Sent(tc.user.ID))
			must("close", chromedp.Do(ctx,
				chromedp.Click(`input[name="disposition"][value="advice"]`),
				chromedp.Click(`#close-submit`),
				chromedp.WaitVisible(`section.closed`)))
			flash, err := chromedp.Run(ctx, chromedp.Text(`p.flash`))
			must("flash", err)
			if flash != tt("dash_consult_closed") {
				t.Errorf("after closing: %q, want %q", flash, tt("dash_consult_closed"))
			}
			closing := tg.fake.WaitSent(t, tc.user.ID, sentBefore+2)
			rate := closing[len(closing)-1]
			if rate.Text != ce.text.Text(tc.lang, "consult_rate_ask", nil) || len(rate.Buttons()) != 2 || len(rate.Buttons()[0]) != 5 {
				t.Errorf("in Telegram after closing: %q %s", rate.Text, rate.ReplyMarkup)
			}
			browsertest.Shoot(t, ctx, "consult-"+tc.lang+"-5-closed")
		})
	}
}
