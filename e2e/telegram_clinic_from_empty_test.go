package e2e

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/bot/bottest"
	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/video"
)

// clinicProcess is one Frontdoor process on one database, wired as serve
// wires it (cmd/frontdoor): the engine, the Telegram channel on the fake
// Bot API, the relay's notifier over that channel, and the dashboard with
// its desk and referrals telling patients through that notifier.
type clinicProcess struct {
	pg    *store.Postgres
	appts *store.Appointments
	fake  *telegramtest.Server
	text  *locales.Catalog
	dash  *httptest.Server
}

func startClinicProcess(t *testing.T, pg *store.Postgres, rs *store.Redis) *clinicProcess {
	t.Helper()
	text, rules := catalog(t), mustRules(t)
	built, err := engine.New(engine.Config{Postgres: pg, Redis: rs, Text: text,
		Triage: dialogs.Triage{Rules: rules}, EmergencyNumber: "997", Video: joinLinks{}})
	if err != nil {
		t.Fatal(err)
	}
	fake := telegramtest.NewServer(t)
	ch := bottest.Start(t, fake, rs.Client(), rs.Key("tg"), built.Engine)
	notify := telegramNotifier{ch.Telegram} // as cmd's sender for the one bot
	jitsi, err := video.NewJitsi(video.JitsiConfig{BaseURL: "https://meet.example.org", AppID: "frontdoor",
		Secret: jitsiSecret})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	rl, err := relay.New(relay.Config{Store: built.Consults, Patients: built.Engine, Notifier: notify, Locker: rs, Video: jitsi, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	notices := relay.DeskNotices{Words: built.Engine, Notifier: notify, Links: joinLinks{}}
	perUser, perIP, perAccount := dashboard.LoginBackoff()
	d, err := dashboard.New(dashboard.Config{
		Accounts:     pg.Accounts(),
		Admin:        pg,
		Consult:      &dashboard.Consult{Store: built.Consults, Relay: rl, Video: jitsi, Bookings: built.Appointments},
		Desk:         &dashboard.Desk{Store: built.Appointments, Patients: notices, Links: joinLinks{}},
		Referrals:    &dashboard.Referrals{Store: pg.Referrals(built.Appointments), Patients: notices, Video: jitsi},
		Audit:        pg.AuditLog(),
		Events:       rs,
		Cases:        pg.Cases(rs),
		Questions:    rules,
		Today:        built.Appointments,
		Reports:      pg.Reports(),
		Sessions:     rs.SessionStore("dash"),
		LoginUser:    rs.Throttle("dash:login:pair", perUser),
		LoginIP:      rs.Throttle("dash:login:ip", perIP),
		LoginAccount: rs.Throttle("dash:login:account", perAccount),
		Text:         text,
		Log:          log,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	srv := httptest.NewServer(d.Routes())
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
		cancel()
		if err := <-done; err != nil {
			t.Errorf("dashboard Run: %v", err)
		}
	})
	return &clinicProcess{pg: pg, appts: built.Appointments, fake: fake, text: text, dash: srv}
}

// TestBrowserClinicFromEmptyDatabase is issue 14's whole story, in Arabic and in
// English, each from an empty migrated database on one process: the admin
// (Chromium, 360 px) sets up a facility, two specialties, a general
// practitioner and a dermatologist with weekly hours (their one-time
// set-password links used), a coordinator, and a holiday on a near day; a
// patient books on Telegram (fake Bot API) and is offered only the hours'
// days and times, none on the holiday; the coordinator moves the
// appointment on the desk, and the patient is told on Telegram in their
// language while the old reminders give way to new ones; the general
// practitioner refers the appointment to dermatology; the dermatologist
// books the joint session; and the patient's, the guest's and the
// moderator's links are for one room.
func TestBrowserClinicFromEmptyDatabase(t *testing.T) {
	browsertest.Need(t)
	t.Parallel()
	for _, tc := range []struct {
		lang, accept string
		user         telegramtest.User
	}{
		{"ar", "ar-SA,ar;q=0.9", telegramtest.User{ID: 8801, FirstName: "نورة", LanguageCode: "ar"}},
		{"en", "en-GB,en;q=0.9", telegramtest.User{ID: 8802, FirstName: "Tom", LanguageCode: "en"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			walkClinicFromEmpty(t, tc.lang, tc.accept, tc.user)
		})
	}
}

func walkClinicFromEmpty(t *testing.T, lang, accept string, patient telegramtest.User) {
	pg, rs := storetest.NewPostgres(t), testRedis(t)
	n, err := clinic.Parse(strings.NewReader(firstAdmin), "first.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pg.Network().Import(t.Context(), n, store.ImportOptions{NewPassword: store.DemoPassword},
		store.AuditActor{Kind: store.ActorSystem, ID: "test"}); err != nil {
		t.Fatal(err)
	}
	p := startClinicProcess(t, pg, rs)
	ctx := context.Background()
	must := func(step string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	phone := func() context.Context {
		b := browsertest.Open(t, browsertest.Options{Accept: accept, Width: 360, Height: 780, Timeout: 120 * time.Second})
		return b
	}
	fits := func(b context.Context, step string) {
		t.Helper()
		got, err := chromedp.Run(b, chromedp.Evaluate[[]any](`[document.documentElement.scrollWidth <= window.innerWidth,
			document.documentElement.dir,
			[...document.querySelectorAll("body *")].filter(e => {
				const r = e.getBoundingClientRect(); return r.left < -1 || r.right > window.innerWidth + 1
			}).slice(0, 5).map(e => e.tagName + "." + e.className + "#" + e.id + " " + JSON.stringify(e.getBoundingClientRect()) + " " + e.textContent.trim().slice(0, 40))]`))
		must(step, err)
		if got[0] != true || got[1] != locales.Dir(lang) {
			t.Errorf("%s at 360 px: fits %v (wider: %v), dir %v; want true, %s", step, got[0], got[2], got[1], locales.Dir(lang))
		}
		browsertest.Shoot(t, b, "clinic-empty-"+lang+"-"+step)
	}
	login := func(b context.Context, user, pw, path, wait string) {
		t.Helper()
		must(user+" signs in", chromedp.Do(b,
			chromedp.Navigate(p.dash.URL+path),
			chromedp.WaitVisible(`#username`),
			chromedp.SendKeys(`#username`, user),
			chromedp.SendKeys(`#password`, pw),
			chromedp.Submit(`#password`),
			chromedp.WaitVisible(wait)))
	}
	// The facility keeps Morocco's clock, two hours behind the dashboard's
	// and engine's default (Makkah time): its hours, days and every time
	// the patient is told are Morocco's.
	zone, err := time.LoadLocation("Africa/Casablanca")
	must("zone", err)
	// Two days from now, so that no slot is too close; the day after is
	// the holiday.
	d1 := schedule.DateOf(time.Now().In(zone)).AddDays(2)
	holiday := d1.AddDays(1)

	// 1. The admin sets the clinic up.
	admin := phone()
	login(admin, "admin.first", store.DemoPassword, "/dashboard/admin", `#specialty-form`)
	for _, s := range [][3]string{{"general_practice", "الطب العام", "General practice"}, {"dermatology", "الأمراض الجلدية", "Skin"}} {
		must("specialty "+s[0], chromedp.Do(admin, addSpecialty(p.dash.URL, s[0], s[1], s[2])...))
	}
	must("facility", chromedp.Do(admin, addFacility(newFacility{
		code: "taif_1", ar: "عيادة الطائف", en: "Taif clinic", city: "taif", zone: "Africa/Casablanca",
		specialties: []string{"general_practice", "dermatology"},
	})...))
	links := map[string]string{}
	for _, a := range []struct{ user, ar, en, role, specialty string }{
		{"dr.gp", "د. سلمى", "Dr Salma", "clinician", "general_practice"},
		{"dr.derm", "د. ريم", "Dr Reem", "clinician", "dermatology"},
		{"coord.lina", "لينا", "Lina", "coordinator", ""},
	} {
		steps := []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(p.dash.URL + "/dashboard/admin"),
			chromedp.WaitVisible(`#new-account`),
			chromedp.Click(`#new-account`),
			chromedp.WaitVisible(`#account-form`),
			chromedp.SetValue(`#account-form input[name="username"]`, a.user),
			chromedp.SetValue(`#account-form input[name="name.ar"]`, a.ar),
			chromedp.SetValue(`#account-form input[name="name.en"]`, a.en),
			chromedp.SetValue(`#account-form select[name="role"]`, a.role),
			chromedp.SetValue(`#account-form select[name="home"]`, "taif_1"),
		}
		if a.specialty != "" {
			steps = append(steps, chromedp.Click(fmt.Sprintf(`#account-form input[name="specialties"][value="%s"]`, a.specialty)))
		}
		steps = append(steps,
			chromedp.Submit(`#account-form input[name="username"]`),
			chromedp.WaitVisible(`#reset-link`),
			chromedp.Click(`#reset-link`),
			chromedp.WaitVisible(`#the-link`))
		must("account "+a.user, chromedp.Do(admin, steps...))
		link, err := chromedp.Run(admin, chromedp.Text(`#the-link`))
		must("the link of "+a.user, err)
		links[a.user] = strings.TrimSpace(link)
	}
	fits(admin, "1-link")
	// Weekly hours: the GP 09:00-10:00 on d1's and the holiday's weekdays,
	// the dermatologist 10:00-12:00 on the same days, in 30 minutes.
	for _, h := range []struct{ user, from, to string }{{"dr.gp", "09:00", "10:00"}, {"dr.derm", "10:00", "12:00"}} {
		must("hours of "+h.user, chromedp.Do(admin,
			chromedp.Navigate(p.dash.URL+"/dashboard/admin/accounts/"+h.user+"/hours"),
			chromedp.WaitVisible(`#hours-form`)))
		for row, day := range []schedule.Date{d1, holiday} {
			sel := fmt.Sprintf(`#row-%d `, row+1)
			must("hours row", chromedp.Do(admin,
				chromedp.SetValue(sel+`select[name="day"]`, fmt.Sprint(int(day.Weekday()))),
				chromedp.SetValue(sel+`input[name="from"]`, h.from),
				chromedp.SetValue(sel+`input[name="to"]`, h.to),
				chromedp.SetValue(sel+`input[name="slot"]`, "30")))
		}
		must("save hours of "+h.user, chromedp.Do(admin, chromedp.Submit(`#row-1 input[name="from"]`), chromedp.WaitVisible(`p.flash`)))
	}
	fits(admin, "2-hours")
	must("holiday", chromedp.Do(admin,
		chromedp.Navigate(p.dash.URL+"/dashboard/admin"),
		chromedp.WaitVisible(`#holiday-form`),
		chromedp.SetValue(`#holiday-form input[name="name"]`, map[string]string{"ar": "العيد", "en": "Eid"}[lang]),
		chromedp.SetValue(`#holiday-form input[name="from"]`, holiday.String()),
		chromedp.Click(`#holiday-form input[value="taif_1"]`),
		chromedp.Submit(`#holiday-form input[name="name"]`),
		chromedp.WaitVisible(`#affected`)))
	fits(admin, "3-holiday")

	// Each account sets its password through its one-time link.
	const pw = "a long new password 1"
	signIn := func(user, path, wait string) context.Context {
		t.Helper()
		b := phone()
		must(user+" sets a password", chromedp.Do(b,
			chromedp.Navigate(links[user]),
			chromedp.WaitVisible(`#password`),
			chromedp.SendKeys(`#password`, pw),
			chromedp.SendKeys(`#again`, pw),
			chromedp.Submit(`#password`),
			chromedp.WaitVisible(`#username`)))
		login(b, user, pw, path, wait)
		return b
	}

	// Over the whole horizon, not only the bot's first page: every free
	// time in general practice is the GP's, within the hours, off the
	// holiday.
	free, err := p.appts.FreeSlots(ctx, dialogs.SlotQuery{Specialty: "general_practice"})
	must("free slots", err)
	for _, f := range free {
		if !withinHours(f.Start.In(zone), d1, holiday, "09:00", "09:30") || f.End.Sub(f.Start) != 30*time.Minute {
			t.Errorf("a free slot %v-%v outside the hours or on the holiday", f.Start.In(zone), f.End.In(zone))
		}
	}
	if len(free) == 0 {
		t.Fatal("no free slot in general practice after the set-up")
	}

	// 2. The patient books on Telegram and is offered only valid days and
	// times.
	c := openTgChat(t, p.fake, p.text, patient)
	head := func(id string) string { return templateHead(p.text, lang, id) }
	c.toMenu("menu_book")
	c.waitFor("the problem question", func(m telegramtest.Message) bool {
		return strings.HasPrefix(m.Text, c.label("triagedialog_ask_problem"))
	})
	c.say(map[string]string{"ar": "أحتاج أجدد وصفة دواء الضغط", "en": "I need a repeat prescription for my blood pressure tablets"}[lang])
	answerCalmly(t, p.fake, patient, c.from+1)
	m, _ := c.waitFor("the days or the specialties", func(m telegramtest.Message) bool {
		return strings.HasPrefix(m.Text, head("booking_pick_specialty")) || strings.Contains(m.Text, head("booking_pick_day"))
	})
	if data := buttonData(m, map[string]string{"ar": "الطب العام", "en": "General practice"}[lang]); data != "" {
		c.press(m, data)
		m, _ = c.waitFor("the days", func(m telegramtest.Message) bool { return strings.Contains(m.Text, head("booking_pick_day")) })
	}
	checkOfferedDays(t, p.text, lang, m, d1, holiday)
	c.press(m, m.Buttons()[0][0].CallbackData) // d1, the first valid day
	m, _ = c.waitFor("the times", func(m telegramtest.Message) bool { return len(m.Buttons()) > 0 })
	var times []string
	for _, row := range m.Buttons() {
		for _, b := range row {
			if strings.Contains(b.CallbackData, ":t:") { // not the pages' Earlier, Later
				times = append(times, b.Text)
			}
		}
	}
	if want := []string{clockLabel(p.text, lang, 9, 0), clockLabel(p.text, lang, 9, 30)}; strings.Join(times, "|") != strings.Join(want, "|") {
		t.Errorf("times offered on %s: %q, want the hours' %q", d1, times, want)
	}
	c.press(m, m.Buttons()[0][0].CallbackData) // 09:00
	c.tap(c.label("booking_yes_button"))
	done, _ := c.waitFor("the confirmation", func(m telegramtest.Message) bool { return strings.HasPrefix(m.Text, head("booking_done")) })
	if want := clockLabel(p.text, lang, 9, 0) + " (" + dialogs.ZoneName(p.text, lang, zone) + ")"; !strings.Contains(done.Text, want) {
		t.Errorf("the confirmation %q does not give %q, the facility's own time", done.Text, want)
	}
	var apID int64
	var start time.Time
	must("the appointment", pg.Pool().QueryRow(ctx,
		`SELECT id, lower(during) FROM appointments WHERE active AND status = 'booked'`).Scan(&apID, &start))
	if got := start.In(zone); schedule.DateOf(got) != d1 || got.Format("15:04") != "09:00" {
		t.Fatalf("booked %v, want %s 09:00", got, d1)
	}

	// 3. The coordinator moves it on the desk; the patient is told, and
	// new reminders replace the old.
	coord := signIn("coord.lina", "/dashboard/desk?day="+d1.String(), fmt.Sprintf(`#a%d`, apID))
	fits(coord, "4-desk")
	c.from = len(p.fake.Sent(patient.ID))
	must("move", chromedp.Do(coord,
		chromedp.Click(fmt.Sprintf(`#a%d a[href$="/move"]`, apID)),
		chromedp.WaitVisible(`.slots button`),
		chromedp.Click(`.slots button`),
		chromedp.WaitVisible(`p.flash`)))
	flash, err := chromedp.Run(coord, chromedp.Text(`p.flash`))
	must("flash", err)
	if want := p.text.Text(lang, "dash_desk_moved", nil); flash != want {
		t.Errorf("after the move: %q, want %q", flash, want)
	}
	fits(coord, "5-moved")
	var moved time.Time
	must("the moved appointment", pg.Pool().QueryRow(ctx, `SELECT lower(during) FROM appointments WHERE id = $1`, apID).Scan(&moved))
	if moved.Equal(start) || !withinHours(moved.In(zone), d1, holiday, "09:00", "09:30") {
		t.Fatalf("appointment %d moved from %v to %v, want another of the GP's times", apID, start.In(zone), moved.In(zone))
	}
	told, _ := c.waitFor("the change on Telegram", func(m telegramtest.Message) bool { return strings.HasPrefix(m.Text, head("desk_moved")) })
	if !strings.Contains(told.Text, clockLabel(p.text, lang, moved.In(zone).Hour(), moved.In(zone).Minute())) {
		t.Errorf("the patient was told %q, without the new time", told.Text)
	}
	rs2, err := p.appts.Reminders(ctx, apID)
	must("reminders", err)
	var old, fresh int
	for _, r := range rs2 {
		switch {
		case r.Version == 1 && r.State == "cancelled":
			old++
		case r.Version == 2 && r.State == "pending" && r.DueAt.Equal(moved.Add(-r.Offset)):
			fresh++
		}
	}
	if old == 0 || fresh == 0 || old+fresh != len(rs2) {
		t.Errorf("reminders after the move: %d old cancelled, %d new pending, of %d", old, fresh, len(rs2))
	}

	// 4. The GP refers the appointment to dermatology at the clinic (the
	// Today page's Refer link).
	c.from = len(p.fake.Sent(patient.ID))
	gp := signIn("dr.gp", fmt.Sprintf("/dashboard/referrals/new?appointment=%d", apID), `#refer-form`)
	must("refer", chromedp.Do(gp,
		chromedp.SetValue(`#target`, fmt.Sprint("dermatology:", facilityID(t, pg, "taif_1"))),
		chromedp.SendKeys(`#question`, map[string]string{"ar": "طفح لا يزول، ما رأيك؟", "en": "A rash that will not go: your view?"}[lang]),
		chromedp.Click(`#refer-submit`),
		chromedp.WaitVisible(`blockquote#question`))) // the referral page's, not the form's textarea
	fits(gp, "6-referred")

	// 5. The dermatologist books the joint session.
	derm := signIn("dr.derm", "/dashboard/referrals", `.refs a`)
	must("open and book", chromedp.Do(derm,
		chromedp.Click(`.refs a`),
		chromedp.WaitVisible(`#book`),
		chromedp.Click(`#book`),
		chromedp.WaitVisible(`.slots button`),
		chromedp.Click(`.slots button`),
		chromedp.WaitVisible(`#join`)))
	fits(derm, "7-booked")
	mod, err := chromedp.Run(derm, chromedp.AttributeValue(`#join`, "href"))
	must("the moderator's link", err)

	// 6. Three links, one room.
	notice, _ := c.waitFor("the joint session on Telegram", func(m telegramtest.Message) bool { return strings.HasPrefix(m.Text, head("desk_joint")) })
	var patientLink string
	for _, row := range notice.Buttons() {
		for _, b := range row {
			if b.URL != "" {
				patientLink = b.URL
			}
		}
	}
	if !strings.Contains(notice.Text, map[string]string{"ar": "د. سلمى", "en": "Dr Salma"}[lang]) || patientLink == "" {
		t.Fatalf("the patient was told %q with link %q", notice.Text, patientLink)
	}
	var joint time.Time
	must("the joint session", pg.Pool().QueryRow(ctx,
		`SELECT lower(during) FROM appointments WHERE active AND id <> $1`, apID).Scan(&joint))
	if !withinHours(joint.In(zone), d1, holiday, "10:00", "10:30", "11:00", "11:30") {
		t.Errorf("the joint session is at %v, outside the dermatologist's hours or on the holiday", joint.In(zone))
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
}

// checkOfferedDays: the day buttons of m are days with hours (d1's and the
// holiday's weekdays), d1 first, and the holiday is not among them.
func checkOfferedDays(t *testing.T, text *locales.Catalog, lang string, m telegramtest.Message, d1, holiday schedule.Date) {
	t.Helper()
	var days []string
	for _, row := range m.Buttons() {
		for _, b := range row {
			if strings.Contains(b.CallbackData, ":d:") {
				days = append(days, b.Text)
			}
		}
	}
	if len(days) == 0 || !strings.Contains(days[0], shortDate(text, lang, d1)) {
		t.Fatalf("days offered %q; want %s first", days, shortDate(text, lang, d1))
	}
	for _, label := range days {
		valid := false
		for k := 0; k < 8; k++ {
			for _, d := range []schedule.Date{d1.AddDays(7 * k), holiday.AddDays(7 * k)} {
				if d != holiday && strings.Contains(label, shortDate(text, lang, d)) {
					valid = true
				}
			}
		}
		if !valid || strings.Contains(label, shortDate(text, lang, holiday)) {
			t.Errorf("day offered %q: not a day with hours, or the holiday (%s)", label, holiday)
		}
	}
}

// withinHours: at is on a day with hours (d1's or the holiday's weekday),
// not the holiday, at one of clocks.
func withinHours(at time.Time, d1, holiday schedule.Date, clocks ...string) bool {
	day := schedule.DateOf(at)
	return day != holiday && (day.Weekday() == d1.Weekday() || day.Weekday() == holiday.Weekday()) &&
		slices.Contains(clocks, at.Format("15:04"))
}

// shortDate is how the bot writes a day in lang ("Sunday 3 May").
func shortDate(text *locales.Catalog, lang string, d schedule.Date) string {
	return text.Text(lang, "booking_date_short", map[string]any{
		"Weekday": text.Text(lang, "booking_weekday_"+strconv.Itoa(int(d.Weekday())), nil),
		"Day":     numerals.Format(lang, d.Day),
		"Month":   text.Text(lang, "booking_month_"+strconv.Itoa(int(d.Month)), nil),
		"Year":    numerals.Format(lang, d.Year),
	})
}

// clockLabel is how the bot writes a morning time in lang ("9:30 AM").
func clockLabel(text *locales.Catalog, lang string, hour, minute int) string {
	return text.Text(lang, "booking_time", map[string]any{
		"Hour": numerals.Format(lang, hour), "Minute": numerals.In(lang, fmt.Sprintf("%02d", minute)),
		"Half": text.Text(lang, "booking_time_am", nil),
	})
}

func facilityID(t *testing.T, pg *store.Postgres, code string) int64 {
	t.Helper()
	var id int64
	if err := pg.Pool().QueryRow(context.Background(), `SELECT id FROM facilities WHERE code = $1`, code).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}
