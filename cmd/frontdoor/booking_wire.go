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
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// calendarHost names calendar files after the public URL's host; "" when
// there is none.
func calendarHost(publicURL string) string {
	if u, err := url.Parse(publicURL); err == nil {
		return u.Hostname()
	}
	return ""
}

// bookingRoutes are booking's HTTP parts, which build mounts: patients'
// video links at join.Path + "{room}", and the FHIR Schedule, Slot and
// Appointment endpoints (nil without a token; mount with
// http.StripPrefix("/fhir", …)).
func bookingRoutes(appts *store.Appointments, links videoLinks, text *locales.Catalog, emergency string,
	fhirToken, publicURL string, zone *time.Location, log *slog.Logger) (joins, fhirs http.Handler) {
	joins = &join.Handler{Appointments: appts, Links: links.links, Text: text, Emergency: emergency, Log: log}
	if fhirToken != "" {
		base := ""
		if publicURL != "" {
			base = publicURL + "/fhir"
		}
		srv := &fhir.Server{Source: appts, Token: fhirToken, BaseURL: base, Zone: zone, Log: log}
		fhirs = srv.Handler()
	}
	return joins, fhirs
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

// newVideoLinks gives patients links to publicURL's join pages, which
// follow the appointment, or without a public URL the video server's own.
func newVideoLinks(p video.Provider, publicURL string) videoLinks {
	v := videoLinks{p: p}
	if publicURL != "" {
		v.join = strings.TrimRight(publicURL, "/") + join.Path
	}
	return v
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
