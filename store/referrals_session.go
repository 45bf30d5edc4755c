package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// A joint session is an appointment of the referral's patient with the
// specialist who books it, at one of the specialist's free times of the
// referral's specialty (at the referral's facility when it names one),
// with the referring clinician as its guest (appointments.guest_clinician_id).
// The patient gets it like any booking: a notice on their channel,
// reminders, a join link; the specialist is the call's moderator. The
// clinicians' exclusion constraint (migration 00020) covers the guest, so
// neither clinician is ever booked twice.

// referralForSession reads what a session needs of referral id, which
// scope's specialist may act on; FOR UPDATE when lock is set.
func referralForSession(ctx context.Context, db apptQuerier, scope ReferralScope, id int64, lock bool) (patient, referrer, facility int64, specialty string, err error) {
	sql := `SELECT r.patient_id, r.referrer_id, coalesce(r.facility_id, 0), r.specialty_code FROM referrals r WHERE` + referralActsWhere
	if lock {
		sql += ` FOR UPDATE`
	}
	rows, _ := db.Query(ctx, sql, append(referralScopeArgs(scope), id)...)
	defer rows.Close()
	if !rows.Next() {
		if err = rows.Err(); err == nil {
			err = dialogs.ErrNotFound
		}
		return
	}
	err = rows.Scan(&patient, &referrer, &facility, &specialty)
	return
}

// SessionSlots lists the times in [from, to) scope's specialist could
// book referral id's joint session at: their free slots of its specialty
// (at its facility when it names one) when the patient is free too, less
// the times the referring clinician is busy. dialogs.ErrNotFound if
// scope's specialist may not book it (not theirs to receive, accepted by
// another, or answered, booked or closed).
func (rs *Referrals) SessionSlots(ctx context.Context, scope ReferralScope, id int64, from, to time.Time) ([]DeskSlot, error) {
	patient, referrer, facility, specialty, err := referralForSession(ctx, rs.pool, scope, id, false)
	if err != nil {
		return nil, fmt.Errorf("store: session slots of referral %d: %w", id, err)
	}
	q := slotQuery{
		SlotQuery: dialogs.SlotQuery{Specialty: specialty, Clinician: scope.ClinicianID, PatientID: patient},
		from:      from, to: to,
	}
	free, err := rs.appts.freeSlots(ctx, rs.pool, q, rs.appts.now())
	if err != nil {
		return nil, fmt.Errorf("store: session slots of referral %d: %w", id, err)
	}
	rows, _ := rs.pool.Query(ctx, `
SELECT lower(during), upper(during) FROM appointments
WHERE (clinician_id = $1 OR guest_clinician_id = $1) AND active AND upper(during) > $2 AND lower(during) < $3
  AND NOT (status = 'held' AND hold_until <= now())`, referrer, from.Add(-8*time.Hour), to.Add(8*time.Hour))
	busy, err := pgx.CollectRows(rows, pgx.RowToStructByPos[schedule.Interval])
	if err != nil {
		return nil, fmt.Errorf("store: referring clinician's busy times: %w", err)
	}
	var out []DeskSlot
	for _, f := range free {
		if f.Start.Before(from) || !f.Start.Before(to) || (facility != 0 && f.Facility != facility) {
			continue
		}
		clash := false
		for _, b := range busy {
			clash = clash || (b.Start.Before(f.End) && f.Start.Before(b.End))
		}
		if !clash {
			out = append(out, DeskSlot(f))
		}
	}
	return out, nil
}

// JointSession is a booked joint session: the patient's notice (as the
// desk's bookings give it) and who the referring clinician is.
type JointSession struct {
	DeskNotice
	Referral int64
	Referrer dialogs.Clinician
}

const insertJointSQL = `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, room, booked_at, booked_by,
                          guest_clinician_id, referral_id)
VALUES ($1, $2, $3, $4, tstzrange($5, $6), 'booked', $7, now(), $2, $8, $9)
RETURNING id`

// BookSession books referral id's joint session at slot for scope's
// specialist (slot.Clinician must be them), with its reminders, the
// referral marked booked and an audit row, in one transaction, and returns
// what the patient must be told. dialogs.ErrSlotTaken when the time is no
// longer free for the specialist or the referring clinician (the exclusion
// constraint decides, as for every booking); dialogs.ErrPatientBusy when
// the patient has another appointment then; dialogs.ErrNotFound when the
// specialist may not book it (see SessionSlots).
func (rs *Referrals) BookSession(ctx context.Context, scope ReferralScope, actor AuditActor, id int64, slot schedule.Slot) (JointSession, error) {
	var js JointSession
	a := rs.appts
	room := a.rooms()
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		patient, referrer, facility, specialty, err := referralForSession(ctx, tx, scope, id, true)
		if err != nil {
			return err
		}
		if int64(slot.Clinician) != scope.ClinicianID {
			return dialogs.ErrSlotTaken
		}
		if err := lockJoint(ctx, tx, scope.ClinicianID, referrer, patient); err != nil {
			return err
		}
		f, err := a.findFree(ctx, tx, slot, specialty, patient, 0)
		if err != nil {
			return err
		}
		if facility != 0 && f.Facility != facility {
			return dialogs.ErrSlotTaken
		}
		if _, err := tx.Exec(ctx, clearHoldsSQL, patient, f.Clinician, f.Start, f.End); err != nil {
			return err
		}
		var apptID int64
		err = tx.QueryRow(ctx, insertJointSQL, patient, f.Clinician, f.Facility, specialty, f.Start, f.End, room, referrer, id).Scan(&apptID)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `
UPDATE referrals SET status = 'booked', specialist_id = $2, session_id = $3, accepted_at = coalesce(accepted_at, now()),
       booked_at = now(), responded_at = coalesce(responded_at, now()), updated_at = now()
WHERE id = $1`, id, scope.ClinicianID, apptID)
		if err != nil {
			return err
		}
		if js.DeskNotice, err = deskNotice(ctx, tx, patient, apptID); err != nil {
			return err
		}
		js.Referral, js.Referrer.ID = id, referrer
		if err := tx.QueryRow(ctx, `SELECT display_names FROM clinicians WHERE id = $1`, referrer).Scan(&js.Referrer.Names); err != nil {
			return err
		}
		if err := a.planReminders(ctx, tx, js.Appointment); err != nil {
			return err
		}
		return auditTx(ctx, tx, actor, "referral.book", "referral", fmt.Sprint(id), map[string]any{
			"appointment": apptID, "clinician": f.Clinician, "guest": referrer, "facility": f.Facility,
		})
	})
	if err != nil {
		return JointSession{}, fmt.Errorf("store: joint session of referral %d: %w", id, bookingError(err))
	}
	return js, nil
}

// lockJoint takes the booking locks of both clinicians (in id order, so
// two joint bookings never wait on each other in a cycle) and then the
// patient's, as every booking takes a clinician's and then a patient's.
func lockJoint(ctx context.Context, tx pgx.Tx, specialist, referrer, patient int64) error {
	lo, hi := min(specialist, referrer), max(specialist, referrer)
	for _, id := range []int64{lo, hi, patient} {
		if id <= 0 || id > 1<<31-1 {
			return fmt.Errorf("lock joint booking: id %d out of range", id)
		}
	}
	_, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, $2::int), pg_advisory_xact_lock($1, $3::int), pg_advisory_xact_lock($4, $5::int)`,
		clinicianLockClass, lo, hi, patientLockClass, patient)
	if err != nil {
		return fmt.Errorf("lock joint booking: %w", err)
	}
	return nil
}
