package dashboard

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// Consult turns the case page into the quick consult: the video link, the
// thread with the patient, messages to the patient and the closing form.
// What the patient must hear is written to the case's thread in the
// transaction that makes it true; the relay (package relay, run by cmd)
// delivers it from there, in order per case, and keeps waiting patients
// told of their estimated wait.
type Consult struct {
	// Store is the consult's store (store.Consults). Required.
	Store ConsultStore
	// Relay delivers a case's new messages to the patient (*relay.Relay).
	// Required.
	Relay Deliveries
	// Video makes the join links (the Jitsi provider); nil sends none.
	Video video.Provider
	// Bookings books follow-ups into the clinician's own slots and lists
	// the day's appointments with their rooms (store.Appointments); nil
	// offers no follow-up booking, and Today shows no join links.
	Bookings Bookings
}

// ConsultStore is what the consult needs from the system of record
// (store.Consults); see the store's methods for their contracts. The store
// announces the claims, messages and closings to every dashboard.
type ConsultStore interface {
	ClaimConsult(ctx context.Context, id int64, scope store.Scope, room string) error
	CaseConsult(ctx context.Context, id int64, scope store.Scope, audit bool) (store.ConsultView, error)
	OpenConsults(ctx context.Context, scope store.Scope) ([]store.QueueCase, error)
	SendMessage(ctx context.Context, id int64, scope store.Scope, text, token string) error
	CloseConsult(ctx context.Context, id int64, scope store.Scope, r store.CloseRequest) error
	ClinicianSeen(ctx context.Context, clinicianID int64) error
}

// Deliveries starts delivering a case's pending messages to its patient
// without waiting for the patient's channel (*relay.Relay). A delivery
// that does not happen now is made by the relay's sweep.
type Deliveries interface {
	DeliverSoon(caseID int64)
}

// Bookings is the part of the appointment store the consult uses
// (store.Appointments).
type Bookings interface {
	ClinicianFreeSlots(ctx context.Context, clinicianID int64, from, to time.Time) ([]schedule.Slot, error)
	Book(ctx context.Context, r dialogs.BookRequest) (dialogs.Appointment, error)
	ClinicianAppointments(ctx context.Context, q store.AppointmentQuery) ([]store.AppointmentRecord, error)
}

// check reports what a Consult lacks.
func (c *Consult) check() error {
	if c.Store == nil || c.Relay == nil {
		return errors.New("dashboard: Consult needs Store and Relay")
	}
	return nil
}

// clinicianLink returns the clinician's (moderator) join link to call;
// "" without a video provider or a room.
func (c *Consult) clinicianLink(ctx context.Context, call video.Appointment) (string, error) {
	if c == nil || c.Video == nil || call.Room == "" {
		return "", nil
	}
	l, err := c.Video.Links(ctx, call)
	if err != nil {
		return "", fmt.Errorf("dashboard: video link of %d: %w", call.ID, err)
	}
	return l.Clinician, nil
}
