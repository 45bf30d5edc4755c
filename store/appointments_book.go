package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Booking transactions that may write the same clinician's or patient's
// time take these transaction-scoped advisory locks first, clinician then
// patient, always in that order. The exclusion constraints still decide
// who gets a slot; the locks only queue contenders. Without them,
// concurrent inserts of conflicting rows each wait for the other inside
// the exclusion check, and PostgreSQL breaks the cycle only after
// deadlock_timeout (a second) with a deadlock error.
const (
	clinicianLockClass int32 = 0x66646331 // "fdc1"
	patientLockClass   int32 = 0x66647031 // "fdp1"
)

// lockBooking queues this transaction behind others writing the
// clinician's or the patient's time. The ids fit in int4: they come from
// identity columns far below 2^31 (checked).
func lockBooking(ctx context.Context, tx pgx.Tx, clinicianID, patientID int64) error {
	if clinicianID <= 0 || clinicianID > 1<<31-1 || patientID <= 0 || patientID > 1<<31-1 {
		return fmt.Errorf("lock booking: ids %d, %d out of range", clinicianID, patientID)
	}
	_, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, $2::int), pg_advisory_xact_lock($3, $4::int)`,
		clinicianLockClass, clinicianID, patientLockClass, patientID)
	if err != nil {
		return fmt.Errorf("lock booking: %w", err)
	}
	return nil
}

// clearHoldsSQL drops the patient's holds (a patient holds one slot at a
// time) and expired holds in the clinician's way, so that the row about to
// be written meets only live rows in the exclusion constraints.
const clearHoldsSQL = `
DELETE FROM appointments
WHERE status = 'held'
  AND (patient_id = $1 OR (clinician_id = $2 AND during && tstzrange($3, $4) AND hold_until <= now()))`

const insertHoldSQL = `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, hold_until)
VALUES ($1, $2, $3, $4, tstzrange($5, $6), 'held', now() + make_interval(secs => $7))
RETURNING id, hold_until`

// Hold keeps r.Slot for r.PatientID for HoldFor (see dialogs.Appointments).
// The slot must be one of FreeSlots' for the specialty, else ErrSlotTaken.
func (a *Appointments) Hold(ctx context.Context, r dialogs.BookRequest) (dialogs.Hold, error) {
	h := dialogs.Hold{Slot: r.Slot}
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		if err := lockBooking(ctx, tx, int64(r.Slot.Clinician), r.PatientID); err != nil {
			return err
		}
		f, err := a.findFree(ctx, tx, r.Slot, r.Specialty, r.PatientID, 0)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, clearHoldsSQL, r.PatientID, f.Clinician, f.Start, f.End); err != nil {
			return err
		}
		return tx.QueryRow(ctx, insertHoldSQL, r.PatientID, f.Clinician, f.Facility, r.Specialty,
			f.Start, f.End, a.holdFor.Seconds()).Scan(&h.ID, &h.Until)
	})
	if err != nil {
		return dialogs.Hold{}, fmt.Errorf("store: hold slot of clinician %d: %w", r.Slot.Clinician, bookingError(err))
	}
	return h, nil
}

// Release drops the patient's hold, if any.
func (a *Appointments) Release(ctx context.Context, patientID int64) error {
	if _, err := a.pool.Exec(ctx, `DELETE FROM appointments WHERE patient_id = $1 AND status = 'held'`, patientID); err != nil {
		return fmt.Errorf("store: release hold of patient %d: %w", patientID, err)
	}
	return nil
}

// convertHoldSQL turns the patient's hold on exactly this slot into the
// appointment. An expired hold still converts if nobody has taken the
// time since (taking it deletes the hold).
const convertHoldSQL = `
UPDATE appointments
SET status = 'booked', hold_until = NULL, room = $7, booked_at = now(), updated_at = now()
WHERE id = $1 AND patient_id = $2 AND status = 'held' AND clinician_id = $3
  AND during = tstzrange($4, $5) AND specialty_code = $6
