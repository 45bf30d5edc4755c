package e2e

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
)

// deskEnv is a consult env with the coordinator's desk on, telling
// patients through the env's notifier (and, once telegram is called,
// through the real Telegram channel on a fake Bot API).
type deskEnv struct {
	*consultEnv
}

func newDeskEnv(t *testing.T) *deskEnv {
	t.Helper()
	de := &deskEnv{}
	de.consultEnv = newConsultEnv(t, func(c *dashboard.Config) {
		// The consult's option ran first: its bookings are the env's
		// appointments; the engine is known once the env is returned.
		c.Desk = &dashboard.Desk{Store: c.Consult.Bookings.(*store.Appointments), Patients: deskNotices{de}, Links: joinLinks{},
			Sessions: deskSessions{de}}
	})
	return de
}

// deskNotices tells patients as cmd does, through the env's engine and
// notifier.
type deskNotices struct{ de *deskEnv }

func (n deskNotices) AppointmentChanged(ctx context.Context, dn store.DeskNotice) error {
	return relay.DeskNotices{Words: n.de.engine, Notifier: n.de.sent}.AppointmentChanged(ctx, dn)
}

// deskSessions passes desk changes to live chats through the env's
// engine, as cmd does.
type deskSessions struct{ de *deskEnv }

func (s deskSessions) SetSessionZone(ctx context.Context, key dialogs.ConversationKey, zone string) error {
	return s.de.engine.SetSessionZone(ctx, key, zone)
}

// joinLinks names a patient's join link by the appointment's room, as the
// public join page does.
type joinLinks struct{}

func (joinLinks) PatientLink(_ context.Context, a dialogs.Appointment) (string, error) {
	return "https://clinic.example.org/join/" + a.Room, nil
}

// deskPatient creates a Telegram patient of chat id speaking lang.
func (de *deskEnv) deskPatient(t *testing.T, chat int64, lang string) int64 {
	t.Helper()
	ctx := context.Background()
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: fmt.Sprint(chat)}
	p, err := de.pg.Patients().EnsurePatient(ctx, key, key.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := de.pg.Patients().SetLanguage(ctx, p.ID, lang); err != nil {
		t.Fatal(err)
	}
	return p.ID
}

// freeSlots returns the first n free slots of a demo clinician from two
// hours on.
func (de *deskEnv) freeSlots(t *testing.T, username string, n int) []schedule.Slot {
	t.Helper()
	from := time.Now().Add(2 * time.Hour)
	slots, err := de.appts.ClinicianFreeSlots(context.Background(), de.clinician(t, username).ID, from, from.Add(14*24*time.Hour))
	if err != nil || len(slots) < n {
		t.Fatalf("%s has %d free slots (%v), want %d", username, len(slots), err, n)
	}
	return slots[:n]
}

// book books slot for patient in specialty.
func (de *deskEnv) book(t *testing.T, patient int64, specialty string, slot schedule.Slot) dialogs.Appointment {
	t.Helper()
	ap, err := de.appts.Book(context.Background(), dialogs.BookRequest{PatientID: patient, Specialty: specialty, Slot: slot})
	if err != nil {
		t.Fatal(err)
	}
	return ap
}

func dayOf(at time.Time) string {
	riyadh, _ := time.LoadLocation("Asia/Riyadh")
	return at.In(riyadh).Format(time.DateOnly)
}

