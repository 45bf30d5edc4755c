package dashboard

import (
	"context"
	"errors"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// Consult turns the case page into the quick consult: the video link, the
// thread with the patient, messages to the patient and the closing form;
// and it keeps waiting patients told of their estimated wait. What the
// patient must hear is written to the case's thread in the transaction
// that makes it true, then delivered from there (consult_relay.go): in
// order per case, once a channel takes it, retried when one fails.
type Consult struct {
	// Store is the consult's store (store.Postgres). Required.
	Store ConsultStore
	// Patients words what the patient hears, in their conversation
	// (*dialogs.Engine). Required.
	Patients Conversations
	// Notifier delivers it through the patient's channel: the same port as
	// appointment reminders (cmd's notifier: Telegram, or the web chat's
	// push). Required.
	Notifier reminders.Notifier
	// Locker keeps one delivery per case at a time across processes
	// (store.Redis). Required.
	Locker Locker
	// Video makes the join links (the Jitsi provider); nil sends none.
	Video video.Provider
	// Bookings books follow-ups into the clinician's own slots and lists
	// the day's appointments with their rooms (store.Appointments); nil
	// offers no follow-up booking, and Today shows no join links.
	Bookings Bookings
}

// ConsultStore is what the consult needs from the system of record
// (store.Postgres); see the store's methods for their contracts.
type ConsultStore interface {
	ClaimConsult(ctx context.Context, id int64, scope store.Scope) (store.CaseEvent, error)
	CaseConsult(ctx context.Context, id int64, scope store.Scope, audit bool) (store.ConsultView, error)
	OpenConsults(ctx context.Context, scope store.Scope) ([]store.QueueCase, error)
	SendMessage(ctx context.Context, id int64, scope store.Scope, text, token string) (store.CaseEvent, error)
	CloseConsult(ctx context.Context, id int64, scope store.Scope, r store.CloseRequest) (store.CaseEvent, error)
	Undelivered(ctx context.Context, caseID int64, limit int) ([]store.Outbound, error)
	Delivered(ctx context.Context, id int64) error
	DeliveryFailed(ctx context.Context, id int64, final bool) error
	CasesToDeliver(ctx context.Context, olderThan time.Duration, limit int) ([]int64, error)
	WaitingCases(ctx context.Context, limit int) ([]store.WaitingCase, error)
	ClaimWaitUpdate(ctx context.Context, w store.WaitingCase, f dialogs.WaitFigures) (bool, error)
	ClinicianSeen(ctx context.Context, clinicianID int64) error
}

// Conversations applies what happened on the clinicians' side to the
// patient's conversation and returns what to tell them (*dialogs.Engine).
type Conversations interface {
	HandleConsult(ctx context.Context, ev dialogs.ConsultEvent) ([]dialogs.Reply, error)
}

// Locker takes named locks shared by every process (store.Redis).
type Locker interface {
	Lock(ctx context.Context, name string, ttl time.Duration) (unlock func(context.Context) error, err error)
}

// Bookings is the part of the appointment store the consult uses
// (store.Appointments).
type Bookings interface {
	ClinicianFreeSlots(ctx context.Context, clinicianID int64, from, to time.Time) ([]schedule.Slot, error)
	Book(ctx context.Context, r dialogs.BookRequest) (dialogs.Appointment, error)
	ClinicianAppointments(ctx context.Context, q store.AppointmentQuery) ([]store.AppointmentRecord, error)
}

// CallLength is how long a consult's join links stay valid after the
// claim (the video provider adds its own margins).
const CallLength = 2 * time.Hour

// check reports what a Consult lacks.
func (c *Consult) check() error {
	if c.Store == nil || c.Patients == nil || c.Notifier == nil || c.Locker == nil {
		return errors.New("dashboard: Consult needs Store, Patients, Notifier and Locker")
	}
	return nil
}

// call describes a video call between a patient and a clinician: a
// consult's or an appointment's.
type call struct {
	id         int64 // the case's or appointment's, for the provider's errors
	room       string
	start, end time.Time
	patientID  int64
	clinician  dialogs.Clinician
}

// links returns the patient's and the clinician's (moderator) join links;
// both "" without a video provider or a room. Participants are named by
// ids and the clinician's English name only: signed links are readable by
// whoever holds them.
func (c *Consult) links(ctx context.Context, k call) (patient, clinician string, err error) {
	if c == nil || c.Video == nil || k.room == "" {
		return "", "", nil
	}
	l, err := c.Video.Links(ctx, video.Appointment{
		ID: k.id, Room: k.room, Start: k.start, End: k.end,
		Patient:   video.Patient(k.patientID),
		Clinician: video.Clinician(k.clinician.ID, k.clinician.Name(locales.Fallback)),
	})
	if err != nil {
		return "", "", err
	}
	return l.Patient, l.Clinician, nil
}

// consultCall is the video call of a claimed case.
func consultCall(caseID, patientID int64, room string, claimedAt time.Time, clinician dialogs.Clinician) call {
	return call{id: caseID, room: room, start: claimedAt, end: claimedAt.Add(CallLength),
		patientID: patientID, clinician: clinician}
}
