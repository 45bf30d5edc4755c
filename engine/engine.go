// Package engine builds the dialogs engine as Frontdoor runs it, on the
// store: booking's reminder jobs (insert-only), then the appointments that
// book with them; the cases (queue and phones, each case counted) and the
// consult on the same stores; then dialogs.New with every part required.
// cmd/frontdoor's build and the tests that drive the engine end to end
// both call New, so what the tests check is what production wires.
//
// It knows no channel and no HTTP app: those take the engine
// from here (archtest keeps it so).
package engine

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// Config is what the engine is built from. Postgres, Redis, Text and
// Triage.Rules are required.
type Config struct {
	Postgres *store.Postgres
	Redis    *store.Redis
	Text     *locales.Catalog
	// Triage is "Talk to a doctor now" as configured (see cmd's
	// triageConfig); Rules is required.
	Triage dialogs.Triage
	// ReminderOffsets are how long before an appointment its reminders
	// go; nil: the store's default.
	ReminderOffsets []time.Duration
	// Video, Zone and CalendarHost are booking's (dialogs.Booking); Video
	// may be nil (no links in confirmations).
	Video        dialogs.VideoLinks
	Zone         *time.Location
	CalendarHost string
	// EmergencyNumber: dialogs.DefaultEmergencyNumber when empty.
	EmergencyNumber string
	// CasesOpened, when not nil, counts every case opened by urgency and
	// channel (frontdoor_cases_opened_total).
	CasesOpened *prometheus.CounterVec
	// Places asks patients, once, whether they are pilgrims and where they
	// are staying (dialogs.Deps.Places), so that cases reach the nearest
	// facility. Serve sets it; the channels' end-to-end walks, which test
	// other things, leave it off (the place walks have tests of their own).
	Places bool
	// Log receives ids, kinds and counts; default: discard.
	Log *slog.Logger
	// Now is the engine's clock; default time.Now.
	Now func() time.Time
}

// Engine is the dialogs engine and the store nouns it was built on, which
// the rest of build shares: the appointments (join links, FHIR, the
// reminders' sender), the cases (the dashboard) and the consults (the
// relay, the dashboard).
type Engine struct {
	*dialogs.Engine
	Appointments *store.Appointments
	Cases        *store.Cases
	Consults     *store.Consults
}

// New builds the engine from c. Nothing it makes needs closing: the
// stores' pools are the caller's.
func New(c Config) (*Engine, error) {
	if c.Postgres == nil || c.Redis == nil {
		return nil, fmt.Errorf("engine: needs PostgreSQL and Redis")
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	// Booking's jobs, then the appointments that book with them. The
	// sender of those reminders needs the channels, so build makes it
	// later (reminders.New).
	jobs, err := reminders.NewJobs(c.Postgres.Pool(), c.Log)
	if err != nil {
		return nil, fmt.Errorf("engine: reminder jobs: %w", err)
	}
	appts, err := store.NewAppointments(c.Postgres, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: jobs, Offsets: c.ReminderOffsets, Events: c.Redis})
	if err != nil {
		return nil, fmt.Errorf("engine: appointments: %w", err)
	}
	e := &Engine{Appointments: appts, Cases: c.Postgres.Cases(c.Redis), Consults: c.Postgres.Consults(c.Redis)}
	var cases dialogs.CaseStore = e.Cases
	if c.CasesOpened != nil {
		cases = countedCases{Cases: e.Cases, opened: c.CasesOpened}
	}
	deps := dialogs.Deps{
		Sessions: c.Redis,
		Patients: c.Postgres.Patients(),
		Text:     c.Text,
		Cases:    cases,
		Phones:   e.Cases,
		Triage:   c.Triage,
		Booking: dialogs.Booking{Appointments: appts, Video: c.Video, Zone: c.Zone,
			CalendarHost: c.CalendarHost, HoldFor: appts.HoldFor()},
		Consults:        e.Consults,
		EmergencyNumber: c.EmergencyNumber,
		Log:             c.Log,
		Now:             c.Now,
	}
	if c.Places {
		deps.Places = c.Postgres.Patients()
	}
	if e.Engine, err = dialogs.New(deps); err != nil {
		return nil, err
	}
	return e, nil
}

// countedCases counts every recorded case by urgency and channel, so a
// burst of emergencies, real or fake, pages the operator
// (deploy/prometheus-alerts.yaml). Embedding keeps every other method of
// the store, the queue included.
type countedCases struct {
	*store.Cases
	opened *prometheus.CounterVec
}

func (c countedCases) OpenCase(ctx context.Context, k dialogs.Case) (int64, error) {
	id, err := c.Cases.OpenCase(ctx, k)
	if err == nil {
		channel, _, _ := strings.Cut(k.Source, ":")
		if channel != dialogs.ChannelWeb && channel != dialogs.ChannelTelegram {
			channel = "other"
		}
		c.opened.WithLabelValues(k.Urgency, channel).Inc()
	}
	return id, err
}
