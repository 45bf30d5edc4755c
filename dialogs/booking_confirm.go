package dialogs

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdoor-health/frontdoor/calendar"
)

// pressConfirm handles the confirm step's buttons.
func (bk *booking) pressConfirm(ctx context.Context, t *turn, d bookingData, action string) error {
	if d.Pick == nil {
		return bk.toDays(ctx, t, d)
	}
	switch action {
	case "yes":
		return bk.confirm(ctx, t, d)
	case "zone":
		own := t.ownZone()
		if own == nil {
			return errUnknownAction
		}
		hint := hintedZone(t.in)
		if hint == nil {
			hint = own
		}
		d.Zones = zoneChoices(t.lang(), hint, t.e.facilityZone(d.Pick.Z), t.e.Now())
		if err := bk.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evBkZone)
	case "other", "no":
		// Give the held time back at once rather than when it expires.
		if err := t.e.Booking.Appointments.Release(ctx, t.s.PatientID); err != nil {
			return fmt.Errorf("dialogs: booking: release: %w", err)
		}
		d.Pick, d.Hold = nil, 0
		if action == "no" {
			if d.Move != 0 {
				t.say(t.text("booking_move_kept", nil))
			} else {
				t.say(t.text("booking_not_now", nil))
			}
			return t.home(ctx)
		}
		if d.Day != "" && d.Taken == "" {
			return bk.toTimes(ctx, t, d, d.Day)
		}
		return bk.toDays(ctx, t, d)
	}
	return errUnknownAction
}

// confirm books (or moves to) the held slot.
func (bk *booking) confirm(ctx context.Context, t *turn, d bookingData) error {
	var (
		ap  Appointment
		err error
	)
	if d.Move != 0 {
		ap, err = t.e.Booking.Appointments.Move(ctx, MoveRequest{
			PatientID: t.s.PatientID, AppointmentID: d.Move, Version: d.MoveV, Slot: d.Pick.slot(), HoldID: d.Hold,
		})
	} else {
		ap, err = t.e.Booking.Appointments.Book(ctx, BookRequest{
			PatientID: t.s.PatientID, Specialty: d.Spec.Code, Slot: d.Pick.slot(), HoldID: d.Hold,
		})
	}
	switch {
	case errors.Is(err, ErrSlotTaken) || errors.Is(err, ErrPatientBusy):
		return bk.alternatives(ctx, t, d, *d.Pick, err)
	case d.Move != 0 && (errors.Is(err, ErrAppointmentChanged) || errors.Is(err, ErrNotFound)):
		t.say(t.text("appts_changed", nil))
		return t.enter(ctx, flowAppointments, "")
	case err != nil:
		return fmt.Errorf("dialogs: booking: %w", err)
	}
	t.e.Log.Info("dialogs: booked", "patient", t.s.PatientID, "appointment", ap.ID, "moved", d.Move != 0)
	return bk.booked(ctx, t, ap, d.Move != 0)
}

// booked confirms the appointment in one message that carries the join
// link, the calendar file and a way to the menu, so that nothing after it
// pushes the join button off a phone's screen. The conversation is back
// at the menu, whose buttons this message stands in for.
func (bk *booking) booked(ctx context.Context, t *turn, ap Appointment, moved bool) error {
	w := t.words()
	link := t.e.Booking.link(ctx, t.e, ap)
	id := "booking_done"
	if moved {
		id = "booking_done_move"
	}
	var rows [][]Button
	if link != "" {
		rows = append(rows, []Button{{Label: w.text("booking_join_button", nil), URL: link}})
	}
	t.say(w.text(id, appointmentData(w, ap)), rows...)
	done := len(t.replies) - 1
	if doc, err := calendarFile(w, t.e.Booking.CalendarHost, ap, link); err == nil {
		t.replies[done].Document = doc
	} else {
		t.e.Log.Warn("dialogs: no calendar file", "appointment", ap.ID, "err", err)
	}
	t.s.Again = &againRef{Doc: doctorRef(ap.Clinician), Spec: specRef(ap.Specialty)}
	if err := t.home(ctx); err != nil {
		return err
	}
	if t.f.name() == homeFlow && t.m.Current() == stMenu && len(t.replies) == done+2 {
		t.replies = t.replies[:done+1]
		t.replies[done].Buttons = append(t.replies[done].Buttons,
			t.button("menu_appointments", "m:appts"), t.button("appts_menu_button", menuShow))
	}
	return nil
}

// attachCalendar adds a reply carrying ap's .ics file.
func (t *turn) attachCalendar(w words, ap Appointment, link string) {
	doc, err := calendarFile(w, t.e.Booking.CalendarHost, ap, link)
	if err != nil {
		t.e.Log.Warn("dialogs: no calendar file", "appointment", ap.ID, "err", err)
		return
	}
	t.replies = append(t.replies, Reply{Lang: w.lang, Text: w.text("booking_calendar", nil), Document: doc})
}

// link returns the patient's join link, or "" (logged) when there is none.
func (b *Booking) link(ctx context.Context, e *Engine, ap Appointment) string {
	if b.Video == nil {
		return ""
	}
	link, err := b.Video.PatientLink(ctx, ap)
	if err != nil {
		e.Log.Warn("dialogs: no video link", "appointment", ap.ID, "err", err)
		return ""
	}
	return link
}

// appointmentData are the template values describing ap, its times in
// its facility's zone.
func appointmentData(w words, ap Appointment) map[string]any {
	w = w.in(ap.Zone)
	return map[string]any{
		"Doctor": ap.Clinician.Name(w.lang), "Specialty": w.specialty(specRef(ap.Specialty)),
		"Date": w.date(w.dayOf(ap.Start), true), "Time": w.clock(ap.Start), "Zone": w.zoneAt(ap.Start),
		"When": w.when(ap.Start),
	}
}

// calendarFile is ap as an iCalendar file (RFC 5545) the patient's phone
// imports. Its UID stays across moves and its SEQUENCE counts them, so a
// calendar updates the entry rather than adding one.
func calendarFile(w words, host string, ap Appointment, link string) (*Document, error) {
	w = w.in(ap.Zone)
	data := appointmentData(w, ap)
	desc := w.text("booking_calendar_description", data)
	if data["Zone"] != w.zoneName() {
		// A patient abroad: the calendar shows the start in the phone's
		// zone; the clinic's time beside theirs says which is which.
		desc += "\n" + w.text("booking_calendar_when", data)
	}
	if link != "" {
		desc += "\n" + w.text("booking_calendar_link", map[string]any{"Link": link})
	}
	raw, err := calendar.Marshal(calendar.Publish, calendar.Event{
		UID:         fmt.Sprintf("appointment-%d@%s", ap.ID, host),
		Sequence:    max(ap.Version-1, 0),
		Stamp:       w.now,
		Start:       ap.Start,
		End:         ap.End,
		Summary:     w.text("booking_calendar_summary", data),
		Description: desc,
		Lang:        w.lang,
		URL:         link,
	})
	if err != nil {
		return nil, err
	}
	return &Document{Name: "appointment.ics", MIME: calendar.ContentType(calendar.Publish), Data: raw}, nil
}
