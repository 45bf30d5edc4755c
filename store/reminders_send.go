package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// A reminder sender marks itself alive with a session advisory lock
// (reminderLockClass, holder) on a connection it keeps; the lock goes when
// its process dies, however it dies, and any other process may then take
// over the sends it held.
const reminderLockClass int32 = 0x66647231 // "fdr1"

// Errors of ClaimReminder and FinishReminder.
var (
	// ErrReminderDone: there is nothing to send, now or later: the
	// reminder was sent, cancelled or skipped, or is skipped now because
	// its appointment was cancelled, moved or has started, or a later
	// reminder of it is due as well. Its job is finished.
	ErrReminderDone = errors.New("store: reminder needs no sending")
	// ErrReminderBusy: another live sender holds the reminder; try again
	// after its lease.
	ErrReminderBusy = errors.New("store: reminder is being sent by another process")
	// ErrReminderTakenOver: the send was taken over by another process
	// while this one held it (its lease ran out); the patient may get the
	// reminder twice.
	ErrReminderTakenOver = errors.New("store: reminder send was taken over")
)

// ReminderDelivery is what the sender of one claimed reminder needs.
type ReminderDelivery struct {
	Reminder
	Appointment  dialogs.Appointment
	Conversation dialogs.ConversationKey
	Lang         string // the patient's language, "" if never chosen
	Digits       string // the digits they read: "latn", or "" for the language's own
	Zone         string // the zone they read times in (dialogs.Patient.Zone)
	// Last is true for the appointment's last reminder, which carries the
	// join link.
	Last bool
	// Now is the database's time at the claim.
	Now time.Time
}

const claimReminderSQL = `
SELECT r.state, r.version, r.offset_seconds, r.due_at, coalesce(r.claimed_by, 0),
       coalesce(r.claimed_until > now(), false),
       EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
               AND l.classid = $2::int::oid AND l.objid = r.claimed_by::oid),
       a.id, a.patient_id, a.status, a.version, lower(a.during) <= now(), upper(a.during) <= now(),
       EXISTS (SELECT 1 FROM appointment_reminders o
               WHERE o.appointment_id = r.appointment_id AND o.version = r.version
                 AND o.offset_seconds < r.offset_seconds AND o.due_at <= now()
                 AND o.state IN ('pending', 'sending', 'sent')),
       NOT EXISTS (SELECT 1 FROM appointment_reminders o
               WHERE o.appointment_id = r.appointment_id AND o.version = r.version
                 AND o.offset_seconds < r.offset_seconds),
       p.channel, p.conversation_id, coalesce(p.lang, ''), coalesce(p.digits, ''), coalesce(p.time_zone, ''), now(),
       c.id, c.display_names, a.specialty_code, s.names,
       lower(a.during), upper(a.during), coalesce(a.room, ''), a.confirmed_at IS NOT NULL,
       p.blocked_at IS NOT NULL, f.time_zone
FROM appointment_reminders r
JOIN appointments a ON a.id = r.appointment_id
JOIN facilities f ON f.id = a.facility_id
JOIN patients p ON p.id = a.patient_id
JOIN clinicians c ON c.id = a.clinician_id
JOIN specialties s ON s.code = a.specialty_code
WHERE r.id = $1
FOR UPDATE OF r`

