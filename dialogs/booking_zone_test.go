package dialogs

import (
	"strings"
	"testing"
	"time"
)

// TestZoneQuestion: a patient whose channel hints at another zone than
// the clinic's (Telegram's "ar-MA", a browser in London) is asked once,
// between the held time and the confirmation, which time they read; the
// confirmation, the booked message and its calendar file then give their
// time beside the clinic's, in their language and digits; a second
// booking does not ask again. Against golden transcripts.
func TestZoneQuestion(t *testing.T) {
	for _, tc := range []struct {
		name, hint, zone string
		lw               bookingWords
		place, both      string
	}{
		{"arabic", "ar-MA", "", bookingLangs[0], "بتوقيت المغرب (الساعة الآن ١٠:٠٠ ص)",
			"بتوقيت مكة المكرمة — ٧:٠٠ ص بتوقيتك"},
		{"english", "en", "Europe/London", bookingLangs[1], "London time (now 10:00 AM)",
			"Makkah time — 7:00 AM your time"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, p := engineWith(t, newMemSessions(), newMemPatients(), nil)
			c := newChat(t, e, tc.hint)
			c.zone = tc.zone
			c.send("/start")
			c.tap(tc.lw.lang)
			c.tap(tc.lw.agree)
			c.book()
			c.tap(tc.lw.gp)
			c.tap(tc.lw.firstDay)
			ask := c.tap(tc.lw.nine)
			if s := c.session(); s.Flow != flowBooking || s.State != bkZone {
				t.Fatalf("after picking a time: %s/%s, want the zone question", s.Flow, s.State)
			}
			if n := len(ask[len(ask)-1].Buttons); n < 2 || n > maxZoneChoices+1 {
				t.Errorf("%d choices, want the hinted zone, at most %d in all, and the clinic's", n, maxZoneChoices)
			}
			confirm := c.tap(tc.place)
			if got := confirm[len(confirm)-1].Text; !strings.Contains(got, tc.both) {
				t.Errorf("confirmation %q lacks %q", got, tc.both)
			}
			if z := c.session().Zone; z == "" || z == ZoneClinic {
				t.Errorf("session zone %q, want the one chosen", z)
			}
			done := c.tap(tc.lw.yes)
			if got := done[0].Text; !strings.Contains(got, tc.both) {
				t.Errorf("booked message %q lacks %q", got, tc.both)
			}
			ics := string(documentOf(done).Data)
			unfolded := strings.ReplaceAll(strings.ReplaceAll(ics, "\r\n ", ""), `\,`, ",")
			if !strings.Contains(unfolded, tc.both) || !strings.Contains(ics, "DTSTART:20260502T060000Z") {
				t.Errorf("calendar file lacks both times or its start:\n%s", ics)
			}
			if got := p.appts.booked(c.session().PatientID); len(got) != 1 {
				t.Fatalf("booked %d appointments, want 1", len(got))
			}
			// Booking again: no question; both times straight away.
			c.book()
			c.tap(tc.lw.gp)
			c.tap(tc.lw.firstDay)
			again := c.tap(tc.lw.ten)
			if s := c.session(); s.State != bkConfirm || !strings.Contains(again[len(again)-1].Text, "—") {
				t.Errorf("second booking at %s, confirmation %q: want no question and both times", s.State, again[len(again)-1].Text)
			}
			// Home again: "Change my time zone", then the clinic's.
			c.tap(e.Text.Text(tc.lw.hint, "booking_zone_change_button", nil))
			if s := c.session(); s.State != bkZone {
				t.Fatalf("after changing the zone: %s, want the zone question", s.State)
			}
			home := c.tap(e.Text.Text(tc.lw.hint, "booking_zone_clinic", map[string]any{"Zone": e.Text.Text(tc.lw.hint, "booking_zone",
				map[string]any{"Place": e.Text.Text(tc.lw.hint, "zone_Asia_Riyadh", nil)})}))
			last := home[len(home)-1]
			if s := c.session(); s.State != bkConfirm || s.Zone != ZoneClinic || strings.Contains(last.Text, "—") {
				t.Errorf("back home: %s, zone %q, %q; want the confirmation in the clinic's time alone", s.State, s.Zone, last.Text)
			}
			for _, l := range labels(last) {
				if l == e.Text.Text(tc.lw.hint, "booking_zone_change_button", nil) {
					t.Error("a patient at the clinic's time is offered to change their zone")
				}
			}
			c.golden("zone_walk_" + tc.name)
		})
	}
}

