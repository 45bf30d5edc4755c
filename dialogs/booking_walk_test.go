package dialogs

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// bookingWords are the labels a patient taps, per language.
type bookingWords struct {
	name, hint, lang, agree, book, mine                              string
	gp, firstDay, nine, ten, yes, yesMove, change, cancel, cancelYes string
}

var bookingLangs = []bookingWords{
	{
		name: "arabic", hint: "ar", lang: "العربية (١٢٣)", agree: "أوافق", book: "احجز موعدًا", mine: "مواعيدي",
		gp: "الطب العام", firstDay: "غدًا، السبت ٢ مايو (١٥ ذو القعدة)", nine: "٩:٠٠ ص", ten: "١٠:٠٠ ص",
		yes: "✅ نعم، احجزه", yesMove: "✅ نعم، غيّره", change: "🔄 تغيير الوقت",
		cancel: "✖️ إلغاء الموعد", cancelYes: "نعم، ألغِه",
	},
	{
		name: "english", hint: "en", lang: "English", agree: "I agree", book: "Book an appointment", mine: "My appointments",
		gp: "General Practice", firstDay: "Tomorrow, Saturday 2 May", nine: "9:00 AM", ten: "10:00 AM",
		yes: "✅ Yes, book it", yesMove: "✅ Yes, change it", change: "🔄 Change the time",
		cancel: "✖️ Cancel the appointment", cancelYes: "Yes, cancel it",
	},
}

// onboarded returns a chat at the main menu in lw's language.
func onboarded(t *testing.T, e *Engine, lw bookingWords) *chat {
	t.Helper()
	c := newChat(t, e, lw.hint)
	c.send("/start")
	c.tap(lw.lang)
	c.tap(lw.agree)
	return c
}

// TestBookingWalk books, sees the appointment in My appointments, moves
// it and cancels it, in each language, against golden transcripts.
func TestBookingWalk(t *testing.T) {
	riyadh, _ := time.LoadLocation("Asia/Riyadh")
	nine := time.Date(2026, 5, 2, 9, 0, 0, 0, riyadh)
	for _, lw := range bookingLangs {
		t.Run(lw.name, func(t *testing.T) {
			e, m := newBookingEngine(t)
			c := onboarded(t, e, lw)
			c.book()
			c.tap(lw.gp)
			c.tap(lw.firstDay)
			c.tap(lw.nine)
			done := c.tap(lw.yes)

			// One message: nothing after it pushes its join button away.
			if len(done) != 1 {
				t.Fatalf("after booking got %d replies, want one carrying the confirmation, join link and calendar file", len(done))
			}
			if b := done[0].Buttons; len(b) != 3 || b[0][0].URL == "" {
				t.Errorf("confirmation buttons = %+v, want the join link, My appointments and Main menu", b)
			}
			doc := done[0].Document
			if doc == nil || doc.Name != "appointment.ics" || !bytes.Contains(doc.Data, []byte("DTSTART:20260502T060000Z")) {
				t.Errorf("calendar file = %+v, want an .ics starting 06:00 UTC", doc)
			}
			if s := c.session(); s.Flow != homeFlow || s.State != stMenu {
				t.Errorf("after booking the patient is at %s/%s, want the menu", s.Flow, s.State)
			}
			appts := m.booked(c.session().PatientID)
			if len(appts) != 1 || !appts[0].Start.Equal(nine) || appts[0].Clinician.ID != 1 {
				t.Fatalf("booked %+v, want one at %v with clinician 1", appts, nine)
			}

			c.tap(lw.mine)
			c.tap(c.last[0].Buttons[0][0].Label) // the appointment
			c.tap(lw.change)
			c.tap(lw.firstDay)
			c.tap(lw.ten)
			c.tap(lw.yesMove)
			moved := m.booked(c.session().PatientID)[0]
			if moved.Version != 2 || !moved.Start.Equal(nine.Add(time.Hour)) || moved.ID != appts[0].ID {
				t.Fatalf("after the move: %+v, want the same appointment at 10:00, version 2", moved)
			}

			c.tap(lw.mine)
			c.tap(c.last[0].Buttons[0][0].Label)
			c.tap(lw.cancel)
			c.tap(lw.cancelYes)
			if got := m.booked(c.session().PatientID)[0]; got.Status != StatusCancelled {
				t.Fatalf("after cancel: %+v", got)
			}
			if s := c.session(); s.Flow != homeFlow || s.State != stMenu {
				t.Errorf("ended in %s/%s, want the menu", s.Flow, s.State)
			}
			c.golden("booking_walk_" + lw.name)
		})
	}
}

