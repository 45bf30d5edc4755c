package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestBrowserReferralFromEmpty walks a new clinic from an empty database
// (migrated, then only the operator's first admin imported) to a joint
// session, on a 360-pixel phone in Arabic and English, with no SQL and no
// demo seed: the admin adds two specialties, a second facility offering
// dermatology, a general practitioner and a dermatologist (their
// set-password links), and the dermatologist's weekly hours; each
// clinician sets their password through their link; a patient's case
// reaches the queue through the conversation; the general practitioner
// refers it to dermatology at the new facility; the dermatologist books
// the joint session; and the three links exist, the patient's delivered on
// their channel.
func TestBrowserReferralFromEmpty(t *testing.T) {
	browsertest.Need(t)
	t.Parallel()
	for i, tc := range []struct{ lang, accept string }{
		{"ar", "ar-SA,ar;q=0.9"},
		{"en", "en-GB,en;q=0.9"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			pg := storetest.NewPostgres(t)
			n, err := clinic.Parse(strings.NewReader(firstAdmin), "first.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := pg.Network().Import(t.Context(), n, store.ImportOptions{NewPassword: store.DemoPassword},
				store.AuditActor{Kind: store.ActorSystem, ID: "test"}); err != nil {
				t.Fatal(err)
			}
			re := newReferralEnvOn(t, pg, serveDashboard)
			must := func(step string, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
			}
			phone := func() context.Context {
				ctx := browsertest.Open(t, browsertest.Options{Accept: tc.accept, Width: 360, Height: 780, Timeout: 120 * time.Second})
				return ctx
			}
			fits := func(ctx context.Context, step string) {
				t.Helper()
				got, err := chromedp.Run(ctx, chromedp.Evaluate[[]any](
					`[document.documentElement.scrollWidth <= window.innerWidth, document.documentElement.dir]`))
				must(step, err)
				if want := map[string]string{"ar": "rtl", "en": "ltr"}[tc.lang]; got[0] != true || got[1] != want {
					t.Errorf("%s at 360 px: fits %v, dir %v; want true, %s", step, got[0], got[1], want)
				}
				browsertest.Shoot(t, ctx, "referral-empty-"+tc.lang+"-"+step)
			}
			login := func(ctx context.Context, user, pw, path, wait string) {
				t.Helper()
				must(user+" signs in", chromedp.Do(ctx,
					chromedp.Navigate(re.srv.URL+path),
					chromedp.WaitVisible(`#username`),
					chromedp.SendKeys(`#username`, user),
					chromedp.SendKeys(`#password`, pw),
					chromedp.Submit(`#password`),
					chromedp.WaitVisible(wait)))
			}

			// The admin sets the clinic up.
			admin := phone()
			login(admin, "admin.first", store.DemoPassword, "/dashboard/admin", `#specialty-form`)
			for _, s := range [][3]string{{"general_practice", "الطب العام", "General practice"}, {"dermatology", "الأمراض الجلدية", "Skin"}} {
				must("specialty "+s[0], chromedp.Do(admin, addSpecialty(re.srv.URL, s[0], s[1], s[2])...))
			}
			must("facility", chromedp.Do(admin, addFacility(newFacility{
				code: "jeddah_1", ar: "عيادة جدة", en: "Jeddah clinic", city: "jeddah", specialties: []string{"dermatology"},
			})...))
			links := map[string]string{}
			for _, a := range []struct{ user, ar, en, home, specialty string }{
				{"dr.gp", "د. سلمى", "Dr Salma", "head_office", "general_practice"},
				{"dr.derm", "د. ريم", "Dr Reem", "jeddah_1", "dermatology"},
			} {
				must("account "+a.user, chromedp.Do(admin,
					chromedp.Navigate(re.srv.URL+"/dashboard/admin"),
					chromedp.WaitVisible(`#new-account`),
					chromedp.Click(`#new-account`),
					chromedp.WaitVisible(`#account-form`),
					chromedp.SetValue(`#account-form input[name="username"]`, a.user),
					chromedp.SetValue(`#account-form input[name="name.ar"]`, a.ar),
					chromedp.SetValue(`#account-form input[name="name.en"]`, a.en),
					chromedp.SetValue(`#account-form select[name="home"]`, a.home),
					chromedp.Click(fmt.Sprintf(`#account-form input[name="specialties"][value="%s"]`, a.specialty)),
					chromedp.Submit(`#account-form input[name="username"]`),
					chromedp.WaitVisible(`#reset-link`),
					chromedp.Click(`#reset-link`),
					chromedp.WaitVisible(`#the-link`)))
				link, err := chromedp.Run(admin, chromedp.Text(`#the-link`))
				must("the link of "+a.user, err)
				links[a.user] = strings.TrimSpace(link)
			}
			fits(admin, "1-link")
			// The dermatologist's hours: mornings on the next three days.
			today := schedule.DateOf(time.Now().In(riyadh(t)))
			must("hours", chromedp.Do(admin,
				chromedp.Navigate(re.srv.URL+"/dashboard/admin/accounts/dr.derm/hours"),
				chromedp.WaitVisible(`#hours-form`)))
			for row := 1; row <= 3; row++ {
				sel := fmt.Sprintf(`#row-%d `, row)
				must("hours row", chromedp.Do(admin,
					chromedp.SetValue(sel+`select[name="day"]`, fmt.Sprint(int(today.AddDays(row).Weekday()))),
					chromedp.SetValue(sel+`input[name="from"]`, "09:00"),
					chromedp.SetValue(sel+`input[name="to"]`, "12:00"),
					chromedp.SetValue(sel+`input[name="slot"]`, "30")))
			}
			must("save hours", chromedp.Do(admin, chromedp.Submit(`#row-1 input[name="from"]`), chromedp.WaitVisible(`p.flash`)))
			fits(admin, "2-hours")

			// Each clinician sets their password through their link.
			const pw = "a long new password 1"
			signIn := func(user, path, wait string) context.Context {
				t.Helper()
				ctx := phone()
				must(user+" sets a password", chromedp.Do(ctx,
					chromedp.Navigate(links[user]),
					chromedp.WaitVisible(`#password`),
					chromedp.SendKeys(`#password`, pw),
					chromedp.SendKeys(`#again`, pw),
					chromedp.Submit(`#password`),
					chromedp.WaitVisible(`#username`)))
				login(ctx, user, pw, path, wait)
				return ctx
			}

			// A patient's case reaches the queue through the conversation.
			chat := fmt.Sprint(7701 + i)
			caseID := re.patient(t, chat, tc.lang).queue()

			gp := signIn("dr.gp", fmt.Sprintf("/dashboard/cases/%d", caseID), `#refer`)
			must("refer", chromedp.Do(gp,
				chromedp.Click(`#refer`),
				chromedp.WaitVisible(`#refer-form`),
				chromedp.SetValue(`#target`, fmt.Sprint("dermatology:", re.facilityID(t, "jeddah_1"))),
				chromedp.SendKeys(`#question`, map[string]string{"ar": "طفح لا يزول، ما رأيك؟", "en": "A rash that will not go: your view?"}[tc.lang]),
				chromedp.Click(`#refer-submit`),
				chromedp.WaitVisible(`blockquote#question`))) // the referral page's, not the form's textarea
			fits(gp, "3-referred")

			derm := signIn("dr.derm", pathReferrals, `.refs a`)
			fits(derm, "4-queue")
			must("open and book", chromedp.Do(derm,
				chromedp.Click(`.refs a`),
				chromedp.WaitVisible(`#complaint`),
				chromedp.Click(`#book`),
				chromedp.WaitVisible(`.slots button`),
				chromedp.Click(`.slots button`),
				chromedp.WaitVisible(`#join`)))
			fits(derm, "5-booked")
			mod, err := chromedp.Run(derm, chromedp.AttributeValue(`#join`, "href"))
			must("the dermatologist's link", err)

			got := re.sent.wait(t, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: chat}, 1)
			notice := got[len(got)-1].replies[0]
			var patientLink string
			for _, row := range notice.Buttons {
				for _, b := range row {
					patientLink = b.URL
				}
			}
			if notice.Lang != tc.lang || patientLink == "" || !strings.Contains(notice.Text, map[string]string{"ar": "د. سلمى", "en": "Dr Salma"}[tc.lang]) {
				t.Fatalf("the patient was told %q (%s) with link %q", notice.Text, notice.Lang, patientLink)
			}
			room := patientLink[strings.LastIndex(patientLink, "/")+1:]
			must("the guest's link", chromedp.Do(gp, chromedp.Reload(), chromedp.WaitVisible(`#join`)))
			guest, err := chromedp.Run(gp, chromedp.AttributeValue(`#join`, "href"))
			must("the guest's link", err)
			for who, link := range map[string]string{"moderator": mod.Value, "guest": guest.Value} {
				if !strings.HasPrefix(link, "https://meet.example.org/"+room+"?jwt=") {
					t.Errorf("the %s's link %q is not for room %s", who, link, room)
				}
			}
		})
	}
}