// TestDeskScope: only coordinators and admins have the desk; a coordinator
// sees and changes only their facilities' appointments (another's is 404,
// as if it did not exist); a cross-origin POST is refused; every viewing
// and change is audited, and the patient of a cancel is told in their
// language.
func TestDeskScope(t *testing.T) {
	de := newDeskEnv(t)
	makkah := de.book(t, de.deskPatient(t, 7001, dialogs.LangArabic), "general_practice", de.freeSlots(t, "dr.khalid", 1)[0])
	madinah := de.book(t, de.deskPatient(t, 7002, dialogs.LangEnglish), "pediatrics", de.freeSlots(t, "dr.omar", 1)[0])

	doc := de.browser(t, "en")
	doc.mustLogin("dr.khalid")
	if res := doc.get("/dashboard/desk"); res.status != http.StatusForbidden {
		t.Errorf("a clinician's desk: %d, want 403", res.status)
	}
	if res := doc.post(fmt.Sprintf("/dashboard/desk/%d/cancel", makkah.ID), url.Values{"version": {"1"}}); res.status != http.StatusForbidden {
		t.Errorf("a clinician's cancel: %d, want 403", res.status)
	}

	sara := de.browser(t, "en")
	sara.mustLogin("coord.sara")
	res := sara.get("/dashboard/desk?day=" + dayOf(makkah.Start))
	if res.status != http.StatusOK || !strings.Contains(res.body, fmt.Sprintf(`id="a%d"`, makkah.ID)) {
		t.Fatalf("Makkah's desk on the day: %d, Makkah's appointment listed: %v", res.status, strings.Contains(res.body, fmt.Sprintf(`id="a%d"`, makkah.ID)))
	}
	res = sara.get("/dashboard/desk?day=" + dayOf(madinah.Start))
	if strings.Contains(res.body, fmt.Sprintf(`id="a%d"`, madinah.ID)) {
		t.Error("a Makkah coordinator sees a Madinah appointment")
	}
	if n := de.auditCount(t, "appointment.desk_view", "0"); n < 2 {
		t.Errorf("%d desk views audited, want 2", n)
	}
	for _, path := range []string{
		fmt.Sprintf("/dashboard/desk/%d/cancel", madinah.ID),
		fmt.Sprintf("/dashboard/desk/%d/no-show", madinah.ID),
	} {
		if res := sara.post(path, url.Values{"version": {"1"}}); res.status != http.StatusNotFound {
			t.Errorf("POST %s out of scope: %d, want 404", path, res.status)
		}
	}
	if res := sara.get(fmt.Sprintf("/dashboard/desk/%d/move", madinah.ID)); res.status != http.StatusNotFound {
		t.Errorf("moving out of scope: %d, want 404", res.status)
	}
	cancel := fmt.Sprintf("/dashboard/desk/%d/cancel", makkah.ID)
	if res := sara.postWith(cancel, url.Values{"version": {"1"}}, map[string]string{"Sec-Fetch-Site": "cross-site"}); res.status != http.StatusForbidden {
		t.Errorf("a cross-origin cancel: %d, want 403", res.status)
	}
	if n := de.auditCount(t, "appointment.cancel", fmt.Sprint(makkah.ID)); n != 0 {
		t.Fatalf("%d cancels audited before any", n)
	}

	res = sara.post(cancel, url.Values{"version": {"1"}, "back": {"/dashboard/desk?day=" + dayOf(makkah.Start)}})
	if res.status != http.StatusSeeOther || !strings.HasPrefix(res.header.Get("Location"), pathDesk+"?day=") {
		t.Fatalf("cancel: %d to %q", res.status, res.header.Get("Location"))
	}
	if n := de.auditCount(t, "appointment.cancel", fmt.Sprint(makkah.ID)); n != 1 {
		t.Errorf("%d cancels audited, want 1", n)
	}
	got := de.sent.wait(t, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "7001"}, 1)
	if text := got[0].replies[0].Text; !strings.Contains(text, "اضطرت العيادة إلى إلغاء موعدك") || got[0].bulk {
		t.Errorf("the patient was told %q (bulk %v), want the Arabic cancel, interactive", text, got[0].bulk)
	}
	if page := sara.get(res.header.Get("Location")); !strings.Contains(page.body, de.text.Text("en", "dash_desk_cancelled", nil)) {
		t.Error("the desk does not say the appointment is cancelled")
	}
	// The same form again: the appointment changed since.
	res = sara.post(cancel, url.Values{"version": {"1"}})
	if res.status != http.StatusSeeOther {
		t.Errorf("cancelling twice: %d", res.status)
	}
	if page := sara.get(res.header.Get("Location")); !strings.Contains(page.body, de.text.Text("en", "dash_desk_changed", nil)) {
		t.Error("cancelling twice does not say the appointment changed")
	}
}

