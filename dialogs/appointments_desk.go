package dialogs

import (
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// DeskChange is a change the clinic made to a patient's appointment at
// the coordinator's desk, to word for the patient outside any turn.
type DeskChange struct {
	Lang   string // the patient's language; "" speaks Arabic
	Digits string // the digits they read (DigitsWestern, or "")
	// Appointment is as it is now: booked at its new time after a move,
	// or cancelled.
	Appointment Appointment
	Was         time.Time // the start before a move; zero for a cancel
	Now         time.Time
}

// RenderDeskChange words c for the patient, as RenderReminder words a
// reminder (their language and digits, the booking's zone): a move gives
// the new time and the old one, and an updated calendar file (same UID,
// next SEQUENCE, so the phone's calendar moves the entry); a cancel says
// so and how to book again. Safe for concurrent use.
func (e *Engine) RenderDeskChange(c DeskChange) []Reply {
	lang := locales.Lang(c.Lang)
	if lang == "" {
		lang = LangArabic
	}
	w := words{e: e, lang: lang, zone: e.bookingZone(), now: c.Now}
	a := c.Appointment
	data := appointmentData(w, a)
	var replies []Reply
	if a.Status == StatusCancelled {
		replies = []Reply{{Lang: lang, Text: w.text("desk_cancelled", data)}}
	} else {
		data["Was"] = w.when(c.Was)
		replies = []Reply{{Lang: lang, Text: w.text("desk_moved", data)}}
		if doc, err := calendarFile(w, e.Booking.CalendarHost, a, ""); err == nil {
			replies = append(replies, Reply{Lang: lang, Text: w.text("booking_calendar", nil), Document: doc})
		} else {
			e.Log.Warn("dialogs: no calendar file", "appointment", a.ID, "err", err)
		}
	}
	inDigits(replies, c.Digits)
	return replies
}
