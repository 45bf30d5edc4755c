package main

import (
	"log/slog"

	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
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

// consultParts are the quick consult's parts: the dashboard's (given to
// newDashboard) and the relay, which app.Run runs.
type consultParts struct {
	Dashboard *dashboard.Consult
	Relay     *relay.Relay
}

// wireConsult turns on the quick consult (issue 5) in the dialogs engine
// (leaving the queue, adding to a case, the relay with the clinician, the
// closing and the rating, waiting-time estimates) over pg.Consults(rd),
// and builds the relay, which delivers what the clinicians
// do to patients through notify, and the dashboard's part (the case page's
// video link, thread, messages and closing).
func wireConsult(engine *dialogs.Engine, pg *store.Postgres, rd *store.Redis,
	notify relay.Notifier, s consultSettings, log *slog.Logger) (consultParts, error) {
	consults := pg.Consults(rd)
	if err := engine.UseConsult(dialogs.Consult{Consults: consults}); err != nil {
		return consultParts{}, err
	}
	rl, err := relay.New(relay.Config{Store: consults, Patients: engine, Notifier: notify, Locker: rd, Video: s.Video, Log: log})
	if err != nil {
		return consultParts{}, err
	}
	c := &dashboard.Consult{Store: consults, Relay: rl, Video: s.Video}
	if s.Appointments != nil {
		c.Bookings = s.Appointments
	}
	return consultParts{Dashboard: c, Relay: rl}, nil
}