// TestDeskMoveOnTelegram: the coordinator moves an appointment to another
// clinician's free time; the patient gets the change on Telegram in their
// language, the old reminders are dropped and new ones made. A time just
// taken sends the coordinator back to the free times, saying so.
func TestDeskMoveOnTelegram(t *testing.T) {
	de := newDeskEnv(t)
	tg := de.telegram(t)
	u := telegramtest.User{ID: 7101, LanguageCode: "en"}
	patient := de.deskPatient(t, u.ID, dialogs.LangEnglish)
	slots := de.freeSlots(t, "dr.khalid", 3)
	ap := de.book(t, patient, "general_practice", slots[0])

	sara := de.browser(t, "en")
	sara.mustLogin("coord.sara")
	move := fmt.Sprintf("/dashboard/desk/%d/move", ap.ID)
	res := sara.get(move + "?day=" + dayOf(slots[1].Start))
	if res.status != http.StatusOK || !strings.Contains(res.body, slotValue(slots[1])) {
		t.Fatalf("the move page: %d; offers the next free time: %v", res.status, strings.Contains(res.body, slotValue(slots[1])))
	}
	if strings.Contains(res.body, slotValue(slots[0])) {
		t.Error("the move page offers the appointment's own time")
	}

	// Someone else takes slots[2] first: the move to it is refused.
	de.book(t, de.deskPatient(t, 7102, dialogs.LangEnglish), "general_practice", slots[2])
	res = sara.post(move, url.Values{"version": {"1"}, "slot": {slotValue(slots[2])}, "day": {dayOf(slots[2].Start)}})
	if res.status != http.StatusSeeOther || !strings.HasPrefix(res.header.Get("Location"), move) {
		t.Fatalf("moving to a taken time: %d to %q, want back to the free times", res.status, res.header.Get("Location"))
	}
	page := sara.get(res.header.Get("Location"))
	if !strings.Contains(page.body, de.text.Text("en", "dash_desk_taken", nil)) || strings.Contains(page.body, slotValue(slots[2])) {
		t.Error("the free times after a taken one do not say so, or still offer it")
	}

	res = sara.post(move, url.Values{"version": {"1"}, "slot": {slotValue(slots[1])}, "day": {dayOf(slots[1].Start)},
		"back": {"/dashboard/desk?day=" + dayOf(slots[1].Start)}})
	if res.status != http.StatusSeeOther || !strings.HasPrefix(res.header.Get("Location"), pathDesk+"?day=") {
		t.Fatalf("move: %d to %q", res.status, res.header.Get("Location"))
	}
	sent := tg.fake.WaitSent(t, u.ID, 1)
	if !strings.Contains(sent[0].Text, "The clinic changed the time of your appointment") {
		t.Errorf("Telegram got %q, want the move in English", sent[0].Text)
	}
	rs, err := de.appts.Reminders(context.Background(), ap.ID)
	if err != nil {
		t.Fatal(err)
	}
	var old, fresh int
	for _, r := range rs {
		switch {
		case r.Version == 1 && r.State == "cancelled":
			old++
		case r.Version == 2 && r.State == "pending" && r.DueAt.Equal(slots[1].Start.Add(-r.Offset)):
			fresh++
		}
	}
	if old == 0 || fresh == 0 || old+fresh != len(rs) {
		t.Errorf("reminders after the move: %d old cancelled, %d new pending, of %d", old, fresh, len(rs))
	}
	if n := de.auditCount(t, "appointment.move", fmt.Sprint(ap.ID)); n != 1 {
		t.Errorf("%d moves audited, want 1", n)
	}
}