RETURNING id`

const bookedAlreadySQL = `
SELECT id FROM appointments
WHERE patient_id = $1 AND clinician_id = $2 AND during = tstzrange($3, $4) AND status = 'booked'`

const insertBookedSQL = `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, room, booked_at)
VALUES ($1, $2, $3, $4, tstzrange($5, $6), 'booked', $7, now())
RETURNING id`

// Book books r.Slot with its reminders in one transaction (see
// dialogs.Appointments). Without a live hold the slot must be one of
// FreeSlots'; a concurrent booking of the same time loses with
// ErrSlotTaken, decided by the exclusion constraint.
func (a *Appointments) Book(ctx context.Context, r dialogs.BookRequest) (dialogs.Appointment, error) {
	var ap dialogs.Appointment
	// The room is named before the transaction, not inside it: naming
	// needs no database, and a retried transaction keeps the same name.
	room := a.rooms()
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		var id int64
		if r.HoldID != 0 {
			err := tx.QueryRow(ctx, convertHoldSQL, r.HoldID, r.PatientID, r.Slot.Clinician,
				r.Slot.Start, r.Slot.End, r.Specialty, room).Scan(&id)
			if err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return err
			}
		}
		if id == 0 {
			if err := lockBooking(ctx, tx, int64(r.Slot.Clinician), r.PatientID); err != nil {
				return err
			}
			// The same request again (an input re-run after a stale session
			// save): the patient has this very slot already.
			err := tx.QueryRow(ctx, bookedAlreadySQL, r.PatientID, r.Slot.Clinician, r.Slot.Start, r.Slot.End).Scan(&id)
			if err == nil {
				ap, err = loadAppointment(ctx, tx, r.PatientID, id)
				return err
			}
			if !errors.Is(err, pgx.ErrNoRows) {
				return err
			}
			f, err := a.findFree(ctx, tx, r.Slot, r.Specialty, r.PatientID, 0)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, clearHoldsSQL, r.PatientID, f.Clinician, f.Start, f.End); err != nil {
				return err
			}
			err = tx.QueryRow(ctx, insertBookedSQL, r.PatientID, f.Clinician, f.Facility, r.Specialty,
				f.Start, f.End, room).Scan(&id)
			if err != nil {
				return err
			}
		}
		var err error
		if ap, err = loadAppointment(ctx, tx, r.PatientID, id); err != nil {
			return err
		}
		return a.planReminders(ctx, tx, ap)
	})
	if err != nil {
		return dialogs.Appointment{}, fmt.Errorf("store: book slot of clinician %d: %w", r.Slot.Clinician, bookingError(err))
	}
	return ap, nil
}

// lockForChange locks the patient's appointment and checks that it is
// still booked at version; ErrNotFound or ErrAppointmentChanged otherwise.
func lockForChange(ctx context.Context, tx pgx.Tx, patientID, id int64, version int) (specialty string, err error) {
	var status string
	var cur int
	err = tx.QueryRow(ctx, `
SELECT status, version, specialty_code FROM appointments
WHERE id = $1 AND patient_id = $2 AND status <> 'held' FOR UPDATE`, id, patientID).Scan(&status, &cur, &specialty)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return "", dialogs.ErrNotFound
	case err != nil:
		return "", err
	case status != dialogs.StatusBooked || cur != version:
		return "", dialogs.ErrAppointmentChanged
	}
	return specialty, nil
}

const dropHoldSQL = `
DELETE FROM appointments
WHERE id = $1 AND patient_id = $2 AND status = 'held' AND clinician_id = $3 AND during = tstzrange($4, $5)
RETURNING facility_id`

const moveSQL = `
UPDATE appointments
SET clinician_id = $2, facility_id = $3, during = tstzrange($4, $5), version = version + 1,
    moves = moves + 1, confirmed_at = NULL, updated_at = now()