// TestBookingSlotJustTaken: a time taken by someone else between showing
// it and holding it, or between holding and booking (the hold expired),
// gets "just taken" and the nearest free times, never an error.
func TestBookingSlotJustTaken(t *testing.T) {
	for _, tc := range []struct {
		name  string
		at    string // the tap after which the slot is gone
		hint  string
		taken string
	}{
		{"at hold", "time", "en", "Sorry, that time was just taken by someone else."},
		{"at book", "yes", "en", "Sorry, that time was just taken by someone else."},
		{"arabic at hold", "time", "ar", "عذرًا، حجز شخص آخر هذا الوقت للتو."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lw := bookingLangs[1]
			if tc.hint == "ar" {
				lw = bookingLangs[0]
			}
			e, m := newBookingEngine(t)
			c := onboarded(t, e, lw)
			c.book()
			c.tap(lw.gp)
			c.tap(lw.firstDay)
			if tc.at == "time" {
				m.takeNext = true
				got := c.tap(lw.nine)
				checkAlternatives(t, got, tc.taken)
			} else {
				c.tap(lw.nine)
				m.takeNext = true
				got := c.tap(lw.yes)
				checkAlternatives(t, got, tc.taken)
			}
			// The nearest free time is the same time with the other doctor.
			c.tap(c.last[0].Buttons[0][0].Label)
			done := c.tap(lw.yes)
			if len(done) != 1 {
				t.Fatalf("booking an alternative: %q", replyTexts(done))
			}
			mine := m.booked(c.session().PatientID)
			if len(mine) != 1 || mine[0].Clinician.ID != 2 {
				t.Errorf("booked %+v, want the alternative with clinician 2", mine)
			}
		})
	}
}

func checkAlternatives(t *testing.T, got []Reply, taken string) {
	t.Helper()
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, taken) {
		t.Fatalf("got %q, want %q first", replyTexts(got), taken)
	}
	if n := len(got[0].Buttons); n < 2 || n > alternatives+1 {
		t.Errorf("alternatives keyboard has %d rows, want 1..%d times and Another day", n, alternatives)
	}
}

// TestBookAgainWithSameDoctor: a patient who has seen a clinician is
// offered that clinician's next free days first.
func TestBookAgainWithSameDoctor(t *testing.T) {
	lw := bookingLangs[1]
	e, m := newBookingEngine(t)
	c := onboarded(t, e, lw)
	c.book()
	c.tap("Heart")
	c.tap(lw.firstDay)
	c.tap(lw.nine)
	c.tap(lw.yes) // with Dr Omar (2), the first cardiologist
	c.tap("Main menu")
	specs := c.book()
	if got := labels(specs[0]); len(got) == 0 || got[0] != "🔁 Again with Dr Omar" {
		t.Fatalf("specialty step = %v, want “Again with Dr Omar” first", got)
	}
	days := c.tap("🔁 Again with Dr Omar")
	if !strings.HasPrefix(days[0].Text, "Appointment with Dr Omar (Heart).") {
		t.Errorf("days step = %q", days[0].Text)
	}
	times := c.tap(lw.firstDay)
	if got := labels(times[0]); got[0] != "9:30 AM" {
		t.Errorf("first time offered = %q, want 9:30 AM (9:00 is Dr Omar's and the patient's)", got[0])
	}
	c.tap("Another day")
	c.tap("Other days")
	c.tap("Other doctors")
	if m.booked(c.session().PatientID)[0].Clinician.ID != 2 {
		t.Fatal("first booking not with Dr Omar")
	}
	if s := c.session(); s.State != bkDay {
		t.Errorf("state = %s, want the day step for every doctor", s.State)
	}
}

// TestBookingNotNowReleasesHold: leaving the confirm step gives the held
// time back.
func TestBookingNotNowReleasesHold(t *testing.T) {
	lw := bookingLangs[1]
	e, m := newBookingEngine(t)
	c := onboarded(t, e, lw)
	c.book()
	c.tap(lw.gp)
	c.tap(lw.firstDay)
	c.tap(lw.nine)
	if len(m.holds) != 1 {
		t.Fatalf("holds = %v, want the patient's", m.holds)
	}
	got := c.tap("Not now")
	if len(m.holds) != 0 || got[0].Text != "All right, nothing was booked." {
		t.Errorf("after Not now: holds %v, replies %q", m.holds, replyTexts(got))
	}
}

// TestBookingRepromptsTypedText: words where a button is wanted get the
// step again, with its buttons.
func TestBookingRepromptsTypedText(t *testing.T) {
	lw := bookingLangs[1]
	e, _ := newBookingEngine(t)
	c := onboarded(t, e, lw)
	c.book()
	c.tap(lw.gp)
	got := c.send("tomorrow morning please")
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, "Please tap one of the buttons below.") || len(got[0].Buttons) == 0 {
		t.Errorf("got %+v", got)
	}
	c.tap(lw.firstDay) // the re-asked keyboard works
	if s := c.session(); s.State != bkTime {
		t.Errorf("state = %s", s.State)
	}
}