// ClaimReminder takes reminder id for sending by holder for lease, after
// checking, under the reminder's row lock, that it must go out now: it is
// pending (or held by a sender that died or overran its lease), its
// appointment is booked at the version it was planned for and has not
// started (the reminder at the start may go until the end), no later
// reminder of it is due too (that one will speak for both), and the
// patient has not blocked the bot. A reminder
// found not to be sent is recorded as skipped with the reason, and
// ErrReminderDone returned. Late is set when the claim comes more than
// lateAfter after the due time. dialogs.ErrNotFound if there is no such
// reminder.
func (a *Appointments) ClaimReminder(ctx context.Context, id int64, holder int32, lease, lateAfter time.Duration) (ReminderDelivery, error) {
	var d ReminderDelivery
	// verdict is ErrReminderDone or ErrReminderBusy when there is nothing
	// to send; the transaction commits either way (a skip is recorded).
	var verdict error
	err := pgx.BeginFunc(ctx, a.pool, func(tx pgx.Tx) error {
		var (
			claimedBy                              int32
			leaseLive, holderAlive, started, ended bool
			superseded, blocked                    bool
			apptStatus                             string
			apptVersion                            int
			offset                                 int32
			patientID                              int64
			channel, conversation                  string
		)
		ap := &d.Appointment
		err := tx.QueryRow(ctx, claimReminderSQL, id, reminderLockClass).Scan(
			&d.State, &d.Version, &offset, &d.DueAt, &claimedBy, &leaseLive, &holderAlive,
			&d.AppointmentID, &patientID, &apptStatus, &apptVersion, &started, &ended, &superseded, &d.Last,
			&channel, &conversation, &d.Lang, &d.Digits, &d.Zone, &d.Now,
			&ap.Clinician.ID, &ap.Clinician.Names, &ap.Specialty.Code, &ap.Specialty.Names, &ap.Start, &ap.End, &ap.Room, &ap.Confirmed, &blocked, &ap.Zone)
		if errors.Is(err, pgx.ErrNoRows) {
			return dialogs.ErrNotFound
		}
		if err != nil {
			return err
		}
		d.ID, d.Offset = id, time.Duration(offset)*time.Second
		switch {
		case d.State != "pending" && d.State != "sending":
			verdict = ErrReminderDone
			return nil
		case d.State == "sending" && claimedBy != holder && leaseLive && holderAlive:
			verdict = ErrReminderBusy
			return nil
		}
		skip := ""
		switch {
		case apptStatus != dialogs.StatusBooked:
			skip = "cancelled"
		case apptVersion != d.Version:
			skip = "moved"
		case blocked:
			// Before the timing reasons: whatever the timing, nobody can
			// reach this patient now, and the outcome should say so.
			skip = "blocked"
		case ended || (started && d.Offset > 0):
			skip = "started"
		case superseded:
			skip = "superseded"
		}
		if skip != "" {
			d.State, d.Outcome, verdict = "skipped", skip, ErrReminderDone
			_, err := tx.Exec(ctx, `
UPDATE appointment_reminders SET state = 'skipped', outcome = $2, claimed_by = NULL, claimed_until = NULL
WHERE id = $1`, id, skip)
			return err
		}
		d.Late = d.Now.Sub(d.DueAt) > lateAfter
		_, err = tx.Exec(ctx, `
UPDATE appointment_reminders
SET state = 'sending', claimed_by = $2, claimed_until = now() + make_interval(secs => $3),
    attempts = attempts + 1, late = $4
WHERE id = $1`, id, holder, lease.Seconds(), d.Late)
		if err != nil {
			return err
		}
		d.State = "sending"
		d.Conversation = dialogs.ConversationKey{Channel: channel, ID: conversation}
		ap.ID, ap.PatientID, ap.Status, ap.Version = d.AppointmentID, patientID, apptStatus, apptVersion
		ap.Start, ap.End = ap.Start.UTC(), ap.End.UTC()
		return nil
	})
	if err != nil {
		return ReminderDelivery{}, fmt.Errorf("store: claim reminder %d: %w", id, err)
	}
	if verdict != nil {
		return d, fmt.Errorf("store: claim reminder %d: %w", id, verdict)
	}
	return d, nil
}

// ReminderResult is how a claimed send ended.
type ReminderResult int

const (
	// ReminderSent: the patient was sent the reminder.
	ReminderSent ReminderResult = iota
	// ReminderUndeliverable: it can never be delivered (the patient
	// blocked the bot); it is not tried again.
	ReminderUndeliverable
	// ReminderRetry: sending failed for now; the reminder is pending again
	// for its job's next attempt.
	ReminderRetry
)

// FinishReminder records how holder's send of reminder id ended.
// ErrReminderTakenOver if holder no longer holds it.
func (a *Appointments) FinishReminder(ctx context.Context, id int64, holder int32, result ReminderResult) error {
	var q string
	switch result {
	case ReminderSent:
		q = `UPDATE appointment_reminders SET state = 'sent', sent_at = now(), claimed_by = NULL, claimed_until = NULL`
	case ReminderUndeliverable:
		q = `UPDATE appointment_reminders SET state = 'failed', outcome = 'undeliverable', claimed_by = NULL, claimed_until = NULL`
	default:
		q = `UPDATE appointment_reminders SET state = 'pending', claimed_by = NULL, claimed_until = NULL`
	}
	tag, err := a.pool.Exec(ctx, q+` WHERE id = $1 AND state = 'sending' AND claimed_by = $2`, id, holder)
	if err != nil {
		return fmt.Errorf("store: finish reminder %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: finish reminder %d: %w", id, ErrReminderTakenOver)
	}
	return nil
}