// TestDeskNoShow: a no-show can be marked once the appointment started,
// not before; the reports count it, in the CSV too.
func TestDeskNoShow(t *testing.T) {
	de := newDeskEnv(t)
	ctx := context.Background()
	khalid := de.clinician(t, "dr.khalid")
	patient := de.deskPatient(t, 7201, dialogs.LangEnglish)
	future := de.book(t, patient, "general_practice", de.freeSlots(t, "dr.khalid", 1)[0])
	var past int64
	err := de.pg.Pool().QueryRow(ctx, `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, room, booked_at)
VALUES ($1, $2, $3, 'general_practice', tstzrange(now() - interval '20 minutes', now() - interval '5 minutes'), 'booked',
        'abcdefghijklmnopqrstuvwxyz', now() - interval '1 day')
RETURNING id`, patient, khalid.ID, khalid.Facilities[0]).Scan(&past)
	if err != nil {
		t.Fatal(err)
	}
	sara := de.browser(t, "en")
	sara.mustLogin("coord.sara")
	res := sara.post(fmt.Sprintf("/dashboard/desk/%d/no-show", future.ID), url.Values{"version": {"1"}})
	if page := sara.get(res.header.Get("Location")); !strings.Contains(page.body, de.text.Text("en", "dash_desk_too_early", nil)) {
		t.Error("a no-show before the start is not refused")
	}
	res = sara.post(fmt.Sprintf("/dashboard/desk/%d/no-show", past), url.Values{"version": {"1"}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("no-show: %d", res.status)
	}
	if n := de.auditCount(t, "appointment.no_show", fmt.Sprint(past)); n != 1 {
		t.Errorf("%d no-shows audited, want 1", n)
	}
	csv := sara.get("/dashboard/reports.csv?days=7")
	lines := strings.Split(strings.TrimSpace(csv.body), "\n")
	col := slices.Index(strings.Split(strings.TrimSpace(lines[0]), ","), "no_shows")
	if col < 0 || len(lines) < 2 || strings.Split(lines[len(lines)-1], ",")[col] != "1" {
		t.Errorf("the reports CSV does not count the no-show:\n%s", csv.body)
	}
}

// TestDeskBookForPatient: a coordinator books for a new patient in front
// of them and gets the page to print, in the patient's language with the
// join link and its QR code; for a patient of the bot, who is told in
// their chat; bad details and a time just taken are refused with a word.
func TestDeskBookForPatient(t *testing.T) {
	de := newDeskEnv(t)
	slots := de.freeSlots(t, "dr.khalid", 3)
	day := dayOf(slots[0].Start)
	sara := de.browser(t, "ar")
	sara.mustLogin("coord.sara")
	form := sara.get("/dashboard/desk/book?specialty=general_practice&day=" + day)
	if form.status != http.StatusOK || !strings.Contains(form.body, slotValue(slots[0])) || !strings.Contains(form.body, `dir="rtl"`) {
		t.Fatalf("the booking form: %d; offers the free time: %v", form.status, strings.Contains(form.body, slotValue(slots[0])))
	}
	book := func(v url.Values) response {
		t.Helper()
		v.Set("specialty", "general_practice")
		v.Set("day", day)
		return sara.post("/dashboard/desk/book", v)
	}
	flash := func(res response, id string) {
		t.Helper()
		if page := sara.get(res.header.Get("Location")); !strings.Contains(page.body, de.text.Text("ar", id, nil)) {
			t.Errorf("after %d to %q: no %s", res.status, res.header.Get("Location"), id)
		}
	}
	flash(book(url.Values{"slot": {slotValue(slots[0])}, "name": {"Amina"}, "phone": {"call me"}, "lang": {"fr"}}), "dash_desk_book_invalid")
	flash(book(url.Values{"slot": {slotValue(slots[0])}, "name": {"Amina"}, "lang": {"xx"}}), "dash_desk_book_invalid")
	flash(book(url.Values{"slot": {slotValue(slots[0])}, "patient": {"999999"}}), "dash_desk_book_no_patient")

	res := book(url.Values{"slot": {slotValue(slots[0])}, "name": {"Amina"}, "phone": {"+966 50 123 4567"}, "lang": {"fr"}})
	if res.status != http.StatusSeeOther || !strings.HasSuffix(res.header.Get("Location"), "/print") {
		t.Fatalf("booking a new patient: %d to %q, want the page to print", res.status, res.header.Get("Location"))
	}
	page := sara.get(res.header.Get("Location"))
	for _, want := range []string{"Amina", "966501234567", "Votre consultation vidéo", `lang="fr" dir="ltr"`, `<svg class="qr"`, "https://clinic.example.org/join/"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("the printed page lacks %q", want)
		}
	}
	var id string
	if i := strings.Index(res.header.Get("Location"), "/desk/"); i >= 0 {
		id = strings.TrimSuffix(res.header.Get("Location")[i+len("/desk/"):], "/print")
	}
	if de.auditCount(t, "appointment.desk_book", id) != 1 || de.auditCount(t, "appointment.desk_print", id) != 1 {
		t.Errorf("the booking %s or its printed page is not audited", id)
	}
	// The same time again: just taken.
	flash(book(url.Values{"slot": {slotValue(slots[0])}, "name": {"Omar"}, "lang": {"ar"}}), "dash_desk_taken")

	// A patient of the bot, by number: told in their chat, in English.
	patient := de.deskPatient(t, 7301, dialogs.LangEnglish)
	res = book(url.Values{"slot": {slotValue(slots[1])}, "patient": {fmt.Sprint(patient)}})
	if res.status != http.StatusSeeOther || !strings.HasPrefix(res.header.Get("Location"), pathDesk+"?day=") {
		t.Fatalf("booking a patient of the bot: %d to %q", res.status, res.header.Get("Location"))
	}
	got := de.sent.wait(t, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "7301"}, 1)
	if !strings.Contains(got[0].replies[0].Text, "The clinic booked a video appointment for you") {
		t.Errorf("the patient was told %q", got[0].replies[0].Text)
	}
	if res := sara.get(fmt.Sprintf("/dashboard/desk/%d/print", patient)); res.status != http.StatusNotFound {
		t.Errorf("a printed page of a non-desk appointment: %d, want 404", res.status)
	}
}

