package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
)

// TestBrowserReferralOnPhone walks a specialist referral on a 360-pixel
// phone in Arabic and English, from the demo network: a general
// practitioner in Makkah refers a patient's case to dermatology in Jeddah
// from the case's page; Jeddah's dermatologist finds it in the referral
// queue, opens it (the case's words travel with it) and books the joint
// video session at a time all three are free; the patient is told on
// their channel in their language with their join link, the
// dermatologist's page holds the moderator's link and the general
// practitioner's page the guest's, all for the one room. Every page fits
// the screen in the language's direction, with no console error or CSP
// violation throughout.
func TestBrowserReferralOnPhone(t *testing.T) {
	browsertest.Need(t)
	t.Parallel()
	re := newReferralEnv(t)
	jeddah := re.facilityID(t, "jeddah_corniche")
	for i, tc := range []struct{ lang, accept, question string }{
		{"ar", "ar-SA,ar;q=0.9", "هل هذا الطفح صدفية أم إكزيما؟"},
		{"en", "en-GB,en;q=0.9", "Is this rash psoriasis or eczema?"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			chat := fmt.Sprint(7601 + i)
			caseID := re.patient(t, chat, tc.lang).queue()
			must := func(step string, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
			}
			fits := func(ctx context.Context, page string) {
				t.Helper()
				got, err := chromedp.Run(ctx, chromedp.Evaluate[[]any](
					`[document.documentElement.scrollWidth <= window.innerWidth, document.documentElement.dir]`))
				must(page+" layout", err)
				if got[0] != true || got[1] != locales.Dir(tc.lang) {
					t.Errorf("%s at 360 px: fits %v, dir %v; want true, %s", page, got[0], got[1], locales.Dir(tc.lang))
				}
			}
			phone := func() context.Context {
				ctx := browsertest.Open(t, browsertest.Options{Accept: tc.accept, Width: 360, Height: 740, Timeout: 90 * time.Second})
				return ctx
			}
			login := func(ctx context.Context, user, path, wait string) {
				t.Helper()
				must(user+" signs in", chromedp.Do(ctx,
					chromedp.Navigate(re.srv.URL+path),
					chromedp.WaitVisible(`#username`),
					chromedp.SendKeys(`#username`, user),
					chromedp.SendKeys(`#password`, store.DemoPassword),
					chromedp.Submit(`#password`),
					chromedp.WaitVisible(wait)))
			}
			flash := func(ctx context.Context, want string) {
				t.Helper()
				got, err := chromedp.Run(ctx, chromedp.Text(`p.flash`))
				must("flash", err)
				if w := re.text.Text(tc.lang, want, nil); got != w {
					t.Errorf("flash %q, want %q", got, w)
				}
			}

			// The general practitioner refers the case.
			gp := phone()
			login(gp, "dr.khalid", fmt.Sprintf("/dashboard/cases/%d", caseID), `#refer`)
			fits(gp, "the case")
			must("refer", chromedp.Do(gp,
				chromedp.Click(`#refer`),
				chromedp.WaitVisible(`#refer-form`),
				chromedp.SetValue(`#target`, fmt.Sprint("dermatology:", jeddah)),
				chromedp.SendKeys(`#question`, tc.question),
				chromedp.Click(`#refer-submit`),
				chromedp.WaitVisible(`p.flash`)))
			flash(gp, "dash_ref_sent")
			fits(gp, "the referral")
			browsertest.Shoot(t, gp, "referral-"+tc.lang+"-1-sent")
			loc, err := chromedp.Run(gp, chromedp.Location())
			must("referral's address", err)
			var id int64
			if _, err := fmt.Sscanf(loc[strings.Index(loc, pathReferrals):], pathReferrals+"/%d", &id); err != nil {
				t.Fatalf("the referral's address %q: %v", loc, err)
			}

			// The dermatologist finds it in the queue and books the session.
			derm := phone()
			login(derm, "dr.fatimah", pathReferrals, fmt.Sprintf(`#ref%d`, id))
			fits(derm, "the referral queue")
			browsertest.Shoot(t, derm, "referral-"+tc.lang+"-2-queue")
			must("open", chromedp.Do(derm,
				chromedp.Click(fmt.Sprintf(`#ref%d a`, id)),
				chromedp.WaitVisible(`#complaint`),
				chromedp.Click(`#book`),
				chromedp.WaitVisible(`.referral-book`)))
			for week := 0; week < 3; week++ {
				n, err := chromedp.Run(derm, chromedp.Evaluate[float64](`document.querySelectorAll(".slots button").length`))
				must("times", err)
				if n > 0 {
					break
				}
				must("next week", chromedp.Do(derm, chromedp.Click(`.pager a:last-child`), chromedp.WaitVisible(`.referral-book`)))
			}
			fits(derm, "the session's times")
			browsertest.Shoot(t, derm, "referral-"+tc.lang+"-3-times")
			must("book", chromedp.Do(derm,
				chromedp.Click(`.slots button`),
				chromedp.WaitVisible(`#join`)))
			flash(derm, "dash_ref_booked")
			fits(derm, "the booked referral")
			browsertest.Shoot(t, derm, "referral-"+tc.lang+"-4-booked")
			mod, err := chromedp.Run(derm, chromedp.AttributeValue(`#join`, "href"))
			moderator := mod.Value
			must("the dermatologist's link", err)

			// The patient's link came through their channel, in their
			// language; the general practitioner's page has theirs.
			// (the notice with the link: "a doctor is online now" may
			// reach a waiting patient before it, as the clinicians log in)
			linkOf := func(r dialogs.Reply) string {
				for _, row := range r.Buttons {
					for _, b := range row {
						if b.URL != "" {
							return b.URL
						}
					}
				}
				return ""
			}
			got := re.sent.waitFor(t, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: chat}, func(n notice) bool {
				return len(n.replies) > 0 && linkOf(n.replies[0]) != ""
			})
			notice := got.replies[0]
			patientLink := linkOf(notice)
			doctor := re.clinician(t, "dr.khalid").Name(tc.lang)
			if !strings.Contains(notice.Text, doctor) || notice.Lang != tc.lang || patientLink == "" {
				t.Fatalf("the patient was told %q (%s) with link %q", notice.Text, notice.Lang, patientLink)
			}
			room := patientLink[strings.LastIndex(patientLink, "/")+1:]
			must("the guest's link", chromedp.Do(gp,
				chromedp.Reload(),
				chromedp.WaitVisible(`#join`)))
			g, err := chromedp.Run(gp, chromedp.AttributeValue(`#join`, "href"))
			guest := g.Value
			must("the guest's link", err)
			browsertest.Shoot(t, gp, "referral-"+tc.lang+"-5-guest")
			for who, link := range map[string]string{"moderator": moderator, "guest": guest} {
				if !strings.HasPrefix(link, "https://meet.example.org/"+room+"?jwt=") {
					t.Errorf("the %s's link %q is not for room %s", who, link, room)
				}
			}
			if moderator == guest {
				t.Error("the dermatologist and the general practitioner have the same link")
			}
		})
	}
}
