package dashboard

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
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/video"
)

// firstAdmin is all an empty database gets before the dashboard: the
// operator's one-facility file with the first admin (frontdoor import).
const firstAdmin = `
facilities:
  - code: head_office
    name: {ar: الإدارة, en: Head office}
    city: makkah
    time_zone: Asia/Riyadh
accounts:
  - username: admin.first
    name: {ar: المسؤول, en: First admin}
    role: admin
    facilities: [head_office]
`

// TestBrowserAdminSetUp walks a new clinic's set-up in a real browser on a
// phone's screen (360 px), in Arabic and in English, from an empty
// database: the admin adds a specialty, a facility offering it, a
// clinician with weekly hours, and a holiday; every page fits the screen
// (no sideways scrolling, right to left in Arabic); and the slots then
// offered are exactly the hours' slots, none on the holiday.
func TestBrowserAdminSetUp(t *testing.T) {
	browsertest.Need(t)
	for _, lang := range []string{"ar", "en"} {
		t.Run(lang, func(t *testing.T) {
			pg, rd := storetest.NewPostgres(t), storetest.NewRedis(t)
			n, err := clinic.Parse(strings.NewReader(firstAdmin), "first.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := pg.Network().Import(t.Context(), n, store.ImportOptions{NewPassword: store.DemoPassword},
				store.AuditActor{Kind: store.ActorSystem, ID: "test"}); err != nil {
				t.Fatal(err)
			}
			e := startEnv(t, pg, rd)
			ctx := browsertest.Open(t, browsertest.Options{Accept: lang, Width: 360, Height: 780, Timeout: 90 * time.Second,
				Ignore: func(m chromedp.ConsoleMessage) bool {
					// A refused form answers 422, as the wrong time zone must.
					return m.Source == "network" && strings.Contains(m.String(), "status of 422")
				}})
			tt := func(id string) string { return e.text.Text(lang, id, nil) }
			must := func(step string, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
			}
			// fits checks the page: the reader's direction, no sideways scroll.
			fits := func(step string) {
				t.Helper()
				got, err := chromedp.Run(ctx, chromedp.Evaluate[[]any](`[document.documentElement.dir,
					document.documentElement.scrollWidth <= window.innerWidth,
					[...document.querySelectorAll("main *")].filter(e => {
						const r = e.getBoundingClientRect(); return r.left < -1 || r.right > window.innerWidth + 1
					}).slice(0, 5).map(e => e.tagName + "." + e.className + "[" + (e.name || "") + "]")]`))
				must(step, err)
				if want := map[string]string{"ar": "rtl", "en": "ltr"}[lang]; got[0] != want || got[1] != true {
					t.Errorf("%s: dir %v, fits the screen %v (wider: %v); want %s and true", step, got[0], got[1], got[2], want)
				}
				browsertest.Shoot(t, ctx, "admin-"+lang+"-"+step)
			}
			flashed := func(step string) {
				t.Helper()
				msg, err := chromedp.Run(ctx, chromedp.Text(`p.flash`))
				must(step, err)
				if msg != tt("admin_saved") {
					t.Errorf("%s: flash %q, want %q", step, msg, tt("admin_saved"))
				}
			}
			d1 := schedule.DateOf(time.Now().In(e.d.cfg.Location)).AddDays(2)
			d2 := d1.AddDays(1) // the holiday

			must("login", chromedp.Do(ctx,
				chromedp.Navigate(e.srv.URL+"/dashboard/admin"),
				chromedp.WaitVisible(`#username`),
				chromedp.SendKeys(`#username`, "admin.first"),
				chromedp.SendKeys(`#password`, store.DemoPassword),
				chromedp.Submit(`#password`),
				chromedp.WaitVisible(`#specialty-form`)))
			fits("1-admin")

			must("specialty", chromedp.Do(ctx,
				chromedp.SetValue(`#specialty-form input[name="code"]`, "pediatrics"),
				chromedp.SetValue(`#specialty-form input[name="name.ar"]`, "طب الأطفال"),
				chromedp.SetValue(`#specialty-form input[name="name.en"]`, "Children's health"),
				chromedp.Submit(`#specialty-form input[name="code"]`),
				chromedp.WaitVisible(`p.flash`)))
			flashed("specialty")

			must("facility form", chromedp.Do(ctx, chromedp.Click(`#new-facility`), chromedp.WaitVisible(`#facility-form`)))
			// A wrong time zone first: the problem shows next to the field.
			must("facility, wrong zone", chromedp.Do(ctx,
				chromedp.SetValue(`#facility-form input[name="code"]`, "taif_1"),
				chromedp.SetValue(`#facility-form input[name="name.ar"]`, "عيادة الطائف"),
				chromedp.SetValue(`#facility-form input[name="name.en"]`, "Taif clinic"),
				chromedp.SetValue(`#facility-form input[name="city"]`, "taif"),
				chromedp.SetValue(`#facility-form input[name="time_zone"]`, "Taif"),
				chromedp.SetValue(`#facility-form input[name="phone"]`, "+966127000000"),
				chromedp.Click(`#facility-form input[value="pediatrics"]`),
				chromedp.Submit(`#facility-form input[name="code"]`),
				chromedp.WaitVisible(`.field-error`)))
			msg, err := chromedp.Run(ctx, chromedp.Text(`input[name="time_zone"] + .field-error`))
			must("zone problem", err)
			if msg != tt("admin_bad_time_zone") {
				t.Errorf("next to the time zone: %q, want %q", msg, tt("admin_bad_time_zone"))
			}
			fits("2-facility-problem")
			must("facility", chromedp.Do(ctx,
				chromedp.SetValue(`#facility-form input[name="time_zone"]`, "Asia/Riyadh"),
				chromedp.Submit(`#facility-form input[name="code"]`),
				chromedp.WaitVisible(`p.flash`)))
			flashed("facility")

			must("account", chromedp.Do(ctx,
				chromedp.Click(`#new-account`),
				chromedp.WaitVisible(`#account-form`),
				chromedp.SetValue(`#account-form input[name="username"]`, "dr.hana"),
				chromedp.SetValue(`#account-form input[name="name.ar"]`, "د. هناء"),
				chromedp.SetValue(`#account-form input[name="name.en"]`, "Dr Hana"),
				chromedp.SetValue(`#account-form select[name="home"]`, "taif_1"),
				chromedp.Click(`#account-form input[name="specialties"][value="pediatrics"]`),
				chromedp.Submit(`#account-form input[name="username"]`),
				chromedp.WaitVisible(`#reset-link`)))
			flashed("account")
			fits("3-account")

			must("hours", chromedp.Do(ctx,
				chromedp.Navigate(e.srv.URL+"/dashboard/admin/accounts/dr.hana/hours"),
				chromedp.WaitVisible(`#hours-form`),
				chromedp.SetValue(`#row-1 select[name="day"]`, fmt.Sprint(int(d1.Weekday()))),
				chromedp.SetValue(`#row-1 input[name="from"]`, "09:00"),
				chromedp.SetValue(`#row-1 input[name="to"]`, "10:00"),
				chromedp.SetValue(`#row-1 input[name="slot"]`, "30"),
				chromedp.SetValue(`#row-2 select[name="day"]`, fmt.Sprint(int(d2.Weekday()))),
				chromedp.SetValue(`#row-2 input[name="from"]`, "09:00"),
				chromedp.SetValue(`#row-2 input[name="to"]`, "10:00"),
				chromedp.SetValue(`#row-2 input[name="slot"]`, "30"),
				chromedp.Submit(`#row-1 input[name="from"]`),
				chromedp.WaitVisible(`p.flash`)))
			flashed("hours")
			fits("4-hours")

			must("holiday", chromedp.Do(ctx,
				chromedp.Navigate(e.srv.URL+"/dashboard/admin"),
				chromedp.WaitVisible(`#holiday-form`),
				chromedp.SetValue(`#holiday-form input[name="name"]`, "Eid"),
				chromedp.SetValue(`#holiday-form input[name="from"]`, d2.String()),
				chromedp.Click(`#holiday-form input[value="taif_1"]`),
				chromedp.Submit(`#holiday-form input[name="name"]`),
				chromedp.WaitVisible(`#affected`)))
			msg, err = chromedp.Run(ctx, chromedp.Text(`#affected .count`))
			must("affected", err)
			if want := e.text.Count(lang, "admin_affected_count", 0, nil); msg != want {
				t.Errorf("after the holiday: %q, want %q", msg, want)
			}
			fits("5-holiday")

			checkSlots(t, e, d1, d2)
		})
	}
}

