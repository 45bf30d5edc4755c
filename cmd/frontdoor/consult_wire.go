package main

import (
	"errors"

	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
	"github.com/frontdoor-health/frontdoor/webchat"
)

// consultSettings are what the quick consult reads besides the stores.
type consultSettings struct {
	// Video makes the join links (the Jitsi provider); nil sends none and
	// the clinician writes in the chat instead.
	Video video.Provider
	// Appointments books follow-ups into the clinician's own slots and
	// gives Today its join links (wireBooking's parts.Appointments); nil
	// turns both off.
	Appointments *store.Appointments
}

// wireConsult turns on the quick consult (issue 5): in the dialogs engine
// (leaving the queue, adding to a case, the relay with the clinician, the
// closing and the rating, waiting-time estimates) over the case store
// wireTriage set; the web chat's push stream (chat.Pushes, so a clinician
// reaches web patients); and it returns the dashboard's part (the case
// page's video link, thread, messages and closing; the deliveries to
// patients and the waiting-time updates, which Dashboard.Run runs).
// notify reaches patients; give booking's reminders the same
// patientNotifier. Call it after wireTriage and wireBooking (whose
// Appointments book follow-ups), before engine.Validate and before
// serving: build (serve.go) makes the web chat server and notify first,
// then wireBooking, then wireConsult, and gives the result to
// newDashboard (Config.Consult); app.Run runs chat.Run, which wakes open
// chat pages.
func wireConsult(engine *dialogs.Engine, pg *store.Postgres, rd *store.Redis, chat *webchat.Server,
	notify reminders.Notifier, s consultSettings) (*dashboard.Consult, error) {
	cases, ok := engine.Cases.(store.TriageCases)
	if !ok {
		return nil, errors.New("consult: the engine's cases are not store.TriageCases (call wireTriage first)")
	}
	if notify == nil {
		return nil, errors.New("consult: no notifier to reach patients")
	}
	if err := engine.UseConsult(dialogs.Consult{Consults: cases}); err != nil {
		return nil, err
	}
	if chat != nil {
		chat.Pushes = rd
	}
	c := &dashboard.Consult{Store: pg, Patients: engine, Notifier: notify, Locker: rd, Video: s.Video}
	if s.Appointments != nil {
		c.Bookings = s.Appointments
	}
	return c, nil
}
