package storetest

import (
	"testing"

	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// NewAppointments returns store.Appointments over pg as engine.New builds
// them, with the store's default offsets: reminder jobs that are only
// inserted (nothing here sends them) and rooms named by video.NewRoom.
func NewAppointments(tb testing.TB, pg *store.Postgres) *store.Appointments {
	tb.Helper()
	jobs, err := reminders.NewJobs(pg.Pool(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	appts, err := store.NewAppointments(pg, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: jobs})
	if err != nil {
		tb.Fatal(err)
	}
	return appts
}