// TestDeskBookForPatientAbroad: a coordinator books for a patient of the
// bot who is abroad and gives their zone: it is kept on the patient, and
// the message in their chat gives their time beside the clinic's; a zone
// the form does not offer is refused.
func TestDeskBookForPatientAbroad(t *testing.T) {
	de := newDeskEnv(t)
	slots := de.freeSlots(t, "dr.khalid", 2)
	day := dayOf(slots[0].Start)
	sara := de.browser(t, "en")
	sara.mustLogin("coord.sara")
	form := sara.get("/dashboard/desk/book?specialty=general_practice&day=" + day)
	if !strings.Contains(form.body, `<option value="Europe/London">London time</option>`) {
		t.Fatal("the booking form offers no London time")
	}
	patient := de.deskPatient(t, 7302, dialogs.LangEnglish)
	v := url.Values{"specialty": {"general_practice"}, "day": {day}, "slot": {slotValue(slots[0])},
		"patient": {fmt.Sprint(patient)}, "zone": {"Mars/Olympus"}}
	if res := sara.post("/dashboard/desk/book", v); !strings.Contains(html.UnescapeString(sara.get(res.header.Get("Location")).body), de.text.Text("en", "dash_desk_book_invalid", nil)) {
		t.Errorf("a zone not offered: %d to %q, want refused", res.status, res.header.Get("Location"))
	}
	v.Set("zone", "Europe/London")
	if res := sara.post("/dashboard/desk/book", v); res.status != http.StatusSeeOther {
		t.Fatalf("booking with a zone: %d", res.status)
	}
	var zone string
	if err := de.pg.Pool().QueryRow(t.Context(), `SELECT coalesce(time_zone, '') FROM patients WHERE id = $1`, patient).Scan(&zone); err != nil || zone != "Europe/London" {
		t.Errorf("patient's zone = %q, %v; want Europe/London", zone, err)
	}
	got := de.sent.wait(t, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "7302"}, 1)
	if text := got[0].replies[0].Text; !strings.Contains(text, "Makkah time — ") || !strings.Contains(text, "your time") {
		t.Errorf("the patient abroad was told %q, want both times", text)
	}
}

