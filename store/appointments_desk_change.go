package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// ErrNotStarted is returned by DeskNoShow for an appointment that has not
// started: nobody can have missed it yet.
var ErrNotStarted = errors.New("store: appointment has not started")

// DeskChange names the appointment a coordinator changes: its id and the
// version they saw, within their scope, and who they are (for the audit).
type DeskChange struct {
	Scope   Scope
	Actor   AuditActor
	ID      int64
	Version int
}

// DeskNotice is a change made at the desk as the patient must hear it:
// the appointment after the change, its start before a move, and how to
// reach the patient.
type DeskNotice struct {
	Appointment  dialogs.Appointment
	Was          time.Time // the start before a move; zero for a cancel
	Conversation dialogs.ConversationKey
	Lang         string // "" if the patient never chose
	Digits       string
	Zone         string // the zone they read times in (dialogs.Patient.Zone)
	// Referral is the referral whose joint session this is, 0 for another
	// appointment: the desk's move or cancel is recorded on it, so that
	// both its clinicians are told (sessionChangedSQL).
	Referral int64
	// clinicians are the joint session's referring clinician and
	// specialist, whose dashboards are told once the change committed.
	clinicians []int64
}

// sessionChangedSQL records on the referral of joint session $1, if it is
// one, that the desk moved or cancelled it ($2): the referral's page says
// so and both clinicians' notices count it until each opens it.
const sessionChangedSQL = `
UPDATE referrals SET session_change = $2, session_changed_at = now(), updated_at = now()
WHERE session_id = $1
RETURNING id, referrer_id, coalesce(specialist_id, 0)`

// sessionChanged runs sessionChangedSQL for n's appointment, setting
// n.Referral when it is a joint session.
func sessionChanged(ctx context.Context, tx pgx.Tx, n *DeskNotice, change string) error {
	var referrer, specialist int64
	err := tx.QueryRow(ctx, sessionChangedSQL, n.Appointment.ID, change).Scan(&n.Referral, &referrer, &specialist)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	n.clinicians = []int64{referrer, specialist}
	return err
}

// announceSession tells the open dashboards of n's joint session's
// clinicians, after the change committed. A lost announcement costs only
// the live notice: the referral's page and their notices still say it.
func (a *Appointments) announceSession(ctx context.Context, n DeskNotice) {
	if a.events == nil || n.Referral == 0 {
		return
	}
	_, _ = a.events.PublishCaseEvent(ctx, CaseEvent{Kind: EventSessionChanged, Referral: n.Referral, For: n.clinicians})
}

// deskLockSQL locks the appointment in scope ($4) and reads what a change
// needs.
const deskLockSQL = `
SELECT a.patient_id, a.status, a.version, a.specialty_code, lower(a.during)
FROM appointments a
WHERE a.id = $4 AND a.status <> 'held' AND` + deskScopeWhere + `
FOR UPDATE`

// deskLock locks c's appointment, checking that it is in scope (else
// dialogs.ErrNotFound) and still booked at c.Version (else
// dialogs.ErrAppointmentChanged). moveTo, when set, is the clinician of
// the slot it moves to: the booking locks of that clinician and the
// patient are taken first, in booking's order, so that the move queues
// behind bookings of the same time.
func deskLock(ctx context.Context, tx pgx.Tx, c DeskChange, moveTo int64) (patient int64, specialty string, start time.Time, err error) {
	if moveTo != 0 {
		// The patient is read before the locks and checked again under them.
		err = tx.QueryRow(ctx, `SELECT patient_id FROM appointments WHERE id = $1`, c.ID).Scan(&patient)
		if err != nil {
			return 0, "", time.Time{}, notFound(err)
		}
		if err := lockBooking(ctx, tx, moveTo, patient); err != nil {
			return 0, "", time.Time{}, err
		}
	}
	var status string
	var version int
	var locked int64
	err = tx.QueryRow(ctx, deskLockSQL, append(deskScopeArgs(c.Scope), c.ID)...).Scan(&locked, &status, &version, &specialty, &start)
	switch {
	case err != nil:
		return 0, "", time.Time{}, notFound(err)
	case moveTo != 0 && locked != patient:
		return 0, "", time.Time{}, dialogs.ErrAppointmentChanged
	case status != dialogs.StatusBooked || version != c.Version:
		return 0, "", time.Time{}, dialogs.ErrAppointmentChanged
	}
	return locked, specialty, start, nil
}

const deskRecipientSQL = `
SELECT p.channel, p.conversation_id, coalesce(p.lang, ''), coalesce(p.digits, ''), coalesce(p.time_zone, '')
FROM patients p WHERE p.id = $1`

// deskNotice reads the appointment as it is now and its patient's
// conversation, in tx.
func deskNotice(ctx context.Context, tx pgx.Tx, patient, id int64) (DeskNotice, error) {
	var n DeskNotice
	var err error
	if n.Appointment, err = loadAppointment(ctx, tx, patient, id); err != nil {
		return n, err
	}
	err = tx.QueryRow(ctx, deskRecipientSQL, patient).Scan(&n.Conversation.Channel, &n.Conversation.ID, &n.Lang, &n.Digits, &n.Zone)
	return n, err
}

