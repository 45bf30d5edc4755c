package dialogs

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// returning books once, then lets the session expire: the patient comes
// back days later to a fresh session.
func returning(t *testing.T, lw bookingWords) (*Engine, *memAppointments, *chat) {
	t.Helper()
	e, m := newBookingEngine(t)
	c := onboarded(t, e, lw)
	c.book()
	c.tap(lw.gp)
	c.tap(lw.firstDay)
	c.tap(lw.nine)
	c.tap(lw.yes) // with Dr Huda (1)
	if err := e.Sessions.Delete(t.Context(), c.key); err != nil {
		t.Fatal(err)
	}
	return e, m, c
}

// TestReturningPatientReachesTheirDoctorsTimesInThreeTaps: from the menu,
// "book again with" the last doctor, one safety question, a day: the
// doctor's times, in at most three taps, in each language.
func TestReturningPatientReachesTheirDoctorsTimesInThreeTaps(t *testing.T) {
	for _, lw := range bookingLangs {
		t.Run(lw.name, func(t *testing.T) {
			e, _, c := returning(t, lw)
			menu := c.send("/start")
			l := lw.hint
			doctor := map[string]string{"ar": "د. هدى", "en": "Dr Huda"}[l]
			again := e.Text.Text(l, "menu_again", map[string]any{"Doctor": doctor})
			if got := labels(menu[len(menu)-1]); len(got) == 0 || got[0] != again {
				t.Fatalf("menu = %v, want %q first", got, again)
			}
			safety := c.tap(again) // 1
			if len(safety) != 1 || !strings.Contains(safety[0].Text, doctor) ||
				!slices.Equal(labels(safety[0]), []string{e.Text.Text(l, "booking_safety_no", nil), e.Text.Text(l, "booking_safety_yes", nil)}) {
				t.Fatalf("after %q: %q %v, want the safety question", again, replyTexts(safety), labels(safety[0]))
			}
			days := c.tap(e.Text.Text(l, "booking_safety_no", nil)) // 2
			if c.session().State != bkDay || !strings.Contains(days[len(days)-1].Text, doctor) {
				t.Fatalf("after the safety question: %q at %s, want %s's days", replyTexts(days), c.session().State, doctor)
			}
			c.tap(lw.firstDay) // 3
			if d := (&booking{}).load(&turn{e: e, s: ptr(c.session())}); c.session().State != bkTime || d.Doc.ID != 1 || len(d.Times) == 0 {
				t.Errorf("after three taps: state %s, doctor %d, %d times; want Dr Huda's times", c.session().State, d.Doc.ID, len(d.Times))
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// TestBookAgainSafetyYesGivesEmergencyAdviceFirst: any red flag at the
// safety question gets the emergency advice and a call link before
// anything else.
func TestBookAgainSafetyYesGivesEmergencyAdviceFirst(t *testing.T) {
	lw := bookingLangs[1]
	e, m, c := returning(t, lw)
	c.send("/start")
	c.tap("🔁 Book again with Dr Huda")
	got := c.tap(e.Text.Text("en", "booking_safety_yes", nil))
	if len(got) == 0 || got[0].Text != e.Text.Text("en", "dialogs_emergency", map[string]any{"Emergency": e.EmergencyNumber}) {
		t.Fatalf("after yes: %q, want the emergency advice first", replyTexts(got))
	}
	if b := got[0].Buttons; len(b) != 1 || b[0][0].URL != "tel:"+e.EmergencyNumber {
		t.Errorf("emergency advice buttons = %+v, want the call link", b)
	}
	if n := len(m.booked(c.session().PatientID)); n != 1 {
		t.Errorf("%d appointments, want only the first", n)
	}
}

// TestPassedTimeIsNotJustTaken: a time that passed while the list was on
// screen is answered "that time has passed", not "just taken".
func TestPassedTimeIsNotJustTaken(t *testing.T) {
	lw := bookingLangs[1]
	e, m := newBookingEngine(t)
	now := testClock
	e.Now = func() time.Time { return now }
	m.now = e.Now
	c := onboarded(t, e, lw)
	c.book()
	c.tap(lw.gp)
	c.tap(lw.firstDay)
	now = time.Date(2026, 5, 2, 6, 5, 0, 0, time.UTC) // 9:05 in Makkah, the next day
	got := c.tap(lw.nine)
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, e.Text.Text("en", "booking_passed", nil)) {
		t.Errorf("a passed time: %q, want %q", replyTexts(got), e.Text.Text("en", "booking_passed", nil))
	}
}

// TestReminderAMinuteEarlyDoesNotSayStartsNow: the reminder at the start
// sent a minute early says "in 1 minute".
func TestReminderAMinuteEarlyDoesNotSayStartsNow(t *testing.T) {
	e, _ := newBookingEngine(t)
	ap := Appointment{ID: 1, Version: 1, Clinician: Clinician{ID: 1, Names: locales.Names{"en": "Dr Huda"}},
		Start: testClock.Add(time.Hour), End: testClock.Add(90 * time.Minute), Status: StatusBooked}
	for _, tc := range []struct {
		name  string
		early time.Duration
		want  string
	}{
		{"a minute early", time.Minute, "in 1 minute"},
		{"on time", 0, "starts now"},
		{"ten seconds early", 10 * time.Second, "starts now"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := e.RenderReminder(Reminder{Lang: "en", Appointment: ap, Now: ap.Start.Add(-tc.early), Offset: 0, Link: "https://meet.test/x"})
			if !strings.Contains(got[0].Text, tc.want) {
				t.Errorf("%s: %q, want %q", tc.name, got[0].Text, tc.want)
			}
		})
	}
}