// TestDeskSetsPatientZone: a coordinator sets the zone of any patient of
// their facilities from the appointment's row (a relative calling from
// London): kept on the patient, audited, passed to their live chat, and
// the next message they get (a move) gives their time beside the clinic's. Another
// facility's appointment is 404; a zone not offered is 400.
func TestDeskSetsPatientZone(t *testing.T) {
	de := newDeskEnv(t)
	ctx := context.Background()
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "7401"}
	patient := de.deskPatient(t, 7401, dialogs.LangEnglish)
	if _, err := de.engine.Handle(ctx, dialogs.Input{ID: "1", Conversation: key, UserID: key.ID, Text: "/start"}); err != nil {
		t.Fatal(err)
	}
	slots := de.freeSlots(t, "dr.khalid", 2)
	ap := de.book(t, patient, "general_practice", slots[0])
	other := de.book(t, de.deskPatient(t, 7402, dialogs.LangEnglish), "pediatrics", de.freeSlots(t, "dr.omar", 1)[0])

	sara := de.browser(t, "en")
	sara.mustLogin("coord.sara")
	desk := sara.get("/dashboard/desk?day=" + dayOf(ap.Start))
	if !strings.Contains(desk.body, fmt.Sprintf(`action="/dashboard/desk/%d/zone"`, ap.ID)) ||
		!strings.Contains(desk.body, `<option value="Europe/London">London time</option>`) {
		t.Fatal("the desk row offers no zone to set")
	}
	path := fmt.Sprintf("/dashboard/desk/%d/zone", ap.ID)
	if res := sara.post(path, url.Values{"zone": {"Mars/Olympus"}}); res.status != http.StatusBadRequest {
		t.Errorf("a zone not offered: %d, want 400", res.status)
	}
	if res := sara.post(fmt.Sprintf("/dashboard/desk/%d/zone", other.ID), url.Values{"zone": {"Europe/London"}}); res.status != http.StatusNotFound {
		t.Errorf("another facility's patient: %d, want 404", res.status)
	}
	res := sara.post(path, url.Values{"zone": {"Europe/London"}, "back": {"/dashboard/desk?day=" + dayOf(ap.Start)}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("setting the zone: %d", res.status)
	}
	if page := sara.get(res.header.Get("Location")); !strings.Contains(html.UnescapeString(page.body), de.text.Text("en", "dash_desk_zone_done", nil)) {
		t.Error("the desk does not say the zone was set")
	}
	if n := de.auditCount(t, "patient.zone_set", fmt.Sprint(patient)); n != 1 {
		t.Errorf("%d zone changes audited, want 1", n)
	}
	if s, err := de.engine.Sessions.Load(ctx, key); err != nil || s.Zone != "Europe/London" {
		t.Errorf("the live chat's zone = %q, %v; want Europe/London", s.Zone, err)
	}
	// The next message the patient gets: the clinic moves it.
	move := url.Values{"version": {"1"}, "slot": {slotValue(slots[1])}, "day": {dayOf(slots[1].Start)}}
	if res := sara.post(fmt.Sprintf("/dashboard/desk/%d/move", ap.ID), move); res.status != http.StatusSeeOther {
		t.Fatalf("move: %d", res.status)
	}
	got := de.sent.wait(t, key, 1)
	if text := got[0].replies[0].Text; !strings.Contains(text, "Makkah time — ") || !strings.Contains(text, "your time") {
		t.Errorf("the patient was told %q, want both times", text)
	}
}
