package dialogs

import (
	"context"
	"errors"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// Errors of the Appointments port. Implementations wrap them with context.
var (
	// ErrSlotTaken: the slot is held or booked by someone else (or is not a
	// bookable slot at all). The booking dialog answers with the nearest
	// free slots, never with an error.
	ErrSlotTaken = errors.New("slot taken")
	// ErrPatientBusy: the patient already has an appointment overlapping
	// the slot.
	ErrPatientBusy = errors.New("patient has another appointment at that time")
	// ErrAppointmentChanged: the appointment was moved or cancelled since
	// the version the patient acted on (an old reminder's button, say).
	ErrAppointmentChanged = errors.New("appointment changed since it was shown")
)

// Specialty is a kind of care patients book ("cardiology").
type Specialty struct {
	Code  string
	Names locales.Names
}

// Name returns the specialty's name in lang, or in the fallback language.
func (s Specialty) Name(lang string) string { return s.Names.In(lang) }

// Clinician is a doctor as patients see them.
type Clinician struct {
	ID    int64
	Names locales.Names
}

// Name returns the clinician's display name in lang, or in the fallback
// language.
func (c Clinician) Name(lang string) string { return c.Names.In(lang) }

// Appointment statuses.
const (
	StatusBooked    = "booked"
	StatusCancelled = "cancelled"
)

// Appointment is a booked (or cancelled) appointment of one patient.
type Appointment struct {
	ID         int64
	PatientID  int64
	Clinician  Clinician
	Specialty  Specialty
	Start, End time.Time
	Status     string // StatusBooked or StatusCancelled
	// Version grows with every change the patient is told about (booked,
	// moved, cancelled); buttons carry it so that an old one cannot act on
	// a changed appointment.
	Version   int
	Room      string // the video room, for VideoLinks
	Confirmed bool   // the patient confirmed they will attend
	// Zone is the IANA zone of the appointment's facility, which its
	// times are said in ("9:00 AM Kuwait time"); "" for the deployment's
	// (Booking.Zone).
	Zone string
}

// Interval returns the appointment's span.
func (a Appointment) Interval() schedule.Interval {
	return schedule.Interval{Start: a.Start, End: a.End}
}

// SlotQuery says whose free slots to list.
type SlotQuery struct {
	// Specialty is the specialty's code; with Clinician zero, the slots of
	// every clinician of the specialty are listed.
	Specialty string
	// Clinician, when not zero, lists only this clinician's slots (in
	// Specialty, when that is set).
	Clinician int64
	// PatientID's own appointments are busy time (so a patient is never
	// offered a time they are already booked at); their own hold is not.
	PatientID int64
	// Moving is the appointment being rescheduled, 0 when booking: it does
	// not keep its patient busy, and when it is a referral's joint session
	// its guest clinician's other appointments are busy too, so that the
	// first times offered are ones both clinicians are free for.
	Moving int64
}

// BookRequest asks for one slot for one patient.
type BookRequest struct {
	PatientID int64
	Specialty string // the appointment's specialty code
	Slot      schedule.Slot
	// HoldID is the hold the patient took on Slot (0 if none); booking
	// turns it into the appointment.
	HoldID int64
}

// MoveRequest asks to move an appointment to another slot.
type MoveRequest struct {
	PatientID     int64
	AppointmentID int64
	Version       int // the version the patient saw
	Slot          schedule.Slot
	HoldID        int64 // the hold the patient took on Slot, 0 if none
}

// Hold is a slot kept for one patient for a few minutes while they confirm.
type Hold struct {
	ID    int64
	Slot  schedule.Slot
	Until time.Time
}

// Appointments is what the booking and my-appointments flows need from the
// system of record. Every method is safe for concurrent use. "Not found" is
// ErrNotFound, also for an appointment of another patient.
type Appointments interface {
	// Specialties lists the specialties patients can book now (those with
	// an active clinician who has availability), most common first.
	Specialties(ctx context.Context) ([]Specialty, error)
	// Specialty returns one specialty by code.
	Specialty(ctx context.Context, code string) (Specialty, error)
	// Clinician returns one active clinician.
	Clinician(ctx context.Context, id int64) (Clinician, error)
	// FreeSlots lists the free slots q asks for, within each facility's
	// booking horizon and minimum notice, ordered by start then clinician.
	// Each slot's LocalStart is in its facility's zone: the patient is
	// told that clock.
	FreeSlots(ctx context.Context, q SlotQuery) ([]schedule.Slot, error)
	// Hold keeps r.Slot for r.PatientID for a few minutes, replacing any
	// other hold of theirs. ErrSlotTaken if someone else holds or booked
	// it (or it is not a free slot); ErrPatientBusy if the patient has an
	// appointment then.
	Hold(ctx context.Context, r BookRequest) (Hold, error)
	// Release drops the patient's hold, if any.
	Release(ctx context.Context, patientID int64) error
	// Book books r.Slot, with its reminders, in one transaction.
	// ErrSlotTaken or ErrPatientBusy as for Hold.
	Book(ctx context.Context, r BookRequest) (Appointment, error)
	// Move moves an appointment to r.Slot and replans its reminders, in one
	// transaction. ErrAppointmentChanged if its version is not r.Version or
	// it is no longer booked; ErrSlotTaken, ErrPatientBusy as for Book.
	Move(ctx context.Context, r MoveRequest) (Appointment, error)
	// Cancel cancels the appointment and its reminders.
	// ErrAppointmentChanged as for Move.
	Cancel(ctx context.Context, patientID, id int64, version int) (Appointment, error)
	// Confirm records that the patient will attend.
	// ErrAppointmentChanged as for Move.
	Confirm(ctx context.Context, patientID, id int64, version int) (Appointment, error)
	// Upcoming lists the patient's booked appointments that have not
	// ended, soonest first (at most a handful).
	Upcoming(ctx context.Context, patientID int64) ([]Appointment, error)
	// Appointment returns one appointment of the patient, whatever its
	// status.
	Appointment(ctx context.Context, patientID, id int64) (Appointment, error)
	// LastClinician returns the clinician (and specialty) of the patient's
	// latest booked appointment, past or upcoming; ErrNotFound if none.
	LastClinician(ctx context.Context, patientID int64) (Clinician, Specialty, error)
}

// VideoLinks makes the patient's join link for an appointment. The video
// package's providers satisfy it through a small adapter built in cmd.
type VideoLinks interface {
	PatientLink(ctx context.Context, a Appointment) (string, error)
}

// Booking configures the booking and my-appointments flows (Deps.Booking).
type Booking struct {
	// Appointments is required.
	Appointments Appointments
	// Video makes join links; nil sends none.
	Video VideoLinks
	// Zone is the zone times are said in when a facility has none of its
	// own (an Appointment without Zone, a slot without LocalStart);
	// default Asia/Riyadh (Makkah time), FRONTDOOR_TIMEZONE in cmd.
	Zone *time.Location
	// CalendarHost ends the UID of every calendar file
	// ("appointment-42@<host>"); default "frontdoor.invalid". Use the
	// public host name.
	CalendarHost string
	// HoldFor is how long a chosen slot is held, as the patient is told;
	// it must match the store's. Default 5 minutes.
	HoldFor time.Duration
}