WHERE id = $1`

// Move moves the appointment to r.Slot, keeping its id, room and
// specialty, and replans its reminders, in one transaction (see
// dialogs.Appointments).
func (a *Appointments) Move(ctx context.Context, r dialogs.MoveRequest) (dialogs.Appointment, error) {
	var ap dialogs.Appointment
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		if err := lockBooking(ctx, tx, int64(r.Slot.Clinician), r.PatientID); err != nil {
			return err
		}
		specialty, err := lockForChange(ctx, tx, r.PatientID, r.AppointmentID, r.Version)
		if errors.Is(err, dialogs.ErrAppointmentChanged) {
			// Moved there already by this same request?
			cur, lerr := loadAppointment(ctx, tx, r.PatientID, r.AppointmentID)
			if lerr == nil && cur.Status == dialogs.StatusBooked && cur.Version == r.Version+1 &&
				cur.Clinician.ID == int64(r.Slot.Clinician) && cur.Start.Equal(r.Slot.Start) && cur.End.Equal(r.Slot.End) {
				ap = cur
				return nil
			}
		}
		if err != nil {
			return err
		}
		var facility int64
		if r.HoldID != 0 {
			err := tx.QueryRow(ctx, dropHoldSQL, r.HoldID, r.PatientID, r.Slot.Clinician, r.Slot.Start, r.Slot.End).Scan(&facility)
			if err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return err
			}
		}
		if facility == 0 {
			f, err := a.findFree(ctx, tx, r.Slot, specialty, r.PatientID, r.AppointmentID)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, clearHoldsSQL, r.PatientID, f.Clinician, f.Start, f.End); err != nil {
				return err
			}
			facility = f.Facility
		}
		if _, err := tx.Exec(ctx, moveSQL, r.AppointmentID, r.Slot.Clinician, facility, r.Slot.Start, r.Slot.End); err != nil {
			return err
		}
		if err := a.cancelReminders(ctx, tx, r.AppointmentID, "moved"); err != nil {
			return err
		}
		if ap, err = loadAppointment(ctx, tx, r.PatientID, r.AppointmentID); err != nil {
			return err
		}
		return a.planReminders(ctx, tx, ap)
	})
	if err != nil {
		return dialogs.Appointment{}, fmt.Errorf("store: move appointment %d: %w", r.AppointmentID, bookingError(err))
	}
	return ap, nil
}

// Cancel cancels the patient's appointment and its pending reminders in
// one transaction (see dialogs.Appointments).
func (a *Appointments) Cancel(ctx context.Context, patientID, id int64, version int) (dialogs.Appointment, error) {
	var ap dialogs.Appointment
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		_, err := lockForChange(ctx, tx, patientID, id, version)
		if errors.Is(err, dialogs.ErrAppointmentChanged) {
			// Cancelled already by this same request?
			cur, lerr := loadAppointment(ctx, tx, patientID, id)
			if lerr == nil && cur.Status == dialogs.StatusCancelled && cur.Version == version+1 {
				ap = cur
				return nil
			}
		}
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `
UPDATE appointments
SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'patient', version = version + 1, updated_at = now()
WHERE id = $1`, id)
		if err != nil {
			return err
		}
		if err := a.cancelReminders(ctx, tx, id, "cancelled"); err != nil {
			return err
		}
		ap, err = loadAppointment(ctx, tx, patientID, id)
		return err
	})
	if err != nil {
		return dialogs.Appointment{}, fmt.Errorf("store: cancel appointment %d: %w", id, err)
	}
	return ap, nil
}

// Confirm records that the patient will attend (see dialogs.Appointments).
// Confirming twice keeps the first time.
func (a *Appointments) Confirm(ctx context.Context, patientID, id int64, version int) (dialogs.Appointment, error) {
	var ap dialogs.Appointment
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := lockForChange(ctx, tx, patientID, id, version); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `
UPDATE appointments SET confirmed_at = coalesce(confirmed_at, now()), updated_at = now() WHERE id = $1`, id)
		if err != nil {
			return err
		}
		ap, err = loadAppointment(ctx, tx, patientID, id)
		return err
	})
	if err != nil {
		return dialogs.Appointment{}, fmt.Errorf("store: confirm appointment %d: %w", id, err)
	}
	return ap, nil
}
