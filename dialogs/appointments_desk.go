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
	// Zone is the zone they read times in (Patient.Zone): when not the
	// clinic's, the message gives their time too.
	Zone string
	// Appointment is as it is now: booked (made for them, or at its new
	// time after a move), or cancelled.
	Appointment Appointment
	Was         time.Time // the start before a move; zero otherwise
	Now         time.Time
	// Referrer, when set, makes a booking a joint session of a specialist
	// referral: the patient's own clinician (Referrer) asked the
	// specialist (the appointment's clinician) to see them together.
	Referrer *Clinician
	// Link is the patient's join link, given as a button; "" gives none
	// (the reminders bring it).
	Link string
}

// RenderDeskChange words c for the patient, as RenderReminder words a
// reminder (their language and digits, the facility's zone): a booking made
// for them gives its time (a referral's joint session names both doctors), a move the new time and the old one, each with
// a calendar file (a move's has the same UID and the next SEQUENCE, so the
// phone's calendar moves the entry); a cancel says so and how to book
// again. Safe for concurrent use.
func (e *Engine) RenderDeskChange(c DeskChange) []Reply {
	lang := locales.Lang(c.Lang)
	if lang == "" {
		lang = LangArabic
	}
	a := c.Appointment
	w := words{e: e, lang: lang, zone: e.facilityZone(a.Zone), now: c.Now, own: loadZone(c.Zone)}
	data := appointmentData(w, a)
	var replies []Reply
	switch {
	case a.Status == StatusCancelled:
		replies = []Reply{{Lang: lang, Text: w.text("desk_cancelled", data)}}
	case c.Referrer != nil:
		data["Referrer"] = c.Referrer.Name(lang)
		replies = []Reply{{Lang: lang, Text: w.text("desk_joint", data)}}
	case c.Was.IsZero():
		replies = []Reply{{Lang: lang, Text: w.text("desk_booked", data)}}
	default:
		data["Was"] = w.when(c.Was)
		replies = []Reply{{Lang: lang, Text: w.text("desk_moved", data)}}
	}
	if c.Link != "" && a.Status == StatusBooked {
		replies[0].Buttons = [][]Button{{{Label: w.text("booking_join_button", nil), URL: c.Link}}}
	}
	if a.Status == StatusBooked {
		if doc, err := calendarFile(w, e.Booking.CalendarHost, a, ""); err == nil {
			replies = append(replies, Reply{Lang: lang, Text: w.text("booking_calendar", nil), Document: doc})
		} else {
			e.Log.Warn("dialogs: no calendar file", "appointment", a.ID, "err", err)
		}
	}
	inDigits(replies, c.Digits)
	return replies
}

// ZoneName names zone for a reader of lang by a place they know ("Makkah
// time"), as the patients' messages do.
func ZoneName(text *locales.Catalog, lang string, zone *time.Location) string {
	w := words{e: &Engine{Deps: Deps{Text: text}}, lang: lang, zone: zone}
	return w.zoneName()
}