// TestZoneQuestionNotAsked: a patient whose channel hints at nothing, or
// at a zone with the clinic's clock (Kuwait, Makkah), or who says they
// read the clinic's time, is never asked (again) and sees one time.
func TestZoneQuestionNotAsked(t *testing.T) {
	for _, tc := range []struct{ name, hint, zone string }{
		{"no hint", "en", ""},
		{"kuwait", "ar-KW", ""},
		{"browser in Makkah", "en", "Asia/Riyadh"},
		{"browser that hides its zone", "en", "UTC"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, _ := newBookingEngine(t)
			lw := bookingLangs[1]
			c := newChat(t, e, tc.hint)
			c.zone = tc.zone
			c.send("/start")
			c.tap(lw.lang)
			c.tap(lw.agree)
			c.book()
			c.tap(lw.gp)
			c.tap(lw.firstDay)
			c.tap(lw.nine)
			if s := c.session(); s.State != bkConfirm {
				t.Errorf("after picking a time: %s, want the confirmation", s.State)
			}
		})
	}
	e, _ := newBookingEngine(t)
	lw := bookingLangs[1]
	c := newChat(t, e, "en")
	c.zone = "Europe/London"
	c.send("/start")
	c.tap(lw.lang)
	c.tap(lw.agree)
	c.book()
	c.tap(lw.gp)
	c.tap(lw.firstDay)
	c.tap(lw.nine)
	got := c.tap("Same as the clinic (Makkah time)")
	if s := c.session(); s.State != bkConfirm || s.Zone != ZoneClinic || strings.Contains(got[len(got)-1].Text, "your time") {
		t.Errorf("same as the clinic: %s, zone %q, %q; want the confirmation in Makkah time alone", s.State, s.Zone, got[len(got)-1].Text)
	}
}

// TestReminderInBothZones: a reminder and a desk change for a patient
// abroad give their time too; for one at the clinic's time, exactly what
// they always said.
func TestReminderInBothZones(t *testing.T) {
	e, _ := newBookingEngine(t)
	riyadh, _ := time.LoadLocation("Asia/Riyadh")
	a := Appointment{ID: 7, Version: 1, Status: StatusBooked, Start: time.Date(2026, 5, 2, 9, 0, 0, 0, riyadh),
		End: time.Date(2026, 5, 2, 9, 15, 0, 0, riyadh), Clinician: Clinician{ID: 1, Names: map[string]string{"ar": "د. خالد", "en": "Dr Khalid"}}}
	a.Specialty.Code = "general_practice"
	now := a.Start.Add(-24 * time.Hour)
	for _, tc := range []struct{ lang, zone, want, not string }{
		{"en", "Europe/London", "Makkah time — 7:00 AM your time", ""},
		{"ar", "America/New_York", "بتوقيت مكة المكرمة — ٢:٠٠ ص بتوقيتك", ""},
		{"en", "", "", "your time"},
		{"en", ZoneClinic, "", "your time"},
	} {
		got := e.RenderReminder(Reminder{Lang: tc.lang, Zone: tc.zone, Appointment: a, Now: now, Offset: 24 * time.Hour})[0].Text
		if tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("reminder (%s, %q) = %q, want %q in it", tc.lang, tc.zone, got, tc.want)
		}
		if tc.not != "" && strings.Contains(got, tc.not) {
			t.Errorf("reminder (%s, %q) = %q, want one time only", tc.lang, tc.zone, got)
		}
		desk := e.RenderDeskChange(DeskChange{Lang: tc.lang, Zone: tc.zone, Appointment: a, Now: now})[0].Text
		if tc.want != "" && !strings.Contains(desk, tc.want) {
			t.Errorf("desk booking (%s, %q) = %q, want %q in it", tc.lang, tc.zone, desk, tc.want)
		}
	}
}