// checkSlots: the slots offered in pediatrics are the new clinician's
// 09:00 and 09:30 on d1's and d2's weekdays, and none on d2 (the holiday).
func checkSlots(t *testing.T, e *env, d1, d2 schedule.Date) {
	t.Helper()
	jobs, err := reminders.NewJobs(e.pg.Pool(), nil)
	if err != nil {
		t.Fatal(err)
	}
	appts, err := store.NewAppointments(e.pg, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: jobs})
	if err != nil {
		t.Fatal(err)
	}
	free, err := appts.FreeSlots(context.Background(), dialogs.SlotQuery{Specialty: "pediatrics"})
	if err != nil {
		t.Fatal(err)
	}
	zone := e.d.cfg.Location // the facility's zone too (Asia/Riyadh)
	onD1 := 0
	for _, s := range free {
		local := s.Start.In(zone)
		day := schedule.DateOf(local)
		clock := local.Format("15:04")
		switch {
		case day == d2:
			t.Errorf("a slot on the holiday: %v", local)
		case day.Weekday() != d1.Weekday() && day.Weekday() != d2.Weekday():
			t.Errorf("a slot on a day without hours: %v", local)
		case clock != "09:00" && clock != "09:30":
			t.Errorf("a slot outside the hours: %v", local)
		case s.End.Sub(s.Start) != 30*time.Minute:
			t.Errorf("a slot of %v, want 30 minutes", s.End.Sub(s.Start))
		}
		if day == d1 {
			onD1++
		}
	}
	if onD1 != 2 {
		t.Errorf("%d slots on %s, want 09:00 and 09:30", onD1, d1)
	}
}