// DeskCancel cancels c's appointment for the clinic, with its pending
// reminders and an audit row, in one transaction, and returns what the
// patient must be told. dialogs.ErrNotFound outside the scope;
// dialogs.ErrAppointmentChanged if it was moved, cancelled or changed
// since c.Version.
func (a *Appointments) DeskCancel(ctx context.Context, c DeskChange) (DeskNotice, error) {
	var n DeskNotice
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		patient, _, _, err := deskLock(ctx, tx, c, 0)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `
UPDATE appointments
SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'clinician', version = version + 1, updated_at = now()
WHERE id = $1`, c.ID)
		if err != nil {
			return err
		}
		if err := a.cancelReminders(ctx, tx, c.ID, "cancelled"); err != nil {
			return err
		}
		if n, err = deskNotice(ctx, tx, patient, c.ID); err != nil {
			return err
		}
		if err := sessionChanged(ctx, tx, &n, "cancelled"); err != nil {
			return err
		}
		return auditTx(ctx, tx, c.Actor, "appointment.cancel", "appointment", fmt.Sprint(c.ID),
			map[string]any{"version": c.Version, "by": "desk"})
	})
	if err != nil {
		return DeskNotice{}, fmt.Errorf("store: desk cancel of appointment %d: %w", c.ID, err)
	}
	a.announceSession(ctx, n)
	return n, nil
}

// DeskMove moves c's appointment to slot, keeping its id, specialty,
// patient and video room (the join links name the room, so they follow
// it), and replans its reminders (the old ones are cancelled and never
// sent), with an audit row, in one transaction. The slot must be one of
// DeskSlots' (another clinician of the specialty at a facility of the
// scope may take it); a slot taken meanwhile is dialogs.ErrSlotTaken,
// decided by the exclusion constraint as for bookings, and one that
// overlaps another appointment of the patient is dialogs.ErrPatientBusy.
// Errors of DeskCancel otherwise.
func (a *Appointments) DeskMove(ctx context.Context, c DeskChange, slot schedule.Slot) (DeskNotice, error) {
	var n DeskNotice
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		patient, specialty, was, err := deskLock(ctx, tx, c, int64(slot.Clinician))
		if err != nil {
			return err
		}
		f, err := a.findFree(ctx, tx, slot, specialty, patient, c.ID)
		if err != nil {
			return err
		}
		if !slices.Contains(c.Scope.Facilities, f.Facility) {
			return dialogs.ErrSlotTaken // not a slot the desk offers
		}
		if _, err := tx.Exec(ctx, clearHoldsSQL, patient, f.Clinician, f.Start, f.End); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, moveSQL, c.ID, f.Clinician, f.Facility, f.Start, f.End); err != nil {
			return err
		}
		if err := a.cancelReminders(ctx, tx, c.ID, "moved"); err != nil {
			return err
		}
		if n, err = deskNotice(ctx, tx, patient, c.ID); err != nil {
			return err
		}
		n.Was = was.UTC()
		if err := a.planReminders(ctx, tx, n.Appointment); err != nil {
			return err
		}
		if err := sessionChanged(ctx, tx, &n, "moved"); err != nil {
			return err
		}
		return auditTx(ctx, tx, c.Actor, "appointment.move", "appointment", fmt.Sprint(c.ID), map[string]any{
			"version": c.Version, "clinician": f.Clinician, "facility": f.Facility, "from": was.UTC(), "to": f.Start.UTC(),
		})
	})
	if err != nil {
		return DeskNotice{}, fmt.Errorf("store: desk move of appointment %d: %w", c.ID, bookingError(err))
	}
	a.announceSession(ctx, n)
	return n, nil
}

// DeskNoShow records that the patient did not come to c's appointment,
// with an audit row, in one transaction; marking it again keeps the first
// mark. The patient is not told and the version stays. ErrNotStarted
// before its start (the database's check decides); errors of DeskCancel
// otherwise.
func (a *Appointments) DeskNoShow(ctx context.Context, c DeskChange) error {
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		if _, _, _, err := deskLock(ctx, tx, c, 0); err != nil {
			return err
		}
		// The check constraint decides whether the appointment has started.
		_, err := tx.Exec(ctx, `
UPDATE appointments SET no_show_at = coalesce(no_show_at, now()), no_show_by = coalesce(no_show_by, $2), updated_at = now()
WHERE id = $1`, c.ID, c.Scope.ClinicianID)
		var pe *pgconn.PgError
		switch {
		case errors.As(err, &pe) && pe.Code == pgerrcode.CheckViolation:
			return ErrNotStarted
		case err != nil:
			return err
		}
		return auditTx(ctx, tx, c.Actor, "appointment.no_show", "appointment", fmt.Sprint(c.ID),
			map[string]any{"version": c.Version})
	})
	if err != nil {
		return fmt.Errorf("store: desk no-show of appointment %d: %w", c.ID, err)
	}
	return nil
}
