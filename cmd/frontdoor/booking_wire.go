package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/fhir"
	"github.com/frontdoor-health/frontdoor/join"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// bookingSettings are the configuration booking reads; serve fills them
// from config.Config.
type bookingSettings struct {
	// ReminderOffsets is FRONTDOOR_REMINDER_OFFSETS ("24h,1h,0s"; ""
	// for that default); see reminders.ParseOffsets.
	ReminderOffsets string
	// Zone is the zone patients read times in (cfg.Location).
	Zone *time.Location
	// PublicURL (cfg.PublicURL) names the calendar files' UIDs and the
	// FHIR links; may be empty.
	PublicURL string
	// FHIRToken is FRONTDOOR_FHIR_TOKEN; empty leaves the FHIR endpoints
	// off.
	FHIRToken string
	// Video makes join links (the Jitsi provider); nil sends none.
	Video video.Provider
	// Lateness observes how late reminders go (met.ReminderLateness); may
	// be nil.
	Lateness reminders.Observer
}

// bookingParts are booking's parts for serve to mount and run.
type bookingParts struct {
	Appointments *store.Appointments
	Reminders    *reminders.Sender
	// FHIR serves Schedule, Slot and Appointment; nil when there is no
	// token. Mount it with http.StripPrefix("/fhir", …).
	FHIR http.Handler
	// Join serves patients' video links at join.Path + "{room}"; nil
	// without a video provider.
	Join http.Handler
}

// wireBooking turns on booking, My appointments and reminders in engine
// (call it after the Engine's fields are set, before serving) and builds
// the reminders' sender, the join links and the FHIR endpoints; build
// (serve.go) mounts parts.Join and parts.FHIR, and app.Run runs
// parts.Reminders with runReminders.
func wireBooking(engine *dialogs.Engine, pg *store.Postgres, s bookingSettings, notify relay.Notifier, log *slog.Logger) (*bookingParts, error) {
	offsets, err := reminders.ParseOffsets(s.ReminderOffsets)
	if err != nil {
		return nil, err
	}
	var links dialogs.VideoLinks
	var vl videoLinks
	if s.Video != nil {
		vl = videoLinks{p: s.Video}
		if s.PublicURL != "" {
			vl.join = strings.TrimRight(s.PublicURL, "/") + join.Path
		}
		links = vl
	}
	// In this order: the store books with the jobs, the sender sends
	// the store's reminders.
	jobs, err := reminders.NewJobs(pg.Pool(), log)
	if err != nil {
		return nil, err
	}
	appts, err := store.NewAppointments(pg, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: jobs, Offsets: offsets})
	if err != nil {
		return nil, err
	}
	svc, err := reminders.New(pg.Pool(), appts, reminders.Config{Notifier: notify, Messages: engine, Video: links, Log: log, Lateness: s.Lateness})
	if err != nil {
		return nil, err
	}
	host := ""
	if u, err := url.Parse(s.PublicURL); err == nil {
		host = u.Hostname()
	}
	err = engine.UseBooking(dialogs.Booking{
		Appointments: appts, Video: links, Zone: s.Zone, CalendarHost: host, HoldFor: appts.HoldFor(),
	})
	if err != nil {
		return nil, err
	}
	parts := &bookingParts{Appointments: appts, Reminders: svc}
	if s.Video != nil {
		parts.Join = &join.Handler{
			Appointments: appts, Links: vl.links,
			Text: engine.Text, Emergency: engine.EmergencyNumber, Log: log,
		}
	}
	if s.FHIRToken != "" {
		base := ""
		if s.PublicURL != "" {
			base = s.PublicURL + "/fhir"
		}
		srv := &fhir.Server{Source: appts, Token: s.FHIRToken, BaseURL: base, Zone: s.Zone, Log: log}
		parts.FHIR = srv.Handler()
	}
	log.Info("booking on", "reminder_offsets", fmt.Sprint(appts.Offsets()), "fhir", parts.FHIR != nil, "video", links != nil)
	return parts, nil
}

// runReminders sends reminders until ctx ends, then stops within
// shutdownGrace (a send in flight finishes or is taken over later).
func runReminders(ctx context.Context, svc *reminders.Sender, log *slog.Logger) error {
	// Reminders must not take the whole front door down with them: when
	// PostgreSQL cannot be reached yet, the channels still take messages
	// in, and the job client starts as soon as it can.
	pause := time.Second
	for {
		err := svc.Start(ctx)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		// Error, not warning: no reminder goes out until this succeeds.
		log.Error("reminders: cannot start, will retry", "err", err, "retry_in", pause)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(pause):
		}
		pause = min(2*pause, 30*time.Second)
	}
	<-ctx.Done()
	stop, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := svc.Stop(stop); err != nil {
		log.Warn("reminders: stop", "err", err)
	}
	return nil
}

// videoLinks adapts a video.Provider to the dialogs' port.
type videoLinks struct {
	p video.Provider
	// join is PUBLIC_URL + join.Path: patients get links to it, which
	// follow the appointment (see package join). Empty without a public
	// URL: patients then get the video server's link itself.
	join string
}

// PatientLink returns the link sent to the patient.
func (v videoLinks) PatientLink(ctx context.Context, a dialogs.Appointment) (string, error) {
	if v.join != "" {
		// Signed when opened, not now: nothing to ask the provider.
		if !video.ValidRoom(a.Room) {
			return "", fmt.Errorf("%w: appointment %d: room name is not from NewRoom", video.ErrInvalid, a.ID)
		}
		return v.join + a.Room, nil
	}
	links, err := v.links(ctx, a)
	if err != nil {
		return "", err
	}
	return links.Patient, nil
}

// links returns the video server's links for a.
func (v videoLinks) links(ctx context.Context, a dialogs.Appointment) (video.Links, error) {
	return v.p.Links(ctx, video.Appointment{
		ID: a.ID, Room: a.Room, Start: a.Start, End: a.End,
		// Ids and a neutral label only: signed links are readable by
		// whoever holds them.
		Patient:   video.Patient(a.PatientID),
		Clinician: video.Clinician(a.Clinician.ID, a.Clinician.Name(locales.Fallback)),
	})
}
